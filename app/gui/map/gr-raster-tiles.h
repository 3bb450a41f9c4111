/* gr-raster-tiles.h — a raster shown as a grid of kept render nodes, so a frame damages only what changed
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _GrRasterTiles GrRasterTiles;

GrRasterTiles *gr_raster_tiles_new          (void);
void           gr_raster_tiles_free         (GrRasterTiles   *self);

/* Cuts @raster (an ARGB32 image surface with a device scale of @scale)
 * into tiles of its own.  With @same_place, @raster covers exactly what the
 * previous one covered: a tile whose pixels did not change keeps its node,
 * so GTK sees the same node and repaints nothing there.  Fully transparent
 * tiles get no node.  @for_gl makes texture nodes (GL renderers), of GL
 * textures when a GL context is current (call it while snapshotting),
 * else cairo nodes.  @raster is not kept.  Returns how many tiles
 * changed. */
guint          gr_raster_tiles_update       (GrRasterTiles   *self,
                                             cairo_surface_t *raster,
                                             int              scale,
                                             gboolean         for_gl,
                                             gboolean         same_place);
/* Appends the tiles' nodes, the raster's top-left corner at (x, y). */
void           gr_raster_tiles_snapshot     (GrRasterTiles   *self,
                                             GtkSnapshot     *snapshot,
                                             double           x,
                                             double           y);
void           gr_raster_tiles_clear        (GrRasterTiles   *self);
/* Tiles of the last raster. */
guint          gr_raster_tiles_get_n_tiles  (GrRasterTiles   *self);
/* Bytes of pixels the tiles keep: each keeps the rectangle its pixels
 * cover, in whole logical pixels. */
gsize          gr_raster_tiles_get_kept_bytes (GrRasterTiles *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrRasterTiles, gr_raster_tiles_free)

G_END_DECLS
