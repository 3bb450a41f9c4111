/* bench-charts.c — median time to export each chart to PNG 1920×1080 and to PDF
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures, asserts nothing.  The target is ≤ 30 ms per chart to PNG.
 * With --output-dir DIR the last export of each chart stays in DIR (how
 * docs/charts/ is made).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "../chart-sample.h"
#include "gr-charts.h"

#define RUNS 15

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_ms (const char       *id,
           const GrScenario *scenario,
           const GrMetrics  *metrics,
           const char       *path,
           int               width,
           int               height)
{
  double times[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      if (!gr_chart_export (id, scenario, metrics, path, width, height, 0, &error))
        g_error ("%s", error->message);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, RUNS, sizeof times[0], compare_doubles);
  return times[RUNS / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *output_dir = NULL;
  g_autofree char *tmpdir = NULL;
  GOptionEntry entries[] = {
    { "output-dir", 0, 0, G_OPTION_ARG_FILENAME, &output_dir,
      "Keep the exported charts in DIR", "DIR" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— chart export benchmark");
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) scenario = sample_scenario ();
  GrMetrics *metrics = sample_metrics ();
  const char * const *ids = gr_chart_list_ids ();
  const char *dir;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  tmpdir = g_dir_make_tmp ("gr-bench-charts-XXXXXX", NULL);
  dir = output_dir != NULL ? output_dir : tmpdir;

  g_print ("%-14s %12s %12s %12s\n", "chart", "PNG 1920×1080", "PNG 1280×720", "PDF");
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *png = g_strdup_printf ("%s/%s.png", dir, ids[i]);
      g_autofree char *small = g_strdup_printf ("%s/%s-1280.png", dir, ids[i]);
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", dir, ids[i]);

      g_print ("%-14s %10.1f ms %10.1f ms %10.1f ms\n", ids[i],
               median_ms (ids[i], scenario, metrics, png, 1920, 1080),
               median_ms (ids[i], scenario, metrics, small, 1280, 720),
               median_ms (ids[i], scenario, metrics, pdf, 1920, 1080));
      if (output_dir == NULL)
        {
          g_unlink (png);
          g_unlink (small);
          g_unlink (pdf);
        }
    }
  g_rmdir (tmpdir);
  sample_metrics_free (metrics);
  return 0;
}
