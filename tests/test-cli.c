/* test-cli.c — `guarantor --metrics` and `--export` run as a user runs them
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Spawns the built binary (GR_GUARANTOR, set by meson) with no display and
 * an unreachable session bus: the headless jobs must need neither.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "cli-run.h"
#include "tmp-dir.h"

static JsonObject *
member_object (JsonObject *obj,
               const char *name)
{
  JsonNode *node = json_object_get_member (obj, name);

  g_assert_nonnull (node);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_node_get_object (node);
}

static JsonArray *
member_array (JsonObject *obj,
              const char *name)
{
  JsonNode *node = json_object_get_member (obj, name);

  g_assert_nonnull (node);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  return json_node_get_array (node);
}

static void
assert_type (JsonObject *obj,
             const char *name,
             GType       type)
{
  JsonNode *node = json_object_get_member (obj, name);

  if (node == NULL)
    g_error ("member “%s” is missing", name);
  g_assert_true (JSON_NODE_HOLDS_VALUE (node));
  if (type == G_TYPE_DOUBLE)
    g_assert_true (json_node_get_value_type (node) == G_TYPE_DOUBLE
                   || json_node_get_value_type (node) == G_TYPE_INT64);
  else
    g_assert_true (json_node_get_value_type (node) == type);
}

static void
assert_numbers (JsonObject  *obj,
                const char **names)
{
  for (guint i = 0; names[i] != NULL; i++)
    assert_type (obj, names[i], G_TYPE_DOUBLE);
}

static void
test_metrics_baseline (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "scenarios",
                                                 "baseline.json", NULL);
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *obj;
  JsonArray *arr;

  g_assert_cmpint (run_guarantor (&run, "--metrics", path, NULL), ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  root = json_node_get_object (json_parser_get_root (parser));

  assert_type (root, "scenario", G_TYPE_STRING);
  obj = member_object (root, "air_defense");
  assert_numbers (obj, (const char *[]) { "territory_covered_pct", "population_covered_pct",
                                          "intercepted_per_month", "leaked_per_month",
                                          "interceptor_cost_musd_per_month", NULL });
  /* Launched = intercepted + leaked, and shares are percentages. */
  g_assert_cmpfloat (json_object_get_double_member (obj, "territory_covered_pct"), >, 0);
  g_assert_cmpfloat (json_object_get_double_member (obj, "territory_covered_pct"), <=, 100);

  arr = member_array (member_object (root, "air_patrol"), "zones");
  g_assert_cmpuint (json_array_get_length (arr), >, 0);
  obj = json_array_get_object_element (arr, 0);
  assert_type (obj, "id", G_TYPE_STRING);
  assert_numbers (obj, (const char *[]) { "area_km2", "aircraft_required", "aircraft_assigned", NULL });
  assert_type (obj, "sustainable", G_TYPE_BOOLEAN);

  obj = member_object (root, "stabilization_force");
  assert_numbers (obj, (const char *[]) { "deployed_troops", "required_with_rotation",
                                          "annual_cost_busd", "nations", NULL });
  assert_type (obj, "within_band", G_TYPE_BOOLEAN);

  arr = member_array (member_object (root, "maritime"), "routes");
  g_assert_cmpuint (json_array_get_length (arr), >, 0);
  obj = json_array_get_object_element (arr, 0);
  assert_type (obj, "id", G_TYPE_STRING);
  assert_numbers (obj, (const char *[]) { "length_km", "covered_pct", "escorts_required", NULL });

  arr = member_array (member_object (root, "funding"), "years");
  g_assert_cmpuint (json_array_get_length (arr), >, 0);
  obj = json_array_get_object_element (arr, 0);
  assert_type (obj, "year", G_TYPE_INT64);
  assert_numbers (obj, (const char *[]) { "need_busd", "committed_busd", "allocated_busd",
                                          "gap_busd", NULL });

  obj = member_object (root, "readiness");
  assert_numbers (obj, (const char *[]) { "trained_total", NULL });
  arr = member_array (obj, "by_year");
  g_assert_cmpuint (json_array_get_length (arr), >, 0);
  assert_type (json_array_get_object_element (arr, 0), "year", G_TYPE_INT64);
  assert_type (json_array_get_object_element (arr, 0), "trained", G_TYPE_DOUBLE);

  obj = member_object (root, "index");
  assert_numbers (obj, (const char *[]) { "composite", NULL });
  assert_type (obj, "weakest", G_TYPE_STRING);
  assert_numbers (member_object (obj, "pillars"),
                  (const char *[]) { "guarantees", "funding", "industry", "presence",
                                     "danish_model", "air_defense", "maritime", "readiness", NULL });
}

static void
test_metrics_bad_file (void)
{
  /* The loader's message names the file, the JSON path and the problem. */
  g_autoptr(TmpDir) dir = tmp_dir_new ("test-cli");
  g_autofree char *path = g_build_filename (dir, "broken-scenario.json", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };

  g_file_set_contents (path, "{ \"format\": \"guarantor-scenario\", \"version\": 1, "
                       "\"name\": 5 }", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (run_guarantor (&run, "--metrics", path, NULL), ==, 2);

  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "broken-scenario.json"));
  g_assert_nonnull (strstr (run.err, "name"));
  g_assert_nonnull (strstr (run.err, "string"));
}

static void
test_metrics_missing_file (void)
{
  g_auto(Run) run = { 0 };

  g_assert_cmpint (run_guarantor (&run, "--metrics", "/nonexistent/no-such-scenario.json", NULL),
                   ==, 2);

  g_assert_nonnull (strstr (run.err, "no-such-scenario.json"));
}

static void
test_export_unknown (void)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) run2 = { 0 };

  g_assert_cmpint (run_guarantor (&run, "--export", "no-such-thing", "--output", "x.png", NULL),
                   ==, 2);
  g_assert_nonnull (strstr (run.err, "no-such-thing"));

  g_assert_cmpint (run_guarantor (&run2, "--size", "800x600", NULL), ==, 2);
}

/* --help names the options there are, and the exports it names exist:
 * each of its quoted words is a WHAT that `--export list` knows, or list. */
static void
test_help (void)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) list = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) options = g_string_new (NULL);
  g_autofree char *known = NULL;
  const char *quote;

  g_assert_cmpint (run_guarantor (&run, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (run.out, "[FILE…]"));
  lines = g_strsplit (strstr (run.out, "Application Options:"), "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "  --"))
      {
        g_autofree char *name = g_strndup (lines[i] + 4, strcspn (lines[i] + 4, "= "));

        g_string_append_printf (options, "%s ", name);
      }
  g_assert_cmpstr (options->str, ==,
                   "metrics export output scenario size present briefing compare slides "
                   "sensitivity metric monte-carlo samples seed threads ");

  g_assert_cmpint (run_guarantor (&list, "--export", "list", NULL), ==, 0);
  known = g_strdup_printf ("\n%s", list.out);
  for (quote = strstr (run.out, "“"); quote != NULL; quote = strstr (quote + 1, "“"))
    {
      const char *start = quote + strlen ("“");
      g_autofree char *word = g_strndup (start, strstr (start, "”") - start);
      g_autofree char *line = g_strdup_printf ("\n%s\n", word);

      g_test_message ("--help names “%s”", word);
      g_assert_true (g_str_equal (word, "list") || strstr (known, line) != NULL);
    }
}

/* The stderr of @argv run with LD_DEBUG=libs: the dynamic loader names
 * every library it looks for and every program it starts. */
static char *
run_with_loader_log (const char **argv)
{
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LD_DEBUG", "libs", TRUE);
  g_autoptr(GError) error = NULL;
  char *err = NULL;
  int status;

  g_assert_nonnull (argv[0]);
  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return err;
}

/* --metrics computes only: it must not load the painters' libraries
 * (--export and --briefing run in guarantor-painter.so). */
static void
test_metrics_no_painters (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "scenarios",
                                                 "baseline.json", NULL);
  const char *argv[] = { g_getenv ("GR_GUARANTOR"), "--metrics", path, NULL };
  g_autofree char *err = run_with_loader_log (argv);

  /* the loader did report: GLib is there */
  g_assert_nonnull (strstr (err, "find library=libglib-2.0"));
  g_assert_null (strstr (err, "find library=libcairo"));
  g_assert_null (strstr (err, "find library=libpango"));
  g_assert_null (strstr (err, "find library=libfontconfig"));
  g_assert_null (strstr (err, "find library=libgtk"));
}

/* An export runs in the one process `guarantor` started, in the module
 * guarantor-painter.so: the loader starts no second program (LD_DEBUG=libs
 * says "initialize program" for each) and the chart is written. */
static void
test_export_one_process (void)
{
  g_autoptr(TmpDir) dir = tmp_dir_new ("test-cli");
  g_autofree char *output = g_build_filename (dir, "index.png", NULL);
  const char *argv[] = { g_getenv ("GR_GUARANTOR"), "--export", "index", "--size", "320x200",
                         "--output", output, NULL };
  g_autofree char *err = run_with_loader_log (argv);
  g_autofree char *png = NULL;
  gsize length = 0;
  guint programs = 0;

  for (const char *at = strstr (err, "initialize program:"); at != NULL;
       at = strstr (at + 1, "initialize program:"))
    programs++;
  g_assert_cmpuint (programs, ==, 1);
  g_assert_nonnull (strstr (err, "guarantor-painter.so"));
  g_assert_nonnull (strstr (err, "find library=libcairo"));

  /* A PNG of 320 × 200: the signature, then IHDR's big-endian sides. */
  g_assert_true (g_file_get_contents (output, &png, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (png, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (png + 16)), ==, 320);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (png + 20)), ==, 200);
}

/* `guarantor` starts loading the painters' module when the command line
 * names --export or --briefing, before it knows the job: a job that turns
 * out not to draw, or an error in the options, still ends cleanly, the
 * half-loaded module waited for. */
static void
test_painter_named_not_run (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "scenarios",
                                                 "baseline.json", NULL);

  for (guint i = 0; i < 3; i++)
    {
      g_auto(Run) run = { 0 };

      g_assert_cmpint (run_guarantor (&run, "--metrics", path, "--export", "index", NULL), ==, 0);
      g_assert_nonnull (strstr (run.out, "\"air_defense\""));
    }
  for (guint i = 0; i < 3; i++)
    {
      g_auto(Run) run = { 0 };

      g_assert_cmpint (run_guarantor (&run, "--briefing", NULL), !=, 0);
      g_assert_nonnull (strstr (run.err, "--briefing"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/metrics/baseline", test_metrics_baseline);
  g_test_add_func ("/cli/metrics/bad-file", test_metrics_bad_file);
  g_test_add_func ("/cli/metrics/missing-file", test_metrics_missing_file);
  g_test_add_func ("/cli/metrics/no-painters", test_metrics_no_painters);
  g_test_add_func ("/cli/painter-named-not-run", test_painter_named_not_run);
  g_test_add_func ("/cli/export/unknown", test_export_unknown);
  g_test_add_func ("/cli/export/one-process", test_export_one_process);
  g_test_add_func ("/cli/help", test_help);

  return g_test_run ();
}
