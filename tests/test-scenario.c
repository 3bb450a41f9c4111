/* test-scenario.c — the scenario value type: copy is deep, equality is exact
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gr-scenario-io.h"
#include "gr-scenario-limits.h"
#include "gr-scenario.h"

static GrLonLat
lonlat (double lon,
        double lat)
{
  return (GrLonLat) { lon, lat };
}

/* A scenario with at least one element in every array and a ranged,
 * sourced quantity in each kind of place. */
static GrScenario *
make_scenario (void)
{
  GrScenario *s = gr_scenario_new ();
  GrGuarantor g = { g_strdup ("GB"), GR_COMMITMENT_CONSULTATIVE, { 3, 2, 5, NULL } };
  GrFundingNeed need = { 2026, { 120, NAN, NAN, NULL } };
  GrPledge pledge = { g_strdup ("DE"), 2026, { 9, NAN, NAN, NULL },
                      GR_PLEDGE_ALLOCATION, GR_CHANNEL_BILATERAL };
  GrDeployment d = { g_strdup ("lviv"), g_strdup ("Lviv training"), lonlat (24.03, 49.84),
                     3000, GR_ROLE_TRAINING, g_strdup ("FR") };
  GrDanishContribution c = { g_strdup ("DK"), 2024, { 600, NAN, NAN, NULL }, { 0.67, NAN, NAN, NULL } };
  GrAirDefenseSystem sys = { 0 };
  GrBattery b = { g_strdup ("kyiv-1"), g_strdup ("patriot"), lonlat (30.52, 50.45) };
  GrPatrolZone z = { g_strdup ("west"), g_strdup ("Western Ukraine"), g_array_new (FALSE, FALSE, sizeof (GrLonLat)),
                     2, 24, lonlat (22.0, 50.1) };
  GrRoute r = { g_strdup ("corridor"), g_strdup ("Grain corridor"), g_array_new (FALSE, FALSE, sizeof (GrLonLat)),
                { 198, NAN, NAN, NULL } };
  GrMaritimePatrol p = { g_strdup ("tr"), g_strdup ("Turkish patrol"), lonlat (29.5, 41.5),
                         { 50, NAN, NAN, NULL }, g_strdup ("TR") };
  GrSource src = { g_strdup ("article"), g_strdup ("What could security guarantees look like?"),
                   NULL, g_strdup ("2025") };
  GrLonLat pts[] = { { 22, 48 }, { 26, 48 }, { 26, 51 } };

  g_free (s->name);
  s->name = g_strdup ("Test");
  gr_quantity_set (&g.response_days, 3, 2, 5, "article");
  g_array_append_val (s->guarantors, g);
  g_array_append_val (s->needs, need);
  g_array_append_val (s->pledges, pledge);
  g_array_append_val (s->force.deployments, d);
  g_array_append_val (s->danish.contributions, c);

  sys.id = g_strdup ("patriot");
  sys.name = g_strdup ("Patriot");
  gr_quantity_init (&sys.range_km, 100);
  gr_quantity_set (&sys.range_km, 100, 68, 160, "press");
  gr_quantity_init (&sys.range_ballistic_km, 50);
  gr_quantity_init (&sys.radar_height_m, 10);
  for (guint t = 0; t < GR_N_THREATS; t++)
    gr_quantity_init (&sys.pk[t], 0.8);
  gr_quantity_init (&sys.shots_per_engagement, 2);
  gr_quantity_init (&sys.interceptors_per_month, 20);
  gr_quantity_init (&sys.interceptor_cost_musd, 4.5);
  gr_quantity_init (&sys.battery_cost_musd, 1100);
  g_array_append_val (s->air_defense.systems, sys);
  g_array_append_val (s->air_defense.batteries, b);

  g_array_append_vals (z.polygon, pts, G_N_ELEMENTS (pts));
  g_array_append_val (s->air_patrol.zones, z);
  g_array_append_vals (r.path, pts, 2);
  g_array_append_val (s->maritime.routes, r);
  g_array_append_val (s->maritime.patrols, p);
  g_array_append_val (s->sources, src);

  gr_quantity_set (&s->air_defense.threat[GR_THREAT_DRONE].per_month, 1000, 1000, 6250, "article");
  gr_quantity_set (&s->industry.facilities, 300, NAN, NAN, "article");
  return s;
}

static void
test_new (void)
{
  g_autoptr(GrScenario) s = gr_scenario_new ();
  double sum = 0;

  g_assert_nonnull (s->sources);
  g_assert_cmpuint (s->air_defense.batteries->len, ==, 0);
  g_assert_true (isnan (s->industry.facilities.low));
  g_assert_true (isnan (s->industry.facilities.high));
  g_assert_null (s->industry.facilities.source);
  g_assert_false (gr_quantity_has_range (&s->force.dwell_ratio));
  /* The default weights are a proposal that sums to one. */
  for (guint i = 0; i < GR_N_INSTRUMENTS; i++)
    sum += s->weights[i];
  g_assert_cmpfloat_with_epsilon (sum, 1.0, 1e-12);
  /* An empty scenario equals another empty one: NAN ranges compare equal. */
  {
    g_autoptr(GrScenario) t = gr_scenario_new ();
    g_assert_true (gr_scenario_equal (s, t));
  }
}

static void
test_copy_equal (void)
{
  g_autoptr(GrScenario) s = make_scenario ();
  g_autoptr(GrScenario) c = gr_scenario_copy (s);

  g_assert_true (gr_scenario_equal (s, c));
  g_assert_true (gr_scenario_equal (c, s));

  /* Independent: strings and arrays are not shared. */
  g_assert_true (c->name != s->name);
  g_assert_true (c->air_patrol.zones != s->air_patrol.zones);
  g_assert_true (g_array_index (c->air_patrol.zones, GrPatrolZone, 0).polygon
                 != g_array_index (s->air_patrol.zones, GrPatrolZone, 0).polygon);
  g_assert_true (c->industry.facilities.source != s->industry.facilities.source);

  /* Freeing the original leaves the copy intact (valgrind/ASan check this). */
  g_clear_pointer (&s, gr_scenario_free);
  g_assert_cmpstr (g_array_index (c->sources, GrSource, 0).id, ==, "article");
  g_assert_cmpstr (c->industry.facilities.source, ==, "article");
}

typedef void (*Mutate) (GrScenario *s);

static void mutate_name (GrScenario *s) { g_free (s->name); s->name = g_strdup ("Other"); }
static void mutate_weight (GrScenario *s) { s->weights[GR_INSTRUMENT_MARITIME] += 0.01; }
static void mutate_range (GrScenario *s) { s->industry.facilities.low = 250; }
static void mutate_source (GrScenario *s) { gr_quantity_set (&s->air_defense.threat[0].per_month, 1000, 1000, 6250, NULL); }
static void mutate_polygon (GrScenario *s) { g_array_index (g_array_index (s->air_patrol.zones, GrPatrolZone, 0).polygon, GrLonLat, 2).lat += 1e-9; }
static void mutate_path_len (GrScenario *s) { g_array_set_size (g_array_index (s->maritime.routes, GrRoute, 0).path, 1); }
static void mutate_battery (GrScenario *s) { g_array_remove_index (s->air_defense.batteries, 0); }
static void mutate_pk (GrScenario *s) { g_array_index (s->air_defense.systems, GrAirDefenseSystem, 0).pk[GR_THREAT_BALLISTIC].value = 0.5; }
static void mutate_role (GrScenario *s) { g_array_index (s->force.deployments, GrDeployment, 0).role = GR_ROLE_BORDER; }
static void mutate_channel (GrScenario *s) { g_array_index (s->pledges, GrPledge, 0).channel = GR_CHANNEL_EU; }
static void mutate_url (GrScenario *s) { g_array_index (s->sources, GrSource, 0).url = g_strdup ("https://example.org"); }
static void mutate_horizon (GrScenario *s) { s->readiness.horizon_years = 7; }
static void mutate_escorts (GrScenario *s) { s->maritime.escorts_available.value = 4; }
static void mutate_share (GrScenario *s) { g_array_index (s->danish.contributions, GrDanishContribution, 0).military_share.value = 0.5; }

static void
test_mutation (gconstpointer data)
{
  Mutate mutate = (Mutate) data;
  g_autoptr(GrScenario) s = make_scenario ();
  g_autoptr(GrScenario) c = gr_scenario_copy (s);

  mutate (c);
  g_assert_false (gr_scenario_equal (s, c));
  g_assert_false (gr_scenario_equal (c, s));
}

static void
test_find_system (void)
{
  g_autoptr(GrScenario) s = make_scenario ();

  g_assert_nonnull (gr_scenario_find_system (s, "patriot"));
  g_assert_cmpstr (gr_scenario_find_system (s, "patriot")->name, ==, "Patriot");
  g_assert_null (gr_scenario_find_system (s, "nasams"));
  g_assert_null (gr_scenario_find_system (s, NULL));
}

static void
test_strings (void)
{
  GrRole role;
  GrInstrument instrument;
  GrChannel channel;
  GrThreatClass threat;
  GrCommitment commitment;
  GrPledgeKind kind;

  /* Every value by the name the scenario format (docs/scenario-format.md)
   * gives it: the names are generated from the header, and a file written
   * by an earlier version must still read. */
  static const char * const instruments[] = {
    "guarantees", "funding", "industry", "presence", "danish_model", "air_defense", "maritime",
    "readiness",
  };
  static const char * const roles[] = { "training", "border", "reserve", "air", "naval" };
  static const char * const commitments[] = { "automatic", "consultative", "assistance" };
  static const char * const threats[] = { "drone", "cruise", "ballistic" };
  static const char * const kinds[] = { "commitment", "allocation" };
  static const char * const channels[] = { "bilateral", "danish-model", "eu", "other" };

  g_assert_cmpuint (G_N_ELEMENTS (instruments), ==, GR_N_INSTRUMENTS);
  g_assert_cmpuint (G_N_ELEMENTS (roles), ==, GR_N_ROLES);
  g_assert_cmpuint (G_N_ELEMENTS (commitments), ==, GR_N_COMMITMENTS);
  g_assert_cmpuint (G_N_ELEMENTS (threats), ==, GR_N_THREATS);
  g_assert_cmpuint (G_N_ELEMENTS (kinds), ==, GR_N_PLEDGE_KINDS);
  g_assert_cmpuint (G_N_ELEMENTS (channels), ==, GR_N_CHANNELS);
  for (guint i = 0; i < GR_N_INSTRUMENTS; i++)
    g_assert_cmpstr (gr_instrument_to_string (i), ==, instruments[i]);
  for (guint i = 0; i < GR_N_ROLES; i++)
    g_assert_cmpstr (gr_role_to_string (i), ==, roles[i]);
  for (guint i = 0; i < GR_N_COMMITMENTS; i++)
    g_assert_cmpstr (gr_commitment_to_string (i), ==, commitments[i]);
  for (guint i = 0; i < GR_N_THREATS; i++)
    g_assert_cmpstr (gr_threat_to_string (i), ==, threats[i]);
  for (guint i = 0; i < GR_N_PLEDGE_KINDS; i++)
    g_assert_cmpstr (gr_pledge_kind_to_string (i), ==, kinds[i]);
  for (guint i = 0; i < GR_N_CHANNELS; i++)
    g_assert_cmpstr (gr_channel_to_string (i), ==, channels[i]);

  /* Every name maps back to its value. */
  for (guint i = 0; i < GR_N_ROLES; i++)
    {
      g_assert_true (gr_role_from_string (gr_role_to_string (i), &role));
      g_assert_cmpint (role, ==, i);
    }
  for (guint i = 0; i < GR_N_INSTRUMENTS; i++)
    {
      g_assert_true (gr_instrument_from_string (gr_instrument_to_string (i), &instrument));
      g_assert_cmpint (instrument, ==, i);
    }
  for (guint i = 0; i < GR_N_CHANNELS; i++)
    {
      g_assert_true (gr_channel_from_string (gr_channel_to_string (i), &channel));
      g_assert_cmpint (channel, ==, i);
    }
  for (guint i = 0; i < GR_N_THREATS; i++)
    {
      g_assert_true (gr_threat_from_string (gr_threat_to_string (i), &threat));
      g_assert_cmpint (threat, ==, i);
    }
  for (guint i = 0; i < GR_N_COMMITMENTS; i++)
    {
      g_assert_true (gr_commitment_from_string (gr_commitment_to_string (i), &commitment));
      g_assert_cmpint (commitment, ==, i);
    }
  for (guint i = 0; i < GR_N_PLEDGE_KINDS; i++)
    {
      g_assert_true (gr_pledge_kind_from_string (gr_pledge_kind_to_string (i), &kind));
      g_assert_cmpint (kind, ==, i);
    }
  g_assert_false (gr_role_from_string ("garrison", &role));
  g_assert_false (gr_role_from_string (NULL, &role));
  g_assert_false (gr_channel_from_string ("Danish-Model", &channel));
}

static void
test_find_source (void)
{
  g_autoptr(GrScenario) scenario = gr_scenario_new ();
  GrSource sources[2] = {
    { g_strdup ("kiel"), g_strdup ("Kiel tracker"), NULL, NULL },
    { g_strdup ("rand"), g_strdup ("RAND"), NULL, NULL },
  };

  g_assert_null (gr_scenario_find_source (scenario, "kiel"));
  if (scenario->sources == NULL)
    scenario->sources = g_array_new (FALSE, TRUE, sizeof (GrSource));
  g_array_append_vals (scenario->sources, sources, 2);
  g_assert_cmpstr (gr_scenario_find_source (scenario, "rand")->title, ==, "RAND");
  g_assert_cmpstr (gr_scenario_find_source (scenario, "kiel")->title, ==, "Kiel tracker");
  g_assert_null (gr_scenario_find_source (scenario, "csis"));
  g_assert_null (gr_scenario_find_source (scenario, NULL));
}

/* One table bounds a number for the checker and the levers: each range is
 * ordered, its typical part inside it, and the checker takes the bound
 * and refuses beyond it (a training rate: up to ten million a month). */
static void
test_limits (void)
{
  g_autoptr(GrScenario) s = gr_scenario_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < GR_N_LIMITS; i++)
    {
      const GrLimit *limit = gr_limit (i);

      g_assert_true (isfinite (limit->min) && isfinite (limit->max));
      g_assert_cmpfloat (limit->min, <=, limit->typical_min);
      g_assert_cmpfloat (limit->typical_min, <, limit->typical_max);
      g_assert_cmpfloat (limit->typical_max, <=, limit->max);
    }

  g_free (s->name);
  s->name = g_strdup ("Limits");
  gr_quantity_init (&s->readiness.trained_per_month, 1e7);
  g_assert_true (gr_scenario_check (s, &error));
  g_assert_no_error (error);
  s->readiness.trained_per_month.value = 1.001e7;
  g_assert_false (gr_scenario_check (s, &error));
  g_assert_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "readiness.trained_per_month"));
}

int
main (int   argc,
      char *argv[])
{
  static const struct { const char *name; Mutate mutate; } mutations[] = {
    { "name", mutate_name }, { "weight", mutate_weight }, { "range", mutate_range },
    { "source", mutate_source }, { "polygon", mutate_polygon }, { "path-length", mutate_path_len },
    { "battery", mutate_battery }, { "pk", mutate_pk }, { "role", mutate_role },
    { "channel", mutate_channel }, { "url", mutate_url }, { "horizon", mutate_horizon },
    { "escorts", mutate_escorts }, { "share", mutate_share },
  };

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/model/scenario/new", test_new);
  g_test_add_func ("/model/scenario/copy-equal", test_copy_equal);
  for (guint i = 0; i < G_N_ELEMENTS (mutations); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/scenario/not-equal/%s", mutations[i].name);
      g_test_add_data_func (path, (gconstpointer) mutations[i].mutate, test_mutation);
    }
  g_test_add_func ("/model/scenario/find-system", test_find_system);
  g_test_add_func ("/model/scenario/find-source", test_find_source);
  g_test_add_func ("/model/scenario/strings", test_strings);
  g_test_add_func ("/model/scenario/limits", test_limits);

  return g_test_run ();
}
