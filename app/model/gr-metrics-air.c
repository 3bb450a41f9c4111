/* gr-metrics-air.c — integrated air defence: coverage and interception
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Coverage: a battery covers the grid cells and cities within its effective
 * radius for a threat class.  Interception (MODEL.md, docs/methodology.md):
 * attacks are aimed at places in proportion to their population; an attack
 * on a city is engaged by every battery whose own ring holds that city,
 * longest range first, each letting (1 − p)^n of what reaches it through.
 * Each battery fires only its own monthly supply, to ballistic missiles
 * first, then cruise missiles, then drones (fire discipline: no Patriot for
 * a Shahed while a missile is inbound); when a class's demand exceeds what
 * is left, each of its engagements is served with the same probability and
 * the unserved ones pass on.  Whatever the batteries let through meets the
 * means outside them (electronic warfare, mobile fire groups, fighters and
 * the patrols' fighters), which down other_kill_share of it but no more
 * than their monthly capacity for the class.
 */

#include "config.h"

#include "gr-metrics-private.h"
#include "gr-references.h"

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

/* A battery as a layer: its system, its cities per class, its supply. */
typedef struct
{
  guint index;                 /* in the scenario's batteries */
  const GrAirDefenseSystem *system;
  int system_index;
  GArray *cities[GR_N_THREATS];   /* guint city indices inside its ring */
  double remaining;
} Layer;

static int
cmp_layers (gconstpointer a,
            gconstpointer b)
{
  const Layer *x = a, *y = b;
  double rx = x->system->range_km.value, ry = y->system->range_km.value;

  if (rx != ry)
    return rx > ry ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

/* Coverage of the territory and the cities, per battery and per class. */
static void
eval_coverage (GrEvaluator         *evaluator,
               GrModel             *model,
               const GrScenario    *scenario,
               GArray              *layers,      /* Layer, filled here */
               GrAirDefenseMetrics *out)
{
  const GArray *batteries = scenario->air_defense.batteries;
  g_autofree guint8 *covered = g_new0 (guint8, (gsize) model->n_cells * GR_N_THREATS);
  g_autofree gboolean *city_covered = g_new0 (gboolean, (gsize) MAX (model->n_cities, 1) * GR_N_THREATS);
  guint n_covered[GR_N_THREATS] = { 0 };
  double pop[GR_N_THREATS] = { 0 };

  for (guint b = 0; batteries != NULL && b < batteries->len; b++)
    {
      const GrBattery *battery = &g_array_index (batteries, GrBattery, b);
      int s = find_system (scenario, battery->system);
      GrBatteryMetrics bm = { 0 };
      Layer layer = { b, NULL, s, { NULL }, 0 };
      gboolean city_reached = FALSE;
      double v[3], max_radius_km = 0;

      bm.id = g_strdup (battery->id);
      bm.system = g_strdup (battery->system);
      bm.position = battery->position;
      bm.known_system = s >= 0;
      if (s >= 0)
        {
          const GrAirDefenseSystem *system =
            &g_array_index (scenario->air_defense.systems, GrAirDefenseSystem, s);

          layer.system = system;
          layer.remaining = MAX (0, system->interceptors_per_month.value);
          bm.interceptors_supplied_per_month = layer.remaining;
          gr_geodesy_unit_vector (battery->position, v);
          for (int k = 0; k < GR_N_THREATS; k++)
            {
              bm.radius_km[k] = gr_air_defense_radius_km (system,
                                                          &scenario->air_defense.threat[k], k);
              if (bm.radius_km[k] > max_radius_km)
                max_radius_km = bm.radius_km[k];
            }
          for (int k = 0; k < GR_N_THREATS; k++)
            {
              const GArray *cells;
              double cos_r;
              guint8 *cov = covered + (gsize) k * model->n_cells;

              layer.cities[k] = g_array_new (FALSE, FALSE, sizeof (guint));
              if (!(bm.radius_km[k] > 0))
                continue;
              cells = gr_evaluator_footprint (evaluator, battery->position, bm.radius_km[k],
                                              max_radius_km);
              bm.territory_pct[k] = model->n_cells > 0
                                    ? 100.0 * cells->len / model->n_cells : 0;
              bm.in_reach |= cells->len > 0;
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
                    {
                      g_array_append_val (layer.cities[k], c);
                      if (!city_covered[k * model->n_cities + c])
                        pop[k] += model->cities[c].population;
                      city_covered[k * model->n_cities + c] = TRUE;
                      city_reached = TRUE;
                    }
                }
            }
        }
      bm.in_reach |= city_reached;
      g_array_append_val (out->batteries, bm);
      if (layer.system != NULL)
        g_array_append_val (layers, layer);
    }

  for (int k = 0; k < GR_N_THREATS; k++)
    {
      out->threat[k].territory_covered_pct = model->n_cells > 0
                                             ? 100.0 * n_covered[k] / model->n_cells : 0;
      out->threat[k].population_covered_pct = model->population > 0
                                              ? 100.0 * pop[k] / model->population : 0;
    }
}

static void
layer_clear (gpointer data)
{
  Layer *layer = data;

  for (int k = 0; k < GR_N_THREATS; k++)
    g_clear_pointer (&layer->cities[k], g_array_unref);
}

static const GrReferenceId consequence_weight[GR_N_THREATS] = {
  [GR_THREAT_DRONE] = GR_REF_WEIGHT_DRONE,
  [GR_THREAT_CRUISE] = GR_REF_WEIGHT_CRUISE,
  [GR_THREAT_BALLISTIC] = GR_REF_WEIGHT_BALLISTIC,
};

/* One battery fires at class @k: its demand over the cities in its ring,
 * served as far as its own supply goes. */
static void
fire_layer (Layer               *layer,
            GrThreatClass        k,
            double              *alive,
            double              *unserved,
            GrAirDefenseMetrics *out)
{
  const GrAirDefenseSystem *sys = layer->system;
  GrBatteryMetrics *bm = &g_array_index (out->batteries, GrBatteryMetrics, layer->index);
  GrSystemMetrics *sm = &g_array_index (out->systems, GrSystemMetrics, layer->system_index);
  const GArray *cities = layer->cities[k];
  double shots = MAX (0, sys->shots_per_engagement.value);
  double pk = clamp01 (sys->pk[k].value);
  double cost = MAX (0, sys->interceptor_cost_musd.value);
  double demand = 0, served, kill, used;

  /* A battery does not fire at what it cannot kill. */
  if (cities == NULL || pk <= 0 || shots <= 0)
    return;
  for (guint i = 0; i < cities->len; i++)
    demand += alive[g_array_index (cities, guint, i)] * shots;
  if (demand <= 0)
    return;
  served = MIN (1.0, layer->remaining / demand);
  used = demand * served;
  layer->remaining -= used;
  sm->interceptors_demanded_per_month += demand;
  sm->interceptors_used_per_month += used;
  sm->interceptor_cost_musd_per_month += used * cost;
  out->threat[k].interceptors_used_per_month += used;
  out->threat[k].interceptor_cost_musd_per_month += used * cost;
  bm->interceptors_used_per_month += used;

  kill = served * (1 - pow (1 - pk, shots));
  for (guint i = 0; i < cities->len; i++)
    {
      guint c = g_array_index (cities, guint, i);

      bm->intercepted_per_month += alive[c] * kill;
      alive[c] *= 1 - kill;
      unserved[c] *= 1 - served;
    }
}

void
gr_metrics_eval_air_defense (GrEvaluator              *evaluator,
                             GrModel                  *model,
                             const GrScenario         *scenario,
                             const GrAirPatrolMetrics *patrol,
                             GrAirDefenseMetrics      *out)
{
  const GrAirDefense *ad = &scenario->air_defense;
  guint n_cities = model->n_cities;
  g_autofree double *alive = g_new0 (double, (gsize) MAX (n_cities, 1) * GR_N_THREATS);
  g_autofree double *unserved = g_new0 (double, (gsize) MAX (n_cities, 1) * GR_N_THREATS);
  g_autoptr(GArray) layers = g_array_new (FALSE, FALSE, sizeof (Layer));
  static const GrThreatClass priority[] = { GR_THREAT_BALLISTIC, GR_THREAT_CRUISE, GR_THREAT_DRONE };
  double patrol_capacity[GR_N_THREATS] = { 0 };
  guint n_systems = ad->systems != NULL ? MIN (ad->systems->len, MAX_SYSTEMS) : 0;

  g_array_set_clear_func (layers, layer_clear);
  out->batteries = g_array_new (FALSE, TRUE, sizeof (GrBatteryMetrics));
  out->systems = g_array_new (FALSE, TRUE, sizeof (GrSystemMetrics));
  eval_coverage (evaluator, model, scenario, layers, out);
  g_array_sort (layers, cmp_layers);

  for (guint s = 0; s < n_systems; s++)
    {
      const GrAirDefenseSystem *sys = &g_array_index (ad->systems, GrAirDefenseSystem, s);
      GrSystemMetrics sm = { 0 };

      sm.id = g_strdup (sys->id);
      for (int k = 0; k < GR_N_THREATS; k++)
        sm.radius_km[k] = gr_air_defense_radius_km (sys, &ad->threat[k], k);
      g_array_append_val (out->systems, sm);
    }
  for (guint l = 0; l < layers->len; l++)
    {
      const Layer *layer = &g_array_index (layers, Layer, l);
      GrSystemMetrics *sm = &g_array_index (out->systems, GrSystemMetrics, layer->system_index);

      sm->batteries++;
      sm->interceptors_supplied_per_month += layer->remaining;
    }

  /* Targets per city: every launch aims at a city by population. */
  for (int k = 0; k < GR_N_THREATS; k++)
    {
      GrThreatMetrics *t = &out->threat[k];

      t->launched_per_month = MAX (0, ad->threat[k].per_month.value);
      for (guint c = 0; c < n_cities; c++)
        {
          double w = model->population > 0
                     ? t->launched_per_month * model->cities[c].population / model->population : 0;

          alive[k * n_cities + c] = w;
          unserved[k * n_cities + c] = w;
        }
    }
  /* Engaged: aimed at a city inside some battery's ring. */
  for (int k = 0; k < GR_N_THREATS; k++)
    {
      g_autofree gboolean *seen = g_new0 (gboolean, MAX (n_cities, 1));

      for (guint l = 0; l < layers->len; l++)
        {
          const GArray *cities = g_array_index (layers, Layer, l).cities[k];

          for (guint i = 0; cities != NULL && i < cities->len; i++)
            seen[g_array_index (cities, guint, i)] = TRUE;
        }
      for (guint c = 0; c < n_cities; c++)
        if (seen[c])
          out->threat[k].engaged_per_month += alive[k * n_cities + c];
        else
          unserved[k * n_cities + c] = 0;
    }

  /* Scarce interceptors go to the most dangerous class first; within a
   * class, the batteries engage outer layer first, each from its own supply. */
  for (guint p = 0; p < G_N_ELEMENTS (priority); p++)
    for (guint l = 0; l < layers->len; l++)
      fire_layer (&g_array_index (layers, Layer, l), priority[p],
                  alive + priority[p] * n_cities, unserved + priority[p] * n_cities, out);
  for (guint i = 0; i < out->systems->len; i++)
    {
      GrSystemMetrics *sm = &g_array_index (out->systems, GrSystemMetrics, i);

      sm->served_share = sm->interceptors_demanded_per_month > 0
                         ? sm->interceptors_used_per_month / sm->interceptors_demanded_per_month : 1;
    }

  /* The patrols' fighters add to the other means' capacity. */
  if (patrol != NULL)
    {
      patrol_capacity[GR_THREAT_DRONE] = patrol->stations_held
                                         * gr_reference_value (GR_REF_PATROL_DRONES_PER_STATION);
      patrol_capacity[GR_THREAT_CRUISE] = patrol->stations_held
                                          * gr_reference_value (GR_REF_PATROL_CRUISE_PER_STATION);
    }

  for (int k = 0; k < GR_N_THREATS; k++)
    {
      GrThreatMetrics *t = &out->threat[k];
      double survivors = 0;

      for (guint c = 0; c < n_cities; c++)
        {
          survivors += alive[k * n_cities + c];
          t->unserved_per_month += unserved[k * n_cities + c];
        }
      t->engaged_share = t->launched_per_month > 0 ? t->engaged_per_month / t->launched_per_month : 0;
      t->intercepted_by_batteries_per_month = MAX (0, t->launched_per_month - survivors);
      t->other_capacity_per_month = MAX (0, ad->threat[k].other_capacity_per_month.value)
                                    + patrol_capacity[k];
      /* Everything the batteries let through meets the other means. */
      t->intercepted_by_other_per_month = MIN (t->other_capacity_per_month,
                                               clamp01 (ad->threat[k].other_kill_share.value)
                                               * survivors);
      t->intercepted_per_month = t->intercepted_by_batteries_per_month
                                 + t->intercepted_by_other_per_month;
      t->leaked_per_month = MAX (0, t->launched_per_month - t->intercepted_per_month);
      t->weighted_leaked_per_month = t->leaked_per_month
                                     * gr_reference_value (consequence_weight[k]);
      t->intercepted_share = t->launched_per_month > 0
                             ? t->intercepted_per_month / t->launched_per_month : 0;
      t->attacker_cost_musd_per_month = t->launched_per_month
                                        * MAX (0, ad->threat[k].unit_cost_musd.value);

      out->launched_per_month += t->launched_per_month;
      out->engaged_per_month += t->engaged_per_month;
      out->intercepted_per_month += t->intercepted_per_month;
      out->leaked_per_month += t->leaked_per_month;
      out->weighted_leaked_per_month += t->weighted_leaked_per_month;
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
