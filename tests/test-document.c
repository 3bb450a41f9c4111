/* test-document.c — the document: edits, undo/redo, modified flag, load, save
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "gr-document.h"
#include "gr-metrics-json.h"
#include "gr-scenario-io.h"

#include "wait.h"

static GrModel *model;

/* The figures a view would show, copied out so that they survive the
 * document's next change. */
typedef struct
{
  double composite;
  double deployed_troops;
  guint border_regions_reached;
  double territory_covered_pct;
  double population_covered_pct;
  double funding_gap_busd;
  double trained_total;
} Figures;

static Figures
figures (GrDocument *doc)
{
  const GrMetrics *m = gr_document_get_metrics (doc);

  g_assert_nonnull (m);
  return (Figures) {
    m->index.composite,
    m->force.deployed_troops,
    m->force.border_regions_reached,
    m->air_defense.territory_covered_pct,
    m->air_defense.population_covered_pct,
    m->funding.gap_busd,
    m->readiness.trained_total,
  };
}

/* The metrics are a pure function of the scenario, so the same scenario must
 * give the very same numbers, not merely close ones. */
static void
assert_figures_equal (const Figures *a,
                      const Figures *b)
{
  g_assert_cmpfloat (a->composite, ==, b->composite);
  g_assert_cmpfloat (a->deployed_troops, ==, b->deployed_troops);
  g_assert_cmpuint (a->border_regions_reached, ==, b->border_regions_reached);
  g_assert_cmpfloat (a->territory_covered_pct, ==, b->territory_covered_pct);
  g_assert_cmpfloat (a->population_covered_pct, ==, b->population_covered_pct);
  g_assert_cmpfloat (a->funding_gap_busd, ==, b->funding_gap_busd);
  g_assert_cmpfloat (a->trained_total, ==, b->trained_total);
}

static GrDocument *
baseline_document (GrModel *with_model)
{
  g_autoptr(GError) error = NULL;
  GrDocument *doc = gr_document_new_from_bundled (with_model, "baseline", &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* Edits */

typedef struct
{
  const char *id;
  GrLonLat position;
  double troops;
} Deploy;

/* Adds a deployment, or when one with that id exists, moves and resizes it. */
static void
deploy (GrScenario *scenario,
        gpointer    user_data)
{
  const Deploy *d = user_data;
  GArray *deployments = scenario->force.deployments;
  GrDeployment added = { 0 };

  for (guint i = 0; i < deployments->len; i++)
    {
      GrDeployment *existing = &g_array_index (deployments, GrDeployment, i);

      if (g_strcmp0 (existing->id, d->id) == 0)
        {
          existing->position = d->position;
          existing->troops = d->troops;
          return;
        }
    }

  added.id = g_strdup (d->id);
  added.name = g_strdup ("Test brigade");
  added.position = d->position;
  added.troops = d->troops;
  added.role = GR_ROLE_BORDER;
  added.nation = g_strdup ("GB");
  g_array_append_val (deployments, added);
}

static gboolean
apply_deploy (GrDocument *doc,
              const char *label,
              double      lon,
              double      lat,
              double      troops)
{
  Deploy d = { "test-brigade", { lon, lat }, troops };
  g_autoptr(GError) error = NULL;
  gboolean ok = gr_document_apply (doc, label, deploy, &d, &error);

  g_assert_no_error (error);
  return ok;
}

static void
count_cb (gpointer  object,
          gpointer  user_data)
{
  (*(guint *) user_data)++;
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_undo_redo (void)
{
  g_autoptr(GrDocument) doc = baseline_document (model);
  g_autoptr(GrScenario) before = gr_scenario_copy (gr_document_get_scenario (doc));
  g_autoptr(GrScenario) after = NULL;
  Figures f_before = figures (doc);
  Figures f_after;
  guint changed = 0;

  g_signal_connect (doc, "changed", G_CALLBACK (count_cb), &changed);
  g_assert_false (gr_document_get_can_undo (doc));
  g_assert_false (gr_document_get_can_redo (doc));
  g_assert_null (gr_document_get_undo_label (doc));

  /* 5,000 troops at Kharkiv (36.23 E, 49.99 N). */
  g_assert_true (apply_deploy (doc, "Add brigade", 36.23, 49.99, 5000));
  g_assert_cmpuint (changed, ==, 1);
  g_assert_false (gr_scenario_equal (gr_document_get_scenario (doc), before));
  after = gr_scenario_copy (gr_document_get_scenario (doc));
  f_after = figures (doc);
  /* The deployed total is a plain sum, so it grows by exactly the brigade. */
  g_assert_cmpfloat (f_after.deployed_troops, ==, f_before.deployed_troops + 5000);
  g_assert_true (gr_document_get_can_undo (doc));
  g_assert_cmpstr (gr_document_get_undo_label (doc), ==, "Add brigade");

  g_assert_true (gr_document_undo (doc));
  g_assert_cmpuint (changed, ==, 2);
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (doc), before));
  f_after = figures (doc);
  assert_figures_equal (&f_after, &f_before);
  g_assert_false (gr_document_get_can_undo (doc));
  g_assert_true (gr_document_get_can_redo (doc));
  g_assert_cmpstr (gr_document_get_redo_label (doc), ==, "Add brigade");
  g_assert_false (gr_document_undo (doc));

  g_assert_true (gr_document_redo (doc));
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (doc), after));
  g_assert_cmpfloat (figures (doc).deployed_troops, ==, f_before.deployed_troops + 5000);
  g_assert_false (gr_document_get_can_redo (doc));
  g_assert_false (gr_document_redo (doc));

  /* A new edit after an undo drops the redo branch. */
  g_assert_true (gr_document_undo (doc));
  g_assert_true (apply_deploy (doc, "Add other brigade", 30.52, 50.45, 100));
  g_assert_false (gr_document_get_can_redo (doc));
  g_assert_cmpstr (gr_document_get_undo_label (doc), ==, "Add other brigade");

  /* An edit that changes nothing is no undo step. */
  g_assert_true (apply_deploy (doc, "Same again", 30.52, 50.45, 100));
  g_assert_cmpstr (gr_document_get_undo_label (doc), ==, "Add other brigade");
}

static void
test_grouped (void)
{
  g_autoptr(GrDocument) doc = baseline_document (model);
  g_autoptr(GrScenario) before = NULL;
  g_autoptr(GrScenario) after = NULL;

  g_assert_true (apply_deploy (doc, "Add brigade", 36.0, 50.0, 2000));
  before = gr_scenario_copy (gr_document_get_scenario (doc));

  /* A drag: many motions, one undo step under the bracket's label. */
  gr_document_begin_edit (doc, "Move brigade");
  g_assert_false (gr_document_get_can_undo (doc));
  for (int i = 1; i <= 10; i++)
    {
      g_assert_true (apply_deploy (doc, NULL, 36.0 - 0.5 * i, 50.0, 2000));
      /* Every motion updates the scenario the views draw. */
      g_assert_cmpfloat (g_array_index (gr_document_get_scenario (doc)->force.deployments,
                                        GrDeployment,
                                        gr_document_get_scenario (doc)->force.deployments->len - 1)
                           .position.lon, ==, 36.0 - 0.5 * i);
    }
  g_assert_false (gr_document_undo (doc));
  gr_document_end_edit (doc);
  after = gr_scenario_copy (gr_document_get_scenario (doc));

  g_assert_cmpstr (gr_document_get_undo_label (doc), ==, "Move brigade");
  g_assert_true (gr_document_undo (doc));
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (doc), before));
  g_assert_cmpstr (gr_document_get_undo_label (doc), ==, "Add brigade");
  g_assert_true (gr_document_redo (doc));
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (doc), after));

  /* A drag released where it started leaves no step behind. */
  gr_document_begin_edit (doc, "Move brigade again");
  g_assert_true (apply_deploy (doc, NULL, 20.0, 50.0, 2000));
  g_assert_true (apply_deploy (doc, NULL, 31.0, 50.0, 2000));
  gr_document_end_edit (doc);
  g_assert_cmpstr (gr_document_get_undo_label (doc), ==, "Move brigade");

  /* A cancelled drag puts everything back and leaves no step. */
  gr_document_begin_edit (doc, "Cancelled move");
  g_assert_true (apply_deploy (doc, NULL, 25.0, 48.0, 2000));
  g_assert_true (apply_deploy (doc, NULL, 26.0, 48.0, 2000));
  gr_document_cancel_edit (doc);
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (doc), after));
  g_assert_cmpstr (gr_document_get_undo_label (doc), ==, "Move brigade");
  g_assert_true (gr_document_get_can_undo (doc));
}

static void
make_negative (GrScenario *scenario,
               gpointer    user_data)
{
  GrDeployment *d = &g_array_index (scenario->force.deployments, GrDeployment,
                                    scenario->force.deployments->len - 1);

  d->troops = -1000;
}

static void
test_rejected (void)
{
  g_autoptr(GrDocument) doc = baseline_document (model);
  g_autoptr(GrScenario) before = NULL;
  g_autoptr(GError) error = NULL;
  const GrScenario *pointer;
  Figures f_before, f_now;
  guint changed = 0;

  g_assert_true (apply_deploy (doc, "Add brigade", 36.0, 50.0, 2000));
  before = gr_scenario_copy (gr_document_get_scenario (doc));
  pointer = gr_document_get_scenario (doc);
  f_before = figures (doc);
  g_signal_connect (doc, "changed", G_CALLBACK (count_cb), &changed);
  g_signal_connect (doc, "notify", G_CALLBACK (notify_count_cb), &changed);

  /* Negative troops fail gr_scenario_check(). */
  g_assert_false (gr_document_apply (doc, "Break it", make_negative, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_true (gr_document_get_scenario (doc) == pointer);
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (doc), before));
  f_now = figures (doc);
  assert_figures_equal (&f_now, &f_before);
  g_assert_cmpstr (gr_document_get_undo_label (doc), ==, "Add brigade");

  /* Inside a bracket too: the drag goes on from the last valid state. */
  g_clear_error (&error);
  gr_document_begin_edit (doc, "Drag");
  g_assert_false (gr_document_apply (doc, NULL, make_negative, NULL, &error));
  g_assert_nonnull (error);
  gr_document_end_edit (doc);
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (doc), before));
  g_assert_cmpstr (gr_document_get_undo_label (doc), ==, "Add brigade");
}

static void
test_depth (void)
{
  g_autoptr(GrDocument) doc = baseline_document (NULL);
  guint undone = 0;

  g_assert_null (gr_document_get_metrics (doc));
  for (int i = 0; i < GR_DOCUMENT_UNDO_DEPTH + 5; i++)
    g_assert_true (apply_deploy (doc, "Step", 30.0, 50.0, 100 + i));
  while (gr_document_undo (doc))
    undone++;
  g_assert_cmpuint (undone, ==, GR_DOCUMENT_UNDO_DEPTH);
  /* The oldest five steps were dropped: the earliest state still reachable
   * is the one after the fifth edit, troops 100 + 4. */
  g_assert_cmpfloat (g_array_index (gr_document_get_scenario (doc)->force.deployments, GrDeployment,
                                    gr_document_get_scenario (doc)->force.deployments->len - 1)
                       .troops, ==, 104);
  g_assert_true (gr_document_get_modified (doc));
}

/* Async helpers */

static void
async_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
result_arrived (gconstpointer slot)
{
  return *(GAsyncResult * const *) slot != NULL;
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  wait_until (result_arrived, slot, "the call to finish");
  return *slot;
}

static gboolean
save_to (GrDocument *doc,
         GFile      *file,
         GError    **error)
{
  GAsyncResult *result = NULL;
  gboolean ok;

  gr_document_save_async (doc, file, NULL, async_cb, &result);
  ok = gr_document_save_finish (doc, wait_for (&result), error);
  g_object_unref (result);
  return ok;
}

static gboolean
load_from (GrDocument *doc,
           GFile      *file,
           GError    **error)
{
  GAsyncResult *result = NULL;
  gboolean ok;

  gr_document_load_async (doc, file, NULL, async_cb, &result);
  ok = gr_document_load_finish (doc, wait_for (&result), error);
  g_object_unref (result);
  return ok;
}

static GFile *
temp_file (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("test-document-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return g_file_new_build_filename (dir, name, NULL);
}

static void
remove_file (GFile *file)
{
  g_autoptr(GFile) dir = g_file_get_parent (file);

  g_file_delete (file, NULL, NULL);
  g_file_delete (dir, NULL, NULL);
}

static void
test_modified (void)
{
  g_autoptr(GrDocument) doc = baseline_document (model);
  g_autoptr(GFile) file = temp_file ("modified.json");
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  g_signal_connect (doc, "notify::modified", G_CALLBACK (notify_count_cb), &notified);
  g_assert_false (gr_document_get_modified (doc));
  g_assert_null (gr_document_get_file (doc));

  /* A bundled scenario has no file: plain save refuses and the UI asks. */
  g_assert_false (save_to (doc, NULL, &error));
  g_assert_error (error, GR_DOCUMENT_ERROR, GR_DOCUMENT_ERROR_NO_FILE);
  g_clear_error (&error);

  g_assert_true (apply_deploy (doc, "A", 30.0, 50.0, 100));
  g_assert_true (gr_document_get_modified (doc));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (gr_document_undo (doc));
  g_assert_false (gr_document_get_modified (doc));
  g_assert_true (gr_document_redo (doc));
  g_assert_true (gr_document_get_modified (doc));
  g_assert_cmpuint (notified, ==, 3);

  g_assert_true (save_to (doc, file, &error));
  g_assert_no_error (error);
  g_assert_false (gr_document_get_modified (doc));
  g_assert_true (g_file_equal (gr_document_get_file (doc), file));

  /* Undo past the save: modified; redo back to it: clean again. */
  g_assert_true (gr_document_undo (doc));
  g_assert_true (gr_document_get_modified (doc));
  g_assert_true (gr_document_redo (doc));
  g_assert_false (gr_document_get_modified (doc));

  g_assert_true (apply_deploy (doc, "B", 31.0, 50.0, 100));
  g_assert_true (gr_document_get_modified (doc));
  g_assert_true (save_to (doc, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (gr_document_get_modified (doc));

  remove_file (file);
}

static void
test_save_round_trip (void)
{
  g_autoptr(GrDocument) doc = baseline_document (model);
  g_autoptr(GrDocument) other = baseline_document (model);
  g_autoptr(GFile) file = temp_file ("round-trip.json");
  g_autoptr(GError) error = NULL;
  Figures saved, loaded;

  g_assert_true (apply_deploy (doc, "A", 36.23, 49.99, 4321));
  g_assert_true (save_to (doc, file, &error));
  g_assert_no_error (error);
  saved = figures (doc);

  g_assert_true (apply_deploy (other, "Unrelated", 24.0, 49.8, 10));
  g_assert_true (load_from (other, file, &error));
  g_assert_no_error (error);
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (other),
                                    gr_document_get_scenario (doc)));
  loaded = figures (other);
  assert_figures_equal (&loaded, &saved);
  /* A load is a fresh start: its file, no history, nothing modified. */
  g_assert_true (g_file_equal (gr_document_get_file (other), file));
  g_assert_false (gr_document_get_can_undo (other));
  g_assert_false (gr_document_get_modified (other));

  remove_file (file);
}

/* The bundled baseline with one deployment's troops made negative: valid
 * JSON, a valid scenario but for one member deep inside. */
static char *
baseline_with_negative_troops (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "scenarios",
                                                 "baseline.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) edited = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  edited = g_string_new (text);
  g_assert_cmpuint (g_string_replace (edited, "\"troops\": { \"value\": 2500,",
                                    "\"troops\": { \"value\": -2500,", 1), ==, 1);
  return g_string_free (g_steal_pointer (&edited), FALSE);
}

static void
test_failed_load (gconstpointer data)
{
  g_autofree char *contents = data != NULL ? g_strdup (data) : baseline_with_negative_troops ();
  g_autoptr(GrDocument) doc = baseline_document (model);
  g_autoptr(GFile) file = temp_file ("bad.json");
  g_autoptr(GFile) missing = temp_file ("missing.json");
  g_autoptr(GrScenario) before = NULL;
  g_autoptr(GError) error = NULL;
  const GrScenario *pointer;
  guint changed = 0;

  g_assert_true (apply_deploy (doc, "A", 30.0, 50.0, 100));
  before = gr_scenario_copy (gr_document_get_scenario (doc));
  pointer = gr_document_get_scenario (doc);
  g_signal_connect (doc, "changed", G_CALLBACK (count_cb), &changed);
  g_signal_connect (doc, "notify", G_CALLBACK (notify_count_cb), &changed);

  g_assert_true (g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);

  /* The loader's error names the file for the user. */
  g_assert_false (load_from (doc, file, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == GR_SCENARIO_ERROR);
  g_assert_nonnull (strstr (error->message, "bad.json"));
  g_test_message ("%s", error->message);
  if (data == NULL)
    g_assert_nonnull (strstr (error->message, "deployments[0]"));
  g_clear_error (&error);
  g_assert_false (load_from (doc, missing, &error));
  g_assert_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_IO);

  g_assert_cmpuint (changed, ==, 0);
  g_assert_true (gr_document_get_scenario (doc) == pointer);
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (doc), before));
  g_assert_null (gr_document_get_file (doc));
  g_assert_true (gr_document_get_modified (doc));
  g_assert_cmpstr (gr_document_get_undo_label (doc), ==, "A");

  remove_file (file);
  remove_file (missing);
  g_file_delete (missing, NULL, NULL);
}

static void
test_bundled (void)
{
  g_autoptr(GrDocument) doc = baseline_document (model);
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) before = NULL;

  g_assert_true (apply_deploy (doc, "A", 30.0, 50.0, 100));
  before = gr_scenario_copy (gr_document_get_scenario (doc));

  g_assert_false (gr_document_load_bundled (doc, "no-such-scenario", &error));
  g_assert_nonnull (error);
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (doc), before));
  g_assert_true (gr_document_get_can_undo (doc));

  g_clear_error (&error);
  g_assert_true (gr_document_load_bundled (doc, "reinforced", &error));
  g_assert_no_error (error);
  g_assert_false (gr_scenario_equal (gr_document_get_scenario (doc), before));
  g_assert_false (gr_document_get_can_undo (doc));
  g_assert_false (gr_document_get_modified (doc));
  g_assert_nonnull (gr_document_get_title (doc));
}

/* The metrics property is a boxed type: g_object_get() gives a deep copy
 * that outlives the document's next change and says what the metrics
 * said (the same JSON), owning none of their memory. */
static void
test_metrics_property (void)
{
  g_autoptr(GrDocument) doc = baseline_document (model);
  g_autoptr(GrMetrics) copy = NULL;
  g_autofree char *json = NULL;
  g_autofree char *copy_json = NULL;
  const GrMetrics *metrics = gr_document_get_metrics (doc);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (doc), "metrics");

  g_assert_true (G_IS_PARAM_SPEC_BOXED (pspec));
  g_assert_true (pspec->value_type == GR_TYPE_METRICS);
  json = gr_metrics_to_json (metrics, model, FALSE);
  g_object_get (doc, "metrics", &copy, NULL);
  g_assert_nonnull (copy);
  g_assert_true (copy != metrics);
  g_assert_true (copy->warnings == NULL || copy->warnings != metrics->warnings);
  g_assert_true (copy->maritime.routes != metrics->maritime.routes);
  g_assert_true (copy->force.region_reached != metrics->force.region_reached);

  g_assert_true (apply_deploy (doc, "A", 30.0, 50.0, 100));
  copy_json = gr_metrics_to_json (copy, model, FALSE);
  g_assert_cmpstr (copy_json, ==, json);
}

/* New: the template under a new name, no file, nothing to save or undo. */
static void
test_new_scenario (void)
{
  g_autoptr(GrDocument) doc = baseline_document (model);
  g_autoptr(GrScenario) template = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (gr_document_load_bundled (doc, "reinforced", &error));
  g_assert_true (apply_deploy (doc, "A", 30.0, 50.0, 100));
  g_assert_true (gr_document_new_scenario (doc, "Untitled", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gr_document_get_scenario (doc)->name, ==, "Untitled");
  g_assert_cmpstr (gr_document_get_title (doc), ==, "Untitled");
  g_assert_null (gr_document_get_file (doc));
  g_assert_false (gr_document_get_modified (doc));
  g_assert_false (gr_document_get_can_undo (doc));

  /* Everything else is the template's. */
  template = gr_scenario_load_bundled (GR_DOCUMENT_TEMPLATE, &error);
  g_free (template->name);
  template->name = g_strdup ("Untitled");
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (doc), template));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  model = gr_model_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/model/document/undo-redo", test_undo_redo);
  g_test_add_func ("/model/document/grouped", test_grouped);
  g_test_add_func ("/model/document/rejected", test_rejected);
  g_test_add_func ("/model/document/depth", test_depth);
  g_test_add_func ("/model/document/modified", test_modified);
  g_test_add_func ("/model/document/save-round-trip", test_save_round_trip);
  g_test_add_data_func ("/model/document/failed-load/not-json", "{ \"name\": ", test_failed_load);
  g_test_add_data_func ("/model/document/failed-load/not-scenario", "{ \"name\": 42 }",
                        test_failed_load);
  g_test_add_data_func ("/model/document/failed-load/negative-troops", NULL, test_failed_load);
  g_test_add_data_func ("/model/document/failed-load/not-object", "[1, 2, 3]", test_failed_load);
  g_test_add_func ("/model/document/bundled", test_bundled);
  g_test_add_func ("/model/document/metrics-property", test_metrics_property);
  g_test_add_func ("/model/document/new-scenario", test_new_scenario);

  status = g_test_run ();
  gr_model_unref (model);
  return status;
}
