/* test-hostile.c — hostile scenario files: refused quickly, clearly, safely
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The probe of issue 13, one table row per hostile input: files that are
 * not files, JSON that is not quite JSON, numbers a double cannot hold,
 * shapes with no real area, sizes meant to exhaust memory or time.  Each
 * must fail with the right error code, a message naming the place and the
 * problem, no control characters and a bounded length.
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "gr-file-read.h"
#include "gr-metrics.h"
#include "gr-scenario-io.h"

static char *baseline_text;

/* No byte a terminal would act on, and a length a dialog can lay out. */
static void
assert_safe_message (const char *message)
{
  for (const char *p = message; *p != '\0'; p++)
    g_assert_cmpint ((guchar) *p, >=, 0x20);
  g_assert_null (strstr (message, "\xc2\x9b"));      /* CSI, U+009B */
  g_assert_cmpint (g_utf8_strlen (message, -1), <=, 1000);
}

static char *
replace_once (const char *text,
              const char *find,
              const char *replace)
{
  const char *at = strstr (text, find);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, replace, at + strlen (find));
}

/* ---- hostile contents -------------------------------------------------- */

typedef struct
{
  const char *name;
  const char *find;          /* replaced in baseline.json; NULL: built in code */
  const char *replace;
  int code;
  const char *where;         /* in the message */
  const char *problem;       /* in the message */
} Hostile;

#define ZONE "\"polygon\": [\n          [22.2, 48.1],"
#define ROUTE "\"path\": [\n          [31.03, 46.6],"
/* The original points stay, under a note member (a leading "_") the reader skips. */
#define SKIP_ZONE "\"_x\": [\n          [22.2, 48.1],"
#define SKIP_ROUTE "\"_x\": [\n          [31.03, 46.6],"

static const Hostile hostile[] = {
  /* Shapes */
  { "zone-1e-300", ZONE, "\"polygon\": [[0, 40], [0, 50], [1e-300, 45]], " SKIP_ZONE,
    GR_SCENARIO_ERROR_INVALID, "air_patrol.zones[0].polygon:", "encloses no area" },
  { "zone-1e-320", ZONE, "\"polygon\": [[0, 40], [0, 50], [1e-320, 45]], " SKIP_ZONE,
    GR_SCENARIO_ERROR_PARSE, "line ", "too close to zero" },
  { "zone-collinear", ZONE, "\"polygon\": [[30, 45], [31, 45], [32, 45]], " SKIP_ZONE,
    GR_SCENARIO_ERROR_INVALID, "air_patrol.zones[0].polygon:", "encloses no area" },
  { "zone-bow-tie", ZONE, "\"polygon\": [[30, 45], [31, 46], [31, 45], [30, 46]], " SKIP_ZONE,
    GR_SCENARIO_ERROR_INVALID, "air_patrol.zones[0].polygon:", "cross or touch" },
  { "zone-figure-eight", ZONE,
    "\"polygon\": [[30, 45], [31, 45], [31, 46], [32, 46], [32, 47], [31, 47], [31, 46], [30, 46]], "
    SKIP_ZONE, GR_SCENARIO_ERROR_INVALID, "air_patrol.zones[0].polygon:", "cross or touch" },
  { "zone-spike", ZONE, "\"polygon\": [[30, 45], [32, 45], [31, 45], [30, 46]], " SKIP_ZONE,
    GR_SCENARIO_ERROR_INVALID, "air_patrol.zones[0].polygon:", "cross or touch" },
  { "zone-antimeridian", ZONE, "\"polygon\": [[179, 45], [-179, 45], [-179, 46], [179, 46]], "
    SKIP_ZONE, GR_SCENARIO_ERROR_INVALID, "air_patrol.zones[0].polygon[1]:", "antimeridian" },
  { "zone-two-points", ZONE, "\"polygon\": [[30, 45], [31, 46], [30, 45]], " SKIP_ZONE,
    GR_SCENARIO_ERROR_INVALID, "air_patrol.zones[0].polygon:", "at least 3 distinct points" },
  { "route-antimeridian", ROUTE, "\"path\": [[30, 45], [179, 45], [-179, 45]], " SKIP_ROUTE,
    GR_SCENARIO_ERROR_INVALID, "maritime.routes[0].path[2]:", "antimeridian" },
  /* Numbers */
  { "int-2^63", "\"troops\": { \"value\": 2500", "\"troops\": { \"value\": 9223372036854775808",
    GR_SCENARIO_ERROR_PARSE, "line 187, column 30:", "beyond ±2^53" },
  { "int-2^64-wraps-to-minus-1", "\"position\": [30.52, 50.45]", "\"position\": [18446744073709551615, 50.45]",
    GR_SCENARIO_ERROR_PARSE, "line ", "beyond ±2^53" },
  { "hex", "\"troops\": { \"value\": 2500", "\"troops\": { \"value\": 0x9c4", GR_SCENARIO_ERROR_PARSE, "line 187", "must not start with 0" },
  { "octal", "\"troops\": { \"value\": 2500", "\"troops\": { \"value\": 02500", GR_SCENARIO_ERROR_PARSE, "line 187", "must not start with 0" },
  { "bare-fraction", "\"military_share\": { \"value\": 0.67", "\"military_share\": { \"value\": .67",
    GR_SCENARIO_ERROR_PARSE, "line ", "expected a value" },
  /* Strings */
  { "nul-escape", "\"id\": \"kyiv-patriot-2\"", "\"id\": \"kyiv-patriot-1\\u0000two\"",
    GR_SCENARIO_ERROR_PARSE, "line ", "\\u0000" },
  { "single-quotes", "\"role\": \"training\"", "\"role\": 'training'",
    GR_SCENARIO_ERROR_PARSE, "line 188", "single quotes" },
  { "raw-control", "\"role\": \"training\"", "\"role\": \"trai\x01ning\"",
    GR_SCENARIO_ERROR_PARSE, "line 188", "control character (U+0001)" },
  { "terminal-escape-value", "\"role\": \"training\"", "\"role\": \"\\u001b]0;pwned\\u0007\\u001b[2J\"",
    GR_SCENARIO_ERROR_INVALID, "stabilization_force.deployments[0].role:", "\\u001B]0;pwned\\u0007" },
  { "bidi-override", "\"role\": \"training\"", "\"role\": \"\\u202egniniart\"",
    GR_SCENARIO_ERROR_INVALID, "stabilization_force.deployments[0].role:", "\\u202Egniniart" },
  /* Documents */
  { "two-documents", NULL, NULL, GR_SCENARIO_ERROR_PARSE, "line ", "more text after the end" },
  { "trailing-comma", "\"troops\": { \"value\": 2500", "\"troops\": { \"value\": 2500,", GR_SCENARIO_ERROR_PARSE, "line 187", "expected a member name" },
  { "duplicate-member", "\"troops\": { \"value\": 2500", "\"troops\": { \"value\": 2500, \"value\": 25000",
    GR_SCENARIO_ERROR_PARSE, "line 187", "appears twice" },
  { "huge-key", NULL, NULL, GR_SCENARIO_ERROR_TOO_LARGE, "line 2, column 3:", "longer than 65536 bytes" },
  { "million-objects", NULL, NULL, GR_SCENARIO_ERROR_TOO_LARGE, "line 3", "more than 10000 entries" },
  { "numbers-in-lists", NULL, NULL, GR_SCENARIO_ERROR_TOO_LARGE, "line 3", "more than 1000000 values" },
  { "objects-in-lists", NULL, NULL, GR_SCENARIO_ERROR_TOO_LARGE, "line 3", "more than 100000 objects" },
  { "deep-unknown", NULL, NULL, GR_SCENARIO_ERROR_TOO_LARGE, "line 3", "deeper than 20 levels" },
};

static char *
hostile_text (const Hostile *h)
{
  const char *head = "{\n  \"format\": \"guarantor-scenario\", \"version\": 1, \"name\": \"x\", \"junk\": ";

  if (h->find != NULL)
    return replace_once (baseline_text, h->find, h->replace);
  if (g_str_equal (h->name, "two-documents"))
    return g_strconcat (baseline_text, baseline_text, NULL);
  if (g_str_equal (h->name, "huge-key"))
    {
      /* A 15 MiB member name: the scan stops at 64 KiB, the message
       * quotes 80 characters. */
      GString *s = g_string_new ("{\n  \"");

      for (gsize i = 0; i < 15 * 1024 * 1024 / 16; i++)
        g_string_append (s, "\\u001b[31mkkkkkk");
      g_string_append (s, "\": 1 }");
      return g_string_free (s, FALSE);
    }
  if (g_str_equal (h->name, "million-objects"))
    {
      GString *s = g_string_new (head);

      g_string_append (s, "\n[");
      for (guint i = 0; i < 1000000; i++)
        g_string_append (s, "{},");
      g_string_append (s, "{}] }");
      return g_string_free (s, FALSE);
    }
  if (g_str_equal (h->name, "numbers-in-lists"))
    {
      /* 6.2 million numbers in lists of 5,000: each list is within its
       * cap, the file within 16 MiB, the values six times the cap. */
      GString *s = g_string_new (head);

      g_string_append (s, "\n[");
      for (guint i = 0; i < 1240; i++)
        {
          g_string_append (s, i ? ",[" : "[");
          for (guint j = 0; j < 5000; j++)
            g_string_append (s, j ? ",0" : "0");
          g_string_append_c (s, ']');
        }
      g_string_append (s, "] }");
      return g_string_free (s, FALSE);
    }
  if (g_str_equal (h->name, "objects-in-lists"))
    {
      /* 5 million "{}" in lists of 5,000 (json-glib: 1.5 GB). */
      GString *s = g_string_new (head);

      g_string_append (s, "\n[");
      for (guint i = 0; i < 1000; i++)
        {
          g_string_append (s, i ? ",[" : "[");
          for (guint j = 0; j < 5000; j++)
            g_string_append (s, j ? ",{}" : "{}");
          g_string_append_c (s, ']');
        }
      g_string_append (s, "] }");
      return g_string_free (s, FALSE);
    }
  if (g_str_equal (h->name, "deep-unknown"))
    {
      GString *s = g_string_new (head);

      g_string_append_c (s, '\n');
      for (guint i = 0; i < 1000000; i++)
        g_string_append_c (s, '[');
      return g_string_free (s, FALSE);
    }
  g_assert_not_reached ();
}

static void
test_hostile (gconstpointer data)
{
  const Hostile *h = data;
  g_autofree char *text = hostile_text (h);
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) s = NULL;
  clock_t start = clock ();

  s = gr_scenario_load_data (text, (gssize) strlen (text), "hostile.json", &error);
  g_assert_null (s);
  g_assert_error (error, GR_SCENARIO_ERROR, h->code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "hostile.json: "));
  g_assert_nonnull (strstr (error->message, h->where));
  g_assert_nonnull (strstr (error->message, h->problem));
  assert_safe_message (error->message);
  /* Refused in the scan, before a tree of millions of nodes is built:
   * reported, not asserted (sanitizer builds run many times slower). */
  g_test_message ("refused in %.2f s of CPU", (double) (clock () - start) / CLOCKS_PER_SEC);
}

/* ---- hostile files ----------------------------------------------------- */

typedef enum
{
  MAKE_FIFO,
  MAKE_SOCKET,
  MAKE_FOLDER,
  MAKE_SPARSE,
  MAKE_NOTHING,
  USE_PATH,
} Make;

typedef struct
{
  const char *name;
  Make make;
  const char *path;          /* for USE_PATH */
  int code;
  const char *problem;
} HostileFile;

static const HostileFile hostile_files[] = {
  { "fifo", MAKE_FIFO, NULL, GR_SCENARIO_ERROR_IO, "a pipe (FIFO), not a file" },
  { "socket", MAKE_SOCKET, NULL, GR_SCENARIO_ERROR_IO, "a socket, not a file" },
  { "folder", MAKE_FOLDER, NULL, GR_SCENARIO_ERROR_IO, "a folder, not a file" },
  { "sparse-17-MiB", MAKE_SPARSE, NULL, GR_SCENARIO_ERROR_TOO_LARGE, "more than the limit of 16.0" },
  { "missing", MAKE_NOTHING, NULL, GR_SCENARIO_ERROR_IO, "No such file" },
  { "dev-zero", USE_PATH, "/dev/zero", GR_SCENARIO_ERROR_IO, "a device, not a file" },
  { "dev-urandom", USE_PATH, "/dev/urandom", GR_SCENARIO_ERROR_IO, "a device, not a file" },
  { "dev-null", USE_PATH, "/dev/null", GR_SCENARIO_ERROR_IO, "a device, not a file" },
};

static void
test_hostile_file (gconstpointer data)
{
  const HostileFile *h = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gr-hostile-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GrScenario) s = NULL;
  g_autofree char *base = NULL;
  int sock = -1;

  g_assert_no_error (error);
  /* An escape in the name too: it must not reach the message raw. */
  path = h->make == USE_PATH ? g_strdup (h->path)
                             : g_build_filename (dir, "s\x1b[2Jx.json", NULL);
  switch (h->make)
    {
    case MAKE_FIFO:
      g_assert_cmpint (mkfifo (path, 0600), ==, 0);
      break;
    case MAKE_SOCKET:
      {
        struct sockaddr_un addr = { .sun_family = AF_UNIX };

        g_assert_cmpuint (strlen (path), <, sizeof addr.sun_path);
        strcpy (addr.sun_path, path);
        sock = socket (AF_UNIX, SOCK_STREAM, 0);
        g_assert_cmpint (sock, >=, 0);
        g_assert_cmpint (bind (sock, (struct sockaddr *) &addr, sizeof addr), ==, 0);
      }
      break;
    case MAKE_FOLDER:
      g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
      break;
    case MAKE_SPARSE:
      {
        FILE *f = g_fopen (path, "w");

        g_assert_nonnull (f);
        g_assert_cmpint (ftruncate (fileno (f), 17 * 1024 * 1024), ==, 0);
        fclose (f);
      }
      break;
    case MAKE_NOTHING:
    case USE_PATH:
    default:
      break;
    }

  file = g_file_new_for_path (path);
  s = gr_scenario_load_file (file, NULL, &error);
  g_assert_null (s);
  g_assert_error (error, GR_SCENARIO_ERROR, h->code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, h->problem));
  base = g_path_get_basename (path);
  if (h->make != USE_PATH)
    g_assert_true (g_str_has_prefix (error->message, "s\\u001B[2Jx.json: "));
  assert_safe_message (error->message);

  if (sock >= 0)
    close (sock);
  if (h->make == MAKE_FOLDER)
    g_rmdir (path);
  else if (h->make != USE_PATH)
    g_unlink (path);
  g_rmdir (dir);
}

/* A file that says it is empty but is not (/proc) is still read with the
 * limit: the size st_size reports is not trusted. */
static void
test_read_bounded (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GStatBuf st;

  g_assert_cmpint (g_stat ("/proc/self/maps", &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, 0);
  bytes = gr_file_read ("/proc/self/maps", 16, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_clear_error (&error);

  bytes = gr_file_read ("/proc/self/maps", 1 << 24, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 16);
  g_clear_pointer (&bytes, g_bytes_unref);

  bytes = gr_file_read ("", 100, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
}

typedef struct
{
  const char *arg;
  gboolean is_uri;
} Arg;

static void
test_urls (void)
{
  static const Arg args[] = {
    { "https://example.org/s.json", TRUE },
    { "http://10.0.0.1/s.json", TRUE },
    { "sftp://host/s.json", TRUE },
    { "smb://server/share/s.json", TRUE },
    { "file:///etc/passwd", TRUE },
    { "dav+sd://x", TRUE },
    { "scenario.json", FALSE },
    { "/tmp/s.json", FALSE },
    { "./https://x", FALSE },
    { "C:", FALSE },
    { "1http://x", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (args); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = gr_file_new_for_arg (args[i].arg, &error);

      g_test_message ("%s", args[i].arg);
      g_assert_cmpint (gr_file_arg_is_uri (args[i].arg), ==, args[i].is_uri);
      if (args[i].is_uri)
        {
          g_assert_null (file);
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
          g_assert_nonnull (strstr (error->message, "is a URL"));
        }
      else
        {
          g_assert_no_error (error);
          g_assert_true (g_file_is_native (file));
        }
    }
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (gr_file_new_for_arg ("", &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
  }
  {
    /* A GFile with no local path (GVfs, a chooser's network place). */
    g_autoptr(GFile) remote = g_file_new_for_uri ("sftp://host/s.json");
    g_autoptr(GError) error = NULL;

    g_assert_null (gr_file_read_gfile (remote, 100, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  }
}

/* ---- bounded work ------------------------------------------------------ */

static double
cpu_seconds (clock_t start)
{
  return (double) (clock () - start) / CLOCKS_PER_SEC;
}

/* A scenario edited in memory, past the file checks: the evaluation of a
 * zone 1e-300 degrees wide ends (it looped forever). */
static void
test_degenerate_zone_evaluates (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) s = gr_scenario_load_bundled ("baseline", &error);
  g_autoptr(GrModel) model = gr_model_new_default (&error);
  const double widths[] = { 1e-300, 1e-320, 0, 1e-12 };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      GrPatrolZone *zone = &g_array_index (s->air_patrol.zones, GrPatrolZone, 0);
      g_autoptr(GrMetrics) m = NULL;
      clock_t start = clock ();

      g_array_set_size (zone->polygon, 0);
      g_array_append_vals (zone->polygon,
                           (GrLonLat[]) { { 0, 40 }, { 0, 50 }, { widths[i], 45 } }, 3);
      m = gr_model_evaluate (model, s);
      g_assert_nonnull (m);
      /* A hang ends at meson's timeout; the time is reported, not
       * asserted (sanitizer builds run many times slower). */
      g_test_message ("width %g: %.2f s of CPU", widths[i], cpu_seconds (start));
    }
}

/* 30 zones of 10,000 points (each corner of a 1° square repeated 2,500
 * times; 900,000 values, near the cap) load and evaluate in seconds: the
 * duplicate check was quadratic and the reach sampling tested every edge
 * for every sample. */
static void
test_many_points (void)
{
  g_autoptr(GString) zones = g_string_new ("\"zones\": [");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) s = NULL;
  g_autoptr(GrModel) model = gr_model_new_default (&error);
  g_autoptr(GrMetrics) m = NULL;
  clock_t start;

  g_assert_no_error (error);
  for (guint k = 0; k < 30; k++)
    {
      int x = 22 + k % 18, y = 44 + k / 18 % 8;
      int corners[4][2] = { { x, y }, { x + 1, y }, { x + 1, y + 1 }, { x, y + 1 } };

      g_string_append_printf (zones, "%s{\"id\":\"z%u\",\"base\":[24,50],\"stations\":1,\"aircraft_assigned\":20,\"polygon\":[",
                              k ? "," : "", k);
      for (guint c = 0; c < 4; c++)
        for (guint r = 0; r < 2500; r++)
          g_string_append_printf (zones, "%s[%d,%d]", c + r ? "," : "", corners[c][0], corners[c][1]);
      g_string_append (zones, "]}");
    }
  /* The file's own zones stay, under a note member the reader skips. */
  g_string_append (zones, "], \"_zones_unused\": [");
  text = replace_once (baseline_text, "\"zones\": [", zones->str);

  start = clock ();
  s = gr_scenario_load_data (text, -1, "many.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (s->air_patrol.zones->len, ==, 30);
  m = gr_model_evaluate (model, s);
  /* Reported, not asserted: a sanitizer build runs many times slower
   * (bench-model measures speed). */
  g_test_message ("30 × 10,000 points: %.2f s of CPU", cpu_seconds (start));
  /* Each zone is a 1° square: about 111 × 111 × cos(lat) km². */
  g_assert_cmpfloat (g_array_index (m->air_patrol.zones, GrPatrolZoneMetrics, 0).area_km2, >, 7000);
  g_assert_cmpfloat (g_array_index (m->air_patrol.zones, GrPatrolZoneMetrics, 0).area_km2, <, 9000);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  path = g_test_build_filename (G_TEST_DIST, "..", "data", "scenarios", "baseline.json", NULL);
  g_file_get_contents (path, &baseline_text, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *name = g_strdup_printf ("/model/hostile/content/%s", hostile[i].name);

      g_test_add_data_func (name, &hostile[i], test_hostile);
    }
  for (guint i = 0; i < G_N_ELEMENTS (hostile_files); i++)
    {
      g_autofree char *name = g_strdup_printf ("/model/hostile/file/%s", hostile_files[i].name);

      g_test_add_data_func (name, &hostile_files[i], test_hostile_file);
    }
  g_test_add_func ("/model/hostile/read-bounded", test_read_bounded);
  g_test_add_func ("/model/hostile/urls", test_urls);
  g_test_add_func ("/model/hostile/degenerate-zone-evaluates", test_degenerate_zone_evaluates);
  g_test_add_func ("/model/hostile/many-points", test_many_points);
  return g_test_run ();
}
