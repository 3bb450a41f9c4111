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
 * outline in countries_10m (gr-model-grid.c).  A broken layer stops the build with a message
 * naming the file and the place.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gr-geopack.h"
#include "gr-metrics.h"
#include "gr-model-grid.h"

/* The model's grid on Ukraine's outline in the layer the model reads. */
static GBytes *
model_grid (GPtrArray *layers)
{
  for (guint l = 0; l < layers->len; l++)
    {
      const GrGeoLayer *layer = g_ptr_array_index (layers, l);

      if (!g_str_equal (layer->name, "countries_10m"))
        continue;
      for (guint i = 0; i < layer->n_features; i++)
        if (g_strcmp0 (layer->features[i].code, GR_ISO_N3_UKRAINE) == 0 &&
            layer->features[i].kind == GR_GEOM_POLYGON && layer->features[i].n_points >= 3)
          {
            GrModelGrid grid;
            GBytes *blob;

            gr_model_grid_compute (&layer->features[i], GR_MODEL_GRID_CENTRE,
                                   GR_MODEL_CELL_KM, &grid);
            blob = gr_model_grid_write (&grid);
            gr_model_grid_clear (&grid);
            return blob;
          }
    }
  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) layers = g_ptr_array_new_with_free_func ((GDestroyNotify) gr_geo_layer_free);
  g_autoptr(GBytes) pack = NULL;
  g_autoptr(GBytes) grid = NULL;
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

  grid = model_grid (layers);
  pack = gr_geopack_write ((GrGeoLayer * const *) layers->pdata, layers->len, grid);
  if (!g_file_set_contents (argv[1], g_bytes_get_data (pack, NULL), g_bytes_get_size (pack),
                            &error))
    {
      fprintf (stderr, "%s: %s\n", argv[0], error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
