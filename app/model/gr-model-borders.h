/* gr-model-borders.h — the oblasts on the land border: computed, packed at build time, read in place
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "gr-geodata.h"

G_BEGIN_DECLS

/* The first bytes of the blob, its tag in the geodata pack. */
#define GR_MODEL_BORDERS_TAG "GRBORD01"

/* One admin-1 feature on the border: points[start, start + n_points)
 * are its border vertices, in the order of Ukraine's rings. */
typedef struct
{
  guint32 feature;             /* in the admin-1 layer */
  guint32 start;
  guint32 n_points;
  guint32 padding;
  double km;                   /* its stretch of the border */
} GrModelBorder;

/* Ukraine's vertices shared with Russia's or Belarus's outline, each
 * given to the oblast with the nearest vertex; the regions are in the
 * order of the admin-1 layer. */
typedef struct
{
  guint n_regions;
  guint n_points;
  const GrModelBorder *regions;
  const GrLonLat *points;
  const double *vectors;       /* 3 per point: unit vectors */
  GBytes *data;                /* holds the arrays */
} GrModelBorders;

/* The ISO 3166 numeric codes of the neighbours whose land border counts. */
#define GR_MODEL_BORDER_RUSSIA "643"
#define GR_MODEL_BORDER_BELARUS "112"

/* The vertices of @ukraine shared with any of @neighbours (NULL ones are
 * skipped), among the features of @admin1. */
void     gr_model_borders_compute (const GrGeoFeature   *ukraine,
                                   const GrGeoFeature   *const *neighbours,
                                   guint                 n_neighbours,
                                   const GrGeoLayer     *admin1,
                                   GrModelBorders       *borders);
/* The borders as one blob, for the geodata pack. */
GBytes  *gr_model_borders_write   (const GrModelBorders *borders);
/* The borders in @blob, pointing into it (it must be 8-byte aligned);
 * FALSE when it is damaged or for an admin-1 layer of another size. */
gboolean gr_model_borders_read    (GBytes               *blob,
                                   guint                 n_admin1,
                                   GrModelBorders       *borders);
void     gr_model_borders_clear   (GrModelBorders       *borders);

G_END_DECLS
