/* gr-export-job.h — run any export in a worker thread: cancellable, with progress
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One API for every export the GUI starts (a chart, the map, the briefing):
 * the caller hands over a GrExportFunc and the data it draws from (its own
 * copy of the scenario, metrics, basemap: painters are GTK-free and
 * thread-safe on private data), and gets the result from
 * gr_export_job_finish() in its own main context.
 *
 *   gr_export_job_run_async (self, path, draw_map, job, job_free,
 *                            progress_cb, self, cancellable, done_cb, self);
 *
 * The function runs in a worker thread.  It writes @path through a
 * GrFileWriter (gr_export_draw_to_file() does), so a failed or cancelled
 * export leaves no partial file.  Cancellation is checked before it starts;
 * a function that draws in stages (pages) checks @cancellable between them
 * and returns G_IO_ERROR_CANCELLED without committing.  It reports progress
 * (0..1) with gr_export_progress_set(), from its thread; the progress
 * callback runs in the caller's main context, coalesced, never after the
 * job's callback.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _GrExportProgress GrExportProgress;

typedef void     (*GrExportProgressFunc) (double             fraction,
                                          gpointer           user_data);

typedef gboolean (*GrExportFunc)         (const char        *path,
                                          gpointer           data,
                                          GrExportProgress  *progress,
                                          GCancellable      *cancellable,
                                          GError           **error);

/* From the worker thread; fraction in 0..1.  progress may be NULL. */
void     gr_export_progress_set   (GrExportProgress     *progress,
                                   double                fraction);

void     gr_export_job_run_async  (gpointer              source_object,
                                   const char           *path,
                                   GrExportFunc          func,
                                   gpointer              data,
                                   GDestroyNotify        data_free,
                                   GrExportProgressFunc  progress_func,
                                   gpointer              progress_data,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data);
/* For an export that cannot start (no local path, nothing to draw): the
 * callback gets @message as a G_IO_ERROR_NOT_SUPPORTED from
 * gr_export_job_finish(). */
void     gr_export_job_report_error (gpointer             source_object,
                                     const char          *message,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
/* Returns: FALSE with @error set (G_IO_ERROR_CANCELLED when cancelled, or
 *   the function's own error, which names the file) */
gboolean gr_export_job_finish     (GAsyncResult         *result,
                                   GError              **error);
/* The path the job wrote. */
const char *gr_export_job_get_path (GAsyncResult        *result);

G_END_DECLS
