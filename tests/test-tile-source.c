/* test-tile-source.c — a filled tile draws the same pixels as a cairo node and as a texture
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (GTK needs a display to make a renderer).  The offline
 * source fills one real tile over Ukraine; its paintable is snapshot once
 * with the source's paint-surfaces switch off (a texture node, what GL
 * renderers get) and once with it on (a cairo node painting the tile's
 * surface, what the cairo renderer gets), and both nodes are rendered by a
 * cairo renderer.  The two must be the same pixels, and on HiDPI both must
 * be exactly the tile's own 512 px texture, one device pixel per texel:
 * the switch is a speed-up, never a change of look.  Two neighbours drawn
 * at a fractional zoom leave no seam between them.  A source with a small
 * byte budget keeps within it and redraws the same pixels on demand.  A
 * tile outside the map's view draws nothing and keeps only its packed
 * runs, and shows the same pixels when it comes back into view.  Under a
 * GL renderer the tile is a GL texture of the same pixels.
 */

#include "config.h"

#include <gtk/gtk.h>

#include "gr-geodata.h"
#include "gr-tile-source.h"

#include "display-fixture.h"
#include "gl-current.h"

static GrBasemap *shared_basemap;

static GrBasemap *
get_basemap (void)
{
  if (shared_basemap == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GrGeodata) geo = gr_geodata_load (&error);

      g_assert_no_error (error);
      shared_basemap = gr_basemap_new (geo);
    }
  return shared_basemap;
}

static void
filled_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (shumate_map_source_fill_tile_finish (SHUMATE_MAP_SOURCE (source),
                                                      result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* Zoom 6 tile (x, 22); x = 37: 28.1–33.8° E, 45.1–48.9° N, Ukraine's
 * south with the Black Sea coast, so it has land, sea, borders and labels. */
static ShumateTile *
fill_tile_at (GrTileSource *source,
              guint         x)
{
  ShumateTile *tile = shumate_tile_new_full (x, 22, 256, 6);
  gboolean done = FALSE;

  shumate_map_source_fill_tile_async (SHUMATE_MAP_SOURCE (source), tile, NULL,
                                      filled_cb, &done);
  wait_until (wait_flag, &done, "the tile to be filled");
  g_assert_cmpint (shumate_tile_get_state (tile), ==, SHUMATE_STATE_DONE);
  g_assert_nonnull (shumate_tile_get_paintable (tile));
  return tile;
}

static ShumateTile *
fill_tile (GrTileSource *source)
{
  return fill_tile_at (source, 37);
}

/* Renders @paintable at 256 × 256 logical pixels, @scale device pixels
 * each, and returns the render node's type and the pixels. */
static GBytes *
render (GrTileSource  *source,
        GdkPaintable  *paintable,
        gboolean       paint_surfaces,
        int            scale,
        GskRenderNodeType *type)
{
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderNode *child;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  int size = 256 * scale;
  guchar *pixels = g_malloc (size * size * 4);

  gr_tile_source_set_paint_surfaces (source, paint_surfaces);
  g_assert_true (gr_tile_source_get_paint_surfaces (source) == paint_surfaces);
  gtk_snapshot_scale (snapshot, scale, scale);
  gdk_paintable_snapshot (paintable, snapshot, 256, 256);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  child = node;
  if (gsk_render_node_get_node_type (child) == GSK_TRANSFORM_NODE)
    child = gsk_transform_node_get_child (child);
  *type = gsk_render_node_get_node_type (child);

  g_assert_true (gsk_renderer_realize (renderer, NULL, &error));
  g_assert_no_error (error);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, size, size));
  gsk_renderer_unrealize (renderer);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, size);
  gdk_texture_download (texture, pixels, size * 4);
  return g_bytes_new_take (pixels, size * size * 4);
}

/* The tile must not be one flat colour, or equal pixels would prove little. */
static void
assert_not_flat (GBytes *pixels)
{
  gsize n;
  const guint32 *p = g_bytes_get_data (pixels, &n);
  guint distinct = 0;

  for (gsize i = 1; i < n / 4 && distinct < 10; i++)
    distinct += p[i] != p[i - 1];
  g_assert_cmpuint (distinct, >=, 10);
}

/* Downloads @texture, which must be @side pixels square. */
static GBytes *
download (GdkTexture *texture,
          int         side)
{
  guchar *pixels = g_malloc ((gsize) side * side * 4);

  g_assert_cmpint (gdk_texture_get_width (texture), ==, side);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, side);
  gdk_texture_download (texture, pixels, (gsize) side * 4);
  return g_bytes_new_take (pixels, (gsize) side * side * 4);
}

/* The texture node snapshotting @paintable appends, with textures. */
static GskRenderNode *
snapshot_texture_node (GdkPaintable *paintable)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  GskRenderNode *node;

  gdk_paintable_snapshot (paintable, snapshot, 256, 256);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  g_assert_cmpint (gsk_render_node_get_node_type (node), ==, GSK_TEXTURE_NODE);
  return node;
}

static void
test_same_pixels (gconstpointer data)
{
  int scale = GPOINTER_TO_INT (data);
  g_autoptr(GrTileSource) source = gr_tile_source_new (get_basemap (),
                                                       GR_BASEMAP_STYLE_LIGHT, scale);
  g_autoptr(ShumateTile) tile = fill_tile (source);
  GdkPaintable *paintable = shumate_tile_get_paintable (tile);
  g_autoptr(GBytes) as_texture = NULL;
  g_autoptr(GBytes) as_surface = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GBytes) texels = NULL;
  GskRenderNodeType type;

  /* The paintable's size is the tile's, in logical pixels, at any scale. */
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 256);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (paintable), ==, 256);

  as_texture = render (source, paintable, FALSE, scale, &type);
  g_assert_cmpint (type, ==, GSK_TEXTURE_NODE);
  as_surface = render (source, paintable, TRUE, scale, &type);
  g_assert_cmpint (type, ==, GSK_CAIRO_NODE);

  assert_not_flat (as_texture);
  g_assert_true (g_bytes_equal (as_texture, as_surface));

  /* One device pixel per texel: the render is the texture itself. */
  gr_tile_source_set_paint_surfaces (source, FALSE);
  node = snapshot_texture_node (paintable);
  texels = download (gsk_texture_node_get_texture (node), 256 * scale);
  g_assert_true (g_bytes_equal (texels, as_surface));
}

/* Two neighbouring tiles as libshumate draws them at a fractional zoom:
 * each scaled to a size and placed at an offset that are no whole
 * pixels.  Under the cairo renderer the pixels their shared edge crosses
 * must be covered whole, or what lies under the map shows through as a
 * hairline: drawn over black and over white, the map is the same. */
static GBytes *
render_pair (GdkPaintable *left,
             GdkPaintable *right,
             float         background)
{
  const double size = 256 * 1.37, x0 = 0.3;
  const int width = 2 * 256 * 1.37 - 2, height = 256 * 1.37 - 2;
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  guchar *pixels = g_malloc ((gsize) width * height * 4);

  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { background, background, background, 1 },
                             &GRAPHENE_RECT_INIT (0, 0, width + 4, height + 4));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x0, x0));
  gdk_paintable_snapshot (left, snapshot, size, size);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (size, 0));
  gdk_paintable_snapshot (right, snapshot, size, size);
  gtk_snapshot_restore (snapshot);
  node = gtk_snapshot_free_to_node (snapshot);

  g_assert_true (gsk_renderer_realize (renderer, NULL, &error));
  g_assert_no_error (error);
  /* Inside both tiles: from their top left corner's first whole pixel. */
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (1, 1, width, height));
  gsk_renderer_unrealize (renderer);
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  return g_bytes_new_take (pixels, (gsize) width * height * 4);
}

static void
test_no_seam (void)
{
  g_autoptr(GrTileSource) source = gr_tile_source_new (get_basemap (),
                                                       GR_BASEMAP_STYLE_LIGHT, 1);
  g_autoptr(ShumateTile) left = fill_tile_at (source, 37);
  g_autoptr(ShumateTile) right = fill_tile_at (source, 38);
  g_autoptr(GBytes) over_black = NULL;
  g_autoptr(GBytes) over_white = NULL;

  gr_tile_source_set_paint_surfaces (source, TRUE);
  over_black = render_pair (shumate_tile_get_paintable (left),
                            shumate_tile_get_paintable (right), 0);
  over_white = render_pair (shumate_tile_get_paintable (left),
                            shumate_tile_get_paintable (right), 1);
  assert_not_flat (over_black);
  g_assert_true (g_bytes_equal (over_black, over_white));
}

/* Whether snapshotting @paintable appends anything. */
static gboolean
draws_anything (GdkPaintable *paintable)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  gdk_paintable_snapshot (paintable, snapshot, 256, 256);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  return node != NULL;
}

static void
set_view (GrTileSource *source,
          double        zoom,
          double        x,
          double        y,
          double        width,
          double        height)
{
  GrMapView view = { .zoom = zoom, .x = x, .y = y, .width = width, .height = height };

  gr_tile_source_set_view (source, &view);
}

/* Outside the view a tile draws nothing and keeps only its runs, a small
 * part of its pixels; in view again it shows the very same pixels. */
static void
test_stow (gconstpointer data)
{
  gboolean paint_surfaces = GPOINTER_TO_INT (data);
  g_autoptr(GrTileSource) source = gr_tile_source_new (get_basemap (),
                                                       GR_BASEMAP_STYLE_LIGHT, 1);
  g_autoptr(ShumateTile) tile = fill_tile (source);    /* zoom 6, x 37, y 22 */
  GdkPaintable *paintable = shumate_tile_get_paintable (tile);
  const gsize tile_bytes = 256 * 256 * 4;
  const double half = 256 * G_SQRT2;                   /* its side at zoom 6.5 */
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  gsize full, stowed;
  GskRenderNodeType type;

  before = render (source, paintable, paint_surfaces, 1, &type);
  assert_not_flat (before);
  full = gr_tile_source_get_cache_bytes (source);
  g_assert_cmpuint (full, >, tile_bytes);

  /* A view at zoom 6.5 that ends two pixels left of the tile. */
  set_view (source, 6.5, 37 * half - 802, 22 * half, 800, 600);
  g_assert_false (draws_anything (paintable));
  stowed = gr_tile_source_get_cache_bytes (source);
  g_test_message ("tile %zu bytes, packed %zu", tile_bytes, stowed);
  g_assert_cmpuint (stowed, ==, full - tile_bytes);
  g_assert_cmpuint (stowed, <, tile_bytes / 3);

  /* Two pixels further right, the view overlaps the tile's left edge. */
  set_view (source, 6.5, 37 * half - 798, 22 * half, 800, 600);
  g_assert_true (draws_anything (paintable));
  g_assert_cmpuint (gr_tile_source_get_cache_bytes (source), ==, full);

  /* A view past the world's west edge may show tiles wrapped round: all
   * draw, even one far east of it. */
  set_view (source, 6, -100, 22 * 256, 300, 256);
  g_assert_true (draws_anything (paintable));

  /* Below the tile, then no view known: every tile draws. */
  set_view (source, 6, 37 * 256, 23 * 256 + 2, 256, 256);
  g_assert_false (draws_anything (paintable));
  gr_tile_source_set_view (source, NULL);
  after = render (source, paintable, paint_surfaces, 1, &type);
  g_assert_true (g_bytes_equal (before, after));
}

/* The tiles' pixels stay within the source's byte budget: past it the
 * tiles filled longest ago give theirs up, and draw the same pixels again
 * when they are shown. */
static void
test_cache_limit (void)
{
  g_autoptr(GrTileSource) capped = gr_tile_source_new (get_basemap (),
                                                       GR_BASEMAP_STYLE_LIGHT, 1);
  g_autoptr(GrTileSource) plain = gr_tile_source_new (get_basemap (),
                                                      GR_BASEMAP_STYLE_LIGHT, 1);
  const gsize tile_bytes = 256 * 256 * 4;    /* ARGB32, 256 px square */
  gsize kept;
  ShumateTile *tiles[6];
  g_autoptr(ShumateTile) reference = NULL;
  g_autoptr(GBytes) redrawn = NULL;
  g_autoptr(GBytes) expected = NULL;
  GskRenderNodeType type;

  /* No grace for tiles just filled or shown: the budget holds at once.  A
   * tile counts its pixels and its runs, a third more at most here, so
   * three tiles' worth of pixels keeps two tiles. */
  gr_tile_source_set_cache_limit (capped, 3 * tile_bytes, 0);
  for (guint i = 0; i < G_N_ELEMENTS (tiles); i++)
    {
      tiles[i] = fill_tile_at (capped, 34 + i);
      kept = gr_tile_source_get_cache_bytes (capped);
      g_test_message ("%u tiles: %zu bytes", MIN (i + 1, 2), kept);
      g_assert_cmpuint (kept, >=, MIN (i + 1, 2) * tile_bytes);
      g_assert_cmpuint (kept, <=, MIN (i + 1, 2) * tile_bytes * 4 / 3);
    }

  reference = fill_tile_at (plain, 34);
  g_assert_cmpuint (gr_tile_source_get_cache_bytes (plain), >, tile_bytes);
  redrawn = render (capped, shumate_tile_get_paintable (tiles[0]), TRUE, 1, &type);
  expected = render (plain, shumate_tile_get_paintable (reference), TRUE, 1, &type);
  assert_not_flat (expected);
  g_assert_true (g_bytes_equal (redrawn, expected));
  /* Shown again, the first tile counts again, and another gave way. */
  kept = gr_tile_source_get_cache_bytes (capped);
  g_assert_cmpuint (kept, >=, 2 * tile_bytes);
  g_assert_cmpuint (kept, <=, 2 * tile_bytes * 4 / 3);

  /* Tiles that go away take their pixels out of the budget. */
  for (guint i = 0; i < G_N_ELEMENTS (tiles); i++)
    g_object_unref (tiles[i]);
  g_assert_cmpuint (gr_tile_source_get_cache_bytes (capped), ==, 0);
}

/* Under a GL renderer, whose context is current while widgets are
 * snapshot, a tile in view is a GL texture of its own pixels, which the
 * renderer draws as they are, counted in the budget as the surface it
 * replaced; out of view only the runs stay, and in view again the tile is
 * uploaded again, the same. */
static void
test_gl_texture (gconstpointer data)
{
  int scale = GPOINTER_TO_INT (data), side = 256 * scale;
  g_autoptr(GrTileSource) source = gr_tile_source_new (get_basemap (),
                                                       GR_BASEMAP_STYLE_LIGHT, scale);
  g_autoptr(ShumateTile) tile = fill_tile (source);
  GdkPaintable *paintable = shumate_tile_get_paintable (tile);
  const gsize tile_bytes = (gsize) side * side * 4;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) scaled = NULL;
  g_autoptr(GskRenderer) gl = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GskRenderNode) again = NULL;
  g_autoptr(GBytes) as_surface = NULL;
  g_autoptr(GBytes) texels = NULL;
  g_autoptr(GBytes) rendered = NULL;
  g_autoptr(GdkTexture) drawn = NULL;
  GskRenderNodeType type;
  gsize full;

  gl = gl_current_renderer_new ();
  if (gl == NULL)
    return;
  as_surface = render (source, paintable, TRUE, scale, &type);
  assert_not_flat (as_surface);
  full = gr_tile_source_get_cache_bytes (source);

  gr_tile_source_set_paint_surfaces (source, FALSE);
  node = snapshot_texture_node (paintable);
  g_assert_true (GDK_IS_GL_TEXTURE (gsk_texture_node_get_texture (node)));
  texels = download (gsk_texture_node_get_texture (node), side);
  g_assert_true (g_bytes_equal (texels, as_surface));
  gtk_snapshot_scale (snapshot, scale, scale);
  gtk_snapshot_append_node (snapshot, node);
  scaled = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  drawn = gsk_renderer_render_texture (gl, scaled, &GRAPHENE_RECT_INIT (0, 0, side, side));
  rendered = download (drawn, side);
  g_assert_true (g_bytes_equal (rendered, as_surface));
  g_assert_cmpuint (gr_tile_source_get_cache_bytes (source), ==, full);

  /* Out of view, below the tile */
  set_view (source, 6, 37 * 256, 23 * 256 + 2, 256, 256);
  g_assert_false (draws_anything (paintable));
  g_assert_cmpuint (gr_tile_source_get_cache_bytes (source), ==, full - tile_bytes);

  gr_tile_source_set_view (source, NULL);
  again = snapshot_texture_node (paintable);
  g_assert_true (GDK_IS_GL_TEXTURE (gsk_texture_node_get_texture (again)));
  g_clear_pointer (&texels, g_bytes_unref);
  texels = download (gsk_texture_node_get_texture (again), side);
  g_assert_true (g_bytes_equal (texels, as_surface));

  g_clear_pointer (&node, gsk_render_node_unref);
  g_clear_pointer (&again, gsk_render_node_unref);
  g_clear_object (&tile);
  gsk_renderer_unrealize (gl);
}

int
main (int    argc,
      char **argv)
{
  int ret;

  display_test_init (&argc, &argv);

  g_test_add_data_func ("/tile-source/paintable/same-pixels", GINT_TO_POINTER (1),
                        test_same_pixels);
  g_test_add_data_func ("/tile-source/paintable/same-pixels-hidpi", GINT_TO_POINTER (2),
                        test_same_pixels);
  g_test_add_func ("/tile-source/cache/limit", test_cache_limit);
  g_test_add_func ("/tile-source/paintable/no-seam", test_no_seam);
  g_test_add_data_func ("/tile-source/view/stow-texture", GINT_TO_POINTER (FALSE), test_stow);
  g_test_add_data_func ("/tile-source/view/stow-surface", GINT_TO_POINTER (TRUE), test_stow);
  g_test_add_data_func ("/tile-source/gl/texture", GINT_TO_POINTER (1), test_gl_texture);
  g_test_add_data_func ("/tile-source/gl/texture-hidpi", GINT_TO_POINTER (2), test_gl_texture);
  ret = g_test_run ();
  g_clear_pointer (&shared_basemap, gr_basemap_unref);
  return ret;
}
