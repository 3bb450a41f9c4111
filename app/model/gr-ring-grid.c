/* gr-ring-grid.c — which samples of a regular grid fall inside a ring
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-ring-grid.h"

#include <math.h>

static int
double_compare (gconstpointer a,
                gconstpointer b)
{
  double p = *(const double *) a, q = *(const double *) b;

  return (p > q) - (p < q);
}

/**
 * gr_ring_grid_foreach_inside:
 * @xs: (array length=n): the ring's x, not closed
 * @ys: (array length=n): its y
 * @x0: x of the first column of samples
 * @y0: y of the first row
 * @step: the distance between samples
 * @nx: samples in a row
 * @ny: rows
 * @func: called with each sample inside the ring, row by row
 *
 * A sample (x, y) is inside when a ray from it to +x crosses an odd number
 * of edges, an edge counting when one end is above y and the other not.
 */
void
gr_ring_grid_foreach_inside (const double   *xs,
                             const double   *ys,
                             guint           n,
                             double          x0,
                             double          y0,
                             double          step,
                             guint           nx,
                             guint           ny,
                             GrRingGridFunc  func,
                             gpointer        data)
{
  g_autofree GArray **rows = NULL;

  g_return_if_fail (func != NULL);

  if (n < 3 || nx == 0 || ny == 0 || !(step > 0))
    return;
  rows = g_new0 (GArray *, ny);

  for (guint i = 0, j = n - 1; i < n; j = i++)
    {
      double lo = MIN (ys[i], ys[j]), hi = MAX (ys[i], ys[j]);
      double first = floor ((lo - y0) / step), last = ceil ((hi - y0) / step);
      guint r0, r1;

      if (ys[i] == ys[j] || last < 0 || first > (double) ny - 1)
        continue;
      r0 = first > 0 ? (guint) first : 0;
      r1 = last < (double) ny - 1 ? (guint) last : ny - 1;
      for (guint r = r0; r <= r1; r++)
        {
          double y = y0 + r * step;
          double cross;

          if ((ys[i] > y) == (ys[j] > y))
            continue;
          cross = xs[j] + (y - ys[j]) * (xs[i] - xs[j]) / (ys[i] - ys[j]);
          if (rows[r] == NULL)
            rows[r] = g_array_new (FALSE, FALSE, sizeof (double));
          g_array_append_val (rows[r], cross);
        }
    }

  for (guint r = 0; r < ny; r++)
    {
      GArray *row = rows[r];
      double y = y0 + r * step;
      guint passed = 0;

      if (row == NULL)
        continue;
      g_array_sort (row, double_compare);
      for (guint c = 0; c < nx; c++)
        {
          double x = x0 + c * step;

          /* Crossings at or left of x do not count for the ray from x. */
          while (passed < row->len && g_array_index (row, double, passed) <= x)
            passed++;
          if ((row->len - passed) % 2 == 1)
            func (x, y, data);
        }
      g_array_unref (row);
    }
}
