/* gr-export-job.c — run any export in a worker thread: cancellable, with progress
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-export-job.h"

struct _GrExportProgress
{
  gatomicrefcount ref;
  GMainContext *context;
  GrExportProgressFunc func;
  gpointer data;
  GMutex lock;
  double fraction;           /* under lock */
  gboolean pending;          /* under lock: an idle is on its way */
  gboolean finished;         /* main context only: the job has returned */
};

typedef struct
{
  char *path;
  GrExportFunc func;
  gpointer data;
  GDestroyNotify data_free;
  GrExportProgress *progress;
} Job;

static GrExportProgress *
progress_ref (GrExportProgress *progress)
{
  g_atomic_ref_count_inc (&progress->ref);
  return progress;
}

static void
progress_unref (GrExportProgress *progress)
{
  if (!g_atomic_ref_count_dec (&progress->ref))
    return;
  g_main_context_unref (progress->context);
  g_mutex_clear (&progress->lock);
  g_free (progress);
}

static void
job_free (Job *job)
{
  if (job->data_free != NULL)
    job->data_free (job->data);
  g_clear_pointer (&job->progress, progress_unref);
  g_free (job->path);
  g_free (job);
}

static gboolean
progress_idle_cb (gpointer user_data)
{
  GrExportProgress *progress = user_data;
  double fraction;

  g_mutex_lock (&progress->lock);
  progress->pending = FALSE;
  fraction = progress->fraction;
  g_mutex_unlock (&progress->lock);
  if (!progress->finished && progress->func != NULL)
    progress->func (fraction, progress->data);
  return G_SOURCE_REMOVE;
}

void
gr_export_progress_set (GrExportProgress *progress,
                        double            fraction)
{
  gboolean schedule;

  if (progress == NULL || progress->func == NULL)
    return;

  g_mutex_lock (&progress->lock);
  progress->fraction = CLAMP (fraction, 0.0, 1.0);
  schedule = !progress->pending;
  progress->pending = TRUE;
  g_mutex_unlock (&progress->lock);
  /* One idle at a time carries the latest fraction: a fast painter does
   * not flood the main loop. */
  if (schedule)
    g_main_context_invoke_full (progress->context, G_PRIORITY_DEFAULT_IDLE,
                                progress_idle_cb, progress_ref (progress),
                                (GDestroyNotify) progress_unref);
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  gr_export_progress_set (job->progress, 0.0);
  if (!job->func (job->path, job->data, job->progress, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  gr_export_progress_set (job->progress, 1.0);
  g_task_return_boolean (task, TRUE);
}

/* In the caller's context once the worker is done: the last fraction it
 * set, if its idle has not run yet (the result comes first, at a higher
 * priority), is told now; none after. */
static void
progress_finish (GrExportProgress *progress)
{
  gboolean pending;
  double fraction;

  g_mutex_lock (&progress->lock);
  pending = progress->pending;
  progress->pending = FALSE;
  fraction = progress->fraction;
  g_mutex_unlock (&progress->lock);
  if (pending && progress->func != NULL)
    progress->func (fraction, progress->data);
  progress->finished = TRUE;
}

static void
job_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Job *job = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  progress_finish (job->progress);
  if (g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * gr_export_job_run_async:
 * @source_object: (nullable): the GObject the result belongs to
 * @path: the file to write
 * @func: draws and writes @path from @data, in a worker thread
 * @data: (transfer full): @func's own data, freed with @data_free
 * @progress_func: (nullable): told the progress in the caller's context
 *
 * Runs @func in a worker thread.  The result comes to @callback in the
 * thread-default main context of the caller.
 */
void
gr_export_job_run_async (gpointer              source_object,
                         const char           *path,
                         GrExportFunc          func,
                         gpointer              data,
                         GDestroyNotify        data_free,
                         GrExportProgressFunc  progress_func,
                         gpointer              progress_data,
                         GCancellable         *cancellable,
                         GAsyncReadyCallback   callback,
                         gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  Job *job;

  g_return_if_fail (source_object == NULL || G_IS_OBJECT (source_object));
  g_return_if_fail (path != NULL);
  g_return_if_fail (func != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  job = g_new0 (Job, 1);
  job->path = g_strdup (path);
  job->func = func;
  job->data = data;
  job->data_free = data_free;
  job->progress = g_new0 (GrExportProgress, 1);
  g_atomic_ref_count_init (&job->progress->ref);
  g_mutex_init (&job->progress->lock);
  job->progress->context = g_main_context_ref_thread_default ();
  job->progress->func = progress_func;
  job->progress->data = progress_data;

  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_source_tag (task, gr_export_job_run_async);
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, g_strdup (path), g_free);

  /* The worker reports what really happened: a file written before the
   * cancel came is a success.  It has no source object: the worker thread
   * lets go of its task after job_thread returns, possibly last, and a
   * source object (a widget) would then be finalized on that thread.  The
   * caller's task, which holds it, is let go in job_done_cb. */
  worker = g_task_new (NULL, cancellable, job_done_cb, g_steal_pointer (&task));
  g_task_set_check_cancellable (worker, FALSE);
  g_task_set_task_data (worker, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (worker, job_thread);
}

void
gr_export_job_report_error (gpointer             source_object,
                            const char          *message,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (message != NULL);

  g_task_report_new_error (source_object, callback, user_data, gr_export_job_run_async,
                           G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "%s", message);
}

gboolean
gr_export_job_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == gr_export_job_run_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

const char *
gr_export_job_get_path (GAsyncResult *result)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == gr_export_job_run_async, NULL);

  return g_task_get_task_data (G_TASK (result));
}
