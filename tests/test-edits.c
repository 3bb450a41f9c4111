/* test-edits.c — the map's edits through the document: move, add, delete, set; undo and redo
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit the map makes (a drag, the context menu, Delete, the
 * inspector's fields) is a gr_edit_*() call; these tests make the same
 * calls on the bundled baseline and check the scenario afterwards against
 * values worked out by hand, and that undo gives back the identical
 * scenario and identical metrics (compared as their JSON), redo the edited
 * ones.
 */

#include "config.h"

#include <math.h>

#include "gr-document.h"
#include "gr-metrics-json.h"
#include "gr-scenario-edit.h"
#include "gr-scenario-io.h"

static GrModel *model;

static GrDocument *
baseline_document (void)
{
  g_autoptr(GError) error = NULL;
  GrDocument *doc = gr_document_new_from_bundled (model, "baseline", &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static char *
metrics_json (GrDocument *doc)
{
  g_assert_nonnull (gr_document_get_metrics (doc));
  return gr_metrics_to_json (gr_document_get_metrics (doc), model, FALSE);
}

/* The state before an edit, to compare with after undo. */
typedef struct
{
  GrScenario *scenario;
  char *metrics;
} State;

static void
state_take (State      *state,
            GrDocument *doc)
{
  state->scenario = gr_scenario_copy (gr_document_get_scenario (doc));
  state->metrics = metrics_json (doc);
}

static void
state_assert (const State *state,
              GrDocument  *doc)
{
  g_autofree char *metrics = metrics_json (doc);

  g_assert_true (gr_scenario_equal (state->scenario, gr_document_get_scenario (doc)));
  g_assert_cmpstr (state->metrics, ==, metrics);
}

static void
state_clear (State *state)
{
  g_clear_pointer (&state->scenario, gr_scenario_free);
  g_clear_pointer (&state->metrics, g_free);
}

/* After an edit (before → doc): undo gives before back exactly, redo the
 * edited state exactly, and the edit was one undo step. */
static void
assert_undo_redo (State      *before,
                  GrDocument *doc)
{
  State after = { NULL };

  g_assert_false (gr_scenario_equal (before->scenario, gr_document_get_scenario (doc)));
  state_take (&after, doc);
  g_assert_true (gr_document_undo (doc));
  state_assert (before, doc);
  g_assert_true (gr_document_redo (doc));
  state_assert (&after, doc);
  state_clear (&after);
}

static const GrScenario *
scenario (GrDocument *doc)
{
  return gr_document_get_scenario (doc);
}

/* Moving */

typedef struct
{
  GrEditItemKind kind;
  guint index;
  guint vertex;
} MoveCase;

static const MoveCase move_cases[] = {
  { GR_EDIT_ITEM_BATTERY, 2, 0 },
  { GR_EDIT_ITEM_DEPLOYMENT, 6, 0 },
  { GR_EDIT_ITEM_PATROL_POST, 1, 0 },
  { GR_EDIT_ITEM_ZONE_VERTEX, 0, 2 },
  { GR_EDIT_ITEM_ZONE_BASE, 1, 0 },
  { GR_EDIT_ITEM_ROUTE_POINT, 0, 4 },
  { GR_EDIT_ITEM_ZONE, 1, 0 },
};

static void
test_move (gconstpointer data)
{
  const MoveCase *c = data;
  g_autoptr(GrDocument) doc = baseline_document ();
  g_autoptr(GError) error = NULL;
  GrEditItem item = { c->kind, c->index, c->vertex };
  GrLonLat from, to, now;
  State before = { NULL };

  state_take (&before, doc);
  g_assert_true (gr_edit_item_position (scenario (doc), &item, &from));
  /* Half a degree north-east: inside the Black Sea region for every item. */
  to = (GrLonLat) { from.lon + 0.5, from.lat + 0.5 };
  g_assert_true (gr_edit_move (doc, &item, to, &error));
  g_assert_no_error (error);
  g_assert_true (gr_edit_item_position (scenario (doc), &item, &now));
  g_assert_cmpfloat (now.lon, ==, to.lon);
  g_assert_cmpfloat (now.lat, ==, to.lat);

  if (c->kind == GR_EDIT_ITEM_ZONE)
    {
      /* The whole zone moved by the same offset, its air base did not. */
      const GrPatrolZone *z0 = &g_array_index (before.scenario->air_patrol.zones, GrPatrolZone, c->index);
      const GrPatrolZone *z1 = &g_array_index (scenario (doc)->air_patrol.zones, GrPatrolZone, c->index);

      for (guint v = 0; v < z0->polygon->len; v++)
        {
          GrLonLat a = g_array_index (z0->polygon, GrLonLat, v);
          GrLonLat b = g_array_index (z1->polygon, GrLonLat, v);

          g_assert_cmpfloat_with_epsilon (b.lon - a.lon, 0.5, 1e-9);
          g_assert_cmpfloat_with_epsilon (b.lat - a.lat, 0.5, 1e-9);
        }
      g_assert_cmpfloat (z0->base.lon, ==, z1->base.lon);
      g_assert_cmpfloat (z0->base.lat, ==, z1->base.lat);
    }

  g_assert_cmpstr (gr_document_get_undo_label (doc), !=, NULL);
  assert_undo_redo (&before, doc);
  state_clear (&before);
}

/* A drag: many moves in a bracket are one undo step; undo restores all. */
static void
test_drag_is_one_step (void)
{
  g_autoptr(GrDocument) doc = baseline_document ();
  GrEditItem item = { GR_EDIT_ITEM_DEPLOYMENT, 0, 0 };
  GrLonLat from;
  State before = { NULL };

  state_take (&before, doc);
  g_assert_true (gr_edit_item_position (scenario (doc), &item, &from));
  gr_document_begin_edit (doc, "Move deployment");
  for (int i = 1; i <= 20; i++)
    g_assert_true (gr_edit_move (doc, &item, (GrLonLat) { from.lon + 0.1 * i, from.lat }, NULL));
  gr_document_end_edit (doc);

  g_assert_true (gr_document_undo (doc));
  state_assert (&before, doc);
  g_assert_false (gr_document_get_can_undo (doc));
  state_clear (&before);
}

/* Adding */

static void
test_add_battery (gconstpointer data)
{
  const char *system = data;
  g_autoptr(GrDocument) doc = baseline_document ();
  g_autoptr(GError) error = NULL;
  GrLonLat kyiv = { 30.52, 50.45 };
  GrEditItem added = { 0 };
  guint n = scenario (doc)->air_defense.batteries->len;
  g_autofree char *expected_id = g_strdup_printf ("%s-1", system);
  const GrBattery *b;
  State before = { NULL };

  state_take (&before, doc);
  g_assert_true (gr_edit_add_battery (doc, system, kyiv, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (scenario (doc)->air_defense.batteries->len, ==, n + 1);
  g_assert_cmpint (added.kind, ==, GR_EDIT_ITEM_BATTERY);
  g_assert_cmpuint (added.index, ==, n);
  b = &g_array_index (scenario (doc)->air_defense.batteries, GrBattery, n);
  /* The baseline's ids are "<city>-<system>", so "<system>-1" is free. */
  g_assert_cmpstr (b->id, ==, expected_id);
  g_assert_cmpstr (b->system, ==, system);
  g_assert_cmpfloat (b->position.lon, ==, kyiv.lon);
  assert_undo_redo (&before, doc);
  state_clear (&before);
}

static void
test_add_items (void)
{
  g_autoptr(GrDocument) doc = baseline_document ();
  GrLonLat at = { 33.0, 45.0 };
  GrEditItem added = { 0 };
  const GrDeployment *d;
  const GrMaritimePatrol *p;
  double troops = gr_document_get_metrics (doc)->force.deployed_troops;
  State before = { NULL };

  state_take (&before, doc);
  g_assert_true (gr_edit_add_deployment (doc, at, &added, NULL));
  g_assert_cmpuint (added.index, ==, 8);
  d = &g_array_index (scenario (doc)->force.deployments, GrDeployment, 8);
  g_assert_cmpstr (d->id, ==, "deployment-1");
  /* the first deployment's nation (Yavoriv's) */
  g_assert_cmpstr (d->nation, ==, g_array_index (scenario (doc)->force.deployments,
                                                 GrDeployment, 0).nation);
  /* deployed troops grow by exactly the new deployment's */
  g_assert_cmpfloat (gr_document_get_metrics (doc)->force.deployed_troops, ==, troops + d->troops);
  assert_undo_redo (&before, doc);
  state_clear (&before);

  /* a second one gets the next number */
  g_assert_true (gr_edit_add_deployment (doc, at, &added, NULL));
  g_assert_cmpstr (gr_edit_item_id (scenario (doc), &added), ==, "deployment-2");

  state_take (&before, doc);
  g_assert_true (gr_edit_add_patrol_post (doc, at, &added, NULL));
  g_assert_cmpint (added.kind, ==, GR_EDIT_ITEM_PATROL_POST);
  p = &g_array_index (scenario (doc)->maritime.patrols, GrMaritimePatrol, added.index);
  g_assert_cmpstr (p->id, ==, "patrol-1");
  g_assert_cmpfloat (p->radius_km.value, >, 0);
  assert_undo_redo (&before, doc);
  state_clear (&before);
}

/* The presence panel's "Add a contingent": the nation and role given, the
 * id from the same sequence as the map's additions, one undo step. */
static void
test_add_contingent (void)
{
  g_autoptr(GrDocument) doc = baseline_document ();
  GrLonLat kyiv = { 30.52, 50.45 };
  GrEditItem added = { 0 };
  guint n = scenario (doc)->force.deployments->len;
  const GrDeployment *d;
  State before = { NULL };

  state_take (&before, doc);
  g_assert_true (gr_edit_add_contingent (doc, kyiv, "PL", GR_ROLE_TRAINING, &added, NULL));
  g_assert_cmpint (added.kind, ==, GR_EDIT_ITEM_DEPLOYMENT);
  g_assert_cmpuint (added.index, ==, n);
  d = &g_array_index (scenario (doc)->force.deployments, GrDeployment, n);
  g_assert_cmpstr (d->id, ==, "deployment-1");
  g_assert_cmpstr (d->nation, ==, "PL");
  g_assert_cmpint (d->role, ==, GR_ROLE_TRAINING);
  g_assert_cmpfloat (d->position.lon, ==, kyiv.lon);
  g_assert_cmpfloat (d->position.lat, ==, kyiv.lat);
  assert_undo_redo (&before, doc);
  state_clear (&before);

  /* the map's next addition does not reuse the panel's id */
  g_assert_true (gr_edit_add_deployment (doc, kyiv, &added, NULL));
  g_assert_cmpstr (gr_edit_item_id (scenario (doc), &added), ==, "deployment-2");
}

static void
test_add_zone_vertex (void)
{
  g_autoptr(GrDocument) doc = baseline_document ();
  const GrPatrolZone *z = &g_array_index (scenario (doc)->air_patrol.zones, GrPatrolZone, 0);
  GrLonLat a = g_array_index (z->polygon, GrLonLat, 2);
  GrLonLat b = g_array_index (z->polygon, GrLonLat, 3);
  /* The midpoint of edge 2–3 lies on that edge: no detour there, a positive
   * one on every other edge of a convex-ish outline, so it goes in at 3. */
  GrLonLat mid = { (a.lon + b.lon) / 2, (a.lat + b.lat) / 2 };
  guint n = z->polygon->len;
  GrEditItem added = { 0 };
  State before = { NULL };

  state_take (&before, doc);
  g_assert_true (gr_edit_add_zone_vertex (doc, 0, mid, &added, NULL));
  z = &g_array_index (scenario (doc)->air_patrol.zones, GrPatrolZone, 0);
  g_assert_cmpuint (z->polygon->len, ==, n + 1);
  g_assert_cmpint (added.kind, ==, GR_EDIT_ITEM_ZONE_VERTEX);
  g_assert_cmpuint (added.vertex, ==, 3);
  g_assert_cmpfloat (g_array_index (z->polygon, GrLonLat, 3).lon, ==, mid.lon);
  assert_undo_redo (&before, doc);
  state_clear (&before);
}

/* Deleting */

static void
test_delete (gconstpointer data)
{
  const MoveCase *c = data;
  g_autoptr(GrDocument) doc = baseline_document ();
  g_autoptr(GError) error = NULL;
  GrEditItem item = { c->kind, c->index, c->vertex };
  g_autofree char *next_id = NULL;
  State before = { NULL };

  state_take (&before, doc);
  if (c->kind == GR_EDIT_ITEM_ZONE_BASE)
    {
      g_assert_false (gr_edit_delete (doc, &item, &error));
      g_assert_error (error, GR_EDIT_ERROR, GR_EDIT_ERROR_NOT_EDITABLE);
      state_assert (&before, doc);
      state_clear (&before);
      return;
    }

  /* What follows the item moves into its place. */
  item.index = c->index;
  if (c->kind != GR_EDIT_ITEM_ZONE_VERTEX && c->kind != GR_EDIT_ITEM_ROUTE_POINT)
    {
      GrEditItem next = { c->kind, c->index + 1, 0 };

      next_id = g_strdup (gr_edit_item_id (scenario (doc), &next));
    }
  g_assert_true (gr_edit_delete (doc, &item, &error));
  g_assert_no_error (error);
  if (next_id != NULL)
    g_assert_cmpstr (gr_edit_item_id (scenario (doc), &item), ==, next_id);
  assert_undo_redo (&before, doc);
  state_clear (&before);
}

static void
test_delete_keeps_shapes (void)
{
  g_autoptr(GrDocument) doc = baseline_document ();
  g_autoptr(GError) error = NULL;
  GrEditItem corner = { GR_EDIT_ITEM_ZONE_VERTEX, 1, 0 };
  GrEditItem point = { GR_EDIT_ITEM_ROUTE_POINT, 0, 0 };

  /* Zone 1 has 6 corners: three deletions leave 3, the fourth is refused. */
  for (int i = 0; i < 3; i++)
    g_assert_true (gr_edit_delete (doc, &corner, NULL));
  g_assert_false (gr_edit_delete (doc, &corner, &error));
  g_assert_error (error, GR_EDIT_ERROR, GR_EDIT_ERROR_TOO_FEW);
  g_clear_error (&error);

  /* The route has 11 points: nine go, the last two stay. */
  for (int i = 0; i < 9; i++)
    g_assert_true (gr_edit_delete (doc, &point, NULL));
  g_assert_false (gr_edit_delete (doc, &point, &error));
  g_assert_error (error, GR_EDIT_ERROR, GR_EDIT_ERROR_TOO_FEW);
  g_clear_error (&error);

  /* A deleted item cannot be edited again. */
  point.index = 5;
  g_assert_false (gr_edit_move (doc, &point, (GrLonLat) { 30, 45 }, &error));
  g_assert_error (error, GR_EDIT_ERROR, GR_EDIT_ERROR_NO_ITEM);
}

/* Fields */

static void
test_fields (void)
{
  g_autoptr(GrDocument) doc = baseline_document ();
  g_autoptr(GError) error = NULL;
  GrEditItem deployment = { GR_EDIT_ITEM_DEPLOYMENT, 0, 0 };
  GrEditItem battery = { GR_EDIT_ITEM_BATTERY, 0, 0 };
  GrEditItem zone = { GR_EDIT_ITEM_ZONE_VERTEX, 0, 1 };
  GrEditItem post = { GR_EDIT_ITEM_PATROL_POST, 0, 0 };
  GrEditItem route = { GR_EDIT_ITEM_ROUTE_POINT, 0, 3 };
  const GrScenario *s;
  double deployed = gr_document_get_metrics (doc)->force.deployed_troops;
  double troops0 = g_array_index (scenario (doc)->force.deployments, GrDeployment, 0).troops;
  State before = { NULL };

  state_take (&before, doc);
  /* Yavoriv's 2,500 troops become 4,000: the total grows by the difference. */
  g_assert_true (gr_edit_set_number (doc, &deployment, GR_EDIT_FIELD_TROOPS, 4000, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (gr_document_get_metrics (doc)->force.deployed_troops, ==,
                     deployed - troops0 + 4000);
  assert_undo_redo (&before, doc);
  state_clear (&before);

  g_assert_true (gr_edit_set_number (doc, &deployment, GR_EDIT_FIELD_ROLE, GR_ROLE_RESERVE, NULL));
  g_assert_true (gr_edit_set_text (doc, &deployment, GR_EDIT_FIELD_NATION, "PL", NULL));
  g_assert_true (gr_edit_set_text (doc, &deployment, GR_EDIT_FIELD_NAME, "Yavoriv camp", NULL));
  g_assert_true (gr_edit_set_text (doc, &battery, GR_EDIT_FIELD_SYSTEM, "nasams", NULL));
  g_assert_true (gr_edit_set_number (doc, &zone, GR_EDIT_FIELD_STATIONS, 3, NULL));
  g_assert_true (gr_edit_set_number (doc, &zone, GR_EDIT_FIELD_AIRCRAFT, 40, NULL));
  g_assert_true (gr_edit_set_number (doc, &post, GR_EDIT_FIELD_RADIUS, 150, NULL));
  g_assert_true (gr_edit_set_text (doc, &post, GR_EDIT_FIELD_PARTNER, "RO", NULL));
  g_assert_true (gr_edit_set_number (doc, &route, GR_EDIT_FIELD_SHIPS, 500, NULL));

  s = scenario (doc);
  g_assert_cmpint (g_array_index (s->force.deployments, GrDeployment, 0).role, ==, GR_ROLE_RESERVE);
  g_assert_cmpstr (g_array_index (s->force.deployments, GrDeployment, 0).nation, ==, "PL");
  g_assert_cmpstr (g_array_index (s->force.deployments, GrDeployment, 0).name, ==, "Yavoriv camp");
  /* The typed name replaces the bundled Ukrainian one in every language. */
  g_assert_null (g_array_index (s->force.deployments, GrDeployment, 0).name_uk);
  g_assert_cmpstr (g_array_index (s->air_defense.batteries, GrBattery, 0).system, ==, "nasams");
  g_assert_cmpint (g_array_index (s->air_patrol.zones, GrPatrolZone, 0).stations, ==, 3);
  g_assert_cmpint (g_array_index (s->air_patrol.zones, GrPatrolZone, 0).aircraft_assigned, ==, 40);
  g_assert_cmpfloat (g_array_index (s->maritime.patrols, GrMaritimePatrol, 0).radius_km.value, ==, 150);
  g_assert_cmpstr (g_array_index (s->maritime.patrols, GrMaritimePatrol, 0).partner, ==, "RO");
  g_assert_cmpfloat (g_array_index (s->maritime.routes, GrRoute, 0).ships_per_month.value, ==, 500);
  /* a value outside a sourced range widens it instead of being refused */
  g_assert_true (!gr_quantity_has_range (&g_array_index (s->maritime.routes, GrRoute, 0).ships_per_month)
                 || g_array_index (s->maritime.routes, GrRoute, 0).ships_per_month.high >= 500);
}

static void
test_fields_refused (void)
{
  g_autoptr(GrDocument) doc = baseline_document ();
  GrEditItem deployment = { GR_EDIT_ITEM_DEPLOYMENT, 0, 0 };
  GrEditItem battery = { GR_EDIT_ITEM_BATTERY, 0, 0 };
  State before = { NULL };
  GError *error = NULL;

  state_take (&before, doc);
  /* checked by the scenario rules: lower case is not an ISO code, troops ≥ 0 */
  g_assert_false (gr_edit_set_text (doc, &deployment, GR_EDIT_FIELD_NATION, "gb", &error));
  g_assert_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (gr_edit_set_number (doc, &deployment, GR_EDIT_FIELD_TROOPS, -5, &error));
  g_assert_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_INVALID);
  g_clear_error (&error);
  /* checked here: unknown system, a field of another kind */
  g_assert_false (gr_edit_set_text (doc, &battery, GR_EDIT_FIELD_SYSTEM, "s-400", &error));
  g_assert_error (error, GR_EDIT_ERROR, GR_EDIT_ERROR_NOT_EDITABLE);
  g_clear_error (&error);
  g_assert_false (gr_edit_set_number (doc, &battery, GR_EDIT_FIELD_TROOPS, 5, &error));
  g_assert_error (error, GR_EDIT_ERROR, GR_EDIT_ERROR_NOT_EDITABLE);
  g_clear_error (&error);
  /* nothing changed, nothing to undo */
  state_assert (&before, doc);
  g_assert_false (gr_document_get_can_undo (doc));
  state_clear (&before);
}

static void
test_unique_id (void)
{
  g_autoptr(GrDocument) doc = baseline_document ();
  g_autofree char *id = NULL;
  g_autofree char *taken = NULL;

  /* "yavoriv" is a deployment id; the generator never returns a used id
   * of any kind, and numbers from 1. */
  id = gr_edit_unique_id (scenario (doc), "kyiv-patriot");
  g_assert_cmpstr (id, ==, "kyiv-patriot-3");   /* -1 and -2 are batteries */
  taken = gr_edit_unique_id (scenario (doc), "tr-bosporus");
  g_assert_cmpstr (taken, ==, "tr-bosporus-1");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  static const char *systems[] = { "patriot", "iris-t-slm", "nasams", "samp-t" };
  static const char *kinds[] = {
    NULL, "battery", "deployment", "patrol-post", "zone", "zone-vertex", "zone-base", "route-point",
  };
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  model = gr_model_new_default (&error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (move_cases); i++)
    {
      g_autofree char *move = g_strdup_printf ("/model/edits/move/%s", kinds[move_cases[i].kind]);
      g_autofree char *del = g_strdup_printf ("/model/edits/delete/%s", kinds[move_cases[i].kind]);

      g_test_add_data_func (move, &move_cases[i], test_move);
      g_test_add_data_func (del, &move_cases[i], test_delete);
    }
  for (guint i = 0; i < G_N_ELEMENTS (systems); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/edits/add/battery/%s", systems[i]);

      g_test_add_data_func (path, systems[i], test_add_battery);
    }
  g_test_add_func ("/model/edits/add/items", test_add_items);
  g_test_add_func ("/model/edits/add/contingent", test_add_contingent);
  g_test_add_func ("/model/edits/add/zone-vertex", test_add_zone_vertex);
  g_test_add_func ("/model/edits/drag-is-one-step", test_drag_is_one_step);
  g_test_add_func ("/model/edits/delete/keeps-shapes", test_delete_keeps_shapes);
  g_test_add_func ("/model/edits/fields", test_fields);
  g_test_add_func ("/model/edits/fields-refused", test_fields_refused);
  g_test_add_func ("/model/edits/unique-id", test_unique_id);

  status = g_test_run ();
  gr_model_unref (model);
  return status;
}
