/* main.c — entry point of the guarantor binary: headless jobs, else the GUI
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This binary links the model and the jobs that compute, neither GTK nor
 * the painters: --metrics, --compare, --sensitivity and --monte-carlo run
 * without loading the toolkit's eighty libraries or cairo's and pango's
 * twenty.  The jobs that draw (--export, --briefing) load the module
 * guarantor-painter.so and run in it with the options parsed here (a
 * second program loaded GLib and parsed them again: a fifth of a chart
 * export's CPU time); anything else (no option, files to open,
 * --present) replaces the process with guarantor-gui, given the same
 * arguments.
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <gmodule.h>
#include <string.h>
#include <unistd.h>

#include "gr-cli.h"

typedef int (*GrPainterRunFunc) (GVariantDict *options);

/* The helper @name beside this binary (the build tree), or where it is
 * installed relative to it (a relocated or DESTDIR install), or where it
 * was configured to go. */
static char *
find_helper (const char *name)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = self != NULL ? g_path_get_dirname (self) : NULL;
  g_autofree char *beside = dir != NULL ? g_build_filename (dir, name, NULL) : NULL;
  g_autofree char *relative = dir != NULL ? g_build_filename (dir, HELPERS_FROM_BINDIR, name,
                                                              NULL)
                                          : NULL;

  if (beside != NULL && g_file_test (beside, G_FILE_TEST_IS_EXECUTABLE))
    return g_steal_pointer (&beside);
  if (relative != NULL && g_file_test (relative, G_FILE_TEST_IS_EXECUTABLE))
    return g_steal_pointer (&relative);
  return g_build_filename (HELPERS_LIBEXECDIR, name, NULL);
}

/* Runs the job in the painters' module, kept loaded until the process
 * exits (its libraries start threads). */
static int
run_painter (GVariantDict *options)
{
  g_autofree char *path = find_helper (PAINTER_MODULE_NAME);
  g_autofree char *problem = NULL;
  GModule *module = g_module_open (path, G_MODULE_BIND_LOCAL);
  GrPainterRunFunc run = NULL;

  if (module == NULL || !g_module_symbol (module, "gr_painter_module_run", (gpointer *) &run))
    {
      /* TRANSLATORS: %s is the path of the module that draws exports,
       * then why it did not load */
      problem = g_strdup_printf (_("cannot start the export (%s): %s"), path,
                                 g_module_error ());
      return gr_cli_fail (GR_CLI_EXIT_FAILURE, problem);
    }
  g_module_make_resident (module);
  return run (options);
}

static int
handle_local_options_cb (GApplication *app,
                         GVariantDict *options,
                         char        **argv)
{
  int status = gr_cli_handle_options (options);
  g_autofree char *helper = NULL;
  g_autofree char *problem = NULL;

  if (status >= 0)
    return status;
  if (status == GR_CLI_PAINTER_JOB)
    return run_painter (options);
  helper = find_helper (GUI_NAME);
  execv (helper, argv);
  /* TRANSLATORS: %s is the path of the GUI program, then why it did not start */
  problem = g_strdup_printf (_("cannot start the window (%s): %s"), helper, g_strerror (errno));
  return gr_cli_fail (GR_CLI_EXIT_FAILURE, problem);
}

int
main (int   argc,
      char *argv[])
{
  return gr_cli_run (argc, argv, G_CALLBACK (handle_local_options_cb), argv);
}
