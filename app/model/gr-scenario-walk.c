/* gr-scenario-walk.c — visit every uncertain input of a scenario by its path
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The walk follows the file's layout (gr-scenario-write.c), so a path here
 * is the place of the same input in a scenario file.
 */

#include "config.h"

#include "gr-scenario-walk.h"

#include <math.h>

#include "gr-scenario-path.h"

/* Commitment levels, weakest first: the order of their strength. */
static const GrCommitment levels[] = {
  GR_COMMITMENT_ASSISTANCE,
  GR_COMMITMENT_CONSULTATIVE,
  GR_COMMITMENT_AUTOMATIC,
};

typedef struct
{
  GrScenarioPath *path;
  GrWalkFlags flags;
  GrScenarioVisitFunc func;
  gpointer user_data;
} Walk;

static void
quantity (Walk       *w,
          const char *name,
          GrQuantity *q)
{
  gsize mark;

  if (!(w->flags & GR_WALK_QUANTITIES))
    return;
  mark = gr_scenario_path_enter (w->path, name);
  w->func (w->path->str, q, w->user_data);
  gr_scenario_path_leave (w->path, mark);
}

/* A number kept plain with its range beside it: the visitor sees a
 * stand-in, whose value is written back (a count rounded, at least 0). */
static void
ranged (Walk       *w,
        const char *name,
        double     *value,
        GrRange    *range)
{
  GrQuantity stand_in;

  if (!(w->flags & GR_WALK_QUANTITIES))
    return;
  stand_in = gr_quantity_view (*value, range);
  quantity (w, name, &stand_in);
  *value = stand_in.value;
  if (range->ranged)
    {
      range->low = stand_in.low;
      range->high = stand_in.high;
    }
}

static void
ranged_count (Walk       *w,
              const char *name,
              int        *value,
              GrRange    *range)
{
  double v = *value;

  ranged (w, name, &v, range);
  if (isfinite (v))
    *value = (int) MAX (lround (v), 0);
}

/* An element of a list: by its id when it has one, else by its index. */
static gsize
element (Walk       *w,
         const char *id,
         guint       index)
{
  if (id != NULL && *id != '\0')
    return gr_scenario_path_enter (w->path, id);
  return gr_scenario_path_enter_index (w->path, index);
}

static int
commitment_level (GrCommitment commitment)
{
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    if (levels[i] == commitment)
      return (int) i;
  return 0;
}

static void
commitment (Walk         *w,
            GrCommitment *c)
{
  GrQuantity stand_in = { 0 };
  int level = commitment_level (*c);
  int last = G_N_ELEMENTS (levels) - 1;
  gsize mark;

  if (!(w->flags & GR_WALK_CHOICES))
    return;
  stand_in.value = level;
  stand_in.low = MAX (level - 1, 0);
  stand_in.high = MIN (level + 1, last);
  mark = gr_scenario_path_enter (w->path, "commitment");
  w->func (w->path->str, &stand_in, w->user_data);
  gr_scenario_path_leave (w->path, mark);
  if (isfinite (stand_in.value))
    *c = levels[CLAMP ((int) lround (stand_in.value), 0, last)];
}

static void
weights (Walk       *w,
         GrScenario *s)
{
  gsize mark, inner;

  if (!(w->flags & GR_WALK_CHOICES))
    return;
  mark = gr_scenario_path_enter (w->path, "index");
  gr_scenario_path_enter (w->path, "weights");
  for (guint i = 0; i < GR_N_INSTRUMENTS; i++)
    {
      GrQuantity stand_in = { 0 };

      stand_in.value = s->weights[i];
      stand_in.low = GR_WALK_WEIGHT_LOW_FACTOR * s->weights[i];
      stand_in.high = GR_WALK_WEIGHT_HIGH_FACTOR * s->weights[i];
      inner = gr_scenario_path_enter (w->path, gr_instrument_to_string (i));
      w->func (w->path->str, &stand_in, w->user_data);
      gr_scenario_path_leave (w->path, inner);
      if (isfinite (stand_in.value))
        s->weights[i] = MAX (stand_in.value, 0.0);
    }
  gr_scenario_path_leave (w->path, mark);
}

static void
guarantees_funding (Walk       *w,
                    GrScenario *s)
{
  gsize mark = gr_scenario_path_enter (w->path, "guarantees");
  gsize list = gr_scenario_path_enter (w->path, "guarantors");

  for (guint i = 0; i < s->guarantors->len; i++)
    {
      GrGuarantor *g = &g_array_index (s->guarantors, GrGuarantor, i);
      gsize item = element (w, NULL, i);

      commitment (w, &g->commitment);
      quantity (w, "response_days", &g->response_days);
      gr_scenario_path_leave (w->path, item);
    }
  gr_scenario_path_leave (w->path, list);
  gr_scenario_path_leave (w->path, mark);

  mark = gr_scenario_path_enter (w->path, "funding");
  list = gr_scenario_path_enter (w->path, "need");
  for (guint i = 0; i < s->needs->len; i++)
    {
      gsize item = element (w, NULL, i);

      quantity (w, "busd", &g_array_index (s->needs, GrFundingNeed, i).busd);
      gr_scenario_path_leave (w->path, item);
    }
  gr_scenario_path_leave (w->path, list);
  list = gr_scenario_path_enter (w->path, "pledges");
  for (guint i = 0; i < s->pledges->len; i++)
    {
      gsize item = element (w, NULL, i);

      quantity (w, "busd", &g_array_index (s->pledges, GrPledge, i).busd);
      gr_scenario_path_leave (w->path, item);
    }
  gr_scenario_path_leave (w->path, mark);
}

static void
industry_readiness_force (Walk       *w,
                          GrScenario *s)
{
  GrIndustry *in = &s->industry;
  GrReadiness *r = &s->readiness;
  gsize mark = gr_scenario_path_enter (w->path, "industry");

  quantity (w, "facilities", &in->facilities);
  quantity (w, "fpv_drones_per_month", &in->fpv_drones_per_month);
  quantity (w, "shells_155_per_month", &in->shells_155_per_month);
  quantity (w, "armored_vehicles_per_month", &in->armored_vehicles_per_month);
  quantity (w, "fpv_drones_used_per_month", &in->fpv_drones_used_per_month);
  quantity (w, "shells_155_used_per_month", &in->shells_155_used_per_month);
  quantity (w, "armored_vehicles_lost_per_month", &in->armored_vehicles_lost_per_month);
  quantity (w, "shells_155_stock", &in->shells_155_stock);
  gr_scenario_path_leave (w->path, mark);

  mark = gr_scenario_path_enter (w->path, "readiness");
  quantity (w, "trained_abroad", &r->trained_abroad);
  quantity (w, "trained_per_month", &r->trained_per_month);
  quantity (w, "separations_per_year", &r->separations_per_year);
  quantity (w, "reservists", &r->reservists);
  gr_scenario_path_leave (w->path, mark);

  mark = gr_scenario_path_enter (w->path, "stabilization_force");
  ranged (w, "band[0]", &s->force.band_low, &s->force.band_low_range);
  ranged (w, "band[1]", &s->force.band_high, &s->force.band_high_range);
  quantity (w, "dwell_ratio", &s->force.dwell_ratio);
  quantity (w, "cost_per_troop_year_musd", &s->force.cost_per_troop_year_musd);
  quantity (w, "reach_km", &s->force.reach_km);
  gr_scenario_path_enter (w->path, "deployments");
  for (guint i = 0; i < s->force.deployments->len; i++)
    {
      GrDeployment *d = &g_array_index (s->force.deployments, GrDeployment, i);
      gsize item = element (w, d->id, i);

      ranged (w, "troops", &d->troops, &d->troops_range);
      gr_scenario_path_leave (w->path, item);
    }
  gr_scenario_path_leave (w->path, mark);
}

static void
danish (Walk          *w,
        GrDanishModel *dk)
{
  gsize mark = gr_scenario_path_enter (w->path, "danish_model");
  gsize list;

  quantity (w, "usd_per_eur", &dk->usd_per_eur);
  list = gr_scenario_path_enter (w->path, "contributions");
  for (guint i = 0; i < dk->contributions->len; i++)
    {
      gsize item = element (w, NULL, i);

      GrDanishContribution *c = &g_array_index (dk->contributions, GrDanishContribution, i);

      quantity (w, "meur", &c->meur);
      quantity (w, "military_share", &c->military_share);
      gr_scenario_path_leave (w->path, item);
    }
  gr_scenario_path_leave (w->path, list);
  gr_scenario_path_leave (w->path, mark);
}

static void
air_defense (Walk         *w,
             GrAirDefense *ad)
{
  gsize mark = gr_scenario_path_enter (w->path, "air_defense");
  gsize list = gr_scenario_path_enter (w->path, "systems");

  for (guint i = 0; i < ad->systems->len; i++)
    {
      GrAirDefenseSystem *sys = &g_array_index (ad->systems, GrAirDefenseSystem, i);
      gsize item = element (w, sys->id, i);
      gsize pk;

      quantity (w, "range_km", &sys->range_km);
      quantity (w, "range_ballistic_km", &sys->range_ballistic_km);
      quantity (w, "radar_height_m", &sys->radar_height_m);
      pk = gr_scenario_path_enter (w->path, "pk");
      for (int t = 0; t < GR_N_THREATS; t++)
        quantity (w, gr_threat_to_string (t), &sys->pk[t]);
      gr_scenario_path_leave (w->path, pk);
      quantity (w, "shots_per_engagement", &sys->shots_per_engagement);
      quantity (w, "interceptors_per_month", &sys->interceptors_per_month);
      quantity (w, "interceptor_cost_musd", &sys->interceptor_cost_musd);
      quantity (w, "battery_cost_musd", &sys->battery_cost_musd);
      gr_scenario_path_leave (w->path, item);
    }
  gr_scenario_path_leave (w->path, list);

  list = gr_scenario_path_enter (w->path, "threat");
  for (int t = 0; t < GR_N_THREATS; t++)
    {
      GrThreat *threat = &ad->threat[t];
      gsize item = gr_scenario_path_enter (w->path, gr_threat_to_string (t));

      quantity (w, "per_month", &threat->per_month);
      quantity (w, "altitude_m", &threat->altitude_m);
      quantity (w, "unit_cost_musd", &threat->unit_cost_musd);
      quantity (w, "other_kill_share", &threat->other_kill_share);
      quantity (w, "other_capacity_per_month", &threat->other_capacity_per_month);
      gr_scenario_path_leave (w->path, item);
    }
  gr_scenario_path_leave (w->path, mark);
}

static void
patrols (Walk       *w,
         GrScenario *s)
{
  GrAircraft *ac = &s->air_patrol.aircraft;
  GrMaritime *m = &s->maritime;
  gsize mark = gr_scenario_path_enter (w->path, "air_patrol");
  gsize list = gr_scenario_path_enter (w->path, "aircraft");

  quantity (w, "cruise_kmh", &ac->cruise_kmh);
  quantity (w, "endurance_h", &ac->endurance_h);
  quantity (w, "reserve_h", &ac->reserve_h);
  quantity (w, "turnaround_h", &ac->turnaround_h);
  quantity (w, "maintenance_h", &ac->maintenance_h);
  quantity (w, "mission_capable", &ac->mission_capable);
  quantity (w, "per_station", &ac->per_station);
  quantity (w, "qra_aircraft", &ac->qra_aircraft);
  gr_scenario_path_leave (w->path, list);
  list = gr_scenario_path_enter (w->path, "zones");
  for (guint i = 0; i < s->air_patrol.zones->len; i++)
    {
      GrPatrolZone *z = &g_array_index (s->air_patrol.zones, GrPatrolZone, i);
      gsize item = element (w, z->id, i);

      ranged_count (w, "stations", &z->stations, &z->stations_range);
      ranged_count (w, "aircraft_assigned", &z->aircraft_assigned, &z->aircraft_assigned_range);
      gr_scenario_path_leave (w->path, item);
    }
  gr_scenario_path_leave (w->path, mark);

  mark = gr_scenario_path_enter (w->path, "maritime");
  quantity (w, "speed_knots", &m->speed_knots);
  quantity (w, "ships_per_convoy", &m->ships_per_convoy);
  quantity (w, "escorts_per_convoy", &m->escorts_per_convoy);
  quantity (w, "tonnes_per_ship", &m->tonnes_per_ship);
  quantity (w, "escorts_available", &m->escorts_available);
  list = gr_scenario_path_enter (w->path, "routes");
  for (guint i = 0; i < m->routes->len; i++)
    {
      GrRoute *r = &g_array_index (m->routes, GrRoute, i);
      gsize item = element (w, r->id, i);

      quantity (w, "ships_per_month", &r->ships_per_month);
      gr_scenario_path_leave (w->path, item);
    }
  gr_scenario_path_leave (w->path, list);
  list = gr_scenario_path_enter (w->path, "patrols");
  for (guint i = 0; i < m->patrols->len; i++)
    {
      GrMaritimePatrol *p = &g_array_index (m->patrols, GrMaritimePatrol, i);
      gsize item = element (w, p->id, i);

      quantity (w, "radius_km", &p->radius_km);
      gr_scenario_path_leave (w->path, item);
    }
  gr_scenario_path_leave (w->path, mark);
}

void
gr_scenario_walk (GrScenario          *scenario,
                  GrWalkFlags          flags,
                  GrScenarioVisitFunc  func,
                  gpointer             user_data)
{
  g_autoptr(GString) path = g_string_sized_new (96);
  Walk w = { path, flags, func, user_data };

  g_return_if_fail (scenario != NULL);
  g_return_if_fail (func != NULL);

  guarantees_funding (&w, scenario);
  industry_readiness_force (&w, scenario);
  danish (&w, &scenario->danish);
  air_defense (&w, &scenario->air_defense);
  patrols (&w, scenario);
  weights (&w, scenario);
}
