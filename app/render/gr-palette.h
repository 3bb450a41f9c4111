/* gr-palette.h — the colours every painter shares: colour-blind-safe, named by meaning
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Data colours are the Okabe–Ito set (distinguishable with the common colour
 * vision deficiencies); painters pair them with shapes or patterns so that
 * colour is never the only cue.
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double r;
  double g;
  double b;
} GrRgb;

/* Okabe–Ito */
#define GR_RGB_BLACK          ((GrRgb) { 0.000, 0.000, 0.000 })
#define GR_RGB_ORANGE         ((GrRgb) { 0.902, 0.624, 0.000 })
#define GR_RGB_SKY_BLUE       ((GrRgb) { 0.337, 0.706, 0.914 })
#define GR_RGB_BLUISH_GREEN   ((GrRgb) { 0.000, 0.620, 0.451 })
#define GR_RGB_YELLOW         ((GrRgb) { 0.941, 0.894, 0.259 })
#define GR_RGB_BLUE           ((GrRgb) { 0.000, 0.447, 0.698 })
#define GR_RGB_VERMILLION     ((GrRgb) { 0.835, 0.369, 0.000 })
#define GR_RGB_REDDISH_PURPLE ((GrRgb) { 0.800, 0.475, 0.655 })

/* The i-th categorical colour (series, donors, nations), cycling. */
GrRgb gr_palette_category   (guint         index);

void  gr_palette_set_source (cairo_t      *cr,
                             GrRgb         rgb,
                             double        alpha);

G_END_DECLS
