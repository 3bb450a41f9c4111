/* gr-scenario-read.c — load a scenario file: caps, JSON, types, then values
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is untrusted.  Before json-glib sees it, its size, encoding and
 * nesting depth are checked (json-glib's parser recurses, and a file of a
 * million "[" would exhaust the stack).  The tree is then read member by
 * member into a GrScenario, checking types and list lengths, and finally
 * gr_scenario_check() checks the values.  Unknown members are ignored, so
 * files may carry notes ("comment": "...") and newer optional members.
 */

#include "config.h"

#include "gr-scenario-io.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "gr-scenario-path.h"
#include "gr-scenario-read-private.h"

#define FORMAT_NAME "guarantor-scenario"

/* ---- before parsing ---------------------------------------------------- */

/* Size, UTF-8 and nesting depth of the raw text. */
static gboolean
prescan (const char  *data,
         gsize        length,
         GError     **error)
{
  const char *end = NULL;
  gboolean in_string = FALSE;
  gboolean escaped = FALSE;
  guint depth = 0;
  guint line = 1;

  if (length > GR_SCENARIO_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);

      /* Translators: %s is a file size with its unit, such as "17.5 MiB";
       * %d is the limit in mebibytes. */
      g_set_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_TOO_LARGE,
                   _("the file is %s, more than the limit of %d MiB"),
                   size, GR_SCENARIO_MAX_FILE_SIZE / (1024 * 1024));
      return FALSE;
    }
  if (!g_utf8_validate_len (data, length, &end))
    {
      g_set_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_PARSE,
                   /* Translators: %u is a byte offset counted from 0. */
                   _("the file is not UTF-8 text (invalid byte at offset %u)"),
                   /* length <= GR_SCENARIO_MAX_FILE_SIZE, so the offset fits. */
                   (guint) (end - data));
      return FALSE;
    }

  for (gsize i = 0; i < length; i++)
    {
      char ch = data[i];

      if (ch == '\n')
        line++;
      if (in_string)
        {
          if (escaped)
            escaped = FALSE;
          else if (ch == '\\')
            escaped = TRUE;
          else if (ch == '"')
            in_string = FALSE;
        }
      else if (ch == '"')
        in_string = TRUE;
      else if (ch == '[' || ch == '{')
        {
          if (++depth > GR_SCENARIO_MAX_DEPTH)
            {
              g_set_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_TOO_LARGE,
                           _("line %u: lists and objects are nested deeper than %d levels"),
                           line, GR_SCENARIO_MAX_DEPTH);
              return FALSE;
            }
        }
      else if ((ch == ']' || ch == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

/* Only JSON whitespace, or nothing.  data need not end in a NUL. */
static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (data[i] != ' ' && data[i] != '\t' && data[i] != '\r' && data[i] != '\n')
      return FALSE;
  return TRUE;
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
gr_reader_quantity (GrReader   *r,
                    JsonObject *obj,
                    const char *name,
                    gboolean    required,
                    GrQuantity *q)
{
  JsonNode *node = gr_reader_member (r, obj, name, required);
  JsonObject *qobj;
  gsize mark;

  if (node == NULL)
    return ABSENT_OK (r);
  mark = gr_scenario_path_enter (r->path, name);
  if (is_number (node))
    {
      double v = 0;

      if (!gr_reader_node_number (r, node, &v))
        return FALSE;
      gr_quantity_set (q, v, NAN, NAN, NULL);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      double v = 0, low = NAN, high = NAN;
      g_autofree char *source = NULL;

      qobj = json_node_get_object (node);
      if (!gr_reader_number (r, qobj, "value", TRUE, &v)
          || !gr_reader_number (r, qobj, "low", FALSE, &low)
          || !gr_reader_number (r, qobj, "high", FALSE, &high)
          || !gr_reader_string (r, qobj, "source", FALSE, GR_SCENARIO_MAX_STRING, &source))
        return FALSE;
      gr_quantity_set (q, v, low, high, source);
    }
  else
    return wrong_type (r, node, _("a number or an object with “value”"));
  gr_scenario_path_leave (r->path, mark);
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
  if (version != GR_SCENARIO_FORMAT_VERSION)
    return rfail (r, GR_SCENARIO_ERROR_VERSION, _("%g is not a known format version"), version);
  gr_scenario_path_leave (r->path, 0);
  return TRUE;
}

static GrScenario *
read_scenario (JsonNode *root_node,
               GError  **error)
{
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GrScenario) self = gr_scenario_new ();
  GrReader reader = { path, error };
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
      || !gr_reader_sections (&reader, root, self))
    return NULL;

  return g_steal_pointer (&self);
}

GrScenario *
gr_scenario_load_data (const char  *data,
                       gssize       length,
                       const char  *display_name,
                       GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GrScenario) self = NULL;
  gsize len;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (display_name == NULL)
    display_name = _("scenario");
  /* A NUL-terminated string: measure at most one byte past the cap. */
  len = length >= 0 ? (gsize) length : strnlen (data, GR_SCENARIO_MAX_FILE_SIZE + 1);

  if (!prescan (data, len, &local_error))
    goto fail;

  if (is_blank (data, len))
    {
      g_set_error (&local_error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_PARSE,
                   _("the file is empty"));
      goto fail;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) len, &local_error))
    {
      const char *message = local_error->message;
      g_autofree char *text = NULL;
      guint line = 0, column = 0;
      int consumed = 0;

      /* json-glib says "<data>:3:14: Parse error: …"; say where in words. */
      if (sscanf (message, "<data>:%u:%u: %n", &line, &column, &consumed) == 2 && consumed > 0)
        {
          const char *rest = message + consumed;

          if (g_str_has_prefix (rest, "Parse error: "))
            rest += strlen ("Parse error: ");
          text = g_strdup_printf (_("line %u, column %u: not valid JSON: %s"), line, column, rest);
        }
      else
        text = g_strdup_printf (_("not valid JSON: %s"), message);
      g_clear_error (&local_error);
      g_set_error_literal (&local_error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_PARSE, text);
      goto fail;
    }
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (&local_error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_PARSE,
                   _("the file is empty"));
      goto fail;
    }

  self = read_scenario (json_parser_get_root (parser), &local_error);
  if (self == NULL || !gr_scenario_check (self, &local_error))
    goto fail;

  return g_steal_pointer (&self);

fail:
  g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", display_name);
  return NULL;
}

GrScenario *
gr_scenario_load_file (GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_basename (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &local_error);
  if (info == NULL)
    {
      g_set_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_IO, "%s: %s",
                   name, local_error->message);
      return NULL;
    }
  /* Refuse a huge file before reading it into memory. */
  if (g_file_info_get_size (info) > GR_SCENARIO_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size_full ((guint64) g_file_info_get_size (info),
                                                  G_FORMAT_SIZE_IEC_UNITS);

      /* Translators: the first %s is the file name; the second is its size
       * with the unit, such as "17.5 MiB"; %d is the limit in mebibytes. */
      g_set_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_TOO_LARGE,
                   _("%s: the file is %s, more than the limit of %d MiB"),
                   name, size, GR_SCENARIO_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_IO, "%s: %s",
                   name, local_error->message);
      return NULL;
    }
  return gr_scenario_load_data (contents, (gssize) length, name, error);
}
