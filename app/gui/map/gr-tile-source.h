/* gr-tile-source.h — the offline map source: tiles drawn by the base-map painter off the main thread
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

#include "gr-basemap.h"

G_BEGIN_DECLS

#define GR_TYPE_TILE_SOURCE (gr_tile_source_get_type ())

G_DECLARE_FINAL_TYPE (GrTileSource, gr_tile_source, GR, TILE_SOURCE, ShumateMapSource)

#define GR_TILE_SOURCE_MIN_ZOOM 3
#define GR_TILE_SOURCE_MAX_ZOOM 11
/* Pixels kept by tiles not shown in the last second: 64 tiles at 256 px,
 * 16 at 512 px (HiDPI); libshumate alone would keep 100 of either. */
#define GR_TILE_SOURCE_CACHE_LIMIT (16 * 1024 * 1024)

/* basemap may be NULL while the geodata is still loading: fills wait until
 * gr_tile_source_set_basemap() gives one.  scale_factor is the widget's
 * (2 on HiDPI: textures are drawn at 512 px for 256 px tiles). */
GrTileSource *gr_tile_source_new           (GrBasemap      *basemap,
                                            GrBasemapStyle  style,
                                            int             scale_factor);
void          gr_tile_source_set_basemap   (GrTileSource   *self,
                                            GrBasemap      *basemap);
void          gr_tile_source_cancel_waiting (GrTileSource  *self);
GrBasemap    *gr_tile_source_get_basemap   (GrTileSource   *self);
GrBasemapStyle gr_tile_source_get_style    (GrTileSource   *self);
int           gr_tile_source_get_scale_factor (GrTileSource *self);
void          gr_tile_source_set_paint_surfaces (GrTileSource *self,
                                                 gboolean      paint_surfaces);
gboolean      gr_tile_source_get_paint_surfaces (GrTileSource *self);
void          gr_tile_source_set_view           (GrTileSource    *self,
                                                 const GrMapView *view);
/* Fills asked for and not yet completed; notifies "n-pending". */
guint         gr_tile_source_get_n_pending (GrTileSource   *self);
/* Fills completed with a texture since the source was made. */
guint         gr_tile_source_get_n_filled  (GrTileSource   *self);
void          gr_tile_source_set_cache_limit (GrTileSource *self,
                                              gsize         bytes,
                                              gint64        keep_shown_us);
gsize         gr_tile_source_get_cache_bytes (GrTileSource *self);

G_END_DECLS
