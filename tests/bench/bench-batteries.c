/* bench-batteries.c — how the overlay's drawing time grows with the number of batteries
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adds batteries scattered over Ukraine to the bundled baseline (to 100,
 * 1,000 and 10,000 in all, or the totals given as arguments) and draws every overlay layer into a
 * 1280 × 800 view of the whole country (zoom 6): the frame alone; the
 * frame and then the boxes the place names give way to, in a second pass
 * (as the GUI does when a pan redraws the names but not the instruments);
 * and the frame noting the boxes as it draws (an edit in the GUI, an
 * export).  Prints the median CPU time of a few frames (the process's:
 * the painters use one thread), so that other work on the machine
 * inflates the figures less; asserts nothing.
 */

#include "config.h"

#include "gr-overlay.h"
#include "gr-scenario-io.h"

#include "battery-field.h"

#include <time.h>

#define WIDTH 1280
#define HEIGHT 800

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Median milliseconds of @rounds frames; @boxes: 0 none, 1 a second pass,
 * 2 noted while drawing. */
static double
time_frames (const GrMapView  *view,
             const GrScenario *s,
             const GrMetrics  *m,
             int               boxes,
             int               rounds)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (int r = 0; r < rounds; r++)
    {
      cairo_t *cr = cairo_create (surface);
      g_autoptr(GArray) texts = NULL;
      g_autoptr(GArray) symbols = NULL;
      double start = cpu_ms ();
      double t;

      if (boxes == 2)
        gr_overlay_draw_all_with_boxes (cr, view, s, m, NULL, &texts, &symbols, NULL);
      else
        gr_overlay_draw_all (cr, view, s, m, NULL);
      if (boxes == 1)
        texts = gr_overlay_text_boxes (view, s, m, NULL, &symbols, NULL);
      cairo_surface_flush (surface);
      t = cpu_ms () - start;
      g_array_append_val (times, t);
      cairo_destroy (cr);
    }
  cairo_surface_destroy (surface);
  g_array_sort (times, compare_double);
  return g_array_index (times, double, times->len / 2);
}

int
main (int   argc,
      char *argv[])
{
  static const guint all_totals[] = { 0, 100, 1000, 10000 };
  g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  g_autoptr(GrModel) model = gr_model_new_default (&error);
  GrMapView view;

  g_assert_no_error (error);
  /* the totals to draw: the arguments, or all of them */
  for (int a = 1; a < argc; a++)
    {
      guint total = (guint) g_ascii_strtoull (argv[a], NULL, 10);

      g_array_append_val (totals, total);
    }
  if (totals->len == 0)
    g_array_append_vals (totals, all_totals, G_N_ELEMENTS (all_totals));
  gr_map_view_init_centered (&view, 6, 31.0, 48.5, WIDTH, HEIGHT);
  g_print ("overlay frame with many batteries, %dx%d at zoom 6 (median CPU ms)\n", WIDTH, HEIGHT);
  g_print ("%10s %10s %16s %16s\n", "batteries", "frame", "+ boxes pass", "boxes in pass");
  for (guint t = 0; t < totals->len; t++)
    {
      g_autoptr(GrScenario) s = gr_scenario_load_bundled ("baseline", &error);
      g_autoptr(GrMetrics) m = NULL;
      guint have;
      int rounds;

      g_assert_no_error (error);
      have = s->air_defense.batteries->len;
      if (g_array_index (totals, guint, t) > have)
        battery_field_add (s, g_array_index (totals, guint, t) - have);
      m = gr_model_evaluate (model, s);
      rounds = s->air_defense.batteries->len > 5000 ? 3 : 9;
      g_print ("%10u %10.1f %16.1f %16.1f\n", s->air_defense.batteries->len,
               time_frames (&view, s, m, 0, rounds),
               time_frames (&view, s, m, 1, rounds),
               time_frames (&view, s, m, 2, rounds));
    }
  return 0;
}
