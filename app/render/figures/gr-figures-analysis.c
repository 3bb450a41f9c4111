/* gr-figures-analysis.c — the tornado and the attribution "from A to B"
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both charts show analyses (gr-sensitivity.h, gr-compare.h) that the GUI
 * runs off the main thread; the registry entries (for `--export tornado`
 * and `--export attribution`) run them here, on a model of their own.
 */

#include "config.h"

#include "gr-figures-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "gr-scenario-io.h"

/* Scores and shares move by hundredths: the tornado shows them in points
 * of 100, which an axis can label. */
static double
points_scale (const char *metric)
{
  if (g_str_has_prefix (metric, "index.") || g_str_has_suffix (metric, "_share")
      || g_str_has_suffix (metric, "coverage") || g_str_has_suffix (metric, "certainty")
      || g_str_has_suffix (metric, "predictability"))
    return 100;
  return 1;
}

char *
gr_figure_tornado_label (const char *path)
{
  const char *dot = strchr (path, '.');

  /* The section is plain from the rest ("air_defense.threat.drone.per_month"
   * → "threat.drone.per_month") once two names follow it. */
  if (dot != NULL && strchr (dot + 1, '.') != NULL)
    return g_strdup (dot + 1);
  return g_strdup (path);
}

const char *
gr_figure_tornado_input (const GrSensitivity *tornado,
                         guint                bar)
{
  guint shown = 0;

  g_return_val_if_fail (tornado != NULL, NULL);

  /* The bars gr_figure_tornado_new() draws, in its order. */
  for (guint i = 0; i < tornado->inputs->len && shown < GR_FIGURE_TORNADO_BARS; i++)
    {
      const GrSensitivityInput *in = &g_array_index (tornado->inputs, GrSensitivityInput, i);

      if (!(in->swing > 0))
        continue;
      if (shown++ == bar)
        return in->path;
    }
  return NULL;
}

GrChart *
gr_figure_tornado_new (const GrScenario    *scenario,
                       const GrSensitivity *tornado)
{
  GrChart *chart = gr_chart_new (_("Which assumption matters most"));
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autofree char *base_text = NULL;
  g_autofree char *axis = NULL;
  g_autofree char *subtitle = NULL;
  guint low, high, shown = 0;
  double scale;

  g_return_val_if_fail (tornado != NULL, chart);

  base_text = gr_format_number (tornado->base, 2);
  subtitle = g_strdup_printf (_("Change of %s (%s) with each input at the low and the high "
                                "end of its range, the others held; largest swing first."),
                              tornado->metric, base_text);
  gr_chart_set_subtitle (chart, subtitle);
  gr_chart_set_orientation (chart, GR_CHART_HORIZONTAL);
  scale = points_scale (tornado->metric);
  if (scale != 1)
    axis = g_strdup_printf (_("Change of %s, points of 100"), tornado->metric);
  else
    axis = g_strdup_printf (_("Change of %s"), tornado->metric);
  gr_chart_set_value_axis (chart, axis, GR_CHART_UNIT_COUNT);
  gr_chart_set_category_axis (chart, _("Input"));
  gr_chart_set_empty_message (chart, _("No ranged input moves this metric: give inputs a "
                                       "low and a high to see which matters most."));

  low = gr_chart_add_series (chart, GR_SERIES_BAR, _("Input at its low end"), 0);
  gr_chart_series_set_look (chart, low, GR_RGB_VERMILLION, GR_FILL_HATCH, GR_MARKER_NONE);
  high = gr_chart_add_series (chart, GR_SERIES_BAR, _("Input at its high end"), 1);
  gr_chart_series_set_look (chart, high, GR_RGB_BLUE, GR_FILL_SOLID, GR_MARKER_NONE);

  for (guint i = 0; i < tornado->inputs->len && shown < GR_FIGURE_TORNADO_BARS; i++)
    {
      const GrSensitivityInput *in = &g_array_index (tornado->inputs, GrSensitivityInput, i);
      g_autofree char *label = NULL;

      if (!(in->swing > 0))
        continue;
      label = gr_figure_tornado_label (in->path);
      gr_chart_add_category (chart, label);
      gr_chart_series_set_value (chart, low, shown, scale * (in->at_low - tornado->base));
      gr_chart_series_set_value (chart, high, shown, scale * (in->at_high - tornado->base));
      shown++;
    }
  if (shown > 0)
    {
      const GrSensitivityInput *top = &g_array_index (tornado->inputs, GrSensitivityInput, 0);
      g_autofree char *from = gr_format_number (top->at_low, 2);
      g_autofree char *to = gr_format_number (top->at_high, 2);
      g_autofree char *summary = g_strdup_printf (_("%s moves most with %s: from %s at its low "
                                                    "end to %s at its high end."),
                                                  tornado->metric, top->path, from, to);

      gr_chart_add_reference (chart, 0, _("as scenario"));
      gr_chart_set_summary (chart, summary);
    }
  if (scenario != NULL)
    gr_figures_set_sources (chart, scenario, ids);
  return chart;
}

GrChart *
gr_figure_attribution_new (const GrScenario   *scenario,
                           const GrComparison *comparison)
{
  GrChart *chart = gr_chart_new (_("From A to B: what each pillar adds"));
  g_autofree char *subtitle = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  gboolean finite = TRUE;
  double total = 0;
  guint parts, sum;

  g_return_val_if_fail (comparison != NULL, chart);

  subtitle = g_strdup_printf (_("Change of ln(composite) from “%s” to “%s”, split into "
                                "each pillar's weight × change of ln(score); the parts add "
                                "up to the total."),
                              comparison->a, comparison->b);
  gr_chart_set_subtitle (chart, subtitle);
  gr_chart_set_orientation (chart, GR_CHART_HORIZONTAL);
  gr_chart_set_value_axis (chart, _("Change of ln(composite)"), GR_CHART_UNIT_SCORE);
  gr_chart_set_empty_message (chart, _("A composite of 0 in either scenario has no change "
                                       "to split: a weighted pillar scores 0."));

  parts = gr_chart_add_series (chart, GR_SERIES_BAR, _("Pillar's contribution"), 0);
  gr_chart_series_set_look (chart, parts, GR_RGB_BLUE, GR_FILL_SOLID, GR_MARKER_NONE);
  gr_chart_series_set_labelled (chart, parts, TRUE);
  sum = gr_chart_add_series (chart, GR_SERIES_BAR, _("Total change"), 0);
  gr_chart_series_set_look (chart, sum, GR_RGB_BLACK, GR_FILL_CROSSHATCH, GR_MARKER_NONE);
  gr_chart_series_set_labelled (chart, sum, TRUE);

  for (guint i = 0; i < comparison->attribution->len; i++)
    finite &= isfinite (g_array_index (comparison->attribution, GrAttribution, i).contribution);
  finite &= comparison->composite_a > 0 && comparison->composite_b > 0;

  if (finite && comparison->attribution->len > 0)
    {
      g_autofree char *change = NULL;
      g_autofree char *summary = NULL;
      guint n = comparison->attribution->len;

      for (guint i = 0; i < n; i++)
        {
          const GrAttribution *at = &g_array_index (comparison->attribution, GrAttribution, i);
          GrInstrument instrument;

          if (gr_instrument_from_string (at->pillar, &instrument))
            gr_chart_add_category (chart, gr_figures_instrument_label (instrument));
          else
            gr_chart_add_category (chart, at->pillar);
          gr_chart_series_set_value (chart, parts, i, at->contribution);
          total += at->contribution;
        }
      gr_chart_add_category (chart, _("Total"));
      gr_chart_series_set_value (chart, sum, n, total);
      change = gr_format_number (comparison->composite_b - comparison->composite_a, 2);
      summary = g_strdup_printf (_("The composite changes by %s from “%s” to “%s”."),
                                 change, comparison->a, comparison->b);
      gr_chart_set_summary (chart, summary);
    }
  if (scenario != NULL)
    gr_figures_set_sources (chart, scenario, ids);
  return chart;
}

/* Registry entries: the tornado of the composite, and the attribution from
 * the bundled baseline to the scenario. */
GrChart *
gr_figures_tornado (const GrScenario *scenario,
                    const GrMetrics  *metrics)
{
  g_autoptr(GrModel) model = gr_model_new_default (NULL);
  g_autoptr(GrSensitivity) tornado = NULL;

  if (model != NULL)
    tornado = gr_sensitivity_run (model, scenario, NULL, NULL);
  if (tornado == NULL)
    {
      GrChart *chart = gr_chart_new (_("Which assumption matters most"));

      gr_chart_set_empty_message (chart, _("The model could not be built from its map data."));
      return chart;
    }
  return gr_figure_tornado_new (scenario, tornado);
}

GrChart *
gr_figures_attribution (const GrScenario *scenario,
                        const GrMetrics  *metrics)
{
  g_autoptr(GrModel) model = gr_model_new_default (NULL);
  g_autoptr(GrScenario) baseline = gr_scenario_load_bundled ("baseline", NULL);
  g_autoptr(GrMetrics) a = NULL;
  g_autoptr(GrComparison) comparison = NULL;

  if (model == NULL || baseline == NULL)
    {
      GrChart *chart = gr_chart_new (_("From A to B: what each pillar adds"));

      gr_chart_set_empty_message (chart, _("The model could not be built from its map data."));
      return chart;
    }
  a = gr_model_evaluate (model, baseline);
  comparison = gr_comparison_new (a, metrics, model);
  return gr_figure_attribution_new (scenario, comparison);
}
