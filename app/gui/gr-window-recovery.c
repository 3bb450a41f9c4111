/* gr-window-recovery.c — offer to restore the work a crash left behind
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window keeps its unsaved edits in a recovery file (gr-autosave.h).
 * After a crash the next start finds the file and asks, for each one:
 * Restore (the edits come back as unsaved changes to their file) or
 * Discard.  Closing the question without an answer keeps the file for the
 * next start.
 */

#include "config.h"

#include "gr-window-private.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "gr-autosave.h"

typedef struct
{
  char *path;
  GrScenario *scenario;
  GFile *file;
  gint64 saved_at;
} Recovery;

static void
recovery_free (Recovery *recovery)
{
  g_clear_pointer (&recovery->scenario, gr_scenario_free);
  g_clear_object (&recovery->file);
  g_free (recovery->path);
  g_free (recovery);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Recovery *recovery = task_data;
  GError *error = NULL;

  recovery->scenario = gr_autosave_read (recovery->path, &recovery->file, &recovery->saved_at,
                                         &error);
  if (recovery->scenario == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
remove_recovery (const char *path)
{
  if (g_unlink (path) != 0)
    g_warning ("Cannot remove the recovery file %s: %s", path, g_strerror (errno));
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             gpointer          user_data)
{
  GTask *task = user_data;
  GrWindow *self = g_object_get_data (G_OBJECT (dialog), "gr-window");
  Recovery *recovery = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "restore"))
    {
      if (!gr_document_restore (self->document, g_steal_pointer (&recovery->scenario),
                                recovery->file, &error))
        {
          _gr_window_show_error (self, _("Could Not Restore the Unsaved Changes"),
                                 error->message);
          g_object_unref (task);
          return;
        }
      /* The window's own recovery file holds them from now on. */
      remove_recovery (recovery->path);
    }
  else if (g_str_equal (response, "discard"))
    {
      remove_recovery (recovery->path);
    }
  g_object_unref (task);
}

/* @user_data: the offer's reference to the window, dropped here */
static void
read_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GrWindow) self = user_data;
  Recovery *recovery = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *time = NULL;
  g_autofree char *body = NULL;
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Nothing in it can be restored: do not ask again at every start. */
      g_warning ("Cannot read the recovery file: %s", error->message);
      remove_recovery (recovery->path);
      return;
    }

  name = recovery->file != NULL ? g_file_get_basename (recovery->file)
                                : g_strdup (recovery->scenario->name);
  when = g_date_time_new_from_unix_local (recovery->saved_at);
  time = when != NULL ? g_date_time_format (when, "%x %X") : g_strdup ("?");
  /* TRANSLATORS: the first %s is a scenario or file name, the second a date and time */
  body = g_strdup_printf (_("Guarantor did not close properly. Changes to “%s” from %s "
                            "were not saved. Restore them?"), name, time);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore Unsaved Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  /* Escape keeps the file: asked again next time. */
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  /* The dialog, not the task, holds the window until it is answered. */
  g_object_set_data_full (G_OBJECT (dialog), "gr-window", g_object_ref (self), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), g_object_ref (result));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * gr_window_offer_recovery:
 * @path: a recovery file a crashed session left (gr_autosave_find_orphans())
 *
 * Reads @path in a worker thread, then asks whether to restore it into
 * this window's document.
 */
void
gr_window_offer_recovery (GrWindow   *self,
                          const char *path)
{
  g_autoptr(GTask) task = NULL;
  Recovery *recovery;

  g_return_if_fail (GR_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  recovery = g_new0 (Recovery, 1);
  recovery->path = g_strdup (path);
  /* The callback, not the task, holds the window: the worker lets go of
   * the task after read_thread has returned, which may be after the
   * callback, and a window closed meanwhile would then be finalized on
   * the worker thread with the task's source object. */
  task = g_task_new (NULL, NULL, read_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, gr_window_offer_recovery);
  g_task_set_task_data (task, recovery, (GDestroyNotify) recovery_free);
  g_task_run_in_thread (task, read_thread);
}
