/* bench-briefing.c — the whole `guarantor --briefing` process, per bundled scenario
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real binary (start-up, model, every page, the PDF written) five
 * times per scenario, with and without a comparison, and prints the
 * median and the worst wall-clock time, and the median CPU time (user +
 * system) that tells a loaded machine from a slow briefing.  The budget is
 * 1.5 s.  Prints figures only.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/resource.h>

#define RUNS 5

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
children_cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

static void
bench (const char *label,
       const char *scenario,
       const char *compare,
       const char *out)
{
  const char *binary = g_getenv ("GR_GUARANTOR");
  double ms[RUNS];
  double cpu[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      const char *argv[] = { binary, "--briefing", out, "--scenario", scenario,
                             compare != NULL ? "--compare" : NULL, compare, NULL };
      g_autoptr(GError) error = NULL;
      int status = 0;
      gint64 start = g_get_monotonic_time ();
      double cpu_start = children_cpu_ms ();

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                         NULL, NULL, &status, &error)
          || !g_spawn_check_wait_status (status, &error))
        g_error ("%s: %s", label, error->message);
      ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      cpu[i] = children_cpu_ms () - cpu_start;
    }
  qsort (ms, RUNS, sizeof (double), compare_doubles);
  qsort (cpu, RUNS, sizeof (double), compare_doubles);
  g_print ("%-34s wall median %5.0f ms, worst %5.0f ms; cpu median %5.0f ms "
           "(budget 1500 ms)\n", label, ms[RUNS / 2], ms[RUNS - 1], cpu[RUNS / 2]);
}

int
main (int   argc,
      char *argv[])
{
  const char *names[] = { "baseline", "observed-2025", "reinforced" };
  g_autofree char *dir = g_dir_make_tmp ("gr-bench-briefing-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "briefing.pdf", NULL);
  g_autofree char *src = g_getenv ("G_TEST_SRCDIR") != NULL
                         ? g_strdup (g_getenv ("G_TEST_SRCDIR")) : g_strdup (".");

  if (g_getenv ("GR_GUARANTOR") == NULL)
    g_error ("set GR_GUARANTOR to the guarantor binary (meson does)");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *file = g_strconcat (names[i], ".json", NULL);
      g_autofree char *path = g_build_filename (src, "..", "data", "scenarios", file, NULL);
      g_autofree char *label = g_strdup_printf ("briefing %s", names[i]);

      bench (label, path, NULL, out);
      if (i == 0)
        {
          g_autofree char *other = g_build_filename (src, "..", "data", "scenarios",
                                                     "reinforced.json", NULL);

          bench ("briefing baseline vs reinforced", path, other, out);
        }
    }
  g_unlink (out);
  g_rmdir (dir);
  return 0;
}
