/* gr-point-grid.c — a uniform grid of points, for finding near neighbours
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The painters ask "which symbols or rings are near this one?" for every
 * one of them; comparing all pairs grows with the square of their number
 * (a thousand batteries: a million distances per frame).  Filing each
 * point in a cell of a grid as wide as the largest distance asked about
 * answers from a few cells around it instead.  Cells live in a hash table
 * keyed by their column and row, so points spread over the whole world
 * cost no more than points in one country.
 */

#include "config.h"

#include "gr-point-grid.h"

#include <math.h>

struct _GrPointGrid
{
  double cell_width;
  double cell_height;
  GHashTable *cells;    /* packed column and row → GArray of guint */
};

/* Columns and rows stay well inside 32 bits, so that a key packs both. */
#define CELL_LIMIT 1e9

static gint64
cell_of (double v,
         double size)
{
  return (gint64) CLAMP (floor (v / size), -CELL_LIMIT, CELL_LIMIT);
}

static gint64
cell_key (gint64 col,
          gint64 row)
{
  return (gint64) (((guint64) (guint32) col << 32) | (guint32) row);
}

static guint
key_hash (gconstpointer key)
{
  guint64 k = *(const gint64 *) key * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);

  return (guint) (k >> 32);
}

GrPointGrid *
gr_point_grid_new (double cell_width,
                   double cell_height)
{
  GrPointGrid *self;

  g_return_val_if_fail (cell_width > 0 && cell_height > 0, NULL);

  self = g_new0 (GrPointGrid, 1);
  self->cell_width = cell_width;
  self->cell_height = cell_height;
  self->cells = g_hash_table_new_full (key_hash, g_int64_equal, g_free,
                                       (GDestroyNotify) g_array_unref);
  return self;
}

void
gr_point_grid_free (GrPointGrid *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->cells);
  g_free (self);
}

void
gr_point_grid_add (GrPointGrid *self,
                   guint        index,
                   double       x,
                   double       y)
{
  gint64 key;
  GArray *cell;

  if (!isfinite (x) || !isfinite (y))
    return;
  key = cell_key (cell_of (x, self->cell_width), cell_of (y, self->cell_height));
  cell = g_hash_table_lookup (self->cells, &key);
  if (cell == NULL)
    {
      cell = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (self->cells, g_memdup2 (&key, sizeof key), cell);
    }
  g_array_append_val (cell, index);
}

void
gr_point_grid_query (GrPointGrid *self,
                     double       x0,
                     double       y0,
                     double       x1,
                     double       y1,
                     GArray      *out)
{
  gint64 c0, c1, r0, r1;

  if (isnan (x0) || isnan (y0) || isnan (x1) || isnan (y1) || x0 > x1 || y0 > y1)
    return;
  c0 = cell_of (x0, self->cell_width);
  c1 = cell_of (x1, self->cell_width);
  r0 = cell_of (y0, self->cell_height);
  r1 = cell_of (y1, self->cell_height);

  if ((double) (c1 - c0 + 1) * (double) (r1 - r0 + 1) > g_hash_table_size (self->cells))
    {
      /* a box wider than the points: visit the cells there are */
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, self->cells);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          gint64 col = (gint32) (*(gint64 *) key >> 32), row = (gint32) *(gint64 *) key;
          GArray *cell = value;

          if (col >= c0 && col <= c1 && row >= r0 && row <= r1)
            g_array_append_vals (out, cell->data, cell->len);
        }
    }
  else
    for (gint64 col = c0; col <= c1; col++)
      for (gint64 row = r0; row <= r1; row++)
        {
          gint64 key = cell_key (col, row);
          GArray *cell = g_hash_table_lookup (self->cells, &key);

          if (cell != NULL)
            g_array_append_vals (out, cell->data, cell->len);
        }
}
