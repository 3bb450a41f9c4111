/* gr-metrics-json.c — metrics as JSON, for `guarantor --metrics` and tests
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Member names follow the struct members (units in the name); the layout
 * is part of the command-line interface, so only add members.
 */

#include "config.h"

#include "gr-metrics-json.h"
#include "gr-references.h"

#include <math.h>

static void
num (JsonBuilder *b,
     const char  *name,
     double       value)
{
  json_builder_set_member_name (b, name);
  /* JSON has no infinities or NaN. */
  if (isfinite (value))
    json_builder_add_double_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
integer (JsonBuilder *b,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

static void
boolean (JsonBuilder *b,
         const char  *name,
         gboolean     value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_boolean_value (b, value);
}

static void
string (JsonBuilder *b,
        const char  *name,
        const char  *value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_string_value (b, value != NULL ? value : "");
}

static void
strings (JsonBuilder  *b,
         const char   *name,
         char * const *values)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (b, values[i]);
  json_builder_end_array (b);
}

static void
lonlat (JsonBuilder *b,
        const char  *name,
        GrLonLat     p)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  json_builder_add_double_value (b, p.lon);
  json_builder_add_double_value (b, p.lat);
  json_builder_end_array (b);
}

static void
per_threat (JsonBuilder  *b,
            const char   *name,
            const double *values)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  for (int k = 0; k < GR_N_THREATS; k++)
    num (b, gr_threat_to_string (k), values[k]);
  json_builder_end_object (b);
}

static void
air_defense (JsonBuilder               *b,
             const GrAirDefenseMetrics *ad)
{
  json_builder_set_member_name (b, "air_defense");
  json_builder_begin_object (b);
  num (b, "territory_covered_pct", ad->territory_covered_pct);
  num (b, "population_covered_pct", ad->population_covered_pct);
  num (b, "launched_per_month", ad->launched_per_month);
  num (b, "engaged_per_month", ad->engaged_per_month);
  num (b, "intercepted_per_month", ad->intercepted_per_month);
  num (b, "leaked_per_month", ad->leaked_per_month);
  num (b, "intercepted_share", ad->intercepted_share);
  num (b, "interceptors_used_per_month", ad->interceptors_used_per_month);
  num (b, "interceptor_cost_musd_per_month", ad->interceptor_cost_musd_per_month);
  num (b, "attacker_cost_musd_per_month", ad->attacker_cost_musd_per_month);
  num (b, "cost_exchange_ratio", ad->cost_exchange_ratio);
  num (b, "supply_shortfall_per_month", ad->supply_shortfall_per_month);
  num (b, "weighted_leaked_per_month", ad->weighted_leaked_per_month);

  json_builder_set_member_name (b, "threats");
  json_builder_begin_object (b);
  for (int k = 0; k < GR_N_THREATS; k++)
    {
      const GrThreatMetrics *t = &ad->threat[k];

      json_builder_set_member_name (b, gr_threat_to_string (k));
      json_builder_begin_object (b);
      num (b, "launched_per_month", t->launched_per_month);
      num (b, "territory_covered_pct", t->territory_covered_pct);
      num (b, "population_covered_pct", t->population_covered_pct);
      num (b, "engaged_per_month", t->engaged_per_month);
      num (b, "engaged_share", t->engaged_share);
      num (b, "unserved_per_month", t->unserved_per_month);
      num (b, "intercepted_by_batteries_per_month", t->intercepted_by_batteries_per_month);
      num (b, "intercepted_by_other_per_month", t->intercepted_by_other_per_month);
      num (b, "intercepted_per_month", t->intercepted_per_month);
      num (b, "leaked_per_month", t->leaked_per_month);
      num (b, "intercepted_share", t->intercepted_share);
      num (b, "interceptors_used_per_month", t->interceptors_used_per_month);
      num (b, "interceptor_cost_musd_per_month", t->interceptor_cost_musd_per_month);
      num (b, "attacker_cost_musd_per_month", t->attacker_cost_musd_per_month);
      num (b, "other_capacity_per_month", t->other_capacity_per_month);
      num (b, "weighted_leaked_per_month", t->weighted_leaked_per_month);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);

  json_builder_set_member_name (b, "systems");
  json_builder_begin_array (b);
  for (guint i = 0; ad->systems != NULL && i < ad->systems->len; i++)
    {
      const GrSystemMetrics *s = &g_array_index (ad->systems, GrSystemMetrics, i);

      json_builder_begin_object (b);
      string (b, "id", s->id);
      integer (b, "batteries", s->batteries);
      per_threat (b, "radius_km", s->radius_km);
      num (b, "interceptors_supplied_per_month", s->interceptors_supplied_per_month);
      num (b, "interceptors_demanded_per_month", s->interceptors_demanded_per_month);
      num (b, "interceptors_used_per_month", s->interceptors_used_per_month);
      num (b, "served_share", s->served_share);
      num (b, "interceptor_cost_musd_per_month", s->interceptor_cost_musd_per_month);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "batteries");
  json_builder_begin_array (b);
  for (guint i = 0; ad->batteries != NULL && i < ad->batteries->len; i++)
    {
      const GrBatteryMetrics *bm = &g_array_index (ad->batteries, GrBatteryMetrics, i);

      json_builder_begin_object (b);
      string (b, "id", bm->id);
      string (b, "system", bm->system);
      lonlat (b, "position", bm->position);
      boolean (b, "known_system", bm->known_system);
      per_threat (b, "radius_km", bm->radius_km);
      per_threat (b, "territory_pct", bm->territory_pct);
      boolean (b, "in_reach", bm->in_reach);
      num (b, "interceptors_supplied_per_month", bm->interceptors_supplied_per_month);
      num (b, "interceptors_used_per_month", bm->interceptors_used_per_month);
      num (b, "intercepted_per_month", bm->intercepted_per_month);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
air_patrol (JsonBuilder              *b,
            const GrAirPatrolMetrics *ap)
{
  json_builder_set_member_name (b, "air_patrol");
  json_builder_begin_object (b);
  num (b, "aircraft_required", ap->aircraft_required);
  num (b, "stations_held", ap->stations_held);
  integer (b, "aircraft_assigned", ap->aircraft_assigned);
  integer (b, "zones_sustainable", ap->zones_sustainable);
  json_builder_set_member_name (b, "zones");
  json_builder_begin_array (b);
  for (guint i = 0; ap->zones != NULL && i < ap->zones->len; i++)
    {
      const GrPatrolZoneMetrics *z = &g_array_index (ap->zones, GrPatrolZoneMetrics, i);

      json_builder_begin_object (b);
      string (b, "id", z->id);
      num (b, "area_km2", z->area_km2);
      integer (b, "stations", z->stations);
      lonlat (b, "centroid", z->centroid);
      num (b, "distance_km", z->distance_km);
      num (b, "reach_km", z->reach_km);
      num (b, "reach_pct", z->reach_pct);
      boolean (b, "station_reachable", z->station_reachable);
      num (b, "transit_h", z->transit_h);
      num (b, "time_on_station_h", z->time_on_station_h);
      num (b, "cycle_h", z->cycle_h);
      num (b, "aircraft_per_station", z->aircraft_per_station);
      num (b, "sorties_per_day", z->sorties_per_day);
      num (b, "aircraft_required", z->aircraft_required);
      integer (b, "aircraft_assigned", z->aircraft_assigned);
      boolean (b, "sustainable", z->sustainable);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
force (JsonBuilder          *b,
       const GrForceMetrics *f,
       GrModel              *model)
{
  static const char * const bands[] = { "below", "within", "above" };
  const GrBorderRegion *regions = NULL;
  guint n_regions = 0;

  if (model != NULL)
    regions = gr_model_get_border_regions (model, &n_regions);

  json_builder_set_member_name (b, "stabilization_force");
  json_builder_begin_object (b);
  num (b, "deployed_troops", f->deployed_troops);
  num (b, "band_low", f->band_low);
  num (b, "band_high", f->band_high);
  string (b, "band", bands[f->band + 1]);
  boolean (b, "within_band", f->within_band);
  num (b, "rotation_factor", f->rotation_factor);
  num (b, "required_with_rotation", f->required_with_rotation);
  num (b, "annual_cost_busd", f->annual_cost_busd);
  integer (b, "nations", f->n_nations);
  strings (b, "nation_codes", f->nations);
  json_builder_set_member_name (b, "by_role");
  json_builder_begin_object (b);
  for (int r = 0; r < GR_N_ROLES; r++)
    num (b, gr_role_to_string (r), f->by_role[r]);
  json_builder_end_object (b);
  integer (b, "border_regions_reached", f->border_regions_reached);
  integer (b, "border_regions_total", f->border_regions_total);
  num (b, "border_km_reached", f->border_km_reached);
  num (b, "border_km_total", f->border_km_total);
  num (b, "troops_in_reach", f->troops_in_reach);
  json_builder_set_member_name (b, "border_regions");
  json_builder_begin_array (b);
  for (guint i = 0; i < n_regions && i < f->border_regions_total; i++)
    {
      json_builder_begin_object (b);
      string (b, "code", regions[i].code);
      string (b, "name", regions[i].name);
      num (b, "border_km", regions[i].border_km);
      boolean (b, "reached", f->region_reached[i]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
maritime (JsonBuilder             *b,
          const GrMaritimeMetrics *sea)
{
  json_builder_set_member_name (b, "maritime");
  json_builder_begin_object (b);
  num (b, "escorts_required", sea->escorts_required);
  num (b, "escorts_available", sea->escorts_available);
  boolean (b, "escorts_sufficient", sea->escorts_sufficient);
  num (b, "covered_pct", sea->covered_pct);
  num (b, "throughput_mt_per_month", sea->throughput_mt_per_month);
  strings (b, "partners", sea->partners);
  json_builder_set_member_name (b, "routes");
  json_builder_begin_array (b);
  for (guint i = 0; sea->routes != NULL && i < sea->routes->len; i++)
    {
      const GrRouteMetrics *r = &g_array_index (sea->routes, GrRouteMetrics, i);

      json_builder_begin_object (b);
      string (b, "id", r->id);
      num (b, "length_km", r->length_km);
      num (b, "covered_km", r->covered_km);
      num (b, "covered_pct", r->covered_pct);
      num (b, "ships_per_month", r->ships_per_month);
      num (b, "ships_per_day", r->ships_per_day);
      num (b, "transit_days", r->transit_days);
      num (b, "escorts_required", r->escorts_required);
      num (b, "throughput_mt_per_month", r->throughput_mt_per_month);
      json_builder_set_member_name (b, "segments");
      json_builder_begin_array (b);
      for (guint s = 0; s < r->segments->len; s++)
        {
          const GrRouteSegment *seg = &g_array_index (r->segments, GrRouteSegment, s);

          json_builder_begin_object (b);
          lonlat (b, "from", seg->from);
          lonlat (b, "to", seg->to);
          boolean (b, "covered", seg->covered);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
funding (JsonBuilder            *b,
         const GrFundingMetrics *f,
         const GrDanishMetrics  *dk)
{
  json_builder_set_member_name (b, "funding");
  json_builder_begin_object (b);
  num (b, "need_busd", f->need_busd);
  num (b, "committed_busd", f->committed_busd);
  num (b, "allocated_busd", f->allocated_busd);
  num (b, "gap_busd", f->gap_busd);
  num (b, "coverage", f->coverage);
  num (b, "multi_year_certainty", f->multi_year_certainty);
  num (b, "window_coverage", f->window_coverage);
  json_builder_set_member_name (b, "years");
  json_builder_begin_array (b);
  for (guint i = 0; f->years != NULL && i < f->years->len; i++)
    {
      const GrFundingYear *y = &g_array_index (f->years, GrFundingYear, i);

      json_builder_begin_object (b);
      integer (b, "year", y->year);
      num (b, "need_busd", y->need_busd);
      num (b, "committed_busd", y->committed_busd);
      num (b, "allocated_busd", y->allocated_busd);
      num (b, "danish_model_busd", y->danish_model_busd);
      num (b, "gap_busd", y->gap_busd);
      num (b, "coverage", y->coverage);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "danish_model");
  json_builder_begin_object (b);
  num (b, "total_busd", dk->total_busd);
  num (b, "military_busd", dk->military_busd);
  num (b, "share_of_need", dk->share_of_need);
  num (b, "predictability", dk->predictability);
  integer (b, "donors", dk->n_donors);
  json_builder_set_member_name (b, "years");
  json_builder_begin_array (b);
  for (guint i = 0; dk->years != NULL && i < dk->years->len; i++)
    {
      const GrDanishYear *y = &g_array_index (dk->years, GrDanishYear, i);

      json_builder_begin_object (b);
      integer (b, "year", y->year);
      num (b, "total_busd", y->total_busd);
      num (b, "military_busd", y->military_busd);
      num (b, "share_of_need", y->share_of_need);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
readiness_industry_guarantees (JsonBuilder     *b,
                               const GrMetrics *m)
{
  const GrReadinessMetrics *r = &m->readiness;
  const GrIndustryMetrics *in = &m->industry;
  const GrGuaranteesMetrics *g = &m->guarantees;

  json_builder_set_member_name (b, "readiness");
  json_builder_begin_object (b);
  num (b, "trained_start", r->trained_start);
  num (b, "trained_total", r->trained_total);
  num (b, "trained_per_year", r->trained_per_year);
  num (b, "separations_per_year", r->separations_per_year);
  num (b, "reservists", r->reservists);
  num (b, "trained_at_assessment", r->trained_at_assessment);
  json_builder_set_member_name (b, "by_year");
  json_builder_begin_array (b);
  for (guint i = 0; r->by_year != NULL && i < r->by_year->len; i++)
    {
      const GrReadinessYear *y = &g_array_index (r->by_year, GrReadinessYear, i);

      json_builder_begin_object (b);
      integer (b, "year", y->year);
      num (b, "trained", y->trained);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "industry");
  json_builder_begin_object (b);
  num (b, "facilities", in->facilities);
  num (b, "fpv_ratio", in->fpv_ratio);
  num (b, "shells_ratio", in->shells_ratio);
  num (b, "vehicles_ratio", in->vehicles_ratio);
  num (b, "shells_months_of_stock", in->shells_months_of_stock);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "guarantees");
  json_builder_begin_object (b);
  integer (b, "guarantors", g->n_guarantors);
  json_builder_set_member_name (b, "by_commitment");
  json_builder_begin_object (b);
  for (int c = 0; c < GR_N_COMMITMENTS; c++)
    integer (b, gr_commitment_to_string (c), g->by_commitment[c]);
  json_builder_end_object (b);
  num (b, "commitment_strength", g->commitment_strength);
  num (b, "response_days", g->response_days);
  num (b, "response_days_mean", g->response_days_mean);
  json_builder_end_object (b);
}

static void
index_ (JsonBuilder          *b,
        const GrIndexMetrics *ix)
{
  json_builder_set_member_name (b, "index");
  json_builder_begin_object (b);
  num (b, "composite", ix->composite);
  string (b, "weakest", gr_instrument_to_string (ix->weakest));
  json_builder_set_member_name (b, "pillars");
  json_builder_begin_object (b);
  for (int i = 0; i < GR_N_INSTRUMENTS; i++)
    num (b, gr_instrument_to_string (i), ix->score[i]);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "weights");
  json_builder_begin_object (b);
  for (int i = 0; i < GR_N_INSTRUMENTS; i++)
    num (b, gr_instrument_to_string (i), ix->weight[i]);
  json_builder_end_object (b);
  json_builder_end_object (b);
}

static void
warnings (JsonBuilder  *b,
          const GArray *list)
{
  json_builder_set_member_name (b, "warnings");
  json_builder_begin_array (b);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      const GrMetricsWarning *w = &g_array_index (list, GrMetricsWarning, i);

      json_builder_begin_object (b);
      string (b, "path", w->path);
      string (b, "message", w->message);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/* The fixed yardsticks, so a reader can redo every score by hand. */
static void
references (JsonBuilder *b)
{
  json_builder_set_member_name (b, "references");
  json_builder_begin_object (b);
  for (int i = 0; i < GR_N_REFS; i++)
    {
      const GrReference *ref = gr_reference (i);

      json_builder_set_member_name (b, ref->name);
      json_builder_begin_object (b);
      num (b, "value", ref->value);
      num (b, "low", ref->low);
      num (b, "high", ref->high);
      string (b, "unit", ref->unit);
      string (b, "meaning", ref->meaning);
      string (b, "source", ref->source);
      string (b, "source_title", ref->source_title);
      if (ref->url != NULL)
        string (b, "url", ref->url);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
}

JsonNode *
gr_metrics_to_json_node (const GrMetrics *m,
                         GrModel         *model)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (m != NULL, NULL);

  json_builder_begin_object (b);
  string (b, "scenario", m->scenario);
  air_defense (b, &m->air_defense);
  air_patrol (b, &m->air_patrol);
  force (b, &m->force, model);
  maritime (b, &m->maritime);
  funding (b, &m->funding, &m->danish);
  readiness_industry_guarantees (b, m);
  index_ (b, &m->index);
  warnings (b, m->warnings);
  references (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

char *
gr_metrics_to_json (const GrMetrics *m,
                    GrModel         *model,
                    gboolean         pretty)
{
  g_autoptr(JsonNode) root = gr_metrics_to_json_node (m, model);
  g_autoptr(JsonGenerator) gen = json_generator_new ();

  json_generator_set_pretty (gen, pretty);
  json_generator_set_root (gen, root);
  return json_generator_to_data (gen, NULL);
}
