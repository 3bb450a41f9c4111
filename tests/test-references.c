/* test-references.c — the model's reference table loads, strictly, from its file
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * data/model/references.json is read here with json-glib on its own, and
 * what the model serves is compared with it; bad tables must be refused
 * with the place of the problem.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "gr-references.h"
#include "gr-scenario-io.h"

static char *table_text;

static const char *
reference_name (GrReferenceId id)
{
  return gr_reference (id)->name;
}

/* Every reference of the file, once each, with a source the file lists;
 * the model serves the same values. */
static void
test_bundled (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *refs, *list;

  json_parser_load_from_data (parser, table_text, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  list = json_object_get_array_member (root, "sources");
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *s = json_array_get_object_element (list, i);
      const char *url = json_object_get_string_member_with_default (s, "url", NULL);

      g_hash_table_add (sources, (gpointer) json_object_get_string_member (s, "id"));
      if (url != NULL)
        g_assert_true (g_str_has_prefix (url, "https://"));
    }

  refs = json_object_get_array_member (root, "references");
  g_assert_cmpuint (json_array_get_length (refs), ==, GR_N_REFS);
  for (guint i = 0; i < json_array_get_length (refs); i++)
    {
      JsonObject *ref = json_array_get_object_element (refs, i);
      const char *name = json_object_get_string_member (ref, "name");
      const char *source = json_object_get_string_member (ref, "source");
      gboolean served = FALSE;

      g_test_message ("%s ← %s", name, source);
      g_assert_true (g_hash_table_contains (sources, source));
      g_assert_true (g_hash_table_add (seen, (gpointer) name));
      g_assert_cmpstr (json_object_get_string_member_with_default (ref, "unit", ""), !=, "");
      g_assert_cmpstr (json_object_get_string_member_with_default (ref, "meaning", ""), !=, "");
      for (guint id = 0; id < GR_N_REFS; id++)
        if (g_str_equal (reference_name (id), name))
          {
            const GrReference *r = gr_reference (id);

            g_assert_cmpfloat (r->value, ==, json_object_get_double_member (ref, "value"));
            g_assert_cmpfloat (r->low, ==, json_object_get_double_member (ref, "low"));
            g_assert_cmpfloat (r->high, ==, json_object_get_double_member (ref, "high"));
            g_assert_cmpstr (r->source, ==, source);
            g_assert_nonnull (r->source_title);
            served = TRUE;
          }
      g_assert_true (served);
    }
}

/* The half-leakers reference is the article's month, weighted by the
 * table's own weights: 0.2 × (1,000 drones + 240 cruise + 60 ballistic). */
static void
test_half_leakers (void)
{
  double expected = 0.2 * (1000 * gr_reference_value (GR_REF_WEIGHT_DRONE)
                           + 240 * gr_reference_value (GR_REF_WEIGHT_CRUISE)
                           + 60 * gr_reference_value (GR_REF_WEIGHT_BALLISTIC));

  g_assert_cmpfloat_with_epsilon (gr_reference_value (GR_REF_AIR_HALF_LEAKERS), expected, 1e-9);
  g_assert_cmpfloat (expected, ==, 764);
  g_assert_cmpint (GR_ASSESSMENT_YEAR, ==, 2030);
}

typedef struct
{
  const char *name;
  const char *find;
  const char *replace;
  const char *path;        /* must appear in the message */
  const char *problem;
} BadTable;

static const BadTable bad_tables[] = {
  { "unknown-member", "\"unit\": \"days\"", "\"units\": \"days\", \"unit\": \"days\"",
    "references[12].units:", "did you mean unit?" },
  { "missing-member", "\"unit\": \"days\",", "",
    "references[12]:", "the required member “unit” is missing" },
  { "wrong-type", "\"value\": 30, \"low\": 10, \"high\": 30", "\"value\": \"thirty\", \"low\": 10, \"high\": 30",
    "references[12].value:", "expected a number, found a string" },
  { "unknown-source", "\"source\": \"nato-force-model\"", "\"source\": \"hearsay\"",
    "references[12].source:", "the source “hearsay” is not in the sources list" },
  { "unknown-reference", "\"name\": \"response_half_days\"", "\"name\": \"response_days\"",
    "references[12]:", "“response_days” is not a reference of the model" },
  { "twice", "\"name\": \"response_half_days\"", "\"name\": \"danish_share\"",
    "references[12]:", "the reference “danish_share” is listed twice" },
  { "range", "\"value\": 30, \"low\": 10, \"high\": 30,", "\"value\": 40, \"low\": 10, \"high\": 30,",
    "references[12]:", "the value 40 is not within its range 10…30" },
  { "format", "\"format\": \"guarantor-references\"", "\"format\": \"guarantor-scenario\"",
    "references.json: ", "expected “guarantor-references” version 1" },
};

static void
test_bad_table (gconstpointer data)
{
  const BadTable *bad = data;
  const char *at = strstr (table_text, bad->find);
  g_autofree char *text = NULL;
  g_autoptr(GArray) table = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (at);
  text = g_strdup_printf ("%.*s%s%s", (int) (at - table_text), table_text, bad->replace,
                          at + strlen (bad->find));
  table = gr_references_load_data (text, -1, "references.json", &error);
  g_assert_null (table);
  g_assert_error (error, GR_SCENARIO_ERROR, error->code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "references.json: "));
  g_assert_nonnull (strstr (error->message, bad->path));
  g_assert_nonnull (strstr (error->message, bad->problem));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) bytes = NULL;

  g_test_init (&argc, &argv, NULL);
  bytes = gr_references_bundled_bytes ();
  g_assert_nonnull (bytes);
  table_text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_test_add_func ("/model/references/bundled", test_bundled);
  g_test_add_func ("/model/references/half-leakers", test_half_leakers);
  for (guint i = 0; i < G_N_ELEMENTS (bad_tables); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/references/bad/%s", bad_tables[i].name);

      g_test_add_data_func (path, &bad_tables[i], test_bad_table);
    }
  return g_test_run ();
}
