/* gr-sensitivity.c — the tornado: which input moves a metric most
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-sensitivity.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "gr-analysis-json.h"
#include "gr-metric-table.h"
#include "gr-scenario-walk.h"

G_DEFINE_QUARK (gr-sensitivity-error-quark, gr_sensitivity_error)

static void
input_clear (gpointer data)
{
  g_free (((GrSensitivityInput *) data)->path);
}

static void
collect_cb (const char *path,
            GrQuantity *quantity,
            gpointer    user_data)
{
  GArray *inputs = user_data;
  GrSensitivityInput input = { 0 };

  if (!gr_quantity_has_range (quantity))
    return;
  input.path = g_strdup (path);
  input.value = quantity->value;
  input.low = quantity->low;
  input.high = quantity->high;
  g_array_append_val (inputs, input);
}

typedef struct
{
  guint next;                  /* index of the next ranged input */
  guint target;
  double value;
} SetOne;

static void
set_one_cb (const char *path,
            GrQuantity *quantity,
            gpointer    user_data)
{
  SetOne *set = user_data;

  if (!gr_quantity_has_range (quantity))
    return;
  if (set->next++ == set->target)
    quantity->value = set->value;
}

static void
set_input (GrScenario *scenario,
           guint       input,
           double      value)
{
  SetOne set = { 0, input, value };

  gr_scenario_walk (scenario, GR_WALK_QUANTITIES | GR_WALK_CHOICES, set_one_cb, &set);
}

/* The metric at index @metric of the table @metrics makes (@n entries, the
 * base's layout), or by its path when moving the input changed the
 * layout. */
static double
metric_value (const GrMetrics *metrics,
              GrModel         *model,
              const char      *path,
              guint            metric,
              guint            n,
              GArray          *values)
{
  g_autoptr(GrMetricTable) table = NULL;

  gr_metric_table_collect_full (metrics, model, GR_METRIC_TABLE_SERIES, values);
  if (values->len == n)
    return g_array_index (values, double, metric);
  table = gr_metric_table_new_full (metrics, model, GR_METRIC_TABLE_SERIES);
  return gr_metric_table_lookup (table, path);
}

static double
evaluate_at (GrEvaluator         *evaluator,
             GrModel             *model,
             GrScenario          *scenario,
             guint                input,
             double               value,
             const GrMetricTable *base,
             guint                metric,
             GArray              *values)
{
  g_autoptr(GrMetrics) metrics = NULL;

  set_input (scenario, input, value);
  metrics = gr_evaluator_evaluate (evaluator, scenario);
  return metric_value (metrics, model, gr_metric_table_get_path (base, metric), metric,
                       gr_metric_table_get_n (base), values);
}

static int
compare_inputs (gconstpointer a,
                gconstpointer b)
{
  const GrSensitivityInput *x = a, *y = b;
  gboolean fx = isfinite (x->swing), fy = isfinite (y->swing);

  if (fx != fy)
    return fx ? -1 : 1;
  if (fx && x->swing != y->swing)
    return x->swing > y->swing ? -1 : 1;
  return g_strcmp0 (x->path, y->path);
}

/* Names the metric and what is there where it goes astray: the groups at
 * the top, or the names under the longest group it starts with. */
static void
unknown_metric (const GrMetricTable  *table,
                const char           *metric,
                GError              **error)
{
  g_autofree char *group = NULL;
  g_autofree char *names = gr_metric_table_suggest (table, metric, &group);

  if (*group == '\0')
    g_set_error (error, GR_SENSITIVITY_ERROR, GR_SENSITIVITY_ERROR_UNKNOWN_METRIC,
                 _("Unknown metric “%s”: a metric is a numeric member path of --metrics, "
                   "such as “%s”, or a member of a series item named by its key, such as "
                   "“%s”; the paths start with one of: %s"),
                 metric, GR_SENSITIVITY_DEFAULT_METRIC, "funding.years.2027.need_busd", names);
  else
    g_set_error (error, GR_SENSITIVITY_ERROR, GR_SENSITIVITY_ERROR_UNKNOWN_METRIC,
                 _("Unknown metric “%s”: under “%s” there are: %s"), metric, group, names);
}

GrSensitivity *
gr_sensitivity_run (GrModel           *model,
                    const GrScenario  *scenario,
                    const char        *metric,
                    GError           **error)
{
  g_autoptr(GrScenario) work = NULL;
  g_autoptr(GrEvaluator) evaluator = NULL;
  g_autoptr(GrMetrics) base = NULL;
  g_autoptr(GrMetricTable) table = NULL;
  g_autoptr(GArray) values = NULL;
  GrSensitivity *self;
  int index;

  g_return_val_if_fail (model != NULL, NULL);
  g_return_val_if_fail (scenario != NULL, NULL);

  if (metric == NULL)
    metric = GR_SENSITIVITY_DEFAULT_METRIC;

  evaluator = gr_evaluator_new (model);
  base = gr_evaluator_evaluate (evaluator, scenario);
  table = gr_metric_table_new_full (base, model, GR_METRIC_TABLE_SERIES);
  index = gr_metric_table_find (table, metric);
  if (index < 0)
    {
      unknown_metric (table, metric, error);
      return NULL;
    }

  self = g_new0 (GrSensitivity, 1);
  self->metric = g_strdup (metric);
  self->base = gr_metric_table_get_value (table, index);
  self->inputs = g_array_new (FALSE, FALSE, sizeof (GrSensitivityInput));
  g_array_set_clear_func (self->inputs, input_clear);

  work = gr_scenario_copy (scenario);
  gr_scenario_walk (work, GR_WALK_QUANTITIES | GR_WALK_CHOICES, collect_cb, self->inputs);
  values = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < self->inputs->len; i++)
    {
      GrSensitivityInput *in = &g_array_index (self->inputs, GrSensitivityInput, i);

      in->at_low = evaluate_at (evaluator, model, work, i, in->low, table, index, values);
      in->at_high = evaluate_at (evaluator, model, work, i, in->high, table, index, values);
      in->swing = fabs (in->at_high - in->at_low);
      /* Back to its value before the next input moves. */
      set_input (work, i, in->value);
    }
  g_array_sort (self->inputs, compare_inputs);
  return self;
}

void
gr_sensitivity_free (GrSensitivity *self)
{
  if (self == NULL)
    return;
  g_free (self->metric);
  g_array_unref (self->inputs);
  g_free (self);
}

char *
gr_sensitivity_to_json (const GrSensitivity *self,
                        gboolean             pretty)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (b);
  gr_analysis_json_string (b, "metric", self->metric);
  gr_analysis_json_number (b, "base", self->base);
  json_builder_set_member_name (b, "inputs");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->inputs->len; i++)
    {
      const GrSensitivityInput *in = &g_array_index (self->inputs, GrSensitivityInput, i);

      json_builder_begin_object (b);
      gr_analysis_json_string (b, "path", in->path);
      gr_analysis_json_number (b, "low", in->low);
      gr_analysis_json_number (b, "high", in->high);
      gr_analysis_json_number (b, "at_low", in->at_low);
      gr_analysis_json_number (b, "at_high", in->at_high);
      gr_analysis_json_number (b, "swing", in->swing);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  return gr_analysis_json_to_string (root, pretty);
}
