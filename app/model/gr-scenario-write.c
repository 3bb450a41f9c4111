/* gr-scenario-write.c — write a scenario as pretty, hand-editable JSON
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small emitter of our own rather than JsonGenerator: json-glib 1.6
 * prints 0.67 as 0.67000000000000004, which is no way to hand a file to a
 * person.  Numbers are written with the fewest digits that read back to the
 * same double, so load → save → load is exact.
 */

#include "config.h"

#include "gr-file-write.h"
#include "gr-scenario-io.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

typedef struct
{
  GString *out;
  guint depth;
  gboolean first;   /* nothing written yet in the open list or object */
} Writer;

static void
w_escaped (Writer     *w,
           const char *s)
{
  g_string_append_c (w->out, '"');
  for (const unsigned char *p = (const unsigned char *) s; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (w->out, "\\%c", *p);
      else if (*p == '\n')
        g_string_append (w->out, "\\n");
      else if (*p == '\t')
        g_string_append (w->out, "\\t");
      else if (*p < 0x20)
        g_string_append_printf (w->out, "\\u%04x", *p);
      else
        g_string_append_c (w->out, (char) *p);
    }
  g_string_append_c (w->out, '"');
}

static void
w_separate (Writer     *w,
            const char *key)
{
  if (w->depth > 0)
    g_string_append (w->out, w->first ? "\n" : ",\n");
  for (guint i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
  if (key != NULL)
    {
      /* Keys include system ids, which the user chooses. */
      w_escaped (w, key);
      g_string_append (w->out, ": ");
    }
  w->first = FALSE;
}

static void
w_begin (Writer     *w,
         const char *key,
         char        open)
{
  w_separate (w, key);
  g_string_append_c (w->out, open);
  w->depth++;
  w->first = TRUE;
}

static void
w_end (Writer *w,
       char    close)
{
  w->depth--;
  if (!w->first)
    {
      g_string_append_c (w->out, '\n');
      for (guint i = 0; i < w->depth; i++)
        g_string_append (w->out, "  ");
    }
  g_string_append_c (w->out, close);
  w->first = FALSE;
}

/* The shortest decimal that reads back as exactly v. */
static void
append_double (GString *out,
               double   v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (isfinite (v));

  /* Whole numbers as such: 30, not 3e+01. */
  if (v == floor (v) && fabs (v) < 1e15)
    {
      g_string_append_printf (out, "%.0f", v);
      return;
    }
  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, v);
      if (g_ascii_strtod (buf, NULL) == v)
        break;
    }
  g_string_append (out, buf);
}

static void
w_string (Writer     *w,
          const char *key,
          const char *value)
{
  if (value == NULL)
    return;
  w_separate (w, key);
  w_escaped (w, value);
}

static void
w_number (Writer     *w,
          const char *key,
          double      value)
{
  w_separate (w, key);
  append_double (w->out, value);
}

static void
w_int (Writer     *w,
       const char *key,
       int         value)
{
  w_separate (w, key);
  g_string_append_printf (w->out, "%d", value);
}

/* A bare number when there is nothing else to say, else an inline object. */
static void
append_quantity (Writer           *w,
                 const GrQuantity *q)
{
  if (isnan (q->low) && isnan (q->high) && q->source == NULL)
    {
      append_double (w->out, q->value);
      return;
    }
  g_string_append (w->out, "{ \"value\": ");
  append_double (w->out, q->value);
  if (!isnan (q->low))
    {
      g_string_append (w->out, ", \"low\": ");
      append_double (w->out, q->low);
    }
  if (!isnan (q->high))
    {
      g_string_append (w->out, ", \"high\": ");
      append_double (w->out, q->high);
    }
  if (q->source != NULL)
    {
      g_string_append (w->out, ", \"source\": ");
      w_escaped (w, q->source);
    }
  g_string_append (w->out, " }");
}

static void
w_quantity (Writer           *w,
            const char       *key,
            const GrQuantity *q)
{
  w_separate (w, key);
  append_quantity (w, q);
}

/* A number kept plain, with its range and source when it has them. */
static void
w_ranged (Writer        *w,
          const char    *key,
          double         value,
          const GrRange *range)
{
  GrQuantity q = gr_quantity_view (value, range);

  w_quantity (w, key, &q);
}

static void
w_lonlat (Writer         *w,
          const char     *key,
          const GrLonLat *p)
{
  w_separate (w, key);
  g_string_append_c (w->out, '[');
  append_double (w->out, p->lon);
  g_string_append (w->out, ", ");
  append_double (w->out, p->lat);
  g_string_append_c (w->out, ']');
}

static void
w_points (Writer       *w,
          const char   *key,
          const GArray *points)
{
  w_begin (w, key, '[');
  for (guint i = 0; i < points->len; i++)
    w_lonlat (w, NULL, &g_array_index (points, GrLonLat, i));
  w_end (w, ']');
}

#define FOREACH(type, var, array) \
  for (guint i_ = 0; i_ < (array)->len; i_++) \
    for (const type *var = &g_array_index ((array), type, i_); var; var = NULL)

static void
write_instruments (Writer           *w,
                   const GrScenario *s)
{
  w_begin (w, "guarantees", '{');
  w_begin (w, "guarantors", '[');
  FOREACH (GrGuarantor, g, s->guarantors)
    {
      w_begin (w, NULL, '{');
      w_string (w, "state", g->state);
      w_string (w, "commitment", gr_commitment_to_string (g->commitment));
      w_quantity (w, "response_days", &g->response_days);
      w_end (w, '}');
    }
  w_end (w, ']');
  w_end (w, '}');

  w_begin (w, "funding", '{');
  w_begin (w, "need", '[');
  FOREACH (GrFundingNeed, n, s->needs)
    {
      w_begin (w, NULL, '{');
      w_int (w, "year", n->year);
      w_quantity (w, "busd", &n->busd);
      w_end (w, '}');
    }
  w_end (w, ']');
  w_begin (w, "pledges", '[');
  FOREACH (GrPledge, p, s->pledges)
    {
      w_begin (w, NULL, '{');
      w_string (w, "donor", p->donor);
      w_int (w, "year", p->year);
      w_quantity (w, "busd", &p->busd);
      w_string (w, "kind", gr_pledge_kind_to_string (p->kind));
      w_string (w, "channel", gr_channel_to_string (p->channel));
      w_end (w, '}');
    }
  w_end (w, ']');
  w_end (w, '}');

  w_begin (w, "industry", '{');
  w_quantity (w, "facilities", &s->industry.facilities);
  w_quantity (w, "fpv_drones_per_month", &s->industry.fpv_drones_per_month);
  w_quantity (w, "shells_155_per_month", &s->industry.shells_155_per_month);
  w_quantity (w, "armored_vehicles_per_month", &s->industry.armored_vehicles_per_month);
  w_quantity (w, "fpv_drones_used_per_month", &s->industry.fpv_drones_used_per_month);
  w_quantity (w, "shells_155_used_per_month", &s->industry.shells_155_used_per_month);
  w_quantity (w, "armored_vehicles_lost_per_month", &s->industry.armored_vehicles_lost_per_month);
  w_quantity (w, "shells_155_stock", &s->industry.shells_155_stock);
  w_end (w, '}');

  w_begin (w, "readiness", '{');
  w_quantity (w, "trained_abroad", &s->readiness.trained_abroad);
  w_quantity (w, "trained_per_month", &s->readiness.trained_per_month);
  w_quantity (w, "separations_per_year", &s->readiness.separations_per_year);
  w_quantity (w, "reservists", &s->readiness.reservists);
  w_int (w, "start_year", s->readiness.start_year);
  w_int (w, "horizon_years", s->readiness.horizon_years);
  w_end (w, '}');

  w_begin (w, "stabilization_force", '{');
  w_separate (w, "band");
  {
    GrQuantity low = gr_quantity_view (s->force.band_low, &s->force.band_low_range);
    GrQuantity high = gr_quantity_view (s->force.band_high, &s->force.band_high_range);

    g_string_append_c (w->out, '[');
    append_quantity (w, &low);
    g_string_append (w->out, ", ");
    append_quantity (w, &high);
    g_string_append_c (w->out, ']');
  }
  w_quantity (w, "dwell_ratio", &s->force.dwell_ratio);
  w_quantity (w, "cost_per_troop_year_musd", &s->force.cost_per_troop_year_musd);
  w_quantity (w, "reach_km", &s->force.reach_km);
  w_begin (w, "deployments", '[');
  FOREACH (GrDeployment, d, s->force.deployments)
    {
      w_begin (w, NULL, '{');
      w_string (w, "id", d->id);
      w_string (w, "name", d->name);
      w_string (w, "name_uk", d->name_uk);
      w_lonlat (w, "position", &d->position);
      w_ranged (w, "troops", d->troops, &d->troops_range);
      w_string (w, "role", gr_role_to_string (d->role));
      w_string (w, "nation", d->nation);
      w_end (w, '}');
    }
  w_end (w, ']');
  w_end (w, '}');

  w_begin (w, "danish_model", '{');
  w_quantity (w, "usd_per_eur", &s->danish.usd_per_eur);
  w_begin (w, "contributions", '[');
  FOREACH (GrDanishContribution, c, s->danish.contributions)
    {
      w_begin (w, NULL, '{');
      w_string (w, "donor", c->donor);
      w_int (w, "year", c->year);
      w_quantity (w, "meur", &c->meur);
      w_quantity (w, "military_share", &c->military_share);
      w_end (w, '}');
    }
  w_end (w, ']');
  w_end (w, '}');
}

static void
write_air_defense (Writer             *w,
                   const GrAirDefense *ad)
{
  w_begin (w, "air_defense", '{');
  w_begin (w, "systems", '{');
  FOREACH (GrAirDefenseSystem, sys, ad->systems)
    {
      w_begin (w, sys->id, '{');
      w_string (w, "name", sys->name);
      w_string (w, "name_uk", sys->name_uk);
      w_quantity (w, "range_km", &sys->range_km);
      w_quantity (w, "range_ballistic_km", &sys->range_ballistic_km);
      w_quantity (w, "radar_height_m", &sys->radar_height_m);
      w_begin (w, "pk", '{');
      for (guint t = 0; t < GR_N_THREATS; t++)
        w_quantity (w, gr_threat_to_string (t), &sys->pk[t]);
      w_end (w, '}');
      w_quantity (w, "shots_per_engagement", &sys->shots_per_engagement);
      w_quantity (w, "interceptors_per_month", &sys->interceptors_per_month);
      w_quantity (w, "interceptor_cost_musd", &sys->interceptor_cost_musd);
      w_quantity (w, "battery_cost_musd", &sys->battery_cost_musd);
      w_end (w, '}');
    }
  w_end (w, '}');
  w_begin (w, "batteries", '[');
  FOREACH (GrBattery, b, ad->batteries)
    {
      w_begin (w, NULL, '{');
      w_string (w, "id", b->id);
      w_string (w, "system", b->system);
      w_lonlat (w, "position", &b->position);
      w_end (w, '}');
    }
  w_end (w, ']');
  w_begin (w, "threat", '{');
  for (guint t = 0; t < GR_N_THREATS; t++)
    {
      w_begin (w, gr_threat_to_string (t), '{');
      w_quantity (w, "per_month", &ad->threat[t].per_month);
      w_quantity (w, "altitude_m", &ad->threat[t].altitude_m);
      w_quantity (w, "unit_cost_musd", &ad->threat[t].unit_cost_musd);
      w_quantity (w, "other_kill_share", &ad->threat[t].other_kill_share);
      w_quantity (w, "other_capacity_per_month", &ad->threat[t].other_capacity_per_month);
      w_end (w, '}');
    }
  w_end (w, '}');
  w_end (w, '}');
}

static void
write_patrols (Writer           *w,
               const GrScenario *s)
{
  const GrAircraft *ac = &s->air_patrol.aircraft;
  const GrMaritime *m = &s->maritime;

  w_begin (w, "air_patrol", '{');
  w_begin (w, "aircraft", '{');
  w_quantity (w, "cruise_kmh", &ac->cruise_kmh);
  w_quantity (w, "endurance_h", &ac->endurance_h);
  w_quantity (w, "reserve_h", &ac->reserve_h);
  w_quantity (w, "turnaround_h", &ac->turnaround_h);
  w_quantity (w, "maintenance_h", &ac->maintenance_h);
  w_quantity (w, "mission_capable", &ac->mission_capable);
  w_quantity (w, "per_station", &ac->per_station);
  w_quantity (w, "qra_aircraft", &ac->qra_aircraft);
  w_end (w, '}');
  w_begin (w, "zones", '[');
  FOREACH (GrPatrolZone, z, s->air_patrol.zones)
    {
      w_begin (w, NULL, '{');
      w_string (w, "id", z->id);
      w_string (w, "name", z->name);
      w_string (w, "name_uk", z->name_uk);
      w_points (w, "polygon", z->polygon);
      w_ranged (w, "stations", z->stations, &z->stations_range);
      w_ranged (w, "aircraft_assigned", z->aircraft_assigned, &z->aircraft_assigned_range);
      w_lonlat (w, "base", &z->base);
      w_end (w, '}');
    }
  w_end (w, ']');
  w_end (w, '}');

  w_begin (w, "maritime", '{');
  w_quantity (w, "speed_knots", &m->speed_knots);
  w_quantity (w, "ships_per_convoy", &m->ships_per_convoy);
  w_quantity (w, "escorts_per_convoy", &m->escorts_per_convoy);
  w_quantity (w, "tonnes_per_ship", &m->tonnes_per_ship);
  w_quantity (w, "escorts_available", &m->escorts_available);
  w_begin (w, "routes", '[');
  FOREACH (GrRoute, r, m->routes)
    {
      w_begin (w, NULL, '{');
      w_string (w, "id", r->id);
      w_string (w, "name", r->name);
      w_string (w, "name_uk", r->name_uk);
      w_points (w, "path", r->path);
      w_quantity (w, "ships_per_month", &r->ships_per_month);
      w_end (w, '}');
    }
  w_end (w, ']');
  w_begin (w, "patrols", '[');
  FOREACH (GrMaritimePatrol, p, m->patrols)
    {
      w_begin (w, NULL, '{');
      w_string (w, "id", p->id);
      w_string (w, "name", p->name);
      w_string (w, "name_uk", p->name_uk);
      w_lonlat (w, "position", &p->position);
      w_quantity (w, "radius_km", &p->radius_km);
      w_string (w, "partner", p->partner);
      w_end (w, '}');
    }
  w_end (w, ']');
  w_end (w, '}');
}

/**
 * gr_scenario_to_data:
 * @self: a scenario
 * @length: (out) (optional): the length of the text
 *
 * The scenario as the pretty JSON of docs/scenario-format.md, every member
 * written, UTF-8, ending in a newline.
 */
char *
gr_scenario_to_data (const GrScenario *self,
                     gsize            *length)
{
  Writer w = { g_string_new (NULL), 0, TRUE };

  g_return_val_if_fail (self != NULL, NULL);

  w_begin (&w, NULL, '{');
  w_string (&w, "format", "guarantor-scenario");
  w_int (&w, "version", GR_SCENARIO_FORMAT_VERSION);
  w_string (&w, "name", self->name ? self->name : "");
  w_string (&w, "name_uk", self->name_uk);
  w_string (&w, "description", self->description);
  write_instruments (&w, self);
  write_air_defense (&w, &self->air_defense);
  write_patrols (&w, self);

  w_begin (&w, "index", '{');
  w_begin (&w, "weights", '{');
  for (guint i = 0; i < GR_N_INSTRUMENTS; i++)
    w_number (&w, gr_instrument_to_string (i), self->weights[i]);
  w_end (&w, '}');
  w_end (&w, '}');

  w_begin (&w, "sources", '[');
  FOREACH (GrSource, src, self->sources)
    {
      w_begin (&w, NULL, '{');
      w_string (&w, "id", src->id);
      w_string (&w, "title", src->title);
      w_string (&w, "url", src->url);
      w_string (&w, "date", src->date);
      w_end (&w, '}');
    }
  w_end (&w, ']');
  w_end (&w, '}');
  g_string_append_c (w.out, '\n');

  if (length != NULL)
    *length = w.out->len;
  return g_string_free (w.out, FALSE);
}

/**
 * gr_scenario_save_file:
 *
 * Checks the scenario (a file that would not load is never written), then
 * replaces @file atomically with gr_file_write_contents(): a failed save
 * leaves the old file intact and no partial file behind.
 */
gboolean
gr_scenario_save_file (const GrScenario *self,
                       GFile            *file,
                       GCancellable     *cancellable,
                       GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_basename (file);
  if (!gr_scenario_check (self, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return FALSE;
    }

  data = gr_scenario_to_data (self, &length);
  path = g_file_get_path (file);
  if (path == NULL)
    g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("Only local files can be written"));
  if (local_error != NULL
      || g_cancellable_set_error_if_cancelled (cancellable, &local_error)
      || !gr_file_write_contents (path, data, length, &local_error))
    {
      g_set_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_IO,
                   _("%s: could not save: %s"), name, local_error->message);
      return FALSE;
    }
  return TRUE;
}
