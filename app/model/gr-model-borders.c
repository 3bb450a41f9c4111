/* gr-model-borders.c — the oblasts on the land border: computed, packed at build time, read in place
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finding which oblast each of Ukraine's border vertices belongs to took
 * two thirds of building the model (0.9 ms of a chart export's 38).  It
 * depends only on the bundled layers, so the build computes it
 * (gr-geopack-tool) into the geodata pack, beside the coverage grid, and
 * the model reads it where the resource lies.
 *
 * Blob layout, in the byte order of the machine that built it:
 *   Header; GrModelBorder regions[n_regions]; GrLonLat points[n_points];
 *   double vectors[3 n_points].
 */

#include "config.h"

#include "gr-model-borders.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "gr-geodesy.h"
#include "gr-vertex-grid.h"

/* A border vertex belongs to the oblast with the nearest vertex among
 * those whose bounds, grown by this many degrees, hold it. */
#define OBLAST_MARGIN 0.1

typedef struct
{
  char magic[8];
  guint32 n_admin1;
  guint32 n_regions;
  guint32 n_points;
  guint32 padding;
} Header;

G_STATIC_ASSERT (sizeof (Header) % 8 == 0);
G_STATIC_ASSERT (sizeof (GrModelBorder) % 8 == 0);

static gsize
blob_size (gsize n_regions,
           gsize n_points)
{
  return sizeof (Header) + n_regions * sizeof (GrModelBorder)
         + n_points * (sizeof (GrLonLat) + 3 * sizeof (double));
}

/* Where the arrays of a blob of @n_regions regions and @n_points points
 * start in it. */
static void
offsets (gsize  n_regions,
         gsize  n_points,
         gsize *at_regions,
         gsize *at_points,
         gsize *at_vectors)
{
  *at_regions = sizeof (Header);
  *at_points = *at_regions + n_regions * sizeof (GrModelBorder);
  *at_vectors = *at_points + n_points * sizeof (GrLonLat);
}

/* Points @borders' arrays into its data. */
static void
point_into (GrModelBorders *borders)
{
  const guint8 *data = g_bytes_get_data (borders->data, NULL);
  gsize at_regions, at_points, at_vectors;

  offsets (borders->n_regions, borders->n_points, &at_regions, &at_points, &at_vectors);
  borders->regions = (const GrModelBorder *) (const void *) (data + at_regions);
  borders->points = (const GrLonLat *) (const void *) (data + at_points);
  borders->vectors = (const double *) (const void *) (data + at_vectors);
}

/* A vertex to a tenth of a microdegree (a centimetre), as one number:
 * the key of the shared-vertex test below. */
static gint64
vertex_key (GrLonLat p)
{
  gint64 lon = llround (p.lon * 1e7), lat = llround (p.lat * 1e7);

  return (gint64) (((guint64) (guint32) (gint32) lon << 32) | (guint32) (gint32) lat);
}

static int
cmp_int64 (const void *a,
           const void *b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static void
add_vertices (GArray             *keys,
              const GrGeoFeature *f)
{
  for (guint i = 0; f != NULL && i < f->n_points; i++)
    {
      gint64 key = vertex_key (f->points[i]);

      g_array_append_val (keys, key);
    }
}

/* The oblast of each of @ua's vertices shared with a neighbour (Natural
 * Earth shares land-border vertices exactly between neighbours), -1 for
 * the others. */
static int *
border_oblasts (const GrGeoFeature        *ua,
                const GrGeoFeature *const *neighbours,
                guint                      n_neighbours,
                const GrGeoLayer          *admin1)
{
  g_autoptr(GArray) foreign = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GrVertexGrid) nearest = gr_vertex_grid_new (admin1);
  int *oblast = g_new (int, MAX (ua->n_points, 1));

  for (guint n = 0; n < n_neighbours; n++)
    add_vertices (foreign, neighbours[n]);
  g_array_sort (foreign, cmp_int64);
  for (guint i = 0; i < ua->n_points; i++)
    {
      gint64 key = vertex_key (ua->points[i]);

      oblast[i] = bsearch (&key, foreign->data, foreign->len, sizeof key, cmp_int64) != NULL
                  ? gr_vertex_grid_nearest (nearest, ua->points[i], OBLAST_MARGIN) : -1;
    }
  return oblast;
}

void
gr_model_borders_compute (const GrGeoFeature        *ua,
                          const GrGeoFeature *const *neighbours,
                          guint                      n_neighbours,
                          const GrGeoLayer          *admin1,
                          GrModelBorders            *borders)
{
  guint n_admin1 = admin1 != NULL ? admin1->n_features : 0;
  g_autofree int *oblast = NULL;
  g_autofree guint *count = g_new0 (guint, MAX (n_admin1, 1));
  g_autofree double *km = g_new0 (double, MAX (n_admin1, 1));
  g_autofree guint *next = g_new0 (guint, MAX (n_admin1, 1));
  GrModelBorder *regions;
  GrLonLat *points;
  double *vectors;
  Header *header;
  guint8 *data;
  gsize size, at_regions, at_points, at_vectors;

  memset (borders, 0, sizeof *borders);
  if (ua != NULL && n_admin1 > 0)
    {
      oblast = border_oblasts (ua, neighbours, n_neighbours, admin1);
      for (guint i = 0; i < ua->n_points; i++)
        if (oblast[i] >= 0)
          count[oblast[i]]++;
      /* Border length: ring edges with both ends on the border. */
      for (guint r = 0; r < ua->n_parts; r++)
        {
          guint s = ua->parts[r].start, m = ua->parts[r].n_points;

          for (guint a = 1; a < m; a++)
            if (oblast[s + a - 1] >= 0 && oblast[s + a] >= 0)
              km[oblast[s + a - 1]] += gr_geodesy_distance_km (ua->points[s + a - 1],
                                                               ua->points[s + a]);
        }
      for (guint o = 0; o < n_admin1; o++)
        if (count[o] > 0)
          {
            next[o] = borders->n_points;
            borders->n_regions++;
            borders->n_points += count[o];
          }
    }

  /* one allocation, laid out as the blob is */
  size = blob_size (borders->n_regions, borders->n_points);
  data = g_malloc0 (size);
  header = (Header *) (void *) data;
  memcpy (header->magic, GR_MODEL_BORDERS_TAG, sizeof header->magic);
  header->n_admin1 = n_admin1;
  header->n_regions = borders->n_regions;
  header->n_points = borders->n_points;
  offsets (borders->n_regions, borders->n_points, &at_regions, &at_points, &at_vectors);
  regions = (GrModelBorder *) (void *) (data + at_regions);
  points = (GrLonLat *) (void *) (data + at_points);
  vectors = (double *) (void *) (data + at_vectors);

  for (guint o = 0, r = 0; o < n_admin1 && borders->n_regions > 0; o++)
    if (count[o] > 0)
      regions[r++] = (GrModelBorder) { o, next[o], count[o], 0, km[o] };
  for (guint i = 0; oblast != NULL && i < ua->n_points; i++)
    if (oblast[i] >= 0)
      {
        guint at = next[oblast[i]]++;

        points[at] = ua->points[i];
        gr_geodesy_unit_vector (ua->points[i], vectors + 3 * at);
      }
  borders->data = g_bytes_new_take (data, size);
  point_into (borders);
}

GBytes *
gr_model_borders_write (const GrModelBorders *borders)
{
  g_return_val_if_fail (borders->data != NULL, NULL);

  return g_bytes_ref (borders->data);
}

gboolean
gr_model_borders_read (GBytes         *blob,
                       guint           n_admin1,
                       GrModelBorders *borders)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (blob, &size);
  const Header *header = (const Header *) (const void *) data;
  const GrModelBorder *regions;
  guint next = 0;

  g_return_val_if_fail (GPOINTER_TO_SIZE (data) % 8 == 0, FALSE);

  if (size < sizeof (Header) || memcmp (header->magic, GR_MODEL_BORDERS_TAG,
                                        sizeof header->magic) != 0 ||
      header->n_admin1 != n_admin1 || header->n_regions > n_admin1 ||
      header->n_points > size || size != blob_size (header->n_regions, header->n_points))
    return FALSE;
  regions = (const GrModelBorder *) (const void *) (data + sizeof (Header));
  for (guint r = 0; r < header->n_regions; r++)
    {
      /* in the admin-1 layer's order, the points in turn, each one's once */
      if (regions[r].feature >= n_admin1 || (r > 0 && regions[r].feature <= regions[r - 1].feature)
          || regions[r].start != next || regions[r].n_points == 0
          || regions[r].n_points > header->n_points - next
          || !(regions[r].km >= 0) || !isfinite (regions[r].km))
        return FALSE;
      next += regions[r].n_points;
    }
  if (next != header->n_points)
    return FALSE;

  borders->n_regions = header->n_regions;
  borders->n_points = header->n_points;
  borders->data = g_bytes_ref (blob);
  point_into (borders);
  return TRUE;
}

void
gr_model_borders_clear (GrModelBorders *borders)
{
  g_clear_pointer (&borders->data, g_bytes_unref);
  memset (borders, 0, sizeof *borders);
}
