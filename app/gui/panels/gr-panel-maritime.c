/* gr-panel-maritime.c — Black Sea security: the grain corridor, escorts, patrols
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-geo-names.h"
#include "gr-panel.h"

#include <glib/gi18n.h>

GR_PANEL_VALUE (covered, metrics->maritime.covered_pct)

static double
escorts (const GrScenario *scenario,
         const GrMetrics  *metrics,
         char            **title)
{
  /* TRANSLATORS: headline title; %d is the number of escorts available */
  *title = g_strdup_printf (_("Escorts required (%d available)"),
                            (int) metrics->maritime.escorts_available);
  return metrics->maritime.escorts_required;
}

static double
throughput (const GrScenario *scenario,
            const GrMetrics  *metrics,
            char            **title)
{
  /* In million tonnes, as the metric's explanation says. */
  return metrics->maritime.throughput_mt_per_month;
}

GR_PANEL_FIELD (escorts_available, maritime.escorts_available)
GR_PANEL_FIELD (escorts_per_convoy, maritime.escorts_per_convoy)
GR_PANEL_FIELD (ships_per_convoy, maritime.ships_per_convoy)
GR_PANEL_FIELD (speed, maritime.speed_knots)

static const GrLeverSpec levers[] = {
  { N_("Escort ships available"), NULL, GR_LEVER_QUANTITY, escorts_available, GR_LIMIT_ESCORTS_AVAILABLE, 1, 0, 0, TRUE },
  { N_("Escorts per convoy"), NULL, GR_LEVER_QUANTITY, escorts_per_convoy, GR_LIMIT_ESCORTS_PER_CONVOY, 1, 0, 0, FALSE },
  { N_("Ships per convoy"), NULL, GR_LEVER_QUANTITY, ships_per_convoy, GR_LIMIT_SHIPS_PER_CONVOY, 1, 0, 0, FALSE },
  { N_("Convoy speed"), N_("kn"), GR_LEVER_QUANTITY, speed, GR_LIMIT_SPEED_KNOTS, 0.5, 1, 0, FALSE },
};

GR_PANEL_ITEM (route_ships, count_routes, maritime.routes, GrRoute, ships_per_month)

static char *
route_title (const GrScenario *scenario,
             guint             index)
{
  const GrRoute *r = &g_array_index (scenario->maritime.routes, GrRoute, index);

  /* TRANSLATORS: ships a month on a route, "Odesa–Bosporus, ships a month" */
  return g_strdup_printf (_("%s, ships a month"), GR_ITEM_NAME (r));
}

static const GrListSpec route_list = {
  .title = N_("Shipping routes"),
  .count = count_routes,
  .item_title = route_title,
  .lever = {
    .kind = GR_LEVER_QUANTITY, .locate = route_ships,
    .limit = GR_LIMIT_ROUTE_SHIPS_PER_MONTH, .step = 5, .digits = 0,
  },
};

GR_PANEL_ITEM (patrol_radius, count_patrols, maritime.patrols, GrMaritimePatrol, radius_km)

static char *
patrol_title (const GrScenario *scenario,
              guint             index)
{
  const GrMaritimePatrol *p = &g_array_index (scenario->maritime.patrols, GrMaritimePatrol, index);

  /* TRANSLATORS: a patrol's radius: name and partner, "Romanian MCM group · RO, radius" */
  return g_strdup_printf (_("%s · %s, radius"), GR_ITEM_NAME (p), p->partner);
}

static void
remove_patrol (GrScenario *scenario,
               gpointer    data)
{
  g_array_remove_index (scenario->maritime.patrols, GPOINTER_TO_UINT (data));
}

static const GrListSpec patrol_list = {
  .title = N_("Patrols and partners"),
  .count = count_patrols,
  .item_title = patrol_title,
  .lever = {
    .unit = N_("km"), .kind = GR_LEVER_QUANTITY, .locate = patrol_radius,
    .limit = GR_LIMIT_PATROL_RADIUS_KM, .step = 5, .digits = 0,
  },
  .remove = remove_patrol,
};

GrPanel *
gr_panel_maritime_new (GrDocument *document)
{
  GrPanel *self = gr_panel_new (document, "maritime", _("Black Sea security"),
                                GR_INSTRUMENT_MARITIME);

  gr_panel_add_headline (self, GR_METRIC_ROUTE_COVERED, NULL, GR_HEADLINE_PERCENT, TRUE, covered);
  gr_panel_add_headline (self, GR_METRIC_ROUTE_ESCORTS, NULL, GR_HEADLINE_REQUIRED, FALSE,
                         escorts);
  gr_panel_add_headline (self, GR_METRIC_ROUTE_THROUGHPUT, _("Exports, million tonnes a month"),
                         GR_HEADLINE_ESTIMATE, TRUE, throughput);
  gr_panel_add_chart (self, "maritime", 0);
  for (guint i = 0; i < G_N_ELEMENTS (levers); i++)
    gr_panel_add_lever (self, &levers[i]);
  gr_panel_add_list (self, &route_list);
  gr_panel_add_list (self, &patrol_list);
  return self;
}
