/* gr-geopack.c — the bundled layers in a compact binary form, read in place
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Parsing the bundled GeoJSON took most of a headless command's time and
 * kept a second copy of every point in memory.  The build parses it once
 * (gr-geopack-tool.c) and writes this form into the resources; at run time
 * the points, the parts and the names are read where the resource lies
 * (in the executable's mapped, read-only pages), and only the pages of the
 * layers a command uses are ever touched.
 *
 * Layout, in the byte order and alignment of the machine that built it
 * (the build runs the tool on it), every section 8-byte aligned:
 *   Header; Layer[n_layers]; Feature[all layers]; GrLonLat[all points];
 *   GrGeoPart[all parts]; the names, NUL-terminated; the extra blobs (data
 *   derived from the layers, such as the model's grid), each a guint64
 *   size and the blob, padded to 8 bytes.
 * Offsets count bytes from the start of the pack; a name offset of
 * NO_STRING stands for NULL.
 */

#include "config.h"

#include "gr-geopack.h"

#include <string.h>

#define MAGIC "GRGEOPK3"
#define BYTE_ORDER_MARK 0x01020304u
#define NO_STRING G_MAXUINT32

typedef struct
{
  char magic[8];
  guint32 byte_order;
  guint32 n_layers;
  guint64 size;
  guint64 strings;             /* where the names start */
  guint64 extra;               /* where the extra blobs start, 0 for none */
  guint64 extra_size;          /* all of them */
} Header;

typedef struct
{
  guint32 name;
  guint32 n_features;
  guint64 features;
  GrBounds bounds;
} Layer;

typedef struct
{
  guint32 kind;
  gint32 rank;
  guint32 name;
  guint32 name_uk;
  guint32 code;
  guint32 n_points;
  guint64 points;
  guint64 parts;
  guint32 n_parts;
  guint32 padding;
  double value;
  GrLonLat label;
  GrBounds bounds;
} Feature;

G_STATIC_ASSERT (sizeof (Header) % 8 == 0);
G_STATIC_ASSERT (sizeof (Layer) % 8 == 0);
G_STATIC_ASSERT (sizeof (Feature) % 8 == 0);
G_STATIC_ASSERT (sizeof (GrLonLat) == 16);
G_STATIC_ASSERT (sizeof (GrGeoPart) == 8);

static guint32
add_string (GByteArray *strings,
            GHashTable *seen,
            const char *s)
{
  gpointer offset;

  if (s == NULL)
    return NO_STRING;
  if (!g_hash_table_lookup_extended (seen, s, NULL, &offset))
    {
      offset = GUINT_TO_POINTER (strings->len);
      g_byte_array_append (strings, (const guint8 *) s, strlen (s) + 1);
      g_hash_table_insert (seen, (gpointer) s, offset);
    }
  return GPOINTER_TO_UINT (offset);
}

static gsize
padded (gsize size)
{
  return (size + 7) & ~(gsize) 7;
}

GBytes *
gr_geopack_write (GrGeoLayer * const *layers,
                  guint               n_layers,
                  GBytes * const     *extras,
                  guint               n_extras)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GByteArray) strings = g_byte_array_new ();
  gsize n_features = 0, n_points = 0, n_parts = 0;
  gsize at_features, at_points, at_parts, at_strings, at_extra, extra_size = 0, size;
  gsize next_feature, next_point, next_part;
  guint8 *data;
  Header *header;

  for (guint l = 0; l < n_layers; l++)
    for (guint i = 0; i < layers[l]->n_features; i++)
      {
        n_features++;
        n_points += layers[l]->features[i].n_points;
        n_parts += layers[l]->features[i].n_parts;
      }
  at_features = sizeof (Header) + n_layers * sizeof (Layer);
  at_points = at_features + n_features * sizeof (Feature);
  at_parts = at_points + n_points * sizeof (GrLonLat);
  at_strings = at_parts + n_parts * sizeof (GrGeoPart);

  /* the names first, so that their offsets are known */
  for (guint l = 0; l < n_layers; l++)
    {
      add_string (strings, seen, layers[l]->name);
      for (guint i = 0; i < layers[l]->n_features; i++)
        {
          add_string (strings, seen, layers[l]->features[i].name);
          add_string (strings, seen, layers[l]->features[i].name_uk);
          add_string (strings, seen, layers[l]->features[i].code);
        }
    }
  at_extra = padded (at_strings + strings->len);
  for (guint e = 0; e < n_extras; e++)
    extra_size += sizeof (guint64) + padded (g_bytes_get_size (extras[e]));
  size = at_extra + extra_size;
  data = g_malloc0 (size);
  memcpy (data + at_strings, strings->data, strings->len);
  for (gsize e = 0, at = at_extra; e < n_extras; e++)
    {
      guint64 blob_size = g_bytes_get_size (extras[e]);

      memcpy (data + at, &blob_size, sizeof blob_size);
      memcpy (data + at + sizeof blob_size, g_bytes_get_data (extras[e], NULL), blob_size);
      at += sizeof blob_size + padded (blob_size);
    }

  header = (Header *) data;
  memcpy (header->magic, MAGIC, sizeof header->magic);
  header->byte_order = BYTE_ORDER_MARK;
  header->n_layers = n_layers;
  header->size = size;
  header->strings = at_strings;
  header->extra = n_extras > 0 ? at_extra : 0;
  header->extra_size = extra_size;

  next_feature = at_features;
  next_point = at_points;
  next_part = at_parts;
  for (guint l = 0; l < n_layers; l++)
    {
      const GrGeoLayer *gl = layers[l];
      Layer *pl = (Layer *) (data + sizeof (Header)) + l;

      pl->name = add_string (strings, seen, gl->name);
      pl->n_features = gl->n_features;
      pl->features = next_feature;
      pl->bounds = gl->bounds;
      for (guint i = 0; i < gl->n_features; i++)
        {
          const GrGeoFeature *gf = &gl->features[i];
          Feature *pf = (Feature *) (data + next_feature);

          pf->kind = gf->kind;
          pf->rank = gf->rank;
          pf->name = add_string (strings, seen, gf->name);
          pf->name_uk = add_string (strings, seen, gf->name_uk);
          pf->code = add_string (strings, seen, gf->code);
          pf->value = gf->value;
          pf->label = gf->label;
          pf->bounds = gf->bounds;
          pf->n_points = gf->n_points;
          pf->points = next_point;
          pf->n_parts = gf->n_parts;
          pf->parts = next_part;
          if (gf->n_points > 0)
            memcpy (data + next_point, gf->points, gf->n_points * sizeof (GrLonLat));
          if (gf->n_parts > 0)
            memcpy (data + next_part, gf->parts, gf->n_parts * sizeof (GrGeoPart));
          next_feature += sizeof (Feature);
          next_point += gf->n_points * sizeof (GrLonLat);
          next_part += gf->n_parts * sizeof (GrGeoPart);
        }
    }
  return g_bytes_new_take (data, size);
}

/* The NUL-terminated name at @offset, or NULL; FALSE when out of place. */
static gboolean
read_string (const guint8  *data,
             gsize          size,
             gsize          at_strings,
             guint32        offset,
             const char   **out)
{
  *out = NULL;
  if (offset == NO_STRING)
    return TRUE;
  if (at_strings + offset >= size ||
      memchr (data + at_strings + offset, '\0', size - at_strings - offset) == NULL)
    return FALSE;
  *out = (const char *) data + at_strings + offset;
  return TRUE;
}

/* Whether @count items of @item_size at @offset lie inside the pack. */
static gboolean
span_ok (gsize   size,
         guint64 offset,
         guint64 count,
         gsize   item_size)
{
  return offset <= size && count <= (size - offset) / item_size;
}

static gboolean
read_feature (const guint8  *data,
              gsize          size,
              gsize          at_strings,
              const Feature *pf,
              GrGeoFeature  *gf)
{
  const char *name, *name_uk, *code;

  if (pf->kind > GR_GEOM_POLYGON ||
      !span_ok (size, pf->points, pf->n_points, sizeof (GrLonLat)) ||
      !span_ok (size, pf->parts, pf->n_parts, sizeof (GrGeoPart)) ||
      pf->points % 8 != 0 || pf->parts % 4 != 0 ||
      !read_string (data, size, at_strings, pf->name, &name) ||
      !read_string (data, size, at_strings, pf->name_uk, &name_uk) ||
      !read_string (data, size, at_strings, pf->code, &code))
    return FALSE;

  gf->kind = pf->kind;
  gf->rank = pf->rank;
  gf->name = (char *) name;
  gf->name_uk = (char *) name_uk;
  gf->code = (char *) code;
  gf->value = pf->value;
  gf->label = pf->label;
  gf->bounds = pf->bounds;
  gf->points = (GrLonLat *) (data + pf->points);
  gf->n_points = pf->n_points;
  gf->parts = (GrGeoPart *) (data + pf->parts);
  gf->n_parts = pf->n_parts;
  for (guint p = 0; p < gf->n_parts; p++)
    if (gf->parts[p].start > gf->n_points ||
        gf->parts[p].n_points > gf->n_points - gf->parts[p].start)
      return FALSE;
  return TRUE;
}

GrGeoLayer *
gr_geopack_read_layer (GBytes      *pack,
                       const char  *name,
                       GError     **error)
{
  g_autoptr(GrGeoLayer) layer = NULL;
  gsize size, at_strings;
  const guint8 *data = g_bytes_get_data (pack, &size);
  const Header *header = (const Header *) data;
  const Layer *pl = NULL;

  g_return_val_if_fail (pack != NULL && name != NULL, NULL);
  g_return_val_if_fail (GPOINTER_TO_SIZE (data) % 8 == 0, NULL);

  if (size < sizeof (Header) || memcmp (header->magic, MAGIC, sizeof header->magic) != 0 ||
      header->byte_order != BYTE_ORDER_MARK || header->size != size ||
      header->strings > size ||
      !span_ok (size, sizeof (Header), header->n_layers, sizeof (Layer)))
    {
      g_set_error (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_INVALID,
                   "%s: the packed map data is damaged or from another build", name);
      return NULL;
    }

  at_strings = header->strings;
  for (guint l = 0; l < header->n_layers && pl == NULL; l++)
    {
      const Layer *cand = (const Layer *) (data + sizeof (Header)) + l;
      const char *cand_name;

      if (read_string (data, size, at_strings, cand->name, &cand_name) &&
          g_strcmp0 (cand_name, name) == 0)
        pl = cand;
    }
  if (pl == NULL)
    {
      g_set_error (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_MISSING,
                   "the bundled map layer “%s” is missing", name);
      return NULL;
    }
  if (!span_ok (size, pl->features, pl->n_features, sizeof (Feature)) || pl->features % 8 != 0)
    {
      g_set_error (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_INVALID,
                   "%s: the packed layer's features lie outside the pack", name);
      return NULL;
    }

  layer = g_new0 (GrGeoLayer, 1);
  layer->name = g_strdup (name);
  layer->bounds = pl->bounds;
  layer->pack = g_bytes_ref (pack);
  layer->features = g_new0 (GrGeoFeature, MAX (pl->n_features, 1));
  for (guint i = 0; i < pl->n_features; i++)
    {
      if (!read_feature (data, size, at_strings,
                         (const Feature *) (data + pl->features) + i, &layer->features[i]))
        {
          g_set_error (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_INVALID,
                       "%s: packed feature %u is damaged", name, i);
          return NULL;
        }
      layer->n_features++;
    }
  return g_steal_pointer (&layer);
}

GBytes *
gr_geopack_get_extra (GBytes     *pack,
                      const char *tag)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (pack, &size);
  const Header *header = (const Header *) (const void *) data;
  gsize at, end;

  g_return_val_if_fail (pack != NULL, NULL);
  g_return_val_if_fail (tag != NULL && strlen (tag) == 8, NULL);

  if (size < sizeof (Header) || memcmp (header->magic, MAGIC, sizeof header->magic) != 0 ||
      header->byte_order != BYTE_ORDER_MARK || header->extra == 0 || header->extra % 8 != 0 ||
      header->extra > size || header->extra_size > size - header->extra)
    return NULL;
  end = header->extra + header->extra_size;
  for (at = header->extra; end - at >= sizeof (guint64);)
    {
      guint64 blob_size;

      memcpy (&blob_size, data + at, sizeof blob_size);
      at += sizeof blob_size;
      if (blob_size > end - at)
        return NULL;
      if (blob_size >= 8 && memcmp (data + at, tag, 8) == 0)
        return g_bytes_new_from_bytes (pack, at, blob_size);
      if (padded (blob_size) > end - at)
        return NULL;
      at += padded (blob_size);
    }
  return NULL;
}
