/* bench-overlay.c — how long the overlay layers take per frame, and hit-testing
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The GUI redraws the overlay layers on every viewport change and hit-tests
 * on every pointer motion while dragging, so both must stay well inside a
 * frame.  Draws the bundled baseline (with its metrics) into a 1280 × 800
 * view centred on Ukraine at zooms 5 to 8, each layer on its own and all
 * together, and prints the median time of ROUNDS frames; then the median of
 * a grid of hit-tests.  With GR_BENCH_PNG_DIR set it also writes each frame
 * there as <layer>-z<zoom>.png, to check that a faster painter draws the
 * same pixels (cmp the files of two builds).
 */

#include "config.h"

#include "gr-overlay.h"
#include "gr-scenario-io.h"

#define ROUNDS 15
#define WIDTH 1280
#define HEIGHT 800

typedef void (*DrawFunc) (cairo_t *, const GrMapView *, const GrScenario *,
                          const GrMetrics *, const GrOverlayStyle *);

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_ms (GArray *times)
{
  g_array_sort (times, compare_double);
  return g_array_index (times, double, times->len / 2) * 1e3;
}

static double
time_draw (DrawFunc          draw,
           const GrMapView  *view,
           const GrScenario *s,
           const GrMetrics  *m)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (int r = 0; r < ROUNDS; r++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();
      double t;

      draw (cr, view, s, m, NULL);
      cairo_surface_flush (surface);
      t = (g_get_monotonic_time () - start) / 1e6;
      g_array_append_val (times, t);
      cairo_destroy (cr);
    }
  cairo_surface_destroy (surface);
  return median_ms (times);
}

static void
save_png (DrawFunc          draw,
          const char       *name,
          const GrMapView  *view,
          const GrScenario *s,
          const GrMetrics  *m)
{
  const char *dir = g_getenv ("GR_BENCH_PNG_DIR");
  cairo_surface_t *surface;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  cairo_t *cr;

  if (dir == NULL)
    return;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cr = cairo_create (surface);
  draw (cr, view, s, m, NULL);
  cairo_destroy (cr);
  file = g_strdup_printf ("%s-z%g.png", name, view->zoom);
  g_strdelimit (file, " ", '-');
  path = g_build_filename (dir, file, NULL);
  cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  static const struct { const char *name; DrawFunc draw; } layers[] = {
    { "air defence", gr_overlay_air_defense_draw },
    { "patrol zones", gr_overlay_patrol_zones_draw },
    { "force", gr_overlay_force_draw },
    { "maritime", gr_overlay_maritime_draw },
    { "all", gr_overlay_draw_all },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) s = gr_scenario_load_bundled ("baseline", &error);
  g_autoptr(GrModel) model = NULL;
  g_autoptr(GrMetrics) m = NULL;

  g_assert_no_error (error);
  model = gr_model_new_default (&error);
  g_assert_no_error (error);
  m = gr_model_evaluate (model, s);

  g_print ("overlay frame %dx%d, median of %d (ms)\n", WIDTH, HEIGHT, ROUNDS);
  g_print ("%-14s %8s %8s %8s %8s\n", "layer", "zoom 5", "zoom 6", "zoom 7", "zoom 8");
  for (guint l = 0; l < G_N_ELEMENTS (layers); l++)
    {
      g_print ("%-14s", layers[l].name);
      for (int zoom = 5; zoom <= 8; zoom++)
        {
          GrMapView view;

          gr_map_view_init_centered (&view, zoom, 31.0, 48.5, WIDTH, HEIGHT);
          g_print (" %8.2f", time_draw (layers[l].draw, &view, s, m));
          save_png (layers[l].draw, layers[l].name, &view, s, m);
        }
      g_print ("\n");
    }

  /* hit-tests over a 40 × 25 grid at zoom 6 */
  {
    g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
    GrMapView view;
    guint hits = 0;

    gr_map_view_init_centered (&view, 6, 31.0, 48.5, WIDTH, HEIGHT);
    for (int i = 0; i < 40; i++)
      for (int j = 0; j < 25; j++)
        {
          GrOverlayHit hit;
          gint64 start = g_get_monotonic_time ();
          double t;

          hits += gr_overlay_hit_test (&view, s, NULL, i * WIDTH / 40.0, j * HEIGHT / 25.0, &hit);
          t = (g_get_monotonic_time () - start) / 1e6;
          g_array_append_val (times, t);
        }
    g_print ("hit-test at zoom 6: median %.3f ms (%u of %u points on an item)\n",
             median_ms (times), hits, times->len);
  }
  return 0;
}
