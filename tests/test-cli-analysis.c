/* test-cli-analysis.c — `guarantor --compare`, `--sensitivity`, `--monte-carlo`
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Spawns the built binary as a user runs it and checks its JSON against
 * `guarantor --metrics` of the same files.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "cli-run.h"
#include "gr-metrics.h"
#include "gr-scenario-io.h"

static char *
scenario_path (const char *name)
{
  g_autofree char *file = g_strdup_printf ("%s.json", name);

  return g_test_build_filename (G_TEST_DIST, "..", "data", "scenarios", file, NULL);
}

static JsonNode *
run_json (const char *first,
          ...)
{
  g_auto(Run) run = { 0 };
  const char *args[8] = { 0 };
  g_autoptr(GError) error = NULL;
  va_list ap;
  guint n = 0;

  va_start (ap, first);
  for (const char *a = first; a != NULL && n < G_N_ELEMENTS (args) - 1;
       a = va_arg (ap, const char *))
    args[n++] = a;
  va_end (ap);
  g_assert_cmpint (run_guarantor (&run, args[0], args[1], args[2], args[3], args[4], args[5],
                                  args[6], NULL), ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  return json_from_string (run.out, &error);
}

/* The --metrics value at a dotted member path, NAN for null. */
static double
metric_at (JsonNode   *root,
           const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  JsonNode *node = root;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
      node = json_object_get_member (json_node_get_object (node), parts[i]);
      g_assert_nonnull (node);
    }
  return JSON_NODE_HOLDS_NULL (node) ? NAN : json_node_get_double (node);
}

/* Numbers reached through objects only, as the headline metrics are. */
static guint
count_numbers (JsonNode *node)
{
  guint n = 0;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autoptr(GList) members = json_object_get_values (json_node_get_object (node));

      for (GList *l = members; l != NULL; l = l->next)
        n += count_numbers (l->data);
    }
  else if (JSON_NODE_HOLDS_NULL (node))
    n = 1;
  else if (JSON_NODE_HOLDS_VALUE (node))
    n = json_node_get_value_type (node) == G_TYPE_DOUBLE
        || json_node_get_value_type (node) == G_TYPE_INT64;
  return n;
}

static void
test_compare (gconstpointer data)
{
  g_autofree char *a = scenario_path ("baseline");
  g_autofree char *b = scenario_path (data);
  g_autoptr(JsonNode) cmp = run_json ("--compare", a, b, NULL);
  g_autoptr(JsonNode) ma = run_json ("--metrics", a, NULL);
  g_autoptr(JsonNode) mb = run_json ("--metrics", b, NULL);
  JsonObject *root = json_node_get_object (cmp);
  JsonArray *metrics = json_object_get_array_member (root, "metrics");
  JsonArray *attribution = json_object_get_array_member (root, "attribution");
  gboolean self = g_str_equal (data, "baseline");
  double sum = 0;

  g_assert_cmpstr (json_object_get_string_member (root, "a"), ==,
                   json_object_get_string_member (json_node_get_object (ma), "scenario"));
  g_assert_cmpstr (json_object_get_string_member (root, "b"), ==,
                   json_object_get_string_member (json_node_get_object (mb), "scenario"));
  g_assert_cmpuint (json_array_get_length (metrics), ==, count_numbers (ma));

  for (guint i = 0; i < json_array_get_length (metrics); i++)
    {
      JsonObject *m = json_array_get_object_element (metrics, i);
      const char *path = json_object_get_string_member (m, "path");
      double va = metric_at (ma, path), vb = metric_at (mb, path);

      if (!isfinite (va) || !isfinite (vb))
        continue;
      g_assert_cmpfloat (json_object_get_double_member (m, "a"), ==, va);
      g_assert_cmpfloat (json_object_get_double_member (m, "b"), ==, vb);
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (m, "difference"), vb - va,
                                      1e-9 * MAX (1, fabs (va)));
      if (self)
        g_assert_cmpfloat (json_object_get_double_member (m, "difference"), ==, 0);
    }

  g_assert_cmpuint (json_array_get_length (attribution), ==, 8);
  for (guint i = 0; i < json_array_get_length (attribution); i++)
    {
      JsonObject *at = json_array_get_object_element (attribution, i);

      g_assert_nonnull (json_object_get_string_member (at, "pillar"));
      sum += json_object_get_double_member (at, "contribution");
    }
  g_assert_cmpfloat_with_epsilon (sum, log (metric_at (mb, "index.composite"))
                                       - log (metric_at (ma, "index.composite")), 1e-9);
  if (self)
    g_assert_cmpfloat (sum, ==, 0);
}

static void
test_compare_usage (void)
{
  g_autofree char *a = scenario_path ("baseline");
  g_auto(Run) one = { 0 };
  g_auto(Run) missing = { 0 };

  g_assert_cmpint (run_guarantor (&one, "--compare", a, NULL), ==, 2);
  g_assert_nonnull (strstr (one.err, "--compare A B"));
  g_assert_cmpint (run_guarantor (&missing, "--compare", a, "/nonexistent/b.json", NULL), ==, 2);
  g_assert_nonnull (strstr (missing.err, "b.json"));
}

static void
test_sensitivity (void)
{
  g_autofree char *path = scenario_path ("observed-2025");
  g_autoptr(JsonNode) out = run_json ("--sensitivity", path, NULL);
  g_autoptr(JsonNode) metrics = run_json ("--metrics", path, NULL);
  JsonObject *root = json_node_get_object (out);
  JsonArray *inputs = json_object_get_array_member (root, "inputs");
  double previous = INFINITY;
  g_auto(Run) bad = { 0 };

  g_assert_cmpstr (json_object_get_string_member (root, "metric"), ==, "index.composite");
  g_assert_cmpfloat (json_object_get_double_member (root, "base"), ==,
                     metric_at (metrics, "index.composite"));
  g_assert_cmpuint (json_array_get_length (inputs), >=, 83);
  for (guint i = 0; i < json_array_get_length (inputs); i++)
    {
      JsonObject *in = json_array_get_object_element (inputs, i);
      double swing = json_object_get_double_member (in, "swing");

      g_assert_cmpfloat (swing, >=, 0);
      g_assert_cmpfloat (swing, <=, previous);
      g_assert_cmpfloat (json_object_get_double_member (in, "low"), <=,
                         json_object_get_double_member (in, "high"));
      previous = swing;
    }

  g_assert_cmpint (run_guarantor (&bad, "--sensitivity", path, "--metric", "nope", NULL), ==, 2);
  g_assert_nonnull (strstr (bad.err, "nope"));
}

/* ---- --sensitivity --metric on a series' item ---------------------------- */

/* The lever a case moves, found in the scenario by hand, and its path in
 * the tornado (gr-scenario-walk.h) in @path. */
typedef GrQuantity *(*LeverFunc) (GrScenario *s, char **path);
/* The case's metric, read from the model's own structs. */
typedef double (*ReadFunc) (const GrMetrics *m);

typedef struct
{
  const char *metric;
  LeverFunc lever;
  ReadFunc read;
} SeriesCase;

static GrQuantity *
lever_need_2027 (GrScenario *s,
                 char      **path)
{
  for (guint i = 0; i < s->needs->len; i++)
    if (g_array_index (s->needs, GrFundingNeed, i).year == 2027)
      {
        *path = g_strdup_printf ("funding.need[%u].busd", i);
        return &g_array_index (s->needs, GrFundingNeed, i).busd;
      }
  g_assert_not_reached ();
}

static double
read_need_2027 (const GrMetrics *m)
{
  for (guint i = 0; i < m->funding.years->len; i++)
    if (g_array_index (m->funding.years, GrFundingYear, i).year == 2027)
      return g_array_index (m->funding.years, GrFundingYear, i).need_busd;
  g_assert_not_reached ();
}

static GrQuantity *
lever_trained_per_month (GrScenario *s,
                         char      **path)
{
  *path = g_strdup ("readiness.trained_per_month");
  return &s->readiness.trained_per_month;
}

static double
read_trained_2030 (const GrMetrics *m)
{
  for (guint i = 0; i < m->readiness.by_year->len; i++)
    if (g_array_index (m->readiness.by_year, GrReadinessYear, i).year == 2030)
      return g_array_index (m->readiness.by_year, GrReadinessYear, i).trained;
  g_assert_not_reached ();
}

static GrQuantity *
lever_bosporus_patrol (GrScenario *s,
                       char      **path)
{
  *path = g_strdup ("maritime.patrols.tr-bosporus.radius_km");
  for (guint i = 0; i < s->maritime.patrols->len; i++)
    {
      GrMaritimePatrol *p = &g_array_index (s->maritime.patrols, GrMaritimePatrol, i);

      if (g_str_equal (p->id, "tr-bosporus"))
        return &p->radius_km;
    }
  g_assert_not_reached ();
}

static double
read_corridor_covered (const GrMetrics *m)
{
  for (guint i = 0; i < m->maritime.routes->len; i++)
    {
      const GrRouteMetrics *r = &g_array_index (m->maritime.routes, GrRouteMetrics, i);

      if (g_str_equal (r->id, "grain-corridor"))
        return r->covered_km;
    }
  g_assert_not_reached ();
}

static GrQuantity *
lever_endurance (GrScenario *s,
                 char      **path)
{
  *path = g_strdup ("air_patrol.aircraft.endurance_h");
  return &s->air_patrol.aircraft.endurance_h;
}

static double
read_west_aircraft (const GrMetrics *m)
{
  for (guint i = 0; i < m->air_patrol.zones->len; i++)
    {
      const GrPatrolZoneMetrics *z = &g_array_index (m->air_patrol.zones, GrPatrolZoneMetrics, i);

      if (g_str_equal (z->id, "western-ukraine"))
        return z->aircraft_required;
    }
  g_assert_not_reached ();
}

static const SeriesCase series_cases[] = {
  { "funding.years.2027.need_busd", lever_need_2027, read_need_2027 },
  { "readiness.by_year.2030.trained", lever_trained_per_month, read_trained_2030 },
  { "maritime.routes.grain-corridor.covered_km", lever_bosporus_patrol, read_corridor_covered },
  { "air_patrol.zones.western-ukraine.aircraft_required", lever_endurance, read_west_aircraft },
};

static GrScenario *
load_scenario (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GrScenario *s = gr_scenario_load_file (file, NULL, &error);

  g_assert_no_error (error);
  return s;
}

/* The metric with the lever at @value, the scenario otherwise as loaded. */
static double
evaluate_with (GrModel          *model,
               const char       *path,
               const SeriesCase *c,
               gboolean          move,
               double            value)
{
  g_autoptr(GrScenario) s = load_scenario (path);
  g_autoptr(GrMetrics) m = NULL;
  g_autofree char *input = NULL;
  GrQuantity *q = c->lever (s, &input);

  if (move)
    q->value = value;
  m = gr_model_evaluate (model, s);
  return c->read (m);
}

static void
test_sensitivity_series (gconstpointer data)
{
  const SeriesCase *c = data;
  g_autofree char *path = scenario_path ("baseline");
  g_autoptr(JsonNode) out = run_json ("--sensitivity", path, "--metric", c->metric, NULL);
  JsonObject *root = json_node_get_object (out);
  JsonArray *inputs = json_object_get_array_member (root, "inputs");
  g_autoptr(GError) error = NULL;
  g_autoptr(GrModel) model = gr_model_new_default (&error);
  g_autoptr(GrScenario) s = load_scenario (path);
  g_autofree char *input = NULL;
  JsonObject *found = NULL;
  GrQuantity *q = c->lever (s, &input);
  double low = q->low, high = q->high;

  g_assert_no_error (error);

  g_assert_cmpstr (json_object_get_string_member (root, "metric"), ==, c->metric);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (root, "base"),
                                  evaluate_with (model, path, c, FALSE, 0), 1e-9);
  for (guint i = 0; i < json_array_get_length (inputs); i++)
    {
      JsonObject *in = json_array_get_object_element (inputs, i);

      if (g_str_equal (json_object_get_string_member (in, "path"), input))
        found = in;
    }
  g_assert_nonnull (found);
  g_assert_cmpfloat (json_object_get_double_member (found, "low"), ==, low);
  g_assert_cmpfloat (json_object_get_double_member (found, "high"), ==, high);
  {
    double at_low = evaluate_with (model, path, c, TRUE, low);
    double at_high = evaluate_with (model, path, c, TRUE, high);

    /* the lever moves this metric: the case can tell a wrong item */
    g_assert_cmpfloat (fabs (at_high - at_low), >, 1e-6);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (found, "at_low"), at_low,
                                    1e-9 * MAX (1, fabs (at_low)));
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (found, "at_high"), at_high,
                                    1e-9 * MAX (1, fabs (at_high)));
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (found, "swing"),
                                    fabs (at_high - at_low), 1e-9 * MAX (1, fabs (at_high)));
  }
}

/* A path that goes astray in a series is named, with the items there. */
static void
test_sensitivity_series_unknown (void)
{
  g_autofree char *path = scenario_path ("baseline");
  g_auto(Run) year = { 0 };
  g_auto(Run) zone = { 0 };
  g_auto(Run) top = { 0 };

  g_assert_cmpint (run_guarantor (&year, "--sensitivity", path, "--metric",
                                  "funding.years.2099.need_busd", NULL), ==, 2);
  g_assert_cmpstr (year.out, ==, "");
  g_assert_nonnull (strstr (year.err, "“funding.years.2099.need_busd”"));
  g_assert_nonnull (strstr (year.err, "“funding.years”"));
  g_assert_nonnull (strstr (year.err, "2026"));
  g_assert_nonnull (strstr (year.err, "2030"));

  g_assert_cmpint (run_guarantor (&zone, "--sensitivity", path, "--metric",
                                  "air_patrol.zones.west.aircraft_required", NULL), ==, 2);
  g_assert_nonnull (strstr (zone.err, "“air_patrol.zones”"));
  g_assert_nonnull (strstr (zone.err, "western-ukraine"));
  g_assert_nonnull (strstr (zone.err, "nw-black-sea"));

  g_assert_cmpint (run_guarantor (&top, "--sensitivity", path, "--metric", "nope", NULL), ==, 2);
  g_assert_nonnull (strstr (top.err, "readiness"));
  g_assert_nonnull (strstr (top.err, "index.composite"));
}

static void
test_monte_carlo (void)
{
  g_autofree char *path = scenario_path ("baseline");
  g_auto(Run) one = { 0 };
  g_auto(Run) two = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) other = { 0 };
  g_auto(Run) bad = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *metrics;

  g_assert_cmpint (run_guarantor (&one, "--monte-carlo", path, "--samples", "40", "--seed", "9",
                                  "--threads", "1", NULL), ==, 0);
  g_assert_cmpint (run_guarantor (&two, "--monte-carlo", path, "--samples", "40", "--seed", "9",
                                  "--threads", "2", NULL), ==, 0);
  g_assert_cmpint (run_guarantor (&again, "--monte-carlo", path, "--samples", "40", "--seed", "9",
                                  "--threads", "2", NULL), ==, 0);
  g_assert_cmpint (run_guarantor (&other, "--monte-carlo", path, "--samples", "40", "--seed", "10",
                                  NULL), ==, 0);
  g_assert_cmpstr (one.out, ==, two.out);
  g_assert_cmpstr (two.out, ==, again.out);
  g_assert_cmpstr (one.out, !=, other.out);

  root = json_from_string (one.out, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "samples"), ==, 40);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "seed"), ==, 9);
  metrics = json_object_get_array_member (json_node_get_object (root), "metrics");
  g_assert_cmpuint (json_array_get_length (metrics), >, 50);
  for (guint i = 0; i < json_array_get_length (metrics); i++)
    {
      JsonObject *m = json_array_get_object_element (metrics, i);

      if (json_object_get_null_member (m, "p50"))
        continue;
      g_assert_cmpfloat (json_object_get_double_member (m, "p10"), <=,
                         json_object_get_double_member (m, "p50"));
      g_assert_cmpfloat (json_object_get_double_member (m, "p50"), <=,
                         json_object_get_double_member (m, "p90"));
    }

  g_assert_cmpint (run_guarantor (&bad, "--monte-carlo", path, "--samples", "0", NULL), ==, 2);
  g_assert_nonnull (strstr (bad.err, "--samples"));
}

/* --present takes --samples, --seed and --threads for the slides' Monte
 * Carlo; a bad value is refused before any window opens (no display is
 * needed to see it), and without --present they still need a job. */
static void
test_present_usage (void)
{
  g_auto(Run) samples = { 0 };
  g_auto(Run) seed = { 0 };
  g_auto(Run) alone = { 0 };

  g_assert_cmpint (run_guarantor (&samples, "--present", "--samples", "many", NULL), ==, 2);
  g_assert_nonnull (strstr (samples.err, "--samples"));
  g_assert_nonnull (strstr (samples.err, "many"));
  g_assert_cmpint (run_guarantor (&seed, "--present", "--seed", "-1", NULL), ==, 2);
  g_assert_nonnull (strstr (seed.err, "--seed"));
  g_assert_cmpint (run_guarantor (&alone, "--samples", "40", NULL), ==, 2);
  g_assert_nonnull (strstr (alone.err, "--present"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_data_func ("/cli/compare/self", "baseline", test_compare);
  g_test_add_data_func ("/cli/compare/reinforced", "reinforced", test_compare);
  g_test_add_func ("/cli/compare/usage", test_compare_usage);
  g_test_add_func ("/cli/sensitivity", test_sensitivity);
  for (guint i = 0; i < G_N_ELEMENTS (series_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/cli/sensitivity/series/%s",
                                               series_cases[i].metric);

      g_test_add_data_func (name, &series_cases[i], test_sensitivity_series);
    }
  g_test_add_func ("/cli/sensitivity/series-unknown", test_sensitivity_series_unknown);
  g_test_add_func ("/cli/monte-carlo", test_monte_carlo);
  g_test_add_func ("/cli/present-usage", test_present_usage);
  return g_test_run ();
}
