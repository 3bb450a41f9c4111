/* test-geopack.c — the packed geodata in the resources equals a fresh parse of the GeoJSON
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The build packs data/geo's GeoJSON (gr-geopack-tool); the app reads only
 * the pack.  Every layer, feature, coordinate and property the app reads
 * must come out of the pack as the GeoJSON reader gives it, and so must the
 * model's grid and border regions computed from them; a damaged pack must
 * be refused with a message, not read.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gr-geopack.h"
#include "gr-metrics-private.h"
#include "gr-model-borders.h"
#include "gr-model-grid.h"

static GrGeodata *geodata;

/* Equal, or both NaN (a label the layer does not have). */
static void
assert_same_double (double a,
                    double b)
{
  if (isnan (a) || isnan (b))
    g_assert_true (isnan (a) && isnan (b));
  else
    g_assert_cmpfloat (a, ==, b);
}

static void
assert_same_bounds (const GrBounds *a,
                    const GrBounds *b)
{
  assert_same_double (a->min_lon, b->min_lon);
  assert_same_double (a->min_lat, b->min_lat);
  assert_same_double (a->max_lon, b->max_lon);
  assert_same_double (a->max_lat, b->max_lat);
}

static GrGeoLayer *
parse_geojson (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".geojson", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "geo", file, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GrGeoLayer *layer;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  layer = gr_geo_layer_parse (bytes, name, &error);
  g_assert_no_error (error);
  return layer;
}

static void
test_layer (gconstpointer data)
{
  guint index = GPOINTER_TO_UINT (data);
  const char *name = gr_geodata_layer_name (index);
  g_autoptr(GrGeoLayer) parsed = parse_geojson (name);
  const GrGeoLayer *packed = ((GrGeoLayer **) geodata)[index];

  g_assert_nonnull (packed->pack);
  g_assert_cmpstr (packed->name, ==, parsed->name);
  assert_same_bounds (&packed->bounds, &parsed->bounds);
  g_assert_cmpuint (packed->n_features, ==, parsed->n_features);
  g_assert_cmpuint (packed->n_features, >, 0);
  for (guint i = 0; i < parsed->n_features; i++)
    {
      const GrGeoFeature *p = &packed->features[i], *q = &parsed->features[i];

      g_assert_cmpint (p->kind, ==, q->kind);
      g_assert_cmpstr (p->name, ==, q->name);
      g_assert_cmpstr (p->name_uk, ==, q->name_uk);
      g_assert_cmpstr (p->code, ==, q->code);
      g_assert_cmpint (p->rank, ==, q->rank);
      assert_same_double (p->value, q->value);
      assert_same_double (p->label.lon, q->label.lon);
      assert_same_double (p->label.lat, q->label.lat);
      assert_same_bounds (&p->bounds, &q->bounds);
      g_assert_cmpuint (p->n_points, ==, q->n_points);
      g_assert_cmpuint (p->n_parts, ==, q->n_parts);
      g_assert_cmpmem (p->points, p->n_points * sizeof (GrLonLat),
                       q->points, q->n_points * sizeof (GrLonLat));
      g_assert_cmpmem (p->parts, p->n_parts * sizeof (GrGeoPart),
                       q->parts, q->n_parts * sizeof (GrGeoPart));
    }
}

/* The shared copy loads the layers asked for, and only those. */
static void
test_shared_layers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrGeodata) some = gr_geodata_load_shared_layers (GR_GEODATA_PLACES |
                                                             GR_GEODATA_ADMIN1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (some->places);
  g_assert_nonnull (some->admin1);
  g_assert_cmpuint (some->admin1->n_features, ==, 27);
}

/* A pack of two small layers, then damaged in the ways a bad build would. */
static void
test_damaged (void)
{
  static const char json[] =
    "{\"features\":[{\"properties\":{\"name\":\"A\"},"
    "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4.5]]}}]}";
  g_autoptr(GBytes) src = g_bytes_new_static (json, strlen (json));
  g_autoptr(GrGeoLayer) one = gr_geo_layer_parse (src, "one", NULL);
  g_autoptr(GrGeoLayer) two = gr_geo_layer_parse (src, "two", NULL);
  GrGeoLayer *layers[2] = { one, two };
  g_autoptr(GBytes) pack = gr_geopack_write (layers, 2, NULL, 0);
  g_autoptr(GrGeoLayer) back = NULL;
  g_autoptr(GError) error = NULL;
  gsize size = g_bytes_get_size (pack);
  g_autofree guint8 *bad = NULL;
  g_autoptr(GBytes) bad_bytes = NULL;

  back = gr_geopack_read_layer (pack, "two", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->n_features, ==, 1);
  g_assert_cmpstr (back->features[0].name, ==, "A");
  g_assert_cmpfloat (back->features[0].points[1].lat, ==, 4.5);
  g_clear_pointer (&back, gr_geo_layer_free);

  back = gr_geopack_read_layer (pack, "three", &error);
  g_assert_null (back);
  g_assert_error (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, "three"));
  g_clear_error (&error);

  /* cut short */
  bad_bytes = g_bytes_new_from_bytes (pack, 0, size - 8);
  back = gr_geopack_read_layer (bad_bytes, "one", &error);
  g_assert_null (back);
  g_assert_error (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "one"));
  g_clear_error (&error);
  g_clear_pointer (&bad_bytes, g_bytes_unref);

  /* a feature pointing past the end: the first feature's points offset
   * follows the header (48 bytes) and two layers (48 each), 24 bytes in */
  bad = g_memdup2 (g_bytes_get_data (pack, NULL), size);
  memset (bad + 48 + 2 * 48 + 24, 0x7f, 8);
  bad_bytes = g_bytes_new_static (bad, size);
  back = gr_geopack_read_layer (bad_bytes, "one", &error);
  g_assert_null (back);
  g_assert_error (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "feature 0"));
}

/* The model's grid, computed at build time into the pack and read there in
 * place, equals one computed now from a fresh parse of the GeoJSON. */
static void
test_model_grid (void)
{
  g_autoptr(GrGeoLayer) parsed = parse_geojson ("countries_10m");
  g_autoptr(GrModel) model = NULL;
  g_autoptr(GError) error = NULL;
  const GrGeoFeature *ua = gr_geo_layer_find (parsed, GR_ISO_N3_UKRAINE);
  GrModelGrid fresh;
  gsize pack_size;
  const guint8 *pack_data = g_bytes_get_data (geodata->countries->pack, &pack_size);

  g_assert_nonnull (ua);
  gr_model_grid_compute (ua, GR_MODEL_GRID_CENTRE, GR_MODEL_CELL_KM, &fresh);

  model = gr_model_new_default (&error);
  g_assert_no_error (error);
  /* read in place: the arrays lie inside the resource's pack */
  g_assert_true ((const guint8 *) model->grid > pack_data &&
                 (const guint8 *) (model->vectors + 3 * model->n_cells) <= pack_data + pack_size);

  g_assert_cmpfloat (model->cell_km, ==, GR_MODEL_CELL_KM);
  g_assert_cmpfloat (model->x0, ==, fresh.x0);
  g_assert_cmpfloat (model->y0, ==, fresh.y0);
  g_assert_cmpint (model->nx, ==, fresh.nx);
  g_assert_cmpint (model->ny, ==, fresh.ny);
  /* Ukraine is ≈603,550 km²: ≈24,000 cells of 25 km² */
  g_assert_cmpuint (fresh.n_cells, >, 23000);
  g_assert_cmpuint (fresh.n_cells, <, 25500);
  g_assert_cmpuint (model->n_cells, ==, fresh.n_cells);
  g_assert_cmpmem (model->grid, sizeof (int) * model->nx * model->ny,
                   fresh.index, sizeof (int) * fresh.nx * fresh.ny);
  g_assert_cmpmem (model->centres, sizeof (GrLonLat) * model->n_cells,
                   fresh.centres, sizeof (GrLonLat) * fresh.n_cells);
  g_assert_cmpmem (model->vectors, 3 * sizeof (double) * model->n_cells,
                   fresh.vectors, 3 * sizeof (double) * fresh.n_cells);
  gr_model_grid_clear (&fresh);
}

/* A grid blob for another cell size, or cut short, is not read. */
static void
test_model_grid_refused (void)
{
  g_autoptr(GBytes) blob = gr_geopack_get_extra (geodata->countries->pack, GR_MODEL_GRID_TAG);
  g_autoptr(GBytes) cut = NULL;
  GrModelGrid grid = { 0 };

  g_assert_nonnull (blob);
  g_assert_true (gr_model_grid_read (blob, GR_MODEL_GRID_CENTRE, GR_MODEL_CELL_KM, &grid));
  gr_model_grid_clear (&grid);
  g_assert_false (gr_model_grid_read (blob, GR_MODEL_GRID_CENTRE, 2 * GR_MODEL_CELL_KM, &grid));
  g_assert_false (gr_model_grid_read (blob, (GrLonLat) { 30, 50 }, GR_MODEL_CELL_KM, &grid));
  cut = g_bytes_new_from_bytes (blob, 0, g_bytes_get_size (blob) - 8);
  g_assert_false (gr_model_grid_read (cut, GR_MODEL_GRID_CENTRE, GR_MODEL_CELL_KM, &grid));
  g_assert_null (grid.data);
}

/* Extra blobs are found by the tag they start with, and only whole. */
static void
test_extras (void)
{
  static const char json[] =
    "{\"features\":[{\"properties\":{\"name\":\"A\"},"
    "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}";
  g_autoptr(GBytes) src = g_bytes_new_static (json, strlen (json));
  g_autoptr(GrGeoLayer) one = gr_geo_layer_parse (src, "one", NULL);
  GrGeoLayer *layers[1] = { one };
  g_autoptr(GBytes) a = g_bytes_new_static ("TAG-AAAAfirst", 13);
  g_autoptr(GBytes) b = g_bytes_new_static ("TAG-BBBBsecond blob", 19);
  GBytes *extras[2] = { a, b };
  g_autoptr(GBytes) none = gr_geopack_write (layers, 1, NULL, 0);
  g_autoptr(GBytes) pack = gr_geopack_write (layers, 1, extras, 2);
  g_autoptr(GBytes) found_a = gr_geopack_get_extra (pack, "TAG-AAAA");
  g_autoptr(GBytes) found_b = gr_geopack_get_extra (pack, "TAG-BBBB");
  g_autoptr(GBytes) cut = g_bytes_new_from_bytes (pack, 0, g_bytes_get_size (pack) - 8);
  g_autoptr(GBytes) found_cut = NULL;

  g_assert_null (gr_geopack_get_extra (none, "TAG-AAAA"));
  g_assert_null (gr_geopack_get_extra (pack, "TAG-CCCC"));
  g_assert_nonnull (found_a);
  g_assert_nonnull (found_b);
  g_assert_true (g_bytes_equal (found_a, a));
  g_assert_true (g_bytes_equal (found_b, b));
  /* in place, 8-byte aligned */
  g_assert_cmpuint (GPOINTER_TO_SIZE (g_bytes_get_data (found_b, NULL)) % 8, ==, 0);
  /* the last blob, cut short, is not found (the header's size is past the end) */
  found_cut = gr_geopack_get_extra (cut, "TAG-BBBB");
  g_assert_null (found_cut);
}

/* The border regions, computed at build time into the pack and read there
 * in place, equal those computed now from a fresh parse of the GeoJSON. */
static void
test_model_borders (void)
{
  g_autoptr(GrGeoLayer) countries = parse_geojson ("countries_10m");
  g_autoptr(GrGeoLayer) admin1 = parse_geojson ("ukraine_admin1");
  g_autoptr(GrModel) model = NULL;
  g_autoptr(GError) error = NULL;
  const GrGeoFeature *ua = gr_geo_layer_find (countries, GR_ISO_N3_UKRAINE);
  const GrGeoFeature *neighbours[2] = {
    gr_geo_layer_find (countries, GR_MODEL_BORDER_RUSSIA),
    gr_geo_layer_find (countries, GR_MODEL_BORDER_BELARUS),
  };
  GrModelBorders fresh;
  gsize pack_size;
  const guint8 *pack_data = g_bytes_get_data (geodata->countries->pack, &pack_size);
  double km = 0;

  g_assert_nonnull (ua);
  g_assert_nonnull (neighbours[0]);
  g_assert_nonnull (neighbours[1]);
  gr_model_borders_compute (ua, neighbours, 2, admin1, &fresh);

  model = gr_model_new_default (&error);
  g_assert_no_error (error);
  /* Chernihiv to Luhansk along Russia, Volyn to Chernihiv along Belarus,
   * Crimea's isthmus excluded: a dozen oblasts at most */
  g_assert_cmpuint (fresh.n_regions, >=, 7);
  g_assert_cmpuint (fresh.n_regions, <=, 12);
  g_assert_cmpuint (model->n_regions, ==, fresh.n_regions);
  for (guint r = 0; r < fresh.n_regions; r++)
    {
      const GrModelBorder *b = &fresh.regions[r];
      const GrBorderRegion *region = &model->regions[r];

      g_assert_cmpstr (region->code, ==, admin1->features[b->feature].code);
      g_assert_cmpstr (region->name, ==, admin1->features[b->feature].name);
      g_assert_cmpuint (region->n_border_points, ==, b->n_points);
      g_assert_cmpfloat (region->border_km, ==, b->km);
      g_assert_cmpfloat (b->km, >, 0);
      km += b->km;
      /* read in place: the points lie inside the resource's pack */
      g_assert_true ((const guint8 *) region->border_points > pack_data &&
                     (const guint8 *) (region->border_points + b->n_points)
                     <= pack_data + pack_size);
      g_assert_cmpmem (region->border_points, sizeof (GrLonLat) * b->n_points,
                       fresh.points + b->start, sizeof (GrLonLat) * b->n_points);
      g_assert_cmpmem (model->region_vectors[r], 3 * sizeof (double) * b->n_points,
                       fresh.vectors + 3 * b->start, 3 * sizeof (double) * b->n_points);
    }
  g_assert_cmpfloat (model->border_km, ==, km);
  /* the edges with both ends on shared vertices: some 2,400 km of the
   * 3,000 km with Russia and Belarus, Natural Earth's outlines being
   * generalised */
  g_assert_cmpfloat (km, >, 2000);
  g_assert_cmpfloat (km, <, 3100);
  gr_model_borders_clear (&fresh);
}

/* A border blob for another admin-1 layer, cut short or with a region out
 * of turn is not read. */
static void
test_model_borders_refused (void)
{
  g_autoptr(GBytes) blob = gr_geopack_get_extra (geodata->countries->pack,
                                                 GR_MODEL_BORDERS_TAG);
  guint n_admin1 = geodata->admin1->n_features;
  g_autoptr(GBytes) cut = NULL;
  g_autoptr(GBytes) moved = NULL;
  g_autofree guint8 *bad = NULL;
  GrModelBorders borders = { 0 };
  gsize size;

  g_assert_nonnull (blob);
  g_assert_true (gr_model_borders_read (blob, n_admin1, &borders));
  g_assert_cmpuint (borders.n_regions, >, 1);
  gr_model_borders_clear (&borders);
  g_assert_false (gr_model_borders_read (blob, n_admin1 + 1, &borders));
  cut = g_bytes_new_from_bytes (blob, 0, g_bytes_get_size (blob) - 8);
  g_assert_false (gr_model_borders_read (cut, n_admin1, &borders));
  /* the second region starting one point late (header 24 bytes, then
   * 24 bytes a region, its start 4 bytes in) */
  bad = g_bytes_unref_to_data (g_bytes_ref (blob), &size);
  bad[24 + 24 + 4]++;
  moved = g_bytes_new (bad, size);
  g_assert_false (gr_model_borders_read (moved, n_admin1, &borders));
  g_assert_null (borders.data);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  geodata = gr_geodata_load (&error);
  g_assert_no_error (error);

  for (guint i = 0; i < GR_GEODATA_N_LAYERS; i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/geopack/layer/%s",
                                               gr_geodata_layer_name (i));
      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_layer);
    }
  g_test_add_func ("/model/geopack/shared-layers", test_shared_layers);
  g_test_add_func ("/model/geopack/damaged", test_damaged);
  g_test_add_func ("/model/geopack/model-grid", test_model_grid);
  g_test_add_func ("/model/geopack/model-grid-refused", test_model_grid_refused);
  g_test_add_func ("/model/geopack/extras", test_extras);
  g_test_add_func ("/model/geopack/model-borders", test_model_borders);
  g_test_add_func ("/model/geopack/model-borders-refused", test_model_borders_refused);

  ret = g_test_run ();
  gr_geodata_unref (geodata);
  return ret;
}
