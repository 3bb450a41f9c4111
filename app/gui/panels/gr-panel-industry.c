/* gr-panel-industry.c — defence industry: monthly output against consumption
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-panel.h"

#include <glib/gi18n.h>

GR_PANEL_VALUE (fpv_ratio, metrics->industry.fpv_ratio)
GR_PANEL_VALUE (shells_ratio, metrics->industry.shells_ratio)
GR_PANEL_VALUE (vehicles_ratio, metrics->industry.vehicles_ratio)
GR_PANEL_VALUE (stock, metrics->industry.shells_months_of_stock)

GR_PANEL_FIELD (facilities, industry.facilities)
GR_PANEL_FIELD (fpv_made, industry.fpv_drones_per_month)
GR_PANEL_FIELD (fpv_used, industry.fpv_drones_used_per_month)
GR_PANEL_FIELD (shells_made, industry.shells_155_per_month)
GR_PANEL_FIELD (shells_used, industry.shells_155_used_per_month)
GR_PANEL_FIELD (shells_stock, industry.shells_155_stock)
GR_PANEL_FIELD (vehicles_made, industry.armored_vehicles_per_month)
GR_PANEL_FIELD (vehicles_lost, industry.armored_vehicles_lost_per_month)

static const GrLeverSpec levers[] = {
  { N_("Production facilities"), NULL, GR_LEVER_QUANTITY, facilities, GR_LIMIT_INDUSTRY_FACILITIES, 10, 0, 0, FALSE },
  { N_("FPV drones made a month"), NULL, GR_LEVER_QUANTITY, fpv_made, GR_LIMIT_INDUSTRY_FPV_PER_MONTH, 10000, 0, 0, TRUE },
  { N_("FPV drones used a month"), NULL, GR_LEVER_QUANTITY, fpv_used, GR_LIMIT_INDUSTRY_FPV_PER_MONTH, 10000, 0, 0, FALSE },
  { N_("155 mm shells made a month"), NULL, GR_LEVER_QUANTITY, shells_made, GR_LIMIT_INDUSTRY_SHELLS_PER_MONTH, 1000, 0, 0, TRUE },
  { N_("155 mm shells used a month"), NULL, GR_LEVER_QUANTITY, shells_used, GR_LIMIT_INDUSTRY_SHELLS_PER_MONTH, 1000, 0, 0, FALSE },
  { N_("155 mm shells in stock"), NULL, GR_LEVER_QUANTITY, shells_stock, GR_LIMIT_INDUSTRY_SHELLS_STOCK, 10000, 0, 0, FALSE },
  { N_("Armoured vehicles made a month"), NULL, GR_LEVER_QUANTITY, vehicles_made, GR_LIMIT_INDUSTRY_VEHICLES_PER_MONTH, 5, 0, 0, FALSE },
  { N_("Armoured vehicles lost a month"), NULL, GR_LEVER_QUANTITY, vehicles_lost, GR_LIMIT_INDUSTRY_VEHICLES_PER_MONTH, 5, 0, 0, FALSE },
};

GrPanel *
gr_panel_industry_new (GrDocument *document)
{
  GrPanel *self = gr_panel_new (document, "industry", _("Defence industry"),
                                GR_INSTRUMENT_INDUSTRY);

  gr_panel_add_headline (self, GR_METRIC_INDUSTRY_RATIO, _("FPV drones, output ÷ use"),
                         GR_HEADLINE_RATIO, TRUE, fpv_ratio);
  gr_panel_add_headline (self, GR_METRIC_INDUSTRY_RATIO, _("155 mm shells, output ÷ use"),
                         GR_HEADLINE_RATIO, TRUE, shells_ratio);
  gr_panel_add_headline (self, GR_METRIC_INDUSTRY_RATIO, _("Armoured vehicles, output ÷ losses"),
                         GR_HEADLINE_RATIO, TRUE, vehicles_ratio);
  gr_panel_add_headline (self, GR_METRIC_INDUSTRY_STOCK, NULL, GR_HEADLINE_MONTHS, TRUE, stock);
  for (guint i = 0; i < G_N_ELEMENTS (levers); i++)
    gr_panel_add_lever (self, &levers[i]);
  return self;
}
