/* test-monte-carlo-series.c — Monte Carlo percentiles of the values the charts draw per item
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The funding years, the trained force by year, the routes and the patrol
 * zones (gr-metric-table.h, "series"): named as in `guarantor --metrics`,
 * ordered, the same for any number of threads, and exactly the
 * deterministic values when no input is uncertain.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "gr-metrics-json.h"
#include "gr-monte-carlo.h"
#include "gr-scenario-io.h"
#include "gr-scenario-walk.h"
#include "bundled.h"

static GrModel *model;

typedef struct
{
  char *path;
  double value;
} Expected;

static void
expected_clear (gpointer data)
{
  g_free (((Expected *) data)->path);
}

static void
expect (GArray     *list,
        double      value,
        const char *format,
        ...) G_GNUC_PRINTF (3, 4);

static void
expect (GArray     *list,
        double      value,
        const char *format,
        ...)
{
  Expected e = { NULL, value };
  va_list args;

  va_start (args, format);
  e.path = g_strdup_vprintf (format, args);
  va_end (args);
  g_array_append_val (list, e);
}

/* What the four charts draw per item, read from the metrics themselves:
 * the paths as the item's key names them, and the values. */
static GArray *
chart_series (const GrMetrics *m)
{
  GArray *list = g_array_new (FALSE, FALSE, sizeof (Expected));

  g_array_set_clear_func (list, expected_clear);
  for (guint i = 0; i < m->funding.years->len; i++)
    {
      const GrFundingYear *y = &g_array_index (m->funding.years, GrFundingYear, i);

      expect (list, y->need_busd, "funding.years.%d.need_busd", y->year);
      expect (list, y->committed_busd, "funding.years.%d.committed_busd", y->year);
      expect (list, y->allocated_busd, "funding.years.%d.allocated_busd", y->year);
      expect (list, y->gap_busd, "funding.years.%d.gap_busd", y->year);
    }
  for (guint i = 0; i < m->readiness.by_year->len; i++)
    {
      const GrReadinessYear *y = &g_array_index (m->readiness.by_year, GrReadinessYear, i);

      expect (list, y->trained, "readiness.by_year.%d.trained", y->year);
    }
  for (guint i = 0; i < m->maritime.routes->len; i++)
    {
      const GrRouteMetrics *r = &g_array_index (m->maritime.routes, GrRouteMetrics, i);

      expect (list, r->covered_km, "maritime.routes.%s.covered_km", r->id);
      expect (list, r->length_km, "maritime.routes.%s.length_km", r->id);
    }
  for (guint i = 0; i < m->air_patrol.zones->len; i++)
    {
      const GrPatrolZoneMetrics *z = &g_array_index (m->air_patrol.zones, GrPatrolZoneMetrics, i);

      expect (list, z->aircraft_required, "air_patrol.zones.%s.aircraft_required", z->id);
      expect (list, z->aircraft_assigned, "air_patrol.zones.%s.aircraft_assigned", z->id);
    }
  return list;
}

static GrMonteCarlo *
run (const GrScenario *s,
     guint             samples,
     guint64           seed,
     guint             threads)
{
  g_autoptr(GError) error = NULL;
  GrMonteCarlo *r = gr_monte_carlo_run (model, s, samples, seed, threads, NULL, NULL, NULL,
                                        &error);

  g_assert_no_error (error);
  g_assert_nonnull (r);
  return r;
}

/* The node at a dotted path of --metrics: an object's member by name, an
 * array's element by its "id" or its "year". */
static JsonNode *
resolve (JsonNode   *root,
         const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  JsonNode *node = root;

  for (guint i = 0; parts[i] != NULL && node != NULL; i++)
    {
      if (JSON_NODE_HOLDS_OBJECT (node))
        node = json_object_get_member (json_node_get_object (node), parts[i]);
      else if (JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *array = json_node_get_array (node);
          JsonNode *found = NULL;

          for (guint k = 0; k < json_array_get_length (array) && found == NULL; k++)
            {
              JsonObject *item = json_array_get_object_element (array, k);

              if ((json_object_has_member (item, "id")
                   && g_strcmp0 (json_object_get_string_member (item, "id"), parts[i]) == 0)
                  || (json_object_has_member (item, "year")
                      && json_object_get_int_member (item, "year") == atoi (parts[i])))
                found = json_array_get_element (array, k);
            }
          node = found;
        }
      else
        node = NULL;
    }
  return node;
}

/* Every value the charts draw per item has its percentiles, under the
 * path that finds that value in `guarantor --metrics`. */
static void
test_paths (void)
{
  g_autoptr(GrScenario) s = bundled ("baseline");
  g_autoptr(GrMetrics) m = gr_model_evaluate (model, s);
  g_autoptr(GArray) series = chart_series (m);
  g_autoptr(JsonNode) json = gr_metrics_to_json_node (m, model);
  g_autoptr(GrMonteCarlo) r = run (s, 50, 1, 2);
  guint n_series = 0;

  /* the baseline has each kind of item */
  g_assert_cmpuint (m->funding.years->len, >, 0);
  g_assert_cmpuint (m->readiness.by_year->len, >, 0);
  g_assert_cmpuint (m->maritime.routes->len, >, 0);
  g_assert_cmpuint (m->air_patrol.zones->len, >, 0);
  for (guint i = 0; i < series->len; i++)
    {
      const Expected *e = &g_array_index (series, Expected, i);
      JsonNode *node = resolve (json, e->path);

      g_test_message ("%s", e->path);
      g_assert_nonnull (gr_monte_carlo_find (r, e->path));
      g_assert_nonnull (node);
      g_assert_true (JSON_NODE_HOLDS_VALUE (node));
      g_assert_cmpfloat_with_epsilon (json_node_get_double (node), e->value,
                                      1e-9 * MAX (1, fabs (e->value)));
    }
  /* The keys themselves are no metrics. */
  g_assert_null (gr_monte_carlo_find (r, "funding.years.2026.year"));
  g_assert_null (gr_monte_carlo_find (r, "maritime.routes.grain-corridor.id"));
  /* and every series path of the run is found in --metrics */
  for (guint i = 0; i < r->metrics->len; i++)
    {
      const char *path = g_array_index (r->metrics, GrMonteCarloMetric, i).path;

      if (!g_str_has_prefix (path, "funding.years.")
          && !g_str_has_prefix (path, "readiness.by_year.")
          && !g_str_has_prefix (path, "maritime.routes.")
          && !g_str_has_prefix (path, "air_patrol.zones."))
        continue;
      n_series++;
      g_test_message ("%s", path);
      g_assert_nonnull (resolve (json, path));
    }
  g_assert_cmpuint (n_series, >=, series->len);
}

/* Ordered percentiles; the 2026 need (one input, triangular on 66, 120,
 * 120 US$ billion) at its quantiles 66 + 54 √q: P10 83.08, P50 104.18,
 * P90 117.23 (at 1000 samples the P50's standard error is about 0.6). */
static void
test_ordered (void)
{
  g_autoptr(GrScenario) s = bundled ("baseline");
  g_autoptr(GrMetrics) m = gr_model_evaluate (model, s);
  g_autoptr(GArray) series = chart_series (m);
  g_autoptr(GrMonteCarlo) r = run (s, 1000, 7, 2);
  const GrMonteCarloMetric *need, *trained;
  guint spread = 0;

  for (guint i = 0; i < series->len; i++)
    {
      const Expected *e = &g_array_index (series, Expected, i);
      const GrMonteCarloMetric *mc = gr_monte_carlo_find (r, e->path);

      g_assert_nonnull (mc);
      g_assert_cmpfloat (mc->p10, <=, mc->p50);
      g_assert_cmpfloat (mc->p50, <=, mc->p90);
      spread += mc->p90 > mc->p10;
    }
  /* not ordered by emptiness: most of them vary */
  g_assert_cmpuint (spread, >, series->len / 2);

  g_assert_cmpuint (s->needs->len, >, 0);
  need = gr_monte_carlo_find (r, "funding.years.2026.need_busd");
  g_assert_nonnull (need);
  g_assert_cmpfloat_with_epsilon (need->p10, 66 + 54 * sqrt (0.1), 2.5);
  g_assert_cmpfloat_with_epsilon (need->p50, 66 + 54 * sqrt (0.5), 2.5);
  g_assert_cmpfloat_with_epsilon (need->p90, 66 + 54 * sqrt (0.9), 2.5);
  /* The trained force's spread widens year by year. */
  trained = gr_monte_carlo_find (r, "readiness.by_year.2030.trained");
  g_assert_nonnull (trained);
  g_assert_cmpfloat (trained->p90 - trained->p10, >,
                     gr_monte_carlo_find (r, "readiness.by_year.2026.trained")->p90
                     - gr_monte_carlo_find (r, "readiness.by_year.2026.trained")->p10);
}

/* The series come out bit for bit the same on one thread and on three. */
static void
test_threads (void)
{
  g_autoptr(GrScenario) s = bundled ("observed-2025");
  g_autoptr(GrMetrics) m = gr_model_evaluate (model, s);
  g_autoptr(GArray) series = chart_series (m);
  g_autoptr(GrMonteCarlo) one = run (s, 40, 99, 1);
  g_autoptr(GrMonteCarlo) three = run (s, 40, 99, 3);

  g_assert_cmpuint (series->len, >, 0);
  for (guint i = 0; i < series->len; i++)
    {
      const char *path = g_array_index (series, Expected, i).path;
      const GrMonteCarloMetric *a = gr_monte_carlo_find (one, path);
      const GrMonteCarloMetric *b = gr_monte_carlo_find (three, path);

      g_assert_nonnull (a);
      g_assert_nonnull (b);
      g_assert_true (memcmp (&a->mean, &b->mean, 4 * sizeof (double)) == 0);
    }
}

static void
collapse_cb (const char *path,
             GrQuantity *quantity,
             gpointer    user_data)
{
  if (gr_quantity_has_range (quantity))
    quantity->low = quantity->high = quantity->value;
}

/* With every range of zero width each series is exactly the value the
 * metrics hold. */
static void
test_zero_width (gconstpointer data)
{
  g_autoptr(GrScenario) s = bundled (data);
  g_autoptr(GrMetrics) m = NULL;
  g_autoptr(GArray) series = NULL;
  g_autoptr(GrMonteCarlo) r = NULL;

  gr_scenario_walk (s, GR_WALK_QUANTITIES, collapse_cb, NULL);
  m = gr_model_evaluate (model, s);
  series = chart_series (m);
  r = run (s, 20, 3, 2);
  for (guint i = 0; i < series->len; i++)
    {
      const Expected *e = &g_array_index (series, Expected, i);
      const GrMonteCarloMetric *mc = gr_monte_carlo_find (r, e->path);

      g_test_message ("%s", e->path);
      g_assert_nonnull (mc);
      g_assert_cmpfloat (mc->mean, ==, e->value);
      g_assert_cmpfloat (mc->p10, ==, e->value);
      g_assert_cmpfloat (mc->p50, ==, e->value);
      g_assert_cmpfloat (mc->p90, ==, e->value);
    }
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  model = gr_model_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/model/monte-carlo-series/paths", test_paths);
  g_test_add_func ("/model/monte-carlo-series/ordered", test_ordered);
  g_test_add_func ("/model/monte-carlo-series/threads", test_threads);
  g_test_add_data_func ("/model/monte-carlo-series/zero-width/baseline", "baseline",
                        test_zero_width);
  g_test_add_data_func ("/model/monte-carlo-series/zero-width/reinforced", "reinforced",
                        test_zero_width);

  ret = g_test_run ();
  gr_model_unref (model);
  return ret;
}
