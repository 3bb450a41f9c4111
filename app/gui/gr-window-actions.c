/* gr-window-actions.c — the window's actions: open, save, export, undo, redo
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every flow that could lose work goes through _gr_window_confirm_discard():
 * with unsaved changes it asks Cancel / Discard / Save first and runs the
 * rest of the flow (a Pending) only once the changes are saved or given up.
 * A failed save or load drops the rest of the flow and tells the user why;
 * the document never changes on failure.
 */

#include "config.h"

#include "gr-window-private.h"

#include "gr-display-text.h"

#include <glib/gi18n.h>

#include "gr-analysis-pane.h"
#include "gr-briefing-export.h"
#include "gr-map-editor.h"
#include "gr-presentation.h"

/* The rest of a flow, run after a prompt or a save. */
typedef struct
{
  GrWindow *self;
  GrWindowContinue next;
  gpointer data;
  GDestroyNotify data_free;
  gboolean save_first;
} Pending;

static Pending *
pending_new (GrWindow         *self,
             GrWindowContinue  next,
             gpointer          data,
             GDestroyNotify    data_free)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->self = g_object_ref (self);
  pending->next = next;
  pending->data = data;
  pending->data_free = data_free;
  return pending;
}

static void
pending_free (Pending *pending)
{
  if (pending->data_free != NULL)
    pending->data_free (pending->data);
  g_object_unref (pending->self);
  g_free (pending);
}

static void
pending_run (Pending *pending)
{
  if (pending->next != NULL)
    pending->next (pending->self, pending->data);
  pending_free (pending);
}

/* Shows an error in a dialog: the heading says what failed, the body why
 * (for a scenario file: the file, the JSON path and the problem). */
void
_gr_window_show_error (GrWindow   *self,
                       const char *heading,
                       const char *body)
{
  g_auto(GStrv) lines = g_strsplit (body, "\n", 12);
  g_autoptr(GString) shown = g_string_new (NULL);
  GtkWidget *dialog;

  /* The body quotes the file: line by line, no control characters and
   * no megabytes of it for Pango to lay out. */
  for (guint i = 0; lines[i] != NULL && i < 11; i++)
    {
      g_autofree char *line = gr_display_message (lines[i]);

      g_string_append_printf (shown, "%s%s", i > 0 ? "\n" : "", line);
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, shown->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
file_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  g_autofree char *name = g_filename_display_name (basename != NULL ? basename : "");

  return gr_display_text (name, -1, 80);
}

static GtkFileFilter *
json_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Scenarios (JSON)"));
  gtk_file_filter_add_mime_type (filter, GR_SCENARIO_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "json");
  return filter;
}

/* Saving */

static void save_as (GrWindow *self,
                     Pending  *pending);

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Pending *pending = user_data;
  g_autoptr(GError) error = NULL;

  if (gr_document_save_finish (GR_DOCUMENT (object), result, &error))
    {
      _gr_window_add_recent (pending->self, gr_document_get_file (GR_DOCUMENT (object)));
      pending_run (pending);
      return;
    }

  if (g_error_matches (error, GR_DOCUMENT_ERROR, GR_DOCUMENT_ERROR_NO_FILE))
    {
      save_as (pending->self, pending);
      return;
    }

  _gr_window_show_error (pending->self, _("Could Not Save the Scenario"), error->message);
  pending_free (pending);
}

/* Saves to @file, or to the document's own file when NULL (asking for one
 * when it has none), then runs @pending. */
static void
save (GrWindow *self,
      GFile    *file,
      Pending  *pending)
{
  gr_document_save_async (self->document, file, NULL, save_done_cb, pending);
}

static void
save_as_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  Pending *pending = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file == NULL)
    {
      pending_free (pending);
      return;
    }
  save (pending->self, file, pending);
}

static void
save_as (GrWindow *self,
         Pending  *pending)
{
  GtkFileChooserNative *chooser;
  GFile *file = gr_document_get_file (self->document);
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Save Scenario"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json_filter ());

  if (file != NULL)
    {
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL);
    }
  else
    {
      /* A file name from the scenario's name; '/' cannot be in one. */
      name = g_strdup_printf ("%s.guarantor.json", gr_document_get_title (self->document));
      g_strdelimit (name, "/\\", '-');
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }

  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response_cb), pending);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GrWindow *self = GR_WINDOW (widget);

  save (self, NULL, pending_new (self, NULL, NULL, NULL));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GrWindow *self = GR_WINDOW (widget);

  save_as (self, pending_new (self, NULL, NULL, NULL));
}

/* The unsaved-changes prompt */

static gboolean
confirmed_cb (gpointer user_data)
{
  Pending *pending = user_data;

  if (pending->save_first)
    save (pending->self, NULL, pending);
  else
    pending_run (pending);
  return G_SOURCE_REMOVE;
}

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  Pending *pending = user_data;

  if (g_str_equal (response, "cancel"))
    {
      pending_free (pending);
      return;
    }

  /* Go on once the dialog is gone: the rest of the flow may close the
   * window the dialog is transient for. */
  pending->save_first = g_str_equal (response, "save");
  g_idle_add (confirmed_cb, pending);
}

/* Runs @next now when nothing would be lost, else after the user chose to
 * save (and the save succeeded) or to discard; never when they cancel. */
void
_gr_window_confirm_discard (GrWindow         *self,
                            GrWindowContinue  next,
                            gpointer          data,
                            GDestroyNotify    data_free)
{
  Pending *pending = pending_new (self, next, data, data_free);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (!gr_document_get_modified (self->document))
    {
      pending_run (pending);
      return;
    }

  body = g_strdup_printf (_("“%s” has unsaved changes. If you don’t save, they will be lost."),
                          gr_document_get_title (self->document));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), pending);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opening */

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Pending *pending = user_data;
  g_autoptr(GError) error = NULL;

  if (gr_document_load_finish (GR_DOCUMENT (object), result, &error))
    {
      _gr_window_add_recent (pending->self, G_FILE (pending->data));
    }
  else
    {
      g_autofree char *name = file_display_name (G_FILE (pending->data));
      g_autofree char *heading = NULL;
      g_autofree char *body = NULL;

      /* TRANSLATORS: %s is a file name */
      heading = g_strdup_printf (_("Could Not Open “%s”"), name);
      /* TRANSLATORS: %s is the problem, e.g. "x.json: troops: -5 is below the minimum 0" */
      body = g_strdup_printf (_("%s\n\nThe open scenario has not changed."), error->message);
      _gr_window_show_error (pending->self, heading, body);
    }
  pending_free (pending);
}

/* Loads @file into the document without asking: the caller has confirmed. */
void
_gr_window_load (GrWindow *self,
                 GFile    *file)
{
  Pending *pending = pending_new (self, NULL, g_object_ref (file), g_object_unref);

  gr_document_load_async (self->document, file, NULL, load_done_cb, pending);
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  GrWindow *self = GR_WINDOW (user_data);
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file != NULL)
    _gr_window_load (self, file);
  g_object_unref (self);
}

static void
open_continue (GrWindow *self,
               gpointer  data)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open Scenario"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json_filter ());
  _gr_window_chooser_start_in_folder (self, GTK_FILE_CHOOSER (chooser));
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _gr_window_confirm_discard (GR_WINDOW (widget), open_continue, NULL, NULL);
}

static void
open_bundled_continue (GrWindow *self,
                       gpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (!gr_document_load_bundled (self->document, data, &error))
    _gr_window_show_error (self, _("Could Not Open the Bundled Scenario"), error->message);
}

static void
open_bundled_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _gr_window_confirm_discard (GR_WINDOW (widget), open_bundled_continue,
                              g_variant_dup_string (parameter, NULL), g_free);
}

static void
new_continue (GrWindow *self,
              gpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (!gr_document_new_scenario (self->document, _("Untitled Scenario"), &error))
    _gr_window_show_error (self, _("Could Not Start a New Scenario"), error->message);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  _gr_window_confirm_discard (GR_WINDOW (widget), new_continue, NULL, NULL);
}

static void
revert_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          user_data)
{
  GrWindow *self = GR_WINDOW (user_data);
  GFile *file = gr_document_get_file (self->document);

  if (g_str_equal (response, "revert") && file != NULL)
    _gr_window_load (self, file);
  g_object_unref (self);
}

/* Reverting is discarding on purpose: it asks only that, with no Save. */
static void
revert_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GrWindow *self = GR_WINDOW (widget);
  GFile *file = gr_document_get_file (self->document);
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (file == NULL || !gr_document_get_modified (self->document))
    return;
  name = file_display_name (file);
  /* TRANSLATORS: %s is a file name */
  body = g_strdup_printf (_("The unsaved changes will be lost and the scenario will be "
                            "as saved in “%s”."), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Revert Unsaved Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "revert", _("_Revert"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "revert",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (revert_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* File choosers start where the scenario is, when it has a file. */
void
_gr_window_chooser_start_in_folder (GrWindow       *self,
                                    GtkFileChooser *chooser)
{
  GFile *file = gr_document_get_file (self->document);
  g_autoptr(GFile) folder = file != NULL ? g_file_get_parent (file) : NULL;

  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

/* The briefing */

/* The analysis pane in the side box: its scenario B and its Monte Carlo
 * go into the briefing and the slides. */
static GrAnalysisPane *
find_analysis (GrWindow *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (self->side_box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GR_IS_ANALYSIS_PANE (child))
      return GR_ANALYSIS_PANE (child);
  return NULL;
}

static void
export_briefing_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  GrWindow *self = GR_WINDOW (widget);
  GrAnalysisPane *analysis = find_analysis (self);

  gr_briefing_export_run (GTK_WINDOW (self), self->document,
                          analysis != NULL ? gr_analysis_pane_get_other (analysis) : NULL,
                          analysis != NULL ? gr_analysis_pane_get_monte_carlo (analysis) : NULL,
                          self->side_box);
}

/* GtkFileLauncher is GTK 4.10: open the exported file the GIO way. */
static void
open_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_autoptr(GAppLaunchContext) context = NULL;
  g_autoptr(GError) error = NULL;

  context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (widget)));
  if (!g_app_info_launch_default_for_uri (g_variant_get_string (parameter, NULL), context, &error))
    _gr_window_show_error (GR_WINDOW (widget), _("Could Not Open the File"), error->message);
}

/* Presentation mode */

/* A Monte Carlo run of the analysis pane that ends while the slides are
 * up puts its P10–P90 on them. */
static void
presentation_monte_carlo_cb (GrAnalysisPane *analysis,
                             GParamSpec     *pspec,
                             GrPresentation *presentation)
{
  const GrMonteCarlo *mc = gr_analysis_pane_get_monte_carlo (analysis);

  if (mc != NULL)
    gr_presentation_set_uncertainty (presentation, mc);
}

void
gr_window_start_presentation (GrWindow *self,
                              guint     samples,
                              guint64   seed,
                              guint     threads)
{
  GrAnalysisPane *analysis;
  GrPresentation *presentation;

  g_return_if_fail (GR_IS_WINDOW (self));

  analysis = find_analysis (self);
  presentation = gr_presentation_new (GTK_WINDOW (self), self->document,
                                      analysis != NULL ? gr_analysis_pane_get_other (analysis)
                                      : NULL,
                                      analysis != NULL
                                      ? gr_analysis_pane_get_monte_carlo (analysis) : NULL);
  if (analysis != NULL)
    {
      g_signal_connect_object (analysis, "notify::monte-carlo",
                               G_CALLBACK (presentation_monte_carlo_cb), presentation, 0);
      if (samples > 0 && gr_analysis_pane_get_monte_carlo (analysis) == NULL)
        gr_analysis_pane_run_monte_carlo_seeded (analysis, samples, seed, threads);
    }

  gtk_window_fullscreen (GTK_WINDOW (presentation));
  gtk_window_present (GTK_WINDOW (presentation));
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  /* F5 shows the P10–P90 of a run the analysis pane has made or makes. */
  gr_window_start_presentation (GR_WINDOW (widget), 0, 0, 0);
}

/* While a scenario B is compared with: B solid on the map, A as outlines,
 * and back (the map toolbar's "A ⇄ B"). */
static void
swap_comparison_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  GrMapEditor *editor = gr_map_widget_get_editor (GR_WINDOW (widget)->map);

  gr_map_editor_set_swapped (editor, !gr_map_editor_get_swapped (editor));
}

/* History */

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gr_document_undo (GR_WINDOW (widget)->document);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gr_document_redo (GR_WINDOW (widget)->document);
}

void
_gr_window_actions_update (GrWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 gr_document_get_can_undo (self->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 gr_document_get_can_redo (self->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.revert",
                                 gr_document_get_file (self->document) != NULL
                                 && gr_document_get_modified (self->document));
}

void
_gr_window_class_actions_init (GrWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.revert", NULL, revert_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", "s", open_bundled_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export-briefing", NULL,
                                   export_briefing_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.swap-comparison", NULL,
                                   swap_comparison_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);

  /* Keep ui/gtk/help-overlay.ui in step with these. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK,
                                       "win.swap-comparison", NULL);
}
