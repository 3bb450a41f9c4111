/* test-map-widget.c — the map opens on Ukraine, draws every tile, and shows land and sea where they are
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb.  The widget is shown in a window, the test waits until
 * the tile source has no fill pending, renders the widget to a texture
 * the way an export would (GtkWidgetPaintable → render node → texture)
 * and reads the pixels at the screen positions of known places.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "gr-map-widget.h"
#include "map-fixture.h"

#define WIDTH 900
#define HEIGHT 700

static GtkWidget *window;
static GrMapWidget *map_widget;

static GdkTexture *
render_widget (void)
{
  GdkTexture *texture = map_fixture_render (GTK_WIDGET (map_widget));

  g_assert_nonnull (texture);
  return texture;
}

static void
place_to_widget (double  lat,
                 double  lon,
                 double *x,
                 double *y)
{
  ShumateMap *map = gr_map_widget_get_map (map_widget);
  double mx, my;

  shumate_viewport_location_to_widget_coords (gr_map_widget_get_viewport (map_widget),
                                              GTK_WIDGET (map), lat, lon, &mx, &my);
  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (map), GTK_WIDGET (map_widget),
                                                   mx, my, x, y));
}

typedef struct
{
  guint sea;
  guint land;
  guint total;
} Census;

/* The 9×9 pixels around a point: sea is blue (blue clearly above red),
 * land a light warm tone (red above blue, bright). */
static void
census_at (const guchar *pixels,
           gsize         stride,
           int           cx,
           int           cy,
           Census       *c)
{
  memset (c, 0, sizeof *c);
  for (int y = cy - 4; y <= cy + 4; y++)
    for (int x = cx - 4; x <= cx + 4; x++)
      {
        const guchar *p = pixels + y * stride + 4 * x;   /* B G R A */
        double b = p[0] / 255.0, g = p[1] / 255.0, r = p[2] / 255.0;
        double lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;

        c->total++;
        if (b - r > 0.05)
          c->sea++;
        else if (r - b > 0.02 && lum > 0.85)
          c->land++;
      }
}

static void
test_opens_on_ukraine (void)
{
  ShumateViewport *viewport = gr_map_widget_get_viewport (map_widget);
  struct { const char *name; double lat, lon; } extremes[] = {
    /* Ukraine's far west, east, north and south */
    { "Uzhhorod", 48.62, 22.30 },
    { "Luhansk", 48.57, 39.31 },
    { "Chernihiv", 51.50, 31.30 },
    { "Sevastopol", 44.62, 33.52 },
  };

  g_assert_cmpuint (shumate_viewport_get_min_zoom_level (viewport), ==, 3);
  g_assert_cmpuint (shumate_viewport_get_max_zoom_level (viewport), ==, 11);
  g_assert_false (gr_map_widget_get_online (map_widget));
  /* The tests run in the C locale, which measures in metres: no miles. */
  g_assert_cmpint (shumate_scale_get_unit (shumate_simple_map_get_scale (
                     gr_map_widget_get_simple_map (map_widget))), ==, SHUMATE_UNIT_METRIC);

  for (guint i = 0; i < G_N_ELEMENTS (extremes); i++)
    {
      double x, y;

      place_to_widget (extremes[i].lat, extremes[i].lon, &x, &y);
      g_test_message ("%s at %.0f, %.0f", extremes[i].name, x, y);
      g_assert_cmpfloat (x, >, 0);
      g_assert_cmpfloat (x, <, gtk_widget_get_width (GTK_WIDGET (map_widget)));
      g_assert_cmpfloat (y, >, 0);
      g_assert_cmpfloat (y, <, gtk_widget_get_height (GTK_WIDGET (map_widget)));
    }
}

static void
test_land_and_sea (void)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  gsize stride;
  int w, h;
  double x, y;
  Census c;

  map_fixture_wait_for_tiles (map_widget);
  texture = render_widget ();
  w = gdk_texture_get_width (texture);
  h = gdk_texture_get_height (texture);
  stride = 4 * w;
  pixels = g_malloc (stride * h);
  gdk_texture_download (texture, pixels, stride);

  if (g_getenv ("GR_TEST_SAVE_PNG") != NULL)
    gdk_texture_save_to_png (texture, g_getenv ("GR_TEST_SAVE_PNG"));

  /* 55 km west of Kyiv's centre (30.52 E): land, and clear of the city's
   * dot and name, at the framing's smaller zoom too. */
  place_to_widget (50.45, 29.75, &x, &y);
  g_assert_cmpfloat (x, >=, 4);
  g_assert_cmpfloat (y, >=, 4);
  census_at (pixels, stride, (int) x, (int) y, &c);
  g_test_message ("west of Kyiv: %u land, %u sea of %u", c.land, c.sea, c.total);
  g_assert_cmpuint (c.land, >=, c.total * 3 / 4);

  /* 43.5 N 34 E, open sea 100 km south of Crimea. */
  place_to_widget (43.5, 34.0, &x, &y);
  g_assert_cmpfloat (x, <, w - 4);
  g_assert_cmpfloat (y, <, h - 4);
  census_at (pixels, stride, (int) x, (int) y, &c);
  g_test_message ("Black Sea: %u land, %u sea of %u", c.land, c.sea, c.total);
  g_assert_cmpuint (c.sea, >=, c.total * 3 / 4);
}

int
main (int    argc,
      char **argv)
{
  int status;

  display_test_init (&argc, &argv);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  map_widget = GR_MAP_WIDGET (gr_map_widget_new ());
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (map_widget));
  gtk_window_present (GTK_WINDOW (window));
  display_wait_for_frame (window);

  g_test_add_func ("/display/map-widget/opens-on-ukraine", test_opens_on_ukraine);
  g_test_add_func ("/display/map-widget/land-and-sea", test_land_and_sea);

  status = g_test_run ();
  gtk_window_destroy (GTK_WINDOW (window));
  return status;
}
