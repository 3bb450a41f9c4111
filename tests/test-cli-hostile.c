/* test-cli-hostile.c — the command line with hostile arguments, offline
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the built binary (GR_GUARANTOR) as a user would: an empty
 * --scenario, a URL, a FIFO with no writer, a file name with terminal
 * escapes, a narrow map export; and, under strace (or unshare -n when
 * strace cannot trace), proves that --metrics and exports open no
 * internet socket.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cli-run.h"

static char *tmp_dir;

/* Nothing a terminal would obey: no ESC, BEL, CSI, carriage return. */
static void
assert_clean_stderr (const char *err)
{
  g_assert_null (strchr (err, '\x1b'));
  g_assert_null (strchr (err, '\x07'));
  g_assert_null (strchr (err, '\r'));
  g_assert_null (strstr (err, "\xc2\x9b"));
  g_assert_null (strstr (err, "CRITICAL"));
  g_assert_null (strstr (err, "WARNING"));
}

typedef struct
{
  const char *name;
  const char *args[6];
  int status;
  const char *err;          /* in stderr */
} Row;

static const Row rows[] = {
  { "empty-scenario", { "--export", "map", "--output", "@/out.png", "--scenario", "" },
    2, "the file name is empty" },
  { "empty-metrics", { "--metrics", "", NULL }, 2, "the file name is empty" },
  { "url-metrics", { "--metrics", "https://example.org/s.json", NULL }, 2, "is a URL" },
  { "url-scenario", { "--export", "map", "--output", "@/out.png", "--scenario",
                      "sftp://host/s.json" }, 2, "is a URL" },
  { "fifo", { "--metrics", "@/fifo.json", NULL }, 2, "a pipe (FIFO)" },
  { "dev-zero", { "--metrics", "/dev/zero", NULL }, 2, "a device" },
  { "escape-name", { "--metrics", "@/\x1b]0;owned\x07\x1b[2J.json", NULL }, 2,
    "\\u001B]0;owned\\u0007\\u001B[2J.json: " },
  { "escape-value", { "--metrics", "@/escape.json", NULL }, 2, "\\u001B[31m" },
  { "escape-export", { "--export", "\x1b[31mmap", NULL }, 2, "unknown export “\\u001B[31mmap”" },
  { "narrow-map", { "--export", "map", "--output", "@/narrow.png", "--size", "120x300" }, 0, NULL },
};

/* "@/x" is x in the test's own folder. */
static char *
expand (const char *arg)
{
  return g_str_has_prefix (arg, "@/") ? g_build_filename (tmp_dir, arg + 2, NULL)
                                      : g_strdup (arg);
}

static void
test_row (gconstpointer data)
{
  const Row *row = data;
  g_auto(Run) run = { 0 };
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (row->args) && row->args[i] != NULL; i++)
    g_ptr_array_add (args, expand (row->args[i]));
  while (args->len < 6)
    g_ptr_array_add (args, NULL);

  g_assert_cmpint (run_guarantor (&run, g_ptr_array_index (args, 0), g_ptr_array_index (args, 1),
                                  g_ptr_array_index (args, 2), g_ptr_array_index (args, 3),
                                  g_ptr_array_index (args, 4), g_ptr_array_index (args, 5),
                                  NULL),
                   ==, row->status);
  g_test_message ("stderr: %s", run.err);
  assert_clean_stderr (run.err);
  if (row->err != NULL)
    g_assert_nonnull (strstr (run.err, row->err));
  else
    g_assert_cmpstr (run.err, ==, "");
}

/* ---- no network -------------------------------------------------------- */

static gboolean
tool_runs (const char * const *argv)
{
  int status = -1;

  return g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL
                       | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL)
         && g_spawn_check_wait_status (status, NULL);
}

/* Runs the binary with @args under strace, returns the trace of socket
 * and connect calls of every process and thread. */
static char *
trace_sockets (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *log = g_build_filename (tmp_dir, "strace.log", NULL);
  g_auto(GStrv) envp = g_environ_unsetenv (g_get_environ (), "DISPLAY");
  g_autoptr(GError) error = NULL;
  char *trace = NULL;
  int status = -1;

  g_ptr_array_add (argv, (char *) "strace");
  g_ptr_array_add (argv, (char *) "-f");
  g_ptr_array_add (argv, (char *) "-e");
  g_ptr_array_add (argv, (char *) "trace=socket,connect");
  g_ptr_array_add (argv, (char *) "-o");
  g_ptr_array_add (argv, log);
  g_ptr_array_add (argv, (char *) g_getenv ("GR_GUARANTOR"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent", TRUE);
  /* LeakSanitizer cannot work under ptrace (a -Db_sanitize build would
   * fail here for that alone); the other tests look for leaks. */
  envp = g_environ_setenv (envp, "LSAN_OPTIONS", "detect_leaks=0", TRUE);
  g_spawn_sync (NULL, (char **) argv->pdata, envp,
                G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_file_get_contents (log, &trace, NULL, &error);
  g_assert_no_error (error);
  g_unlink (log);
  return trace;
}

static void
test_no_network (void)
{
  static const char * const strace_probe[] = { "strace", "-f", "-e", "trace=socket", "-o",
                                               "/dev/null", "true", NULL };
  static const char * const unshare_probe[] = { "unshare", "-rn", "true", NULL };
  g_autofree char *scenario = g_test_build_filename (G_TEST_DIST, "..", "data", "scenarios",
                                                     "observed-2025.json", NULL);
  g_autofree char *png = g_build_filename (tmp_dir, "net.png", NULL);
  g_autofree char *pdf = g_build_filename (tmp_dir, "net.pdf", NULL);
  const char *metrics[] = { "--metrics", scenario, NULL };
  const char *export_png[] = { "--export", "map", "--output", png, "--scenario", scenario, NULL };
  const char *export_pdf[] = { "--export", "index", "--output", pdf, NULL };
  const char * const *jobs[] = { metrics, export_png, export_pdf };

  if (tool_runs (strace_probe))
    {
      for (guint j = 0; j < G_N_ELEMENTS (jobs); j++)
        {
          g_autofree char *trace = trace_sockets (jobs[j]);

          g_test_message ("%s: %s", jobs[j][1], trace);
          /* The trace names each call: at least the exit of the process. */
          g_assert_nonnull (strstr (trace, "+++ exited with 0 +++"));
          g_assert_null (strstr (trace, "AF_INET"));     /* and AF_INET6 */
          g_assert_null (strstr (trace, "PF_INET"));
        }
      return;
    }
  if (tool_runs (unshare_probe))
    {
      /* No strace: with no network at all, the jobs still succeed. */
      for (guint j = 0; j < G_N_ELEMENTS (jobs); j++)
        {
          g_autoptr(GPtrArray) argv = g_ptr_array_new ();
          int status = -1;

          g_ptr_array_add (argv, (char *) "unshare");
          g_ptr_array_add (argv, (char *) "-rn");
          g_ptr_array_add (argv, (char *) g_getenv ("GR_GUARANTOR"));
          for (guint i = 0; jobs[j][i] != NULL; i++)
            g_ptr_array_add (argv, (char *) jobs[j][i]);
          g_ptr_array_add (argv, NULL);
          g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH
                                       | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                                       &status, NULL));
          g_assert_true (g_spawn_check_wait_status (status, NULL));
        }
      return;
    }
  g_test_skip ("neither strace nor unshare -n can run here");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *fifo = NULL;
  g_autofree char *escape = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  tmp_dir = g_dir_make_tmp ("gr-cli-hostile-XXXXXX", &error);
  g_assert_no_error (error);

  /* A FIFO no one writes to: opening it for reading must not block. */
  fifo = g_build_filename (tmp_dir, "fifo.json", NULL);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  escape = g_build_filename (tmp_dir, "escape.json", NULL);
  g_file_set_contents (escape,
                       "{\"format\": \"guarantor-scenario\", \"version\": 1, \"name\": \"x\","
                       " \"stabilization_force\": {\"deployments\": [{\"id\": \"a\","
                       " \"position\": [30, 50], \"troops\": 1, \"nation\": \"GB\","
                       " \"role\": \"\\u001b[31m\\r\\u009b2J\"}]}}", -1, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/hostile/%s", rows[i].name);

      g_test_add_data_func (path, &rows[i], test_row);
    }
  g_test_add_func ("/cli/hostile/no-network", test_no_network);
  status = g_test_run ();

  g_unlink (fifo);
  g_unlink (escape);
  g_rmdir (tmp_dir);
  return status;
}
