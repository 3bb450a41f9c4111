/* gr-geopack-tool.c — build-time tool: packs the bundled GeoJSON layers for the resources
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * usage: gr-geopack-tool OUTPUT LAYER.geojson…
 *
 * Reads each layer with the app's own GeoJSON reader (gr-geojson.c), names
 * it after its file, and writes them all in the packed form the app reads
 * in place (gr-geopack.c), with the model's grid computed from Ukraine's
 * outline in countries_10m (gr-model-grid.c) and its border regions
 * (gr-model-borders.c).  A broken layer stops the build with a message
 * naming the file and the place.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gr-geopack.h"
#include "gr-metrics.h"
#include "gr-model-borders.h"
#include "gr-model-grid.h"

static const GrGeoLayer *
find_layer (GPtrArray  *layers,
            const char *name)
{
  for (guint l = 0; l < layers->len; l++)
    {
      const GrGeoLayer *layer = g_ptr_array_index (layers, l);

      if (g_str_equal (layer->name, name))
        return layer;
    }
  return NULL;
}

/* The model's grid on Ukraine's outline in countries_10m, and its border
 * regions among the oblasts of ukraine_admin1: what the model derives
 * from the layers it reads. */
static void
model_data (GPtrArray *layers,
            GPtrArray *extras)
{
  const GrGeoLayer *countries = find_layer (layers, "countries_10m");
  const GrGeoLayer *admin1 = find_layer (layers, "ukraine_admin1");
  const GrGeoFeature *ua = gr_geo_layer_find (countries, GR_ISO_N3_UKRAINE);
  const GrGeoFeature *neighbours[] = {
    gr_geo_layer_find (countries, GR_MODEL_BORDER_RUSSIA),
    gr_geo_layer_find (countries, GR_MODEL_BORDER_BELARUS),
  };
  GrModelGrid grid;
  GrModelBorders borders;

  if (ua == NULL || ua->kind != GR_GEOM_POLYGON || ua->n_points < 3)
    return;
  gr_model_grid_compute (ua, GR_MODEL_GRID_CENTRE, GR_MODEL_CELL_KM, &grid);
  g_ptr_array_add (extras, gr_model_grid_write (&grid));
  gr_model_grid_clear (&grid);
  if (admin1 == NULL)
    return;
  gr_model_borders_compute (ua, neighbours, G_N_ELEMENTS (neighbours), admin1, &borders);
  g_ptr_array_add (extras, gr_model_borders_write (&borders));
  gr_model_borders_clear (&borders);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) layers = g_ptr_array_new_with_free_func ((GDestroyNotify) gr_geo_layer_free);
  g_autoptr(GBytes) pack = NULL;
  g_autoptr(GPtrArray) extras = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GError) error = NULL;

  if (argc < 3)
    {
      fprintf (stderr, "usage: %s OUTPUT LAYER.geojson…\n", argv[0]);
      return EXIT_FAILURE;
    }
  for (int i = 2; i < argc; i++)
    {
      g_autofree char *contents = NULL;
      g_autofree char *base = g_path_get_basename (argv[i]);
      g_autoptr(GBytes) bytes = NULL;
      gsize length;
      GrGeoLayer *layer;

      if (!g_file_get_contents (argv[i], &contents, &length, &error))
        {
          fprintf (stderr, "%s: %s\n", argv[0], error->message);
          return EXIT_FAILURE;
        }
      if (g_str_has_suffix (base, ".geojson"))
        base[strlen (base) - strlen (".geojson")] = '\0';
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      layer = gr_geo_layer_parse (bytes, base, &error);
      if (layer == NULL)
        {
          fprintf (stderr, "%s: %s: %s\n", argv[0], argv[i], error->message);
          return EXIT_FAILURE;
        }
      g_ptr_array_add (layers, layer);
    }

  model_data (layers, extras);
  pack = gr_geopack_write ((GrGeoLayer * const *) layers->pdata, layers->len,
                           (GBytes * const *) extras->pdata, extras->len);
  if (!g_file_set_contents (argv[1], g_bytes_get_data (pack, NULL), g_bytes_get_size (pack),
                            &error))
    {
      fprintf (stderr, "%s: %s\n", argv[0], error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
