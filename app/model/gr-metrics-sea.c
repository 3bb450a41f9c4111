/* gr-metrics-sea.c — Black Sea routes: length, cover, escorts, throughput
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A route's length is the great-circle sum of its legs.  Its covered part
 * is exact on the sphere: each leg meets each patrol circle in one interval
 * (gr_geodesy_arc_in_circle()); the union of the intervals is covered.
 * Escorts needed = ships departing a day × the escorts' round trip (twice
 * the transit days) / ships per convoy × escorts per convoy (MODEL.md).
 */

#include "config.h"

#include "gr-metrics-private.h"

#include <math.h>
#include <stdlib.h>

#define KNOT_KMH 1.852

typedef struct
{
  double t0;
  double t1;
} Interval;

static int
cmp_interval (const void *a,
              const void *b)
{
  const Interval *x = a, *y = b;

  return (x->t0 > y->t0) - (x->t0 < y->t0);
}

static void
add_segment (GArray   *segments,
             GrLonLat  a,
             GrLonLat  b,
             gboolean  covered)
{
  GrRouteSegment seg = { a, b, covered };

  g_array_append_val (segments, seg);
}

/* Splits leg a→b into covered and uncovered segments; returns the covered km. */
static double
cover_leg (const GrMaritime *sea,
           GrLonLat          a,
           GrLonLat          b,
           double            length_km,
           GArray           *segments)
{
  guint n_patrols = sea->patrols != NULL ? sea->patrols->len : 0;
  g_autofree Interval *iv = g_new (Interval, MAX (n_patrols, 1));
  guint n = 0;
  double covered = 0, t = 0;

  for (guint p = 0; p < n_patrols; p++)
    {
      const GrMaritimePatrol *patrol = &g_array_index (sea->patrols, GrMaritimePatrol, p);

      if (patrol->radius_km.value > 0
          && gr_geodesy_arc_in_circle (a, b, patrol->position, patrol->radius_km.value,
                                       &iv[n].t0, &iv[n].t1))
        n++;
    }
  qsort (iv, n, sizeof (Interval), cmp_interval);

  for (guint i = 0; i < n;)
    {
      double lo = iv[i].t0, hi = iv[i].t1;

      for (i++; i < n && iv[i].t0 <= hi; i++)
        hi = MAX (hi, iv[i].t1);
      if (lo > t)
        add_segment (segments, gr_geodesy_interpolate (a, b, t), gr_geodesy_interpolate (a, b, lo), FALSE);
      add_segment (segments, gr_geodesy_interpolate (a, b, lo), gr_geodesy_interpolate (a, b, hi), TRUE);
      covered += (hi - lo) * length_km;
      t = hi;
    }
  if (t < 1)
    add_segment (segments, gr_geodesy_interpolate (a, b, t), b, FALSE);
  return covered;
}

void
gr_metrics_eval_maritime (const GrScenario  *scenario,
                          GrMaritimeMetrics *out)
{
  const GrMaritime *sea = &scenario->maritime;
  double speed_kmh = MAX (0, sea->speed_knots.value) * KNOT_KMH;
  double per_convoy = sea->ships_per_convoy.value;
  double ships_total = 0, covered_weighted = 0;
  g_autoptr(GPtrArray) partners = g_ptr_array_new ();

  out->routes = g_array_new (FALSE, TRUE, sizeof (GrRouteMetrics));
  for (guint r = 0; sea->routes != NULL && r < sea->routes->len; r++)
    {
      const GrRoute *route = &g_array_index (sea->routes, GrRoute, r);
      const GrLonLat *pts = route->path != NULL ? (const GrLonLat *) (void *) route->path->data : NULL;
      guint n_pts = route->path != NULL ? route->path->len : 0;
      GrRouteMetrics rm = { 0 };

      rm.id = g_strdup (route->id);
      rm.segments = g_array_new (FALSE, FALSE, sizeof (GrRouteSegment));
      for (guint i = 1; i < n_pts; i++)
        {
          double leg = gr_geodesy_distance_km (pts[i - 1], pts[i]);

          rm.length_km += leg;
          rm.covered_km += cover_leg (sea, pts[i - 1], pts[i], leg, rm.segments);
        }
      rm.covered_pct = rm.length_km > 0 ? 100 * rm.covered_km / rm.length_km : 0;
      rm.ships_per_month = MAX (0, route->ships_per_month.value);
      /* A month is a twelfth of a year of 365.25 days. */
      rm.ships_per_day = rm.ships_per_month * 12 / 365.25;
      rm.transit_days = speed_kmh > 0 ? rm.length_km / (speed_kmh * 24) : 0;
      /* An escort sails with its convoy and comes back: a round trip. */
      rm.escorts_required = per_convoy > 0
                            ? rm.ships_per_day * 2 * rm.transit_days / per_convoy
                              * MAX (0, sea->escorts_per_convoy.value)
                            : 0;
      rm.throughput_mt_per_month = rm.ships_per_month * MAX (0, sea->tonnes_per_ship.value) / 1e6;

      out->escorts_required += rm.escorts_required;
      out->throughput_mt_per_month += rm.throughput_mt_per_month;
      ships_total += rm.ships_per_month;
      covered_weighted += rm.ships_per_month * rm.covered_pct;
      g_array_append_val (out->routes, rm);
    }

  out->escorts_available = MAX (0, sea->escorts_available.value);
  out->escorts_sufficient = out->escorts_available >= out->escorts_required - 1e-9;
  out->covered_pct = ships_total > 0 ? covered_weighted / ships_total : 0;
  for (guint p = 0; sea->patrols != NULL && p < sea->patrols->len; p++)
    g_ptr_array_add (partners, g_array_index (sea->patrols, GrMaritimePatrol, p).partner);
  out->partners = gr_metrics_distinct_strings (partners);
  out->n_partners = g_strv_length (out->partners);
}
