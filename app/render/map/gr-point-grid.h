/* gr-point-grid.h — a uniform grid of points, for finding near neighbours
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _GrPointGrid GrPointGrid;

/* A grid of cell_width × cell_height cells (both > 0); only the cells that
 * hold points take memory. */
GrPointGrid *gr_point_grid_new   (double       cell_width,
                                  double       cell_height);
void         gr_point_grid_free  (GrPointGrid *self);

/* Files point @index at (x, y); a point that is not finite is left out
 * (no distance to it is ever below a bound). */
void         gr_point_grid_add   (GrPointGrid *self,
                                  guint        index,
                                  double       x,
                                  double       y);

/* Appends to @out (guint) the indices of the points in the cells that
 * meet the box x0..x1 × y0..y1, in no particular order: every point inside
 * the box and some near it, for the caller to test exactly. */
void         gr_point_grid_query (GrPointGrid *self,
                                  double       x0,
                                  double       y0,
                                  double       x1,
                                  double       y1,
                                  GArray      *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrPointGrid, gr_point_grid_free)

G_END_DECLS
