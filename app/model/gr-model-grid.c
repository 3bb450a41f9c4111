/* gr-model-grid.c — the model's coverage grid: computed, packed at build time, read in place
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rasterising Ukraine and taking an inverse projection and a unit vector
 * per cell was a third of a headless command's time.  The grid depends
 * only on the bundled outline, so the build computes it (gr-geopack-tool)
 * into the geodata pack and the model reads it where the resource lies.
 *
 * Blob layout, in the byte order of the machine that built it:
 *   Header; int index[nx * ny], padded to 8 bytes; GrLonLat centres[n];
 *   double vectors[3 n].
 */

#include "config.h"

#include "gr-model-grid.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "gr-geodesy.h"

typedef struct
{
  char magic[8];
  GrLonLat centre;
  double cell_km;
  double x0;
  double y0;
  gint32 nx;
  gint32 ny;
  guint32 n_cells;
  guint32 padding;
} Header;

G_STATIC_ASSERT (sizeof (Header) % 8 == 0);

static int
cmp_double (const void *a,
            const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static gsize
index_bytes (int nx,
             int ny)
{
  return ((gsize) nx * ny * sizeof (int) + 7) & ~(gsize) 7;
}

void
gr_model_grid_compute (const GrGeoFeature *ua,
                       GrLonLat            centre,
                       double              cell_km,
                       GrModelGrid        *grid)
{
  g_autofree double *xs = g_new (double, ua->n_points);
  g_autofree double *ys = g_new (double, ua->n_points);
  g_autofree double *crossings = g_new (double, ua->n_points + 1);
  double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE;
  double min_y = G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  g_autoptr(GArray) centres = g_array_new (FALSE, FALSE, sizeof (GrLonLat));
  GrEqualArea proj;
  gsize at_centres, at_vectors, size;
  guint8 *data;
  int *index;
  double *vectors;

  gr_equal_area_init (&proj, centre);
  for (guint i = 0; i < ua->n_points; i++)
    {
      gr_equal_area_forward (&proj, ua->points[i], &xs[i], &ys[i]);
      min_x = MIN (min_x, xs[i]);
      max_x = MAX (max_x, xs[i]);
      min_y = MIN (min_y, ys[i]);
      max_y = MAX (max_y, ys[i]);
    }

  memset (grid, 0, sizeof *grid);
  grid->centre = centre;
  grid->cell_km = cell_km;
  grid->x0 = floor (min_x / cell_km) * cell_km;
  grid->y0 = floor (min_y / cell_km) * cell_km;
  grid->nx = (int) ceil ((max_x - grid->x0) / cell_km) + 1;
  grid->ny = (int) ceil ((max_y - grid->y0) / cell_km) + 1;
  index = g_new (int, (gsize) grid->nx * grid->ny);
  memset (index, 0xff, sizeof (int) * grid->nx * grid->ny);

  for (int j = 0; j < grid->ny; j++)
    {
      double y = grid->y0 + (j + 0.5) * cell_km;
      guint n = 0;

      for (guint r = 0; r < ua->n_parts; r++)
        {
          guint s = ua->parts[r].start, m = ua->parts[r].n_points;

          for (guint a = 0, b = m - 1; a < m; b = a++)
            {
              double ya = ys[s + a], yb = ys[s + b];

              if ((ya > y) != (yb > y))
                crossings[n++] = xs[s + b] + (y - yb) * (xs[s + a] - xs[s + b]) / (ya - yb);
            }
        }
      qsort (crossings, n, sizeof (double), cmp_double);
      for (guint k = 0; k + 1 < n; k += 2)
        {
          int i0 = (int) ceil ((crossings[k] - grid->x0) / cell_km - 0.5);
          int i1 = (int) floor ((crossings[k + 1] - grid->x0) / cell_km - 0.5);

          for (int i = MAX (i0, 0); i <= MIN (i1, grid->nx - 1); i++)
            {
              GrLonLat c = gr_equal_area_inverse (&proj, grid->x0 + (i + 0.5) * cell_km, y);

              index[j * grid->nx + i] = centres->len;
              g_array_append_val (centres, c);
            }
        }
    }

  /* one allocation, laid out as the blob is */
  grid->n_cells = centres->len;
  at_centres = sizeof (Header) + index_bytes (grid->nx, grid->ny);
  at_vectors = at_centres + grid->n_cells * sizeof (GrLonLat);
  size = at_vectors + 3 * grid->n_cells * sizeof (double);
  data = g_malloc0 (size);
  memcpy (data + sizeof (Header), index, sizeof (int) * grid->nx * grid->ny);
  g_free (index);
  memcpy (data + at_centres, centres->data, grid->n_cells * sizeof (GrLonLat));
  vectors = (double *) (void *) (data + at_vectors);
  for (guint c = 0; c < grid->n_cells; c++)
    gr_geodesy_unit_vector (g_array_index (centres, GrLonLat, c), vectors + 3 * c);

  grid->data = g_bytes_new_take (data, size);
  grid->index = (const int *) (const void *) (data + sizeof (Header));
  grid->centres = (const GrLonLat *) (const void *) (data + at_centres);
  grid->vectors = vectors;
}

GBytes *
gr_model_grid_write (const GrModelGrid *grid)
{
  gsize size;
  guint8 *data = g_bytes_unref_to_data (g_bytes_ref (grid->data), &size);
  Header *header = (Header *) (void *) data;

  memcpy (header->magic, GR_MODEL_GRID_TAG, sizeof header->magic);
  header->centre = grid->centre;
  header->cell_km = grid->cell_km;
  header->x0 = grid->x0;
  header->y0 = grid->y0;
  header->nx = grid->nx;
  header->ny = grid->ny;
  header->n_cells = grid->n_cells;
  return g_bytes_new_take (data, size);
}

gboolean
gr_model_grid_read (GBytes      *blob,
                    GrLonLat     centre,
                    double       cell_km,
                    GrModelGrid *grid)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (blob, &size);
  const Header *header = (const Header *) (const void *) data;
  gsize cells, at_centres;
  const int *index;

  g_return_val_if_fail (GPOINTER_TO_SIZE (data) % 8 == 0, FALSE);

  if (size < sizeof (Header) || memcmp (header->magic, GR_MODEL_GRID_TAG, sizeof header->magic) != 0 ||
      header->centre.lon != centre.lon || header->centre.lat != centre.lat ||
      header->cell_km != cell_km || header->nx <= 0 || header->ny <= 0 ||
      (gsize) header->nx > G_MAXINT / (gsize) header->ny)
    return FALSE;
  cells = (gsize) header->nx * header->ny;
  at_centres = sizeof (Header) + index_bytes (header->nx, header->ny);
  if (header->n_cells > cells ||
      size != at_centres + header->n_cells * (sizeof (GrLonLat) + 3 * sizeof (double)))
    return FALSE;
  index = (const int *) (const void *) (data + sizeof (Header));
  for (gsize i = 0; i < cells; i++)
    if (index[i] < -1 || index[i] >= (int) header->n_cells)
      return FALSE;

  grid->centre = centre;
  grid->cell_km = cell_km;
  grid->x0 = header->x0;
  grid->y0 = header->y0;
  grid->nx = header->nx;
  grid->ny = header->ny;
  grid->n_cells = header->n_cells;
  grid->index = index;
  grid->centres = (const GrLonLat *) (const void *) (data + at_centres);
  grid->vectors = (const double *) (const void *) (data + at_centres
                                                   + header->n_cells * sizeof (GrLonLat));
  grid->data = g_bytes_ref (blob);
  return TRUE;
}

void
gr_model_grid_clear (GrModelGrid *grid)
{
  g_clear_pointer (&grid->data, g_bytes_unref);
  memset (grid, 0, sizeof *grid);
}
