/* gr-document.h — the open scenario: every edit, undo/redo, load and save
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GrDocument owns the current GrScenario and is the only way to change it.
 * Data flows one way: a view asks the document for an edit, the document
 * checks it, replaces its scenario, re-evaluates the metrics and notifies
 * ("changed", notify::scenario, notify::metrics); views then redraw from
 * gr_document_get_scenario() and gr_document_get_metrics().  No view keeps
 * a copy of either across a change, and no view computes a metric.
 *
 * Editing, the one pattern:
 *
 *   static void
 *   move_battery (GrScenario *scenario, gpointer user_data)
 *   {
 *     MoveBattery *move = user_data;
 *     g_array_index (scenario->air_defense.batteries, GrBattery, move->index).position = move->to;
 *   }
 *
 *   gr_document_apply (doc, _("Move battery"), move_battery, &move, &error);
 *
 * The function mutates a private copy of the scenario.  The copy is checked
 * with gr_scenario_check(); an invalid result is dropped (the document does
 * not change, @error says why) and a result equal to the current scenario is
 * a no-op.  Otherwise the copy becomes the scenario and the old one goes onto
 * the undo stack under @label.
 *
 * Continuous gestures (a drag, a slider) bracket their applies:
 *
 *   gr_document_begin_edit (doc, _("Move battery"));   on drag-begin
 *   gr_document_apply (doc, NULL, move_battery, …);    on every motion
 *   gr_document_end_edit (doc);                        on drag-end
 *
 * Every apply inside the bracket updates the scenario and the metrics as
 * usual, but the whole bracket is one undo step labelled by begin_edit.
 * gr_document_cancel_edit() instead of end_edit (Escape during a drag)
 * restores the scenario from before the bracket and leaves no step.
 * Brackets nest; the outermost label wins.  Undo, redo, load and save are
 * refused (return FALSE) while a bracket is open.
 *
 * Loading (gr_document_load_async(), gr_document_load_bundled()) replaces
 * the scenario only on success and then clears the undo history; a failed
 * load changes nothing.  gr_document_save_async() with a NULL file saves to
 * the document's file (GR_DOCUMENT_ERROR_NO_FILE when it has none, e.g. a
 * bundled scenario); with a file it is "save as".  Saves are atomic and
 * write a copy, so editing may go on while one runs; the document is
 * unmodified after it only if nothing changed in between.
 *
 * The document keeps a reference on @model and evaluates with a GrEvaluator,
 * so re-evaluating on every motion of a battery drag is cheap.  With a NULL
 * model the metrics are NULL (tests of pure editing).
 *
 * The pointers returned by gr_document_get_scenario() and
 * gr_document_get_metrics() stay valid until the next change: re-read them in
 * your "changed" / notify handler.
 */

#pragma once

#include <gio/gio.h>

#include "gr-metrics.h"
#include "gr-scenario.h"

G_BEGIN_DECLS

#define GR_DOCUMENT_ERROR (gr_document_error_quark ())

typedef enum
{
  GR_DOCUMENT_ERROR_BUSY,      /* an edit bracket is open */
  GR_DOCUMENT_ERROR_NO_FILE,   /* save without a file: use save-as */
} GrDocumentError;

/* The bundled scenario a new one starts from. */
#define GR_DOCUMENT_TEMPLATE "baseline"

/* The most undo steps a document keeps; older ones are dropped. */
#define GR_DOCUMENT_UNDO_DEPTH 200

#define GR_TYPE_DOCUMENT (gr_document_get_type ())

G_DECLARE_FINAL_TYPE (GrDocument, gr_document, GR, DOCUMENT, GObject)

/* Mutates @scenario, a private copy of the document's scenario. */
typedef void (*GrEditFunc) (GrScenario *scenario,
                            gpointer    user_data);

GQuark             gr_document_error_quark      (void);

GrDocument        *gr_document_new              (GrModel      *model,
                                                 GrScenario   *scenario);
GrDocument        *gr_document_new_from_bundled (GrModel      *model,
                                                 const char   *name,
                                                 GError      **error);

GrModel           *gr_document_get_model        (GrDocument   *self);
const GrScenario  *gr_document_get_scenario     (GrDocument   *self);
const GrMetrics   *gr_document_get_metrics      (GrDocument   *self);
GFile             *gr_document_get_file         (GrDocument   *self);
const char        *gr_document_get_title        (GrDocument   *self);
gboolean           gr_document_get_modified     (GrDocument   *self);
gboolean           gr_document_get_can_undo     (GrDocument   *self);
gboolean           gr_document_get_can_redo     (GrDocument   *self);
/* Whether an edit bracket (a drag) is open. */
gboolean           gr_document_get_editing      (GrDocument   *self);
const char        *gr_document_get_undo_label   (GrDocument   *self);
const char        *gr_document_get_redo_label   (GrDocument   *self);

gboolean           gr_document_apply            (GrDocument   *self,
                                                 const char   *label,
                                                 GrEditFunc    func,
                                                 gpointer      user_data,
                                                 GError      **error);
void               gr_document_begin_edit       (GrDocument   *self,
                                                 const char   *label);
void               gr_document_end_edit         (GrDocument   *self);
void               gr_document_cancel_edit      (GrDocument   *self);
gboolean           gr_document_undo             (GrDocument   *self);
gboolean           gr_document_redo             (GrDocument   *self);

gboolean           gr_document_load_bundled     (GrDocument   *self,
                                                 const char   *name,
                                                 GError      **error);
gboolean           gr_document_new_scenario     (GrDocument   *self,
                                                 const char   *name,
                                                 GError      **error);
gboolean           gr_document_restore          (GrDocument   *self,
                                                 GrScenario   *scenario,
                                                 GFile        *file,
                                                 GError      **error);
void               gr_document_load_async       (GrDocument          *self,
                                                 GFile               *file,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean           gr_document_load_finish      (GrDocument   *self,
                                                 GAsyncResult *result,
                                                 GError      **error);
void               gr_document_save_async       (GrDocument          *self,
                                                 GFile               *file,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean           gr_document_save_finish      (GrDocument   *self,
                                                 GAsyncResult *result,
                                                 GError      **error);

G_END_DECLS
