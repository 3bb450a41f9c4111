/* test-basemap.c — the base map draws sea, land, lines and names where they are, seamlessly, as vectors
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pixels are classified by what a map reader sees, not by the painter's
 * palette constants: sea is blue (blue clearly above red), land is a light
 * warm tone (red above blue, bright), a boundary line is a darker warm or
 * grey tone.  So the tests hold for any sensible style tweak and fail if
 * sea and land swap, go missing, or the lines vanish.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>
#include <string.h>

#include "gr-basemap.h"
#include "gr-map-export.h"

static GrGeodata *geodata;
static GrBasemap *basemap;

typedef struct
{
  guint sea;
  guint land;
  guint line;
  guint dark;
  guint total;
} Census;

static void
classify (double  r,
          double  g,
          double  b,
          Census *census)
{
  double lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;

  census->total++;
  if (b - r > 0.05)
    census->sea++;
  else if (r - b > 0.02 && lum > 0.85)
    census->land++;
  else if (r >= b - 0.01 && lum < 0.85)
    census->line++;
  if (lum < 0.4)
    census->dark++;
}

static void
census_surface (cairo_surface_t *surface,
                Census          *census)
{
  const guchar *data;
  int stride, width, height;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  memset (census, 0, sizeof *census);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 px = *(const guint32 *) (const void *) (data + y * stride + 4 * x);

        /* opaque, so premultiplication does not matter */
        classify ((px >> 16 & 0xff) / 255.0, (px >> 8 & 0xff) / 255.0,
                  (px & 0xff) / 255.0, census);
      }
  g_test_message ("%u pixels: %u sea, %u land, %u line, %u dark", census->total,
                  census->sea, census->land, census->line, census->dark);
}

/* Draws the tile of the given zoom that contains lon/lat. */
static cairo_surface_t *
draw_tile_at (double                  lon,
              double                  lat,
              guint                   zoom,
              const GrBasemapOptions *options)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         GR_TILE_SIZE, GR_TILE_SIZE);
  cairo_t *cr = cairo_create (surface);
  GrMapView view;
  double x, y;

  gr_mercator_project (zoom, lon, lat, &x, &y);
  gr_map_view_init_tile (&view, zoom, (guint) (x / GR_TILE_SIZE), (guint) (y / GR_TILE_SIZE));
  gr_basemap_draw_full (basemap, cr, &view, options);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

static void
test_open_sea (void)
{
  cairo_surface_t *surface;
  Census c;

  /* 43.5 N 34 E lies about 100 km south of Crimea's south coast (44.4 N)
   * and 250 km north of Turkey's (42.0 N); the zoom-8 tile around it spans
   * 1.4° of longitude and about 1° of latitude, all open sea. */
  surface = draw_tile_at (34.0, 43.5, 8, NULL);
  census_surface (surface, &c);
  g_assert_cmpuint (c.land, ==, 0);
  /* Labels (a sea name in blue italics on a halo) may cover a little. */
  g_assert_cmpuint (c.sea, >=, c.total * 9 / 10);
  cairo_surface_destroy (surface);
}

static void
test_kyiv_oblast (void)
{
  GrBasemapOptions lines = { .layers = GR_BASEMAP_LAYER_BATHYMETRY | GR_BASEMAP_LAYER_WATER |
                                       GR_BASEMAP_LAYER_ADMIN1 };
  GrBasemapOptions no_lines = { .layers = GR_BASEMAP_LAYER_BATHYMETRY | GR_BASEMAP_LAYER_WATER };
  cairo_surface_t *surface;
  Census with, without;

  /* The zoom-7 tile around Kyiv (30.5 E 50.45 N) spans 2.8° by 1.8°: the
   * city of Kyiv, its oblast and the oblast's boundary with the city, on
   * land 300 km from any sea.  Names are left out, so dark pixels are
   * lines. */
  surface = draw_tile_at (30.52, 50.45, 7, &lines);
  census_surface (surface, &with);
  cairo_surface_destroy (surface);
  surface = draw_tile_at (30.52, 50.45, 7, &no_lines);
  census_surface (surface, &without);
  cairo_surface_destroy (surface);

  g_assert_cmpuint (with.land, >=, with.total / 2);
  /* A 1 px line across a 256 px tile is some 256 pixels; the boundaries
   * here are several, and they come from the admin-1 layer. */
  g_assert_cmpuint (with.line, >=, without.line + 200);
}

static void
test_ukraine_border (void)
{
  cairo_surface_t *surface;
  Census c;

  /* The zoom-7 tile around 24.0 E 50.5 N holds the Ukrainian–Polish border
   * (the Bug river, near 24.0 E from 50.5 N to 51.5 N), drawn dark. */
  surface = draw_tile_at (24.0, 50.5, 7, &(GrBasemapOptions) { .layers = GR_BASEMAP_LAYER_WATER });
  census_surface (surface, &c);
  g_assert_cmpuint (c.dark, >=, 100);
  g_assert_cmpuint (c.land, >=, c.total / 2);
  cairo_surface_destroy (surface);
}

static void
test_dark_style (void)
{
  GrBasemapOptions dark = { .style = GR_BASEMAP_STYLE_DARK };
  cairo_surface_t *surface = draw_tile_at (34.0, 43.5, 8, &dark);
  Census c;

  census_surface (surface, &c);
  /* A dark map is dark: most of the open sea has luminance under 0.4. */
  g_assert_cmpuint (c.dark, >=, c.total * 9 / 10);
  cairo_surface_destroy (surface);
}

/* Three by three tiles drawn one by one must give the same pixels as one
 * view of them all: no seams, no label cut or moved at a tile edge, no
 * fade at a tile's border.  Rasterising the same path at an offset of
 * whole pixels may differ by rounding only. */
static void
check_seamless (guint                   zoom,
                guint                   tx0,
                guint                   ty0,
                const GrBasemapOptions *options)
{
  const int n = 3;
  cairo_surface_t *whole = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                       n * GR_TILE_SIZE, n * GR_TILE_SIZE);
  cairo_surface_t *tiled = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                       n * GR_TILE_SIZE, n * GR_TILE_SIZE);
  guint n_diff = 0;
  int max_diff = 0;
  cairo_t *cr;
  GrMapView view;
  const guchar *a, *b;

  view = (GrMapView) { zoom, tx0 * GR_TILE_SIZE, ty0 * GR_TILE_SIZE,
                       n * GR_TILE_SIZE, n * GR_TILE_SIZE };
  cr = cairo_create (whole);
  gr_basemap_draw_full (basemap, cr, &view, options);
  cairo_destroy (cr);

  cr = cairo_create (tiled);
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++)
      {
        cairo_save (cr);
        cairo_translate (cr, i * GR_TILE_SIZE, j * GR_TILE_SIZE);
        gr_map_view_init_tile (&view, zoom, tx0 + i, ty0 + j);
        gr_basemap_draw_full (basemap, cr, &view, options);
        cairo_restore (cr);
      }
  cairo_destroy (cr);

  cairo_surface_flush (whole);
  cairo_surface_flush (tiled);
  a = cairo_image_surface_get_data (whole);
  b = cairo_image_surface_get_data (tiled);
  for (int k = 0; k < cairo_image_surface_get_stride (whole) * n * GR_TILE_SIZE; k++)
    {
      int d = ABS ((int) a[k] - (int) b[k]);

      max_diff = MAX (max_diff, d);
      n_diff += d > 8;
    }
  g_test_message ("largest channel difference %d, %u bytes differ by more than 8",
                  max_diff, n_diff);
  g_assert_cmpuint (n_diff, <=, 20);

  cairo_surface_destroy (whole);
  cairo_surface_destroy (tiled);
}

static void
test_seamless (void)
{
  /* Kyiv, 30.5 E 50.45 N, is in zoom-6 tile (37, 21): x = 210.5 / 360 · 64
   * = 37.4, y = (1 − ln(tan φ + sec φ)/π) / 2 · 64 = 21.8. */
  check_seamless (6, 36, 20, NULL);
}

/* Where the bundled data ends (36 N, south of Anatolia, and 60 E, east of
 * the Caspian) the map fades into a neutral margin; the fade is the
 * edge's, not every tile's that sees an edge.  Zoom-6 tiles 40..42 span
 * 45 to 61.9 E (x = (λ + 180) / 360 · 64) and rows 23..25 span 41.0 to
 * 32.0 N, so the 3 × 3 block holds both edges; in the dark style the
 * margin is lighter than the sea, which made the stray fades bands. */
static void
test_seamless_at_data_edge (void)
{
  GrBasemapOptions dark = { .style = GR_BASEMAP_STYLE_DARK };

  check_seamless (6, 40, 23, NULL);
  check_seamless (6, 40, 23, &dark);
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static guint
count (const GByteArray *bytes,
       const char       *needle)
{
  gsize len = strlen (needle);
  guint n = 0;

  for (gsize i = 0; i + len <= bytes->len; i++)
    n += memcmp (bytes->data + i, needle, len) == 0;
  return n;
}

static void
draw_export (cairo_surface_t *surface)
{
  cairo_t *cr = cairo_create (surface);
  GrMapView view;

  /* A full export page: Ukraine and the Black Sea at zoom 5.5. */
  gr_map_view_init_centered (&view, 5.5, 31.5, 47.0, 1280, 800);
  gr_basemap_draw (basemap, cr, &view);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
}

/* An export stays vector: the PDF holds fonts and no image, and the same
 * page as SVG is made of paths. */
static void
test_vector_export (void)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autoptr(GByteArray) svg = g_byte_array_new ();
  cairo_surface_t *surface;

  surface = cairo_pdf_surface_create_for_stream (append_cb, pdf, 1280, 800);
  draw_export (surface);
  cairo_surface_destroy (surface);
  g_assert_cmpmem (pdf->data, 5, "%PDF-", 5);
  g_assert_cmpuint (count (pdf, "/Subtype /Image"), ==, 0);
  g_assert_cmpuint (count (pdf, "/FontFile"), >=, 1);

  surface = cairo_svg_surface_create_for_stream (append_cb, svg, 1280, 800);
  draw_export (surface);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (count (svg, "<image"), ==, 0);
  /* sea bands, countries, lakes, rivers, lines, dots, glyphs */
  g_assert_cmpuint (count (svg, "<path"), >=, 100);
}

/* The zoom-7 view around Kyiv, 512 × 512, drawn by @draw. */
static cairo_surface_t *
draw_kyiv (void (*draw) (cairo_t *cr, const GrMapView *view, gpointer data),
           gpointer data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 512, 512);
  cairo_t *cr = cairo_create (surface);
  GrMapView view;

  gr_map_view_init_centered (&view, 7, 30.52, 50.45, 512, 512);
  draw (cr, &view, data);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
draw_all (cairo_t         *cr,
          const GrMapView *view,
          gpointer         data)
{
  gr_basemap_draw_full (basemap, cr, view, NULL);
}

/* The tiles' part and, over it, the place names, as the map shows them. */
static void
draw_split (cairo_t         *cr,
            const GrMapView *view,
            gpointer         data)
{
  gr_basemap_draw_full (basemap, cr, view,
                        &(GrBasemapOptions) { .layers = GR_BASEMAP_LAYER_ALL &
                                                        ~GR_BASEMAP_LAYER_PLACE_NAMES });
  if (data != NULL)
    gr_basemap_draw_names (basemap, cr, view,
                           &(GrBasemapOptions) { .layers = GR_BASEMAP_LAYER_PLACE_NAMES },
                           data, NULL, NULL, NULL);
}

static guint
pixels_differing (cairo_surface_t *a,
                  cairo_surface_t *b,
                  int              x0,
                  int              y0,
                  int              x1,
                  int              y1)
{
  const guint8 *p = cairo_image_surface_get_data (a), *q = cairo_image_surface_get_data (b);
  int stride = cairo_image_surface_get_stride (a);
  guint n = 0;

  for (int y = MAX (y0, 0); y < MIN (y1, 512); y++)
    for (int x = MAX (x0, 0); x < MIN (x1, 512); x++)
      n += memcmp (p + y * stride + 4 * x, q + y * stride + 4 * x, 4) != 0;
  return n;
}

/* The map draws the place names over its instruments, apart from the rest
 * of the base map: the two parts together must be the whole drawing, and
 * the names alone must be the difference (Kyiv's name, right of its dot at
 * the view's centre, among others).  A name that meets a box to avoid
 * moves to another side of its dot, and only that one moves. */
static void
test_place_names_apart (void)
{
  g_autoptr(GArray) empty = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  g_autoptr(GArray) kyiv = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  /* a box just right of Kyiv's dot, where its name begins */
  cairo_rectangle_t right_of_kyiv = { 262, 250, 8, 8 };
  cairo_surface_t *whole = draw_kyiv (draw_all, NULL);
  cairo_surface_t *unnamed = draw_kyiv (draw_split, NULL);
  cairo_surface_t *named = draw_kyiv (draw_split, empty);
  cairo_surface_t *avoided;

  g_array_append_val (kyiv, right_of_kyiv);
  avoided = draw_kyiv (draw_split, kyiv);

  g_assert_cmpuint (pixels_differing (whole, named, 0, 0, 512, 512), ==, 0);
  /* Kyiv's name is among the place names, right of its dot ... */
  g_assert_cmpuint (pixels_differing (named, unnamed, 256, 240, 320, 272), >, 50);
  /* ... and when it would meet the box it moves to another side of the
   * dot: nothing of it in the box, all of it still near the dot */
  g_assert_cmpuint (pixels_differing (avoided, unnamed, 262, 250, 270, 258), ==, 0);
  g_assert_cmpuint (pixels_differing (avoided, named, 256, 240, 320, 272), >, 50);
  g_assert_cmpuint (pixels_differing (avoided, unnamed, 176, 216, 336, 296), >, 50);
  /* and the rest of the map is the named one */
  g_assert_cmpuint (pixels_differing (avoided, named, 0, 0, 512, 200), ==, 0);
  g_assert_cmpuint (pixels_differing (avoided, named, 0, 300, 512, 512), ==, 0);

  cairo_surface_destroy (whole);
  cairo_surface_destroy (unnamed);
  cairo_surface_destroy (named);
  cairo_surface_destroy (avoided);
}

/* Kyiv at @zoom, 512 × 512, every layer, symbols at @scale. */
static cairo_surface_t *
draw_zoom (GrBasemap *map,
           int        zoom,
           double     scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 512, 512);
  cairo_t *cr = cairo_create (surface);
  GrMapView view;

  gr_map_view_init_centered (&view, zoom, 30.52, 50.45, 512, 512);
  gr_basemap_draw_full (map, cr, &view, &(GrBasemapOptions) { .scale = scale });
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

#define FIRST_ZOOM 3
#define LAST_ZOOM 10

typedef struct
{
  GrBasemap *map;
  cairo_surface_t *surface;
} DrawJob;

static gpointer
draw_thread (gpointer data)
{
  DrawJob *job = data;

  job->surface = draw_zoom (job->map, 7, 1.0);
  return NULL;
}

/* Labels are measured and placed for a zoom when it is first drawn: the
 * same names in the same places whichever zoom comes first, at either
 * symbol scale, and with two threads drawing a fresh map at once. */
static void
test_labels_any_order (void)
{
  g_autoptr(GrBasemap) up = gr_basemap_new (geodata);
  g_autoptr(GrBasemap) down = gr_basemap_new (geodata);
  g_autoptr(GrBasemap) shared = gr_basemap_new (geodata);
  cairo_surface_t *ups[LAST_ZOOM + 1][2] = { { NULL } };
  DrawJob jobs[2] = { { shared, NULL }, { shared, NULL } };
  GThread *threads[2];

  for (int z = FIRST_ZOOM; z <= LAST_ZOOM; z++)
    for (int s = 0; s < 2; s++)
      ups[z][s] = draw_zoom (up, z, s == 0 ? 1.0 : 1.5);
  for (int z = LAST_ZOOM; z >= FIRST_ZOOM; z--)
    for (int s = 1; s >= 0; s--)
      {
        cairo_surface_t *surface = draw_zoom (down, z, s == 0 ? 1.0 : 1.5);

        if (pixels_differing (ups[z][s], surface, 0, 0, 512, 512) != 0)
          g_error ("zoom %d, scale %s: the labels depend on the zooms drawn before", z,
                   s == 0 ? "1" : "1.5");
        cairo_surface_destroy (surface);
      }

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("draw", draw_thread, &jobs[i]);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_thread_join (threads[i]);
      g_assert_cmpuint (pixels_differing (ups[7][0], jobs[i].surface, 0, 0, 512, 512), ==, 0);
      cairo_surface_destroy (jobs[i].surface);
    }

  for (int z = FIRST_ZOOM; z <= LAST_ZOOM; z++)
    for (int s = 0; s < 2; s++)
      cairo_surface_destroy (ups[z][s]);
}

/* A painter let go before it drew anything, while its label candidates
 * may still be gathered on their own thread, is freed whole (ASan and
 * valgrind runs see a write after free or a leak otherwise); one used
 * right away has them all. */
static void
test_free_unused (void)
{
  for (int i = 0; i < 4; i++)
    {
      GrBasemap *fresh = gr_basemap_new (geodata);

      gr_basemap_unref (fresh);
    }
  {
    g_autoptr(GrBasemap) fresh = gr_basemap_new (geodata);
    cairo_surface_t *a = draw_zoom (fresh, 6, 1.0), *b = draw_zoom (basemap, 6, 1.0);

    g_assert_cmpuint (pixels_differing (a, b, 0, 0, 512, 512), ==, 0);
    cairo_surface_destroy (a);
    cairo_surface_destroy (b);
  }
}

typedef struct
{
  const char *name;
  double zoom;                 /* 0: the map page's own view of width × height */
  double lon;
  double lat;
  double width;
  double height;
  double scale;
} FramedCase;

static const FramedCase framed_cases[] = {
  /* the briefing slide's map, beside its legend, and a full-page export */
  { "slide", 0, 0, 0, 980, 720, 1 },
  { "page", 0, 0, 0, 1920, 1080, 1 },
  { "page-large-type", 0, 0, 0, 1280, 720, 1.5 },
  { "black-sea", 6, 33.5, 44.0, 800, 500, 1 },
  { "caucasus", 5.2, 41.0, 42.5, 640, 400, 1 },
  { "kyiv-rivers", 7.3, 30.6, 50.2, 500, 400, 1 },
  { "narrow", 4.6, 24.0, 47.0, 300, 600, 1 },
};

/* Pixels with any ink in the band of @band pixels along the edges. */
static guint
ink_at_edges (cairo_surface_t *surface,
              int              band,
              guint           *total)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int w = cairo_image_surface_get_width (surface), h = cairo_image_surface_get_height (surface);
  guint n = 0;

  *total = 0;
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 px = *(const guint32 *) (data + y * stride + 4 * x);

        if ((px >> 24) == 0)
          continue;
        (*total)++;
        if (x < band || y < band || x >= w - band || y >= h - band)
          n++;
      }
  return n;
}

/* A picture's names lie wholly inside it: drawn alone on a clear surface
 * the size of the view, none leaves ink on the picture's edge, where the
 * edge would cut it (a country's name half off the slide).  The names are
 * there all the same: the view is full of them. */
static void
test_names_inside_frame (gconstpointer data)
{
  const FramedCase *c = data;
  cairo_surface_t *surface;
  cairo_t *cr;
  GrMapView view;
  guint edge, total;

  if (c->zoom == 0)
    gr_map_page_get_view (c->width, c->height, &view, NULL);
  else
    gr_map_view_init_centered (&view, c->zoom, c->lon, c->lat, c->width, c->height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (view.width),
                                        (int) ceil (view.height));
  cr = cairo_create (surface);
  gr_basemap_draw_names (basemap, cr, &view,
                         &(GrBasemapOptions) { .layers = GR_BASEMAP_LAYER_LABELS |
                                                         GR_BASEMAP_LAYER_PLACE_NAMES,
                                               .scale = c->scale, .framed = TRUE },
                         NULL, NULL, NULL, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  edge = ink_at_edges (surface, 1, &total);
  g_test_message ("%s: %u px of names, %u on the edge", c->name, total, edge);
  g_assert_cmpuint (edge, ==, 0);
  g_assert_cmpuint (total, >, view.width * view.height / 200);
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  geodata = gr_geodata_load (&error);
  g_assert_no_error (error);
  basemap = gr_basemap_new (geodata);

  g_test_add_func ("/render/basemap/open-sea", test_open_sea);
  g_test_add_func ("/render/basemap/kyiv-oblast", test_kyiv_oblast);
  g_test_add_func ("/render/basemap/ukraine-border", test_ukraine_border);
  g_test_add_func ("/render/basemap/dark-style", test_dark_style);
  g_test_add_func ("/render/basemap/seamless", test_seamless);
  g_test_add_func ("/render/basemap/seamless-at-data-edge", test_seamless_at_data_edge);
  g_test_add_func ("/render/basemap/place-names-apart", test_place_names_apart);
  g_test_add_func ("/render/basemap/vector-export", test_vector_export);
  g_test_add_func ("/render/basemap/labels-any-order", test_labels_any_order);
  g_test_add_func ("/render/basemap/free-unused", test_free_unused);
  for (guint i = 0; i < G_N_ELEMENTS (framed_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/render/basemap/names-inside-frame/%s",
                                               framed_cases[i].name);

      g_test_add_data_func (name, &framed_cases[i], test_names_inside_frame);
    }

  status = g_test_run ();
  gr_basemap_unref (basemap);
  gr_geodata_unref (geodata);
  return status;
}
