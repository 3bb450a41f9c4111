/* bench-tiles.c — how long the base map takes per tile, and a picture of any view
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Renders every 256 px tile covering Ukraine and the Black Sea (lon 22..42,
 * lat 40.5..53) at zooms 5, 7 and 9 and prints the median and 95th
 * percentile time per tile (each tile three times, after one tile has
 * loaded the fonts).  With --png FILE it instead draws one view
 * (--zoom, --lat, --lon, --width, --height, --style) to a PNG, for looking.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <time.h>

#include "gr-basemap.h"

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

#define ROUNDS 3

/* CPU time of this thread: what a tile costs, even when other processes
 * compete for the cores and stretch the wall-clock time. */
static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
print_stats (const char *what,
             GArray     *times)
{
  qsort (times->data, times->len, sizeof (double), compare_double);
  g_print ("  %s: median %.2f ms, p95 %.2f ms, max %.2f ms\n", what,
           g_array_index (times, double, times->len / 2),
           g_array_index (times, double, MIN (times->len - 1, (guint) ceil (times->len * 0.95) - 1)),
           g_array_index (times, double, times->len - 1));
}

static void
draw_tile (GrBasemap       *basemap,
           cairo_surface_t *surface,
           guint            zoom,
           guint            tx,
           guint            ty)
{
  cairo_t *cr = cairo_create (surface);
  GrMapView view;

  gr_map_view_init_tile (&view, zoom, tx, ty);
  gr_basemap_draw (basemap, cr, &view);
  cairo_surface_flush (surface);
  cairo_destroy (cr);
}

/* Every tile of the region, ROUNDS times; the first tile ever drawn (which
 * loads the fonts) is reported on its own by main(). */
static void
bench_zoom (GrBasemap *basemap,
            guint      zoom)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         GR_TILE_SIZE, GR_TILE_SIZE);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  double x0, y0, x1, y1;
  guint n_tiles = 0;

  gr_mercator_project (zoom, 22.0, 53.0, &x0, &y0);
  gr_mercator_project (zoom, 42.0, 40.5, &x1, &y1);

  for (int round = 0; round < ROUNDS; round++)
    for (guint ty = (guint) (y0 / GR_TILE_SIZE); ty <= (guint) (y1 / GR_TILE_SIZE); ty++)
      for (guint tx = (guint) (x0 / GR_TILE_SIZE); tx <= (guint) (x1 / GR_TILE_SIZE); tx++)
        {
          gint64 start = g_get_monotonic_time ();
          double cpu_start = thread_cpu_ms ();
          double ms, cpu_ms;

          draw_tile (basemap, surface, zoom, tx, ty);
          ms = (g_get_monotonic_time () - start) / 1000.0;
          cpu_ms = thread_cpu_ms () - cpu_start;
          g_array_append_val (times, ms);
          g_array_append_val (cpu_times, cpu_ms);
          n_tiles += round == 0;
        }

  g_print ("zoom %u: %u tiles x %d\n", zoom, n_tiles, ROUNDS);
  print_stats ("wall", times);
  print_stats ("cpu ", cpu_times);
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrGeodata) geodata = NULL;
  g_autoptr(GrBasemap) basemap = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *png = NULL;
  double zoom = 5, lat = 48.0, lon = 31.5;
  int width = 1280, height = 800, style = 0;
  gint64 start;
  GOptionEntry entries[] = {
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &png, "Draw one view to this PNG", "FILE" },
    { "zoom", 0, 0, G_OPTION_ARG_DOUBLE, &zoom, "Zoom of the view", "Z" },
    { "lat", 0, 0, G_OPTION_ARG_DOUBLE, &lat, "Latitude of the centre", "DEG" },
    { "lon", 0, 0, G_OPTION_ARG_DOUBLE, &lon, "Longitude of the centre", "DEG" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Width in pixels", "PX" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Height in pixels", "PX" },
    { "style", 0, 0, G_OPTION_ARG_INT, &style, "0 light, 1 dark, 2 high contrast", "N" },
    { NULL }
  };

  context = g_option_context_new ("- base-map tile benchmark");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  start = g_get_monotonic_time ();
  geodata = gr_geodata_load (&error);
  if (geodata == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("geodata loaded in %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);
  start = g_get_monotonic_time ();
  basemap = gr_basemap_new (geodata);
  g_print ("painter made in %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);

  if (png != NULL)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      cairo_t *cr = cairo_create (surface);
      GrBasemapOptions options = { .style = style };
      GrMapView view;

      gr_map_view_init_centered (&view, zoom, lon, lat, width, height);
      gr_basemap_draw_full (basemap, cr, &view, &options);
      cairo_destroy (cr);
      cairo_surface_write_to_png (surface, png);
      cairo_surface_destroy (surface);
      return 0;
    }

  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                           GR_TILE_SIZE, GR_TILE_SIZE);

    start = g_get_monotonic_time ();
    draw_tile (basemap, surface, 5, 18, 11);
    g_print ("first tile (loads the fonts): %.1f ms\n",
             (g_get_monotonic_time () - start) / 1000.0);
    cairo_surface_destroy (surface);
  }
  bench_zoom (basemap, 5);
  bench_zoom (basemap, 7);
  bench_zoom (basemap, 9);
  return 0;
}
