/* gr-export-toast.h — a running export's progress, with Cancel, in a toast
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Charts, the map and the briefing export through gr_export_job_run_async();
 * the GUI shows each running export as a toast, "Exporting “name” … 40 %",
 * whose Cancel button cancels it:
 *
 *   toast = gr_export_toast_new (overlay, name);
 *   gr_chart_view_export_async (…, gr_export_toast_get_cancellable (toast),
 *                               gr_export_toast_progress, toast, done_cb, toast);
 *   …in done_cb: gr_export_toast_describe (toast, error) says how it went;
 *   gr_export_toast_free (toast) dismisses it.
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef struct _GrExportToast GrExportToast;

/* overlay may be NULL (a widget outside a window): nothing is shown, the
 * cancellable still works. */
GrExportToast *gr_export_toast_new             (AdwToastOverlay *overlay,
                                                const char      *name);
GCancellable  *gr_export_toast_get_cancellable (GrExportToast   *self);
/* A GrExportProgressFunc; user_data is the GrExportToast. */
void           gr_export_toast_progress        (double           fraction,
                                                gpointer         user_data);
/* What to tell the user once the export is done: that it is (error
 * NULL), was cancelled, or why it failed. */
char          *gr_export_toast_describe        (GrExportToast   *self,
                                                const GError    *error);
/* Dismisses the toast. */
void           gr_export_toast_free            (GrExportToast   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrExportToast, gr_export_toast_free)

G_END_DECLS
