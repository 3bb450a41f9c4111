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

/* Loading the painters' module (cairo, pango and twenty more libraries)
 * takes 6 ms, a sixth of a chart export.  When the command line names a
 * painter's job, a thread loads the module while the options are parsed
 * here.  As it is loaded, the module makes the font map from that
 * thread (main-painter.c), its fontconfig configuration loaded, before
 * the job reads the scenario and builds the model.  The
 * loading thread is GLib's, not gr_thread_new()'s: on our test machine it
 * runs best after the option parsing, on the same CPU, not beside it
 * (gr-thread.c). */
typedef struct
{
  GThread *thread;
  char *path;
  GModule *module;
  GrPainterRunFunc run;
  char *problem;
} PainterLoad;

static gpointer
load_painter_thread (gpointer data)
{
  PainterLoad *load = data;

  gr_cli_heap_tune_thread ();
  load->module = g_module_open (load->path, G_MODULE_BIND_LOCAL);
  if (load->module == NULL
      || !g_module_symbol (load->module, "gr_painter_module_run", (gpointer *) &load->run))
    {
      /* TRANSLATORS: %s is the path of the module that draws exports,
       * then why it did not load */
      load->problem = g_strdup_printf (_("cannot start the export (%s): %s"), load->path,
                                       g_module_error () /* this thread's */);
      return NULL;
    }
  /* kept until the process exits: its libraries start threads */
  g_module_make_resident (load->module);
  return NULL;
}

static PainterLoad *
painter_load_start (void)
{
  PainterLoad *load = g_new0 (PainterLoad, 1);

  load->path = find_helper (PAINTER_MODULE_NAME);
  load->thread = g_thread_new ("gr-load-painter", load_painter_thread, load);
  return load;
}

/* Waits for the load; the module is never closed. */
static void
painter_load_join (PainterLoad *load)
{
  if (load->thread != NULL)
    g_thread_join (g_steal_pointer (&load->thread));
}

static void
painter_load_free (PainterLoad *load)
{
  if (load == NULL)
    return;
  painter_load_join (load);
  g_free (load->path);
  g_free (load->problem);
  g_free (load);
}

typedef struct
{
  char **argv;
  PainterLoad *load;
} Launch;

/* Runs the job in the painters' module, loaded by now or loaded here. */
static int
run_painter (Launch       *launch,
             GVariantDict *options)
{
  if (launch->load == NULL)
    launch->load = painter_load_start ();
  painter_load_join (launch->load);
  if (launch->load->problem != NULL)
    return gr_cli_fail (GR_CLI_EXIT_FAILURE, launch->load->problem);
  return launch->load->run (options);
}

static int
handle_options_cb (GVariantDict *options,
                   gpointer      user_data)
{
  Launch *launch = user_data;
  int status = gr_cli_handle_options (options);
  g_autofree char *helper = NULL;
  g_autofree char *problem = NULL;

  if (status >= 0)
    return status;
  if (status == GR_CLI_PAINTER_JOB)
    return run_painter (launch, options);
  helper = find_helper (GUI_NAME);
  execv (helper, launch->argv);
  /* TRANSLATORS: %s is the path of the GUI program, then why it did not start */
  problem = g_strdup_printf (_("cannot start the window (%s): %s"), helper, g_strerror (errno));
  return gr_cli_fail (GR_CLI_EXIT_FAILURE, problem);
}

int
main (int   argc,
      char *argv[])
{
  Launch launch = { argv, NULL };
  int status;

  /* before anything allocates much, and before any thread starts */
  gr_cli_heap_tune ();
  /* the locale first: setlocale() must not run beside the loading thread */
  gr_cli_setup_locale ();
  if (gr_cli_names_painter_job (argv))
    launch.load = painter_load_start ();
  status = gr_cli_run (argc, argv, handle_options_cb, &launch);

  /* not while the thread may still be loading */
  painter_load_free (launch.load);
  gr_cli_heap_exit (status);
}
