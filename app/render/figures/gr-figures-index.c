/* gr-figures-index.c — the guarantee-strength index: scores, weakest link, composite
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-figures-private.h"

#include <glib/gi18n-lib.h>

GrChart *
gr_figures_index (const GrScenario *scenario,
                  const GrMetrics  *metrics)
{
  const GrIndexMetrics *index = &metrics->index;
  GrChart *chart = gr_chart_new (_("Guarantee strength: every instrument and the whole"));
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autofree char *composite_text = gr_format_number (index->composite, 2);
  g_autofree char *composite_label = NULL;
  g_autofree char *summary = NULL;
  double total_weight = 0;
  guint scores;

  gr_chart_set_subtitle (chart, _("Each instrument scored from 0 (absent) to 1 (full); "
                                  "the composite is their weighted geometric mean, so one "
                                  "weak instrument pulls the whole down."));
  gr_chart_set_orientation (chart, GR_CHART_HORIZONTAL);
  gr_chart_set_value_axis (chart, _("Score, 0 to 1"), GR_CHART_UNIT_SCORE);
  gr_chart_set_value_range (chart, 0, 1);
  gr_chart_set_empty_message (chart, _("Every instrument has weight zero: set weights "
                                       "to combine the scores."));

  for (GrInstrument i = 0; i < GR_N_INSTRUMENTS; i++)
    total_weight += index->weight[i];

  scores = gr_chart_add_series (chart, GR_SERIES_BAR, _("Score"), 0);
  gr_chart_series_set_look (chart, scores, GR_RGB_BLUE, GR_FILL_SOLID, GR_MARKER_NONE);
  gr_chart_series_set_labelled (chart, scores, TRUE);

  if (total_weight > 0)
    {
      for (GrInstrument i = 0; i < GR_N_INSTRUMENTS; i++)
        {
          g_autofree char *weight = gr_format_percent (index->weight[i], 0);
          g_autofree char *label = g_strdup_printf (_("%s\nweight %s"),
                                                    gr_figures_instrument_label (i), weight);

          gr_chart_add_category (chart, label);
          gr_chart_series_set_value (chart, scores, i, index->score[i]);
        }
      gr_chart_set_highlight (chart, index->weakest, _("weakest link"));
      composite_label = g_strdup_printf (_("Composite %s"), composite_text);
      gr_chart_add_reference (chart, index->composite, composite_label);
      summary = g_strdup_printf (_("The composite index is %s; the weakest link is %s."),
                                 composite_text, gr_figures_instrument_label (index->weakest));
      gr_chart_set_summary (chart, summary);
    }

  gr_figures_set_sources (chart, scenario, ids);
  return chart;
}
