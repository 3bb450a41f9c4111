/* test-analysis.c — compare, tornado and Monte Carlo on the bundled scenarios
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "gr-compare.h"
#include "gr-metric-table.h"
#include "gr-metrics-json.h"
#include "gr-monte-carlo.h"
#include "gr-scenario-io.h"
#include "gr-scenario-walk.h"
#include "gr-sensitivity.h"
#include "bundled.h"

static GrModel *model;

/* Headline metrics: numbers of objects only, none from an array. */
static void
test_table (void)
{
  g_autoptr(GrScenario) s = bundled ("baseline");
  g_autoptr(GrMetrics) m = gr_model_evaluate (model, s);
  g_autoptr(GrMetricTable) t = gr_metric_table_new (m, model);

  g_assert_cmpuint (gr_metric_table_get_n (t), >, 50);
  g_assert_cmpstr (gr_metric_table_get_path (t, 0), ==, "air_defense.territory_covered_pct");
  g_assert_cmpfloat (gr_metric_table_lookup (t, "index.composite"), ==, m->index.composite);
  g_assert_cmpfloat (gr_metric_table_lookup (t, "air_defense.threats.drone.leaked_per_month"), ==,
                     m->air_defense.threat[GR_THREAT_DRONE].leaked_per_month);
  g_assert_cmpfloat (gr_metric_table_lookup (t, "air_patrol.aircraft_assigned"), ==,
                     m->air_patrol.aircraft_assigned);
  g_assert_cmpint (gr_metric_table_find (t, "scenario"), ==, -1);
  g_assert_cmpint (gr_metric_table_find (t, "maritime.escorts_sufficient"), ==, -1);
  for (guint i = 0; i < gr_metric_table_get_n (t); i++)
    g_assert_null (strchr (gr_metric_table_get_path (t, i), '['));
}

/* The table collected from the struct is the one a walk of the --metrics
 * JSON finds: the same paths in the same order, the same numbers to the
 * bit, null as NAN. */
static void
check_table_matches_json (GrScenario *s,
                          gboolean    expect_nan)
{
  g_autoptr(GrMetrics) m = gr_model_evaluate (model, s);
  g_autoptr(GrMetricTable) direct = gr_metric_table_new (m, model);
  g_autoptr(JsonNode) root = gr_metrics_to_json_node (m, model);
  g_autoptr(GrMetricTable) walked = gr_metric_table_new_from_json (root);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean nan_seen = FALSE;

  gr_metric_table_collect (m, model, values);
  g_assert_cmpuint (gr_metric_table_get_n (direct), ==, gr_metric_table_get_n (walked));
  g_assert_cmpuint (values->len, ==, gr_metric_table_get_n (walked));
  for (guint i = 0; i < gr_metric_table_get_n (walked); i++)
    {
      double want = gr_metric_table_get_value (walked, i);
      double got = gr_metric_table_get_value (direct, i);

      g_assert_cmpstr (gr_metric_table_get_path (direct, i), ==,
                       gr_metric_table_get_path (walked, i));
      if (isnan (want))
        {
          nan_seen = TRUE;
          g_assert_true (isnan (got));
          g_assert_true (isnan (g_array_index (values, double, i)));
        }
      else
        {
          g_assert_cmpmem (&got, sizeof got, &want, sizeof want);
          g_assert_cmpmem (&g_array_index (values, double, i), sizeof want, &want, sizeof want);
        }
    }
  g_assert_true (nan_seen == expect_nan);
}

static void
test_table_matches_json (void)
{
  static const char * const names[] = { "baseline", "observed-2025", "reinforced" };
  g_autoptr(GrScenario) broken = bundled ("baseline");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GrScenario) s = bundled (names[i]);

      check_table_matches_json (s, FALSE);
    }
  /* A launch rate that is no number gives metrics that are none. */
  broken->air_defense.threat[GR_THREAT_DRONE].per_month.value = NAN;
  check_table_matches_json (broken, TRUE);
}

static void
test_compare_self (void)
{
  g_autoptr(GrScenario) s = bundled ("observed-2025");
  g_autoptr(GrMetrics) m = gr_model_evaluate (model, s);
  g_autoptr(GrComparison) c = gr_comparison_new (m, m, model);

  g_assert_cmpuint (c->metrics->len, >, 50);
  for (guint i = 0; i < c->metrics->len; i++)
    {
      const GrCompareMetric *cm = &g_array_index (c->metrics, GrCompareMetric, i);

      if (isfinite (cm->a))
        g_assert_cmpfloat (cm->difference, ==, 0);
    }
  g_assert_cmpuint (c->attribution->len, ==, GR_N_INSTRUMENTS);
  for (guint i = 0; i < c->attribution->len; i++)
    g_assert_cmpfloat (g_array_index (c->attribution, GrAttribution, i).contribution, ==, 0);
}

/* Each pillar's contribution is w_B ln s_B − w_A ln s_A, taken here from the
 * metrics structs (not the JSON), and they sum to Δ ln composite. */
static void
test_attribution (gconstpointer data)
{
  g_autoptr(GrScenario) a = bundled ("baseline");
  g_autoptr(GrScenario) b = bundled (data);
  g_autoptr(GrMetrics) ma = gr_model_evaluate (model, a);
  g_autoptr(GrMetrics) mb = gr_model_evaluate (model, b);
  g_autoptr(GrComparison) c = gr_comparison_new (ma, mb, model);
  double sum = 0;

  g_assert_cmpstr (c->a, ==, a->name);
  g_assert_cmpstr (c->b, ==, b->name);
  g_assert_cmpuint (c->attribution->len, ==, GR_N_INSTRUMENTS);
  for (guint i = 0; i < GR_N_INSTRUMENTS; i++)
    {
      const GrAttribution *at = &g_array_index (c->attribution, GrAttribution, i);
      double expected = mb->index.weight[i] * log (mb->index.score[i])
                        - ma->index.weight[i] * log (ma->index.score[i]);

      g_assert_cmpstr (at->pillar, ==, gr_instrument_to_string (i));
      g_assert_cmpfloat_with_epsilon (at->contribution, expected, 1e-12);
      sum += at->contribution;
    }
  g_assert_cmpfloat_with_epsilon (sum, log (mb->index.composite) - log (ma->index.composite),
                                  1e-9);
  g_assert_cmpfloat (gr_comparison_find (c, "index.composite")->difference, ==,
                     mb->index.composite - ma->index.composite);
}

static void
test_tornado (void)
{
  g_autoptr(GrScenario) s = bundled ("baseline");
  g_autoptr(GrMetrics) m = gr_model_evaluate (model, s);
  g_autoptr(GrSensitivity) t = NULL;
  g_autoptr(GError) error = NULL;
  gboolean weight_seen = FALSE;
  double total = 0;

  t = gr_sensitivity_run (model, s, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (t->metric, ==, "index.composite");
  g_assert_cmpfloat (t->base, ==, m->index.composite);
  g_assert_cmpuint (t->inputs->len, >=, 82);
  for (guint i = 0; i < GR_N_INSTRUMENTS; i++)
    total += s->weights[i];

  for (guint i = 0; i < t->inputs->len; i++)
    {
      const GrSensitivityInput *in = &g_array_index (t->inputs, GrSensitivityInput, i);

      g_assert_cmpfloat (in->swing, >=, 0);
      g_assert_cmpfloat (in->swing, ==, fabs (in->at_high - in->at_low));
      if (i > 0)
        g_assert_cmpfloat (in->swing, <=,
                           g_array_index (t->inputs, GrSensitivityInput, i - 1).swing);

      /* Moving a weight leaves the scores alone: the composite at its low
       * end is Π s^(w'/Σw') with that one weight halved. */
      if (g_str_equal (in->path, "index.weights.air_defense"))
        {
          double w = s->weights[GR_INSTRUMENT_AIR_DEFENSE];
          double sum = total - w / 2, log_c = 0;

          for (guint k = 0; k < GR_N_INSTRUMENTS; k++)
            {
              double wk = k == GR_INSTRUMENT_AIR_DEFENSE ? w / 2 : s->weights[k];

              log_c += wk / sum * log (m->index.score[k]);
            }
          g_assert_cmpfloat_with_epsilon (in->at_low, exp (log_c), 1e-12);
          weight_seen = TRUE;
        }
    }
  g_assert_true (weight_seen);
}

static void
test_tornado_metric (void)
{
  g_autoptr(GrScenario) s = bundled ("baseline");
  g_autoptr(GrSensitivity) t = NULL;
  g_autoptr(GError) error = NULL;
  const GrSensitivityInput *top;

  t = gr_sensitivity_run (model, s, "readiness.reservists", &error);
  g_assert_no_error (error);
  /* Only the reservists input moves the reservists: it swings low → high. */
  top = &g_array_index (t->inputs, GrSensitivityInput, 0);
  g_assert_cmpstr (top->path, ==, "readiness.reservists");
  g_assert_cmpfloat (top->at_low, ==, 0);
  g_assert_cmpfloat (top->at_high, ==, 300000);
  g_assert_cmpfloat (g_array_index (t->inputs, GrSensitivityInput, 1).swing, ==, 0);

  g_clear_pointer (&t, gr_sensitivity_free);
  t = gr_sensitivity_run (model, s, "index.no_such_metric", &error);
  g_assert_null (t);
  g_assert_error (error, GR_SENSITIVITY_ERROR, GR_SENSITIVITY_ERROR_UNKNOWN_METRIC);
  g_assert_nonnull (strstr (error->message, "index.no_such_metric"));
}

/* The numbers kept plain (troops, stations, assigned aircraft) are inputs of
 * the tornado like any quantity: the baseline's Yavoriv deployment, 2,500
 * troops of 12,500 within 2,000…3,000, moves the total by 500 either way;
 * western Ukraine's 24 aircraft within 16…32 move the 36 assigned. */
static void
test_tornado_plain_numbers (void)
{
  g_autoptr(GrScenario) s = bundled ("baseline");
  g_autoptr(GrSensitivity) t = NULL;
  g_autoptr(GError) error = NULL;
  const GrSensitivityInput *top;
  gboolean stations = FALSE;

  t = gr_sensitivity_run (model, s, "stabilization_force.deployed_troops", &error);
  g_assert_no_error (error);
  top = &g_array_index (t->inputs, GrSensitivityInput, 0);
  g_assert_true (g_str_has_prefix (top->path, "stabilization_force.deployments."));
  g_assert_true (g_str_has_suffix (top->path, ".troops"));
  g_assert_cmpfloat (top->at_low, ==, 12000);
  g_assert_cmpfloat (top->at_high, ==, 13000);
  g_clear_pointer (&t, gr_sensitivity_free);

  t = gr_sensitivity_run (model, s, "air_patrol.aircraft_assigned", &error);
  g_assert_no_error (error);
  top = &g_array_index (t->inputs, GrSensitivityInput, 0);
  g_assert_cmpstr (top->path, ==, "air_patrol.zones.western-ukraine.aircraft_assigned");
  g_assert_cmpfloat (top->at_low, ==, 28);
  g_assert_cmpfloat (top->at_high, ==, 44);
  for (guint i = 0; i < t->inputs->len; i++)
    stations |= g_str_equal (g_array_index (t->inputs, GrSensitivityInput, i).path,
                             "air_patrol.zones.nw-black-sea.stations");
  g_assert_true (stations);
}

static void
assert_same_result (const GrMonteCarlo *x,
                    const GrMonteCarlo *y)
{
  g_assert_cmpuint (x->metrics->len, ==, y->metrics->len);
  for (guint i = 0; i < x->metrics->len; i++)
    {
      const GrMonteCarloMetric *a = &g_array_index (x->metrics, GrMonteCarloMetric, i);
      const GrMonteCarloMetric *b = &g_array_index (y->metrics, GrMonteCarloMetric, i);

      g_assert_cmpstr (a->path, ==, b->path);
      g_assert_true (memcmp (&a->mean, &b->mean, 4 * sizeof (double)) == 0);
    }
}

static void
test_monte_carlo_threads (void)
{
  g_autoptr(GrScenario) s = bundled ("observed-2025");
  g_autoptr(GrMonteCarlo) one = NULL;
  g_autoptr(GrMonteCarlo) three = NULL;
  g_autoptr(GrMonteCarlo) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json_one = NULL;
  g_autofree char *json_three = NULL;
  g_autofree char *json_copy = NULL;

  one = gr_monte_carlo_run (model, s, 60, 42, 1, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  three = gr_monte_carlo_run (model, s, 60, 42, 3, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_same_result (one, three);
  json_one = gr_monte_carlo_to_json (one, TRUE);
  json_three = gr_monte_carlo_to_json (three, TRUE);
  g_assert_cmpstr (json_one, ==, json_three);
  /* A copy outlives its original (the briefing keeps one). */
  copy = gr_monte_carlo_copy (three);
  g_clear_pointer (&three, gr_monte_carlo_free);
  json_copy = gr_monte_carlo_to_json (copy, TRUE);
  g_assert_cmpstr (json_copy, ==, json_one);
  /* the same through GValue, as a property passes it */
  {
    g_auto(GValue) value = G_VALUE_INIT;
    g_autofree char *json_value = NULL;

    g_value_init (&value, GR_TYPE_MONTE_CARLO);
    g_value_set_boxed (&value, copy);
    g_clear_pointer (&copy, gr_monte_carlo_free);
    json_value = gr_monte_carlo_to_json (g_value_get_boxed (&value), TRUE);
    g_assert_cmpstr (json_value, ==, json_one);
  }

  for (guint i = 0; i < one->metrics->len; i++)
    {
      const GrMonteCarloMetric *m = &g_array_index (one->metrics, GrMonteCarloMetric, i);

      if (!isfinite (m->p50))
        continue;
      g_assert_cmpfloat (m->p10, <=, m->p50);
      g_assert_cmpfloat (m->p50, <=, m->p90);
    }
}

/* Reservists are an input that is also a metric: triangular(0, 100 000,
 * 300 000) has mean 133 333 (sd 62 361, so ±8 000 is four standard errors
 * at 1000 samples) and median 300 000 − √(300 000 · 200 000 / 2) = 126 795. */
static void
test_monte_carlo_triangular (void)
{
  g_autoptr(GrScenario) s = bundled ("baseline");
  g_autoptr(GrMonteCarlo) r = NULL;
  g_autoptr(GError) error = NULL;
  const GrMonteCarloMetric *m;

  g_assert_cmpfloat (s->readiness.reservists.low, ==, 0);
  g_assert_cmpfloat (s->readiness.reservists.value, ==, 100000);
  g_assert_cmpfloat (s->readiness.reservists.high, ==, 300000);
  r = gr_monte_carlo_run (model, s, 1000, 7, 2, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  m = gr_monte_carlo_find (r, "readiness.reservists");
  g_assert_nonnull (m);
  g_assert_cmpfloat_with_epsilon (m->mean, 400000.0 / 3, 8000);
  g_assert_cmpfloat_with_epsilon (m->p50, 126795, 10000);
  g_assert_cmpfloat (m->p10, >, 0);
  g_assert_cmpfloat (m->p90, <, 300000);
}

static void
collapse_cb (const char *path,
             GrQuantity *quantity,
             gpointer    user_data)
{
  if (gr_quantity_has_range (quantity))
    quantity->low = quantity->high = quantity->value;
}

/* Zero-width ranges give exactly the deterministic metrics. */
static void
test_monte_carlo_zero_width (void)
{
  g_autoptr(GrScenario) s = bundled ("reinforced");
  g_autoptr(GrMetrics) m = NULL;
  g_autoptr(GrMetricTable) t = NULL;
  g_autoptr(GrMonteCarlo) r = NULL;
  g_autoptr(GError) error = NULL;

  gr_scenario_walk (s, GR_WALK_QUANTITIES, collapse_cb, NULL);
  m = gr_model_evaluate (model, s);
  t = gr_metric_table_new_full (m, model, GR_METRIC_TABLE_SERIES);
  r = gr_monte_carlo_run (model, s, 20, 3, 2, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (r->metrics->len, ==, gr_metric_table_get_n (t));
  for (guint i = 0; i < r->metrics->len; i++)
    {
      const GrMonteCarloMetric *mc = &g_array_index (r->metrics, GrMonteCarloMetric, i);
      double v = gr_metric_table_get_value (t, i);

      if (!isfinite (v))
        continue;
      g_assert_cmpfloat (mc->mean, ==, v);
      g_assert_cmpfloat (mc->p10, ==, v);
      g_assert_cmpfloat (mc->p50, ==, v);
      g_assert_cmpfloat (mc->p90, ==, v);
    }
}

static void
cancel_cb (guint    done,
           guint    total,
           gpointer user_data)
{
  if (done >= 5)
    g_cancellable_cancel (user_data);
}

static void
test_monte_carlo_cancel (void)
{
  g_autoptr(GrScenario) s = bundled ("baseline");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GrMonteCarlo) r = NULL;
  g_autoptr(GError) error = NULL;

  r = gr_monte_carlo_run (model, s, GR_MONTE_CARLO_MAX_SAMPLES, 1, 2, cancellable, cancel_cb,
                          cancellable, &error);
  g_assert_null (r);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  model = gr_model_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/model/analysis/table", test_table);
  g_test_add_func ("/model/analysis/table-matches-json", test_table_matches_json);
  g_test_add_func ("/model/analysis/compare-self", test_compare_self);
  g_test_add_data_func ("/model/analysis/attribution/reinforced", "reinforced", test_attribution);
  g_test_add_data_func ("/model/analysis/attribution/observed", "observed-2025", test_attribution);
  g_test_add_func ("/model/analysis/tornado", test_tornado);
  g_test_add_func ("/model/analysis/tornado-metric", test_tornado_metric);
  g_test_add_func ("/model/analysis/tornado-plain-numbers", test_tornado_plain_numbers);
  g_test_add_func ("/model/analysis/monte-carlo/threads", test_monte_carlo_threads);
  g_test_add_func ("/model/analysis/monte-carlo/triangular", test_monte_carlo_triangular);
  g_test_add_func ("/model/analysis/monte-carlo/zero-width", test_monte_carlo_zero_width);
  g_test_add_func ("/model/analysis/monte-carlo/cancel", test_monte_carlo_cancel);

  ret = g_test_run ();
  gr_model_unref (model);
  return ret;
}
