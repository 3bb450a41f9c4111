/* test-overlay-ghost.c — a compared scenario's instruments drawn as outlines
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expected places come from Web Mercator and a spherical Earth worked
 * by hand (overlay-probe.h), not from the painter's own geometry.
 */

#include "config.h"

#include "overlay-probe.h"

#define LON 30.0
#define LAT 50.0
#define ZOOM 7.0
#define SIZE 512
/* Mean Earth radius: one degree of latitude is 2π · 6371.0088 / 360 km. */
#define KM_PER_DEGREE (2 * G_PI * 6371.0088 / 360.0)

static cairo_surface_t *
paint_ghost (const GrMapView      *view,
             const GrScenario     *s,
             const GrOverlayStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, SIZE, SIZE);
  cairo_t *cr = cairo_create (surface);

  gr_overlay_ghost_draw (cr, view, s, style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The device point @km due north of the battery. */
static void
north_of (const GrMapView *view,
          double           km,
          double          *x,
          double          *y)
{
  project_by_hand (ZOOM, LON, LAT + km / KM_PER_DEGREE, x, y);
  *x -= view->x;
  *y -= view->y;
}

/* Any ink within @r px of (x, y). */
static gboolean
ink_near (cairo_surface_t *surface,
          double           x,
          double           y,
          int              r)
{
  for (int dy = -r; dy <= r; dy++)
    for (int dx = -r; dx <= r; dx++)
      if (alpha_at (surface, x + dx, y + dy) > 0)
        return TRUE;
  return FALSE;
}

/* A battery is a hollow ring with its 100 km range around it: ink on the
 * range, none between (the solid painter fills its coverage there). */
static void
test_battery_outline (void)
{
  g_autoptr(GrScenario) s = one_battery (LON, LAT);
  GrOverlayStyle style;
  GrMapView view;
  cairo_surface_t *ghost, *solid;
  double cx, cy, rx, ry, ix, iy;

  gr_overlay_style_init (&style);
  gr_map_view_init_centered (&view, ZOOM, LON, LAT, SIZE, SIZE);
  ghost = paint_ghost (&view, s, &style);
  solid = paint (&view, s, &style);

  north_of (&view, 0, &cx, &cy);
  north_of (&view, 100, &rx, &ry);
  north_of (&view, 20, &ix, &iy);
  /* The range ring: its halo is continuous under the dashes. */
  g_assert_true (ink_near (ghost, rx, ry, 2));
  /* Unfilled: nothing at 20 km, nor at the centre of the hollow symbol,
   * where the solid painter has its coverage and symbol. */
  g_assert_cmpuint (alpha_at (ghost, ix, iy), ==, 0);
  g_assert_cmpuint (alpha_at (ghost, cx, cy), ==, 0);
  g_assert_cmpuint (alpha_at (solid, ix, iy), >, 0);
  /* The symbol's ring, a few pixels from the centre. */
  g_assert_true (ink_near (ghost, cx, cy, 12));

  cairo_surface_destroy (ghost);
  cairo_surface_destroy (solid);
}

/* A hidden layer is not drawn as a ghost either. */
static void
test_hidden_layer (void)
{
  g_autoptr(GrScenario) s = one_battery (LON, LAT);
  GrOverlayStyle style;
  GrMapView view;
  cairo_surface_t *ghost;
  double rx, ry;

  gr_overlay_style_init (&style);
  style.layers &= ~GR_OVERLAY_AIR_DEFENSE;
  gr_map_view_init_centered (&view, ZOOM, LON, LAT, SIZE, SIZE);
  ghost = paint_ghost (&view, s, &style);
  north_of (&view, 100, &rx, &ry);
  g_assert_false (ink_near (ghost, rx, ry, 2));
  g_assert_false (ink_near (ghost, SIZE / 2.0, SIZE / 2.0, 12));
  cairo_surface_destroy (ghost);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/render/overlay-ghost/battery-outline", test_battery_outline);
  g_test_add_func ("/render/overlay-ghost/hidden-layer", test_hidden_layer);
  return g_test_run ();
}
