/* gr-figures-air.c — air defence coverage, interception, joint air patrols
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-figures-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#define MILLION 1e6

static void
collect_air_defense_sources (GPtrArray        *ids,
                             const GrScenario *scenario)
{
  const GrAirDefense *air = &scenario->air_defense;

  for (guint i = 0; air->systems != NULL && i < air->systems->len; i++)
    {
      const GrAirDefenseSystem *system = &g_array_index (air->systems, GrAirDefenseSystem, i);

      gr_figures_collect (ids, &system->range_km, 1);
      gr_figures_collect (ids, system->pk, GR_N_THREATS);
      gr_figures_collect (ids, &system->interceptor_cost_musd, 1);
    }
  for (GrThreatClass t = 0; t < GR_N_THREATS; t++)
    gr_figures_collect (ids, &air->threat[t].per_month, 1);
}

static gboolean
has_batteries (const GrMetrics *metrics)
{
  return metrics->air_defense.batteries != NULL && metrics->air_defense.batteries->len > 0;
}

/* The longest reach of any system against one threat class. */
static double
max_radius (const GrMetrics *metrics,
            GrThreatClass    threat)
{
  const GArray *systems = metrics->air_defense.systems;
  double best = 0;

  for (guint i = 0; systems != NULL && i < systems->len; i++)
    best = MAX (best, g_array_index (systems, GrSystemMetrics, i).radius_km[threat]);
  return best;
}

GrChart *
gr_figures_air_defense (const GrScenario *scenario,
                        const GrMetrics  *metrics)
{
  const GrAirDefenseMetrics *air = &metrics->air_defense;
  GrChart *chart = gr_chart_new (_("Air defence: how much of Ukraine is covered"));
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  guint territory, population;

  gr_chart_set_subtitle (chart, _("Share of territory and of population inside at least one "
                                  "battery's effective range, by threat; low fliers are cut "
                                  "short by the radar horizon."));
  gr_chart_set_orientation (chart, GR_CHART_HORIZONTAL);
  gr_chart_set_value_axis (chart, _("Share covered"), GR_CHART_UNIT_PERCENT);
  gr_chart_set_value_range (chart, 0, 1);
  gr_chart_set_empty_message (chart, _("The scenario places no air-defence batteries. "
                                       "Place a battery on the map to see its coverage."));

  territory = gr_chart_add_series (chart, GR_SERIES_BAR, _("Territory covered"), 0);
  population = gr_chart_add_series (chart, GR_SERIES_BAR, _("Population covered"), 1);
  gr_chart_series_set_look (chart, territory, GR_RGB_BLUE, GR_FILL_SOLID, GR_MARKER_NONE);
  gr_chart_series_set_look (chart, population, GR_RGB_ORANGE, GR_FILL_HATCH, GR_MARKER_NONE);
  gr_chart_series_set_labelled (chart, territory, TRUE);
  gr_chart_series_set_labelled (chart, population, TRUE);

  if (has_batteries (metrics))
    {
      g_autofree char *territory_text = gr_format_percent (air->territory_covered_pct / 100, 0);
      g_autofree char *population_text = gr_format_percent (air->population_covered_pct / 100, 0);
      g_autofree char *summary = NULL;

      for (GrThreatClass t = 0; t < GR_N_THREATS; t++)
        {
          g_autofree char *reach = gr_format_count (max_radius (metrics, t));
          g_autofree char *label = g_strdup_printf (_("%s\nreach up to %s km"),
                                                    gr_figures_threat_label (t), reach);

          gr_chart_add_category (chart, label);
          gr_chart_series_set_value (chart, territory, t,
                                     air->threat[t].territory_covered_pct / 100);
          gr_chart_series_set_value (chart, population, t,
                                     air->threat[t].population_covered_pct / 100);
        }
      summary = g_strdup_printf (ngettext ("Against cruise missiles %u battery covers %s of the "
                                           "territory and %s of the population.",
                                           "Against cruise missiles %u batteries cover %s of the "
                                           "territory and %s of the population.",
                                           air->batteries->len),
                                 air->batteries->len, territory_text, population_text);
      gr_chart_set_summary (chart, summary);
    }

  collect_air_defense_sources (ids, scenario);
  gr_figures_set_sources (chart, scenario, ids);
  return chart;
}

GrChart *
gr_figures_interception (const GrScenario *scenario,
                         const GrMetrics  *metrics)
{
  const GrAirDefenseMetrics *air = &metrics->air_defense;
  GrChart *chart = gr_chart_new (_("Interception: what gets through each month"));
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autofree char *subtitle = NULL;
  g_autofree char *used = gr_format_count (air->interceptors_used_per_month);
  g_autofree char *cost = gr_format_money (air->interceptor_cost_musd_per_month * MILLION,
                                           GR_CURRENCY_USD);
  g_autofree char *attacker = gr_format_money (air->attacker_cost_musd_per_month * MILLION,
                                               GR_CURRENCY_USD);
  guint by_batteries, by_other, leaked;

  subtitle = g_strdup_printf (_("Expected drones and missiles a month, by outcome. "
                                "%s interceptors a month cost %s, against %s the attacker spends."),
                              used, cost, attacker);
  gr_chart_set_subtitle (chart, subtitle);
  gr_chart_set_orientation (chart, GR_CHART_HORIZONTAL);
  gr_chart_set_value_axis (chart, _("Drones and missiles a month"), GR_CHART_UNIT_COUNT);
  gr_chart_set_empty_message (chart, _("The scenario sets no threat: no drones or missiles "
                                       "are launched in a month."));

  by_batteries = gr_chart_add_series (chart, GR_SERIES_BAR, _("Intercepted by batteries"), 0);
  by_other = gr_chart_add_series (chart, GR_SERIES_BAR,
                                  _("Downed by other means (EW, mobile fire groups, fighters)"), 0);
  leaked = gr_chart_add_series (chart, GR_SERIES_BAR, _("Leaked through"), 0);
  gr_chart_series_set_look (chart, by_batteries, GR_RGB_BLUE, GR_FILL_SOLID, GR_MARKER_NONE);
  gr_chart_series_set_look (chart, by_other, GR_RGB_SKY_BLUE, GR_FILL_DOTS, GR_MARKER_NONE);
  gr_chart_series_set_look (chart, leaked, GR_RGB_VERMILLION, GR_FILL_CROSSHATCH, GR_MARKER_NONE);
  gr_chart_series_set_labelled (chart, by_batteries, TRUE);
  gr_chart_series_set_labelled (chart, by_other, TRUE);
  gr_chart_series_set_labelled (chart, leaked, TRUE);

  if (air->launched_per_month > 0)
    {
      g_autofree char *share = gr_format_percent (air->intercepted_share, 0);
      g_autofree char *leaked_text = gr_format_count (air->leaked_per_month);
      g_autofree char *summary = NULL;

      for (GrThreatClass t = 0; t < GR_N_THREATS; t++)
        {
          const GrThreatMetrics *threat = &air->threat[t];
          g_autofree char *launched = gr_format_count (threat->launched_per_month);
          g_autofree char *spend = gr_format_money (threat->interceptor_cost_musd_per_month
                                                    * MILLION, GR_CURRENCY_USD);
          g_autofree char *label = g_strdup_printf (_("%s\n%s launched · interceptors %s"),
                                                    gr_figures_threat_label (t), launched, spend);

          gr_chart_add_category (chart, label);
          gr_chart_series_set_value (chart, by_batteries, t,
                                     threat->intercepted_by_batteries_per_month);
          gr_chart_series_set_value (chart, by_other, t, threat->intercepted_by_other_per_month);
          gr_chart_series_set_value (chart, leaked, t, threat->leaked_per_month);
        }
      summary = g_strdup_printf (_("%s of all launches are intercepted; %s a month leak through."),
                                 share, leaked_text);
      gr_chart_set_summary (chart, summary);
    }

  collect_air_defense_sources (ids, scenario);
  gr_figures_set_sources (chart, scenario, ids);
  return chart;
}

double
gr_figures_patrol_aircraft_required (const GrMetrics *metrics)
{
  const GrAirPatrolMetrics *patrol = &metrics->air_patrol;
  double total = 0;

  for (guint z = 0; patrol->zones != NULL && z < patrol->zones->len; z++)
    total += ceil (g_array_index (patrol->zones, GrPatrolZoneMetrics, z).aircraft_required);
  return total;
}

GrChart *
gr_figures_air_patrol (const GrScenario *scenario,
                       const GrMetrics  *metrics)
{
  const GrAirPatrolMetrics *patrol = &metrics->air_patrol;
  const GrAircraft *aircraft = &scenario->air_patrol.aircraft;
  GrChart *chart = gr_chart_new (_("Joint air patrols: aircraft needed to hold the stations"));
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  guint n_zones = patrol->zones != NULL ? patrol->zones->len : 0;
  guint assigned, required;

  gr_chart_set_subtitle (chart, _("Fighters assigned against those required to keep every "
                                  "station manned around the clock (RAND sortie model, with "
                                  "quick-reaction alert)."));
  gr_chart_set_value_axis (chart, _("Aircraft"), GR_CHART_UNIT_COUNT);
  gr_chart_set_empty_message (chart, _("The scenario draws no air-patrol zones."));

  assigned = gr_chart_add_series (chart, GR_SERIES_BAR, _("Assigned"), 0);
  required = gr_chart_add_series (chart, GR_SERIES_BAR, _("Required"), 1);
  gr_chart_series_set_look (chart, assigned, GR_RGB_BLUE, GR_FILL_SOLID, GR_MARKER_NONE);
  gr_chart_series_set_look (chart, required, GR_RGB_ORANGE, GR_FILL_HATCH, GR_MARKER_NONE);
  gr_chart_series_set_labelled (chart, assigned, TRUE);
  gr_chart_series_set_labelled (chart, required, TRUE);

  for (guint z = 0; z < n_zones; z++)
    {
      const GrPatrolZoneMetrics *zone = &g_array_index (patrol->zones, GrPatrolZoneMetrics, z);
      const char *verdict = !zone->station_reachable ? _("station out of reach")
                            : zone->sustainable ? _("sustainable") : _("not sustainable");
      const char *name = gr_figures_name_by_id (scenario->air_patrol.zones, zone->id,
                                                    G_STRUCT_OFFSET (GrPatrolZone, name_uk));
      g_autofree char *label = g_strdup_printf ("%s\n%s", name, verdict);

      gr_chart_add_category (chart, label);
      gr_chart_series_set_value (chart, assigned, z, zone->aircraft_assigned);
      gr_chart_series_set_value (chart, required, z, ceil (zone->aircraft_required));
      if (zone->station_reachable && zone->aircraft_assigned < ceil (zone->aircraft_required))
        {
          g_autofree char *shortfall = gr_format_count (ceil (zone->aircraft_required)
                                                        - zone->aircraft_assigned);
          g_autofree char *text = g_strdup_printf (_("Short by %s"), shortfall);

          gr_chart_add_gap (chart, z, zone->aircraft_assigned, ceil (zone->aircraft_required),
                            text);
        }
    }

  if (n_zones > 0)
    {
      g_autofree char *summary = g_strdup_printf (ngettext ("%u of %u zone can be held: %d "
                                                            "aircraft assigned, %.0f required.",
                                                            "%u of %u zones can be held: %d "
                                                            "aircraft assigned, %.0f required.",
                                                            n_zones),
                                                  patrol->zones_sustainable, n_zones,
                                                  patrol->aircraft_assigned,
                                                  gr_figures_patrol_aircraft_required (metrics));

      gr_chart_set_summary (chart, summary);
    }

  gr_figures_collect (ids, &aircraft->cruise_kmh, 1);
  gr_figures_collect (ids, &aircraft->endurance_h, 1);
  gr_figures_collect (ids, &aircraft->turnaround_h, 1);
  gr_figures_collect (ids, &aircraft->mission_capable, 1);
  gr_figures_set_sources (chart, scenario, ids);
  return chart;
}

/* Assigned (series 0) and required (1) in whole aircraft, as drawn. */
void
gr_figures_air_patrol_ranges (GrChart            *chart,
                              const GrMetrics    *metrics,
                              const GrMonteCarlo *monte_carlo)
{
  const GrAirPatrolMetrics *patrol = &metrics->air_patrol;

  for (guint z = 0; patrol->zones != NULL && z < patrol->zones->len; z++)
    {
      const char *id = g_array_index (patrol->zones, GrPatrolZoneMetrics, z).id;

      gr_figures_set_range (chart, 0, z, monte_carlo, 1, TRUE,
                            "air_patrol.zones.%s.aircraft_assigned", id);
      gr_figures_set_range (chart, 1, z, monte_carlo, 1, TRUE,
                            "air_patrol.zones.%s.aircraft_required", id);
    }
}
