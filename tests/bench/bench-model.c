/* bench-model.c — how fast the metrics are evaluated
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the median time of a full evaluation and of a re-evaluation after
 * one battery moved (what a drag on the map costs per pointer motion).
 * Targets: full ≤ 2 ms, after one move ≤ 0.5 ms.
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "gr-metrics.h"
#include "gr-scenario.h"

#define RUNS 201

/* A representative scenario until the bundled baseline exists: four
 * systems, 24 batteries over the cities, two patrol zones, one route. */
static GrScenario *
representative_scenario (void)
{
  static const struct { const char *id; double range, ballistic, pk; } systems[] = {
    { "patriot", 120, 60, 0.8 }, { "samp-t", 120, 70, 0.8 },
    { "iris-t-slm", 40, 0, 0.85 }, { "nasams", 30, 0, 0.8 },
  };
  static const GrLonLat places[] = {
    { 30.52, 50.45 }, { 36.23, 49.99 }, { 35.04, 48.46 }, { 30.73, 46.48 }, { 24.03, 49.84 },
    { 35.14, 47.84 }, { 32.00, 46.97 }, { 28.47, 49.23 }, { 33.39, 49.07 }, { 34.55, 49.59 },
    { 31.29, 51.50 }, { 34.80, 50.91 }, { 26.25, 50.62 }, { 25.32, 50.75 }, { 28.66, 50.25 },
    { 32.06, 49.44 }, { 26.99, 49.42 }, { 25.59, 49.55 }, { 24.71, 48.92 }, { 25.94, 48.29 },
    { 22.30, 48.62 }, { 32.62, 46.64 }, { 30.52, 50.30 }, { 36.10, 49.90 },
  };
  GrScenario *s = gr_scenario_new ();

  s->name = (g_free (s->name), g_strdup ("representative"));
  for (guint i = 0; i < G_N_ELEMENTS (systems); i++)
    {
      GrAirDefenseSystem sys = { 0 };

      sys.id = g_strdup (systems[i].id);
      sys.name = g_strdup (systems[i].id);
      gr_quantity_init (&sys.range_km, systems[i].range);
      gr_quantity_init (&sys.range_ballistic_km, systems[i].ballistic);
      gr_quantity_init (&sys.radar_height_m, 10);
      for (int k = 0; k < GR_N_THREATS; k++)
        gr_quantity_init (&sys.pk[k], systems[i].pk);
      gr_quantity_init (&sys.shots_per_engagement, 2);
      gr_quantity_init (&sys.interceptors_per_month, 20);
      gr_quantity_init (&sys.interceptor_cost_musd, 2);
      gr_quantity_init (&sys.battery_cost_musd, 500);
      g_array_append_val (s->air_defense.systems, sys);
    }
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      GrBattery b = { g_strdup_printf ("b%u", i), g_strdup (systems[i % 4].id), places[i] };

      g_array_append_val (s->air_defense.batteries, b);
    }
  for (int k = 0; k < GR_N_THREATS; k++)
    {
      gr_quantity_init (&s->air_defense.threat[k].per_month, k == 0 ? 1000 : 150);
      gr_quantity_init (&s->air_defense.threat[k].altitude_m, k == 0 ? 50 : 100);
      gr_quantity_init (&s->air_defense.threat[k].other_kill_share, 0.6);
    }
  for (int z = 0; z < 2; z++)
    {
      GrPatrolZone zone = { g_strdup (z ? "black-sea" : "west"), g_strdup ("zone"), NULL, 2, 30,
                            { z ? 28.0 : 21.0, z ? 44.0 : 50.0 } };

      zone.polygon = g_array_new (FALSE, FALSE, sizeof (GrLonLat));
      g_array_append_vals (zone.polygon, (GrLonLat[]) { { 23 + 6 * z, 48 - 4 * z }, { 27 + 6 * z, 48 - 4 * z },
                                                        { 27 + 6 * z, 51 - 4 * z }, { 23 + 6 * z, 51 - 4 * z } }, 4);
      g_array_append_val (s->air_patrol.zones, zone);
    }
  {
    GrRoute route = { g_strdup ("corridor"), g_strdup ("corridor"), NULL, { 198, NAN, NAN, NULL } };
    GrMaritimePatrol patrol = { g_strdup ("ro"), g_strdup ("ro"), { 29.5, 44.5 }, { 60, NAN, NAN, NULL },
                                g_strdup ("RO") };

    route.path = g_array_new (FALSE, FALSE, sizeof (GrLonLat));
    g_array_append_vals (route.path, (GrLonLat[]) { { 30.75, 46.48 }, { 30.2, 45.25 }, { 29.6, 44.0 },
                                                    { 28.8, 43.0 }, { 29.12, 41.23 } }, 5);
    g_array_append_val (s->maritime.routes, route);
    g_array_append_val (s->maritime.patrols, patrol);
  }
  return s;
}

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

  scenario = representative_scenario ();
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
  return 0;
}
