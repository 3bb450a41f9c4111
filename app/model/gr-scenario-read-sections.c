/* gr-scenario-read-sections.c — the sections of a scenario file, member by member
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Types and presence only; values are checked by gr_scenario_check().
 * Sections and members the format marks optional keep gr_scenario_new()'s
 * defaults when absent (docs/scenario-format.md lists them).
 */

#include "config.h"

#include "gr-scenario-io.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "gr-scenario-read-private.h"

#define MAX_ID GR_SCENARIO_MAX_STRING

static const char *commitment_name (guint v) { return gr_commitment_to_string (v); }
static const char *kind_name (guint v) { return gr_pledge_kind_to_string (v); }
static const char *channel_name (guint v) { return gr_channel_to_string (v); }
static const char *role_name (guint v) { return gr_role_to_string (v); }
static const char *threat_name (guint v) { return gr_threat_to_string (v); }
static const char *instrument_name (guint v) { return gr_instrument_to_string (v); }

#define READ_ENUM(r, obj, name, required, prefix, N, field)                  \
  G_STMT_START {                                                             \
    guint value_ = (guint) (field);                                          \
    if (!gr_reader_enum ((r), (obj), (name), (required), prefix##_name, (N), \
                         &value_))                                           \
      return FALSE;                                                          \
    (field) = value_;                                                        \
  } G_STMT_END

/* ---- list elements ----------------------------------------------------- */

static gboolean
read_guarantor (GrReader   *r,
                JsonObject *obj,
                gpointer    element)
{
  GrGuarantor *g = element;

  gr_quantity_init (&g->response_days, 0);
  if (!gr_reader_string (r, obj, "state", TRUE, MAX_ID, &g->state))
    return FALSE;
  READ_ENUM (r, obj, "commitment", TRUE, commitment, GR_N_COMMITMENTS, g->commitment);
  return gr_reader_quantity (r, obj, "response_days", TRUE, &g->response_days);
}

static gboolean
read_need (GrReader   *r,
           JsonObject *obj,
           gpointer    element)
{
  GrFundingNeed *n = element;

  gr_quantity_init (&n->busd, 0);
  return gr_reader_int (r, obj, "year", TRUE, &n->year)
         && gr_reader_quantity (r, obj, "busd", TRUE, &n->busd);
}

static gboolean
read_pledge (GrReader   *r,
             JsonObject *obj,
             gpointer    element)
{
  GrPledge *p = element;

  gr_quantity_init (&p->busd, 0);
  if (!gr_reader_string (r, obj, "donor", TRUE, MAX_ID, &p->donor)
      || !gr_reader_int (r, obj, "year", TRUE, &p->year)
      || !gr_reader_quantity (r, obj, "busd", TRUE, &p->busd))
    return FALSE;
  READ_ENUM (r, obj, "kind", TRUE, kind, GR_N_PLEDGE_KINDS, p->kind);
  READ_ENUM (r, obj, "channel", FALSE, channel, GR_N_CHANNELS, p->channel);
  return TRUE;
}

static gboolean
read_deployment (GrReader   *r,
                 JsonObject *obj,
                 gpointer    element)
{
  GrDeployment *d = element;

  if (!gr_reader_string (r, obj, "id", TRUE, MAX_ID, &d->id)
      || !gr_reader_string (r, obj, "name", FALSE, MAX_ID, &d->name)
      || !gr_reader_string (r, obj, "name_uk", FALSE, MAX_ID, &d->name_uk)
      || !gr_reader_lonlat (r, obj, "position", TRUE, &d->position)
      || !gr_reader_ranged (r, obj, "troops", TRUE, &d->troops, &d->troops_range)
      || !gr_reader_string (r, obj, "nation", TRUE, MAX_ID, &d->nation))
    return FALSE;
  READ_ENUM (r, obj, "role", TRUE, role, GR_N_ROLES, d->role);
  if (d->name == NULL)
    d->name = g_strdup (d->id);
  return TRUE;
}

static gboolean
read_contribution (GrReader   *r,
                   JsonObject *obj,
                   gpointer    element)
{
  GrDanishContribution *c = element;

  gr_quantity_init (&c->meur, 0);
  return gr_reader_string (r, obj, "donor", TRUE, MAX_ID, &c->donor)
         && gr_reader_int (r, obj, "year", TRUE, &c->year)
         && gr_reader_quantity (r, obj, "meur", TRUE, &c->meur)
         && gr_reader_quantity (r, obj, "military_share", TRUE, &c->military_share);
}

static gboolean
read_battery (GrReader   *r,
              JsonObject *obj,
              gpointer    element)
{
  GrBattery *b = element;

  return gr_reader_string (r, obj, "id", TRUE, MAX_ID, &b->id)
         && gr_reader_string (r, obj, "system", TRUE, MAX_ID, &b->system)
         && gr_reader_lonlat (r, obj, "position", TRUE, &b->position);
}

static gboolean
read_zone (GrReader   *r,
           JsonObject *obj,
           gpointer    element)
{
  GrPatrolZone *z = element;

  z->stations = 1;
  if (!gr_reader_string (r, obj, "id", TRUE, MAX_ID, &z->id)
      || !gr_reader_string (r, obj, "name", FALSE, MAX_ID, &z->name)
      || !gr_reader_string (r, obj, "name_uk", FALSE, MAX_ID, &z->name_uk)
      || !gr_reader_points (r, obj, "polygon", &z->polygon)
      || !gr_reader_ranged_count (r, obj, "stations", FALSE, &z->stations, &z->stations_range)
      || !gr_reader_ranged_count (r, obj, "aircraft_assigned", TRUE, &z->aircraft_assigned,
                                  &z->aircraft_assigned_range)
      || !gr_reader_lonlat (r, obj, "base", TRUE, &z->base))
    return FALSE;
  if (z->name == NULL)
    z->name = g_strdup (z->id);
  return TRUE;
}

static gboolean
read_route (GrReader   *r,
            JsonObject *obj,
            gpointer    element)
{
  GrRoute *route = element;

  gr_quantity_init (&route->ships_per_month, 0);
  if (!gr_reader_string (r, obj, "id", TRUE, MAX_ID, &route->id)
      || !gr_reader_string (r, obj, "name", FALSE, MAX_ID, &route->name)
      || !gr_reader_string (r, obj, "name_uk", FALSE, MAX_ID, &route->name_uk)
      || !gr_reader_points (r, obj, "path", &route->path)
      || !gr_reader_quantity (r, obj, "ships_per_month", FALSE, &route->ships_per_month))
    return FALSE;
  if (route->name == NULL)
    route->name = g_strdup (route->id);
  return TRUE;
}

static gboolean
read_patrol (GrReader   *r,
             JsonObject *obj,
             gpointer    element)
{
  GrMaritimePatrol *p = element;

  gr_quantity_init (&p->radius_km, 0);
  if (!gr_reader_string (r, obj, "id", TRUE, MAX_ID, &p->id)
      || !gr_reader_string (r, obj, "name", FALSE, MAX_ID, &p->name)
      || !gr_reader_string (r, obj, "name_uk", FALSE, MAX_ID, &p->name_uk)
      || !gr_reader_lonlat (r, obj, "position", TRUE, &p->position)
      || !gr_reader_quantity (r, obj, "radius_km", TRUE, &p->radius_km)
      || !gr_reader_string (r, obj, "partner", TRUE, MAX_ID, &p->partner))
    return FALSE;
  if (p->name == NULL)
    p->name = g_strdup (p->id);
  return TRUE;
}

gboolean
gr_reader_source (GrReader   *r,
                  JsonObject *obj,
                  gpointer    element)
{
  GrSource *s = element;

  return gr_reader_string (r, obj, "id", TRUE, MAX_ID, &s->id)
         && gr_reader_string (r, obj, "title", TRUE, MAX_ID, &s->title)
         && gr_reader_string (r, obj, "url", FALSE, MAX_ID, &s->url)
         && gr_reader_string (r, obj, "date", FALSE, MAX_ID, &s->date);
}

/* ---- sections ---------------------------------------------------------- */

static gboolean
read_band_end (GrReader  *r,
               JsonArray *band,
               guint      index,
               double    *value,
               GrRange   *range)
{
  gsize mark = gr_scenario_path_enter_index (r->path, index);
  GrQuantity q;
  gboolean ok;

  gr_quantity_init (&q, *value);
  ok = gr_reader_node_quantity (r, json_array_get_element (band, index), &q);
  if (ok)
    {
      *value = gr_range_take (range, &q);
      gr_scenario_path_leave (r->path, mark);
    }
  gr_quantity_clear (&q);
  return ok;
}

/* An optional section: *obj NULL when absent, the path inside it otherwise. */
static gboolean
enter_section (GrReader    *r,
               JsonObject  *parent,
               const char  *name,
               JsonObject **obj,
               gsize       *mark)
{
  if (!gr_reader_object (r, parent, name, obj))
    return FALSE;
  *mark = gr_scenario_path_enter (r->path, name);
  return TRUE;
}

static gboolean
read_system (GrReader           *r,
             JsonObject         *obj,
             GrAirDefenseSystem *s)
{
  JsonObject *pk = NULL;
  gsize mark = 0;

  gr_quantity_init (&s->range_km, 0);
  gr_quantity_init (&s->range_ballistic_km, 0);
  gr_quantity_init (&s->radar_height_m, 10);
  for (guint t = 0; t < GR_N_THREATS; t++)
    gr_quantity_init (&s->pk[t], 0);
  gr_quantity_init (&s->shots_per_engagement, 2);
  gr_quantity_init (&s->interceptors_per_month, 0);
  gr_quantity_init (&s->interceptor_cost_musd, 0);
  gr_quantity_init (&s->battery_cost_musd, 0);

  if (!gr_reader_string (r, obj, "name", FALSE, MAX_ID, &s->name)
      || !gr_reader_string (r, obj, "name_uk", FALSE, MAX_ID, &s->name_uk)
      || !gr_reader_quantity (r, obj, "range_km", TRUE, &s->range_km)
      || !gr_reader_quantity (r, obj, "range_ballistic_km", FALSE, &s->range_ballistic_km)
      || !gr_reader_quantity (r, obj, "radar_height_m", FALSE, &s->radar_height_m))
    return FALSE;
  if (gr_reader_member (r, obj, "pk", TRUE) == NULL || !enter_section (r, obj, "pk", &pk, &mark))
    return FALSE;
  for (guint t = 0; t < GR_N_THREATS; t++)
    if (!gr_reader_quantity (r, pk, gr_threat_to_string (t), TRUE, &s->pk[t]))
      return FALSE;
  gr_scenario_path_leave (r->path, mark);
  if (!gr_reader_quantity (r, obj, "shots_per_engagement", FALSE, &s->shots_per_engagement)
      || !gr_reader_quantity (r, obj, "interceptors_per_month", TRUE, &s->interceptors_per_month)
      || !gr_reader_quantity (r, obj, "interceptor_cost_musd", FALSE, &s->interceptor_cost_musd)
      || !gr_reader_quantity (r, obj, "battery_cost_musd", FALSE, &s->battery_cost_musd))
    return FALSE;
  if (s->name == NULL)
    s->name = g_strdup (s->id);
  return TRUE;
}

/* "systems": { "patriot": { … }, … } — keyed by id, in file order. */
static gboolean
read_systems (GrReader   *r,
              JsonObject *air_defense,
              GArray     *systems)
{
  JsonObject *obj = NULL;
  g_autoptr(GList) names = NULL;
  gsize mark = 0;

  if (!enter_section (r, air_defense, "systems", &obj, &mark))
    return FALSE;
  if (obj != NULL)
    names = json_object_get_members (obj);
  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *id = l->data;
      JsonNode *node = json_object_get_member (obj, id);
      GrAirDefenseSystem *s;
      gsize item = gr_scenario_path_enter (r->path, id);

      if (!g_utf8_validate (id, -1, NULL))
        return gr_scenario_path_fail (r->path, r->error, GR_SCENARIO_ERROR_INVALID,
                                      _("the id is not valid Unicode (a lone surrogate escape?)"));
      if (strlen (id) > MAX_ID)
        return gr_scenario_path_fail (r->path, r->error, GR_SCENARIO_ERROR_TOO_LARGE,
                                      _("the id is longer than %d bytes"), MAX_ID);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return gr_scenario_path_fail (r->path, r->error, GR_SCENARIO_ERROR_INVALID,
                                      _("expected an object describing the system"));
      g_array_set_size (systems, systems->len + 1);
      s = &g_array_index (systems, GrAirDefenseSystem, systems->len - 1);
      s->id = g_strdup (id);
      if (!read_system (r, json_node_get_object (node), s))
        return FALSE;
      gr_scenario_path_leave (r->path, item);
    }
  gr_scenario_path_leave (r->path, mark);
  return TRUE;
}

static gboolean
read_threats (GrReader     *r,
              JsonObject   *air_defense,
              GrAirDefense *ad)
{
  JsonObject *threat = NULL;
  gsize mark = 0;

  if (!enter_section (r, air_defense, "threat", &threat, &mark))
    return FALSE;
  /* Strict names: "drones" for "drone" would otherwise mean no threat. */
  if (threat != NULL)
    {
      g_autoptr(GList) names = json_object_get_members (threat);

      for (GList *l = names; l != NULL; l = l->next)
        {
          GrThreatClass cls;

          if (!gr_threat_from_string (l->data, &cls))
            {
              gr_scenario_path_enter (r->path, l->data);
              return gr_scenario_path_fail (r->path, r->error, GR_SCENARIO_ERROR_INVALID,
                                            _("not a threat class; the classes are “drone”, "
                                              "“cruise” and “ballistic”"));
            }
        }
    }
  for (guint t = 0; t < GR_N_THREATS && threat != NULL; t++)
    {
      JsonObject *cls = NULL;
      GrThreat *th = &ad->threat[t];
      gsize inner = 0;

      if (!enter_section (r, threat, threat_name (t), &cls, &inner))
        return FALSE;
      if (cls != NULL
          && (!gr_reader_quantity (r, cls, "per_month", FALSE, &th->per_month)
              || !gr_reader_quantity (r, cls, "altitude_m", FALSE, &th->altitude_m)
              || !gr_reader_quantity (r, cls, "unit_cost_musd", FALSE, &th->unit_cost_musd)
              || !gr_reader_quantity (r, cls, "other_kill_share", FALSE, &th->other_kill_share)
              || !gr_reader_quantity (r, cls, "other_capacity_per_month", FALSE,
                                      &th->other_capacity_per_month)))
        return FALSE;
      /* Version 1 had no capacity: its share was uncapped, so the
       * capacity that reproduces it is the share of every launch. */
      if (cls != NULL && r->version < 2
          && json_object_get_member (cls, "other_capacity_per_month") == NULL)
        gr_quantity_set (&th->other_capacity_per_month,
                         th->other_kill_share.value * th->per_month.value, NAN, NAN,
                         th->other_kill_share.source);
      gr_scenario_path_leave (r->path, inner);
    }
  gr_scenario_path_leave (r->path, mark);
  return TRUE;
}

/* "index": { "weights": { "air_defense": 0.2, … } }: unlike elsewhere, an
 * unknown name is an error, since a misspelt weight would silently vanish. */
static gboolean
read_weights (GrReader   *r,
              JsonObject *root,
              double     *weights)
{
  JsonObject *index = NULL, *obj = NULL;
  g_autoptr(GList) names = NULL;
  gsize mark = 0, inner = 0;

  if (!enter_section (r, root, "index", &index, &mark)
      || !enter_section (r, index, "weights", &obj, &inner))
    return FALSE;
  if (obj != NULL)
    names = json_object_get_members (obj);
  for (GList *l = names; l != NULL; l = l->next)
    {
      GrInstrument instrument;

      if (!gr_instrument_from_string (l->data, &instrument))
        {
          g_autoptr(GString) choices = g_string_new (NULL);

          for (guint i = 0; i < GR_N_INSTRUMENTS; i++)
            g_string_append_printf (choices, "%s“%s”", i ? ", " : "", instrument_name (i));
          gr_scenario_path_enter (r->path, l->data);
          return gr_scenario_path_fail (r->path, r->error, GR_SCENARIO_ERROR_INVALID,
                                        _("not an instrument; the instruments are %s"),
                                        choices->str);
        }
      if (!gr_reader_number (r, obj, l->data, TRUE, &weights[instrument]))
        return FALSE;
    }
  gr_scenario_path_leave (r->path, mark);
  return TRUE;
}

gboolean
gr_reader_sections (GrReader   *r,
                    JsonObject *root,
                    GrScenario *self)
{
  JsonObject *obj = NULL, *inner = NULL;
  gsize mark = 0, mark2 = 0;
  GrQuantity *q;

  if (!enter_section (r, root, "guarantees", &obj, &mark)
      || !gr_reader_elements (r, obj, "guarantors", self->guarantors, read_guarantor))
    return FALSE;
  gr_scenario_path_leave (r->path, mark);

  if (!enter_section (r, root, "funding", &obj, &mark)
      || !gr_reader_elements (r, obj, "need", self->needs, read_need)
      || !gr_reader_elements (r, obj, "pledges", self->pledges, read_pledge))
    return FALSE;
  gr_scenario_path_leave (r->path, mark);

  if (!enter_section (r, root, "industry", &obj, &mark))
    return FALSE;
  q = (GrQuantity *) &self->industry;
  {
    static const char * const names[] = {
      "facilities", "fpv_drones_per_month", "shells_155_per_month",
      "armored_vehicles_per_month", "fpv_drones_used_per_month",
      "shells_155_used_per_month", "armored_vehicles_lost_per_month", "shells_155_stock",
    };
    G_STATIC_ASSERT (G_N_ELEMENTS (names) * sizeof (GrQuantity) == sizeof (GrIndustry));
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      if (!gr_reader_quantity (r, obj, names[i], FALSE, &q[i]))
        return FALSE;
  }
  gr_scenario_path_leave (r->path, mark);

  if (!enter_section (r, root, "readiness", &obj, &mark)
      || !gr_reader_quantity (r, obj, "trained_abroad", FALSE, &self->readiness.trained_abroad)
      || !gr_reader_quantity (r, obj, "trained_per_month", FALSE, &self->readiness.trained_per_month)
      || !gr_reader_quantity (r, obj, "separations_per_year", FALSE,
                              &self->readiness.separations_per_year)
      || !gr_reader_quantity (r, obj, "reservists", FALSE, &self->readiness.reservists)
      || !gr_reader_int (r, obj, "start_year", FALSE, &self->readiness.start_year)
      || !gr_reader_int (r, obj, "horizon_years", FALSE, &self->readiness.horizon_years))
    return FALSE;
  gr_scenario_path_leave (r->path, mark);

  if (!enter_section (r, root, "stabilization_force", &obj, &mark))
    return FALSE;
  {
    JsonArray *band = NULL;

    if (!gr_reader_array (r, obj, "band", FALSE, 2, &band))
      return FALSE;
    if (band != NULL)
      {
        gsize at_band = gr_scenario_path_enter (r->path, "band");

        if (json_array_get_length (band) != 2)
          return gr_scenario_path_fail (r->path, r->error, GR_SCENARIO_ERROR_INVALID,
                                        _("expected a [low, high] pair of troop numbers"));
        /* Each end a number or a quantity: a reported plan has a source. */
        if (!read_band_end (r, band, 0, &self->force.band_low, &self->force.band_low_range)
            || !read_band_end (r, band, 1, &self->force.band_high, &self->force.band_high_range))
          return FALSE;
        gr_scenario_path_leave (r->path, at_band);
      }
  }
  if (!gr_reader_quantity (r, obj, "dwell_ratio", FALSE, &self->force.dwell_ratio)
      || !gr_reader_quantity (r, obj, "cost_per_troop_year_musd", FALSE,
                              &self->force.cost_per_troop_year_musd)
      || !gr_reader_quantity (r, obj, "reach_km", FALSE, &self->force.reach_km)
      || !gr_reader_elements (r, obj, "deployments", self->force.deployments, read_deployment))
    return FALSE;
  gr_scenario_path_leave (r->path, mark);

  if (!enter_section (r, root, "danish_model", &obj, &mark)
      || !gr_reader_quantity (r, obj, "usd_per_eur", FALSE, &self->danish.usd_per_eur)
      || !gr_reader_elements (r, obj, "contributions", self->danish.contributions,
                              read_contribution))
    return FALSE;
  gr_scenario_path_leave (r->path, mark);

  if (!enter_section (r, root, "air_defense", &obj, &mark)
      || (obj != NULL && !read_systems (r, obj, self->air_defense.systems))
      || !gr_reader_elements (r, obj, "batteries", self->air_defense.batteries, read_battery)
      || (obj != NULL && !read_threats (r, obj, &self->air_defense)))
    return FALSE;
  gr_scenario_path_leave (r->path, mark);

  if (!enter_section (r, root, "air_patrol", &obj, &mark))
    return FALSE;
  if (obj != NULL)
    {
      if (!enter_section (r, obj, "aircraft", &inner, &mark2))
        return FALSE;
      q = (GrQuantity *) &self->air_patrol.aircraft;
      {
        static const char * const names[] = {
          "cruise_kmh", "endurance_h", "reserve_h", "turnaround_h", "maintenance_h",
          "mission_capable", "per_station", "qra_aircraft",
        };
        G_STATIC_ASSERT (G_N_ELEMENTS (names) * sizeof (GrQuantity) == sizeof (GrAircraft));
        for (guint i = 0; i < G_N_ELEMENTS (names); i++)
          if (!gr_reader_quantity (r, inner, names[i], FALSE, &q[i]))
            return FALSE;
      }
      gr_scenario_path_leave (r->path, mark2);
    }
  if (!gr_reader_elements (r, obj, "zones", self->air_patrol.zones, read_zone))
    return FALSE;
  gr_scenario_path_leave (r->path, mark);

  if (!enter_section (r, root, "maritime", &obj, &mark)
      || !gr_reader_quantity (r, obj, "speed_knots", FALSE, &self->maritime.speed_knots)
      || !gr_reader_quantity (r, obj, "ships_per_convoy", FALSE, &self->maritime.ships_per_convoy)
      || !gr_reader_quantity (r, obj, "escorts_per_convoy", FALSE,
                              &self->maritime.escorts_per_convoy)
      || !gr_reader_quantity (r, obj, "tonnes_per_ship", FALSE, &self->maritime.tonnes_per_ship)
      || !gr_reader_quantity (r, obj, "escorts_available", FALSE, &self->maritime.escorts_available)
      || !gr_reader_elements (r, obj, "routes", self->maritime.routes, read_route)
      || !gr_reader_elements (r, obj, "patrols", self->maritime.patrols, read_patrol))
    return FALSE;
  gr_scenario_path_leave (r->path, mark);

  return read_weights (r, root, self->weights)
         && gr_reader_elements (r, root, "sources", self->sources, gr_reader_source);
}
