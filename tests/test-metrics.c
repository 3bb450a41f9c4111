/* test-metrics.c — the metrics engine against hand-computed expectations
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "gr-geodesy.h"
#include "gr-metrics-json.h"
#include "gr-metrics-private.h"
#include "gr-metrics.h"

static GrModel *model;

/* The test's own haversine, so the model's is checked against it. */
static double
haversine (double lon1, double lat1, double lon2, double lat2)
{
  const double r = 6371.0088, d = G_PI / 180;
  double a = pow (sin ((lat2 - lat1) * d / 2), 2)
             + cos (lat1 * d) * cos (lat2 * d) * pow (sin ((lon2 - lon1) * d / 2), 2);

  return 2 * r * asin (sqrt (a));
}

static void
add_system (GrScenario *s,
            const char *id,
            double      range_km,
            double      range_ballistic_km,
            double      pk,
            double      shots,
            double      interceptors_per_month)
{
  GrAirDefenseSystem sys = { 0 };

  sys.id = g_strdup (id);
  sys.name = g_strdup (id);
  gr_quantity_init (&sys.range_km, range_km);
  gr_quantity_init (&sys.range_ballistic_km, range_ballistic_km);
  gr_quantity_init (&sys.radar_height_m, 10);
  for (int k = 0; k < GR_N_THREATS; k++)
    gr_quantity_init (&sys.pk[k], pk);
  gr_quantity_init (&sys.shots_per_engagement, shots);
  gr_quantity_init (&sys.interceptors_per_month, interceptors_per_month);
  gr_quantity_init (&sys.interceptor_cost_musd, 4);
  gr_quantity_init (&sys.battery_cost_musd, 1100);
  g_array_append_val (s->air_defense.systems, sys);
}

static void
add_battery (GrScenario *s,
             const char *id,
             const char *system,
             double      lon,
             double      lat)
{
  GrBattery b = { g_strdup (id), g_strdup (system), { lon, lat } };

  g_array_append_val (s->air_defense.batteries, b);
}

/* Share of the model's city population within @radius_km of a point,
 * computed here with the test's own haversine. */
static double
population_share_within (double lon, double lat, double radius_km)
{
  guint n = 0;
  const GrCity *cities = gr_model_get_cities (model, &n);
  double in = 0, all = 0;

  for (guint i = 0; i < n; i++)
    {
      all += cities[i].population;
      if (haversine (lon, lat, cities[i].position.lon, cities[i].position.lat) <= radius_km)
        in += cities[i].population;
    }
  return in / all;
}

static void
test_distance (void)
{
  /* One degree of longitude on the equator: 2π · 6371.0088 / 360. */
  g_assert_cmpfloat_with_epsilon (gr_geodesy_distance_km ((GrLonLat) { 0, 0 }, (GrLonLat) { 1, 0 }),
                                  111.19508, 1e-4);
  /* Kyiv–Lviv, about 468 km by great circle. */
  g_assert_cmpfloat_with_epsilon (gr_geodesy_distance_km ((GrLonLat) { 30.5234, 50.4501 },
                                                          (GrLonLat) { 24.0297, 49.8397 }),
                                  haversine (30.5234, 50.4501, 24.0297, 49.8397), 1e-9);
  g_assert_cmpfloat_with_epsilon (haversine (30.5234, 50.4501, 24.0297, 49.8397), 468, 3);
}

static void
test_destination (void)
{
  /* 111.195 km due north of the equator is one degree of latitude. */
  GrLonLat p = gr_geodesy_destination ((GrLonLat) { 30, 0 }, 0, 111.19508);

  g_assert_cmpfloat_with_epsilon (p.lat, 1.0, 1e-4);
  g_assert_cmpfloat_with_epsilon (p.lon, 30.0, 1e-9);
}

static void
test_ukraine_area (void)
{
  /* 603,550 km² (State Statistics Service of Ukraine), within 1.5 %,
   * from the polygon and from the grid's cell count alike. */
  double polygon = gr_model_get_area_km2 (model);
  double grid = gr_model_get_n_cells (model) * gr_model_get_cell_area_km2 (model);

  g_assert_cmpfloat (fabs (polygon - GR_UKRAINE_AREA_KM2) / GR_UKRAINE_AREA_KM2, <, 0.015);
  g_assert_cmpfloat (fabs (grid - GR_UKRAINE_AREA_KM2) / GR_UKRAINE_AREA_KM2, <, 0.015);
  g_assert_cmpfloat_with_epsilon (gr_model_get_cell_area_km2 (model), 25.0, 1e-9);
}

static void
test_ring_area (void)
{
  /* A 1° × 1° cell at the equator on the authalic sphere of WGS 84
   * (R = 6371.0072 km): R² · Δλ · (sin 1° − sin 0°) = 12,363.5 km²; the
   * ellipsoid's is 12,308.8 km² (smaller near the equator); straight edges
   * in the projection add a little.  Within 0.6 % of the ellipsoid's. */
  GrLonLat sq[] = { { 0, 0 }, { 1, 0 }, { 1, 1 }, { 0, 1 } };

  g_assert_cmpfloat (fabs (gr_geodesy_ring_area_km2 (sq, 4) - 12308.8) / 12308.8, <, 0.006);
}

static void
test_horizon (void)
{
  /* 4.12 (√10 + √30) = 4.12 (3.1623 + 5.4772) = 35.59 km */
  GrAirDefenseSystem sys = { 0 };
  GrThreat threat = { 0 };

  g_assert_cmpfloat_with_epsilon (gr_radar_horizon_km (10, 30), 35.59, 0.01);

  gr_quantity_init (&sys.range_km, 100);
  gr_quantity_init (&sys.range_ballistic_km, 50);
  gr_quantity_init (&sys.radar_height_m, 10);
  gr_quantity_init (&threat.altitude_m, 30);
  g_assert_cmpfloat_with_epsilon (gr_air_defense_radius_km (&sys, &threat, GR_THREAT_DRONE), 35.59, 0.01);
  /* A cruise missile at 1000 m is seen from 4.12 (√10 + √1000) = 143 km,
   * so the missile's 100 km range limits. */
  gr_quantity_init (&threat.altitude_m, 1000);
  g_assert_cmpfloat_with_epsilon (gr_air_defense_radius_km (&sys, &threat, GR_THREAT_CRUISE), 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (gr_air_defense_radius_km (&sys, &threat, GR_THREAT_BALLISTIC), 50, 1e-9);
}

static GrScenario *
one_battery_scenario (double lon, double lat)
{
  GrScenario *s = gr_scenario_new ();

  add_system (s, "sam", 100, 50, 0.7, 2, 1e6);
  add_battery (s, "b1", "sam", lon, lat);
  for (int k = 0; k < GR_N_THREATS; k++)
    {
      gr_quantity_init (&s->air_defense.threat[k].per_month, 100);
      gr_quantity_init (&s->air_defense.threat[k].altitude_m, 1000);
      gr_quantity_init (&s->air_defense.threat[k].other_kill_share, 0.5);
      gr_quantity_init (&s->air_defense.threat[k].other_capacity_per_month, 1e6);
      gr_quantity_init (&s->air_defense.threat[k].unit_cost_musd, 1);
    }
  return s;
}

static void
test_coverage_ring (void)
{
  /* A 100 km ring near Uman (30.2 E, 48.8 N) lies wholly inside Ukraine:
   * it covers π · 100² = 31,416 km² (a spherical cap is 0.002 % less). */
  g_autoptr(GrScenario) s = one_battery_scenario (30.2, 48.8);
  g_autoptr(GrMetrics) m = gr_model_evaluate (model, s);
  double covered = m->air_defense.threat[GR_THREAT_CRUISE].territory_covered_pct / 100
                   * gr_model_get_n_cells (model) * gr_model_get_cell_area_km2 (model);

  g_assert_cmpfloat (fabs (covered - G_PI * 100 * 100) / (G_PI * 100 * 100), <, 0.02);
  /* Ballistic ring of 50 km: a quarter of the area. */
  covered = m->air_defense.threat[GR_THREAT_BALLISTIC].territory_covered_pct / 100
            * gr_model_get_n_cells (model) * gr_model_get_cell_area_km2 (model);
  g_assert_cmpfloat (fabs (covered - G_PI * 50 * 50) / (G_PI * 50 * 50), <, 0.02);
}

static int
cmp_guint (gconstpointer a,
           gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* A footprint cut from a larger ring is the searched footprint, cell for
 * cell: inside Ukraine, across its border, from outside it. */
static void
test_coverage_ring_cut (void)
{
  static const GrLonLat centres[] = {
    { 30.2, 48.8 }, { 24.0, 50.5 }, { 21.5, 52.0 }, { 33.5, 44.6 }, { 40.2, 49.6 },
  };
  static const double radii[] = { 0.5, 2.5, 3.6, 10, 37.7, 54.2, 100, 199.99, 200 };

  for (guint c = 0; c < G_N_ELEMENTS (centres); c++)
    {
      GrCellRing *ring = gr_model_cell_ring_new (model, centres[c], 200);
      g_autoptr(GArray) beyond = g_array_new (FALSE, FALSE, sizeof (guint));

      for (guint r = 0; r < G_N_ELEMENTS (radii); r++)
        {
          g_autoptr(GArray) searched = gr_model_footprint (model, centres[c], radii[r]);
          g_autoptr(GArray) cut = g_array_new (FALSE, FALSE, sizeof (guint));

          g_assert_true (gr_model_footprint_from_ring (model, ring, radii[r], cut));
          g_array_sort (cut, cmp_guint);
          g_assert_cmpuint (cut->len, ==, searched->len);
          g_assert_cmpmem (cut->data, cut->len * sizeof (guint),
                           searched->data, searched->len * sizeof (guint));
        }
      /* A ring does not make up what lies beyond it. */
      g_assert_false (gr_model_footprint_from_ring (model, ring, 201, beyond));
      g_assert_cmpuint (beyond->len, ==, 0);
      gr_cell_ring_free (ring);
    }
}

/* An evaluator asked the same positions with other radii every time, as
 * Monte Carlo does, cuts them from its rings; its metrics are a fresh
 * evaluation's to the last digit, radii shrinking or growing past them. */
static void
test_changing_radii (void)
{
  static const double ranges[] = { 100, 80, 130, 300, 20, 100, 0, 101 };
  g_autoptr(GrScenario) s = one_battery_scenario (30.2, 48.8);
  g_autoptr(GrEvaluator) ev = gr_evaluator_new (model);
  GrAirDefenseSystem *sys;

  add_battery (s, "b2", "sam", 24.0, 50.5);
  add_battery (s, "b3", "sam", 21.5, 52.0);
  sys = &g_array_index (s->air_defense.systems, GrAirDefenseSystem, 0);
  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    {
      g_autoptr(GrMetrics) cached = NULL;
      g_autoptr(GrMetrics) fresh = NULL;
      g_autofree char *jc = NULL;
      g_autofree char *jf = NULL;

      sys->range_km.value = ranges[i];
      sys->range_ballistic_km.value = ranges[G_N_ELEMENTS (ranges) - 1 - i] / 2;
      cached = gr_evaluator_evaluate (ev, s);
      fresh = gr_model_evaluate (model, s);
      jc = gr_metrics_to_json (cached, model, FALSE);
      jf = gr_metrics_to_json (fresh, model, FALSE);
      g_assert_cmpstr (jc, ==, jf);
    }
}

static void
test_interception (void)
{
  /* One system over Kyiv, p = 0.7, 2 shots: (1 − 0.7)² = 0.09 leak.
   * Engaged = 100 × the population share within 100 km (computed here);
   * other means down 0.5 of whatever the battery let through, its misses
   * included. */
  g_autoptr(GrScenario) s = one_battery_scenario (30.52, 50.45);
  g_autoptr(GrMetrics) m = gr_model_evaluate (model, s);
  const GrThreatMetrics *t = &m->air_defense.threat[GR_THREAT_CRUISE];
  double share = population_share_within (30.52, 50.45, 100);
  double engaged = 100 * share;

  g_assert_cmpfloat (share, >, 0);
  g_assert_cmpfloat_with_epsilon (t->engaged_per_month, engaged, 1e-9);
  g_assert_cmpfloat_with_epsilon (t->intercepted_per_month,
                                  engaged * 0.91 + 0.5 * (engaged * 0.09 + 100 - engaged), 1e-9);
  g_assert_cmpfloat_with_epsilon (t->leaked_per_month,
                                  0.5 * (engaged * 0.09 + 100 - engaged), 1e-9);
  /* Consequence-weighted: a cruise missile counts 9 Shahed-equivalents. */
  g_assert_cmpfloat_with_epsilon (t->weighted_leaked_per_month, 9 * t->leaked_per_month, 1e-9);
  g_assert_cmpfloat_with_epsilon (t->interceptors_used_per_month, engaged * 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (t->interceptor_cost_musd_per_month, engaged * 2 * 4, 1e-9);
  /* Three classes of 100 launches at 1 M$ each. */
  g_assert_cmpfloat_with_epsilon (m->air_defense.attacker_cost_musd_per_month, 300, 1e-9);
}

static void
test_interceptor_supply (void)
{
  /* Supply for half the demand, spent ballistic first, then cruise, then
   * drones.  Demand: ballistic 100 × share_b × 2 shots, cruise and drones
   * 100 × share × 2 each (all fly at 1000 m: the 100 km ring).  Supply
   * 100 (2 share + share_b): ballistic fully served; cruise served
   * f = (200 share − 100 share_b) / (200 share); drones not at all. */
  g_autoptr(GrScenario) s = one_battery_scenario (30.52, 50.45);
  double share = population_share_within (30.52, 50.45, 100);
  double share_b = population_share_within (30.52, 50.45, 50);
  double demand = 100 * (2 * share + share_b) * 2;
  double engaged = 100 * share;
  double f = (200 * share - 100 * share_b) / (200 * share);
  g_autoptr(GrMetrics) m = NULL;
  const GrThreatMetrics *t;

  g_array_index (s->air_defense.systems, GrAirDefenseSystem, 0).interceptors_per_month.value = demand / 2;
  m = gr_model_evaluate (model, s);
  g_assert_cmpfloat_with_epsilon (m->air_defense.interceptors_used_per_month, demand / 2, 1e-6);
  g_assert_cmpfloat_with_epsilon (m->air_defense.supply_shortfall_per_month, demand / 2, 1e-6);

  t = &m->air_defense.threat[GR_THREAT_BALLISTIC];
  g_assert_cmpfloat_with_epsilon (t->unserved_per_month, 0, 1e-9);
  t = &m->air_defense.threat[GR_THREAT_CRUISE];
  g_assert_cmpfloat_with_epsilon (t->unserved_per_month, engaged * (1 - f), 1e-9);
  /* Served: 0.91 downed; every survivor meets the other means (0.5). */
  g_assert_cmpfloat_with_epsilon (t->intercepted_per_month,
                                  engaged * f * 0.91 + 0.5 * (100 - engaged * f * 0.91), 1e-9);
  t = &m->air_defense.threat[GR_THREAT_DRONE];
  g_assert_cmpfloat_with_epsilon (t->unserved_per_month, engaged, 1e-9);
  g_assert_cmpfloat_with_epsilon (t->intercepted_per_month, 50, 1e-9);
}

static void
test_other_capacity (void)
{
  /* No battery: the other means down 0.5 of 100 but at most 20 a month. */
  g_autoptr(GrScenario) s = one_battery_scenario (30.52, 50.45);
  g_autoptr(GrMetrics) m = NULL;

  g_array_set_size (s->air_defense.batteries, 0);
  gr_quantity_init (&s->air_defense.threat[GR_THREAT_DRONE].other_capacity_per_month, 20);
  m = gr_model_evaluate (model, s);
  g_assert_cmpfloat_with_epsilon (m->air_defense.threat[GR_THREAT_DRONE].intercepted_per_month, 20, 1e-9);
  g_assert_cmpfloat_with_epsilon (m->air_defense.threat[GR_THREAT_CRUISE].intercepted_per_month, 50, 1e-9);
}

static void
test_layers (void)
{
  /* Two systems over the same city multiply their leak factors:
   * (1 − 0.7)² × (1 − 0.5)¹ = 0.045. */
  g_autoptr(GrScenario) s = one_battery_scenario (30.52, 50.45);
  g_autoptr(GrMetrics) m = NULL;
  double engaged;

  add_system (s, "short", 40, 0, 0.5, 1, 1e6);
  add_battery (s, "b2", "short", 30.52, 50.45);
  m = gr_model_evaluate (model, s);
  /* The cruise class flies at 1000 m: 40 km range, not the horizon. */
  engaged = 100 * population_share_within (30.52, 50.45, 40);
  g_assert_cmpfloat (engaged, >, 0);
  /* Only those within 40 km see both layers; check the leak of the whole. */
  {
    double outer_only = 100 * population_share_within (30.52, 50.45, 100) - engaged;
    const GrThreatMetrics *t = &m->air_defense.threat[GR_THREAT_CRUISE];

    g_assert_cmpfloat_with_epsilon (t->intercepted_by_batteries_per_month,
                                    engaged * (1 - 0.045) + outer_only * 0.91, 1e-9);
  }
}

static void
test_moved_battery (void)
{
  g_autoptr(GrScenario) s = one_battery_scenario (30.2, 48.8);
  g_autoptr(GrMetrics) a = gr_model_evaluate (model, s);
  g_autoptr(GrMetrics) b = gr_model_evaluate (model, s);
  g_autoptr(GrEvaluator) ev = gr_evaluator_new (model);
  g_autoptr(GrMetrics) c = gr_evaluator_evaluate (ev, s);
  g_autoptr(GrMetrics) d = NULL;
  g_autoptr(GrMetrics) e = NULL;
  g_autofree char *ja = gr_metrics_to_json (a, model, FALSE);
  g_autofree char *jb = gr_metrics_to_json (b, model, FALSE);
  g_autofree char *jc = gr_metrics_to_json (c, model, FALSE);
  g_autofree char *jd = NULL;
  g_autofree char *je = NULL;

  /* Deterministic, and the cached evaluator agrees. */
  g_assert_cmpstr (ja, ==, jb);
  g_assert_cmpstr (ja, ==, jc);

  /* Moving the battery onto the Polish border halves its ring inside Ukraine. */
  g_array_index (s->air_defense.batteries, GrBattery, 0).position = (GrLonLat) { 24.0, 50.5 };
  d = gr_evaluator_evaluate (ev, s);
  e = gr_model_evaluate (model, s);
  jd = gr_metrics_to_json (d, model, FALSE);
  je = gr_metrics_to_json (e, model, FALSE);
  g_assert_cmpstr (jd, ==, je);
  g_assert_cmpfloat (d->air_defense.territory_covered_pct, <,
                     a->air_defense.territory_covered_pct * 0.8);
}

static void
test_air_patrol (void)
{
  /* The hand-worked case: V 800 km/h, E 2 h, reserve 0.25 h, TAT 3 h,
   * MT 0.25 h, MC 0.7, 2 aircraft on station, station 300 km out.
   * t_tr = 600/800 = 0.75 h; t_os = 2 − 0.75 − 0.25 = 1 h;
   * cycle = 0.75 + 1 + 0.25 + 3 + 0.25 = 5.25 h; A = 2 × 5.25 / 1 = 10.5;
   * fleet = 10.5 / 0.7 = 15 aircraft per station (MODEL.md: ≈15). */
  g_autoptr(GrScenario) s = gr_scenario_new ();
  GrAircraft *ac = &s->air_patrol.aircraft;
  GrPatrolZone zone = { 0 };
  GrLonLat base = { 24.0, 50.0 };
  GrLonLat c = gr_geodesy_destination (base, 90, 300);
  g_autoptr(GrMetrics) m = NULL;
  const GrPatrolZoneMetrics *z;

  ac->cruise_kmh.value = 800;
  ac->endurance_h.value = 2;
  ac->reserve_h.value = 0.25;
  ac->turnaround_h.value = 3;
  ac->maintenance_h.value = 0.25;
  ac->mission_capable.value = 0.7;
  ac->per_station.value = 2;
  ac->qra_aircraft.value = 0;
  zone.id = g_strdup ("west");
  zone.name = g_strdup ("West");
  zone.polygon = g_array_new (FALSE, FALSE, sizeof (GrLonLat));
  /* A small square centred 300 km east of the base. */
  g_array_append_vals (zone.polygon, (GrLonLat[]) { { c.lon - 0.01, c.lat - 0.01 },
                                                    { c.lon + 0.01, c.lat - 0.01 },
                                                    { c.lon + 0.01, c.lat + 0.01 },
                                                    { c.lon - 0.01, c.lat + 0.01 } }, 4);
  zone.stations = 1;
  zone.aircraft_assigned = 15;
  zone.base = base;
  g_array_append_val (s->air_patrol.zones, zone);

  m = gr_model_evaluate (model, s);
  z = &g_array_index (m->air_patrol.zones, GrPatrolZoneMetrics, 0);
  g_assert_cmpfloat_with_epsilon (z->distance_km, 300, 0.05);
  g_assert_cmpfloat_with_epsilon (z->time_on_station_h, 1.0, 1e-3);
  g_assert_cmpfloat_with_epsilon (z->aircraft_required, 15.0, 0.01);
  /* Reach: 800 × (2 − 0.25) / 2 = 700 km, so the whole zone. */
  g_assert_cmpfloat_with_epsilon (z->reach_km, 700, 1e-9);
  g_assert_cmpfloat_with_epsilon (z->reach_pct, 100, 1e-9);
  /* 0.02° × 0.02° at 50 N: 2.224 km × 1.430 km ≈ 3.18 km². */
  g_assert_cmpfloat_with_epsilon (z->area_km2, 3.18, 0.05);
  /* 2 aircraft refilled every hour, around the clock. */
  g_assert_cmpfloat_with_epsilon (z->sorties_per_day, 48, 0.1);
  g_assert_false (z->sustainable && z->aircraft_required > 15.0 + 1e-9);
  /* 15 of 15 aircraft: the station is held. */
  g_assert_cmpfloat_with_epsilon (m->air_patrol.stations_held, 1, 0.01);

  /* Far beyond reach: the station cannot be held at all. */
  g_array_index (s->air_patrol.zones, GrPatrolZone, 0).base = (GrLonLat) { c.lon - 12, c.lat };
  g_clear_pointer (&m, gr_metrics_free);
  m = gr_model_evaluate (model, s);
  z = &g_array_index (m->air_patrol.zones, GrPatrolZoneMetrics, 0);
  g_assert_false (z->station_reachable);
  g_assert_false (z->sustainable);
  /* Unreachable is not free: it holds nothing. */
  g_assert_cmpfloat (m->air_patrol.stations_held, ==, 0);
}

static void
test_route (void)
{
  /* Odesa → off Snake Island → off Varna → Bosporus, legs summed by the
   * test's own haversine; a patrol of 50 km radius at the first point of a
   * leg along the meridian covers 50 km of it. */
  static const GrLonLat path[] = { { 30.75, 46.48 }, { 30.2, 45.25 }, { 30.2, 44.25 },
                                   { 28.8, 43.0 }, { 29.12, 41.23 } };
  g_autoptr(GrScenario) s = gr_scenario_new ();
  GrRoute route = { 0 };
  GrMaritimePatrol patrol = { 0 };
  g_autoptr(GrMetrics) m = NULL;
  const GrRouteMetrics *r;
  double length = 0;

  for (guint i = 1; i < G_N_ELEMENTS (path); i++)
    length += haversine (path[i - 1].lon, path[i - 1].lat, path[i].lon, path[i].lat);

  route.id = g_strdup ("corridor");
  route.name = g_strdup ("Corridor");
  route.path = g_array_new (FALSE, FALSE, sizeof (GrLonLat));
  g_array_append_vals (route.path, path, G_N_ELEMENTS (path));
  gr_quantity_init (&route.ships_per_month, 198);
  g_array_append_val (s->maritime.routes, route);
  patrol.id = g_strdup ("p");
  patrol.name = g_strdup ("p");
  patrol.partner = g_strdup ("RO");
  patrol.position = path[2];
  gr_quantity_init (&patrol.radius_km, 50);
  g_array_append_val (s->maritime.patrols, patrol);
  s->maritime.speed_knots.value = 10;
  s->maritime.ships_per_convoy.value = 5;
  s->maritime.escorts_per_convoy.value = 2;
  s->maritime.tonnes_per_ship.value = 27000;

  m = gr_model_evaluate (model, s);
  r = &g_array_index (m->maritime.routes, GrRouteMetrics, 0);
  g_assert_cmpfloat_with_epsilon (r->length_km, length, 1e-6);
  /* The circle around path[2] covers 50 km of the meridian leg before it
   * and 50 km of the leg after: 100 km. */
  g_assert_cmpfloat_with_epsilon (r->covered_km, 100, 0.01);
  g_assert_cmpfloat_with_epsilon (r->covered_pct, 100 * 100 / length, 1e-3);
  /* Transit at 10 kn = 18.52 km/h: days = length / 444.48; ships a day =
   * 198 × 12 / 365.25; an escort makes the round trip, so escorts =
   * ships/day × 2 days / 5 × 2. */
  g_assert_cmpfloat_with_epsilon (r->transit_days, length / 444.48, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->escorts_required,
                                  198 * 12 / 365.25 * 2 * (length / 444.48) / 5 * 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->throughput_mt_per_month, 198 * 0.027, 1e-9);
  /* Segments never span two legs (each is one great-circle arc): leg 1
   * uncovered; leg 2 uncovered, covered; leg 3 covered, uncovered; leg 4. */
  g_assert_cmpuint (r->segments->len, ==, 6);
  g_assert_false (g_array_index (r->segments, GrRouteSegment, 1).covered);
  g_assert_true (g_array_index (r->segments, GrRouteSegment, 2).covered);
  g_assert_true (g_array_index (r->segments, GrRouteSegment, 3).covered);
  g_assert_false (g_array_index (r->segments, GrRouteSegment, 4).covered);
  g_assert_cmpfloat_with_epsilon (haversine (g_array_index (r->segments, GrRouteSegment, 2).from.lon,
                                             g_array_index (r->segments, GrRouteSegment, 2).from.lat,
                                             path[2].lon, path[2].lat), 50, 0.01);
  g_assert_cmpuint (m->maritime.n_partners, ==, 1);
}

static void
add_pledge (GrScenario *s, int year, double busd, GrPledgeKind kind, GrChannel channel)
{
  GrPledge p = { g_strdup ("DK"), year, { busd, NAN, NAN, NULL }, kind, channel };

  g_array_append_val (s->pledges, p);
}

static void
add_need (GrScenario *s, int year, double busd)
{
  GrFundingNeed n = { year, { busd, NAN, NAN, NULL } };

  g_array_append_val (s->needs, n);
}

static void
test_funding (void)
{
  /* 2026: need 120, committed 10 + 60 allocated (5 of it Danish model) →
   * gap 60, coverage 0.5.  2027: need 100, committed 40 → certainty 0.4. */
  g_autoptr(GrScenario) s = gr_scenario_new ();
  g_autoptr(GrMetrics) m = NULL;
  const GrFundingYear *y;

  add_need (s, 2026, 120);
  add_need (s, 2027, 100);
  add_pledge (s, 2026, 10, GR_PLEDGE_COMMITMENT, GR_CHANNEL_BILATERAL);
  add_pledge (s, 2026, 55, GR_PLEDGE_ALLOCATION, GR_CHANNEL_EU);
  add_pledge (s, 2026, 5, GR_PLEDGE_ALLOCATION, GR_CHANNEL_DANISH_MODEL);
  add_pledge (s, 2027, 40, GR_PLEDGE_COMMITMENT, GR_CHANNEL_BILATERAL);
  m = gr_model_evaluate (model, s);

  g_assert_cmpuint (m->funding.years->len, ==, 2);
  y = &g_array_index (m->funding.years, GrFundingYear, 0);
  g_assert_cmpint (y->year, ==, 2026);
  g_assert_cmpfloat_with_epsilon (y->need_busd, 120, 1e-9);
  g_assert_cmpfloat_with_epsilon (y->committed_busd, 70, 1e-9);
  g_assert_cmpfloat_with_epsilon (y->allocated_busd, 60, 1e-9);
  g_assert_cmpfloat_with_epsilon (y->danish_model_busd, 5, 1e-9);
  g_assert_cmpfloat_with_epsilon (y->gap_busd, 60, 1e-9);
  g_assert_cmpfloat_with_epsilon (y->coverage, 0.5, 1e-9);
  y = &g_array_index (m->funding.years, GrFundingYear, 1);
  g_assert_cmpfloat_with_epsilon (y->gap_busd, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (m->funding.gap_busd, 160, 1e-9);
  g_assert_cmpfloat_with_epsilon (m->funding.multi_year_certainty, 0.4, 1e-9);
  /* The window 2026–2030, commitments at half: 2026 (60 + 0.5 × 10) / 120,
   * 2027 0.5 × 40 / 100, 2028–2030 nothing; mean over five years. */
  g_assert_cmpfloat_with_epsilon (m->funding.window_coverage, (65.0 / 120 + 0.2) / 5, 1e-9);
}

static void
test_danish (void)
{
  /* €1,000M in 2026 and €500M in 2027, 2/3 military, at 1.1 $/€:
   * $1.1B and $0.55B; military 0.7333 and 0.3667; mean 0.55, σ 0.18333
   * → predictability 1 − 1/3 = 0.6667.  The need is 11 a year over the
   * window 2026–2030: 55; share = 1.1 / 55 = 0.02. */
  g_autoptr(GrScenario) s = gr_scenario_new ();
  g_autoptr(GrMetrics) m = NULL;
  g_autoptr(GrMetrics) more = NULL;
  GrDanishContribution a = { g_strdup ("DK"), 2026, { 1000, NAN, NAN, NULL }, { 2.0 / 3, NAN, NAN, NULL } };
  GrDanishContribution b = { g_strdup ("SE"), 2027, { 500, NAN, NAN, NULL }, { 2.0 / 3, NAN, NAN, NULL } };
  GrDanishContribution c = { g_strdup ("DK"), 2029, { 300, NAN, NAN, NULL }, { 1, NAN, NAN, NULL } };

  s->danish.usd_per_eur.value = 1.1;
  g_array_append_val (s->danish.contributions, a);
  g_array_append_val (s->danish.contributions, b);
  for (int year = 2026; year <= 2030; year++)
    add_need (s, year, 11);
  m = gr_model_evaluate (model, s);
  g_assert_cmpfloat_with_epsilon (m->danish.total_busd, 1.65, 1e-9);
  g_assert_cmpfloat_with_epsilon (m->danish.military_busd, 1.1, 1e-9);
  g_assert_cmpfloat_with_epsilon (m->danish.predictability, 2.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (m->danish.share_of_need, 0.02, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (m->danish.years, GrDanishYear, 0).share_of_need,
                                  1.1 * 2 / 3 / 11, 1e-9);
  g_assert_cmpuint (m->danish.n_donors, ==, 2);
  /* One home: the fund's military money is allocated funding in its year. */
  g_assert_cmpfloat_with_epsilon (g_array_index (m->funding.years, GrFundingYear, 0).danish_model_busd,
                                  1.1 * 2 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (m->funding.allocated_busd, 1.1, 1e-9);
  /* The score is 0.02 / 0.05 (the reference share). */
  g_assert_cmpfloat_with_epsilon (m->index.score[GR_INSTRUMENT_DANISH_MODEL], 0.4, 1e-9);

  /* The example: more money, spread over more years, must not
   * lower the score (the span was the divisor). */
  g_array_append_val (s->danish.contributions, c);
  more = gr_model_evaluate (model, s);
  g_assert_cmpfloat_with_epsilon (more->danish.share_of_need, (1.1 + 0.33) / 55, 1e-9);
  g_assert_cmpfloat (more->index.score[GR_INSTRUMENT_DANISH_MODEL], >,
                     m->index.score[GR_INSTRUMENT_DANISH_MODEL]);
}

static void
test_readiness (void)
{
  /* 120,000 in 2025, 3,000 a month, 10 % leave a year:
   * 2026: 120,000 × 0.9 + 36,000 = 144,000; 2027: 129,600 + 36,000 = 165,600. */
  g_autoptr(GrScenario) s = gr_scenario_new ();
  g_autoptr(GrMetrics) m = NULL;

  s->readiness.trained_abroad.value = 120000;
  s->readiness.trained_per_month.value = 3000;
  s->readiness.separations_per_year.value = 0.1;
  s->readiness.start_year = 2025;
  s->readiness.horizon_years = 2;
  m = gr_model_evaluate (model, s);
  g_assert_cmpuint (m->readiness.by_year->len, ==, 3);
  g_assert_cmpint (g_array_index (m->readiness.by_year, GrReadinessYear, 2).year, ==, 2027);
  g_assert_cmpfloat_with_epsilon (g_array_index (m->readiness.by_year, GrReadinessYear, 1).trained,
                                  144000, 1e-6);
  g_assert_cmpfloat_with_epsilon (m->readiness.trained_total, 165600, 1e-6);
  /* Scored at 2030 whatever the horizon: 120,000 × 0.9⁵ + 36,000 ×
   * (1 − 0.9⁵) / 0.1 = 70,858.8 + 147,423.6 = 218,282.4. */
  g_assert_cmpfloat_with_epsilon (m->readiness.trained_at_assessment, 218282.4, 1e-6);
  g_clear_pointer (&m, gr_metrics_free);
  s->readiness.horizon_years = 20;
  m = gr_model_evaluate (model, s);
  g_assert_cmpfloat_with_epsilon (m->readiness.trained_at_assessment, 218282.4, 1e-6);
  g_assert_cmpfloat_with_epsilon (m->index.score[GR_INSTRUMENT_READINESS], 218282.4 / 290000, 1e-9);
}

static void
add_deployment (GrScenario *s, const char *nation, double troops, double lon, double lat)
{
  GrDeployment d = { g_strdup (nation), g_strdup (nation), { lon, lat }, troops,
                     GR_ROLE_TRAINING, g_strdup (nation) };

  g_array_append_val (s->force.deployments, d);
}

static void
test_force (void)
{
  /* 6,000 + 2,000 + 2,000 = 10,000 (in the band); 1:2 → 30,000; $1M a
   * soldier-year → $10B; 2 nations.  Kharkiv (36.23 E, 49.99 N) is 30 km
   * from the Russian border: Kharkiv oblast is reached. */
  g_autoptr(GrScenario) s = gr_scenario_new ();
  g_autoptr(GrMetrics) m = NULL;
  guint n_regions = 0;
  const GrBorderRegion *regions = gr_model_get_border_regions (model, &n_regions);
  gboolean kharkiv = FALSE;

  add_deployment (s, "GB", 6000, 30.5, 50.4);
  add_deployment (s, "FR", 2000, 36.23, 49.99);
  add_deployment (s, "FR", 2000, 24.0, 49.8);
  m = gr_model_evaluate (model, s);
  g_assert_cmpfloat_with_epsilon (m->force.deployed_troops, 10000, 1e-9);
  g_assert_true (m->force.within_band);
  g_assert_cmpfloat_with_epsilon (m->force.required_with_rotation, 30000, 1e-9);
  g_assert_cmpfloat_with_epsilon (m->force.annual_cost_busd, 10, 1e-9);
  g_assert_cmpuint (m->force.n_nations, ==, 2);
  g_assert_cmpstr (m->force.nations[0], ==, "FR");

  /* Oblasts on the border with Russia or Belarus: Volyn, Rivne, Zhytomyr,
   * Kyiv oblast, Chernihiv, Sumy, Kharkiv, Luhansk, Donetsk. */
  g_assert_cmpuint (n_regions, ==, 9);
  g_assert_cmpuint (m->force.border_regions_total, ==, 9);
  for (guint i = 0; i < n_regions; i++)
    if (g_strcmp0 (regions[i].code, "UA-63") == 0)
      kharkiv = m->force.region_reached[i];
  g_assert_true (kharkiv);
  /* Kyiv is ~85 km from Belarus: with 100 km reach, Kyiv oblast too. */
  g_assert_cmpuint (m->force.border_regions_reached, >=, 2);
  /* Ukraine's land borders with Russia (≈1,970 km surveyed) and Belarus
   * (≈1,080 km): ≈3,050 km; Natural Earth's 1:10m lines cut the bends and
   * measure about a fifth less, so accept 2,000–3,100 km. */
  g_assert_cmpfloat (m->force.border_km_total, >, 2000);
  g_assert_cmpfloat (m->force.border_km_total, <, 3100);
  /* Lviv is about 190 km from Belarus: out of reach, with a warning on
   * its path; the other 8,000 are within reach. */
  g_assert_cmpfloat_with_epsilon (m->force.troops_in_reach, 8000, 1e-9);
  g_assert_cmpuint (m->warnings->len, ==, 1);
  g_assert_cmpstr (g_array_index (m->warnings, GrMetricsWarning, 0).path, ==,
                   "stabilization_force.deployments[2]");
}

/* The presence score computed here from the border points: each
 * deployment shared equally among the regions within @reach_km of its
 * border stretch; per region L / (L + 1,000), weighted by border km. */
static double
presence_by_hand (const GrScenario *s,
                  double            reach_km)
{
  guint n = 0;
  const GrBorderRegion *regions = gr_model_get_border_regions (model, &n);
  g_autofree double *local = g_new0 (double, n);
  double sum = 0, total = 0;

  for (guint d = 0; d < s->force.deployments->len; d++)
    {
      const GrDeployment *dep = &g_array_index (s->force.deployments, GrDeployment, d);
      g_autofree gboolean *in = g_new0 (gboolean, n);
      guint k = 0;

      for (guint r = 0; r < n; r++)
        {
          for (guint p = 0; p < regions[r].n_border_points && !in[r]; p++)
            in[r] = haversine (dep->position.lon, dep->position.lat,
                               regions[r].border_points[p].lon,
                               regions[r].border_points[p].lat) <= reach_km;
          k += in[r];
        }
      for (guint r = 0; r < n; r++)
        if (in[r])
          local[r] += dep->troops / k;
    }
  for (guint r = 0; r < n; r++)
    {
      sum += regions[r].border_km * local[r] / (local[r] + 1000);
      total += regions[r].border_km;
    }
  return sum / total;
}

static void
test_index (void)
{
  /* Weights 0.5 guarantees, 0.3 funding, 0.2 presence (others 0):
   * guarantees automatic in 3 days → 30 / 33; funding 30 of 120 in 2026
   * only → 0.25 over one year of the five-year window → 0.05; presence
   * 7,500 at Kyiv, computed here.  The weakest is the largest −w ln s. */
  g_autoptr(GrScenario) s = gr_scenario_new ();
  g_autoptr(GrMetrics) m = NULL;
  GrGuarantor g = { g_strdup ("GB"), GR_COMMITMENT_AUTOMATIC, { 3, NAN, NAN, NULL } };
  double sg = 30.0 / 33, sf = 0.05, sp;

  for (int i = 0; i < GR_N_INSTRUMENTS; i++)
    s->weights[i] = 0;
  s->weights[GR_INSTRUMENT_GUARANTEES] = 5;
  s->weights[GR_INSTRUMENT_FUNDING] = 3;
  s->weights[GR_INSTRUMENT_PRESENCE] = 2;
  g_array_append_val (s->guarantors, g);
  add_need (s, 2026, 120);
  add_pledge (s, 2026, 30, GR_PLEDGE_ALLOCATION, GR_CHANNEL_BILATERAL);
  add_deployment (s, "GB", 7500, 30.5, 50.4);
  m = gr_model_evaluate (model, s);
  sp = presence_by_hand (s, 100);

  g_assert_cmpfloat (sp, >, 0);
  g_assert_cmpfloat_with_epsilon (m->index.weight[GR_INSTRUMENT_GUARANTEES], 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (m->index.score[GR_INSTRUMENT_GUARANTEES], sg, 1e-12);
  g_assert_cmpfloat_with_epsilon (m->index.score[GR_INSTRUMENT_FUNDING], sf, 1e-12);
  g_assert_cmpfloat_with_epsilon (m->index.score[GR_INSTRUMENT_PRESENCE], sp, 1e-6);
  g_assert_cmpfloat_with_epsilon (m->index.composite,
                                  pow (sg, 0.5) * pow (sf, 0.3) * pow (sp, 0.2), 1e-6);
  g_assert_cmpint (m->index.weakest, ==,
                   -0.3 * log (sf) > -0.2 * log (sp) ? GR_INSTRUMENT_FUNDING : GR_INSTRUMENT_PRESENCE);

  /* A weighted instrument at zero zeroes the whole. */
  s->weights[GR_INSTRUMENT_MARITIME] = 1;
  g_clear_pointer (&m, gr_metrics_free);
  m = gr_model_evaluate (model, s);
  g_assert_cmpfloat (m->index.composite, ==, 0);
  g_assert_cmpint (m->index.weakest, ==, GR_INSTRUMENT_MARITIME);
}

static void
test_explanations (void)
{
  for (int i = 0; i < GR_N_METRICS; i++)
    {
      g_assert_nonnull (gr_metric_to_string (i));
      g_assert_cmpstr (gr_metric_label (i), !=, "");
      g_assert_cmpuint (strlen (gr_metric_explain (i)), >, 10);
    }
  g_assert_cmpint (gr_metric_for_instrument (GR_INSTRUMENT_READINESS), ==, GR_METRIC_SCORE_READINESS);

  /* Every score links to a section the methodology really has. */
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "docs", "methodology.md", NULL);
    g_autofree char *doc = NULL;

    g_assert_true (g_file_get_contents (path, &doc, NULL, NULL));
    for (int i = 0; i < GR_N_INSTRUMENTS; i++)
      {
        g_autofree char *anchor = g_strdup_printf ("<a id=\"%s\"></a>",
                                                   gr_instrument_methodology_section (i));

        if (strstr (doc, anchor) == NULL)
          g_error ("docs/methodology.md has no section %s", anchor);
      }
  }
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  model = gr_model_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/model/geodesy/distance", test_distance);
  g_test_add_func ("/model/geodesy/destination", test_destination);
  g_test_add_func ("/model/geodesy/ring-area", test_ring_area);
  g_test_add_func ("/model/grid/ukraine-area", test_ukraine_area);
  g_test_add_func ("/model/air-defense/horizon", test_horizon);
  g_test_add_func ("/model/coverage/ring", test_coverage_ring);
  g_test_add_func ("/model/coverage/ring-cut", test_coverage_ring_cut);
  g_test_add_func ("/model/air-defense/interception", test_interception);
  g_test_add_func ("/model/air-defense/supply", test_interceptor_supply);
  g_test_add_func ("/model/air-defense/other-capacity", test_other_capacity);
  g_test_add_func ("/model/air-defense/layers", test_layers);
  g_test_add_func ("/model/evaluate/moved-battery", test_moved_battery);
  g_test_add_func ("/model/evaluate/changing-radii", test_changing_radii);
  g_test_add_func ("/model/air-patrol/rand", test_air_patrol);
  g_test_add_func ("/model/maritime/route", test_route);
  g_test_add_func ("/model/funding/gap", test_funding);
  g_test_add_func ("/model/funding/danish", test_danish);
  g_test_add_func ("/model/readiness/trajectory", test_readiness);
  g_test_add_func ("/model/force/band", test_force);
  g_test_add_func ("/model/index/composite", test_index);
  g_test_add_func ("/model/metrics/explanations", test_explanations);

  ret = g_test_run ();
  gr_model_unref (model);
  return ret;
}
