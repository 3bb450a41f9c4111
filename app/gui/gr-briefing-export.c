/* gr-briefing-export.c — "Export Briefing…": ask where, write in the background
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The briefing is planned on the main thread (it copies the scenario) and
 * written in a GTask worker; the worker reports each page through the main
 * context, and the dialog's Cancel cancels the GCancellable the writer
 * checks between pages.  Without a Monte Carlo result from the analysis
 * pane, the worker runs one first (Monte Carlo's defaults) for the
 * uncertainty page; it checks the same GCancellable after every sample.
 */

#include "config.h"

#include "gr-briefing-export.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gr-briefing.h"
#include "gr-toast.h"

typedef struct
{
  GtkWindow *parent;
  GtkWidget *toast_anchor;
  GrBriefing *briefing;
  GFile *file;
  GCancellable *cancellable;
  GtkWidget *dialog;
  GtkProgressBar *bar;
  gboolean dialog_gone;
  gboolean run_uncertainty;    /* Monte Carlo in the worker, before the pages */
  int sampling;                /* atomic: the progress counts samples */
  int done;                    /* atomic: pages written, or samples drawn */
  int total;
} Export;

static void
export_clear (Export *self)
{
  /* The dialog first: it is transient for the parent, which may go with
   * our reference when the window was closed while the job ran. */
  g_clear_object (&self->dialog);
  g_clear_object (&self->parent);
  g_clear_object (&self->toast_anchor);
  g_clear_pointer (&self->briefing, gr_briefing_free);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
}

/* Atomic: the Monte Carlo's worker threads take references (see
 * progress_cb) while the main thread drops them.  The last one always
 * goes on the main thread, for the widgets: the progress updates' in
 * their idle sources, the job's own in written_cb() (the worker no longer
 * touches the export once it has returned its result). */
static void
export_unref (gpointer data)
{
  g_atomic_rc_box_release_full (data, (GDestroyNotify) export_clear);
}

static gboolean
update_progress_cb (gpointer data)
{
  Export *self = data;
  int total = g_atomic_int_get (&self->total);
  g_autofree char *text = NULL;

  if (total > 0 && !self->dialog_gone)
    {
      int done = g_atomic_int_get (&self->done);

      if (g_atomic_int_get (&self->sampling))
        /* TRANSLATORS: progress of the briefing export's Monte Carlo */
        text = g_strdup_printf (_("Uncertainty: sample %d of %d"), done, total);
      else
        /* TRANSLATORS: progress of the briefing export */
        text = g_strdup_printf (_("Page %d of %d"), done, total);
      gtk_progress_bar_set_fraction (self->bar, (double) done / total);
      gtk_progress_bar_set_text (self->bar, text);
    }
  return G_SOURCE_REMOVE;
}

/* In the worker. */
static void
progress_cb (guint    done,
             guint    total,
             gpointer data)
{
  Export *self = data;
  guint before = (guint) g_atomic_int_get (&self->done);

  g_atomic_int_set (&self->done, (int) done);
  g_atomic_int_set (&self->total, (int) total);
  /* Monte Carlo reports every sample, from several threads: the bar moves
   * by whole per cent. */
  if (done < total && before * 100 / total == done * 100 / total)
    return;
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, update_progress_cb,
                              g_atomic_rc_box_acquire (self), export_unref);
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  Export *self = data;
  g_autofree char *path = g_file_get_path (self->file);
  g_autoptr(GError) error = NULL;

  if (self->run_uncertainty)
    {
      g_atomic_int_set (&self->sampling, TRUE);
      if (!gr_briefing_run_uncertainty (self->briefing, GR_MONTE_CARLO_DEFAULT_SAMPLES,
                                        GR_MONTE_CARLO_DEFAULT_SEED, 0, progress_cb, self,
                                        cancellable, &error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      g_atomic_int_set (&self->done, 0);
      g_atomic_int_set (&self->sampling, FALSE);
    }
  if (gr_briefing_render_to_path (self->briefing, path, progress_cb, self, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
show_done (Export *self)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (self->toast_anchor, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *display = g_filename_display_name (name);
  g_autofree char *escaped = g_markup_escape_text (display, -1);
  /* TRANSLATORS: %s is a file name */
  g_autofree char *title = g_strdup_printf (_("Briefing saved as “%s”"), escaped);
  g_autofree char *uri = g_file_get_uri (self->file);
  AdwToast *toast;

  if (overlay == NULL)
    {
      g_message ("%s", title);
      return;
    }
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-uri");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  Export *self = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!self->dialog_gone)
    {
      self->dialog_gone = TRUE;
      gtk_window_destroy (GTK_WINDOW (self->dialog));
    }
  if (g_task_propagate_boolean (G_TASK (result), &error))
    show_done (self);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    gr_toast_show (self->toast_anchor, _("Briefing export cancelled"));
  else
    {
      GtkWidget *dialog = adw_message_dialog_new (self->parent, _("Could Not Export the Briefing"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  /* the job's reference (see export_unref()) */
  export_unref (self);
}

static void
dialog_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          data)
{
  Export *self = data;

  self->dialog_gone = TRUE;
  g_cancellable_cancel (self->cancellable);
}

void
gr_briefing_export_to_file (GtkWindow          *parent,
                            GrDocument         *document,
                            const GrScenario   *compare,
                            const GrMonteCarlo *uncertainty,
                            GtkWidget          *toast_anchor,
                            GFile              *file)
{
  Export *self = g_atomic_rc_box_new0 (Export);
  GrBriefingOptions options = { 0 };
  g_autoptr(GTask) task = NULL;
  GtkWidget *bar;

  g_return_if_fail (GR_IS_DOCUMENT (document));
  g_return_if_fail (G_IS_FILE (file));

  options.title = gr_document_get_title (document);
  options.modified = gr_document_get_modified (document);
  options.compare = compare;
  options.uncertainty = uncertainty;
  self->run_uncertainty = uncertainty == NULL;
  self->parent = g_object_ref (parent);
  self->toast_anchor = g_object_ref (toast_anchor);
  self->file = g_object_ref (file);
  self->cancellable = g_cancellable_new ();
  self->briefing = gr_briefing_new (gr_document_get_model (document),
                                    gr_document_get_scenario (document), &options);

  bar = gtk_progress_bar_new ();
  gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (bar), TRUE);
  self->bar = GTK_PROGRESS_BAR (bar);
  self->dialog = g_object_ref_sink (adw_message_dialog_new (parent, _("Exporting Briefing"),
                                                            NULL));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self->dialog), bar);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self->dialog), "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self->dialog), "cancel");
  g_signal_connect (self->dialog, "response", G_CALLBACK (dialog_response_cb), self);
  gtk_window_present (GTK_WINDOW (self->dialog));

  task = g_task_new (NULL, self->cancellable, written_cb, NULL);
  g_task_set_source_tag (task, gr_briefing_export_to_file);
  /* written_cb() drops our reference, on the main thread. */
  g_task_set_task_data (task, self, NULL);
  g_task_run_in_thread (task, write_thread);
}

typedef struct
{
  GtkWindow *parent;
  GrDocument *document;
  GrScenario *compare;
  GrMonteCarlo *uncertainty;
  GtkWidget *toast_anchor;
} Ask;

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         data)
{
  Ask *ask = data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file != NULL)
    gr_briefing_export_to_file (ask->parent, ask->document, ask->compare, ask->uncertainty,
                                ask->toast_anchor, file);
  g_object_unref (ask->parent);
  g_object_unref (ask->document);
  g_clear_pointer (&ask->compare, gr_scenario_free);
  g_clear_pointer (&ask->uncertainty, gr_monte_carlo_free);
  g_object_unref (ask->toast_anchor);
  g_free (ask);
}

void
gr_briefing_export_run (GtkWindow          *parent,
                        GrDocument         *document,
                        const GrScenario   *compare,
                        const GrMonteCarlo *uncertainty,
                        GtkWidget          *toast_anchor)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;
  Ask *ask = g_new0 (Ask, 1);

  g_return_if_fail (GR_IS_DOCUMENT (document));

  ask->parent = g_object_ref (parent);
  ask->document = g_object_ref (document);
  /* Copies: the pane may drop them while the chooser is open. */
  ask->compare = compare != NULL ? gr_scenario_copy (compare) : NULL;
  ask->uncertainty = uncertainty != NULL ? gr_monte_carlo_copy (uncertainty) : NULL;
  ask->toast_anchor = g_object_ref (toast_anchor);

  chooser = gtk_file_chooser_native_new (_("Export Briefing"), parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  /* TRANSLATORS: the suggested file name; %1$s the scenario, %2$s the date */
  name = g_strdup_printf (_("%1$s briefing %2$s.pdf"), gr_document_get_title (document), date);
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), ask);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
