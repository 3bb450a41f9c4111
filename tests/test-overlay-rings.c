/* test-overlay-rings.c — the air-defence painter's rings and their union against hand-worked pixels
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "overlay-probe.h"

#include "gr-geodesy.h"
#include "gr-overlay-private.h"

/* ---- air defence -------------------------------------------------------- */

/* A 100 km ring around 30° E 50° N at zoom 7.  Metres per pixel there:
 * 2π · 6 378 137 · cos 50° / (256 · 2⁷) = 786.13 m.  The ring is 100 km on
 * the sphere of radius 6 371.0 km, drawn on Mercator's sphere of 6 378.1
 * km, so it spans 100 000 / 786.13 · 6378.137 / 6371.009 = 127.35 px east
 * of the centre.  (North and south differ by ±1 % as Mercator's scale
 * changes over the ring; the test allows 3 %.) */
static void
test_ring_pixels (void)
{
  g_autoptr(GrScenario) s = one_battery (30.0, 50.0);
  GrOverlayStyle style;
  GrMapView view;
  cairo_surface_t *surface;
  double r = 127.35;
  double cx = 300, cy = 300;

  gr_overlay_style_init (&style);
  style.rings = GR_OVERLAY_RING_NOMINAL;
  gr_map_view_init_centered (&view, 7, 30.0, 50.0, 600, 600);
  surface = paint (&view, s, &style);

  /* inside the ring (away from the symbol), in all four directions */
  g_assert_cmpuint (alpha_at (surface, cx + 0.97 * r, cy), >, 0);
  g_assert_cmpuint (alpha_at (surface, cx - 0.97 * r, cy), >, 0);
  g_assert_cmpuint (alpha_at (surface, cx, cy - 0.97 * r), >, 0);
  g_assert_cmpuint (alpha_at (surface, cx, cy + 0.97 * r), >, 0);
  g_assert_cmpuint (alpha_at (surface, cx + 0.5 * r, cy + 0.5 * r), >, 0);
  /* outside it */
  g_assert_cmpuint (alpha_at (surface, cx + 1.03 * r, cy), ==, 0);
  g_assert_cmpuint (alpha_at (surface, cx - 1.03 * r, cy), ==, 0);
  g_assert_cmpuint (alpha_at (surface, cx, cy - 1.03 * r), ==, 0);
  g_assert_cmpuint (alpha_at (surface, cx, cy + 1.03 * r), ==, 0);
  g_assert_cmpuint (alpha_at (surface, cx + 0.75 * r, cy + 0.75 * r), ==, 0);
  cairo_surface_destroy (surface);
}

/* The ring is geodesic, not a circle of pixels: 300 km around 30° E 60° N
 * reaches 300 / 6371.0088 rad = 2.6980° of latitude north and south, to
 * 62.698° N and 57.302° N, which Mercator draws 4 % farther north than
 * south of the centre. */
static void
test_ring_geodesic (void)
{
  g_autoptr(GrScenario) s = gr_scenario_new ();
  GrOverlayStyle style;
  GrMapView view;
  cairo_surface_t *surface;
  double cx, cy, nx, ny, sx, sy;

  fixture_add_system (s, "long", "Long range", 300, 0, 10);
  fixture_add_battery (s, "b", "long", 30.0, 60.0);
  gr_overlay_style_init (&style);
  style.rings = GR_OVERLAY_RING_NOMINAL;
  gr_map_view_init_centered (&view, 6, 30.0, 60.0, 600, 700);
  project_by_hand (6, 30.0, 60.0, &cx, &cy);
  project_by_hand (6, 30.0, 62.698, &nx, &ny);
  project_by_hand (6, 30.0, 57.302, &sx, &sy);
  cx -= view.x, cy -= view.y, ny -= view.y, sy -= view.y;
  g_assert_cmpfloat ((cy - ny) / (sy - cy), >, 1.035);
  surface = paint (&view, s, &style);

  g_assert_cmpuint (alpha_at (surface, cx, ny + 3), >, 0);
  g_assert_cmpuint (alpha_at (surface, cx, ny - 3), ==, 0);
  g_assert_cmpuint (alpha_at (surface, cx, sy - 3), >, 0);
  g_assert_cmpuint (alpha_at (surface, cx, sy + 3), ==, 0);
  cairo_surface_destroy (surface);
}

/* A ring's vertices are the geodesic destinations at even bearings from
 * north, projected: exactly, to the bit, whatever the ring's size. */
static void
test_ring_vertices (void)
{
  static const struct { double lon, lat, km; } rings[] = {
    { 30.0, 50.0, 40 }, { 36.2, 49.9, 250 }, { 22.5, 60.0, 1.5 }, { -179.9, -33.0, 900 },
  };
  GrMapView view;

  gr_map_view_init_centered (&view, 6, 31.0, 48.5, 1280, 800);
  for (guint r = 0; r < G_N_ELEMENTS (rings); r++)
    {
      GrLonLat centre = { rings[r].lon, rings[r].lat };
      g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));
      guint n;

      g_array_set_size (points, 2);  /* appends after what is there */
      n = gr_overlay_circle_points (&view, centre, rings[r].km, points);
      g_assert_cmpuint (n, >=, 24);
      g_assert_cmpuint (points->len, ==, 2 + 2 * n);
      for (guint i = 0; i < n; i++)
        {
          GrLonLat p = gr_geodesy_destination (centre, 360.0 * i / n, rings[r].km);
          double x, y;

          gr_map_view_to_device (&view, p.lon, p.lat, &x, &y);
          g_assert_true (x == g_array_index (points, double, 2 + 2 * i));
          g_assert_true (y == g_array_index (points, double, 3 + 2 * i));
        }
    }
}

/* Two overlapping rings are one union: where both cover, the fill is no
 * darker than where one does, and the outline of one ring does not run
 * through the other. */
static void
test_ring_union (void)
{
  g_autoptr(GrScenario) s = one_battery (30.0, 50.0);
  GrOverlayStyle style;
  GrMapView view;
  cairo_surface_t *surface;
  double ax, ay, bx, by, r = 127.35;

  fixture_add_battery (s, "b2", "patriot", 31.0, 50.0);
  gr_overlay_style_init (&style);
  style.rings = GR_OVERLAY_RING_NOMINAL;
  gr_map_view_init_centered (&view, 7, 30.5, 50.0, 800, 600);
  gr_map_view_to_device (&view, 30.0, 50.0, &ax, &ay);
  gr_map_view_to_device (&view, 31.0, 50.0, &bx, &by);
  /* 1° of longitude at 50° N is 91.3 px at zoom 7: the rings overlap */
  g_assert_cmpfloat (bx - ax, <, 2 * r);
  surface = paint (&view, s, &style);

  /* single cover (west of A, away from its symbol) vs double (between
   * the two, but off the line of centres where the leaders would be) */
  g_assert_cmpuint (pixel (surface, ax - 0.5 * r, ay + 40),
                    ==, pixel (surface, (ax + bx) / 2, ay + 40));
  /* where B's circle crosses the line of centres inside A there is no
   * outline: the pixel is plain fill */
  g_assert_cmpuint (pixel (surface, bx - r, by), ==, pixel (surface, bx - r + 8, by));
  /* the union's outline is drawn where A's circle is outside B */
  g_assert_cmpuint (pixel (surface, ax - r, ay), !=, pixel (surface, ax - r + 8, ay));
  cairo_surface_destroy (surface);
}

/* The spherical destination and haversine distance by hand, on the
 * geodesy's sphere of 6 371.0088 km, to find points on a ring and tell
 * whether they lie inside another. */
static void
destination_by_hand (double  lon,
                     double  lat,
                     double  bearing,
                     double  km,
                     double *lon2,
                     double *lat2)
{
  double d = km / 6371.0088, th = bearing * G_PI / 180, la = lat * G_PI / 180;
  double la2 = asin (sin (la) * cos (d) + cos (la) * sin (d) * cos (th));

  *lat2 = la2 * 180 / G_PI;
  *lon2 = lon + atan2 (sin (th) * sin (d) * cos (la), cos (d) - sin (la) * sin (la2)) * 180 / G_PI;
}

static double
distance_by_hand (double lon1,
                  double lat1,
                  double lon2,
                  double lat2)
{
  double p1 = lat1 * G_PI / 180, p2 = lat2 * G_PI / 180;
  double dp = p2 - p1, dl = (lon2 - lon1) * G_PI / 180;
  double h = sin (dp / 2) * sin (dp / 2) + cos (p1) * cos (p2) * sin (dl / 2) * sin (dl / 2);

  return 2 * 6371.0088 * asin (sqrt (h));
}

/* Alpha of the pixel where ring point (bearing from the battery at lon,
 * lat, radius km) is drawn in view. */
static guint
ring_alpha (cairo_surface_t *surface,
            const GrMapView *view,
            double           lon,
            double           lat,
            double           bearing,
            double           km)
{
  double plon, plat, x, y;

  destination_by_hand (lon, lat, bearing, km, &plon, &plat);
  project_by_hand (view->zoom, plon, plat, &x, &y);
  return alpha_at (surface, x - view->x, y - view->y);
}

/* The union's outline is cut where the rings cross, to within a few px:
 * walking round ring A (100 km at 30° E 50° N) every 5°, a point more than
 * 4 km (5 px at 786 m/px) inside ring B (100 km around 31° E) shows only
 * the fill (alpha 0.06 · 255 = 15), and one more than 4 km outside it
 * the outline (alpha 0.75 of at least half the pixel, which a 1.5 px line
 * through it covers). */
static void
test_ring_union_cut (void)
{
  g_autoptr(GrScenario) s = one_battery (30.0, 50.0);
  GrOverlayStyle style;
  GrMapView view;
  cairo_surface_t *surface;
  guint inside = 0, outside = 0;

  fixture_add_battery (s, "b2", "patriot", 31.0, 50.0);
  gr_overlay_style_init (&style);
  style.rings = GR_OVERLAY_RING_NOMINAL;
  gr_map_view_init_centered (&view, 7, 30.5, 50.0, 800, 600);
  surface = paint (&view, s, &style);

  for (double bearing = 0; bearing < 360; bearing += 5)
    {
      double plon, plat, d;

      destination_by_hand (30.0, 50.0, bearing, 100, &plon, &plat);
      d = distance_by_hand (plon, plat, 31.0, 50.0);
      if (d < 96)
        {
          g_assert_cmpuint (ring_alpha (surface, &view, 30.0, 50.0, bearing, 100), <=, 20);
          inside++;
        }
      else if (d > 104)
        {
          g_assert_cmpuint (ring_alpha (surface, &view, 30.0, 50.0, bearing, 100), >, 80);
          outside++;
        }
    }
  /* B covers A's eastern third: both kinds were seen */
  g_assert_cmpuint (inside, >=, 15);
  g_assert_cmpuint (outside, >=, 40);
  cairo_surface_destroy (surface);
}

/* A ring inside another has no outline, whichever comes first; of two
 * batteries at one place the ring is drawn once: its pixels are those of
 * one battery's ring (twice, alpha 0.75 would pile up to 0.94). */
static void
test_ring_inside (void)
{
  g_autoptr(GrScenario) nested = gr_scenario_new ();
  g_autoptr(GrScenario) twice = one_battery (30.0, 50.0);
  g_autoptr(GrScenario) once = one_battery (30.0, 50.0);
  GrOverlayStyle style;
  GrMapView view;
  cairo_surface_t *surface, *single;

  /* 30 km around 30.1° E 50.05° N: its centre 9.4 km from the big one's,
   * 9.4 + 30 < 100 */
  fixture_add_system (nested, "short", "Short range", 30, 0, 10);
  fixture_add_system (nested, "patriot", "Patriot", 100, 0, 10);
  fixture_add_battery (nested, "small", "short", 30.1, 50.05);
  fixture_add_battery (nested, "big", "patriot", 30.0, 50.0);
  fixture_add_battery (twice, "b2", "patriot", 30.0, 50.0);
  gr_overlay_style_init (&style);
  style.rings = GR_OVERLAY_RING_NOMINAL;
  gr_map_view_init_centered (&view, 7, 30.0, 50.0, 600, 600);

  surface = paint (&view, nested, &style);
  for (double bearing = 0; bearing < 360; bearing += 45)
    {
      g_assert_cmpuint (ring_alpha (surface, &view, 30.1, 50.05, bearing, 30), <=, 20);
      g_assert_cmpuint (ring_alpha (surface, &view, 30.0, 50.0, bearing, 100), >, 80);
    }
  cairo_surface_destroy (surface);

  surface = paint (&view, twice, &style);
  single = paint (&view, once, &style);
  for (double bearing = 0; bearing < 360; bearing += 45)
    {
      double plon, plat, x, y;

      destination_by_hand (30.0, 50.0, bearing, 100, &plon, &plat);
      project_by_hand (view.zoom, plon, plat, &x, &y);
      g_assert_cmpuint (pixel (surface, x - view.x, y - view.y),
                        ==, pixel (single, x - view.x, y - view.y));
    }
  cairo_surface_destroy (surface);
  cairo_surface_destroy (single);
}

/* A cut does not restart a ring's dashes: ring A's northern half looks the
 * same whether or not ring B cuts off its southern end, for dots, dashes
 * and dash-dots alike, its first vertex (due north) included.  "The same"
 * to 32 levels of 255: cairo measures the path it dashes from coordinates
 * rounded to 1/256 px, the run offsets come from the unrounded ones, so
 * after a cut a dash's end may sit a hundredth of a pixel or two away
 * (11 levels at most here); a dash out of place would differ by ~200.  (With a
 * 10 km radar the horizon is 412 km, so every ring is the 100 km range; B
 * at 48.4° N is 178 km south of A and overlaps it; A's centre is 192 px
 * down the view.) */
static void
test_ring_dash_continuity (void)
{
  static const GrOverlayRings classes[] = {
    GR_OVERLAY_RING_BALLISTIC, GR_OVERLAY_RING_CRUISE, GR_OVERLAY_RING_DRONE,
  };
  g_autoptr(GrScenario) alone = gr_scenario_new ();
  g_autoptr(GrScenario) cut = gr_scenario_new ();
  GrOverlayStyle style;
  GrMapView view;
  double ax, ay;

  fixture_add_system (alone, "long", "Long range", 100, 100, 10000);
  fixture_add_system (cut, "long", "Long range", 100, 100, 10000);
  fixture_add_battery (alone, "a", "long", 30.0, 50.0);
  fixture_add_battery (cut, "a", "long", 30.0, 50.0);
  fixture_add_battery (cut, "b", "long", 30.0, 48.4);
  gr_overlay_style_init (&style);
  gr_map_view_init_centered (&view, 7, 30.0, 50.3, 600, 300);
  project_by_hand (7, 30.0, 50.0, &ax, &ay);
  ay -= view.y;

  for (guint c = 0; c < G_N_ELEMENTS (classes); c++)
    {
      cairo_surface_t *a, *b;
      guint inked = 0;

      style.rings = classes[c];
      a = paint (&view, alone, &style);
      b = paint (&view, cut, &style);
      for (int y = 0; y < ay - 15; y++)
        for (int x = 0; x < view.width; x++)
          {
            guint32 p = pixel (a, x, y), q = pixel (b, x, y);

            for (int shift = 0; shift < 32; shift += 8)
              g_assert_cmpint (ABS ((int) ((p >> shift) & 0xff) - (int) ((q >> shift) & 0xff)),
                               <=, 32);
            inked += (p >> 24) > 100;
          }
      /* the half ring was drawn: hundreds of inked pixels */
      g_assert_cmpuint (inked, >, 100);
      cairo_surface_destroy (a);
      cairo_surface_destroy (b);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/render/overlay/ring-pixels", test_ring_pixels);
  g_test_add_func ("/render/overlay/ring-geodesic", test_ring_geodesic);
  g_test_add_func ("/render/overlay/ring-vertices", test_ring_vertices);
  g_test_add_func ("/render/overlay/ring-union", test_ring_union);
  g_test_add_func ("/render/overlay/ring-union-cut", test_ring_union_cut);
  g_test_add_func ("/render/overlay/ring-inside", test_ring_inside);
  g_test_add_func ("/render/overlay/ring-dash-continuity", test_ring_dash_continuity);

  return g_test_run ();
}
