/* gr-metrics-air.c — integrated air defence: coverage and interception
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Coverage: a battery covers the grid cells and cities within its effective
 * radius for a threat class.  Interception (MODEL.md): attacks are aimed at
 * places in proportion to their population; an attack on a covered city is
 * engaged by every system covering it, outer layer (longest range) first,
 * each layer letting (1 − p)^n of what reaches it through.  A system's
 * monthly interceptor supply goes to ballistic missiles first, then cruise
 * missiles, then drones (fire discipline: no Patriot for a Shahed while a
 * missile is inbound); when a class's demand exceeds what is left, each of
 * its engagements is served with the same probability and the unserved
 * ones pass on.  Means outside the batteries
 * (electronic warfare, mobile fire groups, fighters) down other_kill_share
 * of what no battery engaged.
 */

#include "config.h"

#include "gr-metrics-private.h"

#include <math.h>
#include <string.h>

/* A system takes one bit of a coverage mask. */
#define MAX_SYSTEMS 32

double
gr_radar_horizon_km (double radar_height_m,
                     double target_height_m)
{
  return 4.12 * (sqrt (MAX (radar_height_m, 0)) + sqrt (MAX (target_height_m, 0)));
}

double
gr_air_defense_radius_km (const GrAirDefenseSystem *system,
                          const GrThreat           *threat,
                          GrThreatClass             klass)
{
  g_return_val_if_fail (system != NULL, 0);
  g_return_val_if_fail (klass < GR_N_THREATS, 0);

  if (klass == GR_THREAT_BALLISTIC)
    return MAX (system->range_ballistic_km.value, 0);

  return MAX (0, MIN (system->range_km.value,
                      gr_radar_horizon_km (system->radar_height_m.value,
                                           threat != NULL ? threat->altitude_m.value : 0)));
}

static int
find_system (const GrScenario *scenario,
             const char       *id)
{
  const GArray *systems = scenario->air_defense.systems;

  for (guint i = 0; systems != NULL && i < systems->len && i < MAX_SYSTEMS; i++)
    if (g_strcmp0 (g_array_index (systems, GrAirDefenseSystem, i).id, id) == 0)
      return i;
  return -1;
}

static double
clamp01 (double x)
{
  return isfinite (x) ? CLAMP (x, 0.0, 1.0) : 0.0;
}

typedef struct
{
  guint n_systems;
  const GrAirDefenseSystem *systems;
  guint order[MAX_SYSTEMS];    /* outer layer first */
} Layers;

static int
cmp_layers (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  const Layers *layers = user_data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  double ri = layers->systems[i].range_km.value, rj = layers->systems[j].range_km.value;

  if (ri != rj)
    return ri > rj ? -1 : 1;
  return (i > j) - (i < j);
}

/* Coverage of the territory and the cities, per battery and per class. */
static void
eval_coverage (GrEvaluator         *evaluator,
               GrModel             *model,
               const GrScenario    *scenario,
               guint32             *city_mask,   /* [class][city] */
               GrAirDefenseMetrics *out)
{
  const GArray *batteries = scenario->air_defense.batteries;
  g_autofree guint8 *covered = g_new0 (guint8, (gsize) model->n_cells * GR_N_THREATS);
  guint n_covered[GR_N_THREATS] = { 0 };

  for (guint b = 0; batteries != NULL && b < batteries->len; b++)
    {
      const GrBattery *battery = &g_array_index (batteries, GrBattery, b);
      int s = find_system (scenario, battery->system);
      GrBatteryMetrics bm = { 0 };
      double v[3];

      bm.id = g_strdup (battery->id);
      bm.system = g_strdup (battery->system);
      bm.position = battery->position;
      bm.known_system = s >= 0;
      if (s >= 0)
        {
          const GrAirDefenseSystem *system =
            &g_array_index (scenario->air_defense.systems, GrAirDefenseSystem, s);

          gr_geodesy_unit_vector (battery->position, v);
          for (int k = 0; k < GR_N_THREATS; k++)
            {
              const GArray *cells;
              double cos_r;
              guint8 *cov = covered + (gsize) k * model->n_cells;

              bm.radius_km[k] = gr_air_defense_radius_km (system,
                                                          &scenario->air_defense.threat[k], k);
              if (!(bm.radius_km[k] > 0))
                continue;
              cells = gr_evaluator_footprint (evaluator, battery->position, bm.radius_km[k]);
              bm.territory_pct[k] = model->n_cells > 0
                                    ? 100.0 * cells->len / model->n_cells : 0;
              for (guint c = 0; c < cells->len; c++)
                {
                  guint cell = g_array_index (cells, guint, c);

                  n_covered[k] += cov[cell] == 0;
                  cov[cell] = 1;
                }

              cos_r = cos (bm.radius_km[k] / GR_EARTH_RADIUS_KM);
              for (guint c = 0; c < model->n_cities; c++)
                {
                  const double *w = model->city_vectors + 3 * c;

                  if (v[0] * w[0] + v[1] * w[1] + v[2] * w[2] >= cos_r)
                    city_mask[k * model->n_cities + c] |= 1u << s;
                }
            }
        }
      g_array_append_val (out->batteries, bm);
    }

  for (int k = 0; k < GR_N_THREATS; k++)
    {
      double pop = 0;

      for (guint c = 0; c < model->n_cities; c++)
        if (city_mask[k * model->n_cities + c] != 0)
          pop += model->cities[c].population;
      out->threat[k].territory_covered_pct = model->n_cells > 0
                                             ? 100.0 * n_covered[k] / model->n_cells : 0;
      out->threat[k].population_covered_pct = model->population > 0
                                              ? 100.0 * pop / model->population : 0;
    }
}

void
gr_metrics_eval_air_defense (GrEvaluator         *evaluator,
                             GrModel             *model,
                             const GrScenario    *scenario,
                             GrAirDefenseMetrics *out)
{
  const GrAirDefense *ad = &scenario->air_defense;
  guint n_cities = model->n_cities;
  g_autofree guint32 *mask = g_new0 (guint32, (gsize) MAX (n_cities, 1) * GR_N_THREATS);
  g_autofree double *alive = g_new0 (double, (gsize) MAX (n_cities, 1) * GR_N_THREATS);
  g_autofree double *unserved = g_new0 (double, (gsize) MAX (n_cities, 1) * GR_N_THREATS);
  static const GrThreatClass priority[] = { GR_THREAT_BALLISTIC, GR_THREAT_CRUISE, GR_THREAT_DRONE };
  double remaining[MAX_SYSTEMS] = { 0 };
  Layers layers = { 0 };

  out->batteries = g_array_new (FALSE, TRUE, sizeof (GrBatteryMetrics));
  out->systems = g_array_new (FALSE, TRUE, sizeof (GrSystemMetrics));
  eval_coverage (evaluator, model, scenario, mask, out);

  layers.systems = ad->systems != NULL ? (const GrAirDefenseSystem *) (void *) ad->systems->data : NULL;
  layers.n_systems = ad->systems != NULL ? MIN (ad->systems->len, MAX_SYSTEMS) : 0;
  for (guint s = 0; s < layers.n_systems; s++)
    {
      GrSystemMetrics sm = { 0 };

      layers.order[s] = s;
      sm.id = g_strdup (layers.systems[s].id);
      sm.served_share = 1;
      for (int k = 0; k < GR_N_THREATS; k++)
        sm.radius_km[k] = gr_air_defense_radius_km (&layers.systems[s], &ad->threat[k], k);
      g_array_append_val (out->systems, sm);
    }
  g_qsort_with_data (layers.order, layers.n_systems, sizeof (guint), cmp_layers, &layers);
  for (guint b = 0; b < out->batteries->len; b++)
    {
      const GrBatteryMetrics *bm = &g_array_index (out->batteries, GrBatteryMetrics, b);
      int s = find_system (scenario, bm->system);

      if (s >= 0)
        {
          GrSystemMetrics *sm = &g_array_index (out->systems, GrSystemMetrics, s);

          sm->batteries++;
          sm->interceptors_supplied_per_month += MAX (0, layers.systems[s].interceptors_per_month.value);
        }
    }

  /* Targets per city, and the engaged ones. */
  for (int k = 0; k < GR_N_THREATS; k++)
    {
      GrThreatMetrics *t = &out->threat[k];

      t->launched_per_month = MAX (0, ad->threat[k].per_month.value);
      for (guint c = 0; c < n_cities; c++)
        {
          double w = model->population > 0
                     ? t->launched_per_month * model->cities[c].population / model->population : 0;

          if (mask[k * n_cities + c] != 0)
            {
              alive[k * n_cities + c] = w;
              unserved[k * n_cities + c] = w;
              t->engaged_per_month += w;
            }
        }
    }

  /* Scarce interceptors go to the most dangerous class first; within a
   * class, the layers engage outer first, each drawing on what its
   * system's supply has left. */
  for (guint i = 0; i < layers.n_systems; i++)
    remaining[i] = g_array_index (out->systems, GrSystemMetrics, i).interceptors_supplied_per_month;
  for (guint p = 0; p < G_N_ELEMENTS (priority); p++)
    for (guint l = 0; l < layers.n_systems; l++)
      {
        GrThreatClass k = priority[p];
        guint s = layers.order[l];
        const GrAirDefenseSystem *sys = &layers.systems[s];
        GrSystemMetrics *sm = &g_array_index (out->systems, GrSystemMetrics, s);
        double shots = MAX (0, sys->shots_per_engagement.value);
        double pk = clamp01 (sys->pk[k].value);
        double demand = 0, served, kill, cost = MAX (0, sys->interceptor_cost_musd.value);

        /* A system does not fire at what it cannot kill. */
        if (sm->batteries == 0 || pk <= 0 || shots <= 0)
          continue;
        for (guint c = 0; c < n_cities; c++)
          if (mask[k * n_cities + c] & (1u << s))
            demand += alive[k * n_cities + c] * shots;
        if (demand <= 0)
          continue;
        served = MIN (1.0, remaining[s] / demand);
        remaining[s] -= demand * served;
        sm->interceptors_demanded_per_month += demand;
        sm->interceptors_used_per_month += demand * served;
        sm->interceptor_cost_musd_per_month += demand * served * cost;
        out->threat[k].interceptors_used_per_month += demand * served;
        out->threat[k].interceptor_cost_musd_per_month += demand * served * cost;

        kill = served * (1 - pow (1 - pk, shots));
        for (guint c = 0; c < n_cities; c++)
          if (mask[k * n_cities + c] & (1u << s))
            {
              alive[k * n_cities + c] *= 1 - kill;
              unserved[k * n_cities + c] *= 1 - served;
            }
      }
  for (guint i = 0; i < layers.n_systems; i++)
    {
      GrSystemMetrics *sm = &g_array_index (out->systems, GrSystemMetrics, i);

      sm->served_share = sm->interceptors_demanded_per_month > 0
                         ? sm->interceptors_used_per_month / sm->interceptors_demanded_per_month : 1;
    }

  for (int k = 0; k < GR_N_THREATS; k++)
    {
      GrThreatMetrics *t = &out->threat[k];
      double survivors = 0, not_engaged, other;

      for (guint c = 0; c < n_cities; c++)
        {
          survivors += alive[k * n_cities + c];
          t->unserved_per_month += unserved[k * n_cities + c];
        }
      t->engaged_share = t->launched_per_month > 0 ? t->engaged_per_month / t->launched_per_month : 0;
      t->intercepted_by_batteries_per_month = t->engaged_per_month - survivors;
      not_engaged = t->launched_per_month - t->engaged_per_month + t->unserved_per_month;
      other = clamp01 (ad->threat[k].other_kill_share.value) * not_engaged;
      t->intercepted_by_other_per_month = other;
      t->intercepted_per_month = t->intercepted_by_batteries_per_month + other;
      t->leaked_per_month = MAX (0, t->launched_per_month - t->intercepted_per_month);
      t->intercepted_share = t->launched_per_month > 0
                             ? t->intercepted_per_month / t->launched_per_month : 0;
      t->attacker_cost_musd_per_month = t->launched_per_month
                                        * MAX (0, ad->threat[k].unit_cost_musd.value);

      out->launched_per_month += t->launched_per_month;
      out->engaged_per_month += t->engaged_per_month;
      out->intercepted_per_month += t->intercepted_per_month;
      out->leaked_per_month += t->leaked_per_month;
      out->interceptors_used_per_month += t->interceptors_used_per_month;
      out->interceptor_cost_musd_per_month += t->interceptor_cost_musd_per_month;
      out->attacker_cost_musd_per_month += t->attacker_cost_musd_per_month;
    }

  out->territory_covered_pct = out->threat[GR_THREAT_CRUISE].territory_covered_pct;
  out->population_covered_pct = out->threat[GR_THREAT_CRUISE].population_covered_pct;
  out->intercepted_share = out->launched_per_month > 0
                           ? out->intercepted_per_month / out->launched_per_month : 0;
  out->cost_exchange_ratio = out->attacker_cost_musd_per_month > 0
                             ? out->interceptor_cost_musd_per_month / out->attacker_cost_musd_per_month
                             : 0;
  for (guint s = 0; s < out->systems->len; s++)
    {
      const GrSystemMetrics *sm = &g_array_index (out->systems, GrSystemMetrics, s);

      out->supply_shortfall_per_month += MAX (0, sm->interceptors_demanded_per_month
                                                 - sm->interceptors_supplied_per_month);
    }
}
