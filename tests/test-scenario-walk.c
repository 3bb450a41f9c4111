/* test-scenario-walk.c — the walk visits every uncertain input by its path
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expected inputs come from the scenario files themselves: every JSON
 * object with a "low" and a "high" is a ranged quantity, named by its
 * member path (an array element by its "id" when it has one).
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "gr-scenario-io.h"
#include "gr-scenario-walk.h"

static const char * const bundled[] = { "baseline", "observed-2025", "reinforced" };

static void
json_ranged (JsonNode   *node,
             const char *path,
             GPtrArray  *out)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *obj = json_node_get_object (node);
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      if (json_object_has_member (obj, "low") && json_object_has_member (obj, "high"))
        {
          g_ptr_array_add (out, g_strdup (path));
          return;
        }
      json_object_iter_init_ordered (&iter, obj);
      while (json_object_iter_next_ordered (&iter, &name, &member))
        {
          g_autofree char *inner = *path ? g_strdup_printf ("%s.%s", path, name) : g_strdup (name);

          json_ranged (member, inner, out);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *arr = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (arr); i++)
        {
          JsonNode *item = json_array_get_element (arr, i);
          JsonObject *obj = JSON_NODE_HOLDS_OBJECT (item) ? json_node_get_object (item) : NULL;
          g_autofree char *inner = NULL;

          if (obj != NULL && json_object_has_member (obj, "id"))
            inner = g_strdup_printf ("%s.%s", path, json_object_get_string_member (obj, "id"));
          else
            inner = g_strdup_printf ("%s[%u]", path, i);
          json_ranged (item, inner, out);
        }
    }
}

static void
collect_cb (const char *path,
            GrQuantity *quantity,
            gpointer    user_data)
{
  if (gr_quantity_has_range (quantity))
    g_ptr_array_add (user_data, g_strdup (path));
}

static int
cmp_str (gconstpointer a,
         gconstpointer b)
{
  return g_strcmp0 (*(char **) a, *(char **) b);
}

static void
test_every_ranged_quantity (gconstpointer data)
{
  const char *name = data;
  g_autofree char *file = g_strdup_printf ("%s.json", name);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "scenarios",
                                                 file, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) walked = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GrScenario) scenario = NULL;
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  json_ranged (json_parser_get_root (parser), "", expected);
  g_assert_cmpuint (expected->len, >, 50);

  scenario = gr_scenario_load_bundled (name, &error);
  g_assert_no_error (error);
  gr_scenario_walk (scenario, GR_WALK_QUANTITIES, collect_cb, walked);

  g_assert_cmpuint (walked->len, ==, expected->len);
  g_ptr_array_sort (expected, cmp_str);
  g_ptr_array_sort (walked, cmp_str);
  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpstr (g_ptr_array_index (walked, i), ==, g_ptr_array_index (expected, i));
}

typedef struct
{
  const char *path;
  double value;
  guint seen;
  guint choices;
} SetByPath;

static void
set_cb (const char *path,
        GrQuantity *quantity,
        gpointer    user_data)
{
  SetByPath *set = user_data;

  set->choices++;
  if (g_str_equal (path, set->path))
    {
      quantity->value = set->value;
      set->seen++;
    }
}

/* A value set through the walk lands in the scenario, choices included. */
static void
test_set_through_walk (void)
{
  g_autoptr(GrScenario) scenario = NULL;
  g_autoptr(GError) error = NULL;
  SetByPath set = { "air_defense.threat.drone.per_month", 1234, 0, 0 };
  const GrAirDefenseSystem *patriot;

  scenario = gr_scenario_load_bundled ("baseline", &error);
  g_assert_no_error (error);

  gr_scenario_walk (scenario, GR_WALK_QUANTITIES, set_cb, &set);
  g_assert_cmpuint (set.seen, ==, 1);
  g_assert_cmpfloat (scenario->air_defense.threat[GR_THREAT_DRONE].per_month.value, ==, 1234);

  set = (SetByPath) { "air_defense.systems.patriot.pk.ballistic", 0.25, 0, 0 };
  gr_scenario_walk (scenario, GR_WALK_QUANTITIES, set_cb, &set);
  patriot = gr_scenario_find_system (scenario, "patriot");
  g_assert_cmpuint (set.seen, ==, 1);
  g_assert_cmpfloat (patriot->pk[GR_THREAT_BALLISTIC].value, ==, 0.25);

  /* Choices: the first guarantor (assistance, level 0) to automatic. */
  set = (SetByPath) { "guarantees.guarantors[0].commitment", 2, 0, 0 };
  gr_scenario_walk (scenario, GR_WALK_CHOICES, set_cb, &set);
  g_assert_cmpuint (set.seen, ==, 1);
  g_assert_cmpint (g_array_index (scenario->guarantors, GrGuarantor, 0).commitment, ==,
                   GR_COMMITMENT_AUTOMATIC);
  /* One commitment per guarantor and one weight per instrument. */
  g_assert_cmpuint (set.choices, ==, scenario->guarantors->len + GR_N_INSTRUMENTS);

  set = (SetByPath) { "index.weights.maritime", 0.3, 0, 0 };
  gr_scenario_walk (scenario, GR_WALK_CHOICES, set_cb, &set);
  g_assert_cmpfloat (scenario->weights[GR_INSTRUMENT_MARITIME], ==, 0.3);

  /* Numbers kept plain: troops as they are, a count rounded. */
  set = (SetByPath) { "stabilization_force.deployments.yavoriv.troops", 2750.5, 0, 0 };
  gr_scenario_walk (scenario, GR_WALK_QUANTITIES, set_cb, &set);
  g_assert_cmpuint (set.seen, ==, 1);
  g_assert_cmpfloat (g_array_index (scenario->force.deployments, GrDeployment, 0).troops, ==, 2750.5);
  set = (SetByPath) { "air_patrol.zones.western-ukraine.stations", 2.6, 0, 0 };
  gr_scenario_walk (scenario, GR_WALK_QUANTITIES, set_cb, &set);
  g_assert_cmpuint (set.seen, ==, 1);
  g_assert_cmpint (g_array_index (scenario->air_patrol.zones, GrPatrolZone, 0).stations, ==, 3);
  set = (SetByPath) { "stabilization_force.band[1]", 20000, 0, 0 };
  gr_scenario_walk (scenario, GR_WALK_QUANTITIES, set_cb, &set);
  g_assert_cmpuint (set.seen, ==, 1);
  g_assert_cmpfloat (scenario->force.band_high, ==, 20000);
}

typedef struct
{
  double value, low, high;
  gboolean found;
} Range;

static void
range_cb (const char *path,
          GrQuantity *quantity,
          gpointer    user_data)
{
  Range *r = user_data;

  if (g_str_equal (path, "index.weights.air_defense"))
    {
      *r = (Range) { quantity->value, quantity->low, quantity->high, TRUE };
    }
}

/* A weight's documented range: half to one and a half times its value. */
static void
test_weight_range (void)
{
  g_autoptr(GrScenario) scenario = NULL;
  g_autoptr(GError) error = NULL;
  Range r = { 0 };

  scenario = gr_scenario_load_bundled ("baseline", &error);
  g_assert_no_error (error);
  scenario->weights[GR_INSTRUMENT_AIR_DEFENSE] = 0.2;
  gr_scenario_walk (scenario, GR_WALK_CHOICES, range_cb, &r);
  g_assert_true (r.found);
  g_assert_cmpfloat_with_epsilon (r.value, 0.2, 1e-15);
  g_assert_cmpfloat_with_epsilon (r.low, 0.1, 1e-15);
  g_assert_cmpfloat_with_epsilon (r.high, 0.3, 1e-15);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bundled); i++)
    {
      g_autofree char *name = g_strdup_printf ("/model/scenario-walk/ranged/%s", bundled[i]);

      g_test_add_data_func (name, bundled[i], test_every_ranged_quantity);
    }
  g_test_add_func ("/model/scenario-walk/set", test_set_through_walk);
  g_test_add_func ("/model/scenario-walk/weight-range", test_weight_range);
  return g_test_run ();
}
