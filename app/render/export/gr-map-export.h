/* gr-map-export.h — the whole scenario map as one page: PNG, PDF or SVG
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

#define GR_MAP_EXPORT_DEFAULT_WIDTH 1920
#define GR_MAP_EXPORT_DEFAULT_HEIGHT 1080

/* The map of the view into cr (origin at the view's corner): the base
 * map, the instruments @style shows, then the place names over them,
 * making way for the instruments' text, as on screen.  basemap may be
 * NULL: instruments only. */
void     gr_map_draw_layers   (cairo_t              *cr,
                               const GrMapView      *view,
                               GrBasemap            *basemap,
                               GrBasemapStyle        basemap_style,
                               const GrScenario     *scenario,
                               const GrMetrics      *metrics,
                               const GrOverlayStyle *style);

/* Where the map's labels went, in the view's device units: the
 * instruments' text, symbols (cairo_rectangle_t) and leader lines
 * (GrOverlaySegment), and the place names drawn (cairo_rectangle_t).
 * New arrays, freed with gr_map_label_log_clear(). */
typedef struct
{
  GArray *texts;
  GArray *symbols;
  GArray *leaders;
  GArray *names;
} GrMapLabelLog;

void     gr_map_label_log_clear (GrMapLabelLog      *log);

/* gr_map_draw_layers(), filling @log (with a base map only; may be NULL). */
void     gr_map_draw_layers_logged (cairo_t              *cr,
                                    const GrMapView      *view,
                                    GrBasemap            *basemap,
                                    GrBasemapStyle        basemap_style,
                                    const GrScenario     *scenario,
                                    const GrMetrics      *metrics,
                                    const GrOverlayStyle *style,
                                    GrMapLabelLog        *log);

/* What a map page shows. */
typedef struct
{
  const GrScenario *scenario;
  const GrMetrics *metrics;      /* may be NULL */
  GrBasemap *basemap;            /* may be NULL: overlays on a plain sea colour */
  GrOverlayLayers layers;
  GrMapLabelLog *log;            /* may be NULL: where the map's labels went */
  const GrScenario *ghost;       /* may be NULL: a compared scenario, as outlines */
} GrMapPage;

/* The view of a map area of width × height user units under the title band
 * (whose height goes to *map_top): Ukraine and the Black Sea framed, the
 * zoom computed to fit. */
void     gr_map_page_get_view (double           width,
                               double           height,
                               GrMapView       *view,
                               double          *map_top);
/* Draws the page (title, base map, visible layers, legend, scale bar,
 * attribution) into width × height user units; a GrDrawFunc. */
void     gr_map_page_draw     (cairo_t         *cr,
                               double           width,
                               double           height,
                               gpointer         page);

/* Writes the page to path; the format comes from the extension (.png,
 * .pdf, .svg).  width × height are pixels or points (0 for the default
 * 1920 × 1080). */
gboolean gr_map_export        (const GrScenario *scenario,
                               const GrMetrics  *metrics,
                               GrBasemap        *basemap,
                               GrOverlayLayers   layers,
                               const char       *path,
                               int               width,
                               int               height,
                               GError          **error);
/* The same for a page of one's own (a compared scenario's ghost, say). */
gboolean gr_map_export_page   (const GrMapPage  *page,
                               const char       *path,
                               int               width,
                               int               height,
                               GError          **error);

G_END_DECLS
