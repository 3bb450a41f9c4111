/* bench-charts.c — median time to export each chart to PNG 1920×1080 and to PDF
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures, asserts nothing.  The target is ≤ 30 ms per chart to PNG.
 * Each export is the whole job after evaluation: build the chart from the
 * bundled baseline's metrics, draw, encode, write the file.  Wall time
 * suffers when the machine is busy, so CPU time is printed beside it.
 * With --output-dir DIR the exports stay in DIR (how docs/charts/ is made).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <time.h>

#include "gr-figures.h"
#include "gr-metrics.h"
#include "gr-scenario-io.h"

#define RUNS 15

typedef struct
{
  double wall;
  double cpu;
} Timing;

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static Timing
median_ms (const char       *id,
           const GrScenario *scenario,
           const GrMetrics  *metrics,
           const char       *path,
           int               width,
           int               height)
{
  double wall[RUNS], cpu[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();

      if (!gr_figure_export (id, scenario, metrics, NULL, path, width, height, 0, NULL, &error))
        g_error ("%s", error->message);
      wall[i] = (g_get_monotonic_time () - start) / 1000.0;
      cpu[i] = cpu_ms () - cpu_start;
    }
  qsort (wall, RUNS, sizeof wall[0], compare_doubles);
  qsort (cpu, RUNS, sizeof cpu[0], compare_doubles);
  return (Timing) { wall[RUNS / 2], cpu[RUNS / 2] };
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
  g_autoptr(GrScenario) scenario = NULL;
  g_autoptr(GrModel) model = NULL;
  g_autoptr(GrMetrics) metrics = NULL;
  const char * const *ids = gr_figure_list_ids ();
  const char *dir;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  scenario = gr_scenario_load_bundled ("baseline", &error);
  if (scenario == NULL || (model = gr_model_new_default (&error)) == NULL)
    g_error ("%s", error->message);
  metrics = gr_model_evaluate (model, scenario);

  tmpdir = g_dir_make_tmp ("gr-bench-charts-XXXXXX", NULL);
  dir = output_dir != NULL ? output_dir : tmpdir;

  g_print ("median of %d exports, ms (wall / CPU), bundled baseline\n", RUNS);
  g_print ("%-14s %17s %17s %17s\n", "chart", "PNG 1920×1080", "PNG 1280×720", "PDF 1920×1080");
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *png = g_strdup_printf ("%s/%s.png", dir, ids[i]);
      g_autofree char *small = g_strdup_printf ("%s/%s-1280.png", dir, ids[i]);
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", dir, ids[i]);
      Timing big = median_ms (ids[i], scenario, metrics, png, 1920, 1080);
      Timing little = median_ms (ids[i], scenario, metrics, small, 1280, 720);
      Timing vector = median_ms (ids[i], scenario, metrics, pdf, 1920, 1080);

      g_print ("%-14s %7.1f / %6.1f %7.1f / %6.1f %7.1f / %6.1f\n", ids[i],
               big.wall, big.cpu, little.wall, little.cpu, vector.wall, vector.cpu);
      if (output_dir == NULL)
        {
          g_unlink (png);
          g_unlink (small);
          g_unlink (pdf);
        }
    }
  g_rmdir (tmpdir);
  return 0;
}
