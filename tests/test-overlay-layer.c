/* test-overlay-layer.c — the overlay layer's kept raster follows every edit and shows a pan as drawn afresh
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb.  The layer alone (no tiles, so every pixel is ours) sits
 * in a 640 × 480 window over a viewport on Kharkiv at zoom 7 with the
 * bundled baseline.  The layer keeps its painters' raster between frames;
 * these tests check that it is drawn afresh when the scenario changes (a
 * moved battery shows at its new place, a longer range moves the ring) and
 * that a pan by whole pixels, which reuses it shifted, shows the pixels a
 * fresh drawing of the panned view shows (to within one level of 255 on a
 * few anti-aliased edge pixels, see assert_within_one_level).  The raster
 * is shown as tiles that keep their render node while their pixels stay
 * the same: an edit must replace only the tiles it changed, and the tiles
 * must then show exactly what the painters draw for the whole view.
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "gr-overlay-layer.h"
#include "gr-tile-source.h"
#include "map-fixture.h"

#define WIDTH 640
#define HEIGHT 480
#define KHARKIV_BATTERY 7       /* the baseline's IRIS-T at Kharkiv */

typedef struct
{
  GrModel *model;
  GrDocument *document;
  GtkWidget *window;
  ShumateViewport *viewport;
  GrOverlayLayer *layer;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrTileSource) source = gr_tile_source_new (NULL, GR_BASEMAP_STYLE_LIGHT, 1);
  const GrBattery *b;

  f->model = gr_model_new_default (&error);
  g_assert_no_error (error);
  f->document = gr_document_new_from_bundled (f->model, "baseline", &error);
  g_assert_no_error (error);
  b = &g_array_index (gr_document_get_scenario (f->document)->air_defense.batteries,
                      GrBattery, KHARKIV_BATTERY);
  g_assert_cmpstr (b->system, ==, "iris-t-slm");

  f->viewport = shumate_viewport_new ();
  /* a reference source is required; ours never fills here (no map layer) */
  shumate_viewport_set_reference_map_source (f->viewport, SHUMATE_MAP_SOURCE (source));
  shumate_viewport_set_zoom_level (f->viewport, 7);
  shumate_location_set_location (SHUMATE_LOCATION (f->viewport),
                                 b->position.lat, b->position.lon);
  f->layer = gr_overlay_layer_new (f->viewport);
  gr_overlay_layer_set_document (f->layer, f->document);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), WIDTH, HEIGHT);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->layer));
  gtk_window_present (GTK_WINDOW (f->window));
  display_wait_for_frame (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->viewport);
  g_clear_object (&f->document);
  g_clear_pointer (&f->model, gr_model_unref);
}

/* The layer's pixels once the last change has reached the screen. */
static GBytes *
draw (Fixture *f)
{
  g_autoptr(GdkTexture) texture = NULL;
  int w, h;
  guchar *pixels;

  display_wait_for_frame (f->window);
  texture = map_fixture_render (GTK_WIDGET (f->layer));
  g_assert_nonnull (texture);
  w = gdk_texture_get_width (texture);
  h = gdk_texture_get_height (texture);
  pixels = g_malloc ((gsize) w * h * 4);
  gdk_texture_download (texture, pixels, w * 4);
  return g_bytes_new_take (pixels, (gsize) w * h * 4);
}

static guint32
pixel_at (GBytes *pixels,
          int     x,
          int     y)
{
  const guint32 *p = g_bytes_get_data (pixels, NULL);

  g_assert_true (x >= 0 && x < WIDTH && y >= 0 && y < HEIGHT);
  return p[y * WIDTH + x];
}

/* Whether two pixels differ by at most a few levels in every channel: a
 * symbol's letter is drawn from the glyph cache, whose pixels depend a
 * little on the fraction of the pixel the symbol falls on. */
static gboolean
pixels_near (guint32 a,
             guint32 b)
{
  for (int shift = 0; shift < 32; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 8)
      return FALSE;
  return TRUE;
}

/* The painters compute device coordinates as world pixels less the view's
 * origin; from another origin (the raster's, with its margin) the last bits
 * of a double can round the other way and tip an anti-aliased edge pixel by
 * one level of 255, no more, and only here and there. */
static void
assert_within_one_level (GBytes *a,
                         GBytes *b)
{
  gsize n;
  const guint8 *p = g_bytes_get_data (a, &n);
  const guint8 *q = g_bytes_get_data (b, NULL);
  guint differ = 0;

  g_assert_cmpuint (n, ==, g_bytes_get_size (b));
  for (gsize i = 0; i < n; i++)
    {
      g_assert_cmpint (abs (p[i] - q[i]), <=, 1);
      differ += p[i] != q[i];
    }
  /* well under a thousandth of the channels */
  g_assert_cmpuint (differ, <, n / 1000);
}

static void
apply (Fixture    *f,
       const char *label,
       GrEditFunc  edit)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (gr_document_apply (f->document, label, edit, NULL, &error));
  g_assert_no_error (error);
}

static void
battery_device (Fixture *f,
                double  *x,
                double  *y)
{
  const GrBattery *b = &g_array_index (gr_document_get_scenario (f->document)->air_defense.batteries,
                                       GrBattery, KHARKIV_BATTERY);
  GrMapView view;

  gr_overlay_layer_get_view (f->layer, &view);
  gr_map_view_to_device (&view, b->position.lon, b->position.lat, x, y);
}

static void
move_battery (GrScenario *s,
              gpointer    user_data)
{
  GrBattery *b = &g_array_index (s->air_defense.batteries, GrBattery, KHARKIV_BATTERY);

  /* 1° west: 256 · 2^7 / 360 ≈ 91 px at zoom 7, far beyond the symbol's
   * 9 px radius, and still inside the window */
  b->position.lon -= 1.0;
}

static void
test_follows_battery (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  double x0, y0, x1, y1;
  guint n;

  before = draw (f);
  battery_device (f, &x0, &y0);
  n = gr_overlay_layer_get_n_rasters (f->layer);
  apply (f, "Move battery", move_battery);
  after = draw (f);
  battery_device (f, &x1, &y1);

  g_assert_cmpuint (gr_overlay_layer_get_n_rasters (f->layer), >, n);
  g_assert_cmpfloat (x0 - x1, >, 80);
  /* The symbol is opaque: its centre pixel is (nearly) the same wherever
   * it is drawn, and it is now where the battery went and no longer where
   * it was. */
  g_assert_true (pixels_near (pixel_at (after, (int) x1, (int) y1),
                              pixel_at (before, (int) x0, (int) y0)));
  g_assert_false (pixels_near (pixel_at (after, (int) x1, (int) y1),
                               pixel_at (before, (int) x1, (int) y1)));
  g_assert_false (pixels_near (pixel_at (after, (int) x0, (int) y0),
                               pixel_at (before, (int) x0, (int) y0)));
}

static void
longer_range (GrScenario *s,
              gpointer    user_data)
{
  GArray *systems = s->air_defense.systems;

  for (guint i = 0; i < systems->len; i++)
    {
      GrAirDefenseSystem *sys = &g_array_index (systems, GrAirDefenseSystem, i);

      if (g_strcmp0 (sys->id, "iris-t-slm") == 0)
        sys->range_km.value *= 1.5;
    }
}

static void
test_follows_radius (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) fresh = NULL;

  before = draw (f);
  apply (f, "Longer range", longer_range);
  after = draw (f);
  g_assert_false (g_bytes_equal (before, after));

  /* Setting the same style forces a fresh drawing: the kept raster must
   * already have been the new one. */
  gr_overlay_layer_set_style (f->layer, gr_overlay_layer_get_style (f->layer));
  fresh = draw (f);
  g_assert_true (g_bytes_equal (after, fresh));
}

/* What the painters draw for the layer's view, straight onto an image
 * surface: what its tiles must show. */
static GBytes *
paint_afresh (Fixture *f)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  GrMapView view;
  GBytes *pixels;
  cairo_t *cr;

  g_assert_cmpint (cairo_image_surface_get_stride (surface), ==, WIDTH * 4);
  gr_overlay_layer_get_view (f->layer, &view);
  cr = cairo_create (surface);
  gr_overlay_draw_all (cr, &view, gr_document_get_scenario (f->document),
                       gr_document_get_metrics (f->document),
                       gr_overlay_layer_get_style (f->layer));
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixels = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) WIDTH * HEIGHT * 4);
  cairo_surface_destroy (surface);
  return pixels;
}

static void
nudge_battery (GrScenario *s,
               gpointer    user_data)
{
  GrBattery *b = &g_array_index (s->air_defense.batteries, GrBattery, KHARKIV_BATTERY);

  /* 0.05° east: 256 · 2^7 / 360 · 0.05 ≈ 4.6 px at zoom 7, one step of a drag */
  b->position.lon += 0.05;
}

static void
more_factories (GrScenario *s,
              gpointer    user_data)
{
  /* nothing on the map shows the defence industry */
  s->industry.facilities.value += 1;
}

static void
test_edit_changes_few_tiles (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GBytes) shown = NULL;
  g_autoptr(GBytes) painted = NULL;
  guint changed, total;

  g_bytes_unref (draw (f));
  apply (f, "Nudge battery", nudge_battery);
  shown = draw (f);
  gr_overlay_layer_get_changed_tiles (f->layer, &changed, &total);
  /* 640 × 480 in tiles of 128: 5 × 4.  At zoom 7 and 50° N a pixel is
   * 156 543 m · cos 50° / 2^7 ≈ 786 m, so the IRIS-T's largest ring (40 km)
   * is ≈ 102 px across, 107 px with the nudge: at most 2 tiles a side,
   * 3 with the symbol on a tile's edge.  The other 11 tiles stay. */
  g_assert_cmpuint (total, ==, 20);
  g_assert_cmpuint (changed, >, 0);
  g_assert_cmpuint (changed, <=, 9);
  painted = paint_afresh (f);
  g_assert_true (g_bytes_equal (shown, painted));

  /* An edit the map does not show changes no tile. */
  apply (f, "More factories", more_factories);
  g_bytes_unref (draw (f));
  gr_overlay_layer_get_changed_tiles (f->layer, &changed, &total);
  g_assert_cmpuint (changed, ==, 0);
}

/* The steps of a drag draw into the raster the step before drew into,
 * cleared: every step shows what the painters draw afresh, with no trace
 * of where the battery was a step earlier; so does the drop. */
static void
test_drag_steps (Fixture       *f,
                 gconstpointer  data)
{
  g_bytes_unref (draw (f));
  gr_document_begin_edit (f->document, "Drag");
  for (int step = 0; step < 3; step++)
    {
      g_autoptr(GBytes) shown = NULL;
      g_autoptr(GBytes) painted = NULL;

      apply (f, "Nudge battery", nudge_battery);
      shown = draw (f);
      painted = paint_afresh (f);
      g_assert_true (g_bytes_equal (shown, painted));
    }
  gr_document_end_edit (f->document);
  {
    g_autoptr(GBytes) shown = draw (f);
    g_autoptr(GBytes) painted = paint_afresh (f);

    g_assert_true (g_bytes_equal (shown, painted));
  }
}

/* With the offline map's basemap, the layer draws its place names over
 * the instruments (Kharkiv's, whose battery sits on the city's dot, is
 * then visible over the symbol).  The names make way for the instruments'
 * text, but drawing them costs milliseconds: the steps of a drag leave
 * them alone, and the drop draws them again. */
static void
test_place_names (Fixture       *f,
                  gconstpointer  data)
{
  GrTileSource *source = GR_TILE_SOURCE (shumate_viewport_get_reference_map_source (f->viewport));
  g_autoptr(GError) error = NULL;
  GrGeodata *geodata = gr_geodata_load_shared (&error);
  g_autoptr(GrBasemap) basemap = NULL;
  g_autoptr(GBytes) without = NULL;
  g_autoptr(GBytes) with = NULL;
  guint n;

  g_assert_no_error (error);
  basemap = gr_basemap_new (geodata);
  without = draw (f);
  g_assert_cmpuint (gr_overlay_layer_get_n_name_rasters (f->layer), ==, 0);

  gr_tile_source_set_basemap (source, basemap);
  gtk_widget_queue_draw (GTK_WIDGET (f->layer));
  with = draw (f);
  g_assert_cmpuint (gr_overlay_layer_get_n_name_rasters (f->layer), ==, 1);
  g_assert_false (g_bytes_equal (without, with));

  n = gr_overlay_layer_get_n_rasters (f->layer);
  gr_document_begin_edit (f->document, "Drag");
  apply (f, "Nudge battery", nudge_battery);
  g_bytes_unref (draw (f));
  apply (f, "Nudge battery", nudge_battery);
  g_bytes_unref (draw (f));
  g_assert_cmpuint (gr_overlay_layer_get_n_rasters (f->layer), ==, n + 2);
  g_assert_cmpuint (gr_overlay_layer_get_n_name_rasters (f->layer), ==, 1);
  gr_document_end_edit (f->document);
  g_bytes_unref (draw (f));
  g_assert_cmpuint (gr_overlay_layer_get_n_name_rasters (f->layer), ==, 2);
}

static void
pan (Fixture *f,
     int      dx,
     int      dy)
{
  double lat, lon;

  shumate_viewport_widget_coords_to_location (f->viewport, GTK_WIDGET (f->layer),
                                              WIDTH / 2.0 + dx, HEIGHT / 2.0 + dy,
                                              &lat, &lon);
  shumate_location_set_location (SHUMATE_LOCATION (f->viewport), lat, lon);
}

static void
test_pan_reuses (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) reused = NULL;
  g_autoptr(GBytes) fresh = NULL;
  guint n;

  first = draw (f);
  /* The first pan draws afresh, with a margin for the next ones ... */
  pan (f, 37, -23);
  g_bytes_unref (draw (f));
  n = gr_overlay_layer_get_n_rasters (f->layer);
  /* ... which reuse it: no drawing. */
  pan (f, -51, 17);
  reused = draw (f);
  g_assert_cmpuint (gr_overlay_layer_get_n_rasters (f->layer), ==, n);
  g_assert_false (g_bytes_equal (first, reused));

  gr_overlay_layer_set_style (f->layer, gr_overlay_layer_get_style (f->layer));
  fresh = draw (f);
  g_assert_cmpuint (gr_overlay_layer_get_n_rasters (f->layer), ==, n + 1);
  assert_within_one_level (reused, fresh);
}

/* Pixels with any ink on the outermost row or column of the layer. */
static guint
ink_on_edge (GBytes *pixels,
             guint  *total)
{
  guint n = 0;

  *total = 0;
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      {
        if ((pixel_at (pixels, x, y) >> 24) == 0)
          continue;
        (*total)++;
        n += x == 0 || y == 0 || x == WIDTH - 1 || y == HEIGHT - 1;
      }
  return n;
}

typedef struct
{
  GrOverlayLayer *layer;
  guint n_name_rasters;
} NamesWait;

static gboolean
names_redrawn (gconstpointer data)
{
  const NamesWait *w = data;

  return gr_overlay_layer_get_n_name_rasters (w->layer) > w->n_name_rasters;
}

/* Over the offline map, every name (a country's, a river's, a city's) is
 * drawn by the layer, framed by the map: none is cut by the map's edge,
 * where a tile would have cut it.  A pan shows the names drawn for a
 * wider view, shifted; once the map rests they are drawn again for the
 * view, whole inside it. */
static void
test_names_inside_view (Fixture       *f,
                        gconstpointer  data)
{
  GrTileSource *source = GR_TILE_SOURCE (shumate_viewport_get_reference_map_source (f->viewport));
  g_autoptr(GError) error = NULL;
  GrGeodata *geodata = gr_geodata_load_shared (&error);
  g_autoptr(GrBasemap) basemap = NULL;
  g_autoptr(GBytes) at_rest = NULL;
  g_autoptr(GBytes) panned = NULL;
  NamesWait wait = { f->layer, 0 };
  guint total;

  g_assert_no_error (error);
  basemap = gr_basemap_new (geodata);
  /* the names alone: no instruments */
  gr_overlay_layer_set_document (f->layer, NULL);
  gr_tile_source_set_basemap (source, basemap);
  gtk_widget_queue_draw (GTK_WIDGET (f->layer));
  at_rest = draw (f);
  g_assert_cmpuint (ink_on_edge (at_rest, &total), ==, 0);
  g_assert_cmpuint (total, >, WIDTH * HEIGHT / 200);

  pan (f, 37, -23);
  g_bytes_unref (draw (f));
  pan (f, 41, 29);
  g_bytes_unref (draw (f));
  wait.n_name_rasters = gr_overlay_layer_get_n_name_rasters (f->layer);
  wait_until (names_redrawn, &wait, "the names drawn again for the view at rest");
  panned = draw (f);
  g_assert_cmpuint (ink_on_edge (panned, &total), ==, 0);
  g_assert_cmpuint (total, >, WIDTH * HEIGHT / 200);
}

/* Run with --hidpi (GDK_SCALE=2): during a drag the instruments are drawn
 * at one pixel per logical pixel, a quarter of the pixels; before and
 * after it, at the screen's two. */
static void
test_hidpi_drag (Fixture       *f,
                 gconstpointer  data)
{
  if (gtk_widget_get_scale_factor (GTK_WIDGET (f->layer)) != 2)
    {
      g_test_skip ("needs a scale factor of 2");
      return;
    }
  g_bytes_unref (draw (f));
  g_assert_cmpint (gr_overlay_layer_get_raster_scale (f->layer), ==, 2);
  gr_document_begin_edit (f->document, "Drag");
  apply (f, "Nudge battery", nudge_battery);
  g_bytes_unref (draw (f));
  g_assert_cmpint (gr_overlay_layer_get_raster_scale (f->layer), ==, 1);
  apply (f, "Nudge battery", nudge_battery);
  g_bytes_unref (draw (f));
  g_assert_cmpint (gr_overlay_layer_get_raster_scale (f->layer), ==, 1);
  gr_document_end_edit (f->document);
  g_bytes_unref (draw (f));
  g_assert_cmpint (gr_overlay_layer_get_raster_scale (f->layer), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  gboolean hidpi = argc > 1 && g_strcmp0 (argv[argc - 1], "--hidpi") == 0;

  if (hidpi)
    {
      g_setenv ("GDK_SCALE", "2", TRUE);
      argv[--argc] = NULL;
    }
  display_test_init (&argc, &argv);

  if (hidpi)
    {
      g_test_add ("/overlay-layer/raster/hidpi-drag", Fixture, NULL,
                  fixture_set_up, test_hidpi_drag, fixture_tear_down);
      return g_test_run ();
    }

  g_test_add ("/overlay-layer/raster/follows-battery", Fixture, NULL,
              fixture_set_up, test_follows_battery, fixture_tear_down);
  g_test_add ("/overlay-layer/raster/follows-radius", Fixture, NULL,
              fixture_set_up, test_follows_radius, fixture_tear_down);
  g_test_add ("/overlay-layer/raster/drag-steps", Fixture, NULL,
              fixture_set_up, test_drag_steps, fixture_tear_down);
  g_test_add ("/overlay-layer/raster/edit-changes-few-tiles", Fixture, NULL,
              fixture_set_up, test_edit_changes_few_tiles, fixture_tear_down);
  g_test_add ("/overlay-layer/raster/place-names", Fixture, NULL,
              fixture_set_up, test_place_names, fixture_tear_down);
  g_test_add ("/overlay-layer/raster/pan-reuses", Fixture, NULL,
              fixture_set_up, test_pan_reuses, fixture_tear_down);
  g_test_add ("/overlay-layer/names/inside-view", Fixture, NULL,
              fixture_set_up, test_names_inside_view, fixture_tear_down);
  return g_test_run ();
}
