/* gr-scenario-check.c — the value rules every scenario obeys
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading checks types; this checks values — ranges, references, unique ids,
 * polygon shapes — on the GrScenario itself, so the GUI can run the same
 * rules on an edit before it commits it.  The first problem found is
 * reported, with the JSON path it has in a file.
 */

#include "config.h"

#include "gr-scenario-io.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "gr-references.h"
#include "gr-scenario-limits.h"
#include "gr-scenario-path.h"
#include "gr-shape-check.h"

#define MIN_YEAR 1990
#define MAX_YEAR 2100

typedef struct
{
  GrScenarioPath *path;
  GError **error;
  GHashTable *sources;     /* source ids */
} Check;

static gboolean
fail (Check      *c,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (Check      *c,
      const char *format,
      ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);
  return gr_scenario_path_fail (c->path, c->error, GR_SCENARIO_ERROR_INVALID, "%s", problem);
}

static gboolean
check_between (Check  *c,
               double  v,
               double  min,
               double  max)
{
  if (!isfinite (v))
    return fail (c, _("the value is not a finite number"));
  if (v < min)
    return fail (c, _("%g is below the minimum %g"), v, min);
  if (v > max)
    return fail (c, _("%g is above the maximum %g"), v, max);
  return TRUE;
}

static gboolean
check_range (Check     *c,
             double     v,
             GrLimitId  limit)
{
  return check_between (c, v, gr_limit (limit)->min, gr_limit (limit)->max);
}

static gboolean
check_number (Check      *c,
              const char *name,
              double      v,
              GrLimitId   limit)
{
  gsize mark = gr_scenario_path_enter (c->path, name);

  if (!check_range (c, v, limit))
    return FALSE;
  gr_scenario_path_leave (c->path, mark);
  return TRUE;
}

static gboolean
check_year (Check      *c,
            const char *name,
            int         year)
{
  gsize mark = gr_scenario_path_enter (c->path, name);

  if (year < MIN_YEAR || year > MAX_YEAR)
    return fail (c, _("the year %d is outside %d…%d"), year, MIN_YEAR, MAX_YEAR);
  gr_scenario_path_leave (c->path, mark);
  return TRUE;
}

static gboolean
check_source_ref (Check      *c,
                  const char *source)
{
  if (source != NULL && !g_hash_table_contains (c->sources, source))
    return fail (c, _("the source “%s” is not in the sources list"), source);
  return TRUE;
}

/* The quantity at the current path. */
static gboolean
check_quantity_here (Check            *c,
                     const GrQuantity *q,
                     GrLimitId         limit)
{
  if (!check_range (c, q->value, limit))
    return FALSE;
  if (isnan (q->low) != isnan (q->high))
    return fail (c, _("a range needs both “low” and “high”"));
  if (!isnan (q->low))
    {
      if (!check_range (c, q->low, limit) || !check_range (c, q->high, limit))
        return FALSE;
      if (q->low > q->value || q->value > q->high)
        return fail (c, _("the value %g is not within its range %g…%g"),
                     q->value, q->low, q->high);
    }
  return check_source_ref (c, q->source);
}

static gboolean
check_quantity (Check            *c,
                const char       *name,
                const GrQuantity *q,
                GrLimitId         limit)
{
  gsize mark = gr_scenario_path_enter (c->path, name);

  if (!check_quantity_here (c, q, limit))
    return FALSE;
  gr_scenario_path_leave (c->path, mark);
  return TRUE;
}

/* A number kept plain with its range beside it (gr_quantity_view()). */
static gboolean
check_ranged (Check         *c,
              const char    *name,
              double         value,
              const GrRange *range,
              GrLimitId      limit)
{
  GrQuantity q = gr_quantity_view (value, range);

  return check_quantity (c, name, &q, limit);
}

static gboolean
check_lonlat (Check          *c,
              const GrLonLat *p)
{
  if (!isfinite (p->lat) || p->lat < -90 || p->lat > 90)
    return fail (c, _("latitude %.1f is outside −90…90"), p->lat);
  if (!isfinite (p->lon) || p->lon < -180 || p->lon > 180)
    return fail (c, _("longitude %.1f is outside −180…180"), p->lon);
  return TRUE;
}

static gboolean
check_position (Check          *c,
                const char     *name,
                const GrLonLat *p)
{
  gsize mark = gr_scenario_path_enter (c->path, name);

  if (!check_lonlat (c, p))
    return FALSE;
  gr_scenario_path_leave (c->path, mark);
  return TRUE;
}

/* Every point valid, then the shape: a real polygon (min_distinct 3) or
 * path (2), in O(n log n) (gr-shape-check.h). */
static gboolean
check_points (Check        *c,
              const char   *name,
              const GArray *points,
              guint         min_distinct)
{
  gsize mark = gr_scenario_path_enter (c->path, name);
  guint n = points ? points->len : 0;
  const GrLonLat *p = n > 0 ? (const GrLonLat *) (void *) points->data : NULL;
  GrShapeProblem problem;
  guint where = 0;

  if (n > GR_SCENARIO_MAX_POINTS)
    return gr_scenario_path_fail (c->path, c->error, GR_SCENARIO_ERROR_TOO_LARGE,
                                  _("the list has %u entries, more than the limit of %u"),
                                  n, (guint) GR_SCENARIO_MAX_POINTS);
  for (guint i = 0; i < n; i++)
    {
      gsize item = gr_scenario_path_enter_index (c->path, i);

      if (!check_lonlat (c, &p[i]))
        return FALSE;
      gr_scenario_path_leave (c->path, item);
    }
  problem = min_distinct >= 3 ? gr_shape_check_ring (p, n, &where)
                              : gr_shape_check_path (p, n, &where);
  switch (problem)
    {
    case GR_SHAPE_OK:
      break;
    case GR_SHAPE_TOO_FEW_POINTS:
      if (min_distinct >= 3)
        return fail (c, _("a polygon needs at least %u distinct points, this one has %u"),
                     min_distinct, gr_shape_count_distinct (p, n));
      return fail (c, _("a route needs at least %u distinct points, this one has %u"),
                   min_distinct, gr_shape_count_distinct (p, n));
    case GR_SHAPE_ANTIMERIDIAN:
      gr_scenario_path_enter_index (c->path, where);
      return fail (c, _("the line to this point crosses the antimeridian (180° longitude); "
                        "split the shape in two at 180°"));
    case GR_SHAPE_NO_AREA:
      return fail (c, _("the polygon encloses no area (its points lie on a line)"));
    case GR_SHAPE_SELF_INTERSECTING:
    default:
      return fail (c, _("the polygon's edges cross or touch each other (near point %u); "
                        "its area would be wrong"), where);
    }
  gr_scenario_path_leave (c->path, mark);
  return TRUE;
}

/* ISO 3166-1 alpha-2 (and "EU"): two capital letters. */
static gboolean
check_code (Check      *c,
            const char *name,
            const char *code)
{
  gsize mark = gr_scenario_path_enter (c->path, name);

  if (code == NULL || !g_ascii_isupper (code[0]) || !g_ascii_isupper (code[1]) || code[2] != '\0')
    return fail (c, _("“%s” is not a two-letter country code such as “GB”"),
                 code ? code : "");
  gr_scenario_path_leave (c->path, mark);
  return TRUE;
}

/* What the reader would refuse as too long must not be saved either. */
static gboolean
check_text (Check      *c,
            const char *name,
            const char *text,
            gsize       max_bytes,
            gboolean    required)
{
  gsize mark = gr_scenario_path_enter (c->path, name);

  if (required && (text == NULL || *text == '\0'))
    return fail (c, _("the text is empty"));
  if (text != NULL && strlen (text) > max_bytes)
    return gr_scenario_path_fail (c->path, c->error, GR_SCENARIO_ERROR_TOO_LARGE,
                                  /* max_bytes is one of the GR_SCENARIO_MAX_* limits,
                                   * far below G_MAXINT. */
                                  _("the text is longer than %d bytes"), (int) max_bytes);
  gr_scenario_path_leave (c->path, mark);
  return TRUE;
}

static gboolean
check_id (Check      *c,
          GHashTable *seen,
          const char *id)
{
  gsize mark = gr_scenario_path_enter (c->path, "id");

  if (id == NULL || *id == '\0')
    return fail (c, _("the id is empty"));
  if (strlen (id) > GR_SCENARIO_MAX_STRING)
    return gr_scenario_path_fail (c->path, c->error, GR_SCENARIO_ERROR_TOO_LARGE,
                                  _("the text is longer than %d bytes"), GR_SCENARIO_MAX_STRING);
  if (!g_hash_table_add (seen, (gpointer) id))
    return fail (c, _("the id “%s” is used twice"), id);
  gr_scenario_path_leave (c->path, mark);
  return TRUE;
}

/* Each check_*_at checks one element of an array at the current path. */
typedef gboolean (*CheckElement) (Check *c, gconstpointer element, GHashTable *ids);

static gboolean
check_array (Check        *c,
             const char   *name,
             const GArray *array,
             CheckElement  check)
{
  gsize mark = gr_scenario_path_enter (c->path, name);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  if (array->len > GR_SCENARIO_MAX_ELEMENTS)
    return gr_scenario_path_fail (c->path, c->error, GR_SCENARIO_ERROR_TOO_LARGE,
                                  _("the list has %u entries, more than the limit of %u"),
                                  array->len, (guint) GR_SCENARIO_MAX_ELEMENTS);
  for (guint i = 0; i < array->len; i++)
    {
      gsize item = gr_scenario_path_enter_index (c->path, i);

      if (!check (c, array->data + i * g_array_get_element_size ((GArray *) array), ids))
        return FALSE;
      gr_scenario_path_leave (c->path, item);
    }
  gr_scenario_path_leave (c->path, mark);
  return TRUE;
}

static gboolean
check_source_at (Check        *c,
                 gconstpointer element,
                 GHashTable   *ids)
{
  const GrSource *s = element;

  if (!check_id (c, ids, s->id)
      || !check_text (c, "title", s->title, GR_SCENARIO_MAX_STRING, TRUE)
      || !check_text (c, "url", s->url, GR_SCENARIO_MAX_STRING, FALSE)
      || !check_text (c, "date", s->date, GR_SCENARIO_MAX_STRING, FALSE))
    return FALSE;
  g_hash_table_add (c->sources, s->id);
  return TRUE;
}

static gboolean
check_guarantor_at (Check        *c,
                    gconstpointer element,
                    GHashTable   *ids)
{
  const GrGuarantor *g = element;
  gsize mark;

  if (!check_code (c, "state", g->state))
    return FALSE;
  mark = gr_scenario_path_enter (c->path, "state");
  if (!g_hash_table_add (ids, g->state))
    return fail (c, _("the state “%s” is listed twice"), g->state);
  gr_scenario_path_leave (c->path, mark);
  return check_quantity (c, "response_days", &g->response_days, GR_LIMIT_RESPONSE_DAYS);
}

static gboolean
check_need_at (Check        *c,
               gconstpointer element,
               GHashTable   *ids)
{
  const GrFundingNeed *n = element;

  return check_year (c, "year", n->year)
         && check_quantity (c, "busd", &n->busd, GR_LIMIT_FUNDING_BUSD);
}

/* One need per year: a second entry would be ambiguous. */
static gboolean
check_need_years (Check        *c,
                  const GArray *needs)
{
  for (guint i = 0; i < needs->len; i++)
    for (guint j = 0; j < i; j++)
      if (g_array_index (needs, GrFundingNeed, i).year == g_array_index (needs, GrFundingNeed, j).year)
        {
          g_string_append_printf (c->path, ".need[%u].year", i);
          return fail (c, _("the year %d is listed twice"), g_array_index (needs, GrFundingNeed, i).year);
        }
  return TRUE;
}

/* Funding is assessed over a fixed window (gr-references.c): a scenario
 * that states a need states it for every year of the window, so it
 * cannot raise its score by leaving a hard year out. */
static gboolean
check_need_window (Check        *c,
                   const GArray *needs)
{
  int first = (int) gr_reference_value (GR_REF_WINDOW_FIRST_YEAR);

  if (needs->len == 0)
    return TRUE;
  for (int year = first; year <= GR_ASSESSMENT_YEAR; year++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < needs->len && !found; i++)
        found = g_array_index (needs, GrFundingNeed, i).year == year;
      if (!found)
        {
          g_string_append (c->path, ".need");
          return fail (c, _("the need for %d is missing: funding is assessed over %d–%d, "
                            "so every year of it needs a figure"), year, first, GR_ASSESSMENT_YEAR);
        }
    }
  return TRUE;
}

static gboolean
check_pledge_at (Check        *c,
                 gconstpointer element,
                 GHashTable   *ids)
{
  const GrPledge *p = element;

  if (p->channel == GR_CHANNEL_DANISH_MODEL)
    {
      gr_scenario_path_enter (c->path, "channel");
      return fail (c, _("Danish-model money has one home, danish_model.contributions; "
                        "move this pledge there"));
    }
  return check_code (c, "donor", p->donor)
         && check_year (c, "year", p->year)
         && check_quantity (c, "busd", &p->busd, GR_LIMIT_FUNDING_BUSD);
}

static gboolean
check_deployment_at (Check        *c,
                     gconstpointer element,
                     GHashTable   *ids)
{
  const GrDeployment *d = element;

  return check_id (c, ids, d->id)
         && check_text (c, "name", d->name, GR_SCENARIO_MAX_STRING, FALSE)
         && check_position (c, "position", &d->position)
         && check_ranged (c, "troops", d->troops, &d->troops_range, GR_LIMIT_DEPLOYMENT_TROOPS)
         && check_code (c, "nation", d->nation);
}

static gboolean
check_contribution_at (Check        *c,
                       gconstpointer element,
                       GHashTable   *ids)
{
  const GrDanishContribution *d = element;

  return check_code (c, "donor", d->donor)
         && check_year (c, "year", d->year)
         && check_quantity (c, "meur", &d->meur, GR_LIMIT_CONTRIBUTION_MEUR)
         && check_quantity (c, "military_share", &d->military_share, GR_LIMIT_MILITARY_SHARE);
}

/* In the file, systems are an object keyed by id: the path names the id. */
static gboolean
check_system (Check                    *c,
              const GrAirDefenseSystem *s)
{
  gsize mark;

  if (!check_text (c, "name", s->name, GR_SCENARIO_MAX_STRING, FALSE)
      || !check_quantity (c, "range_km", &s->range_km, GR_LIMIT_SYSTEM_RANGE_KM)
      || !check_quantity (c, "range_ballistic_km", &s->range_ballistic_km, GR_LIMIT_SYSTEM_RANGE_KM)
      || !check_quantity (c, "radar_height_m", &s->radar_height_m, GR_LIMIT_RADAR_HEIGHT_M))
    return FALSE;
  mark = gr_scenario_path_enter (c->path, "pk");
  for (guint t = 0; t < GR_N_THREATS; t++)
    if (!check_quantity (c, gr_threat_to_string (t), &s->pk[t], GR_LIMIT_PK))
      return FALSE;
  gr_scenario_path_leave (c->path, mark);
  return check_quantity (c, "shots_per_engagement", &s->shots_per_engagement,
                            GR_LIMIT_SHOTS_PER_ENGAGEMENT)
         && check_quantity (c, "interceptors_per_month", &s->interceptors_per_month,
                            GR_LIMIT_INTERCEPTORS_PER_MONTH)
         && check_quantity (c, "interceptor_cost_musd", &s->interceptor_cost_musd,
                            GR_LIMIT_INTERCEPTOR_COST_MUSD)
         && check_quantity (c, "battery_cost_musd", &s->battery_cost_musd,
                            GR_LIMIT_BATTERY_COST_MUSD);
}

static gboolean
check_battery_at (Check        *c,
                  gconstpointer element,
                  GHashTable   *ids)
{
  const GrBattery *b = element;

  return check_id (c, ids, b->id) && check_position (c, "position", &b->position);
}

static gboolean
check_zone_at (Check        *c,
               gconstpointer element,
               GHashTable   *ids)
{
  const GrPatrolZone *z = element;

  return check_id (c, ids, z->id)
         && check_text (c, "name", z->name, GR_SCENARIO_MAX_STRING, FALSE)
         && check_points (c, "polygon", z->polygon, 3)
         && check_ranged (c, "stations", z->stations, &z->stations_range, GR_LIMIT_ZONE_STATIONS)
         && check_ranged (c, "aircraft_assigned", z->aircraft_assigned,
                          &z->aircraft_assigned_range, GR_LIMIT_ZONE_AIRCRAFT_ASSIGNED)
         && check_position (c, "base", &z->base);
}

static gboolean
check_route_at (Check        *c,
                gconstpointer element,
                GHashTable   *ids)
{
  const GrRoute *r = element;

  return check_id (c, ids, r->id)
         && check_text (c, "name", r->name, GR_SCENARIO_MAX_STRING, FALSE)
         && check_points (c, "path", r->path, 2)
         && check_quantity (c, "ships_per_month", &r->ships_per_month,
                           GR_LIMIT_ROUTE_SHIPS_PER_MONTH);
}

static gboolean
check_patrol_at (Check        *c,
                 gconstpointer element,
                 GHashTable   *ids)
{
  const GrMaritimePatrol *p = element;

  return check_id (c, ids, p->id)
         && check_text (c, "name", p->name, GR_SCENARIO_MAX_STRING, FALSE)
         && check_position (c, "position", &p->position)
         && check_quantity (c, "radius_km", &p->radius_km, GR_LIMIT_PATROL_RADIUS_KM)
         && check_code (c, "partner", p->partner);
}

static gboolean
check_systems (Check        *c,
               const GArray *systems)
{
  gsize mark = gr_scenario_path_enter (c->path, "systems");
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < systems->len; i++)
    {
      const GrAirDefenseSystem *s = &g_array_index (systems, GrAirDefenseSystem, i);
      gsize item;

      if (s->id == NULL || *s->id == '\0')
        return fail (c, _("system %u has an empty id"), i);
      if (strlen (s->id) > GR_SCENARIO_MAX_STRING)
        return gr_scenario_path_fail (c->path, c->error, GR_SCENARIO_ERROR_TOO_LARGE,
                                      _("system %u has an id longer than %d bytes"),
                                      i, GR_SCENARIO_MAX_STRING);
      if (!g_hash_table_add (ids, s->id))
        return fail (c, _("the id “%s” is used twice"), s->id);
      item = gr_scenario_path_enter (c->path, s->id);
      if (!check_system (c, s))
        return FALSE;
      gr_scenario_path_leave (c->path, item);
    }
  gr_scenario_path_leave (c->path, mark);
  return TRUE;
}

static gboolean
check_batteries (Check            *c,
                 const GrScenario *self)
{
  const GArray *batteries = self->air_defense.batteries;
  gsize mark;

  if (!check_array (c, "batteries", batteries, check_battery_at))
    return FALSE;

  /* References to systems: a second pass, the systems are checked first. */
  mark = gr_scenario_path_enter (c->path, "batteries");
  for (guint i = 0; i < batteries->len; i++)
    {
      const GrBattery *b = &g_array_index (batteries, GrBattery, i);
      gsize item = gr_scenario_path_enter_index (c->path, i);

      gr_scenario_path_enter (c->path, "system");
      if (gr_scenario_find_system (self, b->system) == NULL)
        return fail (c, _("the system “%s” is not defined in air_defense.systems"),
                     b->system ? b->system : "");
      gr_scenario_path_leave (c->path, item);
    }
  gr_scenario_path_leave (c->path, mark);
  return TRUE;
}

static gboolean
check_sections (Check            *c,
                const GrScenario *self)
{
  gsize mark;
  const GrIndustry *ind = &self->industry;
  const GrReadiness *rd = &self->readiness;
  const GrForce *f = &self->force;
  const GrAircraft *ac = &self->air_patrol.aircraft;
  const GrMaritime *m = &self->maritime;

  mark = gr_scenario_path_enter (c->path, "guarantees");
  if (!check_array (c, "guarantors", self->guarantors, check_guarantor_at))
    return FALSE;
  gr_scenario_path_leave (c->path, mark);

  mark = gr_scenario_path_enter (c->path, "funding");
  if (!check_array (c, "need", self->needs, check_need_at)
      || !check_need_years (c, self->needs)
      || !check_need_window (c, self->needs)
      || !check_array (c, "pledges", self->pledges, check_pledge_at))
    return FALSE;
  gr_scenario_path_leave (c->path, mark);

  mark = gr_scenario_path_enter (c->path, "industry");
  if (!check_quantity (c, "facilities", &ind->facilities, GR_LIMIT_INDUSTRY_FACILITIES)
      || !check_quantity (c, "fpv_drones_per_month", &ind->fpv_drones_per_month,
                          GR_LIMIT_INDUSTRY_FPV_PER_MONTH)
      || !check_quantity (c, "shells_155_per_month", &ind->shells_155_per_month,
                          GR_LIMIT_INDUSTRY_SHELLS_PER_MONTH)
      || !check_quantity (c, "armored_vehicles_per_month", &ind->armored_vehicles_per_month,
                          GR_LIMIT_INDUSTRY_VEHICLES_PER_MONTH)
      || !check_quantity (c, "fpv_drones_used_per_month", &ind->fpv_drones_used_per_month,
                          GR_LIMIT_INDUSTRY_FPV_PER_MONTH)
      || !check_quantity (c, "shells_155_used_per_month", &ind->shells_155_used_per_month,
                          GR_LIMIT_INDUSTRY_SHELLS_PER_MONTH)
      || !check_quantity (c, "armored_vehicles_lost_per_month", &ind->armored_vehicles_lost_per_month,
                          GR_LIMIT_INDUSTRY_VEHICLES_PER_MONTH)
      || !check_quantity (c, "shells_155_stock", &ind->shells_155_stock, GR_LIMIT_INDUSTRY_SHELLS_STOCK))
    return FALSE;
  gr_scenario_path_leave (c->path, mark);

  mark = gr_scenario_path_enter (c->path, "readiness");
  if (!check_quantity (c, "trained_abroad", &rd->trained_abroad, GR_LIMIT_TRAINED_ABROAD)
      || !check_quantity (c, "trained_per_month", &rd->trained_per_month, GR_LIMIT_TRAINED_PER_MONTH)
      || !check_quantity (c, "separations_per_year", &rd->separations_per_year,
                          GR_LIMIT_SEPARATIONS_PER_YEAR)
      || !check_quantity (c, "reservists", &rd->reservists, GR_LIMIT_RESERVISTS)
      || !check_year (c, "start_year", rd->start_year)
      || !check_number (c, "horizon_years", rd->horizon_years, GR_LIMIT_HORIZON_YEARS))
    return FALSE;
  gr_scenario_path_leave (c->path, mark);

  mark = gr_scenario_path_enter (c->path, "stabilization_force");
  {
    gsize band = gr_scenario_path_enter (c->path, "band");

    GrQuantity ends[] = {
      gr_quantity_view (f->band_low, &f->band_low_range),
      gr_quantity_view (f->band_high, &f->band_high_range),
    };

    for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
      {
        gsize end = gr_scenario_path_enter_index (c->path, i);

        if (!check_quantity_here (c, &ends[i], GR_LIMIT_FORCE_BAND))
          return FALSE;
        gr_scenario_path_leave (c->path, end);
      }
    if (f->band_low > f->band_high)
      return fail (c, _("the lower end %g is above the upper end %g"), f->band_low, f->band_high);
    gr_scenario_path_leave (c->path, band);
  }
  if (!check_quantity (c, "dwell_ratio", &f->dwell_ratio, GR_LIMIT_DWELL_RATIO)
      || !check_quantity (c, "cost_per_troop_year_musd", &f->cost_per_troop_year_musd,
                          GR_LIMIT_COST_PER_TROOP_YEAR_MUSD)
      || !check_quantity (c, "reach_km", &f->reach_km, GR_LIMIT_REACH_KM)
      || !check_array (c, "deployments", f->deployments, check_deployment_at))
    return FALSE;
  gr_scenario_path_leave (c->path, mark);

  mark = gr_scenario_path_enter (c->path, "danish_model");
  if (!check_quantity (c, "usd_per_eur", &self->danish.usd_per_eur, GR_LIMIT_USD_PER_EUR)
      || !check_array (c, "contributions", self->danish.contributions, check_contribution_at))
    return FALSE;
  gr_scenario_path_leave (c->path, mark);

  mark = gr_scenario_path_enter (c->path, "air_defense");
  if (!check_systems (c, self->air_defense.systems)
      || !check_batteries (c, self))
    return FALSE;
  {
    static const GrLimitId per_month[GR_N_THREATS] = {
      [GR_THREAT_DRONE] = GR_LIMIT_DRONES_PER_MONTH,
      [GR_THREAT_CRUISE] = GR_LIMIT_CRUISE_PER_MONTH,
      [GR_THREAT_BALLISTIC] = GR_LIMIT_BALLISTIC_PER_MONTH,
    };
    gsize threat = gr_scenario_path_enter (c->path, "threat");

    for (guint t = 0; t < GR_N_THREATS; t++)
      {
        const GrThreat *th = &self->air_defense.threat[t];
        gsize cls = gr_scenario_path_enter (c->path, gr_threat_to_string (t));

        if (!check_quantity (c, "per_month", &th->per_month, per_month[t])
            || !check_quantity (c, "altitude_m", &th->altitude_m, GR_LIMIT_THREAT_ALTITUDE_M)
            || !check_quantity (c, "unit_cost_musd", &th->unit_cost_musd, GR_LIMIT_THREAT_UNIT_COST_MUSD)
            || !check_quantity (c, "other_kill_share", &th->other_kill_share, GR_LIMIT_OTHER_KILL_SHARE)
            || !check_quantity (c, "other_capacity_per_month", &th->other_capacity_per_month,
                                GR_LIMIT_OTHER_CAPACITY_PER_MONTH))
          return FALSE;
        gr_scenario_path_leave (c->path, cls);
      }
    gr_scenario_path_leave (c->path, threat);
  }
  gr_scenario_path_leave (c->path, mark);

  mark = gr_scenario_path_enter (c->path, "air_patrol");
  {
    gsize aircraft = gr_scenario_path_enter (c->path, "aircraft");

    if (!check_quantity (c, "cruise_kmh", &ac->cruise_kmh, GR_LIMIT_CRUISE_KMH)
        || !check_quantity (c, "endurance_h", &ac->endurance_h, GR_LIMIT_ENDURANCE_H)
        || !check_quantity (c, "reserve_h", &ac->reserve_h, GR_LIMIT_RESERVE_H)
        || !check_quantity (c, "turnaround_h", &ac->turnaround_h, GR_LIMIT_SERVICE_H)
        || !check_quantity (c, "maintenance_h", &ac->maintenance_h, GR_LIMIT_SERVICE_H)
        || !check_quantity (c, "mission_capable", &ac->mission_capable, GR_LIMIT_MISSION_CAPABLE)
        || !check_quantity (c, "per_station", &ac->per_station, GR_LIMIT_PER_STATION)
        || !check_quantity (c, "qra_aircraft", &ac->qra_aircraft, GR_LIMIT_QRA_AIRCRAFT))
      return FALSE;
    gr_scenario_path_leave (c->path, aircraft);
  }
  if (!check_array (c, "zones", self->air_patrol.zones, check_zone_at))
    return FALSE;
  gr_scenario_path_leave (c->path, mark);

  mark = gr_scenario_path_enter (c->path, "maritime");
  if (!check_quantity (c, "speed_knots", &m->speed_knots, GR_LIMIT_SPEED_KNOTS)
      || !check_quantity (c, "ships_per_convoy", &m->ships_per_convoy, GR_LIMIT_SHIPS_PER_CONVOY)
      || !check_quantity (c, "escorts_per_convoy", &m->escorts_per_convoy, GR_LIMIT_ESCORTS_PER_CONVOY)
      || !check_quantity (c, "tonnes_per_ship", &m->tonnes_per_ship, GR_LIMIT_TONNES_PER_SHIP)
      || !check_quantity (c, "escorts_available", &m->escorts_available, GR_LIMIT_ESCORTS_AVAILABLE)
      || !check_array (c, "routes", m->routes, check_route_at)
      || !check_array (c, "patrols", m->patrols, check_patrol_at))
    return FALSE;
  gr_scenario_path_leave (c->path, mark);

  return TRUE;
}

static gboolean
check_weights (Check            *c,
               const GrScenario *self)
{
  gsize mark = gr_scenario_path_enter (c->path, "index");
  double sum = 0;

  gr_scenario_path_enter (c->path, "weights");
  for (guint i = 0; i < GR_N_INSTRUMENTS; i++)
    {
      if (!check_number (c, gr_instrument_to_string (i), self->weights[i], GR_LIMIT_WEIGHT))
        return FALSE;
      sum += self->weights[i];
    }
  if (sum <= 0)
    return fail (c, _("at least one weight must be above 0"));
  gr_scenario_path_leave (c->path, mark);
  return TRUE;
}

/**
 * gr_scenario_check:
 * @self: a scenario
 * @error: set to the first problem, "<JSON path>: <problem>"
 *
 * Checks every value rule of the format (docs/scenario-format.md): ranges,
 * low ≤ value ≤ high, sources and systems that exist, unique ids, shapes.
 */
gboolean
gr_scenario_check (const GrScenario *self,
                   GError          **error)
{
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  Check c = { path, error, sources };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->name == NULL || *self->name == '\0')
    {
      gr_scenario_path_enter (path, "name");
      return fail (&c, _("the scenario has no name"));
    }
  if (!check_text (&c, "name", self->name, GR_SCENARIO_MAX_STRING, TRUE)
      || !check_text (&c, "description", self->description, GR_SCENARIO_MAX_TEXT, FALSE))
    return FALSE;

  /* Sources first: the quantities refer to them. */
  return check_array (&c, "sources", self->sources, check_source_at)
         && check_sections (&c, self)
         && check_weights (&c, self);
}
