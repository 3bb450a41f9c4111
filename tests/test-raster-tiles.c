/* test-raster-tiles.c — a raster cut into tiles shows the same pixels, keeps only what they cover and tells what changed
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "gr-raster-tiles.h"

#include "gl-current.h"

/* Two tiles by two at 128 logical pixels; less than that down and right. */
#define WIDTH 200
#define HEIGHT 180

typedef struct
{
  int x, y, width, height;   /* logical pixels */
  guint32 pixel;             /* premultiplied ARGB */
} Spot;

static cairo_surface_t *
make_raster (int         scale,
             const Spot *spots,
             guint       n_spots)
{
  cairo_surface_t *raster = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH * scale,
                                                        HEIGHT * scale);
  guint8 *data = cairo_image_surface_get_data (raster);
  int stride = cairo_image_surface_get_stride (raster);

  cairo_surface_flush (raster);
  for (guint i = 0; i < n_spots; i++)
    for (int y = spots[i].y * scale; y < (spots[i].y + spots[i].height) * scale; y++)
      for (int x = spots[i].x * scale; x < (spots[i].x + spots[i].width) * scale; x++)
        memcpy (data + (gsize) y * stride + (gsize) x * 4, &spots[i].pixel, 4);
  cairo_surface_mark_dirty (raster);
  cairo_surface_set_device_scale (raster, scale, scale);
  return raster;
}

/* What the tiles' nodes paint, in device pixels, compared with @raster. */
static void
assert_shows (GrRasterTiles   *tiles,
              cairo_surface_t *raster,
              int              scale)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *shown = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH * scale,
                                                       HEIGHT * scale);
  int stride = cairo_image_surface_get_stride (shown);
  cairo_t *cr;

  gr_raster_tiles_snapshot (tiles, snapshot, 0, 0);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  cr = cairo_create (shown);
  cairo_scale (cr, scale, scale);
  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (shown);
  cairo_surface_flush (raster);
  g_assert_cmpint (cairo_image_surface_get_stride (raster), ==, stride);
  g_assert_cmpmem (cairo_image_surface_get_data (shown), (gsize) stride * HEIGHT * scale,
                   cairo_image_surface_get_data (raster), (gsize) stride * HEIGHT * scale);
  cairo_surface_destroy (shown);
}

/* A spot in one tile keeps its own rectangle and no more; one across the
 * four tiles keeps a piece in each.  Both renderers' nodes show the raster. */
static void
test_kept (gconstpointer data)
{
  int scale = GPOINTER_TO_INT (data);
  const Spot dot = { 140, 20, 10, 6, 0xff2060a0 };
  const Spot cross = { 120, 100, 20, 40, 0x80402010 };

  for (int for_gl = 0; for_gl <= 1; for_gl++)
    {
      g_autoptr(GrRasterTiles) tiles = gr_raster_tiles_new ();
      cairo_surface_t *raster = make_raster (scale, &dot, 1);

      g_assert_cmpuint (gr_raster_tiles_update (tiles, raster, scale, for_gl, FALSE), ==, 1);
      g_assert_cmpuint (gr_raster_tiles_get_n_tiles (tiles), ==, 4);
      g_assert_cmpuint (gr_raster_tiles_get_kept_bytes (tiles), ==,
                        (gsize) dot.width * dot.height * scale * scale * 4);
      assert_shows (tiles, raster, scale);
      cairo_surface_destroy (raster);

      raster = make_raster (scale, &cross, 1);
      g_assert_cmpuint (gr_raster_tiles_update (tiles, raster, scale, for_gl, FALSE), ==, 4);
      g_assert_cmpuint (gr_raster_tiles_get_kept_bytes (tiles), ==,
                        (gsize) cross.width * cross.height * scale * scale * 4);
      assert_shows (tiles, raster, scale);
      cairo_surface_destroy (raster);
    }
}

/* A spot on half a logical pixel grows to the whole pixel, so that a
 * node's bounds fall on logical pixels. */
static void
test_whole_pixels (void)
{
  g_autoptr(GrRasterTiles) tiles = gr_raster_tiles_new ();
  cairo_surface_t *raster = make_raster (2, NULL, 0);
  guint8 *data = cairo_image_surface_get_data (raster);
  int stride = cairo_image_surface_get_stride (raster);
  guint32 pixel = 0xffffffff;

  /* device pixel (11, 7): logical (5.5, 3.5) */
  memcpy (data + 7 * stride + 11 * 4, &pixel, 4);
  cairo_surface_mark_dirty (raster);
  g_assert_cmpuint (gr_raster_tiles_update (tiles, raster, 2, FALSE, FALSE), ==, 1);
  g_assert_cmpuint (gr_raster_tiles_get_kept_bytes (tiles), ==, 2 * 2 * 4);
  assert_shows (tiles, raster, 2);
  cairo_surface_destroy (raster);
}

/* In the same place, a tile changes when a pixel outside what it keeps
 * does, and not when nothing does. */
static void
test_changes (void)
{
  g_autoptr(GrRasterTiles) tiles = gr_raster_tiles_new ();
  const Spot spots[] = {
    { 10, 10, 4, 4, 0xff000000 },
    { 100, 110, 3, 3, 0xff00ff00 },   /* same tile, outside the first's rectangle */
    { 12, 12, 1, 1, 0xffff0000 },     /* inside it */
  };
  cairo_surface_t *raster = make_raster (1, spots, 1);

  g_assert_cmpuint (gr_raster_tiles_update (tiles, raster, 1, TRUE, FALSE), ==, 1);
  cairo_surface_destroy (raster);
  raster = make_raster (1, spots, 1);
  g_assert_cmpuint (gr_raster_tiles_update (tiles, raster, 1, TRUE, TRUE), ==, 0);
  cairo_surface_destroy (raster);

  raster = make_raster (1, spots, 2);
  g_assert_cmpuint (gr_raster_tiles_update (tiles, raster, 1, TRUE, TRUE), ==, 1);
  g_assert_cmpuint (gr_raster_tiles_get_kept_bytes (tiles), ==, (gsize) 93 * 103 * 4);
  assert_shows (tiles, raster, 1);
  cairo_surface_destroy (raster);

  raster = make_raster (1, spots, 3);
  g_assert_cmpuint (gr_raster_tiles_update (tiles, raster, 1, TRUE, TRUE), ==, 1);
  assert_shows (tiles, raster, 1);
  cairo_surface_destroy (raster);

  /* All clear again: the tile keeps nothing. */
  raster = make_raster (1, NULL, 0);
  g_assert_cmpuint (gr_raster_tiles_update (tiles, raster, 1, TRUE, TRUE), ==, 1);
  g_assert_cmpuint (gr_raster_tiles_get_kept_bytes (tiles), ==, 0);
  assert_shows (tiles, raster, 1);
  cairo_surface_destroy (raster);
}

/* Under a GL renderer, whose context is current while widgets are
 * snapshot, tiles show GL textures of their own pixels: GTK would pack
 * memory textures this small into atlases that outlive them. */
static void
test_gl (void)
{
  g_autoptr(GrRasterTiles) tiles = gr_raster_tiles_new ();
  g_autoptr(GskRenderer) gl = gl_current_renderer_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  const Spot spots[] = {
    { 10, 10, 40, 30, 0xff2060a0 },
    { 150, 100, 30, 50, 0x80402010 },   /* over two tiles */
  };
  cairo_surface_t *raster;
  guint n_gl = 0;

  if (gl == NULL)
    return;

  raster = make_raster (1, spots, G_N_ELEMENTS (spots));
  g_assert_cmpuint (gr_raster_tiles_update (tiles, raster, 1, TRUE, FALSE), ==, 3);
  gr_raster_tiles_snapshot (tiles, snapshot, 0, 0);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
    {
      GskRenderNode *child = gsk_container_node_get_child (node, i);

      if (gsk_render_node_get_node_type (child) == GSK_TEXTURE_NODE)
        n_gl += GDK_IS_GL_TEXTURE (gsk_texture_node_get_texture (child));
    }
  g_assert_cmpuint (n_gl, ==, 3);
  assert_shows (tiles, raster, 1);
  cairo_surface_destroy (raster);

  /* The textures go while their context is still the renderer's. */
  g_clear_pointer (&node, gsk_render_node_unref);
  gr_raster_tiles_clear (tiles);
  gsk_renderer_unrealize (gl);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* registers the render node types */
  gtk_init ();

  g_test_add_data_func ("/raster-tiles/kept/scale-1", GINT_TO_POINTER (1), test_kept);
  g_test_add_data_func ("/raster-tiles/kept/scale-2", GINT_TO_POINTER (2), test_kept);
  g_test_add_func ("/raster-tiles/kept/whole-pixels", test_whole_pixels);
  g_test_add_func ("/raster-tiles/changes", test_changes);
  g_test_add_func ("/raster-tiles/gl", test_gl);
  return g_test_run ();
}
