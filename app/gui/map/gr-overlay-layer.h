/* gr-overlay-layer.h — the scenario's instruments drawn over the map, by the export's painters
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

#include "gr-document.h"
#include "gr-overlay.h"

G_BEGIN_DECLS

#define GR_TYPE_OVERLAY_LAYER (gr_overlay_layer_get_type ())

G_DECLARE_FINAL_TYPE (GrOverlayLayer, gr_overlay_layer, GR, OVERLAY_LAYER, ShumateLayer)

GrOverlayLayer       *gr_overlay_layer_new           (ShumateViewport      *viewport);

GrDocument           *gr_overlay_layer_get_document  (GrOverlayLayer       *self);
void                  gr_overlay_layer_set_document  (GrOverlayLayer       *self,
                                                      GrDocument           *document);
/* A scenario B compared with: drawn as outlines over the document's (a
 * copy is kept and evaluated); NULL stops comparing and unswaps. */
void                  gr_overlay_layer_set_comparison (GrOverlayLayer  *self,
                                                       const GrScenario *other);
gboolean              gr_overlay_layer_get_comparing  (GrOverlayLayer  *self);
/* B, or NULL when not comparing. */
const GrScenario     *gr_overlay_layer_get_other      (GrOverlayLayer  *self);
/* Swapped: B drawn solid and the document's instruments as outlines
 * (only while comparing). */
void                  gr_overlay_layer_set_swapped    (GrOverlayLayer  *self,
                                                       gboolean         swapped);
gboolean              gr_overlay_layer_get_swapped    (GrOverlayLayer  *self);
/* What is drawn: visible layers, rings, labels and the selection. */
const GrOverlayStyle *gr_overlay_layer_get_style     (GrOverlayLayer       *self);
void                  gr_overlay_layer_set_style     (GrOverlayLayer       *self,
                                                      const GrOverlayStyle *style);
/* The Web Mercator view the layer shows now: its widget's size, the
 * viewport's zoom and centre (rotation is not supported). */
void                  gr_overlay_layer_get_view      (GrOverlayLayer       *self,
                                                      GrMapView            *view);
/* Times the painters drew (frames that reused the kept raster do not count). */
guint                 gr_overlay_layer_get_n_rasters (GrOverlayLayer      *self);
/* Device pixels per logical pixel of the instruments' raster as last
 * drawn: the widget's scale, or 1 during a drag on a HiDPI screen. */
int                   gr_overlay_layer_get_raster_scale (GrOverlayLayer *self);
/* Times the offline map's place names were drawn (over the instruments). */
guint                 gr_overlay_layer_get_n_name_rasters (GrOverlayLayer *self);
/* Tiles of the kept raster that its last drawing changed, and all of them:
 * GTK repaints only the changed ones. */
void                  gr_overlay_layer_get_changed_tiles (GrOverlayLayer *self,
                                                          guint          *changed,
                                                          guint          *total);
/* Microseconds the last snapshot spent, painters included, for benchmarks. */
gint64                gr_overlay_layer_get_last_draw_us (GrOverlayLayer    *self);

G_END_DECLS
