/* gr-raster-tiles.c — a raster shown as a grid of kept render nodes, so a frame damages only what changed
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK repaints the part of the window where this frame's render nodes
 * differ from the last frame's, and a node that is the very same object as
 * before differs in nothing.  One node for a whole map-sized raster makes
 * every change to it repaint the whole map: tiles, overlays and all, about
 * 6 ms at 1280 × 800 under the cairo renderer.  Dragging one battery
 * changes a few hundred pixels around it, so the raster is cut into tiles
 * that keep their node while their pixels stay the same.  Comparing the
 * pixels costs far less than repainting them.
 *
 * Each tile copies its pixels into a surface of its own: a node then never
 * keeps a whole raster alive, and the raster can be dropped after
 * update().  Fully transparent tiles (most of the map) get no pixels, and
 * show one shared empty node: GTK 4.8 compares a container's children one
 * for one, and a list that grew or shrank (a ring entering an empty tile)
 * repainted the whole map.
 *
 * A tile keeps only the rectangle its pixels cover.  Most tiles hold a
 * label or the edge of a ring: at 1280 × 800 the overlay's 48 drawn tiles
 * covered 0.87 MB of their 3.0 MB.
 *
 * Under GL a tile's node shows a GL texture of its own (gr-gl-texture.c)
 * where it can.  GTK 4.8's GL renderer packs memory textures of up to 128
 * pixels a side into 512 × 512 atlases and frees an atlas only once most
 * of it went unused: every edit left the changed tiles' old pixels behind
 * in one, and the drag benchmark made 314 atlases of 1 MB, eleven of them
 * still held at its end.  A texture of our own goes with its tile.
 */

#include "config.h"

#include "gr-raster-tiles.h"

#include "gr-gl-texture.h"
#include "gr-texture.h"

#include <string.h>

/* Logical pixels per side of a tile. */
#define TILE_SIZE 128

typedef struct
{
  int x, y, width, height;    /* device pixels, from the tile's corner */
} Area;

typedef struct
{
  cairo_surface_t *surface;   /* NULL: fully transparent */
  GskRenderNode *node;        /* NULL with surface */
  Area kept;                  /* what the surface holds of the tile */
} Tile;

struct _GrRasterTiles
{
  GskRenderNode *empty;       /* what a transparent tile shows */
  Tile *tiles;
  guint n_columns;
  guint n_rows;
  int width;                  /* device pixels */
  int height;
  int scale;
  gboolean for_gl;
};

GrRasterTiles *
gr_raster_tiles_new (void)
{
  GrRasterTiles *self = g_new0 (GrRasterTiles, 1);

  self->empty = gsk_container_node_new (NULL, 0);
  return self;
}

void
gr_raster_tiles_clear (GrRasterTiles *self)
{
  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->n_columns * self->n_rows; i++)
    {
      g_clear_pointer (&self->tiles[i].surface, cairo_surface_destroy);
      g_clear_pointer (&self->tiles[i].node, gsk_render_node_unref);
    }
  g_clear_pointer (&self->tiles, g_free);
  self->n_columns = self->n_rows = 0;
  self->width = self->height = 0;
}

void
gr_raster_tiles_free (GrRasterTiles *self)
{
  if (self == NULL)
    return;
  gr_raster_tiles_clear (self);
  gsk_render_node_unref (self->empty);
  g_free (self);
}

/* Clear pixels to compare with: memcmp() compares many at a time. */
static const guint32 clear_pixels[256];

static gboolean
row_is_clear (const guint32 *row,
              int            from,
              int            to)
{
  while (to - from > 0)
    {
      int n = MIN (to - from, (int) G_N_ELEMENTS (clear_pixels));

      if (memcmp (row + from, clear_pixels, (gsize) n * 4) != 0)
        return FALSE;
      from += n;
    }
  return TRUE;
}

static const guint32 *
row_at (const guint8 *data,
        int           stride,
        int           y)
{
  return (const guint32 *) (data + (gsize) y * stride);
}

static gboolean
area_is_clear (const guint8 *data,
               int           stride,
               int           width,
               int           height)
{
  for (int y = 0; y < height; y++)
    if (!row_is_clear (row_at (data, stride, y), 0, width))
      return FALSE;
  return TRUE;
}

/* The smallest rectangle outside which the width × height pixels at @data
 * are clear, grown to whole logical pixels at @scale; FALSE when all are. */
static gboolean
area_covered (const guint8 *data,
              int           stride,
              int           width,
              int           height,
              int           scale,
              Area         *covered)
{
  int top = 0, bottom = height, left = width, right = 0;

  while (top < height && row_is_clear (row_at (data, stride, top), 0, width))
    top++;
  if (top == height)
    return FALSE;
  while (row_is_clear (row_at (data, stride, bottom - 1), 0, width))
    bottom--;
  for (int y = top; y < bottom; y++)
    {
      const guint32 *row = row_at (data, stride, y);

      for (int x = 0; x < left; x++)
        if (row[x] != 0)
          {
            left = x;
            break;
          }
      for (int x = width - 1; x >= right; x--)
        if (row[x] != 0)
          {
            right = x + 1;
            break;
          }
    }
  /* Whole logical pixels, so that the node's bounds fall on them. */
  left -= left % scale;
  top -= top % scale;
  right = MIN (width, right + (scale - right % scale) % scale);
  bottom = MIN (height, bottom + (scale - bottom % scale) % scale);
  *covered = (Area) { left, top, right - left, bottom - top };
  return TRUE;
}

/* Whether the width × height pixels at @data are what @tile keeps. */
static gboolean
tile_shows (const Tile   *tile,
            const guint8 *data,
            int           stride,
            int           width,
            int           height)
{
  const guint8 *kept = cairo_image_surface_get_data (tile->surface);
  int kept_stride = cairo_image_surface_get_stride (tile->surface);
  const Area *k = &tile->kept;

  for (int y = 0; y < height; y++)
    {
      const guint32 *row = row_at (data, stride, y);

      if (y < k->y || y >= k->y + k->height)
        {
          if (!row_is_clear (row, 0, width))
            return FALSE;
          continue;
        }
      if (!row_is_clear (row, 0, k->x) || !row_is_clear (row, k->x + k->width, width) ||
          memcmp (row + k->x, kept + (gsize) (y - k->y) * kept_stride, (gsize) k->width * 4) != 0)
        return FALSE;
    }
  return TRUE;
}

static cairo_surface_t *
copy_area (const guint8 *data,
           int           stride,
           int           width,
           int           height,
           int           scale)
{
  cairo_surface_t *copy = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  guint8 *to = cairo_image_surface_get_data (copy);
  int to_stride = cairo_image_surface_get_stride (copy);

  for (int y = 0; y < height; y++)
    memcpy (to + (gsize) y * to_stride, data + (gsize) y * stride, (gsize) width * 4);
  cairo_surface_mark_dirty (copy);
  cairo_surface_set_device_scale (copy, scale, scale);
  return copy;
}

static GskRenderNode *
tile_node (cairo_surface_t       *surface,
           const graphene_rect_t *bounds,
           gboolean               for_gl)
{
  GskRenderNode *node;
  cairo_t *cr;

  if (for_gl)
    {
      /* The surface stays: the next update() compares with it. */
      g_autoptr(GdkTexture) texture = gr_gl_texture_upload (surface);

      if (texture == NULL)
        texture = gr_texture_new_for_surface (surface);
      return gsk_texture_node_new (texture, bounds);
    }
  /* Under the cairo renderer a texture would be converted back to a
   * surface on every frame; a cairo node paints ours as it is. */
  node = gsk_cairo_node_new (bounds);
  cr = gsk_cairo_node_get_draw_context (node);
  cairo_set_source_surface (cr, surface, bounds->origin.x, bounds->origin.y);
  cairo_paint (cr);
  cairo_destroy (cr);
  return node;
}

guint
gr_raster_tiles_update (GrRasterTiles   *self,
                        cairo_surface_t *raster,
                        int              scale,
                        gboolean         for_gl,
                        gboolean         same_place)
{
  int width, height, stride, side = TILE_SIZE * MAX (scale, 1);
  const guint8 *data;
  guint changed = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (raster != NULL, 0);
  g_return_val_if_fail (cairo_image_surface_get_format (raster) == CAIRO_FORMAT_ARGB32, 0);

  cairo_surface_flush (raster);
  width = cairo_image_surface_get_width (raster);
  height = cairo_image_surface_get_height (raster);
  stride = cairo_image_surface_get_stride (raster);
  data = cairo_image_surface_get_data (raster);

  if (!same_place || width != self->width || height != self->height ||
      scale != self->scale || for_gl != self->for_gl)
    {
      gr_raster_tiles_clear (self);
      self->width = width;
      self->height = height;
      self->scale = scale;
      self->for_gl = for_gl;
      self->n_columns = (width + side - 1) / side;
      self->n_rows = (height + side - 1) / side;
      self->tiles = g_new0 (Tile, self->n_columns * self->n_rows);
    }

  for (guint row = 0; row < self->n_rows; row++)
    for (guint column = 0; column < self->n_columns; column++)
      {
        Tile *tile = &self->tiles[row * self->n_columns + column];
        int x = column * side, y = row * side;
        int w = MIN (side, width - x), h = MIN (side, height - y);
        const guint8 *area = data + (gsize) y * stride + (gsize) x * 4;
        Area *k = &tile->kept;
        graphene_rect_t bounds;

        if (tile->surface != NULL ? tile_shows (tile, area, stride, w, h)
                                  : area_is_clear (area, stride, w, h))
          continue;
        changed++;
        g_clear_pointer (&tile->surface, cairo_surface_destroy);
        g_clear_pointer (&tile->node, gsk_render_node_unref);
        if (!area_covered (area, stride, w, h, MAX (scale, 1), k))
          continue;
        tile->surface = copy_area (area + (gsize) k->y * stride + (gsize) k->x * 4, stride,
                                   k->width, k->height, scale);
        graphene_rect_init (&bounds, (double) (x + k->x) / scale, (double) (y + k->y) / scale,
                            (double) k->width / scale, (double) k->height / scale);
        tile->node = tile_node (tile->surface, &bounds, for_gl);
      }
  return changed;
}

void
gr_raster_tiles_snapshot (GrRasterTiles *self,
                          GtkSnapshot   *snapshot,
                          double         x,
                          double         y)
{
  g_return_if_fail (self != NULL);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  for (guint i = 0; i < self->n_columns * self->n_rows; i++)
    gtk_snapshot_append_node (snapshot, self->tiles[i].node != NULL ? self->tiles[i].node
                                                                    : self->empty);
  gtk_snapshot_restore (snapshot);
}

guint
gr_raster_tiles_get_n_tiles (GrRasterTiles *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_columns * self->n_rows;
}

gsize
gr_raster_tiles_get_kept_bytes (GrRasterTiles *self)
{
  gsize bytes = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->n_columns * self->n_rows; i++)
    if (self->tiles[i].surface != NULL)
      bytes += (gsize) cairo_image_surface_get_stride (self->tiles[i].surface) *
               cairo_image_surface_get_height (self->tiles[i].surface);
  return bytes;
}
