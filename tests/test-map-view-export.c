/* test-map-view-export.c — exporting the map's current view: size, layers, formats
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The GUI's "Export Map…" writes the view the window shows with
 * gr_map_view_export().  The view here is zoom 6 centred on 31.5 E 48.5 N,
 * 800 × 600: at 2^6 · 256 / 360 ≈ 45.5 px a degree of longitude it spans
 * about 22.7–40.3 E, so Kharkiv (36.2 E 50.0 N) is inside and so is
 * 39.5 E 52.5 N in Russia, where the fixture places nothing.
 */

#include "config.h"


#include "gr-export.h"
#include "gr-map-export.h"
#include "gr-map-view-export.h"
#include "render-fixture.h"
#include "tmp-dir.h"

/* Shared by the tests: the base map is slow to build and never changes. */
static GrBasemap *basemap;

typedef struct
{
  GrScenario *scenario;
  TmpDir *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->scenario = fixture_baseline_like ();
  f->dir = tmp_dir_new ("test-map-view-export");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  tmp_dir_free (f->dir);
  gr_scenario_free (f->scenario);
}

static void
page_init (Fixture         *f,
           GrMapViewPage   *page,
           GrOverlayLayers  layers)
{
  *page = (GrMapViewPage) { .scenario = f->scenario, .basemap = basemap, .show_legend = TRUE };
  gr_overlay_style_init (&page->style);
  page->style.layers = layers;
  gr_map_view_init_centered (&page->view, 6, 31.5, 48.5, 800, 600);
}

static cairo_surface_t *
export_png (Fixture         *f,
            const char      *name,
            GrOverlayLayers  layers)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  GrMapViewPage page;

  page_init (f, &page, layers);
  g_assert_true (gr_map_view_export (&page, path, 2.0, &error));
  g_assert_no_error (error);
  return cairo_image_surface_create_from_png (path);
}

/* The pixel at a place, in the 2× export. */
static guint32
pixel_at (cairo_surface_t *surface,
          double           lon,
          double           lat)
{
  GrMapView view;
  double x, y;

  gr_map_view_init_centered (&view, 6, 31.5, 48.5, 800, 600);
  gr_map_view_to_device (&view, lon, lat, &x, &y);
  g_assert_cmpfloat (x, >, 0);
  g_assert_cmpfloat (x, <, 800);
  g_assert_cmpfloat (y, >, 0);
  g_assert_cmpfloat (y, <, 600);
  cairo_surface_flush (surface);
  return *(guint32 *) (cairo_image_surface_get_data (surface)
                       + (int) (2 * y) * cairo_image_surface_get_stride (surface)
                       + 4 * (int) (2 * x));
}

static void
test_png (Fixture       *f,
          gconstpointer  data)
{
  cairo_surface_t *shown = export_png (f, "shown.png", GR_OVERLAY_ALL);
  cairo_surface_t *none = export_png (f, "none.png", 0);

  g_assert_cmpint (cairo_surface_status (shown), ==, CAIRO_STATUS_SUCCESS);
  /* scale 2: twice the view's pixels */
  g_assert_cmpint (cairo_image_surface_get_width (shown), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (shown), ==, 1200);
  /* Kharkiv's battery and deployment are drawn; without layers, not. */
  g_assert_cmpuint (pixel_at (shown, 36.23, 49.99), !=, pixel_at (none, 36.23, 49.99));
  /* Where nothing stands the two are the same base map. */
  g_assert_cmpuint (pixel_at (shown, 39.5, 52.5), ==, pixel_at (none, 39.5, 52.5));
  cairo_surface_destroy (shown);
  cairo_surface_destroy (none);
}

static void
test_vector_and_errors (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "view.pdf", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "view.bmp", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GrMapViewPage page;
  gsize length;

  page_init (f, &page, GR_OVERLAY_ALL);
  g_assert_true (gr_map_view_export (&page, pdf, 1.0, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  g_assert_false (gr_map_view_export (&page, bad, 1.0, &error));
  g_assert_error (error, GR_EXPORT_ERROR, GR_EXPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
}

/* The number of pixels in which two images of one size differ. */
static guint
count_differences (cairo_surface_t *a,
                   cairo_surface_t *b)
{
  const guint8 *pa = cairo_image_surface_get_data (a);
  const guint8 *pb = cairo_image_surface_get_data (b);
  int stride = cairo_image_surface_get_stride (a);
  guint n = 0;

  g_assert_cmpint (cairo_image_surface_get_width (a), ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (cairo_image_surface_get_height (a), ==, cairo_image_surface_get_height (b));
  for (int y = 0; y < cairo_image_surface_get_height (a); y++)
    for (int x = 0; x < cairo_image_surface_get_width (a); x++)
      n += *(const guint32 *) (pa + y * stride + 4 * x) != *(const guint32 *) (pb + y * stride + 4 * x);
  return n;
}

/* A compared scenario is drawn as outlines in both exports, the view and
 * the framed page: here B has one battery more, in Russia where A has
 * nothing, and its outline is there only with B. */
static void
test_ghost (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GrScenario) other = gr_scenario_copy (f->scenario);
  g_autofree char *plain_path = g_build_filename (f->dir, "plain.png", NULL);
  g_autofree char *ghost_path = g_build_filename (f->dir, "ghost.png", NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *plain, *ghost;
  GrMapViewPage page;
  GrMapPage framed = { f->scenario, NULL, basemap, GR_OVERLAY_ALL, NULL, NULL };

  fixture_add_system (other, "far", "Far", 100, 60, 10);
  fixture_add_battery (other, "far-1", "far", 39.5, 52.5);

  page_init (f, &page, GR_OVERLAY_ALL);
  g_assert_true (gr_map_view_export (&page, plain_path, 1.0, &error));
  page.ghost = other;
  g_assert_true (gr_map_view_export (&page, ghost_path, 1.0, &error));
  g_assert_no_error (error);
  plain = cairo_image_surface_create_from_png (plain_path);
  ghost = cairo_image_surface_create_from_png (ghost_path);
  g_assert_cmpuint (count_differences (plain, ghost), >, 100);
  cairo_surface_destroy (plain);
  cairo_surface_destroy (ghost);

  g_assert_true (gr_map_export_page (&framed, plain_path, 640, 360, &error));
  framed.ghost = other;
  g_assert_true (gr_map_export_page (&framed, ghost_path, 640, 360, &error));
  g_assert_no_error (error);
  plain = cairo_image_surface_create_from_png (plain_path);
  ghost = cairo_image_surface_create_from_png (ghost_path);
  g_assert_cmpuint (count_differences (plain, ghost), >, 20);
  cairo_surface_destroy (plain);
  cairo_surface_destroy (ghost);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrGeodata) geo = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  geo = gr_geodata_load (&error);
  g_assert_no_error (error);
  basemap = gr_basemap_new (geo);

  g_test_add ("/render/map-view-export/png", Fixture, NULL, fixture_set_up, test_png,
              fixture_tear_down);
  g_test_add ("/render/map-view-export/vector-and-errors", Fixture, NULL, fixture_set_up,
              test_vector_and_errors, fixture_tear_down);
  g_test_add ("/render/map-view-export/ghost", Fixture, NULL, fixture_set_up, test_ghost,
              fixture_tear_down);
  status = g_test_run ();
  gr_basemap_unref (basemap);
  return status;
}
