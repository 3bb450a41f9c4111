/* gr-scenario-read.c — load a scenario file: caps, JSON, types, then values
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is untrusted.  It is read with a bounded read of a regular file
 * (gr-file-read.h), then into a tree by a strict JSON reader that counts
 * as it goes and stops at the caps (gr-json-scan.h): json-glib's own
 * parser recurses, accepts more than JSON and builds the whole tree
 * before anything can be counted.  The tree is then read member by
 * member into a GrScenario, checking types and list lengths, and finally
 * gr_scenario_check() checks the values.  Unknown members are errors,
 * except notes named "_…" (gr-scenario-strict.c).
 */

#include "config.h"

#include "gr-scenario-io.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "gr-display-text.h"
#include "gr-file-read.h"
#include "gr-json-scan.h"
#include "gr-scenario-path.h"
#include "gr-scenario-read-private.h"

#define FORMAT_NAME "guarantor-scenario"

/* ---- before parsing ---------------------------------------------------- */

/* The caps of a scenario file's JSON.  Every value in the file counts (a
 * point is three: its list and two numbers): json-glib spends ~110 bytes
 * on each, so a million caps the tree near 110 MB; 300,000 points are
 * some sixty times the whole border of Ukraine at 1:10m.  Objects are far
 * fewer and cost far more. */
const GrJsonLimits gr_scenario_json_limits = {
  GR_SCENARIO_MAX_DEPTH, GR_SCENARIO_MAX_POINTS, GR_SCENARIO_MAX_ELEMENTS,
  GR_SCENARIO_MAX_TEXT, 1000000, 100000,
};

/* Size, then strict JSON within the caps, read into a tree that never
 * grows beyond them. */
static JsonNode *
read_json (const char  *data,
           gsize        length,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (length > GR_SCENARIO_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);

      /* Translators: %s is a file size with its unit, such as "17.5 MiB";
       * %d is the limit in mebibytes. */
      g_set_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_TOO_LARGE,
                   _("the file is %s, more than the limit of %d MiB"),
                   size, GR_SCENARIO_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  root = gr_json_read (data, length, &gr_scenario_json_limits, &local_error);
  if (root != NULL)
    return root;
  g_set_error_literal (error, GR_SCENARIO_ERROR,
                       local_error->code == GR_JSON_ERROR_LIMIT ? GR_SCENARIO_ERROR_TOO_LARGE
                                                                : GR_SCENARIO_ERROR_PARSE,
                       local_error->message);
  return NULL;
}

/* ---- typed access with paths ------------------------------------------- */

static gboolean
rfail (GrReader   *r,
       int         code,
       const char *format,
       ...) G_GNUC_PRINTF (3, 4);

static gboolean
rfail (GrReader   *r,
       int         code,
       const char *format,
       ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);
  return gr_scenario_path_fail (r->path, r->error, code, "%s", problem);
}

static const char *
node_kind (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}

static gboolean
wrong_type (GrReader   *r,
            JsonNode   *node,
            const char *expected)
{
  return rfail (r, GR_SCENARIO_ERROR_INVALID, _("expected %s, found %s"),
                expected, node_kind (node));
}

static gboolean
is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

/* A present member or NULL; a JSON null counts as absent. */
JsonNode *
gr_reader_member (GrReader   *r,
                  JsonObject *obj,
                  const char *name,
                  gboolean    required)
{
  JsonNode *node = obj ? json_object_get_member (obj, name) : NULL;

  gr_reader_asked (r, obj, name);
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    return node;
  if (required)
    rfail (r, GR_SCENARIO_ERROR_INVALID, _("the required member “%s” is missing"), name);
  return NULL;
}

#define ABSENT_OK(r) (*(r)->error == NULL)

gboolean
gr_reader_node_number (GrReader *r,
                       JsonNode *node,
                       double   *out)
{
  double v;

  if (!is_number (node))
    return wrong_type (r, node, _("a number"));
  v = json_node_get_double (node);
  if (!isfinite (v))
    return rfail (r, GR_SCENARIO_ERROR_INVALID, _("the number is too large"));
  *out = v;
  return TRUE;
}

gboolean
gr_reader_number (GrReader   *r,
                  JsonObject *obj,
                  const char *name,
                  gboolean    required,
                  double     *out)
{
  JsonNode *node = gr_reader_member (r, obj, name, required);
  gsize mark;

  if (node == NULL)
    return ABSENT_OK (r);
  mark = gr_scenario_path_enter (r->path, name);
  if (!gr_reader_node_number (r, node, out))
    return FALSE;
  gr_scenario_path_leave (r->path, mark);
  return TRUE;
}

gboolean
gr_reader_int (GrReader   *r,
               JsonObject *obj,
               const char *name,
               gboolean    required,
               int        *out)
{
  JsonNode *node = gr_reader_member (r, obj, name, required);
  gsize mark;
  double v;

  if (node == NULL)
    return ABSENT_OK (r);
  mark = gr_scenario_path_enter (r->path, name);
  if (!gr_reader_node_number (r, node, &v))
    return FALSE;
  if (v != floor (v) || fabs (v) > 1e9)
    return rfail (r, GR_SCENARIO_ERROR_INVALID, _("%g is not a whole number"), v);
  *out = (int) v;
  gr_scenario_path_leave (r->path, mark);
  return TRUE;
}

gboolean
gr_reader_string (GrReader    *r,
                  JsonObject  *obj,
                  const char  *name,
                  gboolean     required,
                  gsize        max_bytes,
                  char       **out)
{
  JsonNode *node = gr_reader_member (r, obj, name, required);
  const char *s;
  gsize mark;

  if (node == NULL)
    return ABSENT_OK (r);
  mark = gr_scenario_path_enter (r->path, name);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return wrong_type (r, node, _("a string"));
  s = json_node_get_string (node);
  /* The file is UTF-8, but a lone "\ud800" escape decodes to bytes that
   * are not. */
  if (!g_utf8_validate (s, -1, NULL))
    return rfail (r, GR_SCENARIO_ERROR_INVALID,
                  _("the text is not valid Unicode (a lone surrogate escape?)"));
  if (strlen (s) > max_bytes)
    return rfail (r, GR_SCENARIO_ERROR_TOO_LARGE,
                  /* max_bytes is one of the GR_SCENARIO_MAX_* limits, far
                   * below G_MAXINT. */
                  _("the text is longer than %d bytes"), (int) max_bytes);
  g_free (*out);
  *out = g_strdup (s);
  gr_scenario_path_leave (r->path, mark);
  return TRUE;
}

/* A plain number, or { "value": v, "low": l, "high": h, "source": id }. */
gboolean
gr_reader_node_quantity (GrReader   *r,
                         JsonNode   *node,
                         GrQuantity *q)
{
  if (is_number (node))
    {
      double v = 0;

      if (!gr_reader_node_number (r, node, &v))
        return FALSE;
      gr_quantity_set (q, v, NAN, NAN, NULL);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *qobj = json_node_get_object (node);
      double v = 0, low = NAN, high = NAN;
      g_autofree char *source = NULL;

      if (!gr_reader_number (r, qobj, "value", TRUE, &v)
          || !gr_reader_number (r, qobj, "low", FALSE, &low)
          || !gr_reader_number (r, qobj, "high", FALSE, &high)
          || !gr_reader_string (r, qobj, "source", FALSE, GR_SCENARIO_MAX_STRING, &source))
        return FALSE;
      gr_quantity_set (q, v, low, high, source);
    }
  else
    return wrong_type (r, node, _("a number or an object with “value”"));
  return TRUE;
}

gboolean
gr_reader_quantity (GrReader   *r,
                    JsonObject *obj,
                    const char *name,
                    gboolean    required,
                    GrQuantity *q)
{
  JsonNode *node = gr_reader_member (r, obj, name, required);
  gsize mark;

  if (node == NULL)
    return ABSENT_OK (r);
  mark = gr_scenario_path_enter (r->path, name);
  if (!gr_reader_node_quantity (r, node, q))
    return FALSE;
  gr_scenario_path_leave (r->path, mark);
  return TRUE;
}

/* A number kept plain in the scenario, in either form of a quantity: its
 * value into *value, its range and source into @range. */
gboolean
gr_reader_ranged (GrReader   *r,
                  JsonObject *obj,
                  const char *name,
                  gboolean    required,
                  double     *value,
                  GrRange    *range)
{
  GrQuantity q;

  gr_quantity_init (&q, *value);
  if (!gr_reader_quantity (r, obj, name, required, &q))
    {
      gr_quantity_clear (&q);
      return FALSE;
    }
  /* Absent and optional: keep the default and its range. */
  if (gr_reader_member (r, obj, name, FALSE) != NULL)
    *value = gr_range_take (range, &q);
  gr_quantity_clear (&q);
  return TRUE;
}

/* The same for a count: its value must be a whole number. */
gboolean
gr_reader_ranged_count (GrReader   *r,
                        JsonObject *obj,
                        const char *name,
                        gboolean    required,
                        int        *out,
                        GrRange    *range)
{
  double v = *out;
  gsize mark;

  if (!gr_reader_ranged (r, obj, name, required, &v, range))
    return FALSE;
  if (v != floor (v) || fabs (v) > 1e9)
    {
      mark = gr_scenario_path_enter (r->path, name);
      rfail (r, GR_SCENARIO_ERROR_INVALID, _("%g is not a whole number"), v);
      gr_scenario_path_leave (r->path, mark);
      return FALSE;
    }
  *out = (int) v;
  return TRUE;
}

static gboolean
node_lonlat (GrReader *r,
             JsonNode *node,
             GrLonLat *out)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wrong_type (r, node, _("a [longitude, latitude] pair"));
  array = json_node_get_array (node);
  if (json_array_get_length (array) != 2)
    return rfail (r, GR_SCENARIO_ERROR_INVALID,
                  _("expected a [longitude, latitude] pair, found a list of %u"),
                  json_array_get_length (array));
  return gr_reader_node_number (r, json_array_get_element (array, 0), &out->lon)
         && gr_reader_node_number (r, json_array_get_element (array, 1), &out->lat);
}

gboolean
gr_reader_lonlat (GrReader   *r,
                  JsonObject *obj,
                  const char *name,
                  gboolean    required,
                  GrLonLat   *out)
{
  JsonNode *node = gr_reader_member (r, obj, name, required);
  gsize mark;

  if (node == NULL)
    return ABSENT_OK (r);
  mark = gr_scenario_path_enter (r->path, name);
  if (!node_lonlat (r, node, out))
    return FALSE;
  gr_scenario_path_leave (r->path, mark);
  return TRUE;
}

/* A required list of [lon, lat] pairs. */
gboolean
gr_reader_points (GrReader    *r,
                  JsonObject  *obj,
                  const char  *name,
                  GArray     **out)
{
  JsonArray *array = NULL;
  gsize mark;

  if (!gr_reader_array (r, obj, name, TRUE, GR_SCENARIO_MAX_POINTS, &array))
    return FALSE;
  *out = g_array_sized_new (FALSE, FALSE, sizeof (GrLonLat), json_array_get_length (array));
  mark = gr_scenario_path_enter (r->path, name);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      GrLonLat p = { 0, 0 };
      gsize item = gr_scenario_path_enter_index (r->path, i);

      if (!node_lonlat (r, json_array_get_element (array, i), &p))
        return FALSE;
      g_array_append_val (*out, p);
      gr_scenario_path_leave (r->path, item);
    }
  gr_scenario_path_leave (r->path, mark);
  return TRUE;
}

/* One of the names of an enum: name_of (0 … n-1). */
gboolean
gr_reader_enum (GrReader    *r,
                JsonObject  *obj,
                const char  *name,
                gboolean     required,
                GrEnumName   name_of,
                guint        n,
                guint       *out)
{
  g_autofree char *value = NULL;
  g_autoptr(GString) choices = NULL;

  if (!gr_reader_string (r, obj, name, required, GR_SCENARIO_MAX_STRING, &value))
    return FALSE;
  if (value == NULL)
    return TRUE;
  for (guint i = 0; i < n; i++)
    if (strcmp (name_of (i), value) == 0)
      {
        *out = i;
        return TRUE;
      }

  choices = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (choices, "%s“%s”", i ? ", " : "", name_of (i));
  gr_scenario_path_enter (r->path, name);
  return rfail (r, GR_SCENARIO_ERROR_INVALID, _("“%s” is not one of %s"), value, choices->str);
}

/* An optional object member; *out is NULL when absent. */
gboolean
gr_reader_object (GrReader    *r,
                  JsonObject  *obj,
                  const char  *name,
                  JsonObject **out)
{
  JsonNode *node = gr_reader_member (r, obj, name, FALSE);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      gr_scenario_path_enter (r->path, name);
      return wrong_type (r, node, _("an object"));
    }
  *out = json_node_get_object (node);
  if (json_object_get_size (*out) > GR_SCENARIO_MAX_ELEMENTS)
    {
      gr_scenario_path_enter (r->path, name);
      return rfail (r, GR_SCENARIO_ERROR_TOO_LARGE, _("the object has more than %d members"),
                    GR_SCENARIO_MAX_ELEMENTS);
    }
  return TRUE;
}

gboolean
gr_reader_array (GrReader    *r,
                 JsonObject  *obj,
                 const char  *name,
                 gboolean     required,
                 guint        max_length,
                 JsonArray  **out)
{
  JsonNode *node = gr_reader_member (r, obj, name, required);
  gsize mark;

  *out = NULL;
  if (node == NULL)
    return ABSENT_OK (r);
  mark = gr_scenario_path_enter (r->path, name);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wrong_type (r, node, _("a list"));
  *out = json_node_get_array (node);
  if (json_array_get_length (*out) > max_length)
    return rfail (r, GR_SCENARIO_ERROR_TOO_LARGE, _("the list has %u entries, more than the limit of %u"),
                  json_array_get_length (*out), max_length);
  gr_scenario_path_leave (r->path, mark);
  return TRUE;
}

/* Read each object of an optional list into a new element of dest. */
gboolean
gr_reader_elements (GrReader      *r,
                    JsonObject    *obj,
                    const char    *name,
                    GArray        *dest,
                    GrReadElement  read)
{
  JsonArray *array = NULL;
  gsize mark;

  if (!gr_reader_array (r, obj, name, FALSE, GR_SCENARIO_MAX_ELEMENTS, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;
  mark = gr_scenario_path_enter (r->path, name);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize item = gr_scenario_path_enter_index (r->path, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return wrong_type (r, node, _("an object"));
      /* Append first, so a half-read element is freed with the scenario. */
      g_array_set_size (dest, dest->len + 1);
      if (!read (r, json_node_get_object (node),
                 dest->data + (dest->len - 1) * g_array_get_element_size (dest)))
        return FALSE;
      gr_scenario_path_leave (r->path, item);
    }
  gr_scenario_path_leave (r->path, mark);
  return TRUE;
}

/* ---- the whole file ---------------------------------------------------- */

static gboolean
read_header (GrReader   *r,
             JsonObject *root)
{
  g_autofree char *format = NULL;
  JsonNode *version_node;
  double version = 0;

  if (json_object_get_member (root, "format") == NULL)
    return rfail (r, GR_SCENARIO_ERROR_VERSION,
                  _("this is not a Guarantor scenario: the member “format” is missing"));
  if (!gr_reader_string (r, root, "format", TRUE, GR_SCENARIO_MAX_STRING, &format))
    return FALSE;
  if (strcmp (format, FORMAT_NAME) != 0)
    {
      gr_scenario_path_enter (r->path, "format");
      return rfail (r, GR_SCENARIO_ERROR_VERSION,
                    _("“%s” is not a Guarantor scenario (expected “%s”)"), format, FORMAT_NAME);
    }

  version_node = gr_reader_member (r, root, "version", TRUE);
  if (version_node == NULL)
    {
      r->error[0]->code = GR_SCENARIO_ERROR_VERSION;
      return FALSE;
    }
  gr_scenario_path_enter (r->path, "version");
  if (!gr_reader_node_number (r, version_node, &version))
    return FALSE;
  if (version > GR_SCENARIO_FORMAT_VERSION)
    return rfail (r, GR_SCENARIO_ERROR_VERSION,
                  _("the file is format version %g, newer than this Guarantor reads (%d)"),
                  version, GR_SCENARIO_FORMAT_VERSION);
  /* Version 1 files are migrated as they are read (docs/scenario-format.md). */
  if (version != 1 && version != GR_SCENARIO_FORMAT_VERSION)
    return rfail (r, GR_SCENARIO_ERROR_VERSION, _("%g is not a known format version"), version);
  r->version = (int) version;
  gr_scenario_path_leave (r->path, 0);
  return TRUE;
}

static GrScenario *
read_scenario (JsonNode *root_node,
               GError  **error)
{
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GrScenario) self = gr_scenario_new ();
  g_autoptr(GHashTable) asked = g_hash_table_new_full (NULL, NULL, NULL,
                                                       (GDestroyNotify) g_hash_table_unref);
  GrReader reader = { path, error, 0, asked };
  JsonObject *root;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      g_set_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_VERSION,
                   _("this is not a Guarantor scenario: expected an object, found %s"),
                   node_kind (root_node));
      return NULL;
    }
  root = json_node_get_object (root_node);

  if (!read_header (&reader, root)
      || !gr_reader_string (&reader, root, "name", TRUE, GR_SCENARIO_MAX_STRING, &self->name)
      || !gr_reader_string (&reader, root, "name_uk", FALSE, GR_SCENARIO_MAX_STRING,
                            &self->name_uk)
      || !gr_reader_string (&reader, root, "description", FALSE, GR_SCENARIO_MAX_TEXT,
                            &self->description)
      || !gr_reader_sections (&reader, root, self)
      || !gr_reader_check_unknown (&reader, root_node))
    return NULL;
  if (reader.version < 2)
    gr_scenario_migrate_v1 (self);

  return g_steal_pointer (&self);
}

GrScenario *
gr_scenario_load_data (const char  *data,
                       gssize       length,
                       const char  *display_name,
                       GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GrScenario) self = NULL;
  gsize len;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (display_name == NULL)
    display_name = _("scenario");
  /* A NUL-terminated string: measure at most one byte past the cap. */
  len = length >= 0 ? (gsize) length : strnlen (data, GR_SCENARIO_MAX_FILE_SIZE + 1);

  root = read_json (data, len, &local_error);
  if (root == NULL)
    goto fail;

  self = read_scenario (root, &local_error);
  if (self == NULL || !gr_scenario_check (self, &local_error))
    goto fail;

  return g_steal_pointer (&self);

fail:
  {
    /* The message may quote the file: escape it, and keep it short. */
    g_autofree char *message = g_strdup_printf ("%s: %s", display_name, local_error->message);
    g_autofree char *shown = gr_display_message (message);

    g_set_error_literal (error, local_error->domain, local_error->code, shown);
  }
  return NULL;
}

GrScenario *
gr_scenario_load_file (GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  gconstpointer data;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_basename (file);
  /* A regular local file, read up to the cap (gr-file-read.h). */
  bytes = gr_file_read_gfile (file, GR_SCENARIO_MAX_FILE_SIZE, cancellable, &local_error);
  if (bytes == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", name, local_error->message);
      g_autofree char *shown = gr_display_message (message);

      g_set_error_literal (error, GR_SCENARIO_ERROR,
                           g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE)
                           ? GR_SCENARIO_ERROR_TOO_LARGE : GR_SCENARIO_ERROR_IO,
                           shown);
      return NULL;
    }
  data = g_bytes_get_data (bytes, &length);
  return gr_scenario_load_data (length > 0 ? data : "", (gssize) length, name, error);
}
