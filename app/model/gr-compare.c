/* gr-compare.c — two scenarios side by side, and what explains the change
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-compare.h"

#include <math.h>
#include <string.h>

#include "gr-analysis-json.h"

static void
metric_clear (gpointer data)
{
  g_free (((GrCompareMetric *) data)->path);
}

static void
attribution_clear (gpointer data)
{
  g_free (((GrAttribution *) data)->pillar);
}

static void
add_metric (GrComparison *self,
            const char   *path,
            double        a,
            double        b)
{
  GrCompareMetric m = { g_strdup (path), a, b, b - a };

  g_array_append_val (self->metrics, m);
}

/* w ln s, with a pillar of weight 0 counting for nothing. */
static double
log_term (const GrMetricTable *table,
          const char          *pillar)
{
  g_autofree char *weight_path = g_strconcat (GR_COMPARE_WEIGHTS_PREFIX, pillar, NULL);
  g_autofree char *score_path = g_strconcat (GR_COMPARE_PILLARS_PREFIX, pillar, NULL);
  double w = gr_metric_table_lookup (table, weight_path);
  double s = gr_metric_table_lookup (table, score_path);

  if (w == 0)
    return 0;
  return w * log (s);
}

GrComparison *
gr_comparison_new_from_tables (const char          *a_name,
                               const GrMetricTable *a,
                               const char          *b_name,
                               const GrMetricTable *b)
{
  GrComparison *self;
  gsize prefix = strlen (GR_COMPARE_PILLARS_PREFIX);

  g_return_val_if_fail (a != NULL && b != NULL, NULL);

  self = g_new0 (GrComparison, 1);
  self->a = g_strdup (a_name != NULL ? a_name : "");
  self->b = g_strdup (b_name != NULL ? b_name : "");
  self->metrics = g_array_new (FALSE, FALSE, sizeof (GrCompareMetric));
  g_array_set_clear_func (self->metrics, metric_clear);
  self->attribution = g_array_new (FALSE, FALSE, sizeof (GrAttribution));
  g_array_set_clear_func (self->attribution, attribution_clear);

  for (guint i = 0; i < gr_metric_table_get_n (a); i++)
    {
      const char *path = gr_metric_table_get_path (a, i);

      add_metric (self, path, gr_metric_table_get_value (a, i),
                  gr_metric_table_lookup (b, path));
    }
  /* Metrics only B has (none while both come from the same build). */
  for (guint i = 0; i < gr_metric_table_get_n (b); i++)
    {
      const char *path = gr_metric_table_get_path (b, i);

      if (gr_metric_table_find (a, path) < 0)
        add_metric (self, path, NAN, gr_metric_table_get_value (b, i));
    }

  for (guint i = 0; i < self->metrics->len; i++)
    {
      const char *path = g_array_index (self->metrics, GrCompareMetric, i).path;
      GrAttribution at;

      if (!g_str_has_prefix (path, GR_COMPARE_PILLARS_PREFIX))
        continue;
      at.pillar = g_strdup (path + prefix);
      at.contribution = log_term (b, at.pillar) - log_term (a, at.pillar);
      g_array_append_val (self->attribution, at);
    }
  self->composite_a = gr_metric_table_lookup (a, GR_COMPARE_COMPOSITE);
  self->composite_b = gr_metric_table_lookup (b, GR_COMPARE_COMPOSITE);
  return self;
}

GrComparison *
gr_comparison_new (const GrMetrics *a,
                   const GrMetrics *b,
                   GrModel         *model)
{
  g_autoptr(GrMetricTable) ta = NULL;
  g_autoptr(GrMetricTable) tb = NULL;

  g_return_val_if_fail (a != NULL && b != NULL, NULL);

  ta = gr_metric_table_new (a, model);
  tb = gr_metric_table_new (b, model);
  return gr_comparison_new_from_tables (a->scenario, ta, b->scenario, tb);
}

void
gr_comparison_free (GrComparison *self)
{
  if (self == NULL)
    return;
  g_free (self->a);
  g_free (self->b);
  g_array_unref (self->metrics);
  g_array_unref (self->attribution);
  g_free (self);
}

const GrCompareMetric *
gr_comparison_find (const GrComparison *self,
                    const char         *path)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; path != NULL && i < self->metrics->len; i++)
    {
      const GrCompareMetric *m = &g_array_index (self->metrics, GrCompareMetric, i);

      if (g_str_equal (m->path, path))
        return m;
    }
  return NULL;
}

char *
gr_comparison_to_json (const GrComparison *self,
                       gboolean            pretty)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (b);
  gr_analysis_json_string (b, "a", self->a);
  gr_analysis_json_string (b, "b", self->b);
  json_builder_set_member_name (b, "metrics");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->metrics->len; i++)
    {
      const GrCompareMetric *m = &g_array_index (self->metrics, GrCompareMetric, i);

      json_builder_begin_object (b);
      gr_analysis_json_string (b, "path", m->path);
      gr_analysis_json_number (b, "a", m->a);
      gr_analysis_json_number (b, "b", m->b);
      gr_analysis_json_number (b, "difference", m->difference);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "attribution");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->attribution->len; i++)
    {
      const GrAttribution *at = &g_array_index (self->attribution, GrAttribution, i);

      json_builder_begin_object (b);
      gr_analysis_json_string (b, "pillar", at->pillar);
      gr_analysis_json_number (b, "contribution", at->contribution);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  return gr_analysis_json_to_string (root, pretty);
}
