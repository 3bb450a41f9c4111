/* gr-shape-check.h — is a polygon a real area, is a route a real path
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Zones and routes come from files: a bow-tie has a signed area of 0, a
 * zone across the antimeridian drawn in plain longitudes wraps the globe
 * the other way (90 million km²), a zone a 1e-300 degree wide has no
 * inside.  These checks run in O(n log n) at worst, so a file of
 * 300,000 points (the value cap) loads quickly.
 */

#pragma once

#include "gr-geodesy.h"

G_BEGIN_DECLS

typedef enum
{
  GR_SHAPE_OK,
  GR_SHAPE_TOO_FEW_POINTS,      /* fewer distinct points than the shape needs */
  GR_SHAPE_ANTIMERIDIAN,        /* an edge is longer than 180° of longitude */
  GR_SHAPE_NO_AREA,             /* the ring encloses (almost) nothing */
  GR_SHAPE_SELF_INTERSECTING,   /* two edges cross or touch */
} GrShapeProblem;

/* Polygons smaller than this (1 m²) enclose nothing a patrol can hold. */
#define GR_SHAPE_MIN_AREA_KM2 1e-6

guint          gr_shape_count_distinct (const GrLonLat *points,
                                        guint           n);
GrShapeProblem gr_shape_check_ring     (const GrLonLat *points,
                                        guint           n,
                                        guint          *where);
GrShapeProblem gr_shape_check_path     (const GrLonLat *points,
                                        guint           n,
                                        guint          *where);

G_END_DECLS
