/* gr-panel-index.c — the guarantee index: composite, weakest link, per-instrument bars, weights
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-panel.h"

#include <glib/gi18n.h>

GR_PANEL_VALUE (composite, metrics->index.composite)

static double
weakest (const GrScenario *scenario,
         const GrMetrics  *metrics,
         char            **title)
{
  GrInstrument instrument = metrics->index.weakest;

  /* TRANSLATORS: headline title; %s is an instrument, "Weakest link: Army funding" */
  *title = g_strdup_printf (_("Weakest link: %s"),
                            gr_metric_label (gr_metric_for_instrument (instrument)));
  return metrics->index.score[instrument];
}

GR_PANEL_FIELD (weight_guarantees, weights[GR_INSTRUMENT_GUARANTEES])
GR_PANEL_FIELD (weight_funding, weights[GR_INSTRUMENT_FUNDING])
GR_PANEL_FIELD (weight_industry, weights[GR_INSTRUMENT_INDUSTRY])
GR_PANEL_FIELD (weight_presence, weights[GR_INSTRUMENT_PRESENCE])
GR_PANEL_FIELD (weight_danish, weights[GR_INSTRUMENT_DANISH_MODEL])
GR_PANEL_FIELD (weight_air, weights[GR_INSTRUMENT_AIR_DEFENSE])
GR_PANEL_FIELD (weight_maritime, weights[GR_INSTRUMENT_MARITIME])
GR_PANEL_FIELD (weight_readiness, weights[GR_INSTRUMENT_READINESS])

static const GrLeverLocate weight_locate[GR_N_INSTRUMENTS] = {
  weight_guarantees, weight_funding, weight_industry, weight_presence,
  weight_danish, weight_air, weight_maritime, weight_readiness,
};

GrPanel *
gr_panel_index_new (GrDocument *document)
{
  GrPanel *self = gr_panel_new (document, "index", _("Guarantee strength"), GR_N_INSTRUMENTS);
  GtkWidget *weights = adw_expander_row_new ();

  gr_panel_add_headline (self, GR_METRIC_INDEX_COMPOSITE, _("Guarantee index"),
                         GR_HEADLINE_SCORE, TRUE, composite);
  gr_panel_add_headline (self, GR_METRIC_INDEX_WEAKEST, NULL, GR_HEADLINE_SCORE, TRUE, weakest);
  gr_panel_add_chart (self, "index", 540);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (weights), _("Index weights"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (weights),
                                 _("A proposal: denial ≈ 0.5, punishment ≈ 0.2, credibility ≈ 0.3"));
  for (GrInstrument i = 0; i < GR_N_INSTRUMENTS; i++)
    {
      GrLeverSpec spec = {
        .title = gr_metric_label (gr_metric_for_instrument (i)),
        .kind = GR_LEVER_DOUBLE,
        .locate = weight_locate[i],
        .limit = GR_LIMIT_WEIGHT, .step = 0.05, .digits = 2,
      };

      adw_expander_row_add_row (ADW_EXPANDER_ROW (weights),
                                gr_lever_row_new (document, &spec, NULL, NULL));
    }
  gr_panel_add_row (self, weights);
  return self;
}
