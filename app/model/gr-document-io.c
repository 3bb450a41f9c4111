/* gr-document-io.c — loading and saving a GrDocument
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Parsing and writing run in worker threads on private data (a GFile, a
 * copy of the scenario); the document itself is only touched back in the
 * main thread, and only on success.
 */

#include "config.h"

#include "gr-document.h"
#include "gr-document-private.h"

#include <glib/gi18n-lib.h>

#include "gr-scenario-io.h"

/**
 * gr_document_new_from_bundled:
 * @model: (nullable): as for gr_document_new()
 * @name: a bundled scenario, e.g. "baseline"
 *
 * Returns: (transfer full) (nullable): the document, or NULL with @error set
 */
GrDocument *
gr_document_new_from_bundled (GrModel    *model,
                              const char *name,
                              GError    **error)
{
  GrScenario *scenario;

  g_return_val_if_fail (name != NULL, NULL);

  scenario = gr_scenario_load_bundled (name, error);
  if (scenario == NULL)
    return NULL;
  return gr_document_new (model, scenario);
}

/* Replaces the document with the bundled scenario @bundled (no file),
 * renamed @rename when not NULL. */
static gboolean
replace_with_bundled (GrDocument  *self,
                      const char  *bundled,
                      const char  *rename,
                      GError     **error)
{
  GrScenario *scenario;

  if (!_gr_document_check_idle (self, error))
    return FALSE;
  scenario = gr_scenario_load_bundled (bundled, error);
  if (scenario == NULL)
    return FALSE;
  if (rename != NULL)
    {
      g_free (scenario->name);
      scenario->name = g_strdup (rename);
    }
  _gr_document_replace (self, scenario, NULL);
  return TRUE;
}

/**
 * gr_document_load_bundled:
 * @name: a bundled scenario, e.g. "baseline", "observed-2025", "reinforced"
 *
 * Replaces the document with a bundled scenario (no file).  The bundled
 * scenarios are compiled into the binary, so this does not block.
 *
 * Returns: FALSE with @error set when it cannot; the document is unchanged
 */
gboolean
gr_document_load_bundled (GrDocument *self,
                          const char *name,
                          GError    **error)
{
  g_return_val_if_fail (GR_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return replace_with_bundled (self, name, NULL, error);
}

/**
 * gr_document_new_scenario:
 * @name: the new scenario's name, e.g. "Untitled Scenario"
 *
 * Replaces the document with a new scenario, without a file and without
 * unsaved changes, from the bundled template: the article baseline under
 * @name, so that every instrument starts from sourced figures.
 *
 * Returns: FALSE with @error set when it cannot; the document is unchanged
 */
gboolean
gr_document_new_scenario (GrDocument *self,
                          const char *name,
                          GError    **error)
{
  g_return_val_if_fail (GR_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return replace_with_bundled (self, GR_DOCUMENT_TEMPLATE, name, error);
}

/**
 * gr_document_restore:
 * @scenario: (transfer full): the scenario recovered (gr-autosave.h)
 * @file: (nullable): the file it was edited from
 *
 * Replaces the document with @scenario as unsaved changes to @file (or to
 * no file): saving then writes @file, closing asks first.  Clears the undo
 * history.  @scenario is checked first; on failure nothing changes.
 *
 * Returns: FALSE with @error set when it cannot
 */
gboolean
gr_document_restore (GrDocument *self,
                     GrScenario *scenario,
                     GFile      *file,
                     GError    **error)
{
  g_autoptr(GrScenario) owned = scenario;

  g_return_val_if_fail (GR_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (scenario != NULL, FALSE);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), FALSE);

  if (!_gr_document_check_idle (self, error) || !gr_scenario_check (scenario, error))
    return FALSE;
  _gr_document_replace (self, g_steal_pointer (&owned), file);
  /* Serial 0 is no state's: the document is modified. */
  _gr_document_mark_saved (self, file, 0);
  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GrScenario) scenario = NULL;
  GError *error = NULL;

  scenario = gr_scenario_load_file (file, cancellable, &error);
  if (scenario == NULL || !gr_scenario_check (scenario, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&scenario), (GDestroyNotify) gr_scenario_free);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GrDocument *self = GR_DOCUMENT (object);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GrScenario) scenario = NULL;
  GError *error = NULL;

  scenario = g_task_propagate_pointer (G_TASK (result), &error);
  if (scenario == NULL || !_gr_document_check_idle (self, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  _gr_document_replace (self, g_steal_pointer (&scenario), g_task_get_task_data (task));
  g_task_return_boolean (task, TRUE);
}

/**
 * gr_document_load_async:
 * @file: a scenario JSON file
 *
 * Reads, parses and checks @file in a worker thread; on success replaces the
 * document's scenario (and file) in the main thread, clearing undo history.
 * On failure nothing changes.
 */
void
gr_document_load_async (GrDocument          *self,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;

  g_return_if_fail (GR_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  /* The outer task reports to the caller after the document changed; the
   * worker only parses, and touches no document state in its thread. */
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, gr_document_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);

  worker = g_task_new (self, cancellable, load_done_cb, g_steal_pointer (&task));
  g_task_set_task_data (worker, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (worker, load_thread);
}

/* Returns: FALSE with @error set when the file could not be loaded; the
 *   error names the JSON path and the problem (GR_SCENARIO_ERROR) or the I/O
 *   failure (G_IO_ERROR) */
gboolean
gr_document_load_finish (GrDocument   *self,
                         GAsyncResult *result,
                         GError      **error)
{
  g_return_val_if_fail (GR_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == gr_document_load_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

typedef struct
{
  GrScenario *scenario;        /* a copy: editing goes on during the save */
  GFile *file;
  guint serial;
} SaveData;

static void
save_data_free (SaveData *data)
{
  gr_scenario_free (data->scenario);
  g_object_unref (data->file);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;

  if (gr_scenario_save_file (data->scenario, data->file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GrDocument *self = GR_DOCUMENT (object);
  g_autoptr(GTask) task = user_data;
  SaveData *data = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }

  _gr_document_mark_saved (self, data->file, data->serial);

  g_task_return_boolean (task, TRUE);
}

/**
 * gr_document_save_async:
 * @file: (nullable): where to save ("save as"), or NULL for the document's file
 *
 * Writes the current scenario atomically (a temporary file renamed over the
 * target) in a worker thread; on success the document's file becomes @file
 * and the saved state is the one at the time of the call.
 */
void
gr_document_save_async (GrDocument          *self,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  GError *error = NULL;
  SaveData *data;

  g_return_if_fail (GR_IS_DOCUMENT (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, gr_document_save_async);

  if (file == NULL)
    file = gr_document_get_file (self);
  if (file == NULL)
    {
      g_task_return_new_error (task, GR_DOCUMENT_ERROR, GR_DOCUMENT_ERROR_NO_FILE,
                               _("The scenario has no file yet"));
      return;
    }
  if (!_gr_document_check_idle (self, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  data = g_new0 (SaveData, 1);
  data->scenario = gr_scenario_copy (gr_document_get_scenario (self));
  data->file = g_object_ref (file);
  data->serial = _gr_document_get_serial (self);

  worker = g_task_new (self, cancellable, save_done_cb, g_steal_pointer (&task));
  g_task_set_task_data (worker, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (worker, save_thread);
}

gboolean
gr_document_save_finish (GrDocument   *self,
                         GAsyncResult *result,
                         GError      **error)
{
  g_return_val_if_fail (GR_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == gr_document_save_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
