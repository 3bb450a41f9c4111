/* gr-metrics-patrol.c — joint air patrols: aircraft to hold each station
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RAND's sortie-rate model (MODEL.md): keeping k aircraft on a station d km
 * from their base takes A = k · t_cyc / t_os aircraft, with transit
 * t_tr = 2d / V, time on station t_os = E − t_tr − t_res and cycle
 * t_cyc = t_tr + t_os + t_res + TAT + MT; a zone of N stations needs
 * N · A / MC aircraft plus its quick-reaction alert.
 */

#include "config.h"

#include "gr-metrics-private.h"

#include "gr-ring-grid.h"

#include <math.h>

/* Samples per zone for the share within reach. */
#define REACH_SAMPLES 2500

typedef struct
{
  const GrEqualArea *proj;
  GrLonLat base;
  guint inside;
  GArray *distances;           /* double */
} SampleCount;

static void
count_sample_cb (double   x,
                 double   y,
                 gpointer data)
{
  SampleCount *count = data;
  double d = gr_geodesy_distance_km (count->base, gr_equal_area_inverse (count->proj, x, y));

  count->inside++;
  /* NaN is within no reach: counted in the share's denominator only. */
  if (!isnan (d))
    g_array_append_val (count->distances, d);
}

/* Samples step apart from step / 2 that fall below extent, at most
 * REACH_SAMPLES: a bound that does not depend on the coordinates. */
static guint
grid_count (double extent,
            double step)
{
  double n = ceil (extent / step - 0.5);

  return n > 0 ? (guint) MIN (n, (double) REACH_SAMPLES) : 0;
}

static int
cmp_double (const void *a,
            const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Centroid of the zone and the distances from @base of the samples of a
 * regular grid of the zone's own equal-area projection that fall inside
 * it; with no sample inside, of the centroid alone. */
static void
zone_geometry (const GArray   *polygon,
               GrLonLat        base,
               GrZoneGeometry *out)
{
  const GrLonLat *p = (const GrLonLat *) (void *) polygon->data;
  guint n = polygon->len;
  g_autofree double *xs = g_new (double, n);
  g_autofree double *ys = g_new (double, n);
  double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  double lon = 0, lat = 0, a2 = 0, cx = 0, cy = 0, step;
  guint nx, ny;
  GrEqualArea proj;
  SampleCount count = { &proj, base, 0, g_array_new (FALSE, FALSE, sizeof (double)) };

  for (guint i = 0; i < n; i++)
    {
      lon += p[i].lon / n;
      lat += p[i].lat / n;
    }
  gr_equal_area_init (&proj, (GrLonLat) { lon, lat });
  for (guint i = 0; i < n; i++)
    {
      gr_equal_area_forward (&proj, p[i], &xs[i], &ys[i]);
      min_x = MIN (min_x, xs[i]);
      max_x = MAX (max_x, xs[i]);
      min_y = MIN (min_y, ys[i]);
      max_y = MAX (max_y, ys[i]);
    }
  for (guint i = 0, j = n - 1; i < n; j = i++)
    {
      double cross = xs[j] * ys[i] - xs[i] * ys[j];

      a2 += cross;
      cx += (xs[j] + xs[i]) * cross;
      cy += (ys[j] + ys[i]) * cross;
    }
  out->centroid = fabs (a2) > 1e-9 ? gr_equal_area_inverse (&proj, cx / (3 * a2), cy / (3 * a2))
                                   : (GrLonLat) { lon, lat };

  step = sqrt ((max_x - min_x) * (max_y - min_y) / REACH_SAMPLES);
  if (step > 0)
    {
      /* Counted, not stepped: with a zone 1e-300 wide, y + step == y. */
      ny = grid_count (max_y - min_y, step);
      nx = grid_count (max_x - min_x, step);
      gr_ring_grid_foreach_inside (xs, ys, n, min_x + step / 2, min_y + step / 2, step, nx, ny,
                                   count_sample_cb, &count);
    }
  if (count.inside == 0)
    {
      double d = gr_geodesy_distance_km (base, out->centroid);

      count.inside = 1;
      g_array_set_size (count.distances, 0);
      if (!isnan (d))
        g_array_append_val (count.distances, d);
    }
  out->sorted = FALSE;
  out->n_samples = count.inside;
  out->n_distances = count.distances->len;
  out->distances = (double *) (void *) g_array_free (count.distances, FALSE);
}

void
gr_zone_geometry_compute (const GArray   *polygon,
                          GrLonLat        base,
                          GrZoneGeometry *out)
{
  out->area_km2 = gr_geodesy_ring_area_km2 ((const GrLonLat *) (void *) polygon->data,
                                            polygon->len);
  zone_geometry (polygon, base, out);
}

void
gr_zone_geometry_clear (GrZoneGeometry *geometry)
{
  g_clear_pointer (&geometry->distances, g_free);
  geometry->n_distances = 0;
}

void
gr_zone_geometry_sort (GrZoneGeometry *geometry)
{
  if (geometry->sorted)
    return;
  qsort (geometry->distances, geometry->n_distances, sizeof (double), cmp_double);
  geometry->sorted = TRUE;
}

double
gr_zone_geometry_reach_share (const GrZoneGeometry *geometry,
                              double                reach_km)
{
  guint lo = 0, hi = geometry->n_distances;

  if (isnan (reach_km) || geometry->n_samples == 0)
    return 0;
  if (!geometry->sorted)
    {
      guint within = 0;

      for (guint i = 0; i < geometry->n_distances; i++)
        within += geometry->distances[i] <= reach_km;
      return (double) within / geometry->n_samples;
    }
  /* The first distance beyond reach: those before it are within. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (geometry->distances[mid] <= reach_km)
        lo = mid + 1;
      else
        hi = mid;
    }
  return (double) lo / geometry->n_samples;
}

void
gr_metrics_eval_air_patrol (GrEvaluator        *evaluator,
                            const GrScenario   *scenario,
                            GrAirPatrolMetrics *out)
{
  const GrAircraft *ac = &scenario->air_patrol.aircraft;
  const GArray *zones = scenario->air_patrol.zones;
  double v = ac->cruise_kmh.value, e = ac->endurance_h.value, res = MAX (0, ac->reserve_h.value);
  double mc = ac->mission_capable.value, k = MAX (0, ac->per_station.value);

  out->zones = g_array_new (FALSE, TRUE, sizeof (GrPatrolZoneMetrics));
  for (guint z = 0; zones != NULL && z < zones->len; z++)
    {
      const GrPatrolZone *zone = &g_array_index (zones, GrPatrolZone, z);
      GrPatrolZoneMetrics zm = { 0 };
      double reach_share = 0;

      zm.id = g_strdup (zone->id);
      zm.stations = MAX (zone->stations, 0);
      zm.aircraft_assigned = zone->aircraft_assigned;
      zm.reach_km = v > 0 ? MAX (0, v * (e - res) / 2) : 0;
      if (zone->polygon != NULL && zone->polygon->len >= 3)
        {
          const GrZoneGeometry *geo = gr_evaluator_zone_geometry (evaluator, zone->polygon,
                                                                  zone->base);

          zm.area_km2 = geo->area_km2;
          zm.centroid = geo->centroid;
          reach_share = gr_zone_geometry_reach_share (geo, zm.reach_km);
        }
      else
        zm.centroid = zone->base;
      zm.reach_pct = 100 * reach_share;
      zm.distance_km = gr_geodesy_distance_km (zone->base, zm.centroid);

      zm.transit_h = v > 0 ? 2 * zm.distance_km / v : G_MAXDOUBLE;
      zm.time_on_station_h = v > 0 ? e - zm.transit_h - res : 0;
      zm.station_reachable = zm.time_on_station_h > 0 && mc > 0;
      if (zm.station_reachable)
        {
          zm.cycle_h = zm.transit_h + zm.time_on_station_h + res
                       + MAX (0, ac->turnaround_h.value) + MAX (0, ac->maintenance_h.value);
          zm.aircraft_per_station = k * zm.cycle_h / zm.time_on_station_h;
          /* Each station is refilled every t_os by k aircraft. */
          zm.sorties_per_day = zm.stations * k * 24 / zm.time_on_station_h;
          zm.aircraft_required = zm.stations * zm.aircraft_per_station / MIN (mc, 1.0)
                                 + MAX (0, ac->qra_aircraft.value);
        }
      else
        zm.time_on_station_h = MAX (0, zm.time_on_station_h);
      zm.sustainable = zm.station_reachable && zm.aircraft_assigned >= zm.aircraft_required - 1e-9;

      /* An unreachable zone holds no station: not free, unsustainable. */
      if (zm.station_reachable && zm.aircraft_required > 0)
        out->stations_held += zm.stations * CLAMP (MAX (0, zm.aircraft_assigned)
                                                   / zm.aircraft_required, 0.0, 1.0);
      out->aircraft_required += zm.aircraft_required;
      out->aircraft_assigned += zm.aircraft_assigned;
      out->zones_sustainable += zm.sustainable;
      g_array_append_val (out->zones, zm);
    }
}
