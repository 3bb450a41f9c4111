/* gr-map-view-export.h — the map exactly as a window shows it: one view, PNG, PDF or SVG
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "gr-basemap.h"
#include "gr-metrics.h"
#include "gr-overlay.h"
#include "gr-scenario.h"

G_BEGIN_DECLS

/* What the screen shows: a view (its width × height are the picture's
 * size in user units), the scenario drawn with a style (visible layers,
 * rings, labels; the selection is not exported). */
typedef struct
{
  const GrScenario *scenario;
  const GrMetrics *metrics;      /* may be NULL */
  GrBasemap *basemap;            /* may be NULL: overlays on a plain sea colour */
  GrBasemapStyle basemap_style;
  GrOverlayStyle style;
  GrMapView view;
  gboolean show_legend;
  /* may be NULL: a compared scenario, drawn as outlines over the
   * instruments (gr_overlay_ghost_draw()), as the window does */
  const GrScenario *ghost;
} GrMapViewPage;

/* Draws the view with the legend bottom left (as on screen), the scale
 * bar under it and the attribution bottom right; a GrDrawFunc. */
void     gr_map_view_page_draw (cairo_t             *cr,
                                double               width,
                                double               height,
                                gpointer             page);

/* Writes the page to path (format by extension), magnified by scale: 2
 * gives a PNG of twice the view's pixels, as crisp as a HiDPI screen. */
gboolean gr_map_view_export    (const GrMapViewPage *page,
                                const char          *path,
                                double               scale,
                                GError             **error);

G_END_DECLS
