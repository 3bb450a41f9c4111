/* test-mercator.c — Web Mercator projection against hand-computed pixels
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "gr-mercator.h"

/* Kyiv (30.5234 E, 50.4501 N) at zoom 6: the world is 256·2⁶ = 16384 px;
 * x = (lon + 180) / 360 · 16384, y = (1 − asinh(tan φ) / π) / 2 · 16384,
 * worked out with a calculator to 9581.154 and 5524.529. */
static void
test_kyiv_zoom6 (void)
{
  double x, y;

  gr_mercator_project (6, 30.5234, 50.4501, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 9581.154, 0.01);
  g_assert_cmpfloat_with_epsilon (y, 5524.529, 0.01);
}

static void
test_round_trip (void)
{
  for (double lat = -80; lat <= 80; lat += 7.5)
    for (double lon = -179; lon <= 179; lon += 13.25)
      {
        double x, y, lon2, lat2;

        gr_mercator_project (9.5, lon, lat, &x, &y);
        gr_mercator_unproject (9.5, x, y, &lon2, &lat2);
        g_assert_cmpfloat_with_epsilon (lon2, lon, 1e-9);
        g_assert_cmpfloat_with_epsilon (lat2, lat, 1e-9);
      }
}

/* The equator at zoom 0 is 40 075 016.686 m over 256 px. */
static void
test_meters_per_pixel (void)
{
  g_assert_cmpfloat_with_epsilon (gr_mercator_meters_per_pixel (0, 0), 156543.034, 0.01);
  /* Kyiv at zoom 6: 156543.034 · cos(50.4501°) / 64 = 1557.48 m */
  g_assert_cmpfloat_with_epsilon (gr_mercator_meters_per_pixel (6, 50.4501), 1557.48, 0.01);
}

static void
test_view_tile (void)
{
  GrMapView view;
  double x, y, min_lon, min_lat, max_lon, max_lat;

  /* Tile 4/9/5 spans lon 22.5..45 and lat 40.98..55.78. */
  gr_map_view_init_tile (&view, 4, 9, 5);
  gr_map_view_get_bounds (&view, &min_lon, &min_lat, &max_lon, &max_lat);
  g_assert_cmpfloat_with_epsilon (min_lon, 22.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (max_lon, 45.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (min_lat, 40.979898, 1e-5);
  g_assert_cmpfloat_with_epsilon (max_lat, 55.776573, 1e-5);

  gr_map_view_to_device (&view, 22.5, 55.776573, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 0, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, 0, 1e-3);
}

static void
test_view_centered (void)
{
  GrMapView view;
  double x, y;

  gr_map_view_init_centered (&view, 5, 31.5, 48.5, 800, 600);
  gr_map_view_to_device (&view, 31.5, 48.5, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 400, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, 300, 1e-6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/render/mercator/kyiv-zoom6", test_kyiv_zoom6);
  g_test_add_func ("/render/mercator/round-trip", test_round_trip);
  g_test_add_func ("/render/mercator/meters-per-pixel", test_meters_per_pixel);
  g_test_add_func ("/render/mercator/view-tile", test_view_tile);
  g_test_add_func ("/render/mercator/view-centered", test_view_centered);

  return g_test_run ();
}
