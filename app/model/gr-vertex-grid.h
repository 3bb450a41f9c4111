/* gr-vertex-grid.h — the feature with the vertex nearest a point
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "gr-geodata.h"

G_BEGIN_DECLS

typedef struct _GrVertexGrid GrVertexGrid;

/* Files every vertex of @layer's features (which must outlive the grid). */
GrVertexGrid *gr_vertex_grid_new     (const GrGeoLayer   *layer);
void          gr_vertex_grid_free    (GrVertexGrid       *self);

/* The index of the feature with the vertex nearest @p, distances taken in
 * degrees with longitude scaled by cos(latitude of @p), among the features
 * whose bounds grown by @margin degrees hold @p; ties go to the lower
 * index.  -1 when no feature qualifies. */
int           gr_vertex_grid_nearest (const GrVertexGrid *self,
                                      GrLonLat            p,
                                      double              margin);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrVertexGrid, gr_vertex_grid_free)

G_END_DECLS
