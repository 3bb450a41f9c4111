/* gr-scenario-path.c — JSON paths for error messages, shared by read and check
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-scenario-path.h"

#include "gr-scenario-io.h"

G_DEFINE_QUARK (gr-scenario-error-quark, gr_scenario_error)

gsize
gr_scenario_path_enter (GrScenarioPath *path,
                        const char     *name)
{
  gsize mark = path->len;

  if (path->len > 0)
    g_string_append_c (path, '.');
  g_string_append (path, name);
  return mark;
}

gsize
gr_scenario_path_enter_index (GrScenarioPath *path,
                              guint           index)
{
  gsize mark = path->len;
  char digits[16];
  guint n = 0;

  /* Every element of every list enters its index, errors or none: no
   * printf (a tenth of reading a scenario went to formatting "[%u]"). */
  do
    digits[n++] = '0' + index % 10;
  while ((index /= 10) > 0);
  g_string_append_c (path, '[');
  while (n > 0)
    g_string_append_c (path, digits[--n]);
  g_string_append_c (path, ']');
  return mark;
}

void
gr_scenario_path_leave (GrScenarioPath *path,
                        gsize           mark)
{
  g_string_truncate (path, mark);
}

gboolean
gr_scenario_path_fail (GrScenarioPath *path,
                       GError        **error,
                       int             code,
                       const char     *format,
                       ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  if (path->len > 0)
    g_set_error (error, GR_SCENARIO_ERROR, code, "%s: %s", path->str, problem);
  else
    g_set_error_literal (error, GR_SCENARIO_ERROR, code, problem);
  return FALSE;
}
