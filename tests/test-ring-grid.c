/* test-ring-grid.c — grid samples inside a ring, against a plain ray cast
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-ring-grid.h"

/* The obvious test, sample by sample: what the grid walk must reproduce. */
static gboolean
in_ring (double        x,
         double        y,
         const double *xs,
         const double *ys,
         guint         n)
{
  gboolean inside = FALSE;

  for (guint i = 0, j = n - 1; i < n; j = i++)
    if ((ys[i] > y) != (ys[j] > y)
        && x < xs[j] + (y - ys[j]) * (xs[i] - xs[j]) / (ys[i] - ys[j]))
      inside = !inside;
  return inside;
}

typedef struct
{
  GHashTable *seen;
  guint count;
} Seen;

static void
record_cb (double   x,
           double   y,
           gpointer data)
{
  Seen *seen = data;

  seen->count++;
  g_hash_table_add (seen->seen, g_strdup_printf ("%.17g %.17g", x, y));
}

/* Random rings (stars, zigzags, vertices on the grid lines) give the same
 * samples as the ray cast of each sample. */
static void
test_random (void)
{
  GRand *rand = g_rand_new_with_seed (13);

  for (guint trial = 0; trial < 200; trial++)
    {
      guint n = g_rand_int_range (rand, 3, 60);
      g_autofree double *xs = g_new (double, n);
      g_autofree double *ys = g_new (double, n);
      g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      Seen seen = { set, 0 };
      guint expected = 0;
      double step = 0.5;
      guint nx = 21, ny = 21;

      for (guint i = 0; i < n; i++)
        {
          /* Half the vertices on sample rows, to hit the edge cases. */
          xs[i] = g_rand_double_range (rand, -1, 11);
          ys[i] = trial % 2 ? 0.25 + step * g_rand_int_range (rand, 0, 21)
                            : g_rand_double_range (rand, -1, 11);
        }
      gr_ring_grid_foreach_inside (xs, ys, n, 0.25, 0.25, step, nx, ny, record_cb, &seen);
      for (guint r = 0; r < ny; r++)
        for (guint c = 0; c < nx; c++)
          {
            double x = 0.25 + c * step, y = 0.25 + r * step;
            g_autofree char *key = g_strdup_printf ("%.17g %.17g", x, y);

            if (in_ring (x, y, xs, ys, n))
              {
                expected++;
                g_assert_true (g_hash_table_contains (set, key));
              }
          }
      g_assert_cmpuint (seen.count, ==, expected);
    }
  g_rand_free (rand);
}

/* A square of side 10 holds the 10 × 10 samples at its cell centres. */
static void
test_square (void)
{
  const double xs[] = { 0, 10, 10, 0 }, ys[] = { 0, 0, 10, 10 };
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Seen seen = { set, 0 };

  gr_ring_grid_foreach_inside (xs, ys, 4, -4.5, -4.5, 1, 20, 20, record_cb, &seen);
  g_assert_cmpuint (seen.count, ==, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/model/ring-grid/square", test_square);
  g_test_add_func ("/model/ring-grid/random", test_random);
  return g_test_run ();
}
