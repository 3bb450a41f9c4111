/* gr-monte-carlo.c — how sure are we: percentiles of every headline metric and series
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-monte-carlo.h"

#include <math.h>
#include <stdlib.h>

#include "gr-analysis-json.h"
#include "gr-metric-table.h"
#include "gr-scenario-walk.h"
#include "gr-thread.h"

typedef struct
{
  double value;
  double low;
  double high;
} Range;

typedef struct
{
  GrModel *model;
  const GrScenario *scenario;
  GArray *ranges;              /* Range, the ranged quantities in walk order */
  guint n_metrics;
  guint samples;
  guint64 seed;
  double *results;             /* [metric * samples + sample] */
  GCancellable *cancellable;
  GrMonteCarloProgress progress;
  gpointer user_data;
  int next;                    /* atomic: the next sample to take */
  int done;                    /* atomic */
  int mismatch;                /* atomic: a sample's table had another layout */
} Run;

/* SplitMix64 (Steele, Lea and Flood 2014): a fast generator whose state
 * can start anywhere, so sample i seeds it from (seed, i) directly. */
static guint64
splitmix64 (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

/* Uniform in [0, 1) with 53 random bits. */
static double
uniform (guint64 *state)
{
  return (splitmix64 (state) >> 11) * (1.0 / 9007199254740992.0);
}

/* Inverse of the triangular CDF on [low, high] with mode @value. */
static double
triangular (const Range *r,
            double       u)
{
  double a = r->low, b = r->high, c = CLAMP (r->value, r->low, r->high);
  double width = b - a;

  if (!(width > 0))
    return r->value;
  if (u * width < c - a)
    return a + sqrt (u * width * (c - a));
  return b - sqrt ((1 - u) * width * (b - c));
}

static void
collect_cb (const char *path,
            GrQuantity *quantity,
            gpointer    user_data)
{
  GArray *ranges = user_data;
  Range r = { quantity->value, quantity->low, quantity->high };

  if (gr_quantity_has_range (quantity))
    g_array_append_val (ranges, r);
}

typedef struct
{
  const GArray *ranges;
  guint next;
  guint64 state;
} Draw;

static void
draw_cb (const char *path,
         GrQuantity *quantity,
         gpointer    user_data)
{
  Draw *draw = user_data;
  double u;

  if (!gr_quantity_has_range (quantity))
    return;
  g_return_if_fail (draw->next < draw->ranges->len);
  /* One draw per ranged input, zero-width or not, so every input's stream
   * stays where it is whatever the others' widths. */
  u = uniform (&draw->state);
  quantity->value = triangular (&g_array_index (draw->ranges, Range, draw->next), u);
  draw->next++;
}

static gpointer
worker (gpointer data)
{
  Run *run = data;
  g_autoptr(GrScenario) scenario = gr_scenario_copy (run->scenario);
  g_autoptr(GrEvaluator) evaluator = gr_evaluator_new (run->model);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  for (;;)
    {
      guint i = (guint) g_atomic_int_add (&run->next, 1);
      g_autoptr(GrMetrics) metrics = NULL;
      Draw draw = { run->ranges, 0, 0 };
      guint done;

      if (i >= run->samples || g_cancellable_is_cancelled (run->cancellable))
        break;
      draw.state = run->seed ^ (G_GUINT64_CONSTANT (0xD1B54A32D192ED03) * (i + 1));
      splitmix64 (&draw.state);
      gr_scenario_walk (scenario, GR_WALK_QUANTITIES, draw_cb, &draw);
      metrics = gr_evaluator_evaluate (evaluator, scenario);
      gr_metric_table_collect_full (metrics, run->model, GR_METRIC_TABLE_SERIES, values);
      if (values->len != run->n_metrics)
        g_atomic_int_set (&run->mismatch, 1);
      for (guint m = 0; m < run->n_metrics; m++)
        run->results[(gsize) m * run->samples + i] =
          m < values->len ? g_array_index (values, double, m) : NAN;

      done = (guint) g_atomic_int_add (&run->done, 1) + 1;
      if (run->progress != NULL)
        run->progress (done, run->samples, run->user_data);
    }
  return NULL;
}

static int
cmp_double (const void *a,
            const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Linear interpolation between order statistics (Hyndman and Fan type 7). */
static double
percentile (const double *sorted,
            guint         n,
            double        q)
{
  double h = q * (n - 1);
  guint lo = (guint) floor (h);
  guint hi = MIN (lo + 1, n - 1);

  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

static void
summarise (GrMonteCarloMetric *out,
           const double       *samples,
           guint               n,
           double             *scratch)
{
  guint finite = 0;
  double shift, sum = 0;

  for (guint i = 0; i < n; i++)
    if (isfinite (samples[i]))
      scratch[finite++] = samples[i];
  if (finite == 0)
    {
      out->mean = out->p10 = out->p50 = out->p90 = NAN;
      return;
    }
  /* Summed about the first sample: equal samples give exactly their value. */
  shift = scratch[0];
  for (guint i = 0; i < finite; i++)
    sum += scratch[i] - shift;
  out->mean = shift + sum / finite;
  qsort (scratch, finite, sizeof (double), cmp_double);
  out->p10 = percentile (scratch, finite, 0.1);
  out->p50 = percentile (scratch, finite, 0.5);
  out->p90 = percentile (scratch, finite, 0.9);
}

static void
metric_clear (gpointer data)
{
  g_free (((GrMonteCarloMetric *) data)->path);
}

GrMonteCarlo *
gr_monte_carlo_run (GrModel               *model,
                    const GrScenario      *scenario,
                    guint                  samples,
                    guint64                seed,
                    guint                  threads,
                    GCancellable          *cancellable,
                    GrMonteCarloProgress   progress,
                    gpointer               user_data,
                    GError               **error)
{
  g_autoptr(GrMetrics) base = NULL;
  g_autoptr(GrMetricTable) table = NULL;
  g_autoptr(GrScenario) copy = NULL;
  g_autoptr(GPtrArray) workers = g_ptr_array_new ();
  g_autofree double *results = NULL;
  g_autofree double *scratch = NULL;
  Run run = { 0 };
  GrMonteCarlo *self;

  g_return_val_if_fail (model != NULL, NULL);
  g_return_val_if_fail (scenario != NULL, NULL);
  g_return_val_if_fail (samples > 0 && samples <= GR_MONTE_CARLO_MAX_SAMPLES, NULL);

  base = gr_model_evaluate (model, scenario);
  table = gr_metric_table_new_full (base, model, GR_METRIC_TABLE_SERIES);

  run.model = model;
  run.scenario = scenario;
  run.ranges = g_array_new (FALSE, FALSE, sizeof (Range));
  copy = gr_scenario_copy (scenario);
  gr_scenario_walk (copy, GR_WALK_QUANTITIES, collect_cb, run.ranges);
  run.n_metrics = gr_metric_table_get_n (table);
  run.samples = samples;
  run.seed = seed;
  results = g_new (double, (gsize) run.n_metrics * samples);
  run.results = results;
  run.cancellable = cancellable;
  run.progress = progress;
  run.user_data = user_data;

  if (threads == 0)
    threads = g_get_num_processors ();
  threads = CLAMP (threads, 1, MIN (samples, GR_MONTE_CARLO_MAX_THREADS));
  /* The calling thread is one of the workers. */
  for (guint t = 1; t < threads; t++)
    g_ptr_array_add (workers, gr_thread_new ("gr-monte-carlo", worker, &run));
  worker (&run);
  for (guint t = 0; t < workers->len; t++)
    gr_thread_join (g_ptr_array_index (workers, t));
  g_array_unref (run.ranges);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (g_atomic_int_get (&run.mismatch))
    g_warning ("A Monte Carlo sample had another set of metrics than the scenario");

  self = g_new0 (GrMonteCarlo, 1);
  self->samples = samples;
  self->seed = seed;
  self->metrics = g_array_new (FALSE, FALSE, sizeof (GrMonteCarloMetric));
  g_array_set_clear_func (self->metrics, metric_clear);
  scratch = g_new (double, samples);
  for (guint m = 0; m < run.n_metrics; m++)
    {
      GrMonteCarloMetric out = { g_strdup (gr_metric_table_get_path (table, m)) };

      summarise (&out, results + (gsize) m * samples, samples, scratch);
      g_array_append_val (self->metrics, out);
    }
  return self;
}

void
gr_monte_carlo_free (GrMonteCarlo *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->metrics);
  g_free (self);
}

GrMonteCarlo *
gr_monte_carlo_copy (const GrMonteCarlo *self)
{
  GrMonteCarlo *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (GrMonteCarlo, 1);
  copy->samples = self->samples;
  copy->seed = self->seed;
  /* A result is never changed once made: the copies share its metrics. */
  copy->metrics = g_array_ref (self->metrics);
  return copy;
}

G_DEFINE_BOXED_TYPE (GrMonteCarlo, gr_monte_carlo, gr_monte_carlo_copy, gr_monte_carlo_free)

const GrMonteCarloMetric *
gr_monte_carlo_find (const GrMonteCarlo *self,
                     const char         *path)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; path != NULL && i < self->metrics->len; i++)
    {
      const GrMonteCarloMetric *m = &g_array_index (self->metrics, GrMonteCarloMetric, i);

      if (g_str_equal (m->path, path))
        return m;
    }
  return NULL;
}

char *
gr_monte_carlo_to_json (const GrMonteCarlo *self,
                        gboolean            pretty)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "samples");
  json_builder_add_int_value (b, self->samples);
  json_builder_set_member_name (b, "seed");
  json_builder_add_int_value (b, (gint64) self->seed);
  json_builder_set_member_name (b, "metrics");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->metrics->len; i++)
    {
      const GrMonteCarloMetric *m = &g_array_index (self->metrics, GrMonteCarloMetric, i);

      json_builder_begin_object (b);
      gr_analysis_json_string (b, "path", m->path);
      gr_analysis_json_number (b, "mean", m->mean);
      gr_analysis_json_number (b, "p10", m->p10);
      gr_analysis_json_number (b, "p50", m->p50);
      gr_analysis_json_number (b, "p90", m->p90);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  return gr_analysis_json_to_string (root, pretty);
}
