/* test-map-export.c — the map page as PNG, PDF and SVG files
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "cli-run.h"
#include "gr-export.h"
#include "gr-map-export.h"
#include "render-fixture.h"
#include "tmp-dir.h"

typedef struct
{
  GrScenario *scenario;
  GrBasemap *basemap;
  TmpDir *dir;
} Fixture;

/* Loaded once: parsing the geodata is most of a test's time under ASan. */
static GrBasemap *shared_basemap;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (shared_basemap == NULL)
    {
      g_autoptr(GrGeodata) geo = gr_geodata_load (&error);

      g_assert_no_error (error);
      shared_basemap = gr_basemap_new (geo);
    }
  f->basemap = gr_basemap_ref (shared_basemap);
  f->scenario = fixture_baseline_like ();
  f->dir = tmp_dir_new ("test-map-export");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  tmp_dir_free (f->dir);
  gr_scenario_free (f->scenario);
  gr_basemap_unref (f->basemap);
}

static char *
export (Fixture    *f,
        const char *name,
        int         width,
        int         height)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (gr_map_export (f->scenario, NULL, f->basemap, GR_OVERLAY_ALL, path,
                                width, height, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_png_size (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = export (f, "map.png", 800, 450);
  g_autofree char *default_path = export (f, "default.png", 0, 0);
  cairo_surface_t *png = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 450);
  cairo_surface_destroy (png);

  png = cairo_image_surface_create_from_png (default_path);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1920);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 1080);
  /* the page is opaque: base map, title band and legend column cover it */
  cairo_surface_flush (png);
  g_assert_cmpuint (*(guint32 *) cairo_image_surface_get_data (png) >> 24, ==, 255);
  cairo_surface_destroy (png);
}

/* strstr for binary data: PDF streams hold NUL bytes, where g_strstr_len
 * would stop. */
static const char *
find (const char *haystack,
      const char *end,
      const char *needle)
{
  gsize n = strlen (needle);

  for (const char *p = haystack; p + n <= end; p++)
    if (*p == *needle && memcmp (p, needle, n) == 0)
      return p;
  return NULL;
}

/* Inflates every FlateDecode stream of a PDF and counts path operators:
 * "x y l" (line to) and "x y m" (move to) lines. */
static guint
count_pdf_path_ops (GBytes *pdf)
{
  gsize len;
  const char *data = g_bytes_get_data (pdf, &len);
  const char *end = data + len, *p = data;
  guint ops = 0;

  while ((p = find (p, end, "stream")) != NULL)
    {
      const char *start = p + strlen ("stream"), *stop;
      g_autoptr(GConverter) inflate = NULL;
      g_autoptr(GInputStream) raw = NULL;
      g_autoptr(GInputStream) in = NULL;
      g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
      g_autofree char *text = NULL;

      if (p > data && p[-1] == 'd')   /* "endstream" */
        {
          p = start;
          continue;
        }
      while (start < end && (*start == '\r' || *start == '\n'))
        start++;
      stop = find (start, end, "endstream");
      if (stop == NULL)
        break;
      inflate = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB));
      raw = g_memory_input_stream_new_from_data (start, stop - start, NULL);
      in = g_converter_input_stream_new (raw, inflate);
      if (g_output_stream_splice (out, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, NULL) > 0)
        {
          gsize n = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out));
          const char *t = g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out));

          text = g_strndup (t, n);
          for (const char *q = text; (q = strstr (q, " l\n")) != NULL; q += 3)
            ops++;
          for (const char *q = text; (q = strstr (q, " m ")) != NULL; q += 3)
            ops++;
        }
      p = stop + strlen ("endstream");
    }
  return ops;
}

static void
test_pdf_vector (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = export (f, "map.pdf", 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  g_assert_no_error (error);
  pdf = g_bytes_new_take (contents, len);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* one 1920 × 1080 pt page */
  g_assert_nonnull (find (contents, contents + len, "/MediaBox [ 0 0 1920 1080 ]"));
  /* vector: thousands of path segments (coastlines, borders, rings), not
   * one embedded picture */
  g_assert_cmpuint (count_pdf_path_ops (pdf), >, 2000);
}

static void
svg_start_element (GMarkupParseContext *context,
                   const char          *element,
                   const char         **names,
                   const char         **values,
                   gpointer             user_data,
                   GError             **error)
{
  guint *counts = user_data;

  if (g_str_equal (element, "svg"))
    counts[0]++;
  else if (g_str_equal (element, "path"))
    counts[1]++;
  else if (g_str_equal (element, "image"))
    counts[2]++;
}

static void
test_svg_parses (Fixture       *f,
                 gconstpointer  data)
{
  static const GMarkupParser parser = { .start_element = svg_start_element };
  g_autofree char *path = export (f, "map.svg", 1280, 720);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  guint counts[3] = { 0, 0, 0 };
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  context = g_markup_parse_context_new (&parser, 0, counts, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, len, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts[0], ==, 1);
  g_assert_cmpuint (counts[1], >, 100);
  /* no raster fallback anywhere on the page */
  g_assert_cmpuint (counts[2], ==, 0);
}

static void
test_unknown_format (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "map.bmp", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (gr_map_export (f->scenario, NULL, f->basemap, GR_OVERLAY_ALL, path,
                                 0, 0, &error));
  g_assert_error (error, GR_EXPORT_ERROR, GR_EXPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* The page frames Ukraine and the Black Sea: Kyiv, Lviv, Kharkiv, Crimea's
 * tip and the Bosporus all fall inside the map area of a 1280 × 720 page. */
static void
test_frame (void)
{
  static const double places[][2] = {
    { 30.52, 50.45 }, { 24.03, 49.84 }, { 36.23, 49.99 }, { 33.4, 44.4 }, { 29.1, 41.2 },
    { 22.1, 48.4 }, { 40.2, 49.6 }, { 33.0, 52.3 },
  };
  GrMapView view;
  double top;

  gr_map_page_get_view (1000, 720, &view, &top);
  g_assert_cmpfloat (top, >, 0);
  g_assert_cmpfloat (view.height, ==, 720 - top);
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      double x, y;

      gr_map_view_to_device (&view, places[i][0], places[i][1], &x, &y);
      g_assert_cmpfloat (x, >, 0);
      g_assert_cmpfloat (x, <, view.width);
      g_assert_cmpfloat (y, >, 0);
      g_assert_cmpfloat (y, <, view.height);
    }
}

/* Whatever the page's shape, down to a 16:9 slide's short map area, the
 * page draws nothing outside itself: the legend shrinks to fit rather
 * than lose its last rows below the page. */
static void
test_legend_fits (Fixture       *f,
                  gconstpointer  data)
{
  static const double sizes[][2] = { { 1280, 720 }, { 1280, 530 }, { 1359, 560 }, { 1000, 420 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      GrMapPage page = { f->scenario, NULL, f->basemap, GR_OVERLAY_ALL, NULL, NULL };
      cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                                   NULL);
      cairo_t *cr = cairo_create (recording);
      double x, y, w, h;

      gr_map_page_draw (cr, sizes[i][0], sizes[i][1], &page);
      cairo_destroy (cr);
      cairo_recording_surface_ink_extents (recording, &x, &y, &w, &h);
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (x + w, <=, sizes[i][0]);
      g_assert_cmpfloat (y + h, <=, sizes[i][1]);
      cairo_surface_destroy (recording);
    }
}

/* `guarantor --export map` runs headless on the bundled baseline. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "cli-map.png", NULL);
  g_auto(Run) run = { 0 };
  cairo_surface_t *png;

  g_assert_cmpint (run_guarantor (&run, "--export", "map", "--output", path,
                                  "--size", "800x450", NULL), ==, 0);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 450);
  cairo_surface_destroy (png);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/render/map-export/png-size", Fixture, NULL, fixture_set_up, test_png_size,
              fixture_tear_down);
  g_test_add ("/render/map-export/pdf-vector", Fixture, NULL, fixture_set_up, test_pdf_vector,
              fixture_tear_down);
  g_test_add ("/render/map-export/svg-parses", Fixture, NULL, fixture_set_up, test_svg_parses,
              fixture_tear_down);
  g_test_add ("/render/map-export/unknown-format", Fixture, NULL, fixture_set_up,
              test_unknown_format, fixture_tear_down);
  g_test_add_func ("/render/map-export/frame", test_frame);
  g_test_add ("/render/map-export/legend-fits", Fixture, NULL, fixture_set_up,
              test_legend_fits, fixture_tear_down);
  g_test_add ("/render/map-export/cli", Fixture, NULL, fixture_set_up, test_cli,
              fixture_tear_down);

  status = g_test_run ();
  g_clear_pointer (&shared_basemap, gr_basemap_unref);
  return status;
}
