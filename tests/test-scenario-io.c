/* test-scenario-io.c — scenario files: bundled ones load, bad ones are refused
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include <json-glib/json-glib.h>

#include "gr-metrics.h"
#include "gr-scenario-io.h"

#include "tmp-dir.h"

static char *baseline_text;

static char *
bundled_text (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "scenarios",
                                                 name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* ---- bundled scenarios ------------------------------------------------- */

static void
test_bundled_list (void)
{
  g_auto(GStrv) names = gr_scenario_list_bundled ();

  g_assert_cmpuint (g_strv_length (names), ==, 3);
  g_assert_cmpstr (names[0], ==, "baseline");
  g_assert_cmpstr (names[1], ==, "observed-2025");
  g_assert_cmpstr (names[2], ==, "reinforced");
}

static void
test_bundled_load (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) s = gr_scenario_load_bundled (name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (s);
  g_assert_true (gr_scenario_check (s, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (s->sources->len, >, 5);
  g_assert_cmpuint (s->air_defense.systems->len, ==, 4);
  g_assert_cmpuint (s->air_defense.batteries->len, >=, 10);
  g_assert_cmpuint (s->maritime.routes->len, >=, 1);
  g_assert_cmpuint (s->air_patrol.zones->len, ==, 2);

  /* Every battery names a system the scenario defines (check() enforces
   * it; this makes the test fail if the rule were dropped). */
  for (guint i = 0; i < s->air_defense.batteries->len; i++)
    g_assert_nonnull (gr_scenario_find_system (s, g_array_index (s->air_defense.batteries,
                                                                 GrBattery, i).system));
}

static void
test_baseline_figures (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) s = gr_scenario_load_bundled ("baseline", &error);
  const GrThreat *t;
  double troops = 0;

  g_assert_no_error (error);
  t = s->air_defense.threat;
  /* The article: 1,000 drones and about 300 missiles a month. */
  g_assert_cmpfloat (t[GR_THREAT_DRONE].per_month.value, ==, 1000);
  g_assert_cmpfloat (t[GR_THREAT_CRUISE].per_month.value + t[GR_THREAT_BALLISTIC].per_month.value,
                     ==, 300);
  g_assert_cmpstr (t[GR_THREAT_DRONE].per_month.source, ==, "article");
  /* $120B of need in 2026, 120,000 trained abroad, 300 facilities. */
  g_assert_cmpint (g_array_index (s->needs, GrFundingNeed, 0).year, ==, 2026);
  g_assert_cmpfloat (g_array_index (s->needs, GrFundingNeed, 0).busd.value, ==, 120);
  g_assert_cmpfloat (s->readiness.trained_abroad.value, ==, 120000);
  g_assert_cmpfloat (s->industry.facilities.value, ==, 300);
  /* The stabilisation force inside its 10,000–15,000 band. */
  g_assert_cmpfloat (s->force.band_low, ==, 10000);
  g_assert_cmpfloat (s->force.band_high, ==, 15000);
  for (guint i = 0; i < s->force.deployments->len; i++)
    troops += g_array_index (s->force.deployments, GrDeployment, i).troops;
  g_assert_cmpfloat (troops, >=, 10000);
  g_assert_cmpfloat (troops, <=, 15000);
  /* Every name but the systems' (product names) has a Ukrainian form. */
  g_assert_cmpstr (s->name_uk, ==, "Базовий сценарій статті");
  for (guint i = 0; i < s->force.deployments->len; i++)
    g_assert_nonnull (g_array_index (s->force.deployments, GrDeployment, i).name_uk);
  for (guint i = 0; i < s->air_patrol.zones->len; i++)
    g_assert_nonnull (g_array_index (s->air_patrol.zones, GrPatrolZone, i).name_uk);
  for (guint i = 0; i < s->maritime.routes->len; i++)
    g_assert_nonnull (g_array_index (s->maritime.routes, GrRoute, i).name_uk);
  for (guint i = 0; i < s->maritime.patrols->len; i++)
    g_assert_nonnull (g_array_index (s->maritime.patrols, GrMaritimePatrol, i).name_uk);
  /* Danish fund 2023–24: €1.8B, of which ≈€1.2B military (2 × 900 × 0.67 = 1206). */
  {
    double total = 0, military = 0;

    for (guint i = 0; i < s->danish.contributions->len; i++)
      {
        const GrDanishContribution *c = &g_array_index (s->danish.contributions,
                                                        GrDanishContribution, i);
        if (c->year <= 2024)
          {
            total += c->meur.value;
            military += c->meur.value * c->military_share.value;
          }
      }
    g_assert_cmpfloat_with_epsilon (total, 1800, 1e-9);
    g_assert_cmpfloat_with_epsilon (military, 1206, 1e-9);
  }
}

static void
test_bundled_missing (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (gr_scenario_load_bundled ("no-such-scenario", &error));
  g_assert_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_IO);
  g_clear_error (&error);
  g_assert_null (gr_scenario_load_bundled ("../geo/places", &error));
  g_assert_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_IO);
}

/* ---- round trips ------------------------------------------------------- */

static void
test_round_trip (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) s = gr_scenario_load_bundled (name, &error);
  g_autoptr(GrScenario) again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *file_name = g_strconcat (name, ".json", NULL);
  g_autofree char *on_disk = bundled_text (file_name);
  gsize length = 0;

  g_assert_no_error (error);
  text = gr_scenario_to_data (s, &length);
  g_assert_cmpuint (strlen (text), ==, length);
  again = gr_scenario_load_data (text, (gssize) length, "again.json", &error);
  g_assert_no_error (error);
  g_assert_true (gr_scenario_equal (s, again));

  /* The bundled files are stored as the writer writes them, so a saved
   * scenario diffs cleanly against them. */
  g_assert_cmpstr (text, ==, on_disk);
}

/* Numbers must come back as the same doubles, written briefly. */
static void
test_numbers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) s = gr_scenario_load_bundled ("baseline", &error);
  g_autoptr(GrScenario) again = NULL;
  g_autofree char *text = NULL;
  GrQuantity *q = &s->industry.shells_155_stock;

  g_assert_no_error (error);
  gr_quantity_set (q, 0.1 + 0.2, 1.0 / 30.0, 1e6, "assumption");  /* 0.30000000000000004 */
  s->force.band_low = 10000.5;
  text = gr_scenario_to_data (s, NULL);
  g_assert_nonnull (strstr (text, "\"military_share\": { \"value\": 0.67,"));
  g_assert_nonnull (strstr (text, "0.30000000000000004"));
  g_assert_nonnull (strstr (text, "\"low\": 0.03333333333333333"));
  g_assert_nonnull (strstr (text, "\"high\": 1000000"));
  again = gr_scenario_load_data (text, -1, "numbers.json", &error);
  g_assert_no_error (error);
  g_assert_true (gr_scenario_equal (s, again));
}

/* The numbers kept plain in a scenario (troops, the band's ends, stations,
 * assigned aircraft) carry a range and a source, which come back on
 * saving; without them they are written as the plain numbers they were. */
static void
test_ranged_members (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) s = gr_scenario_load_bundled ("baseline", &error);
  g_autoptr(GrScenario) again = NULL;
  g_autofree char *text = NULL;
  GrDeployment *d;
  GrPatrolZone *z;

  g_assert_no_error (error);
  d = &g_array_index (s->force.deployments, GrDeployment, 0);
  z = &g_array_index (s->air_patrol.zones, GrPatrolZone, 0);
  g_assert_cmpfloat (d->troops, ==, 2500);
  g_assert_true (d->troops_range.ranged);
  g_assert_cmpfloat (d->troops_range.low, ==, 2000);
  g_assert_cmpfloat (d->troops_range.high, ==, 3000);
  g_assert_cmpstr (d->troops_range.source, ==, "assumption");
  g_assert_cmpfloat (s->force.band_low, ==, 10000);
  g_assert_false (s->force.band_low_range.ranged);
  g_assert_cmpstr (s->force.band_low_range.source, ==, "article");
  g_assert_cmpstr (s->force.band_high_range.source, ==, "article");
  g_assert_cmpint (z->stations, ==, 2);
  g_assert_cmpfloat (z->stations_range.low, ==, 1);
  g_assert_cmpfloat (z->stations_range.high, ==, 3);
  g_assert_cmpint (z->aircraft_assigned, ==, 24);
  g_assert_cmpfloat (z->aircraft_assigned_range.low, ==, 16);
  g_assert_cmpfloat (z->aircraft_assigned_range.high, ==, 32);

  /* Each member changed on its own comes back as changed. */
  d->troops_range.low = 1000;
  g_clear_pointer (&d->troops_range.source, g_free);
  gr_range_clear (&s->force.band_high_range);
  s->force.band_high_range = (GrRange) { TRUE, 12000, 20000, g_strdup ("assumption") };
  g_clear_pointer (&s->force.band_low_range.source, g_free);
  z->stations_range.high = 4;
  gr_range_clear (&z->aircraft_assigned_range);
  z->aircraft_assigned_range = (GrRange) { FALSE, 0, 0, g_strdup ("nato-bap") };
  text = gr_scenario_to_data (s, NULL);
  g_assert_nonnull (strstr (text, "\"troops\": { \"value\": 2500, \"low\": 1000, \"high\": 3000 }"));
  g_assert_nonnull (strstr (text, "\"band\": [10000, { \"value\": 15000, \"low\": 12000, \"high\": 20000, "
                                  "\"source\": \"assumption\" }]"));
  g_assert_nonnull (strstr (text, "\"stations\": { \"value\": 2, \"low\": 1, \"high\": 4, "
                                  "\"source\": \"assumption\" }"));
  g_assert_nonnull (strstr (text, "\"aircraft_assigned\": { \"value\": 24, \"source\": \"nato-bap\" }"));
  again = gr_scenario_load_data (text, -1, "ranged.json", &error);
  g_assert_no_error (error);
  g_assert_true (gr_scenario_equal (s, again));

  /* No range and no source: the plain number, as a version 1 file had it. */
  gr_range_clear (&d->troops_range);
  d->troops_range = (GrRange) { 0 };
  gr_range_clear (&s->force.band_high_range);
  s->force.band_high_range = (GrRange) { 0 };
  g_free (text);
  text = gr_scenario_to_data (s, NULL);
  g_assert_nonnull (strstr (text, "\"troops\": 2500,"));
  g_assert_nonnull (strstr (text, "\"band\": [10000, 15000]"));
  g_clear_pointer (&again, gr_scenario_free);
  again = gr_scenario_load_data (text, -1, "plain.json", &error);
  g_assert_no_error (error);
  g_assert_true (gr_scenario_equal (s, again));

  /* …and a range or source alone makes a scenario differ. */
  g_clear_pointer (&again, gr_scenario_free);
  again = gr_scenario_copy (s);
  g_array_index (again->air_patrol.zones, GrPatrolZone, 0).stations_range.high = 5;
  g_assert_false (gr_scenario_equal (s, again));
}

/* Members this version does not know are ignored; both quantity forms read. */
static void
test_lenient (void)
{
  const char *text =
    "{ \"format\": \"guarantor-scenario\", \"version\": 1, \"name\": \"Small\",\n"
    "  \"_comment\": \"notes are allowed\", \"_future_section\": { \"x\": [1, 2] },\n"
    "  \"industry\": { \"facilities\": 300, \"fpv_drones_per_month\": { \"value\": 5e4, \"low\": 2e4, \"high\": 3.75e5 } },\n"
    "  \"air_defense\": { \"systems\": { \"nasams\": { \"range_km\": 30, \"pk\": { \"drone\": 0.8, \"cruise\": 0.8, \"ballistic\": 0 },\n"
    "                                               \"interceptors_per_month\": 10, \"_colour\": \"blue\" } },\n"
    "                     \"batteries\": [ { \"id\": \"a\", \"system\": \"nasams\", \"position\": [30.5, 50.4], \"_note\": null } ] } }\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) s = gr_scenario_load_data (text, -1, "small.json", &error);

  g_assert_no_error (error);
  g_assert_cmpfloat (s->industry.facilities.value, ==, 300);
  g_assert_true (isnan (s->industry.facilities.low));
  g_assert_null (s->industry.facilities.source);
  g_assert_cmpfloat (s->industry.fpv_drones_per_month.low, ==, 20000);
  g_assert_cmpfloat (s->industry.fpv_drones_per_month.high, ==, 375000);
  /* Absent optional members keep gr_scenario_new()'s defaults. */
  g_assert_cmpfloat (s->air_patrol.aircraft.cruise_kmh.value, ==, 800);
  g_assert_cmpstr (g_array_index (s->air_defense.systems, GrAirDefenseSystem, 0).name, ==, "nasams");
  g_assert_cmpfloat (g_array_index (s->air_defense.systems, GrAirDefenseSystem, 0)
                     .shots_per_engagement.value, ==, 2);
}

/* Every version 1 file the project ever bundled (tests/data/v1, from the
 * git history) still loads, is migrated and evaluates; saving it writes
 * version 2, which reads back the same. */
static void
test_v1_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) s = gr_scenario_load_file (file, NULL, &error);
  g_autoptr(GrScenario) again = NULL;
  g_autoptr(GrModel) model = NULL;
  g_autoptr(GrMetrics) m = NULL;
  g_autofree char *text = NULL;
  g_autofree char *original = NULL;
  double danish_v1 = 0, danish_v2 = 0, rate;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &original, NULL, NULL));
  g_assert_nonnull (strstr (original, "\"version\": 1"));

  /* Danish-model money now lives in the fund only, none of it lost. */
  rate = s->danish.usd_per_eur.value;
  for (guint i = 0; i < s->pledges->len; i++)
    g_assert_cmpint (g_array_index (s->pledges, GrPledge, i).channel, !=, GR_CHANNEL_DANISH_MODEL);
  for (guint i = 0; i < s->danish.contributions->len; i++)
    danish_v2 += g_array_index (s->danish.contributions, GrDanishContribution, i).meur.value;
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonObject *root;
    JsonArray *list;

    g_assert_true (json_parser_load_from_data (parser, original, -1, NULL));
    root = json_node_get_object (json_parser_get_root (parser));
    list = json_object_get_array_member (json_object_get_object_member (root, "danish_model"),
                                         "contributions");
    for (guint i = 0; i < json_array_get_length (list); i++)
      danish_v1 += json_object_get_double_member (
        json_object_get_object_member (json_array_get_object_element (list, i), "meur"), "value");
    list = json_object_get_array_member (json_object_get_object_member (root, "funding"), "pledges");
    for (guint i = 0; i < json_array_get_length (list); i++)
      {
        JsonObject *p = json_array_get_object_element (list, i);

        if (g_strcmp0 (json_object_get_string_member (p, "channel"), "danish-model") == 0)
          danish_v1 += json_object_get_double_member (json_object_get_object_member (p, "busd"),
                                                      "value") * 1000 / rate;
      }
  }
  /* Pledges for a year the fund already lists were the same money. */
  g_assert_cmpfloat (danish_v2, <=, danish_v1 + 1e-6);
  g_assert_cmpfloat (danish_v2, >, 0);
  /* The uncapped share becomes a capacity of that share of every launch. */
  for (int k = 0; k < GR_N_THREATS; k++)
    g_assert_cmpfloat_with_epsilon (s->air_defense.threat[k].other_capacity_per_month.value,
                                    s->air_defense.threat[k].other_kill_share.value
                                    * s->air_defense.threat[k].per_month.value, 1e-9);

  model = gr_model_new_default (&error);
  g_assert_no_error (error);
  m = gr_model_evaluate (model, s);
  g_assert_cmpfloat (m->index.composite, >, 0);
  g_assert_cmpfloat (m->index.composite, <, 1);

  text = gr_scenario_to_data (s, NULL);
  g_assert_nonnull (strstr (text, "\"version\": 2"));
  again = gr_scenario_load_data (text, -1, path, &error);
  g_assert_no_error (error);
  g_assert_true (gr_scenario_equal (s, again));
}

/* ---- the table of bad files -------------------------------------------- */

typedef struct
{
  const char *name;
  const char *find;        /* replaced in baseline.json; NULL: use text */
  const char *replace;
  const char *text;        /* a whole file, when find is NULL */
  int code;
  const char *path;        /* must appear in the message */
  const char *problem;     /* must appear in the message */
} BadFile;

static const BadFile bad_files[] = {
  { "wrong-type", "\"facilities\": { \"value\": 300, \"source\": \"article\" }",
    "\"facilities\": \"many\"", NULL,
    GR_SCENARIO_ERROR_INVALID, "industry.facilities:", "expected a number or an object" },
  { "wrong-type-bool", "\"escorts_available\": { \"value\": 4, \"low\": 2, \"high\": 8, \"source\": \"assumption\" }",
    "\"escorts_available\": true", NULL,
    GR_SCENARIO_ERROR_INVALID, "maritime.escorts_available:", "found true or false" },
  { "missing-required", "\"id\": \"kyiv-patriot-1\",\n        \"system\": \"patriot\",",
    "\"id\": \"kyiv-patriot-1\",", NULL,
    GR_SCENARIO_ERROR_INVALID, "air_defense.batteries[0]:", "required member “system” is missing" },
  { "missing-name", "\"name\": \"Article baseline\",", "", NULL,
    GR_SCENARIO_ERROR_INVALID, "", "required member “name” is missing" },
  { "latitude", "\"position\": [30.52, 50.45]", "\"position\": [30.52, 123.0]", NULL,
    GR_SCENARIO_ERROR_INVALID, "air_defense.batteries[0].position:", "latitude 123.0 is outside −90…90" },
  { "longitude", "\"position\": [23.5, 49.94]", "\"position\": [223.5, 49.94]", NULL,
    GR_SCENARIO_ERROR_INVALID, "stabilization_force.deployments[0].position:", "longitude 223.5 is outside" },
  { "pair", "\"position\": [23.5, 49.94]", "\"position\": [23.5]", NULL,
    GR_SCENARIO_ERROR_INVALID, "stabilization_force.deployments[0].position:", "pair, found a list of 1" },
  { "share", "\"military_share\": { \"value\": 0.67, \"low\": 0.6, \"high\": 0.7, \"source\": \"article\" }",
    "\"military_share\": 1.67", NULL,
    GR_SCENARIO_ERROR_INVALID, "danish_model.contributions[0].military_share:", "1.67 is above the maximum 1" },
  { "negative-troops", "\"troops\": { \"value\": 2500,", "\"troops\": { \"value\": -2500,", NULL,
    GR_SCENARIO_ERROR_INVALID, "stabilization_force.deployments[0].troops:", "-2500 is below the minimum 0" },
  { "year", "\"year\": 2027", "\"year\": 3027", NULL,
    GR_SCENARIO_ERROR_INVALID, "funding.need[1].year:", "the year 3027 is outside" },
  { "year-twice", "\"year\": 2027", "\"year\": 2026", NULL,
    GR_SCENARIO_ERROR_INVALID, "funding.need[1].year:", "the year 2026 is listed twice" },
  { "range-order", "\"range_km\": { \"value\": 100, \"low\": 68,",
    "\"range_km\": { \"value\": 60, \"low\": 68,", NULL,
    GR_SCENARIO_ERROR_INVALID, "air_defense.systems.patriot.range_km:", "60 is not within its range 68…160" },
  { "polygon", "\"polygon\": [\n          [22.2, 48.1],", "\"polygon\": [[22, 48], [23, 49], [22, 48]], \"_x\": [\n          [22.2, 48.1],", NULL,
    GR_SCENARIO_ERROR_INVALID, "air_patrol.zones[0].polygon:", "at least 3 distinct points, this one has 2" },
  { "route", "\"path\": [\n          [31.03, 46.6],", "\"path\": [[31, 46]], \"_x\": [\n          [31.03, 46.6],", NULL,
    GR_SCENARIO_ERROR_INVALID, "maritime.routes[0].path:", "at least 2 distinct points, this one has 1" },
  { "unknown-system", "\"system\": \"patriot\"", "\"system\": \"s-400\"", NULL,
    GR_SCENARIO_ERROR_INVALID, "air_defense.batteries[0].system:", "the system “s-400” is not defined" },
  { "duplicate-id", "\"id\": \"kyiv-patriot-2\"", "\"id\": \"kyiv-patriot-1\"", NULL,
    GR_SCENARIO_ERROR_INVALID, "air_defense.batteries[1].id:", "the id “kyiv-patriot-1” is used twice" },
  { "unknown-source", "\"facilities\": { \"value\": 300, \"source\": \"article\" }",
    "\"facilities\": { \"value\": 300, \"source\": \"hearsay\" }", NULL,
    GR_SCENARIO_ERROR_INVALID, "industry.facilities:", "the source “hearsay” is not in the sources list" },
  { "unknown-role", "\"role\": \"training\"", "\"role\": \"garrison\"", NULL,
    GR_SCENARIO_ERROR_INVALID, "stabilization_force.deployments[0].role:", "“garrison” is not one of “training”" },
  { "country-code", "\"nation\": \"GB\"", "\"nation\": \"Britain\"", NULL,
    GR_SCENARIO_ERROR_INVALID, "stabilization_force.deployments[0].nation:", "not a two-letter country code" },
  { "weight-name", "\"maritime\": 0.1,", "\"maritme\": 0.1,", NULL,
    GR_SCENARIO_ERROR_INVALID, "index.weights.maritme:", "not an instrument" },
  { "threat-class", "\"drone\": {\n        \"per_month\"", "\"drones\": {\n        \"per_month\"", NULL,
    GR_SCENARIO_ERROR_INVALID, "air_defense.threat.drones:", "not a threat class" },
  { "nan", "\"troops\": { \"value\": 2500", "\"troops\": { \"value\": NaN", NULL,
    GR_SCENARIO_ERROR_PARSE, "baseline.json: line 187, column 30:", "not a JSON value" },
  { "infinity", "\"troops\": { \"value\": 2500", "\"troops\": { \"value\": -Infinity", NULL,
    GR_SCENARIO_ERROR_PARSE, "baseline.json: line 187, column 30:", "a number needs a digit" },
  { "overflow", "\"troops\": { \"value\": 2500", "\"troops\": { \"value\": 1e999", NULL,
    GR_SCENARIO_ERROR_PARSE, "baseline.json: line 187, column 30:", "the number is too large" },
  { "truncated", NULL, NULL, NULL /* built in code */,
    GR_SCENARIO_ERROR_PARSE, "baseline.json: line ", "not valid JSON" },
  { "empty", NULL, NULL, "",
    GR_SCENARIO_ERROR_PARSE, "baseline.json:", "the file is empty" },
  { "blank", NULL, NULL, " \n\t\n",
    GR_SCENARIO_ERROR_PARSE, "baseline.json:", "the file is empty" },
  { "not-utf8", "\"name\": \"Article baseline\"", "\"name\": \"Article \xff\xfe baseline\"", NULL,
    GR_SCENARIO_ERROR_PARSE, "baseline.json:", "not UTF-8 text" },
  { "deep", NULL, NULL, NULL /* built in code */,
    GR_SCENARIO_ERROR_TOO_LARGE, "baseline.json: line 1, column 59:", "nested deeper than 20 levels" },
  { "huge-array", NULL, NULL, NULL /* built in code */,
    GR_SCENARIO_ERROR_TOO_LARGE, "air_defense.batteries:", "the list has 1017 entries, more than the limit of 1000" },
  { "long-string", NULL, NULL, NULL /* built in code */,
    GR_SCENARIO_ERROR_TOO_LARGE, "name:", "longer than 4096 bytes" },
  { "format", "\"format\": \"guarantor-scenario\"", "\"format\": \"geojson\"", NULL,
    GR_SCENARIO_ERROR_VERSION, "format:", "“geojson” is not a Guarantor scenario" },
  { "no-format", "\"format\": \"guarantor-scenario\",", "", NULL,
    GR_SCENARIO_ERROR_VERSION, "baseline.json:", "the member “format” is missing" },
  { "version", "\"version\": 2", "\"version\": 3", NULL,
    GR_SCENARIO_ERROR_VERSION, "version:", "format version 3, newer than this Guarantor reads (2)" },
  { "version-zero", "\"version\": 2", "\"version\": 0", NULL,
    GR_SCENARIO_ERROR_VERSION, "version:", "0 is not a known format version" },
  { "unknown-member", "\"other_kill_share\": { \"value\": 0.9", "\"other_kill\": { \"value\": 0.9", NULL,
    GR_SCENARIO_ERROR_INVALID, "air_defense.threat.drone.other_kill:",
    "unknown member other_kill; did you mean other_kill_share?" },
  { "unknown-section", "\"industry\": {", "\"industri\": {", NULL,
    GR_SCENARIO_ERROR_INVALID, "industri:", "unknown member industri; did you mean industry?" },
  { "unknown-in-quantity", "\"facilities\": { \"value\": 300,", "\"facilities\": { \"valeu\": 1, \"value\": 300,", NULL,
    GR_SCENARIO_ERROR_INVALID, "industry.facilities.valeu:", "did you mean value?" },
  { "need-window", "\"year\": 2029", "\"year\": 2031", NULL,
    GR_SCENARIO_ERROR_INVALID, "funding.need:", "the need for 2029 is missing" },
  { "danish-pledge", "\"channel\": \"bilateral\"", "\"channel\": \"danish-model\"", NULL,
    GR_SCENARIO_ERROR_INVALID, "funding.pledges[1].channel:", "Danish-model money has one home" },
  /* Troops, the band, stations and aircraft take either form of a quantity. */
  { "troops-type", "\"troops\": { \"value\": 2500,", "\"troops\": { \"value\": \"many\",", NULL,
    GR_SCENARIO_ERROR_INVALID, "stabilization_force.deployments[0].troops.value:", "expected a number, found a string" },
  { "troops-range", "\"troops\": { \"value\": 2500, \"low\": 2000,", "\"troops\": { \"value\": 1500, \"low\": 2000,", NULL,
    GR_SCENARIO_ERROR_INVALID, "stabilization_force.deployments[0].troops:", "the value 1500 is not within its range 2000…3000" },
  { "band-type", "{ \"value\": 15000, \"source\": \"article\" }", "[15000]", NULL,
    GR_SCENARIO_ERROR_INVALID, "stabilization_force.band[1]:", "expected a number or an object with “value”, found a list" },
  { "band-source", "{ \"value\": 10000, \"source\": \"article\" }", "{ \"value\": 10000, \"source\": \"rumour\" }", NULL,
    GR_SCENARIO_ERROR_INVALID, "stabilization_force.band[0]:", "the source “rumour” is not in the sources list" },
  { "stations-whole", "\"stations\": { \"value\": 2,", "\"stations\": { \"value\": 2.5,", NULL,
    GR_SCENARIO_ERROR_INVALID, "air_patrol.zones[0].stations:", "2.5 is not a whole number" },
  { "aircraft-half-range", "\"aircraft_assigned\": { \"value\": 24, \"low\": 16, \"high\": 32,", "\"aircraft_assigned\": { \"value\": 24, \"low\": 16,", NULL,
    GR_SCENARIO_ERROR_INVALID, "air_patrol.zones[0].aircraft_assigned:", "a range needs both “low” and “high”" },
  { "aircraft-member", "\"aircraft_assigned\": { \"value\": 24,", "\"aircraft_assigned\": { \"valeu\": 2, \"value\": 24,", NULL,
    GR_SCENARIO_ERROR_INVALID, "air_patrol.zones[0].aircraft_assigned.valeu:", "did you mean value?" },
  { "not-object", NULL, NULL, "[1, 2, 3]",
    GR_SCENARIO_ERROR_VERSION, "baseline.json:", "expected an object, found a list" },
};

static char *
replace_once (const char *text,
              const char *find,
              const char *replace)
{
  const char *at = strstr (text, find);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, replace, at + strlen (find));
}

static char *
bad_file_text (const BadFile *bad)
{
  if (g_str_equal (bad->name, "deep"))
    {
      GString *s = g_string_new ("{ \"format\": \"guarantor-scenario\", \"x\": ");

      for (guint i = 0; i < 100000; i++)
        g_string_append_c (s, '[');
      return g_string_free (s, FALSE);
    }
  if (g_str_equal (bad->name, "huge-array"))
    {
      g_autoptr(GString) s = g_string_new ("\"batteries\": [");

      /* 1001 more batteries before the 16 the baseline has. */
      for (guint i = 0; i < 1001; i++)
        g_string_append_printf (s, "{ \"id\": \"b%u\", \"system\": \"nasams\", \"position\": [30, 50] }, ",
                                i);
      return replace_once (baseline_text, "\"batteries\": [", s->str);
    }
  if (g_str_equal (bad->name, "truncated"))
    return g_strndup (baseline_text, strlen (baseline_text) / 2);
  if (g_str_equal (bad->name, "long-string"))
    {
      g_autofree char *name = g_strnfill (5000, 'x');
      g_autofree char *member = g_strdup_printf ("\"name\": \"%s\"", name);

      return replace_once (baseline_text, "\"name\": \"Article baseline\"", member);
    }
  if (bad->find != NULL)
    return replace_once (baseline_text, bad->find, bad->replace);
  return g_strdup (bad->text);
}

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *text = bad_file_text (bad);
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) s = gr_scenario_load_data (text, (gssize) strlen (text),
                                                   "baseline.json", &error);

  g_assert_null (s);
  g_assert_error (error, GR_SCENARIO_ERROR, bad->code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "baseline.json: "));
  g_assert_nonnull (strstr (error->message, bad->path));
  g_assert_nonnull (strstr (error->message, bad->problem));
}

/* The same rules apply to a scenario edited in memory. */
static void
test_check_edit (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) s = gr_scenario_load_bundled ("baseline", &error);
  GrBattery *b;

  g_assert_no_error (error);
  b = &g_array_index (s->air_defense.batteries, GrBattery, 3);
  b->position.lat = 123.0;
  g_assert_false (gr_scenario_check (s, &error));
  g_assert_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "air_defense.batteries[3].position: latitude 123.0 is outside −90…90");
  g_clear_error (&error);

  b->position.lat = 48.0;
  s->weights[GR_INSTRUMENT_FUNDING] = NAN;
  g_assert_false (gr_scenario_check (s, &error));
  g_assert_nonnull (strstr (error->message, "index.weights.funding: "));
}

/* Edits the GUI could make that a file could not hold are refused too, so
 * a saved scenario always loads again. */
static void
test_check_unsaveable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) s = gr_scenario_load_bundled ("baseline", &error);
  g_autoptr(GrScenario) again = NULL;
  g_autofree char *text = NULL;
  GrSource *src;
  GrAirDefenseSystem *sys;
  GrPatrolZone *zone;

  g_assert_no_error (error);

  src = &g_array_index (s->sources, GrSource, 0);
  g_clear_pointer (&src->title, g_free);
  g_assert_false (gr_scenario_check (s, &error));
  g_assert_cmpstr (error->message, ==, "sources[0].title: the text is empty");
  g_clear_error (&error);
  src->title = g_strdup ("Restored");

  zone = &g_array_index (s->air_patrol.zones, GrPatrolZone, 1);
  g_clear_pointer (&zone->polygon, g_array_unref);
  g_assert_false (gr_scenario_check (s, &error));
  g_assert_nonnull (strstr (error->message, "air_patrol.zones[1].polygon: "));
  g_assert_nonnull (strstr (error->message, "this one has 0"));
  g_clear_error (&error);
  zone->polygon = g_array_new (FALSE, FALSE, sizeof (GrLonLat));
  g_array_append_vals (zone->polygon, (GrLonLat[]) { { 30, 45 }, { 31, 45 }, { 31, 46 } }, 3);

  /* A system id with characters JSON must escape survives a round trip. */
  sys = &g_array_index (s->air_defense.systems, GrAirDefenseSystem, 1);
  for (guint i = 0; i < s->air_defense.batteries->len; i++)
    {
      GrBattery *b = &g_array_index (s->air_defense.batteries, GrBattery, i);

      if (g_str_equal (b->system, sys->id))
        {
          g_free (b->system);
          b->system = g_strdup ("iris \"t\"\\slm\n");
        }
    }
  g_free (sys->id);
  sys->id = g_strdup ("iris \"t\"\\slm\n");
  g_assert_true (gr_scenario_check (s, &error));
  text = gr_scenario_to_data (s, NULL);
  again = gr_scenario_load_data (text, -1, "escaped.json", &error);
  g_assert_no_error (error);
  g_assert_true (gr_scenario_equal (s, again));
}

/* ---- files ------------------------------------------------------------- */

static void
test_save_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) s = gr_scenario_load_bundled ("reinforced", &error);
  g_autoptr(GrScenario) again = NULL;
  g_autoptr(TmpDir) dir = tmp_dir_new ("test-scenario-io");
  g_autofree char *path = g_build_filename (dir, "mine.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_no_error (error);
  g_assert_true (gr_scenario_save_file (s, file, NULL, &error));
  g_assert_no_error (error);
  again = gr_scenario_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (gr_scenario_equal (s, again));
}

static void
test_load_file_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TmpDir) dir = tmp_dir_new ("test-scenario-io");
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *big = g_build_filename (dir, "big.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (missing);
  g_autoptr(GFile) big_file = g_file_new_for_path (big);
  FILE *f;

  g_assert_null (gr_scenario_load_file (file, NULL, &error));
  g_assert_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "missing.json: "));
  g_clear_error (&error);

  /* A sparse 17 MiB file: refused by its size, before it is read. */
  f = g_fopen (big, "w");
  g_assert_nonnull (f);
  g_assert_cmpint (ftruncate (fileno (f), 17 * 1024 * 1024), ==, 0);
  fclose (f);
  g_assert_null (gr_scenario_load_file (big_file, NULL, &error));
  g_assert_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "big.json: "));

  /* The same cap applies to data in memory. */
  {
    g_autofree char *zeros = g_malloc0 (17 * 1024 * 1024);

    g_clear_error (&error);
    g_assert_null (gr_scenario_load_data (zeros, 17 * 1024 * 1024, "zeros", &error));
    g_assert_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_TOO_LARGE);
  }
}

/* A save that fails leaves the old file as it was. */
static void
test_save_atomic (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) s = gr_scenario_load_bundled ("observed-2025", &error);
  g_autoptr(TmpDir) dir = tmp_dir_new ("test-scenario-io");
  g_autofree char *path = g_build_filename (dir, "old.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *after = NULL;
  const char *old = "old contents\n";

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, old, -1, &error));

  /* Cancelled before the write: nothing changes. */
  g_cancellable_cancel (cancellable);
  g_assert_false (gr_scenario_save_file (s, file, cancellable, &error));
  g_assert_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "old.json: "));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, old);
  g_clear_pointer (&after, g_free);

  /* Invalid: never written, since it would not load again. */
  g_array_index (s->force.deployments, GrDeployment, 0).troops = -1;
  g_assert_false (gr_scenario_save_file (s, file, NULL, &error));
  g_assert_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "old.json: stabilization_force.deployments[0].troops: "));
  g_clear_error (&error);
  g_array_index (s->force.deployments, GrDeployment, 0).troops = 2500;
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, old);
  g_clear_pointer (&after, g_free);

  /* A read-only directory (root may write anyway, so only as a user). */
  if (geteuid () != 0)
    {
      g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
      g_assert_false (gr_scenario_save_file (s, file, NULL, &error));
      g_assert_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_IO);
      g_clear_error (&error);
      g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
      g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
      g_assert_cmpstr (after, ==, old);
      g_clear_pointer (&after, g_free);
    }
}

int
main (int   argc,
      char *argv[])
{
  static const char * const bundled[] = { "baseline", "observed-2025", "reinforced" };
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  baseline_text = bundled_text ("baseline.json");

  g_test_add_func ("/model/scenario-io/bundled/list", test_bundled_list);
  for (guint i = 0; i < G_N_ELEMENTS (bundled); i++)
    {
      g_autofree char *load = g_strdup_printf ("/model/scenario-io/bundled/load/%s", bundled[i]);
      g_autofree char *trip = g_strdup_printf ("/model/scenario-io/round-trip/%s", bundled[i]);

      g_test_add_data_func (load, bundled[i], test_bundled_load);
      g_test_add_data_func (trip, bundled[i], test_round_trip);
    }
  g_test_add_func ("/model/scenario-io/bundled/baseline-figures", test_baseline_figures);
  g_test_add_func ("/model/scenario-io/bundled/missing", test_bundled_missing);
  g_test_add_func ("/model/scenario-io/round-trip/numbers", test_numbers);
  g_test_add_func ("/model/scenario-io/lenient", test_lenient);
  g_test_add_func ("/model/scenario-io/round-trip/ranged-members", test_ranged_members);
  {
    g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "v1", NULL);
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    g_assert_nonnull (d);
    while ((name = g_dir_read_name (d)) != NULL)
      if (g_str_has_suffix (name, ".json"))
        {
          g_autofree char *test = g_strdup_printf ("/model/scenario-io/v1/%s", name);

          /* g_test frees the path when the test data is dropped. */
          g_test_add_data_func_full (test, g_build_filename (dir, name, NULL), test_v1_file, g_free);
        }
  }
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/scenario-io/bad/%s", bad_files[i].name);

      g_test_add_data_func (path, &bad_files[i], test_bad_file);
    }
  g_test_add_func ("/model/scenario-io/check-edit", test_check_edit);
  g_test_add_func ("/model/scenario-io/check-unsaveable", test_check_unsaveable);
  g_test_add_func ("/model/scenario-io/file/save-load", test_save_load);
  g_test_add_func ("/model/scenario-io/file/load-errors", test_load_file_errors);
  g_test_add_func ("/model/scenario-io/file/save-atomic", test_save_atomic);

  status = g_test_run ();
  g_free (baseline_text);
  return status;
}
