/* gr-cli-export.c — `guarantor --export WHAT`: charts, the map, the briefing
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One branch per thing to export; each uses gr_cli_parse_size() and
 * gr_cli_load_scenario() from gr-cli.c.  No exports exist yet.
 */

#include "config.h"

#include "gr-cli.h"

#include <glib/gi18n.h>

int
gr_cli_export (const char *what,
               const char *output,
               const char *scenario_path,
               const char *size)
{
  g_return_val_if_fail (what != NULL, GR_CLI_EXIT_USAGE);

  /* TRANSLATORS: %s is what the user asked to export, e.g. "map" */
  g_printerr ("guarantor: ");
  g_printerr (_("unknown export “%s”"), what);
  g_printerr ("\n");
  return GR_CLI_EXIT_USAGE;
}
