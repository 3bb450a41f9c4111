/* gr-panel-air.c — integrated air defence and joint air patrols
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Batteries are placed and moved on the map; here the user sets the threat,
 * the interceptor supply per system and the patrol fleet.
 */

#include "config.h"

#include "gr-geo-names.h"
#include "gr-panel.h"

#include "gr-figures.h"

#include <glib/gi18n.h>

/* With no battery placed the coverage is 0 %: the title says why, rather
 * than show a zero that reads like a result. */
static char *
coverage_title (const GrScenario *scenario,
                GrMetricId        metric)
{
  if (scenario->air_defense.batteries != NULL && scenario->air_defense.batteries->len > 0)
    return g_strdup (gr_metric_label (metric));
  /* TRANSLATORS: a headline's title when the scenario has no air-defence
   * battery; %s is the metric, "Territory covered" */
  return g_strdup_printf (_("%s: no batteries placed"), gr_metric_label (metric));
}

static double
territory (const GrScenario *scenario,
           const GrMetrics  *metrics,
           char            **title)
{
  *title = coverage_title (scenario, GR_METRIC_TERRITORY_COVERED);
  return metrics->air_defense.territory_covered_pct;
}

static double
population (const GrScenario *scenario,
            const GrMetrics  *metrics,
            char            **title)
{
  *title = coverage_title (scenario, GR_METRIC_POPULATION_COVERED);
  return metrics->air_defense.population_covered_pct;
}

GR_PANEL_VALUE (intercepted, metrics->air_defense.intercepted_share * 100)
GR_PANEL_VALUE (leaked, metrics->air_defense.leaked_per_month)

static double
aircraft_required (const GrScenario *scenario,
                   const GrMetrics  *metrics,
                   char            **title)
{
  /* TRANSLATORS: headline title; %d is the number of patrol aircraft assigned */
  *title = g_strdup_printf (_("Patrol aircraft required (%d assigned)"),
                            metrics->air_patrol.aircraft_assigned);
  /* Whole aircraft per zone, summed: the total the chart's bars add up to. */
  return gr_figures_patrol_aircraft_required (metrics);
}

GR_PANEL_FIELD (drones, air_defense.threat[GR_THREAT_DRONE].per_month)
GR_PANEL_FIELD (cruise, air_defense.threat[GR_THREAT_CRUISE].per_month)
GR_PANEL_FIELD (ballistic, air_defense.threat[GR_THREAT_BALLISTIC].per_month)
GR_PANEL_FIELD (drones_other, air_defense.threat[GR_THREAT_DRONE].other_kill_share)
GR_PANEL_FIELD (per_station, air_patrol.aircraft.per_station)
GR_PANEL_FIELD (mission_capable, air_patrol.aircraft.mission_capable)

static const GrLeverSpec threat_levers[] = {
  { N_("Attack drones a month"), NULL, GR_LEVER_QUANTITY, drones, GR_LIMIT_DRONES_PER_MONTH, 50, 0, 0, TRUE },
  { N_("Cruise missiles a month"), NULL, GR_LEVER_QUANTITY, cruise, GR_LIMIT_CRUISE_PER_MONTH, 5, 0, 0, TRUE },
  { N_("Ballistic missiles a month"), NULL, GR_LEVER_QUANTITY, ballistic, GR_LIMIT_BALLISTIC_PER_MONTH, 5, 0, 0, TRUE },
  { N_("Drones downed by other means"), N_("%"), GR_LEVER_QUANTITY, drones_other, GR_LIMIT_OTHER_KILL_SHARE, 1, 0, 100, FALSE },
};

static const GrLeverSpec patrol_levers[] = {
  { N_("Aircraft on each station"), NULL, GR_LEVER_QUANTITY, per_station, GR_LIMIT_PER_STATION, 1, 0, 0, FALSE },
  { N_("Mission-capable rate"), N_("%"), GR_LEVER_QUANTITY, mission_capable, GR_LIMIT_MISSION_CAPABLE, 1, 0, 100, FALSE },
};

GR_PANEL_ITEM (system_supply, count_systems, air_defense.systems, GrAirDefenseSystem,
               interceptors_per_month)

static char *
system_title (const GrScenario *scenario,
              guint             index)
{
  const GrAirDefenseSystem *s = &g_array_index (scenario->air_defense.systems,
                                                GrAirDefenseSystem, index);

  /* TRANSLATORS: interceptor supply of one system, "Patriot interceptors a month per battery" */
  return g_strdup_printf (_("%s interceptors a month per battery"), GR_ITEM_NAME (s));
}

static const GrListSpec system_list = {
  .title = N_("Interceptor supply"),
  .count = count_systems,
  .item_title = system_title,
  .lever = {
    .kind = GR_LEVER_QUANTITY, .locate = system_supply,
    .limit = GR_LIMIT_INTERCEPTORS_PER_MONTH, .step = 1, .digits = 0,
  },
};

GR_PANEL_ITEM (zone_assigned, count_zones, air_patrol.zones, GrPatrolZone, aircraft_assigned)

static char *
zone_title (const GrScenario *scenario,
            guint             index)
{
  const GrPatrolZone *z = &g_array_index (scenario->air_patrol.zones, GrPatrolZone, index);

  /* TRANSLATORS: aircraft assigned to a patrol zone, "Western Ukraine, aircraft assigned" */
  return g_strdup_printf (_("%s, aircraft assigned"), GR_ITEM_NAME (z));
}

static const GrListSpec zone_list = {
  .title = N_("Joint air patrol zones"),
  .count = count_zones,
  .item_title = zone_title,
  .lever = {
    .kind = GR_LEVER_INT, .locate = zone_assigned,
    .limit = GR_LIMIT_ZONE_AIRCRAFT_ASSIGNED, .step = 1, .digits = 0,
  },
};

GrPanel *
gr_panel_air_new (GrDocument *document)
{
  GrPanel *self = gr_panel_new (document, "air", _("Air defence and air patrols"),
                                GR_INSTRUMENT_AIR_DEFENSE);

  gr_panel_add_headline (self, GR_METRIC_TERRITORY_COVERED, NULL, GR_HEADLINE_PERCENT, TRUE,
                         territory);
  gr_panel_add_headline (self, GR_METRIC_POPULATION_COVERED, NULL, GR_HEADLINE_PERCENT, TRUE,
                         population);
  gr_panel_add_headline (self, GR_METRIC_INTERCEPTED, _("Intercepted"), GR_HEADLINE_PERCENT, TRUE,
                         intercepted);
  gr_panel_add_headline (self, GR_METRIC_LEAKED, _("Leaked a month"), GR_HEADLINE_COUNT, FALSE,
                         leaked);
  gr_panel_add_headline (self, GR_METRIC_PATROL_AIRCRAFT_REQUIRED, NULL, GR_HEADLINE_COUNT, FALSE,
                         aircraft_required);
  gr_panel_add_chart (self, "air-defense", 400);
  gr_panel_add_chart (self, "interception", 400);
  gr_panel_add_chart (self, "air-patrol", 400);
  for (guint i = 0; i < G_N_ELEMENTS (threat_levers); i++)
    gr_panel_add_lever (self, &threat_levers[i]);
  gr_panel_add_list (self, &system_list);
  gr_panel_add_list (self, &zone_list);
  for (guint i = 0; i < G_N_ELEMENTS (patrol_levers); i++)
    gr_panel_add_lever (self, &patrol_levers[i]);
  return self;
}
