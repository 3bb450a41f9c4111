/* bench-model.c — how fast the metrics are evaluated
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the median time of a full evaluation and of a re-evaluation after
 * one battery moved (what a drag on the map costs per pointer motion).
 * Targets: full ≤ 2 ms, after one move ≤ 0.5 ms.
 *
 * Then the analyses: the tornado of the composite (target ≤ 0.2 s) and
 * 1000 Monte Carlo samples, in process and as the whole `guarantor
 * --monte-carlo` process (target ≤ 1.5 s on 2 cores).
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "gr-metrics.h"
#include "gr-monte-carlo.h"
#include "gr-scenario-io.h"
#include "gr-sensitivity.h"

#define RUNS 201

static int
cmp_double (const void *a,
            const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *v,
        guint   n)
{
  qsort (v, n, sizeof (double), cmp_double);
  return v[n / 2];
}

static void
bench_analyses (GrModel          *model,
                const GrScenario *scenario)
{
  g_autoptr(GrSensitivity) tornado = NULL;
  g_autoptr(GrMonteCarlo) mc = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  const char *binary = g_getenv ("GR_GUARANTOR");
  gint64 t = g_get_monotonic_time ();
  int status = 0;
  clock_t cpu;

  tornado = gr_sensitivity_run (model, scenario, NULL, NULL);
  printf ("tornado of the composite, %u inputs: %.3f s (target ≤ 0.2)\n",
          tornado->inputs->len, (g_get_monotonic_time () - t) / 1e6);

  t = g_get_monotonic_time ();
  cpu = clock ();
  mc = gr_monte_carlo_run (model, scenario, 1000, 1, 0, NULL, NULL, NULL, NULL);
  /* CPU time too: on a shared machine the wall clock measures the load. */
  printf ("Monte Carlo, 1000 samples on %u threads, in process: %.3f s (%.3f s of CPU)\n",
          g_get_num_processors (), (g_get_monotonic_time () - t) / 1e6,
          (double) (clock () - cpu) / CLOCKS_PER_SEC);

  if (binary == NULL)
    return;
  path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "data", "scenarios",
                           "baseline.json", NULL);
  t = g_get_monotonic_time ();
  if (g_spawn_sync (NULL, (char *[]) { (char *) binary, "--monte-carlo", path, NULL }, NULL,
                    G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, NULL))
    printf ("Monte Carlo, 1000 samples, whole process: %.3f s (target ≤ 1.5)\n",
            (g_get_monotonic_time () - t) / 1e6);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrModel) model = NULL;
  g_autoptr(GrScenario) scenario = NULL;
  g_autoptr(GrEvaluator) evaluator = NULL;
  double full[RUNS], moved[RUNS];
  gint64 t0 = g_get_monotonic_time ();
  GrBattery *battery;
  GrLonLat home;

  model = gr_model_new_default (&error);
  if (model == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  printf ("model built in %.1f ms: %u cells of %.0f km²\n",
          (g_get_monotonic_time () - t0) / 1000.0,
          gr_model_get_n_cells (model), gr_model_get_cell_area_km2 (model));

  scenario = gr_scenario_load_bundled ("baseline", &error);
  if (scenario == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  printf ("scenario: %s, %u batteries\n", scenario->name, scenario->air_defense.batteries->len);

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 t = g_get_monotonic_time ();
      GrMetrics *m = gr_model_evaluate (model, scenario);

      full[i] = g_get_monotonic_time () - t;
      gr_metrics_free (m);
    }

  evaluator = gr_evaluator_new (model);
  gr_metrics_free (gr_evaluator_evaluate (evaluator, scenario));
  battery = &g_array_index (scenario->air_defense.batteries, GrBattery, 0);
  home = battery->position;
  for (guint i = 0; i < RUNS; i++)
    {
      gint64 t;
      GrMetrics *m;

      /* A new position every time, as during a drag. */
      battery->position.lon = home.lon + 0.01 * (i + 1);
      t = g_get_monotonic_time ();
      m = gr_evaluator_evaluate (evaluator, scenario);
      moved[i] = g_get_monotonic_time () - t;
      gr_metrics_free (m);
    }

  printf ("full evaluation: median %.0f µs (target ≤ 2000)\n", median (full, RUNS));
  printf ("after moving one battery: median %.0f µs (target ≤ 500)\n", median (moved, RUNS));

  battery->position = home;
  bench_analyses (model, scenario);
  return 0;
}
