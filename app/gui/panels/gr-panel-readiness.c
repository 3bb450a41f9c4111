/* gr-panel-readiness.c — readiness: troops trained abroad over the horizon
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-panel.h"

#include <glib/gi18n.h>

static double
trained_total (const GrScenario *scenario,
               const GrMetrics  *metrics,
               char            **title)
{
  /* TRANSLATORS: headline title, "Trained by 2030" */
  *title = g_strdup_printf (_("Trained by %d"),
                            scenario->readiness.start_year + scenario->readiness.horizon_years);
  return metrics->readiness.trained_total;
}

static double
trained_now (const GrScenario *scenario,
             const GrMetrics  *metrics,
             char            **title)
{
  /* TRANSLATORS: headline title, "Trained by 2025" */
  *title = g_strdup_printf (_("Trained by %d"), scenario->readiness.start_year);
  return metrics->readiness.trained_start;
}

GR_PANEL_VALUE (per_year, metrics->readiness.trained_per_year)

GR_PANEL_FIELD (trained_abroad, readiness.trained_abroad)
GR_PANEL_FIELD (trained_per_month, readiness.trained_per_month)
GR_PANEL_FIELD (separations, readiness.separations_per_year)
GR_PANEL_FIELD (reservists, readiness.reservists)
GR_PANEL_FIELD (horizon, readiness.horizon_years)

static const GrLeverSpec levers[] = {
  { N_("Trained abroad so far"), N_("people"), GR_LEVER_QUANTITY, trained_abroad, GR_LIMIT_TRAINED_ABROAD, 1000, 0, 0, FALSE },
  { N_("Trained a month"), N_("people"), GR_LEVER_QUANTITY, trained_per_month, GR_LIMIT_TRAINED_PER_MONTH, 500, 0, 0, TRUE },
  { N_("Leaving the trained force a year"), N_("%"), GR_LEVER_QUANTITY, separations, GR_LIMIT_SEPARATIONS_PER_YEAR, 1, 0, 100, FALSE },
  { N_("Reservists"), N_("people"), GR_LEVER_QUANTITY, reservists, GR_LIMIT_RESERVISTS, 10000, 0, 0, FALSE },
  { N_("Horizon"), N_("years"), GR_LEVER_INT, horizon, GR_LIMIT_HORIZON_YEARS, 1, 0, 0, FALSE },
};

GrPanel *
gr_panel_readiness_new (GrDocument *document)
{
  GrPanel *self = gr_panel_new (document, "readiness", _("Readiness"), GR_INSTRUMENT_READINESS);

  gr_panel_add_headline (self, GR_METRIC_READINESS_TRAINED, NULL, GR_HEADLINE_COUNT, TRUE,
                         trained_now);
  /* Projections: to the precision of the rate and the share they come from. */
  gr_panel_add_headline (self, GR_METRIC_READINESS_TRAINED, NULL, GR_HEADLINE_ESTIMATE, TRUE,
                         trained_total);
  gr_panel_add_headline (self, GR_N_METRICS, _("Trained a year"), GR_HEADLINE_ESTIMATE, TRUE,
                         per_year);
  gr_panel_add_chart (self, "readiness", 0);
  for (guint i = 0; i < G_N_ELEMENTS (levers); i++)
    gr_panel_add_lever (self, &levers[i]);
  return self;
}
