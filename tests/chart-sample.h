/* chart-sample.h — a scenario and hand-made metrics for chart tests and benchmarks
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures follow the article baseline (MODEL.md) loosely; they are
 * written by hand, not computed by the metrics engine, so the chart tests
 * do not depend on it.  Header-only (static inline) so that each test and
 * benchmark can include it without another meson target.
 */

#pragma once

#include <math.h>

#include "gr-metrics.h"
#include "gr-scenario.h"

static inline void
sample_add_pledge (GrScenario   *scenario,
                   const char   *donor,
                   int           year,
                   double        busd,
                   GrPledgeKind  kind,
                   GrChannel     channel)
{
  GrPledge pledge = { g_strdup (donor), year, { busd, NAN, NAN, g_strdup ("kiel") },
                      kind, channel };

  g_array_append_val (scenario->pledges, pledge);
}

static inline GrScenario *
sample_scenario (void)
{
  GrScenario *scenario = gr_scenario_new ();
  const struct { const char *nation; double troops; } deployments[] = {
    { "GB", 4500 }, { "FR", 3500 }, { "DE", 1000 }, { "NL", 800 },
    { "DK", 600 }, { "CA", 600 }, { "SE", 500 }, { "IT", 500 },
  };
  const struct { const char *id, *name; } zones[] = {
    { "west", "Western Ukraine" }, { "sea", "Black Sea, north-west" }, { "kyiv", "Kyiv region" },
  };
  const struct { const char *id, *name; } routes[] = {
    { "odesa", "Odesa – Bosporus" }, { "danube", "Danube ports – Bosporus" },
  };
  GrSource kiel = { g_strdup ("kiel"), g_strdup ("Kiel Ukraine Support Tracker"), NULL, NULL };
  GrSource article = { g_strdup ("article"), g_strdup ("Security guarantees article"), NULL, NULL };

  g_free (scenario->name);
  scenario->name = g_strdup ("Article baseline (sample)");
  g_array_append_val (scenario->sources, kiel);
  g_array_append_val (scenario->sources, article);

  for (int year = 2026; year <= 2029; year++)
    {
      GrFundingNeed need = { year, { 120 - (year - 2026) * 8.0, NAN, NAN, g_strdup ("article") } };

      g_array_append_val (scenario->needs, need);
    }
  sample_add_pledge (scenario, "US", 2026, 20, GR_PLEDGE_ALLOCATION, GR_CHANNEL_BILATERAL);
  sample_add_pledge (scenario, "DE", 2026, 18, GR_PLEDGE_ALLOCATION, GR_CHANNEL_BILATERAL);
  sample_add_pledge (scenario, "EU", 2026, 18, GR_PLEDGE_ALLOCATION, GR_CHANNEL_EU);
  sample_add_pledge (scenario, "DK", 2026, 1.4, GR_PLEDGE_ALLOCATION, GR_CHANNEL_DANISH_MODEL);
  sample_add_pledge (scenario, "NO", 2026, 2, GR_PLEDGE_ALLOCATION, GR_CHANNEL_OTHER);
  sample_add_pledge (scenario, "GB", 2026, 10, GR_PLEDGE_COMMITMENT, GR_CHANNEL_BILATERAL);
  sample_add_pledge (scenario, "DE", 2027, 25, GR_PLEDGE_ALLOCATION, GR_CHANNEL_BILATERAL);
  sample_add_pledge (scenario, "EU", 2027, 18, GR_PLEDGE_ALLOCATION, GR_CHANNEL_EU);
  sample_add_pledge (scenario, "DK", 2027, 1.5, GR_PLEDGE_ALLOCATION, GR_CHANNEL_DANISH_MODEL);
  sample_add_pledge (scenario, "EU", 2027, 20, GR_PLEDGE_COMMITMENT, GR_CHANNEL_EU);
  sample_add_pledge (scenario, "DE", 2028, 12, GR_PLEDGE_ALLOCATION, GR_CHANNEL_BILATERAL);
  sample_add_pledge (scenario, "EU", 2028, 10, GR_PLEDGE_ALLOCATION, GR_CHANNEL_EU);
  sample_add_pledge (scenario, "DK", 2028, 1.2, GR_PLEDGE_ALLOCATION, GR_CHANNEL_DANISH_MODEL);
  sample_add_pledge (scenario, "EU", 2028, 15, GR_PLEDGE_COMMITMENT, GR_CHANNEL_EU);
  sample_add_pledge (scenario, "DE", 2029, 5, GR_PLEDGE_ALLOCATION, GR_CHANNEL_BILATERAL);
  sample_add_pledge (scenario, "EU", 2029, 5, GR_PLEDGE_ALLOCATION, GR_CHANNEL_EU);
  sample_add_pledge (scenario, "DK", 2029, 1.0, GR_PLEDGE_ALLOCATION, GR_CHANNEL_DANISH_MODEL);
  sample_add_pledge (scenario, "EU", 2029, 8, GR_PLEDGE_COMMITMENT, GR_CHANNEL_EU);

  for (guint i = 0; i < G_N_ELEMENTS (deployments); i++)
    {
      GrDeployment d = { g_strdup_printf ("d%u", i), g_strdup_printf ("Site %u", i),
                         { 30, 50 }, deployments[i].troops, GR_ROLE_TRAINING,
                         g_strdup (deployments[i].nation) };

      g_array_append_val (scenario->force.deployments, d);
    }
  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      GrPatrolZone zone = { g_strdup (zones[i].id), g_strdup (zones[i].name),
                            g_array_new (FALSE, FALSE, sizeof (GrLonLat)), 1, 0, { 24, 50 } };

      g_array_append_val (scenario->air_patrol.zones, zone);
    }
  for (guint i = 0; i < G_N_ELEMENTS (routes); i++)
    {
      GrRoute route = { g_strdup (routes[i].id), g_strdup (routes[i].name),
                        g_array_new (FALSE, FALSE, sizeof (GrLonLat)),
                        { 100, NAN, NAN, NULL } };

      g_array_append_val (scenario->maritime.routes, route);
    }
  gr_quantity_set (&scenario->readiness.trained_abroad, 120000, 118000, 125000, "article");
  return scenario;
}

/* Hand-made metrics matching sample_scenario(). */
static inline GrMetrics *
sample_metrics (void)
{
  GrMetrics *m = g_new0 (GrMetrics, 1);
  const double need[] = { 120, 112, 104, 96 };
  const double allocated[] = { 59.4, 44.5, 23.2, 11 };
  const double committed[] = { 69.4, 64.5, 38.2, 19 };
  const double danish[] = { 1.4, 1.5, 1.2, 1.0 };
  const double trained[] = { 120000, 150000, 178000, 204000, 228000, 250000 };
  const double score[GR_N_INSTRUMENTS] = { 0.5, 0.33, 0.8, 0.8, 0.28, 0.62, 0.55, 0.45 };
  const double weight[GR_N_INSTRUMENTS] = { 0.15, 0.15, 0.10, 0.10, 0.05, 0.20, 0.15, 0.10 };
  /* launched, territory %, population %, by batteries, by others, leaked, cost $M */
  const double threats[GR_N_THREATS][7] = {
    { 1000, 18, 42, 350, 480, 170, 70 },
    { 250, 34, 58, 150, 40, 60, 450 },
    { 50, 9, 31, 12, 0, 38, 120 },
  };
  const struct { const char *id; int assigned; double required; gboolean reachable; } zones[] = {
    { "west", 24, 30.6, TRUE }, { "sea", 16, 15.3, TRUE }, { "kyiv", 8, 15.0, TRUE },
  };
  const struct { const char *id; double length, covered, escorts; } routes[] = {
    { "odesa", 640, 410, 6.2 }, { "danube", 480, 390, 2.1 },
  };

  m->scenario = g_strdup ("Article baseline (sample)");

  m->funding.years = g_array_new (FALSE, TRUE, sizeof (GrFundingYear));
  for (guint i = 0; i < 4; i++)
    {
      GrFundingYear y = { 2026 + (int) i, need[i], committed[i], allocated[i], danish[i],
                          need[i] - allocated[i], allocated[i] / need[i] };

      g_array_append_val (m->funding.years, y);
      m->funding.need_busd += need[i];
      m->funding.allocated_busd += allocated[i];
      m->funding.committed_busd += committed[i];
    }
  m->funding.gap_busd = m->funding.need_busd - m->funding.allocated_busd;
  m->funding.coverage = m->funding.allocated_busd / m->funding.need_busd;
  m->funding.multi_year_certainty = (64.5 + 38.2 + 19) / (112 + 104 + 96);

  m->readiness.by_year = g_array_new (FALSE, TRUE, sizeof (GrReadinessYear));
  for (guint i = 0; i < G_N_ELEMENTS (trained); i++)
    {
      GrReadinessYear y = { 2025 + (int) i, trained[i] };

      g_array_append_val (m->readiness.by_year, y);
    }
  m->readiness.trained_start = trained[0];
  m->readiness.trained_total = trained[G_N_ELEMENTS (trained) - 1];
  m->readiness.trained_per_year = 36000;
  m->readiness.reservists = 100000;

  m->air_defense.batteries = g_array_new (FALSE, TRUE, sizeof (GrBatteryMetrics));
  g_array_set_size (m->air_defense.batteries, 12);
  m->air_defense.systems = g_array_new (FALSE, TRUE, sizeof (GrSystemMetrics));
  {
    GrSystemMetrics patriot = { .radius_km = { 36, 36, 60 } };
    GrSystemMetrics iris = { .radius_km = { 36, 36, 0 } };

    g_array_append_val (m->air_defense.systems, patriot);
    g_array_append_val (m->air_defense.systems, iris);
  }
  for (GrThreatClass t = 0; t < GR_N_THREATS; t++)
    {
      GrThreatMetrics *tm = &m->air_defense.threat[t];

      tm->launched_per_month = threats[t][0];
      tm->territory_covered_pct = threats[t][1];
      tm->population_covered_pct = threats[t][2];
      tm->intercepted_by_batteries_per_month = threats[t][3];
      tm->intercepted_by_other_per_month = threats[t][4];
      tm->intercepted_per_month = threats[t][3] + threats[t][4];
      tm->leaked_per_month = threats[t][5];
      tm->interceptor_cost_musd_per_month = threats[t][6];
      m->air_defense.launched_per_month += tm->launched_per_month;
      m->air_defense.intercepted_per_month += tm->intercepted_per_month;
      m->air_defense.leaked_per_month += tm->leaked_per_month;
      m->air_defense.interceptor_cost_musd_per_month += tm->interceptor_cost_musd_per_month;
    }
  m->air_defense.territory_covered_pct = threats[GR_THREAT_CRUISE][1];
  m->air_defense.population_covered_pct = threats[GR_THREAT_CRUISE][2];
  m->air_defense.intercepted_share = m->air_defense.intercepted_per_month
                                     / m->air_defense.launched_per_month;
  m->air_defense.interceptors_used_per_month = 820;
  m->air_defense.attacker_cost_musd_per_month = 575;

  m->air_patrol.zones = g_array_new (FALSE, TRUE, sizeof (GrPatrolZoneMetrics));
  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      GrPatrolZoneMetrics z = { .id = g_strdup (zones[i].id), .stations = 1,
                                .station_reachable = zones[i].reachable,
                                .aircraft_required = zones[i].required,
                                .aircraft_assigned = zones[i].assigned,
                                .sustainable = zones[i].assigned >= ceil (zones[i].required) };

      g_array_append_val (m->air_patrol.zones, z);
      m->air_patrol.aircraft_required += z.aircraft_required;
      m->air_patrol.aircraft_assigned += z.aircraft_assigned;
      m->air_patrol.zones_sustainable += z.sustainable;
    }

  m->force.deployed_troops = 12000;
  m->force.by_role[GR_ROLE_TRAINING] = 5000;
  m->force.by_role[GR_ROLE_BORDER] = 7000;
  m->force.band_low = 10000;
  m->force.band_high = 15000;
  m->force.band = GR_BAND_WITHIN;
  m->force.within_band = TRUE;
  m->force.rotation_factor = 3;
  m->force.required_with_rotation = 36000;
  m->force.annual_cost_busd = 12;
  m->force.n_nations = 8;
  m->force.border_regions_reached = 5;
  m->force.border_regions_total = 9;

  m->maritime.routes = g_array_new (FALSE, TRUE, sizeof (GrRouteMetrics));
  for (guint i = 0; i < G_N_ELEMENTS (routes); i++)
    {
      GrRouteMetrics r = { .id = g_strdup (routes[i].id), .length_km = routes[i].length,
                           .covered_km = routes[i].covered,
                           .covered_pct = 100 * routes[i].covered / routes[i].length,
                           .escorts_required = routes[i].escorts };

      g_array_append_val (m->maritime.routes, r);
      m->maritime.escorts_required += r.escorts_required;
    }
  m->maritime.escorts_available = 6;
  m->maritime.escorts_sufficient = FALSE;
  m->maritime.covered_pct = 100 * (410.0 + 390) / (640 + 480);
  m->maritime.throughput_mt_per_month = 5.4;
  m->maritime.n_partners = 4;

  m->index.composite = 1;
  for (GrInstrument i = 0; i < GR_N_INSTRUMENTS; i++)
    {
      m->index.score[i] = score[i];
      m->index.weight[i] = weight[i];
      m->index.composite *= pow (score[i], weight[i]);
    }
  m->index.weakest = GR_INSTRUMENT_DANISH_MODEL;
  return m;
}

/* gr_metrics_free() belongs to the engine; this frees what sample_metrics() made. */
static inline void
sample_metrics_free (GrMetrics *m)
{
  for (guint i = 0; m->air_patrol.zones != NULL && i < m->air_patrol.zones->len; i++)
    g_free (g_array_index (m->air_patrol.zones, GrPatrolZoneMetrics, i).id);
  for (guint i = 0; m->maritime.routes != NULL && i < m->maritime.routes->len; i++)
    g_free (g_array_index (m->maritime.routes, GrRouteMetrics, i).id);
  g_clear_pointer (&m->funding.years, g_array_unref);
  g_clear_pointer (&m->readiness.by_year, g_array_unref);
  g_clear_pointer (&m->air_defense.batteries, g_array_unref);
  g_clear_pointer (&m->air_defense.systems, g_array_unref);
  g_clear_pointer (&m->air_patrol.zones, g_array_unref);
  g_clear_pointer (&m->maritime.routes, g_array_unref);
  g_free (m->scenario);
  g_free (m);
}
