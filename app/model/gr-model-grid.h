/* gr-model-grid.h — the model's coverage grid: computed, packed at build time, read in place
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "gr-geodata.h"

G_BEGIN_DECLS

/* The first bytes of the blob, its tag in the geodata pack. */
#define GR_MODEL_GRID_TAG "GRGRID01"

/* Centre of the model's projection: the middle of Ukraine's bounding box. */
#define GR_MODEL_GRID_CENTRE ((GrLonLat) { 31.2, 48.4 })

/* Square cells of cell_km on the equal-area projection centred on
 * @centre; index[j * nx + i] is a cell or -1 outside the outline; each
 * cell has its centre and the unit vector of that centre. */
typedef struct
{
  GrLonLat centre;
  double cell_km;
  double x0;
  double y0;
  int nx;
  int ny;
  guint n_cells;
  const int *index;
  const GrLonLat *centres;
  const double *vectors;       /* 3 per cell */
  GBytes *data;                /* holds the arrays */
} GrModelGrid;

/* Rasterises @outline's rings (cells whose centre is inside, even-odd). */
void     gr_model_grid_compute (const GrGeoFeature *outline,
                                GrLonLat            centre,
                                double              cell_km,
                                GrModelGrid        *grid);
/* The grid as one blob, for the geodata pack. */
GBytes  *gr_model_grid_write   (const GrModelGrid  *grid);
/* The grid in @blob, its arrays pointing into it (it must be 8-byte
 * aligned); FALSE when it is damaged or for another centre or cell size. */
gboolean gr_model_grid_read    (GBytes             *blob,
                                GrLonLat            centre,
                                double              cell_km,
                                GrModelGrid        *grid);
void     gr_model_grid_clear   (GrModelGrid        *grid);

G_END_DECLS
