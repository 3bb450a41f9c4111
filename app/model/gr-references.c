/* gr-references.c — the model's reference table, read from its data file
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The values, their units, meanings and sources live in
 * data/model/references.json (docs/methodology.md gives the reasoning),
 * compiled into gr-model as a resource like the bundled scenarios.  The
 * file is read with the scenario reader's typed, strict access
 * (gr-scenario-read-private.h): an unknown member, a missing reference or
 * a source not in the file's list is an error with its path.  The bundled
 * table is read once, on first use; tests/test-references.c holds it to
 * loading, so a broken table cannot ship.
 */

#include "config.h"

#include "gr-references.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "gr-model-data-resources.h"
#include "gr-scenario-io.h"
#include "gr-scenario-read-private.h"

#define FORMAT_NAME "guarantor-references"
#define REFERENCES_PATH "/io/github/guarantor/Guarantor/model/references.json"

/* The machine names, in GrReferenceId order. */
static const char * const names[GR_N_REFS] = {
  [GR_REF_WEIGHT_DRONE] = "weight_drone",
  [GR_REF_WEIGHT_CRUISE] = "weight_cruise",
  [GR_REF_WEIGHT_BALLISTIC] = "weight_ballistic",
  [GR_REF_AIR_HALF_LEAKERS] = "air_half_leakers",
  [GR_REF_PATROL_DRONES_PER_STATION] = "patrol_drones_per_station",
  [GR_REF_PATROL_CRUISE_PER_STATION] = "patrol_cruise_per_station",
  [GR_REF_WINDOW_FIRST_YEAR] = "window_first_year",
  [GR_REF_WINDOW_LAST_YEAR] = "window_last_year",
  [GR_REF_COMMITMENT_DISCOUNT] = "commitment_discount",
  [GR_REF_DANISH_SHARE] = "danish_share",
  [GR_REF_READINESS_TRAINED] = "readiness_trained",
  [GR_REF_PRESENCE_TROOPS_PER_REGION] = "presence_troops_per_region",
  [GR_REF_RESPONSE_HALF_DAYS] = "response_half_days",
};

void
gr_reference_clear (gpointer data)
{
  GrReference *ref = data;

  g_clear_pointer (&ref->name, g_free);
  g_clear_pointer (&ref->unit, g_free);
  g_clear_pointer (&ref->meaning, g_free);
  g_clear_pointer (&ref->source, g_free);
  g_clear_pointer (&ref->source_title, g_free);
  g_clear_pointer (&ref->url, g_free);
}

static gboolean
read_reference (GrReader   *r,
                JsonObject *obj,
                gpointer    element)
{
  GrReference *ref = element;

  ref->low = ref->high = NAN;
  return gr_reader_string (r, obj, "name", TRUE, GR_SCENARIO_MAX_STRING, &ref->name)
         && gr_reader_number (r, obj, "value", TRUE, &ref->value)
         && gr_reader_number (r, obj, "low", TRUE, &ref->low)
         && gr_reader_number (r, obj, "high", TRUE, &ref->high)
         && gr_reader_string (r, obj, "unit", TRUE, GR_SCENARIO_MAX_STRING, &ref->unit)
         && gr_reader_string (r, obj, "meaning", TRUE, GR_SCENARIO_MAX_TEXT, &ref->meaning)
         && gr_reader_string (r, obj, "source", TRUE, GR_SCENARIO_MAX_STRING, &ref->source);
}

/* Each reference once, by name, within its range, citing a listed source;
 * into table[] in GrReferenceId order. */
static gboolean
place_references (GrReader *r,
                  GArray   *read,
                  GArray   *sources,
                  GArray   *table)
{
  gsize mark = gr_scenario_path_enter (r->path, "references");

  g_array_set_size (table, GR_N_REFS);
  for (guint i = 0; i < read->len; i++)
    {
      GrReference *ref = &g_array_index (read, GrReference, i);
      gsize item = gr_scenario_path_enter_index (r->path, i);
      const GrSource *source = NULL;
      guint id = 0;

      while (id < GR_N_REFS && strcmp (names[id], ref->name) != 0)
        id++;
      if (id == GR_N_REFS)
        return gr_scenario_path_fail (r->path, r->error, GR_SCENARIO_ERROR_INVALID,
                                      _("“%s” is not a reference of the model"), ref->name);
      if (g_array_index (table, GrReference, id).name != NULL)
        return gr_scenario_path_fail (r->path, r->error, GR_SCENARIO_ERROR_INVALID,
                                      _("the reference “%s” is listed twice"), ref->name);
      if (!(ref->low <= ref->value && ref->value <= ref->high))
        return gr_scenario_path_fail (r->path, r->error, GR_SCENARIO_ERROR_INVALID,
                                      _("the value %g is not within its range %g…%g"),
                                      ref->value, ref->low, ref->high);
      for (guint s = 0; s < sources->len && source == NULL; s++)
        if (g_strcmp0 (g_array_index (sources, GrSource, s).id, ref->source) == 0)
          source = &g_array_index (sources, GrSource, s);
      if (source == NULL)
        {
          gr_scenario_path_enter (r->path, "source");
          return gr_scenario_path_fail (r->path, r->error, GR_SCENARIO_ERROR_INVALID,
                                        _("the source “%s” is not in the sources list"),
                                        ref->source);
        }
      ref->source_title = g_strdup (source->title);
      ref->url = g_strdup (source->url);
      /* Move: the read array's copy is left empty. */
      g_array_index (table, GrReference, id) = *ref;
      memset (ref, 0, sizeof *ref);
      gr_scenario_path_leave (r->path, item);
    }
  for (guint id = 0; id < GR_N_REFS; id++)
    if (g_array_index (table, GrReference, id).name == NULL)
      return gr_scenario_path_fail (r->path, r->error, GR_SCENARIO_ERROR_INVALID,
                                    _("the reference “%s” is missing"), names[id]);
  gr_scenario_path_leave (r->path, mark);
  return TRUE;
}

static gboolean
read_table (GrReader *r,
            JsonNode *root_node,
            GArray   *table)
{
  g_autoptr(GArray) read = g_array_new (FALSE, TRUE, sizeof (GrReference));
  g_autoptr(GArray) sources = g_array_new (FALSE, TRUE, sizeof (GrSource));
  g_autofree char *format = NULL;
  JsonObject *root;
  int version = 0;

  g_array_set_clear_func (read, gr_reference_clear);
  g_array_set_clear_func (sources, gr_source_clear);
  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    return gr_scenario_path_fail (r->path, r->error, GR_SCENARIO_ERROR_INVALID,
                                  _("expected an object"));
  root = json_node_get_object (root_node);
  if (!gr_reader_string (r, root, "format", TRUE, GR_SCENARIO_MAX_STRING, &format)
      || !gr_reader_int (r, root, "version", TRUE, &version))
    return FALSE;
  if (strcmp (format, FORMAT_NAME) != 0 || version != 1)
    return gr_scenario_path_fail (r->path, r->error, GR_SCENARIO_ERROR_VERSION,
                                  _("expected “%s” version 1"), FORMAT_NAME);
  return gr_reader_elements (r, root, "sources", sources, gr_reader_source)
         && gr_reader_elements (r, root, "references", read, read_reference)
         && gr_reader_check_unknown (r, root_node)
         && place_references (r, read, sources, table);
}

GArray *
gr_references_load_data (const char  *data,
                         gssize       length,
                         const char  *display_name,
                         GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GHashTable) asked = g_hash_table_new_full (NULL, NULL, NULL,
                                                       (GDestroyNotify) g_hash_table_unref);
  g_autoptr(GArray) table = g_array_new (FALSE, TRUE, sizeof (GrReference));
  g_autoptr(GError) local_error = NULL;
  GrReader reader = { path, &local_error, 1, asked };

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_array_set_clear_func (table, gr_reference_clear);
  /* the scenario's caps: the table is a file like one */
  root = gr_json_read (data, length >= 0 ? (gsize) length : strlen (data),
                       &gr_scenario_json_limits, &local_error);
  if (root == NULL)
    {
      g_set_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_PARSE,
                   "%s: %s", display_name, local_error->message);
      return NULL;
    }
  if (!read_table (&reader, root, table))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   "%s: %s", display_name, local_error->message);
      return NULL;
    }
  return g_steal_pointer (&table);
}

GBytes *
gr_references_bundled_bytes (void)
{
  static gsize registered = 0;

  /* Registered by hand: the resource lives in a static library, where a
   * constructor would be dropped by the linker. */
  if (g_once_init_enter (&registered))
    {
      gr_model_data_register_resource ();
      g_once_init_leave (&registered, 1);
    }
  return g_resource_lookup_data (gr_model_data_get_resource (), REFERENCES_PATH,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

static const GrReference *
bundled_table (void)
{
  static gsize loaded_once = 0;
  static GArray *table = NULL;

  if (g_once_init_enter (&loaded_once))
    {
      g_autoptr(GBytes) bytes = gr_references_bundled_bytes ();
      g_autoptr(GError) error = NULL;
      gsize size = 0;
      const char *data = g_bytes_get_data (bytes, &size);
      GArray *loaded = gr_references_load_data (data, (gssize) size, "references.json", &error);

      /* Compiled in and held to loading by the tests: a broken table is a
       * broken build, and no score means anything without it. */
      if (loaded == NULL)
        g_error ("%s", error->message);
      table = loaded;
      g_once_init_leave (&loaded_once, 1);
    }
  return (const GrReference *) table->data;
}

const GrReference *
gr_reference (GrReferenceId id)
{
  g_return_val_if_fail (id < GR_N_REFS, &bundled_table ()[0]);
  return &bundled_table ()[id];
}

double
gr_reference_value (GrReferenceId id)
{
  return gr_reference (id)->value;
}
