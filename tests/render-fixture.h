/* render-fixture.h — a baseline-like scenario built in code for the render tests
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Places are real (Kyiv, Lviv, Odesa, …) and figures follow MODEL.md, but
 * the scenario is a test fixture, not the bundled baseline: tests build on
 * numbers they can redo by hand.
 */

#pragma once

#include "gr-scenario.h"

static inline void
fixture_add_system (GrScenario *s,
                    const char *id,
                    const char *name,
                    double      range_km,
                    double      ballistic_km,
                    double      radar_m)
{
  GrAirDefenseSystem sys = { 0 };

  sys.id = g_strdup (id);
  sys.name = g_strdup (name);
  gr_quantity_init (&sys.range_km, range_km);
  gr_quantity_init (&sys.range_ballistic_km, ballistic_km);
  gr_quantity_init (&sys.radar_height_m, radar_m);
  for (int t = 0; t < GR_N_THREATS; t++)
    gr_quantity_init (&sys.pk[t], 0.8);
  gr_quantity_init (&sys.shots_per_engagement, 2);
  gr_quantity_init (&sys.interceptors_per_month, 20);
  gr_quantity_init (&sys.interceptor_cost_musd, 1);
  gr_quantity_init (&sys.battery_cost_musd, 500);
  g_array_append_val (s->air_defense.systems, sys);
}

static inline void
fixture_add_battery (GrScenario *s,
                     const char *id,
                     const char *system,
                     double      lon,
                     double      lat)
{
  GrBattery b = { .id = g_strdup (id), .system = g_strdup (system), .position = { lon, lat } };

  g_array_append_val (s->air_defense.batteries, b);
}

static inline void
fixture_add_deployment (GrScenario *s,
                        const char *id,
                        const char *name,
                        double      lon,
                        double      lat,
                        double      troops,
                        GrRole      role,
                        const char *nation)
{
  GrDeployment d = {
    .id = g_strdup (id), .name = g_strdup (name), .position = { lon, lat },
    .troops = troops, .role = role, .nation = g_strdup (nation),
  };

  g_array_append_val (s->force.deployments, d);
}

static inline GArray *
fixture_points (const double *lonlat,
                guint         n)
{
  GArray *a = g_array_new (FALSE, FALSE, sizeof (GrLonLat));

  for (guint i = 0; i < n; i++)
    {
      GrLonLat p = { lonlat[2 * i], lonlat[2 * i + 1] };
      g_array_append_val (a, p);
    }
  return a;
}

static inline void
fixture_add_zone (GrScenario   *s,
                  const char   *id,
                  const char   *name,
                  const double *lonlat,
                  guint         n,
                  int           stations,
                  int           assigned,
                  double        base_lon,
                  double        base_lat)
{
  GrPatrolZone z = {
    .id = g_strdup (id), .name = g_strdup (name), .polygon = fixture_points (lonlat, n),
    .stations = stations, .aircraft_assigned = assigned, .base = { base_lon, base_lat },
  };

  g_array_append_val (s->air_patrol.zones, z);
}

static inline void
fixture_add_patrol (GrScenario *s,
                    const char *id,
                    const char *partner,
                    double      lon,
                    double      lat,
                    double      radius_km)
{
  GrMaritimePatrol p = {
    .id = g_strdup (id), .name = g_strdup (id), .position = { lon, lat },
    .partner = g_strdup (partner),
  };

  gr_quantity_init (&p.radius_km, radius_km);
  g_array_append_val (s->maritime.patrols, p);
}

static inline GrScenario *
fixture_baseline_like (void)
{
  GrScenario *s = gr_scenario_new ();
  static const double west[] = {
    22.2, 51.6, 26.5, 51.9, 27.3, 49.6, 25.4, 48.1, 22.6, 48.3,
  };
  static const double sea[] = {
    29.8, 45.4, 31.6, 46.2, 33.0, 45.2, 31.6, 43.6, 29.6, 43.9,
  };
  static const double corridor[] = {
    30.75, 46.45, 30.95, 45.95, 30.15, 45.15, 29.35, 44.25, 28.55, 43.25,
    28.45, 42.20, 29.12, 41.25,
  };
  GrRoute route = { .id = g_strdup ("corridor"), .name = g_strdup ("Ukrainian corridor") };

  g_free (s->name);
  s->name = g_strdup ("Baseline-like test scenario");

  /* Radars on 10 m masts; drones at 50 m and cruise missiles at 30 m, so the
   * horizon-limited radii are 4.12 (√10 + √50) = 42.16 km and
   * 4.12 (√10 + √30) = 35.59 km. */
  fixture_add_system (s, "patriot", "Patriot", 120, 60, 10);
  fixture_add_system (s, "iris-t-slm", "IRIS-T SLM", 40, 0, 10);
  fixture_add_system (s, "nasams", "NASAMS", 30, 0, 10);
  fixture_add_system (s, "samp-t", "SAMP/T", 100, 50, 10);
  gr_quantity_init (&s->air_defense.threat[GR_THREAT_DRONE].altitude_m, 50);
  gr_quantity_init (&s->air_defense.threat[GR_THREAT_CRUISE].altitude_m, 30);
  gr_quantity_init (&s->air_defense.threat[GR_THREAT_BALLISTIC].altitude_m, 20000);

  fixture_add_battery (s, "kyiv-p1", "patriot", 30.52, 50.45);
  fixture_add_battery (s, "kyiv-p2", "patriot", 30.85, 50.30);
  fixture_add_battery (s, "kyiv-n1", "nasams", 30.20, 50.60);
  fixture_add_battery (s, "lviv-p1", "patriot", 24.03, 49.84);
  fixture_add_battery (s, "odesa-s1", "samp-t", 30.73, 46.48);
  fixture_add_battery (s, "dnipro-i1", "iris-t-slm", 35.05, 48.46);
  fixture_add_battery (s, "kharkiv-i1", "iris-t-slm", 36.23, 49.99);
  fixture_add_battery (s, "zap-i1", "iris-t-slm", 35.14, 47.84);
  fixture_add_battery (s, "vinnytsia-i1", "iris-t-slm", 28.47, 49.23);
  fixture_add_battery (s, "rivne-n1", "nasams", 26.25, 50.62);

  fixture_add_zone (s, "west", "Western Ukraine", west, G_N_ELEMENTS (west) / 2, 2, 36,
                    22.02, 50.11);    /* Rzeszów */
  fixture_add_zone (s, "sea", "Black Sea west", sea, G_N_ELEMENTS (sea) / 2, 2, 8,
                    28.49, 44.36);    /* Mihail Kogălniceanu */

  fixture_add_deployment (s, "gb-kyiv", "Kyiv training mission", 30.52, 50.45, 2500,
                          GR_ROLE_TRAINING, "GB");
  fixture_add_deployment (s, "it-kyiv", "Kyiv staff", 30.62, 50.40, 900,
                          GR_ROLE_TRAINING, "IT");
  fixture_add_deployment (s, "fr-dnipro", "Dnipro reserve", 35.05, 48.46, 3000,
                          GR_ROLE_RESERVE, "FR");
  fixture_add_deployment (s, "de-lviv", "Yavoriv training", 23.55, 49.95, 1500,
                          GR_ROLE_TRAINING, "DE");
  fixture_add_deployment (s, "pl-zhytomyr", "Zhytomyr reserve", 28.66, 50.25, 2000,
                          GR_ROLE_RESERVE, "PL");
  fixture_add_deployment (s, "nl-air", "Starokostiantyniv air", 27.21, 49.76, 800,
                          GR_ROLE_AIR, "NL");
  fixture_add_deployment (s, "tr-odesa", "Odesa naval", 30.73, 46.48, 600,
                          GR_ROLE_NAVAL, "TR");
  fixture_add_deployment (s, "ca-kharkiv", "Kharkiv border", 36.23, 49.99, 1200,
                          GR_ROLE_BORDER, "CA");

  route.path = fixture_points (corridor, G_N_ELEMENTS (corridor) / 2);
  gr_quantity_init (&route.ships_per_month, 198);
  g_array_append_val (s->maritime.routes, route);
  fixture_add_patrol (s, "ua-odesa", "UA", 30.85, 46.15, 45);
  fixture_add_patrol (s, "ro-constanta", "RO", 29.70, 44.55, 60);
  fixture_add_patrol (s, "bg-varna", "BG", 28.40, 42.90, 55);
  fixture_add_patrol (s, "tr-bosporus", "TR", 29.00, 41.60, 50);
  fixture_add_patrol (s, "gb-sea", "GB", 31.60, 44.60, 50);
  s->maritime.escorts_available.value = 6;
  return s;
}
