/* gr-geojson.c — reading a GeoJSON FeatureCollection into a GrGeoLayer
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The build runs this on the .geojson files of data/geo
 * (gr-geopack-tool.c) and the app reads the packed result; tests compare
 * the two.
 */

#include "config.h"

#include "gr-geodata.h"

#include <json-glib/json-glib.h>
#include <math.h>

#include "gr-json-scan.h"

G_DEFINE_QUARK (gr-geodata-error-quark, gr_geodata_error)

/* Far above the bundled layers (the largest has 40,000 points), far
 * below what exhausts the stack or memory. */
static const GrJsonLimits layer_limits = { 32, 1000000, 10000, 1 << 20, 20000000, 1000000 };

typedef struct
{
  GArray *points;  /* GrLonLat */
  GArray *parts;   /* GrGeoPart */
} GeomBuilder;

/* json-glib 1.6's typed getters warn on a missing member; these do not. */
static JsonObject *
member_object (JsonObject *obj,
               const char *name)
{
  JsonNode *node = obj ? json_object_get_member (obj, name) : NULL;

  return node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
member_array (JsonObject *obj,
              const char *name)
{
  JsonNode *node = obj ? json_object_get_member (obj, name) : NULL;

  return node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static void
bounds_init_empty (GrBounds *b)
{
  b->min_lon = b->min_lat = INFINITY;
  b->max_lon = b->max_lat = -INFINITY;
}

static void
bounds_extend (GrBounds       *b,
               const GrBounds *other)
{
  b->min_lon = MIN (b->min_lon, other->min_lon);
  b->min_lat = MIN (b->min_lat, other->min_lat);
  b->max_lon = MAX (b->max_lon, other->max_lon);
  b->max_lat = MAX (b->max_lat, other->max_lat);
}


static gboolean
read_position (JsonNode  *node,
               GrLonLat  *out,
               GError   **error)
{
  JsonArray *pos;

  if (!JSON_NODE_HOLDS_ARRAY (node) ||
      json_array_get_length (pos = json_node_get_array (node)) < 2)
    {
      g_set_error_literal (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_INVALID,
                           "a position is not an array of two numbers");
      return FALSE;
    }
  for (guint i = 0; i < 2; i++)
    {
      JsonNode *v = json_array_get_element (pos, i);
      GType type = JSON_NODE_HOLDS_VALUE (v) ? json_node_get_value_type (v) : G_TYPE_INVALID;

      if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
        {
          g_set_error_literal (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_INVALID,
                               "a position is not an array of two numbers");
          return FALSE;
        }
    }
  out->lon = json_array_get_double_element (pos, 0);
  out->lat = json_array_get_double_element (pos, 1);
  if (!isfinite (out->lon) || !isfinite (out->lat))
    {
      g_set_error_literal (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_INVALID,
                           "a position is not finite");
      return FALSE;
    }
  return TRUE;
}

/* Appends one line string or ring as a part. */
static gboolean
read_part (GeomBuilder  *gb,
           JsonNode     *node,
           GError      **error)
{
  JsonArray *coords;
  GrGeoPart part;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error_literal (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_INVALID,
                           "a line or ring is not an array");
      return FALSE;
    }
  coords = json_node_get_array (node);
  part.start = gb->points->len;
  part.n_points = json_array_get_length (coords);
  for (guint i = 0; i < part.n_points; i++)
    {
      GrLonLat p;

      if (!read_position (json_array_get_element (coords, i), &p, error))
        return FALSE;
      g_array_append_val (gb->points, p);
    }
  g_array_append_val (gb->parts, part);
  return TRUE;
}

/* Depth 0: a position; 1: a list of positions (one part); 2: a list of
 * parts; 3: a list of lists of parts (multipolygons). */
static gboolean
read_nested (GeomBuilder  *gb,
             JsonNode     *node,
             guint         depth,
             GError      **error)
{
  JsonArray *array;

  if (depth == 0)
    {
      GrLonLat p;
      GrGeoPart part = { gb->points->len, 1 };

      if (!read_position (node, &p, error))
        return FALSE;
      g_array_append_val (gb->points, p);
      g_array_append_val (gb->parts, part);
      return TRUE;
    }
  if (depth == 1)
    return read_part (gb, node, error);

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error_literal (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_INVALID,
                           "coordinates are not nested arrays");
      return FALSE;
    }
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!read_nested (gb, json_array_get_element (array, i), depth - 1, error))
      return FALSE;
  return TRUE;
}

static gboolean
read_geometry (GrGeoFeature  *feature,
               JsonObject    *geometry,
               GError       **error)
{
  static const struct { const char *type; GrGeomKind kind; guint depth; } types[] = {
    { "Point", GR_GEOM_POINT, 0 },
    { "MultiPoint", GR_GEOM_POINT, 2 },
    { "LineString", GR_GEOM_LINE, 1 },
    { "MultiLineString", GR_GEOM_LINE, 2 },
    { "Polygon", GR_GEOM_POLYGON, 2 },
    { "MultiPolygon", GR_GEOM_POLYGON, 3 },
  };
  JsonNode *type_node = json_object_get_member (geometry, "type");
  const char *type = type_node != NULL && JSON_NODE_HOLDS_VALUE (type_node)
                     && json_node_get_value_type (type_node) == G_TYPE_STRING
                     ? json_node_get_string (type_node) : "";
  JsonNode *coords = json_object_get_member (geometry, "coordinates");
  GeomBuilder gb;
  gboolean ok;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_str_equal (type, types[i].type))
      break;
  if (i == G_N_ELEMENTS (types) || coords == NULL)
    {
      g_set_error (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_INVALID,
                   "unsupported geometry type “%s”", type);
      return FALSE;
    }

  /* A MultiPoint is a list of positions: one part per point. */
  if (types[i].kind == GR_GEOM_POINT && types[i].depth == 2)
    {
      JsonArray *array = JSON_NODE_HOLDS_ARRAY (coords) ? json_node_get_array (coords) : NULL;

      gb.points = g_array_new (FALSE, FALSE, sizeof (GrLonLat));
      gb.parts = g_array_new (FALSE, FALSE, sizeof (GrGeoPart));
      ok = array != NULL;
      for (guint j = 0; ok && j < json_array_get_length (array); j++)
        ok = read_nested (&gb, json_array_get_element (array, j), 0, error);
      if (array == NULL)
        g_set_error_literal (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_INVALID,
                             "MultiPoint coordinates are not an array");
    }
  else
    {
      gb.points = g_array_new (FALSE, FALSE, sizeof (GrLonLat));
      gb.parts = g_array_new (FALSE, FALSE, sizeof (GrGeoPart));
      ok = read_nested (&gb, coords, types[i].depth, error);
    }

  feature->kind = types[i].kind;
  feature->n_points = gb.points->len;
  feature->points = (GrLonLat *) g_array_free (gb.points, FALSE);
  feature->n_parts = gb.parts->len;
  feature->parts = (GrGeoPart *) g_array_free (gb.parts, FALSE);
  if (!ok)
    return FALSE;

  bounds_init_empty (&feature->bounds);
  for (guint j = 0; j < feature->n_points; j++)
    {
      GrBounds pb = { feature->points[j].lon, feature->points[j].lat,
                      feature->points[j].lon, feature->points[j].lat };
      bounds_extend (&feature->bounds, &pb);
    }
  return TRUE;
}

static const char *
first_string (JsonObject         *props,
              const char * const *keys)
{
  for (guint i = 0; keys[i] != NULL; i++)
    {
      JsonNode *node = json_object_get_member (props, keys[i]);

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
          json_node_get_value_type (node) == G_TYPE_STRING)
        return json_node_get_string (node);
    }
  return NULL;
}

static double
first_number (JsonObject         *props,
              const char * const *keys,
              double              fallback)
{
  for (guint i = 0; keys[i] != NULL; i++)
    {
      JsonNode *node = json_object_get_member (props, keys[i]);

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
          json_node_get_value_type (node) != G_TYPE_STRING)
        return json_node_get_double (node);
    }
  return fallback;
}

static void
read_properties (GrGeoFeature *feature,
                 JsonObject   *props)
{
  static const char * const name_keys[] = { "name", "name_en", NULL };
  static const char * const name_uk_keys[] = { "name_uk", NULL };
  static const char * const code_keys[] = { "iso_n3", "iso_3166_2", "country_iso_a3", NULL };
  static const char * const rank_keys[] = { "scalerank", NULL };
  static const char * const value_keys[] = { "pop_max", "depth", NULL };
  static const char * const label_lon_keys[] = { "label_lon", NULL };
  static const char * const label_lat_keys[] = { "label_lat", NULL };

  feature->name = g_strdup (first_string (props, name_keys));
  feature->name_uk = g_strdup (first_string (props, name_uk_keys));
  feature->code = g_strdup (first_string (props, code_keys));
  feature->rank = (int) first_number (props, rank_keys, 0);
  feature->value = first_number (props, value_keys, 0);
  feature->label.lon = first_number (props, label_lon_keys, NAN);
  feature->label.lat = first_number (props, label_lat_keys, NAN);
}

static void
feature_clear (GrGeoFeature *feature)
{
  g_free (feature->name);
  g_free (feature->name_uk);
  g_free (feature->code);
  g_free (feature->points);
  g_free (feature->parts);
}

void
gr_geo_layer_free (GrGeoLayer *layer)
{
  if (layer == NULL)
    return;
  /* a packed layer's points and names belong to the pack */
  for (guint i = 0; layer->pack == NULL && i < layer->n_features; i++)
    feature_clear (&layer->features[i]);
  g_clear_pointer (&layer->pack, g_bytes_unref);
  g_free (layer->features);
  g_free (layer->name);
  g_free (layer);
}

const GrGeoFeature *
gr_geo_layer_find (const GrGeoLayer *layer,
                   const char       *code)
{
  for (guint i = 0; layer != NULL && i < layer->n_features; i++)
    if (g_strcmp0 (layer->features[i].code, code) == 0)
      return &layer->features[i];
  return NULL;
}

GrGeoLayer *
gr_geo_layer_parse (GBytes      *bytes,
                    const char  *name,
                    GError     **error)
{
  g_autoptr(GrGeoLayer) layer = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *features;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_return_val_if_fail (name != NULL, NULL);

  /* not json-glib's parser: it recurses and accepts more than JSON */
  root = gr_json_read (data, size, &layer_limits, &local_error);
  if (root == NULL)
    {
      g_set_error (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_INVALID,
                   "%s: %s", name, local_error->message);
      return NULL;
    }
  features = root && JSON_NODE_HOLDS_OBJECT (root) ?
             member_array (json_node_get_object (root), "features") : NULL;
  if (features == NULL)
    {
      g_set_error (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_INVALID,
                   "%s: not a GeoJSON FeatureCollection", name);
      return NULL;
    }

  layer = g_new0 (GrGeoLayer, 1);
  layer->name = g_strdup (name);
  layer->features = g_new0 (GrGeoFeature, json_array_get_length (features));
  bounds_init_empty (&layer->bounds);

  for (guint i = 0; i < json_array_get_length (features); i++)
    {
      JsonNode *node = json_array_get_element (features, i);
      JsonObject *obj = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonObject *geometry = member_object (obj, "geometry");
      JsonObject *props = member_object (obj, "properties");
      GrGeoFeature *feature = &layer->features[layer->n_features];

      if (geometry == NULL)
        continue;  /* GeoJSON allows features without geometry */

      layer->n_features++;
      if (props != NULL)
        read_properties (feature, props);
      if (!read_geometry (feature, geometry, &local_error))
        {
          g_set_error (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_INVALID,
                       "%s: feature %u: %s", name, i, local_error->message);
          return NULL;
        }
      bounds_extend (&layer->bounds, &feature->bounds);
    }

  return g_steal_pointer (&layer);
}
