/* test-overlay-scale.c — many batteries: the spatial indexes find what comparing every pair finds
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The air-defence painter groups battery symbols, cuts ring outlines and
 * picks the rings out of view that shape them through grids of points
 * rather than by comparing every pair.  These tests hold it to the old
 * way: the grid's queries against a scan of every point, the symbols'
 * layout against the grouping rule applied to every pair, and a drawing
 * of 200 batteries against the same drawing made by the painter before it
 * had the grids (tests/data/many-batteries.png, drawn at commit 2ed33f9,
 * and drawn again when leader lines learnt to keep off other symbols,
 * when patrol zones' labels learnt their width, when they learnt to keep
 * inside the view and when units learnt to keep off each other where no
 * place is free: the only changes were the leaders a crowded field leaves
 * out, the place of the two zones' names and of three units).
 */

#include "config.h"

#include <math.h>

#include "gr-overlay-private.h"
#include "gr-point-grid.h"
#include "gr-scenario-io.h"

#include "battery-field.h"
#include "box-overlap.h"

#define WIDTH 640
#define HEIGHT 400

static GrScenario *
many_batteries (guint total)
{
  g_autoptr(GError) error = NULL;
  GrScenario *s = gr_scenario_load_bundled ("baseline", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (s->air_defense.batteries->len, <, total);
  g_assert_true (battery_field_add (s, total - s->air_defense.batteries->len));
  return s;
}

/* Every point inside a box comes back, once; a point not finite never. */
static void
test_grid_query (void)
{
  g_autoptr(GrPointGrid) grid = gr_point_grid_new (7.5, 3.0);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));
  double xs[500], ys[500];
  guint32 state = 7;

  for (guint i = 0; i < G_N_ELEMENTS (xs); i++)
    {
      state = state * 1664525u + 1013904223u;
      xs[i] = (state >> 8) / 16777216.0 * 200 - 100;
      state = state * 1664525u + 1013904223u;
      ys[i] = (state >> 8) / 16777216.0 * 120 - 60;
      gr_point_grid_add (grid, i, xs[i], ys[i]);
    }
  gr_point_grid_add (grid, 999, NAN, 0);

  for (int q = 0; q < 40; q++)
    {
      double x0 = -110 + 5.3 * q, y0 = -70 + 3.1 * q, w = 1 + 2.7 * q, h = 2 + 1.3 * q;
      guint inside = 0, seen = 0;

      g_array_set_size (found, 0);
      gr_point_grid_query (grid, x0, y0, x0 + w, y0 + h, found);
      for (guint i = 0; i < G_N_ELEMENTS (xs); i++)
        if (xs[i] >= x0 && xs[i] <= x0 + w && ys[i] >= y0 && ys[i] <= y0 + h)
          {
            inside++;
            for (guint k = 0; k < found->len; k++)
              seen += g_array_index (found, guint, k) == i;
          }
      g_assert_cmpuint (seen, ==, inside);
      for (guint k = 0; k < found->len; k++)
        g_assert_cmpuint (g_array_index (found, guint, k), !=, 999);
    }
}

/* The layout's rule, every pair compared: a battery joins the group of the
 * first earlier battery within 2.3 symbol radii; a group of m fans out on a
 * circle of radius max(1.9 r, 1.3 r / sin(π/m)) round its members' mean
 * position, the first at the top, clockwise. */
static void
test_layout (void)
{
  g_autoptr(GrScenario) s = many_batteries (600);
  GrOverlayStyle style = *gr_overlay_style_or_default (NULL);
  g_autoptr(GArray) spots = NULL;
  g_autofree guint *group = NULL;
  guint n = s->air_defense.batteries->len, n_grouped = 0;
  GrMapView view;
  double r;

  style.layers = GR_OVERLAY_AIR_DEFENSE;  /* no ports to step aside from */
  gr_map_view_init_centered (&view, 6, 31.0, 48.5, 1280, 800);
  r = gr_overlay_battery_radius (gr_overlay_symbol_scale (&view, &style));
  spots = gr_overlay_battery_layout (&view, s, &style);
  g_assert_cmpuint (spots->len, ==, n);

  group = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    {
      const GrOverlaySpot *si = &g_array_index (spots, GrOverlaySpot, i);

      group[i] = i;
      for (guint j = 0; j < i; j++)
        {
          const GrOverlaySpot *sj = &g_array_index (spots, GrOverlaySpot, j);

          if (hypot (sj->ax - si->ax, sj->ay - si->ay) < 2.3 * r)
            {
              group[i] = group[j];
              break;
            }
        }
    }
  for (guint g = 0; g < n; g++)
    {
      double cx = 0, cy = 0, radius;
      guint members = 0, m = 0;

      for (guint i = 0; i < n; i++)
        if (group[i] == g)
          {
            cx += g_array_index (spots, GrOverlaySpot, i).ax;
            cy += g_array_index (spots, GrOverlaySpot, i).ay;
            members++;
          }
      if (members == 0)
        continue;
      if (members == 1)
        {
          const GrOverlaySpot *sp = &g_array_index (spots, GrOverlaySpot, g);

          g_assert_cmpfloat (sp->x, ==, sp->ax);
          g_assert_cmpfloat (sp->y, ==, sp->ay);
          continue;
        }
      n_grouped += members;
      cx /= members;
      cy /= members;
      radius = MAX (1.9 * r, 1.3 * r / sin (G_PI / members));
      for (guint i = 0; i < n; i++)
        if (group[i] == g)
          {
            const GrOverlaySpot *sp = &g_array_index (spots, GrOverlaySpot, i);
            double a = -G_PI / 2 + 2 * G_PI * m++ / members;

            g_assert_cmpfloat_with_epsilon (sp->x, cx + radius * cos (a), 1e-9);
            g_assert_cmpfloat_with_epsilon (sp->y, cy + radius * sin (a), 1e-9);
          }
    }
  /* the field is dense enough that the rule has groups to form */
  g_assert_cmpuint (n_grouped, >, 20);
}

/* 200 batteries drawn as the painter drew them before the grids.  The
 * covered area has been filled since through the union's outline rather
 * than every ring: the rasteriser's anti-aliasing then differs by a level
 * or two at a few edge pixels, which no eye can see; a missing or extra
 * fill, ring or symbol differs by far more. */
static void
test_pixels (void)
{
  g_autoptr(GrScenario) s = many_batteries (200);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "many-batteries.png", NULL);
  cairo_surface_t *expected = cairo_image_surface_create_from_png (path);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  guint differ = 0, worst = 0;
  GrMapView view;

  g_assert_cmpint (cairo_surface_status (expected), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (expected), ==, WIDTH);
  g_assert_cmpint (cairo_image_surface_get_height (expected), ==, HEIGHT);
  gr_map_view_init_centered (&view, 5.5, 31.0, 48.5, WIDTH, HEIGHT);
  gr_overlay_draw_all (cr, &view, s, NULL, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (int y = 0; y < HEIGHT; y++)
    {
      const guint8 *a = cairo_image_surface_get_data (surface) +
                        y * cairo_image_surface_get_stride (surface);
      const guint8 *b = cairo_image_surface_get_data (expected) +
                        y * cairo_image_surface_get_stride (expected);

      for (int x = 0; x < WIDTH; x++)
        {
          guint most = 0;

          for (int c = 0; c < 4; c++)
            most = MAX (most, (guint) ABS (a[4 * x + c] - b[4 * x + c]));
          differ += most > 0;
          worst = MAX (worst, most);
        }
    }
  g_assert_cmpuint (worst, <=, 2);
  /* edge pixels only: a tenth of a percent of the picture */
  g_assert_cmpuint (differ, <=, WIDTH * HEIGHT / 1000);
  cairo_surface_destroy (surface);
  cairo_surface_destroy (expected);
}

/* Where a field of batteries leaves no free place for a unit, the units
 * still keep off each other and stay whole in the view (the place with
 * the fewest units under it), rather than landing on their true
 * positions, over one another. */
static void
test_units_apart (void)
{
  static const guint totals[] = { 200, 400 };

  for (guint t = 0; t < G_N_ELEMENTS (totals); t++)
    {
      g_autoptr(GrScenario) s = many_batteries (totals[t]);
      GrOverlayStyle style = *gr_overlay_style_or_default (NULL);
      g_autoptr(GArray) symbols = NULL;
      GrMapView view;
      double k;

      gr_map_view_init_centered (&view, 5.5, 31.0, 48.5, WIDTH, HEIGHT);
      k = gr_overlay_symbol_scale (&view, &style);
      symbols = gr_overlay_force_layout (&view, s, &style);
      g_assert_cmpuint (symbols->len, >, 5);
      for (guint i = 0; i < symbols->len; i++)
        {
          const GrForceSymbol *a = &g_array_index (symbols, GrForceSymbol, i);
          cairo_rectangle_t ba;

          gr_overlay_force_footprint (a->x, a->y, k, &ba);
          for (guint j = 0; j < i; j++)
            {
              const GrForceSymbol *b = &g_array_index (symbols, GrForceSymbol, j);
              cairo_rectangle_t bb;

              gr_overlay_force_footprint (b->x, b->y, k, &bb);
              if (box_overlap (&ba, &bb, 0))
                g_error ("%u batteries: units %u and %u overlap", totals[t], j, i);
            }
        }
    }
}

static void
assert_same_boxes (const GArray *a,
                   const GArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  g_assert_cmpmem (a->data, a->len * g_array_get_element_size ((GArray *) a),
                   b->data, b->len * g_array_get_element_size ((GArray *) b));
}

/* gr_overlay_text_boxes() skips the ink that notes no box (the rings,
 * the symbols' shapes, their letters): it must still note every box a
 * drawing notes, texts, symbols and leader lines alike, in the same
 * order. */
static void
test_boxes_only (void)
{
  g_autoptr(GrScenario) s = many_batteries (300);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GArray) texts = NULL;
  g_autoptr(GArray) symbols = NULL;
  g_autoptr(GArray) leaders = NULL;
  g_autoptr(GArray) only_texts = NULL;
  g_autoptr(GArray) only_symbols = NULL;
  g_autoptr(GArray) only_leaders = NULL;
  GrOverlayStyle style;
  GrMapView view;

  gr_overlay_style_init (&style);
  style.show_labels = TRUE;
  gr_map_view_init_centered (&view, 6, 31.0, 48.5, WIDTH, HEIGHT);
  gr_overlay_draw_all_with_boxes (cr, &view, s, NULL, &style, &texts, &symbols, &leaders);
  only_texts = gr_overlay_text_boxes (&view, s, NULL, &style, &only_symbols, &only_leaders);
  /* the field crowds symbols into fans with leaders, and has labels */
  g_assert_cmpuint (texts->len, >, 0);
  g_assert_cmpuint (symbols->len, >, 100);
  g_assert_cmpuint (leaders->len, >, 20);
  assert_same_boxes (texts, only_texts);
  assert_same_boxes (symbols, only_symbols);
  assert_same_boxes (leaders, only_leaders);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/render/overlay-scale/grid-query", test_grid_query);
  g_test_add_func ("/render/overlay-scale/layout", test_layout);
  g_test_add_func ("/render/overlay-scale/pixels", test_pixels);
  g_test_add_func ("/render/overlay-scale/boxes-only", test_boxes_only);
  g_test_add_func ("/render/overlay-scale/units-apart", test_units_apart);

  return g_test_run ();
}
