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

/* The layout is written once, through a writer that either builds the
 * JSON or collects its headline numbers (gr-metric-table.h) straight from
 * the struct, as Monte Carlo and the tornado do for every sample: the
 * same members in the same order, with no tree to build and free. */
#define MAX_DEPTH 16

typedef struct
{
  JsonBuilder *builder;        /* building the JSON; NULL when collecting */
  GArray *values;              /* double: the headline numbers */
  GPtrArray *paths;            /* char *: their dotted paths, or NULL */
  GString *path;               /* of the open object, when paths */
  const char *name;            /* the member being written */
  gsize marks[MAX_DEPTH];      /* path lengths before each open object */
  guint depth;                 /* objects open outside arrays */
  guint arrays;                /* arrays open: their items are no headlines */
  gboolean series;             /* collect the keyed series' items too */
} Writer;

static void
member (Writer     *b,
        const char *name)
{
  if (b->builder != NULL)
    json_builder_set_member_name (b->builder, name);
  else
    b->name = name;
}

static void
begin_object (Writer *b)
{
  if (b->builder != NULL)
    {
      json_builder_begin_object (b->builder);
      return;
    }
  if (b->arrays > 0)
    return;
  g_return_if_fail (b->depth < MAX_DEPTH);
  if (b->path != NULL)
    {
      b->marks[b->depth] = b->path->len;
      if (b->name != NULL)
        {
          if (b->path->len > 0)
            g_string_append_c (b->path, '.');
          g_string_append (b->path, b->name);
        }
    }
  b->depth++;
  b->name = NULL;
}

static void
end_object (Writer *b)
{
  if (b->builder != NULL)
    {
      json_builder_end_object (b->builder);
      return;
    }
  if (b->arrays > 0)
    return;
  g_return_if_fail (b->depth > 0);
  b->depth--;
  if (b->path != NULL)
    g_string_truncate (b->path, b->marks[b->depth]);
  /* the next series item has no member name */
  b->name = NULL;
}

static void
begin_array (Writer *b)
{
  if (b->builder != NULL)
    json_builder_begin_array (b->builder);
  else
    b->arrays++;
}

static void
end_array (Writer *b)
{
  if (b->builder != NULL)
    json_builder_end_array (b->builder);
  else
    b->arrays--;
}

/* An array of items that the charts draw one by one (years, routes,
 * zones): when collecting series, it is walked like an object whose
 * members are its items, each named by its key (key_int(), key_string());
 * otherwise like any other array. */
static void
begin_series (Writer *b)
{
  if (b->builder == NULL && b->series && b->arrays == 0)
    begin_object (b);
  else
    begin_array (b);
}

static void
end_series (Writer *b)
{
  if (b->builder == NULL && b->series && b->arrays == 0)
    end_object (b);
  else
    end_array (b);
}

/* The member that names a series item, written first in the item: its
 * value joins the path of the item's numbers ("funding.years.2031"). */
static void
key_string (Writer     *b,
            const char *name,
            const char *value)
{
  if (b->builder != NULL)
    {
      json_builder_set_member_name (b->builder, name);
      json_builder_add_string_value (b->builder, value != NULL ? value : "");
      return;
    }
  if (b->arrays > 0 || b->path == NULL)
    return;
  if (b->path->len > 0)
    g_string_append_c (b->path, '.');
  g_string_append (b->path, value != NULL ? value : "");
}

static void
key_int (Writer     *b,
         const char *name,
         gint64      value)
{
  char text[24];

  if (b->builder != NULL)
    {
      json_builder_set_member_name (b->builder, name);
      json_builder_add_int_value (b->builder, value);
      return;
    }
  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, value);
  key_string (b, name, text);
}

/* A number of an object member, collected when outside every array. */
static void
headline (Writer *b,
          double  value)
{
  if (b->arrays > 0)
    return;
  g_array_append_val (b->values, value);
  if (b->paths != NULL)
    g_ptr_array_add (b->paths, b->path->len > 0
                               ? g_strconcat (b->path->str, ".", b->name, NULL)
                               : g_strdup (b->name));
}

static void
num (Writer     *b,
     const char *name,
     double      value)
{
  member (b, name);
  if (b->builder == NULL)
    /* null in the JSON, NAN in the table */
    headline (b, isfinite (value) ? value : NAN);
  /* JSON has no infinities or NaN. */
  else if (isfinite (value))
    json_builder_add_double_value (b->builder, value);
  else
    json_builder_add_null_value (b->builder);
}

static void
integer (Writer     *b,
         const char *name,
         gint64      value)
{
  member (b, name);
  if (b->builder == NULL)
    headline (b, (double) value);
  else
    json_builder_add_int_value (b->builder, value);
}

/* Booleans and strings are not numbers: written, never collected. */
static void
boolean (Writer     *b,
         const char *name,
         gboolean    value)
{
  if (b->builder == NULL)
    return;
  json_builder_set_member_name (b->builder, name);
  json_builder_add_boolean_value (b->builder, value);
}

static void
string (Writer     *b,
        const char *name,
        const char *value)
{
  if (b->builder == NULL)
    return;
  json_builder_set_member_name (b->builder, name);
  json_builder_add_string_value (b->builder, value != NULL ? value : "");
}

static void
strings (Writer       *b,
         const char   *name,
         char * const *values)
{
  if (b->builder == NULL)
    return;
  json_builder_set_member_name (b->builder, name);
  json_builder_begin_array (b->builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (b->builder, values[i]);
  json_builder_end_array (b->builder);
}

static void
lonlat (Writer     *b,
        const char *name,
        GrLonLat    p)
{
  if (b->builder == NULL)
    return;
  json_builder_set_member_name (b->builder, name);
  json_builder_begin_array (b->builder);
  json_builder_add_double_value (b->builder, p.lon);
  json_builder_add_double_value (b->builder, p.lat);
  json_builder_end_array (b->builder);
}

static void
per_threat (Writer       *b,
            const char   *name,
            const double *values)
{
  member (b, name);
  begin_object (b);
  for (int k = 0; k < GR_N_THREATS; k++)
    num (b, gr_threat_to_string (k), values[k]);
  end_object (b);
}

static void
air_defense (Writer                    *b,
             const GrAirDefenseMetrics *ad)
{
  member (b, "air_defense");
  begin_object (b);
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

  member (b, "threats");
  begin_object (b);
  for (int k = 0; k < GR_N_THREATS; k++)
    {
      const GrThreatMetrics *t = &ad->threat[k];

      member (b, gr_threat_to_string (k));
      begin_object (b);
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
      end_object (b);
    }
  end_object (b);

  member (b, "systems");
  begin_array (b);
  for (guint i = 0; ad->systems != NULL && i < ad->systems->len; i++)
    {
      const GrSystemMetrics *s = &g_array_index (ad->systems, GrSystemMetrics, i);

      begin_object (b);
      string (b, "id", s->id);
      integer (b, "batteries", s->batteries);
      per_threat (b, "radius_km", s->radius_km);
      num (b, "interceptors_supplied_per_month", s->interceptors_supplied_per_month);
      num (b, "interceptors_demanded_per_month", s->interceptors_demanded_per_month);
      num (b, "interceptors_used_per_month", s->interceptors_used_per_month);
      num (b, "served_share", s->served_share);
      num (b, "interceptor_cost_musd_per_month", s->interceptor_cost_musd_per_month);
      end_object (b);
    }
  end_array (b);

  member (b, "batteries");
  begin_array (b);
  for (guint i = 0; ad->batteries != NULL && i < ad->batteries->len; i++)
    {
      const GrBatteryMetrics *bm = &g_array_index (ad->batteries, GrBatteryMetrics, i);

      begin_object (b);
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
      end_object (b);
    }
  end_array (b);
  end_object (b);
}

static void
air_patrol (Writer                   *b,
            const GrAirPatrolMetrics *ap)
{
  member (b, "air_patrol");
  begin_object (b);
  num (b, "aircraft_required", ap->aircraft_required);
  num (b, "stations_held", ap->stations_held);
  integer (b, "aircraft_assigned", ap->aircraft_assigned);
  integer (b, "zones_sustainable", ap->zones_sustainable);
  member (b, "zones");
  begin_series (b);
  for (guint i = 0; ap->zones != NULL && i < ap->zones->len; i++)
    {
      const GrPatrolZoneMetrics *z = &g_array_index (ap->zones, GrPatrolZoneMetrics, i);

      begin_object (b);
      key_string (b, "id", z->id);
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
      end_object (b);
    }
  end_series (b);
  end_object (b);
}

static void
force (Writer               *b,
       const GrForceMetrics *f,
       GrModel              *model)
{
  static const char * const bands[] = { "below", "within", "above" };
  const GrBorderRegion *regions = NULL;
  guint n_regions = 0;

  if (model != NULL)
    regions = gr_model_get_border_regions (model, &n_regions);

  member (b, "stabilization_force");
  begin_object (b);
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
  member (b, "by_role");
  begin_object (b);
  for (int r = 0; r < GR_N_ROLES; r++)
    num (b, gr_role_to_string (r), f->by_role[r]);
  end_object (b);
  integer (b, "border_regions_reached", f->border_regions_reached);
  integer (b, "border_regions_total", f->border_regions_total);
  num (b, "border_km_reached", f->border_km_reached);
  num (b, "border_km_total", f->border_km_total);
  num (b, "troops_in_reach", f->troops_in_reach);
  member (b, "border_regions");
  begin_array (b);
  for (guint i = 0; i < n_regions && i < f->border_regions_total; i++)
    {
      begin_object (b);
      string (b, "code", regions[i].code);
      string (b, "name", regions[i].name);
      num (b, "border_km", regions[i].border_km);
      boolean (b, "reached", f->region_reached[i]);
      end_object (b);
    }
  end_array (b);
  end_object (b);
}

static void
maritime (Writer                  *b,
          const GrMaritimeMetrics *sea)
{
  member (b, "maritime");
  begin_object (b);
  num (b, "escorts_required", sea->escorts_required);
  num (b, "escorts_available", sea->escorts_available);
  boolean (b, "escorts_sufficient", sea->escorts_sufficient);
  num (b, "covered_pct", sea->covered_pct);
  num (b, "throughput_mt_per_month", sea->throughput_mt_per_month);
  strings (b, "partners", sea->partners);
  member (b, "routes");
  begin_series (b);
  for (guint i = 0; sea->routes != NULL && i < sea->routes->len; i++)
    {
      const GrRouteMetrics *r = &g_array_index (sea->routes, GrRouteMetrics, i);

      begin_object (b);
      key_string (b, "id", r->id);
      num (b, "length_km", r->length_km);
      num (b, "covered_km", r->covered_km);
      num (b, "covered_pct", r->covered_pct);
      num (b, "ships_per_month", r->ships_per_month);
      num (b, "ships_per_day", r->ships_per_day);
      num (b, "transit_days", r->transit_days);
      num (b, "escorts_required", r->escorts_required);
      num (b, "throughput_mt_per_month", r->throughput_mt_per_month);
      member (b, "segments");
      begin_array (b);
      for (guint s = 0; s < r->segments->len; s++)
        {
          const GrRouteSegment *seg = &g_array_index (r->segments, GrRouteSegment, s);

          begin_object (b);
          lonlat (b, "from", seg->from);
          lonlat (b, "to", seg->to);
          boolean (b, "covered", seg->covered);
          end_object (b);
        }
      end_array (b);
      end_object (b);
    }
  end_series (b);
  end_object (b);
}

static void
funding (Writer                 *b,
         const GrFundingMetrics *f,
         const GrDanishMetrics  *dk)
{
  member (b, "funding");
  begin_object (b);
  num (b, "need_busd", f->need_busd);
  num (b, "committed_busd", f->committed_busd);
  num (b, "allocated_busd", f->allocated_busd);
  num (b, "gap_busd", f->gap_busd);
  num (b, "coverage", f->coverage);
  num (b, "multi_year_certainty", f->multi_year_certainty);
  num (b, "window_coverage", f->window_coverage);
  member (b, "years");
  begin_series (b);
  for (guint i = 0; f->years != NULL && i < f->years->len; i++)
    {
      const GrFundingYear *y = &g_array_index (f->years, GrFundingYear, i);

      begin_object (b);
      key_int (b, "year", y->year);
      num (b, "need_busd", y->need_busd);
      num (b, "committed_busd", y->committed_busd);
      num (b, "allocated_busd", y->allocated_busd);
      num (b, "danish_model_busd", y->danish_model_busd);
      num (b, "gap_busd", y->gap_busd);
      num (b, "coverage", y->coverage);
      end_object (b);
    }
  end_series (b);
  end_object (b);

  member (b, "danish_model");
  begin_object (b);
  num (b, "total_busd", dk->total_busd);
  num (b, "military_busd", dk->military_busd);
  num (b, "share_of_need", dk->share_of_need);
  num (b, "predictability", dk->predictability);
  integer (b, "donors", dk->n_donors);
  member (b, "years");
  begin_array (b);
  for (guint i = 0; dk->years != NULL && i < dk->years->len; i++)
    {
      const GrDanishYear *y = &g_array_index (dk->years, GrDanishYear, i);

      begin_object (b);
      integer (b, "year", y->year);
      num (b, "total_busd", y->total_busd);
      num (b, "military_busd", y->military_busd);
      num (b, "share_of_need", y->share_of_need);
      end_object (b);
    }
  end_array (b);
  end_object (b);
}

static void
readiness_industry_guarantees (Writer          *b,
                               const GrMetrics *m)
{
  const GrReadinessMetrics *r = &m->readiness;
  const GrIndustryMetrics *in = &m->industry;
  const GrGuaranteesMetrics *g = &m->guarantees;

  member (b, "readiness");
  begin_object (b);
  num (b, "trained_start", r->trained_start);
  num (b, "trained_total", r->trained_total);
  num (b, "trained_per_year", r->trained_per_year);
  num (b, "separations_per_year", r->separations_per_year);
  num (b, "reservists", r->reservists);
  num (b, "trained_at_assessment", r->trained_at_assessment);
  member (b, "by_year");
  begin_series (b);
  for (guint i = 0; r->by_year != NULL && i < r->by_year->len; i++)
    {
      const GrReadinessYear *y = &g_array_index (r->by_year, GrReadinessYear, i);

      begin_object (b);
      key_int (b, "year", y->year);
      num (b, "trained", y->trained);
      end_object (b);
    }
  end_series (b);
  end_object (b);

  member (b, "industry");
  begin_object (b);
  num (b, "facilities", in->facilities);
  num (b, "fpv_ratio", in->fpv_ratio);
  num (b, "shells_ratio", in->shells_ratio);
  num (b, "vehicles_ratio", in->vehicles_ratio);
  num (b, "shells_months_of_stock", in->shells_months_of_stock);
  end_object (b);

  member (b, "guarantees");
  begin_object (b);
  integer (b, "guarantors", g->n_guarantors);
  member (b, "by_commitment");
  begin_object (b);
  for (int c = 0; c < GR_N_COMMITMENTS; c++)
    integer (b, gr_commitment_to_string (c), g->by_commitment[c]);
  end_object (b);
  num (b, "commitment_strength", g->commitment_strength);
  num (b, "response_days", g->response_days);
  num (b, "response_days_mean", g->response_days_mean);
  end_object (b);
}

static void
index_ (Writer               *b,
        const GrIndexMetrics *ix)
{
  member (b, "index");
  begin_object (b);
  num (b, "composite", ix->composite);
  string (b, "weakest", gr_instrument_to_string (ix->weakest));
  member (b, "pillars");
  begin_object (b);
  for (int i = 0; i < GR_N_INSTRUMENTS; i++)
    num (b, gr_instrument_to_string (i), ix->score[i]);
  end_object (b);
  member (b, "weights");
  begin_object (b);
  for (int i = 0; i < GR_N_INSTRUMENTS; i++)
    num (b, gr_instrument_to_string (i), ix->weight[i]);
  end_object (b);
  end_object (b);
}

static void
warnings (Writer       *b,
          const GArray *list)
{
  member (b, "warnings");
  begin_array (b);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      const GrMetricsWarning *warning = &g_array_index (list, GrMetricsWarning, i);

      begin_object (b);
      string (b, "path", warning->path);
      string (b, "message", warning->message);
      end_object (b);
    }
  end_array (b);
}

/* The fixed yardsticks, so a reader can redo every score by hand. */
static void
references (Writer *b)
{
  member (b, "references");
  begin_object (b);
  for (int i = 0; i < GR_N_REFS; i++)
    {
      const GrReference *ref = gr_reference (i);

      member (b, ref->name);
      begin_object (b);
      num (b, "value", ref->value);
      num (b, "low", ref->low);
      num (b, "high", ref->high);
      string (b, "unit", ref->unit);
      string (b, "meaning", ref->meaning);
      string (b, "source", ref->source);
      string (b, "source_title", ref->source_title);
      if (ref->url != NULL)
        string (b, "url", ref->url);
      end_object (b);
    }
  end_object (b);
}

/* The whole layout, written through @b. */
static void
metrics (Writer          *b,
         const GrMetrics *m,
         GrModel         *model)
{
  begin_object (b);
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
  end_object (b);
}

JsonNode *
gr_metrics_to_json_node (const GrMetrics *m,
                         GrModel         *model)
{
  g_autoptr(JsonBuilder) b = NULL;
  Writer w = { 0 };

  g_return_val_if_fail (m != NULL, NULL);

  b = json_builder_new ();
  w.builder = b;
  metrics (&w, m, model);
  return json_builder_get_root (b);
}

void
gr_metrics_collect_headlines (const GrMetrics *m,
                              GrModel         *model,
                              GPtrArray       *paths,
                              GArray          *values)
{
  gr_metrics_collect (m, model, FALSE, paths, values);
}

void
gr_metrics_collect (const GrMetrics *m,
                    GrModel         *model,
                    gboolean         series,
                    GPtrArray       *paths,
                    GArray          *values)
{
  g_autoptr(GString) path = NULL;
  Writer w = { 0 };

  g_return_if_fail (m != NULL);
  g_return_if_fail (values != NULL);

  if (paths != NULL)
    path = g_string_new (NULL);
  w.values = values;
  w.paths = paths;
  w.path = path;
  w.series = series;
  g_array_set_size (values, 0);
  metrics (&w, m, model);
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
