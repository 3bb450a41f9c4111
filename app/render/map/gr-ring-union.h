/* gr-ring-union.h — the outline of a union of star-shaped rings, as open polylines
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A closed polygon, star-shaped around (cx, cy) (a projected geodesic
 * circle), its vertices in order of increasing angle y-down (clockwise on
 * screen, as gr_overlay_circle_points makes them).  Polygons that are not
 * star-shaped are handled too, only more slowly. */
typedef struct
{
  double cx, cy;
  const double *xy;     /* n x, y pairs, not closed; not owned */
  guint n;
} GrRing;

/* A stretch of a ring's outline that lies outside every other ring. */
typedef struct
{
  guint ring;           /* index into the rings passed in */
  guint first;          /* its first point in the points array */
  guint n_points;
  double offset;        /* arc length from the ring's first vertex to the
                         * stretch's start, for a continuous dash */
  double length;        /* arc length of the stretch */
  gboolean closed;      /* the whole ring: close the path after the last
                         * point (offset is 0) */
  gboolean to_first;    /* the stretch ends at the ring's first vertex,
                         * where a closed ring's dash pattern restarts */
} GrRingRun;

/* Appends to runs (GrRingRun) and points (double x, y pairs) the outline of
 * the union of n_rings rings: each ring's outline minus what lies inside
 * another ring, cut exactly where it crosses into one.  Of identical rings
 * only the first has an outline; a ring inside another has none.  Runs of
 * one ring come in order along it and never run through its first vertex
 * (a ring's dash pattern starts there): a stretch across it is two runs,
 * the first starting at offset 0, the last with to_first set. */
void gr_ring_union_outline (const GrRing *rings,
                            guint         n_rings,
                            GArray       *runs,
                            GArray       *points);

/* Chains the runs of one gr_ring_union_outline() into the closed loops
 * that bound the union: each open run goes on with the run that starts
 * where it ends (within @tolerance), a closed run is a loop of its own.
 * Fills @order with run indices, loop after loop, and @loop_ends with the
 * index in @order after each loop's last run.  A fill of the loops with
 * the winding rule covers what a fill of the rings covers, through a
 * fraction of the edges.  FALSE, with both arrays emptied, when a run's end
 * meets no run's start (rings that touch or share edges). */
gboolean gr_ring_union_loops (const GArray *runs,
                              const GArray *points,
                              double        tolerance,
                              GArray       *order,
                              GArray       *loop_ends);

G_END_DECLS
