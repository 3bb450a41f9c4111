/* gr-geodesy.h — distances, areas and projections on the Earth
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Distances use a sphere of the mean Earth radius (haversine, error below
 * 0.5 % against the ellipsoid); areas use the WGS 84 ellipsoid through an
 * equal-area projection, so a count of grid cells is an area.
 */

#pragma once

#include <glib.h>

#include "gr-geodata.h"

G_BEGIN_DECLS

/* IUGG mean radius R1, km. */
#define GR_EARTH_RADIUS_KM 6371.0088

double   gr_geodesy_distance_km      (GrLonLat        a,
                                      GrLonLat        b);
/* Point reached from @start going @distance_km on the initial bearing
 * @bearing_deg (clockwise from north), along a great circle. */
GrLonLat gr_geodesy_destination      (GrLonLat        start,
                                      double          bearing_deg,
                                      double          distance_km);
/* Point at fraction @t of the great-circle arc from @a to @b. */
GrLonLat gr_geodesy_interpolate      (GrLonLat        a,
                                      GrLonLat        b,
                                      double          t);

/* The part of the great-circle arc @a→@b within @radius_km of @centre, as
 * fractions *t0 ≤ *t1 of the arc (a cap meets an arc shorter than half a
 * circle in one interval).  Returns FALSE when they do not meet. */
gboolean gr_geodesy_arc_in_circle    (GrLonLat        a,
                                      GrLonLat        b,
                                      GrLonLat        centre,
                                      double          radius_km,
                                      double         *t0,
                                      double         *t1);

/* Unit vector of a point, for fast "within distance" tests:
 * within r km  ⇔  dot (u, v) ≥ cos (r / R). */
void     gr_geodesy_unit_vector      (GrLonLat        p,
                                      double          v[3]);

/* Even-odd point in polygon over all rings, in longitude/latitude. */
gboolean gr_geodesy_point_in_rings   (GrLonLat           p,
                                      const GrLonLat    *points,
                                      const GrGeoPart   *parts,
                                      guint              n_parts);
/* The same for @n points at once, into @inside: each edge is crossed with
 * just the points level with it (found by sorting them by latitude), not
 * with all of them. */
void     gr_geodesy_points_in_rings  (const GrLonLat    *p,
                                      guint              n,
                                      const GrLonLat    *points,
                                      const GrGeoPart   *parts,
                                      guint              n_parts,
                                      gboolean          *inside);

/* Lambert azimuthal equal-area projection of the WGS 84 ellipsoid (through
 * the authalic sphere), in km.  Equal-area everywhere; distances are true
 * within 0.3 % up to 900 km from the centre. */
typedef struct
{
  GrLonLat centre;
  double sin_beta0;
  double cos_beta0;
} GrEqualArea;

void     gr_equal_area_init          (GrEqualArea       *proj,
                                      GrLonLat           centre);
void     gr_equal_area_forward       (const GrEqualArea *proj,
                                      GrLonLat           p,
                                      double            *x_km,
                                      double            *y_km);
GrLonLat gr_equal_area_inverse       (const GrEqualArea *proj,
                                      double             x_km,
                                      double             y_km);

/* Area on the ellipsoid, km²: rings combined even-odd (a ring inside an
 * odd number of others is a hole).  Edges are straight on the equal-area
 * projection centred on the polygon, which for edges of a few km is the
 * geodesic to well under 0.1 %. */
double   gr_geodesy_polygon_area_km2 (const GrLonLat    *points,
                                      const GrGeoPart   *parts,
                                      guint              n_parts);
/* Same for one ring, e.g. a patrol zone. */
double   gr_geodesy_ring_area_km2    (const GrLonLat    *points,
                                      guint              n_points);

G_END_DECLS
