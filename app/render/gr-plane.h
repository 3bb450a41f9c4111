/* gr-plane.h — small plane-geometry helpers shared by the painters
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Squared distance from (px, py) to the segment a–b (a point when a = b). */
static inline double
gr_plane_segment_distance2 (double px,
                            double py,
                            double ax,
                            double ay,
                            double bx,
                            double by)
{
  double dx = bx - ax, dy = by - ay;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;

  t = CLAMP (t, 0.0, 1.0);
  dx = ax + t * dx - px;
  dy = ay + t * dy - py;
  return dx * dx + dy * dy;
}

G_END_DECLS
