/* gr-scale-bar.h — a scale bar of a round length for a Web Mercator map
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "gr-mercator.h"

G_BEGIN_DECLS

/* The longest round length (1, 2 or 5 × 10ⁿ km) whose bar is at most
 * max_px long at meters_per_px. */
double gr_scale_bar_pick_km (double meters_per_px,
                             double max_px);

/* Draws the bar with its bottom-left corner at (x, y), true at the view's
 * centre latitude (Mercator's scale changes with latitude, so the label
 * says where).  scale multiplies type and line widths. */
void   gr_scale_bar_draw    (cairo_t         *cr,
                             const GrMapView *view,
                             double           x,
                             double           y,
                             double           max_px,
                             double           scale);

G_END_DECLS
