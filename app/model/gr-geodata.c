/* gr-geodata.c — the bundled Natural Earth layers, read in place from the resources
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-geodata.h"

#include "gr-geo-resources.h"
#include "gr-geopack.h"

#define PACK_RESOURCE "/io/github/guarantor/Guarantor/geo/geodata.pack"

/* The layers in the order of GrGeodata's members. */
static const char * const layer_names[] = {
  "countries_10m", "countries_50m", "borders_10m", "borders_50m",
  "coastline_10m", "coastline_50m", "ukraine_admin1", "places",
  "rivers", "lakes", "seas", "bathymetry",
};

G_STATIC_ASSERT (sizeof (GrGeodata) == G_N_ELEMENTS (layer_names) * sizeof (GrGeoLayer *));
G_STATIC_ASSERT (G_N_ELEMENTS (layer_names) == GR_GEODATA_N_LAYERS);

const char *
gr_geodata_layer_name (guint layer)
{
  g_return_val_if_fail (layer < G_N_ELEMENTS (layer_names), NULL);

  return layer_names[layer];
}

/* The packed layers, where the resource lies in the program's read-only
 * pages: nothing is copied unless the resource is not aligned for its
 * doubles.  Looked up once; NULL only in a broken build. */
static GBytes *
bundled_pack (GError **error)
{
  static GBytes *pack = NULL;
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      GBytes *bytes;

      /* Registered by hand: the resource lives in a static library, where
       * a constructor would be dropped by the linker. */
      gr_geo_register_resource ();
      bytes = g_resource_lookup_data (gr_geo_get_resource (), PACK_RESOURCE,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      if (bytes != NULL && GPOINTER_TO_SIZE (g_bytes_get_data (bytes, NULL)) % 8 != 0)
        {
          gsize size;
          gconstpointer data = g_bytes_get_data (bytes, &size);

          g_bytes_unref (bytes);
          bytes = g_bytes_new_take (g_memdup2 (data, size), size);
        }
      pack = bytes;
      g_once_init_leave (&once, 1);
    }
  if (pack == NULL)
    g_set_error_literal (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_MISSING,
                         "the bundled map data is missing");
  return pack;
}

static GrGeoLayer *
load_layer (guint    layer,
            GError **error)
{
  GBytes *pack = bundled_pack (error);

  return pack != NULL ? gr_geopack_read_layer (pack, layer_names[layer], error) : NULL;
}

static void
geodata_clear (GrGeodata *self)
{
  GrGeoLayer **layers = (GrGeoLayer **) self;

  for (guint i = 0; i < GR_GEODATA_N_LAYERS; i++)
    g_clear_pointer (&layers[i], gr_geo_layer_free);
}

GrGeodata *
gr_geodata_load (GError **error)
{
  GrGeodata *self = g_atomic_rc_box_new0 (GrGeodata);
  GrGeoLayer **layers = (GrGeoLayer **) self;

  for (guint i = 0; i < GR_GEODATA_N_LAYERS; i++)
    {
      layers[i] = load_layer (i, error);
      if (layers[i] == NULL)
        {
          g_atomic_rc_box_release_full (self, (GDestroyNotify) geodata_clear);
          return NULL;
        }
    }
  return self;
}

/**
 * gr_geodata_load_shared_layers:
 * @layers: the layers the caller reads
 *
 * The process's one copy of the bundled geodata, with at least @layers
 * loaded.  The layers are read in place from the program's resources, each
 * on its first use: a headless command that needs three layers never
 * touches the pages of the other nine.  A loaded layer never changes, so
 * the model (built in a worker) and the base map (in the tile worker) read
 * the same copy.  Each layer is loaded once, behind its own g_once: callers
 * wait for one another only while the same layer's small table of features
 * is being set up, never for a global lock.  Only the layers asked for are
 * guaranteed to be there; the copy lives until the process exits.
 *
 * Returns: (transfer full) (nullable): a new reference, NULL only when the
 *   bundled data is broken
 */
GrGeodata *
gr_geodata_load_shared_layers (GrGeodataLayers   layers,
                               GError          **error)
{
  static GrGeodata *shared = NULL;
  static gsize loaded[GR_GEODATA_N_LAYERS];
  static gsize created = 0;
  GrGeoLayer **slots;

  if (g_once_init_enter (&created))
    {
      shared = g_atomic_rc_box_new0 (GrGeodata);
      g_once_init_leave (&created, 1);
    }
  slots = (GrGeoLayer **) shared;

  for (guint i = 0; i < GR_GEODATA_N_LAYERS; i++)
    {
      if (!(layers & (1u << i)))
        continue;
      /* 1: loaded; 2: the data is broken */
      if (g_once_init_enter (&loaded[i]))
        {
          slots[i] = load_layer (i, NULL);
          g_once_init_leave (&loaded[i], slots[i] != NULL ? 1 : 2);
        }
      if (loaded[i] == 2)
        {
          /* say why again: the data is compiled in, so this is rare */
          g_autoptr(GrGeoLayer) again = load_layer (i, error);

          return NULL;
        }
    }
  return gr_geodata_ref (shared);
}

GrGeodata *
gr_geodata_load_shared (GError **error)
{
  return gr_geodata_load_shared_layers (GR_GEODATA_LAYERS_ALL, error);
}

GrGeodata *
gr_geodata_ref (GrGeodata *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
gr_geodata_unref (GrGeodata *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) geodata_clear);
}

const GrGeoFeature *
gr_geodata_find_country (const GrGeodata *self,
                         const char      *iso_n3)
{
  return gr_geo_layer_find (self->countries, iso_n3);
}
