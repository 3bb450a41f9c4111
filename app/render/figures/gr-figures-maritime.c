/* gr-figures-maritime.c — Black Sea routes: length under cover, escorts needed
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-figures-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

GrChart *
gr_figures_maritime (const GrScenario *scenario,
                     const GrMetrics  *metrics)
{
  const GrMaritimeMetrics *sea = &metrics->maritime;
  GrChart *chart = gr_chart_new (_("Black Sea: shipping routes under protection"));
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  guint n_routes = sea->routes != NULL ? sea->routes->len : 0;
  g_autofree char *subtitle = NULL;
  g_autofree char *needed = gr_format_number (sea->escorts_required, 1);
  guint covered, open;

  subtitle = g_strdup_printf (sea->escorts_sufficient
                              ? _("Route length within reach of escorts, patrol ships or partner "
                                  "air cover. Convoys need %s escorts; %d are available: enough.")
                              : _("Route length within reach of escorts, patrol ships or partner "
                                  "air cover. Convoys need %s escorts; only %d are available."),
                              needed, (int) sea->escorts_available);
  gr_chart_set_subtitle (chart, subtitle);
  gr_chart_set_orientation (chart, GR_CHART_HORIZONTAL);
  gr_chart_set_value_axis (chart, _("Route length, km"), GR_CHART_UNIT_COUNT);
  gr_chart_set_empty_message (chart, _("The scenario has no maritime routes."));

  covered = gr_chart_add_series (chart, GR_SERIES_BAR, _("Covered"), 0);
  open = gr_chart_add_series (chart, GR_SERIES_BAR, _("Not covered"), 0);
  gr_chart_series_set_look (chart, covered, GR_RGB_BLUISH_GREEN, GR_FILL_SOLID, GR_MARKER_NONE);
  gr_chart_series_set_look (chart, open, GR_RGB_VERMILLION, GR_FILL_CROSSHATCH, GR_MARKER_NONE);
  gr_chart_series_set_labelled (chart, covered, TRUE);
  gr_chart_series_set_labelled (chart, open, TRUE);

  for (guint r = 0; r < n_routes; r++)
    {
      const GrRouteMetrics *route = &g_array_index (sea->routes, GrRouteMetrics, r);
      g_autofree char *pct = gr_format_percent (route->covered_pct / 100, 0);
      g_autofree char *escorts = gr_format_number (route->escorts_required, 1);
      const char *name = gr_figures_name_by_id (scenario->maritime.routes, route->id,
                                                    G_STRUCT_OFFSET (GrRoute, name_uk));
      g_autofree char *label = g_strdup_printf (_("%s\n%s covered · %s escorts needed"),
                                                name, pct, escorts);

      gr_chart_add_category (chart, label);
      gr_chart_series_set_value (chart, covered, r, route->covered_km);
      gr_chart_series_set_value (chart, open, r, MAX (route->length_km - route->covered_km, 0));
    }

  if (n_routes > 0)
    {
      g_autofree char *pct = gr_format_percent (sea->covered_pct / 100, 0);
      g_autofree char *mt = gr_format_number (sea->throughput_mt_per_month, 1);
      g_autofree char *summary = g_strdup_printf (ngettext ("Weighted by ships, %s of the route "
                                                            "length is covered; %s Mt a month "
                                                            "move, with %u partner navy.",
                                                            "Weighted by ships, %s of the route "
                                                            "length is covered; %s Mt a month "
                                                            "move, with %u partner navies.",
                                                            sea->n_partners),
                                                  pct, mt, sea->n_partners);

      gr_chart_set_summary (chart, summary);
    }

  gr_figures_collect (ids, &scenario->maritime.speed_knots, 1);
  gr_figures_collect (ids, &scenario->maritime.escorts_per_convoy, 1);
  gr_figures_collect (ids, &scenario->maritime.tonnes_per_ship, 1);
  for (guint i = 0; scenario->maritime.routes != NULL && i < scenario->maritime.routes->len; i++)
    gr_figures_collect (ids, &g_array_index (scenario->maritime.routes, GrRoute, i).ships_per_month,
                        1);
  gr_figures_set_sources (chart, scenario, ids);
  return chart;
}

/* The covered part starts each stack: its range is where cover ends. */
void
gr_figures_maritime_ranges (GrChart            *chart,
                            const GrMetrics    *metrics,
                            const GrMonteCarlo *monte_carlo)
{
  const GrMaritimeMetrics *sea = &metrics->maritime;

  for (guint r = 0; sea->routes != NULL && r < sea->routes->len; r++)
    gr_figures_set_range (chart, 0, r, monte_carlo, 1, FALSE, "maritime.routes.%s.covered_km",
                          g_array_index (sea->routes, GrRouteMetrics, r).id);
}
