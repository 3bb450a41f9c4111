/* gr-vertex-grid.c — the feature with the vertex nearest a point
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model finds, for each of Ukraine's ~900 land-border vertices, the
 * oblast with the nearest vertex; scanning every vertex of the oblasts
 * around it was a quarter of `guarantor --metrics`.  The vertices are
 * filed once in a uniform grid of cells of CELL degrees, stored as one
 * array sorted by cell.  A query scans the cells of a box around the point
 * and doubles the box until the nearest vertex found lies closer than any
 * vertex outside it can be, which gives exactly the brute-force answer.
 */

#include "config.h"

#include "gr-vertex-grid.h"

#include <math.h>

#define CELL 0.2
/* Cells at most: a coarser grid for a layer spread wider than that. */
#define MAX_CELLS (1 << 20)

/* An entry is a feature and one of its vertices, packed in 32 bits: the
 * grid stays small (80 kB for the oblasts' 20,000 vertices), which on a
 * virtual machine, where every fresh page faults slowly, is most of its
 * cost. */
#define VERTEX_BITS 24
#define MAX_FEATURES (1u << (32 - VERTEX_BITS))
#define MAX_VERTICES (1u << VERTEX_BITS)

struct _GrVertexGrid
{
  const GrGeoLayer *layer;
  double lon0;
  double lat0;
  double cell;
  double per_cell;       /* 1 / cell */
  guint cols;
  guint rows;
  guint *start;          /* entries of cell c: start[c] to start[c + 1] */
  guint32 *entries;      /* feature << VERTEX_BITS | vertex */
};

/* The cell of @v along an axis starting at @origin with @n cells, clamped;
 * monotonic in @v, so that a box's cells hold every vertex in the box. */
static inline guint
cell_along (double v,
            double origin,
            double per_cell,
            guint  n)
{
  double c = (v - origin) * per_cell;

  /* NaN lands in the first cell */
  return !(c > 0) ? 0 : c >= n - 1 ? n - 1 : (guint) c;
}

static inline guint
column_of (const GrVertexGrid *self,
           double              lon)
{
  return cell_along (lon, self->lon0, self->per_cell, self->cols);
}

static inline guint
row_of (const GrVertexGrid *self,
        double              lat)
{
  return cell_along (lat, self->lat0, self->per_cell, self->rows);
}

static inline guint
cell_of (const GrVertexGrid *self,
         GrLonLat            p)
{
  return row_of (self, p.lat) * self->cols + column_of (self, p.lon);
}

GrVertexGrid *
gr_vertex_grid_new (const GrGeoLayer *layer)
{
  GrVertexGrid *self;
  double width, height;
  gsize n = 0;

  g_return_val_if_fail (layer != NULL, NULL);

  self = g_new0 (GrVertexGrid, 1);
  self->layer = layer;
  self->lon0 = layer->bounds.min_lon;
  self->lat0 = layer->bounds.min_lat;
  width = MAX (layer->bounds.max_lon - self->lon0, 0);
  height = MAX (layer->bounds.max_lat - self->lat0, 0);
  self->cell = MAX (CELL, sqrt (width * height / MAX_CELLS));
  self->per_cell = 1 / self->cell;
  self->cols = (guint) MIN (width / self->cell + 1, MAX_CELLS);
  self->rows = (guint) MIN (height / self->cell + 1, MAX_CELLS / self->cols);
  self->rows = MAX (self->rows, 1);

  /* A counting sort: each cell's count, summed into where each cell ends,
   * then the vertices placed downwards from there, which leaves start[c]
   * where cell c begins. */
  self->start = g_new0 (guint, (gsize) self->cols * self->rows + 1);
  for (guint f = 0; f < MIN (layer->n_features, MAX_FEATURES); f++)
    for (guint v = 0; v < MIN (layer->features[f].n_points, MAX_VERTICES); v++, n++)
      self->start[cell_of (self, layer->features[f].points[v])]++;
  for (gsize c = 1; c <= (gsize) self->cols * self->rows; c++)
    self->start[c] += self->start[c - 1];
  self->entries = g_new (guint32, MAX (n, 1));
  for (guint f = 0; f < MIN (layer->n_features, MAX_FEATURES); f++)
    for (guint v = 0; v < MIN (layer->features[f].n_points, MAX_VERTICES); v++)
      self->entries[--self->start[cell_of (self, layer->features[f].points[v])]] =
        f << VERTEX_BITS | v;
  return self;
}

void
gr_vertex_grid_free (GrVertexGrid *self)
{
  if (self == NULL)
    return;
  g_free (self->start);
  g_free (self->entries);
  g_free (self);
}

static gboolean
qualifies (const GrGeoFeature *f,
           GrLonLat            p,
           double              margin)
{
  return !(p.lon < f->bounds.min_lon - margin || p.lon > f->bounds.max_lon + margin
           || p.lat < f->bounds.min_lat - margin || p.lat > f->bounds.max_lat + margin);
}

int
gr_vertex_grid_nearest (const GrVertexGrid *self,
                        GrLonLat            p,
                        double              margin)
{
  double k = cos (p.lat * G_PI / 180);
  double best = G_MAXDOUBLE;
  int best_i = -1;

  g_return_val_if_fail (self != NULL, -1);

  for (double r = self->cell;; r *= 2)
    {
      /* Outside lon ± r / k and lat ± r, a vertex is at least r away. */
      double reach = k > 1e-9 ? r / k : G_MAXDOUBLE;
      guint c0 = column_of (self, p.lon - reach), c1 = column_of (self, p.lon + reach);
      guint r0 = row_of (self, p.lat - r), r1 = row_of (self, p.lat + r);
      gboolean everything = p.lon - reach <= self->lon0 && p.lat - r <= self->lat0
                            && p.lon + reach >= self->lon0 + self->cols * self->cell
                            && p.lat + r >= self->lat0 + self->rows * self->cell;

      for (guint row = r0; row <= r1; row++)
        for (guint e = self->start[row * self->cols + c0];
             e < self->start[row * self->cols + c1 + 1]; e++)
          {
            guint f = self->entries[e] >> VERTEX_BITS;
            const GrGeoFeature *feature = &self->layer->features[f];
            GrLonLat q = feature->points[self->entries[e] & (MAX_VERTICES - 1)];
            double dx = (q.lon - p.lon) * k, dy = q.lat - p.lat;
            double d = dx * dx + dy * dy;

            /* the first feature, in the layer's order, of those nearest */
            if ((d < best || (d == best && (int) f < best_i)) && qualifies (feature, p, margin))
              {
                best = d;
                best_i = (int) f;
              }
          }
      if (best < r * r || everything)
        return best_i;
    }
}
