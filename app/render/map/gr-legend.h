/* gr-legend.h — the map legend: only visible layers, only the symbols present
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "gr-metrics.h"
#include "gr-overlay.h"
#include "gr-scenario.h"

G_BEGIN_DECLS

/* Size of the legend box for the scenario, the visible layers and rings of
 * style and a text scale (1 on screen, larger for a projector or a print).
 * 0 × 0 when nothing visible needs explaining. */
void     gr_legend_measure (cairo_t              *cr,
                            const GrScenario     *s,
                            const GrMetrics      *m,
                            const GrOverlayStyle *style,
                            double                scale,
                            double               *width,
                            double               *height);
/* Draws the legend box with its top-left corner at (x, y). */
void     gr_legend_draw    (cairo_t              *cr,
                            double                x,
                            double                y,
                            const GrScenario     *s,
                            const GrMetrics      *m,
                            const GrOverlayStyle *style,
                            double                scale);

G_END_DECLS
