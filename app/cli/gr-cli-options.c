/* gr-cli-options.c — the command line both entry points accept
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `guarantor` runs the headless jobs itself and hands anything else to
 * the GUI binary; both parse the same options, so `--help` and a mistyped
 * option read the same from either.
 */

#include "config.h"

#include "gr-cli.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

static const GOptionEntry option_entries[] = {
  { "metrics", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print the metrics of the scenario in FILE as JSON and exit"), N_("FILE") },
  { GR_CLI_OPTION_EXPORT, 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export WHAT (a chart or “map”; “list” names them) without opening a window"), N_("WHAT") },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the export to FILE"), N_("FILE") },
  { "scenario", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export from the scenario in FILE instead of the bundled baseline"), N_("FILE") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Size of the exported image in pixels"), N_("WIDTHxHEIGHT") },
  { "present", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Start in presentation mode (with FILE, once it has loaded); the slides show "
       "P10–P90 once a Monte Carlo run (--samples, --seed) is done"), NULL },
  { GR_CLI_OPTION_BRIEFING, 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the briefing on the scenario to FILE (PDF) without opening a window"), N_("FILE") },
  /* `--compare A B` alone is handled before GOption sees it (it takes two
   * files); with --briefing it takes one. */
  { "compare", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print the metrics of scenarios A and B side by side as JSON and exit; "
       "with --briefing, compare the briefing's scenario with FILE"), N_("A B | FILE") },
  { "slides", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Lay the briefing out on 16:9 slides instead of A4 pages"), NULL },
  { "sensitivity", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print the tornado of the scenario in FILE as JSON and exit"), N_("FILE") },
  { "metric", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The metric the tornado varies: a member path of --metrics, an item of a list by its "
       "key (readiness.by_year.2030.trained); default index.composite"), N_("PATH") },
  { "monte-carlo", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print Monte Carlo percentiles of the scenario in FILE as JSON and exit"), N_("FILE") },
  { "samples", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Monte Carlo samples (default 1000)"), N_("COUNT") },
  { "seed", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Monte Carlo seed (default 1)"), N_("SEED") },
  { "threads", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Monte Carlo worker threads (default: one per processor)"), N_("THREADS") },
  { NULL }
};

/**
 * gr_cli_add_options:
 * @app: the application that parses the command line
 *
 * Adds the options, the parameter and the summary `guarantor --help` shows.
 */
void
gr_cli_add_options (GApplication *app)
{
  g_application_add_main_option_entries (app, option_entries);
  /* TRANSLATORS: what `guarantor --help` shows after the options */
  g_application_set_option_context_parameter_string (app, _("[FILE…]"));
  g_application_set_option_context_summary (app,
                                            _("Opens each scenario FILE, the first in the "
                                              "running window; with an option below, runs that "
                                              "job without a window and exits."));
}

/* Whether @arg is the option --@name, with its value or without. */
static gboolean
is_option (const char *arg,
           const char *name)
{
  gsize length = strlen (name);

  return arg[0] == '-' && arg[1] == '-' && strncmp (arg + 2, name, length) == 0
         && (arg[2 + length] == '\0' || arg[2 + length] == '=');
}

/**
 * gr_cli_names_painter_job:
 * @argv: main()'s
 *
 * Whether the command line names --export or --briefing: a guess, made
 * before the options are parsed, that the painters' module will be
 * needed; gr_cli_handle_options() decides.
 */
gboolean
gr_cli_names_painter_job (char **argv)
{
  for (char **arg = argv + 1; *arg != NULL && strcmp (*arg, "--") != 0; arg++)
    if (is_option (*arg, GR_CLI_OPTION_EXPORT) || is_option (*arg, GR_CLI_OPTION_BRIEFING))
      return TRUE;
  return FALSE;
}

/**
 * gr_cli_setup_locale:
 *
 * The user's locale and the message catalogues.  `make run` starts the
 * binary from the build tree, before anything is installed under
 * LOCALEDIR: it points GUARANTOR_LOCALEDIR at the catalogues compiled
 * into $(BUILDDIR)/po.
 *
 * setlocale() may free the names another thread's locale query returned:
 * call this before starting any thread.  Only the first call does
 * anything, so that a later one (gr_cli_run()'s, after the launcher's)
 * cannot race with threads started in between.
 */
void
gr_cli_setup_locale (void)
{
  static gsize done = 0;
  const char *localedir = g_getenv ("GUARANTOR_LOCALEDIR");

  if (!g_once_init_enter (&done))
    return;
  setlocale (LC_ALL, "");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_once_init_leave (&done, 1);
}

/* Whether @argv asks for help or for one of GApplication's own options:
 * only a GApplication answers those. */
static gboolean
asks_application (char **argv)
{
  for (char **arg = argv + 1; *arg != NULL && strcmp (*arg, "--") != 0; arg++)
    if (strcmp (*arg, "-h") == 0 || strcmp (*arg, "-?") == 0
        || g_str_has_prefix (*arg, "--help") || g_str_has_prefix (*arg, "--gapplication"))
      return TRUE;
  return FALSE;
}

/* Parses @argv with the options above as GApplication does (its
 * g_application_parse_command_line(): the same GOption parser, the
 * values packed into a dictionary by type, a parse error printed as is
 * with exit status 1) and hands them to @handle_options. */
static int
run_without_application (int               argc,
                         char             *argv[],
                         GrCliOptionsFunc  handle_options,
                         gpointer          user_data)
{
  GOptionEntry entries[G_N_ELEMENTS (option_entries)];
  union { gboolean flag; char *text; } values[G_N_ELEMENTS (option_entries)] = { 0 };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) arguments = g_new0 (char *, argc + 1);
  int status;

  /* as g_application_run() names the program */
  if (g_get_prgname () == NULL && argc > 0)
    {
      g_autofree char *name = g_path_get_basename (argv[0]);

      g_set_prgname (name);
    }
  for (int i = 0; i < argc; i++)
    arguments[i] = g_strdup (argv[i]);
  for (guint i = 0; i < G_N_ELEMENTS (option_entries); i++)
    {
      entries[i] = option_entries[i];
      entries[i].arg_data = &values[i];
      /* GApplication's mark for a flag not given */
      if (entries[i].arg == G_OPTION_ARG_NONE)
        values[i].flag = 2;
    }
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse_strv (context, &arguments, &error))
    {
      g_printerr ("%s\n", error->message);
      status = 1;
    }
  else
    {
      for (guint i = 0; entries[i].long_name != NULL; i++)
        if (entries[i].arg == G_OPTION_ARG_NONE && values[i].flag != 2)
          g_variant_dict_insert (options, entries[i].long_name, "b", values[i].flag);
        else if (entries[i].arg == G_OPTION_ARG_STRING && values[i].text != NULL)
          g_variant_dict_insert (options, entries[i].long_name, "s", values[i].text);
        else if (entries[i].arg == G_OPTION_ARG_FILENAME && values[i].text != NULL)
          g_variant_dict_insert (options, entries[i].long_name, "^ay", values[i].text);
      status = handle_options (options, user_data);
      g_warn_if_fail (status >= 0);
    }
  for (guint i = 0; entries[i].long_name != NULL; i++)
    if (entries[i].arg != G_OPTION_ARG_NONE)
      g_free (values[i].text);
  return status;
}

typedef struct
{
  GrCliOptionsFunc handle_options;
  gpointer user_data;
} Handler;

static int
handle_local_options_cb (GApplication *app,
                         GVariantDict *options,
                         Handler      *handler)
{
  return handler->handle_options (options, handler->user_data);
}

/**
 * gr_cli_run:
 * @argc: main()'s
 * @argv: main()'s
 * @handle_options: what the options run
 * @user_data: for @handle_options
 *
 * The main() of `guarantor`.  Its options, `--help` and errors read as
 * the GUI's, which parses the same options as a GApplication.  A job
 * that draws (--export, --briefing) has its options parsed without one:
 * making the GApplication and parsing through it took 0.5 to 0.9 ms of a
 * chart export's 35; help and GApplication's own options still go
 * through one.
 *
 * Returns: the exit status
 */
int
gr_cli_run (int               argc,
            char             *argv[],
            GrCliOptionsFunc  handle_options,
            gpointer          user_data)
{
  g_autoptr(GApplication) app = NULL;
  Handler handler = { handle_options, user_data };
  int status;

  gr_cli_setup_locale ();
  if (gr_cli_handle_compare (argv, &status))
    return status;
  if (gr_cli_names_painter_job (argv) && !asks_application (argv))
    return run_without_application (argc, argv, handle_options, user_data);

  app = g_application_new (APP_ID, G_APPLICATION_HANDLES_OPEN);
  gr_cli_add_options (app);
  g_signal_connect (app, "handle-local-options", G_CALLBACK (handle_local_options_cb), &handler);
  return g_application_run (app, argc, argv);
}
