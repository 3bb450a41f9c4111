/* gr-model.c — the precomputed geography the metrics are evaluated on
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-metrics-private.h"

#include "gr-geopack.h"
#include "gr-model-borders.h"
#include "gr-model-grid.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

G_DEFINE_QUARK (gr-model-error-quark, gr_model_error)

/* The grid computed at build time into the geodata pack when the model
 * is built on the bundled layers, else computed here. */
static void
build_grid (GrModel *self)
{
  GrModelGrid grid = { 0 };
  GBytes *pack = self->geo->countries->pack;
  g_autoptr(GBytes) blob = pack != NULL ? gr_geopack_get_extra (pack, GR_MODEL_GRID_TAG) : NULL;

  gr_equal_area_init (&self->proj, GR_MODEL_GRID_CENTRE);
  if (blob == NULL || !gr_model_grid_read (blob, GR_MODEL_GRID_CENTRE, GR_MODEL_CELL_KM, &grid))
    gr_model_grid_compute (self->ukraine, GR_MODEL_GRID_CENTRE, GR_MODEL_CELL_KM, &grid);
  self->cell_km = grid.cell_km;
  self->x0 = grid.x0;
  self->y0 = grid.y0;
  self->nx = grid.nx;
  self->ny = grid.ny;
  self->n_cells = grid.n_cells;
  self->grid = grid.index;
  self->centres = grid.centres;
  self->vectors = grid.vectors;
  self->grid_data = g_steal_pointer (&grid.data);
}

/* Outside the box a point is outside the rings too: a quick first test. */
static gboolean
bounds_contain (const GrBounds *b,
                GrLonLat        p)
{
  return p.lon >= b->min_lon && p.lon <= b->max_lon && p.lat >= b->min_lat && p.lat <= b->max_lat;
}

static void
build_cities (GrModel *self)
{
  const GrGeoLayer *places = self->geo->places;
  const GrGeoFeature *ua = self->ukraine;
  GArray *cities = g_array_new (FALSE, TRUE, sizeof (GrCity));
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (GrLonLat));
  g_autofree gboolean *inside = NULL;

  /* The places in Ukraine's bounds, then which of them are in it, all
   * at once. */
  for (guint i = 0; i < places->n_features; i++)
    {
      const GrGeoFeature *f = &places->features[i];

      if (f->kind != GR_GEOM_POINT || f->n_points == 0 || f->value <= 0
          || !bounds_contain (&ua->bounds, f->points[0]))
        continue;
      g_array_append_val (candidates, i);
      g_array_append_val (positions, f->points[0]);
    }
  inside = g_new (gboolean, MAX (positions->len, 1));
  gr_geodesy_points_in_rings ((const GrLonLat *) (void *) positions->data, positions->len,
                              ua->points, ua->parts, ua->n_parts, inside);

  for (guint c = 0; c < candidates->len; c++)
    {
      const GrGeoFeature *f = &places->features[g_array_index (candidates, guint, c)];
      GrCity city = { 0 };

      if (!inside[c])
        continue;
      city.name = g_strdup (f->name);
      city.name_uk = g_strdup (f->name_uk);
      city.position = f->points[0];
      city.population = f->value;
      self->population += city.population;
      g_array_append_val (cities, city);
    }

  self->n_cities = cities->len;
  self->cities = (GrCity *) (void *) g_array_free (cities, FALSE);
  self->city_vectors = g_new (double, 3 * (gsize) MAX (self->n_cities, 1));
  for (guint c = 0; c < self->n_cities; c++)
    gr_geodesy_unit_vector (self->cities[c].position, self->city_vectors + 3 * c);
}

/* The border regions computed at build time into the geodata pack when
 * the model is built on the bundled layers, else computed here. */
static void
build_border_regions (GrModel *self)
{
  const GrGeoLayer *admin1 = self->geo->admin1;
  GBytes *pack = self->geo->countries->pack;
  g_autoptr(GBytes) blob = NULL;
  GrModelBorders borders = { 0 };

  /* the pack's regions are for its own admin-1 layer */
  if (pack != NULL && admin1->pack == pack)
    blob = gr_geopack_get_extra (pack, GR_MODEL_BORDERS_TAG);
  if (blob == NULL || !gr_model_borders_read (blob, admin1->n_features, &borders))
    {
      const GrGeoFeature *neighbours[] = {
        gr_geodata_find_country (self->geo, GR_MODEL_BORDER_RUSSIA),
        gr_geodata_find_country (self->geo, GR_MODEL_BORDER_BELARUS),
      };

      gr_model_borders_compute (self->ukraine, neighbours, G_N_ELEMENTS (neighbours), admin1,
                                &borders);
    }

  self->n_regions = borders.n_regions;
  self->regions = g_new0 (GrBorderRegion, MAX (borders.n_regions, 1));
  self->region_vectors = g_new0 (const double *, MAX (borders.n_regions, 1));
  for (guint r = 0; r < borders.n_regions; r++)
    {
      const GrModelBorder *b = &borders.regions[r];
      const GrGeoFeature *f = &admin1->features[b->feature];
      GrBorderRegion *region = &self->regions[r];

      region->code = g_strdup (f->code);
      region->name = g_strdup (f->name);
      region->name_uk = g_strdup (f->name_uk);
      region->label = f->label;
      region->border_points = borders.points + b->start;
      region->n_border_points = b->n_points;
      region->border_km = b->km;
      self->border_km += b->km;
      self->region_vectors[r] = borders.vectors + 3 * (gsize) b->start;
    }
  self->border_data = g_steal_pointer (&borders.data);
}

GrModel *
gr_model_new (GrGeodata  *geo,
              GError    **error)
{
  g_autoptr(GrModel) self = NULL;
  const GrGeoFeature *ua;

  g_return_val_if_fail (geo != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ua = gr_geodata_find_country (geo, GR_ISO_N3_UKRAINE);
  if (ua == NULL || ua->kind != GR_GEOM_POLYGON || ua->n_points < 3)
    {
      g_set_error_literal (error, GR_MODEL_ERROR, GR_MODEL_ERROR_NO_UKRAINE,
                           _("The map data has no outline of Ukraine"));
      return NULL;
    }

  self = g_new0 (GrModel, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->geo = gr_geodata_ref (geo);
  self->ukraine = ua;
  self->area_km2 = gr_geodesy_polygon_area_km2 (ua->points, ua->parts, ua->n_parts);
  build_grid (self);
  build_cities (self);
  build_border_regions (self);

  return g_steal_pointer (&self);
}

GrModel *
gr_model_new_default (GError **error)
{
  g_autoptr(GrGeodata) geo = gr_geodata_load_shared_layers (GR_MODEL_LAYERS, error);

  if (geo == NULL)
    return NULL;
  return gr_model_new (geo, error);
}

G_DEFINE_BOXED_TYPE (GrModel, gr_model, gr_model_ref, gr_model_unref)

static void
new_default_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GError *error = NULL;
  GrModel *model = gr_model_new_default (&error);

  if (model == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, model, (GDestroyNotify) gr_model_unref);
}

void
gr_model_new_default_async (GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, gr_model_new_default_async);
  g_task_run_in_thread (task, new_default_thread);
}

GrModel *
gr_model_new_default_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == gr_model_new_default_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

GrModel *
gr_model_ref (GrModel *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
gr_model_unref (GrModel *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  for (guint i = 0; i < self->n_cities; i++)
    {
      g_free (self->cities[i].name);
      g_free (self->cities[i].name_uk);
    }
  for (guint i = 0; i < self->n_regions; i++)
    {
      g_free (self->regions[i].code);
      g_free (self->regions[i].name);
      g_free (self->regions[i].name_uk);
    }
  g_free (self->region_vectors);
  g_free (self->regions);
  g_free (self->cities);
  g_free (self->city_vectors);
  g_clear_pointer (&self->grid_data, g_bytes_unref);
  g_clear_pointer (&self->border_data, g_bytes_unref);
  g_clear_pointer (&self->geo, gr_geodata_unref);
  g_free (self);
}

GrGeodata *
gr_model_get_geodata (GrModel *self)
{
  return self->geo;
}

const GrGeoFeature *
gr_model_get_ukraine (GrModel *self)
{
  return self->ukraine;
}

double
gr_model_get_area_km2 (GrModel *self)
{
  return self->area_km2;
}

guint
gr_model_get_n_cells (GrModel *self)
{
  return self->n_cells;
}

const GrLonLat *
gr_model_get_cell_centres (GrModel *self)
{
  return self->centres;
}

double
gr_model_get_cell_area_km2 (GrModel *self)
{
  return self->cell_km * self->cell_km;
}

const GrCity *
gr_model_get_cities (GrModel *self,
                     guint   *n_cities)
{
  if (n_cities != NULL)
    *n_cities = self->n_cities;
  return self->cities;
}

const GrBorderRegion *
gr_model_get_border_regions (GrModel *self,
                             guint   *n_regions)
{
  if (n_regions != NULL)
    *n_regions = self->n_regions;
  return self->regions;
}

/* The columns and rows a footprint of @radius_km around the projected
 * (@x, @y) may hold.  The projection stretches distances by well under 1 %
 * over Ukraine; search 2 % and a cell further, then test exactly on the
 * sphere. */
static void
footprint_box (GrModel *self,
               double   x,
               double   y,
               double   radius_km,
               int      box[4])
{
  double reach = radius_km * 1.02 + self->cell_km;

  box[0] = MAX (0, (int) floor ((x - reach - self->x0) / self->cell_km));
  box[1] = MIN (self->nx - 1, (int) ceil ((x + reach - self->x0) / self->cell_km));
  box[2] = MAX (0, (int) floor ((y - reach - self->y0) / self->cell_km));
  box[3] = MIN (self->ny - 1, (int) ceil ((y + reach - self->y0) / self->cell_km));
}

GArray *
gr_model_footprint (GrModel  *self,
                    GrLonLat  centre,
                    double    radius_km)
{
  GArray *cells = g_array_new (FALSE, FALSE, sizeof (guint));
  double v[3], x, y, cos_r;
  int box[4];

  if (!(radius_km > 0))
    return cells;
  gr_geodesy_unit_vector (centre, v);
  cos_r = cos (radius_km / GR_EARTH_RADIUS_KM);
  gr_equal_area_forward (&self->proj, centre, &x, &y);
  footprint_box (self, x, y, radius_km, box);

  for (int j = box[2]; j <= box[3]; j++)
    for (int i = box[0]; i <= box[1]; i++)
      {
        int c = self->grid[j * self->nx + i];
        const double *w;

        if (c < 0)
          continue;
        w = self->vectors + 3 * c;
        if (v[0] * w[0] + v[1] * w[1] + v[2] * w[2] >= cos_r)
          {
            guint cu = c;
            g_array_append_val (cells, cu);
          }
      }
  return cells;
}

static int
cmp_ring_cells (const void *a,
                const void *b)
{
  const GrRingCell *x = a, *y = b;

  if (x->dot != y->dot)
    return x->dot > y->dot ? -1 : 1;
  return (x->cell > y->cell) - (x->cell < y->cell);
}

GrCellRing *
gr_model_cell_ring_new (GrModel  *self,
                        GrLonLat  centre,
                        double    radius_km)
{
  GArray *cells = g_array_new (FALSE, FALSE, sizeof (GrRingCell));
  GrCellRing *ring = g_new0 (GrCellRing, 1);
  double v[3];

  gr_equal_area_forward (&self->proj, centre, &ring->x, &ring->y);
  gr_geodesy_unit_vector (centre, v);
  ring->cos_r = cos (radius_km / GR_EARTH_RADIUS_KM);
  footprint_box (self, ring->x, ring->y, radius_km, ring->box);

  /* The test of gr_model_footprint(), keeping what decides it. */
  for (int j = ring->box[2]; j <= ring->box[3]; j++)
    for (int i = ring->box[0]; i <= ring->box[1]; i++)
      {
        int c = self->grid[j * self->nx + i];
        const double *w;
        GrRingCell cell;

        if (c < 0)
          continue;
        w = self->vectors + 3 * c;
        cell.dot = v[0] * w[0] + v[1] * w[1] + v[2] * w[2];
        if (cell.dot >= ring->cos_r)
          {
            cell.cell = c;
            cell.i = i;
            cell.j = j;
            g_array_append_val (cells, cell);
          }
      }
  /* An empty array's data is NULL, which qsort() may not be given. */
  if (cells->len > 1)
    qsort (cells->data, cells->len, sizeof (GrRingCell), cmp_ring_cells);
  ring->n_cells = cells->len;
  ring->cells = (GrRingCell *) (void *) g_array_free (cells, FALSE);
  return ring;
}

void
gr_cell_ring_free (GrCellRing *ring)
{
  if (ring == NULL)
    return;
  g_free (ring->cells);
  g_free (ring);
}

gboolean
gr_model_footprint_from_ring (GrModel          *self,
                              const GrCellRing *ring,
                              double            radius_km,
                              GArray           *cells)
{
  double cos_r;
  guint lo = 0, hi = ring->n_cells, n;
  guint *out;
  int box[4];

  if (!(radius_km > 0))
    return TRUE;
  cos_r = cos (radius_km / GR_EARTH_RADIUS_KM);
  footprint_box (self, ring->x, ring->y, radius_km, box);
  /* Every cell gr_model_footprint() would take must be in the ring:
   * inside its box and at least as near. */
  if (!(cos_r >= ring->cos_r) || box[0] < ring->box[0] || box[1] > ring->box[1]
      || box[2] < ring->box[2] || box[3] > ring->box[3])
    return FALSE;

  /* The cells are nearest first: those within are a prefix. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (ring->cells[mid].dot >= cos_r)
        lo = mid + 1;
      else
        hi = mid;
    }
  /* Sized once for the prefix, then to what the box kept. */
  n = cells->len;
  g_array_set_size (cells, n + lo);
  out = &g_array_index (cells, guint, 0);
  for (guint k = 0; k < lo; k++)
    {
      const GrRingCell *cell = &ring->cells[k];

      if (cell->i >= box[0] && cell->i <= box[1] && cell->j >= box[2] && cell->j <= box[3])
        out[n++] = cell->cell;
    }
  g_array_set_size (cells, n);
  return TRUE;
}
