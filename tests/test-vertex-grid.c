/* test-vertex-grid.c — the grid finds the feature a full scan finds
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <math.h>

#include "gr-geodata.h"
#include "gr-vertex-grid.h"

/* Every vertex of every qualifying feature, in the layer's order, the
 * first of the nearest kept. */
static int
scan_nearest (const GrGeoLayer *layer,
              GrLonLat          p,
              double            margin)
{
  double k = cos (p.lat * G_PI / 180), best = G_MAXDOUBLE;
  int best_i = -1;

  for (guint i = 0; i < layer->n_features; i++)
    {
      const GrGeoFeature *f = &layer->features[i];

      if (p.lon < f->bounds.min_lon - margin || p.lon > f->bounds.max_lon + margin
          || p.lat < f->bounds.min_lat - margin || p.lat > f->bounds.max_lat + margin)
        continue;
      for (guint v = 0; v < f->n_points; v++)
        {
          double dx = (f->points[v].lon - p.lon) * k, dy = f->points[v].lat - p.lat;

          if (dx * dx + dy * dy < best)
            {
              best = dx * dx + dy * dy;
              best_i = (int) i;
            }
        }
    }
  return best_i;
}

/* The oblasts: at Ukraine's every vertex (the model's use), at random
 * points over and beyond them, with the model's margin and wider ones. */
static void
test_oblasts (void)
{
  static const double margins[] = { 0.1, 0.5, 3 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GrGeodata) geo = gr_geodata_load_shared_layers (GR_GEODATA_COUNTRIES
                                                            | GR_GEODATA_ADMIN1, &error);
  g_autoptr(GrVertexGrid) grid = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  const GrGeoFeature *ukraine;
  guint found = 0;

  g_assert_no_error (error);
  ukraine = gr_geodata_find_country (geo, GR_ISO_N3_UKRAINE);
  g_assert_nonnull (ukraine);
  grid = gr_vertex_grid_new (geo->admin1);

  for (guint i = 0; i < ukraine->n_points; i++)
    {
      int expected = scan_nearest (geo->admin1, ukraine->points[i], 0.1);

      g_assert_cmpint (gr_vertex_grid_nearest (grid, ukraine->points[i], 0.1), ==, expected);
      found += expected >= 0;
    }
  /* the test tests something: nearly every vertex has an oblast */
  g_assert_cmpuint (found, >, ukraine->n_points * 9 / 10);

  for (guint i = 0; i < 3000; i++)
    {
      GrLonLat p = { g_rand_double_range (rand, 15, 48), g_rand_double_range (rand, 40, 56) };
      double margin = margins[i % G_N_ELEMENTS (margins)];

      g_assert_cmpint (gr_vertex_grid_nearest (grid, p, margin), ==,
                       scan_nearest (geo->admin1, p, margin));
    }
}

/* Two squares sharing an edge: a point nearest the shared vertices goes to
 * the first square; beyond both margins, to none. */
static void
test_ties (void)
{
  GrLonLat a[] = { { 0, 0 }, { 1, 0 }, { 1, 1 }, { 0, 1 } };
  GrLonLat b[] = { { 1, 0 }, { 2, 0 }, { 2, 1 }, { 1, 1 } };
  GrGeoFeature features[2] = {
    { .bounds = { 0, 0, 1, 1 }, .points = a, .n_points = 4 },
    { .bounds = { 1, 0, 2, 1 }, .points = b, .n_points = 4 },
  };
  GrGeoLayer layer = { .bounds = { 0, 0, 2, 1 }, .features = features, .n_features = 2 };
  g_autoptr(GrVertexGrid) grid = gr_vertex_grid_new (&layer);

  g_assert_cmpint (gr_vertex_grid_nearest (grid, (GrLonLat) { 1.05, 0.5 }, 0.1), ==, 0);
  g_assert_cmpint (gr_vertex_grid_nearest (grid, (GrLonLat) { 1.9, 0.9 }, 0.1), ==, 1);
  g_assert_cmpint (gr_vertex_grid_nearest (grid, (GrLonLat) { 0.1, 0.1 }, 0.1), ==, 0);
  g_assert_cmpint (gr_vertex_grid_nearest (grid, (GrLonLat) { 5, 5 }, 0.1), ==, -1);
  /* far outside the grid, but within a wide margin */
  g_assert_cmpint (gr_vertex_grid_nearest (grid, (GrLonLat) { 5, 5 }, 10), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/vertex-grid/oblasts", test_oblasts);
  g_test_add_func ("/model/vertex-grid/ties", test_ties);
  return g_test_run ();
}
