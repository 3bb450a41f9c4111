/* gr-palette.c — the colours every painter shares
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-palette.h"

GrRgb
gr_palette_category (guint index)
{
  /* Black is left out: it is the text and axis colour. */
  static const GrRgb categories[] = {
    GR_RGB_BLUE, GR_RGB_ORANGE, GR_RGB_BLUISH_GREEN, GR_RGB_VERMILLION,
    GR_RGB_SKY_BLUE, GR_RGB_REDDISH_PURPLE, GR_RGB_YELLOW,
  };

  return categories[index % G_N_ELEMENTS (categories)];
}

void
gr_palette_set_source (cairo_t *cr,
                       GrRgb    rgb,
                       double   alpha)
{
  cairo_set_source_rgba (cr, rgb.r, rgb.g, rgb.b, alpha);
}
