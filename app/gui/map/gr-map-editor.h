/* gr-map-editor.h — editing the scenario on the map: select, drag, add, delete, nudge, export
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "gr-document.h"
#include "gr-export-job.h"
#include "gr-map-widget.h"
#include "gr-overlay-layer.h"
#include "gr-scenario-edit.h"

G_BEGIN_DECLS

#define GR_TYPE_MAP_EDITOR (gr_map_editor_get_type ())

G_DECLARE_FINAL_TYPE (GrMapEditor, gr_map_editor, GR, MAP_EDITOR, GObject)

/* Puts the overlay layer on @map, the legend, inspector and toolbar on
 * @overlay, and the gestures, keys and "map.*" actions on @map.  @map owns
 * the editor; the editor does not ref @map. */
GrMapEditor      *gr_map_editor_new           (GrMapWidget      *map,
                                               GtkOverlay       *overlay,
                                               AdwToastOverlay  *toasts);

GrDocument       *gr_map_editor_get_document  (GrMapEditor      *self);
void              gr_map_editor_set_document  (GrMapEditor      *self,
                                               GrDocument       *document);
GrOverlayLayer   *gr_map_editor_get_layer     (GrMapEditor      *self);
GtkWidget        *gr_map_editor_get_legend    (GrMapEditor      *self);
GtkWidget        *gr_map_editor_get_inspector (GrMapEditor      *self);
/* The toolbar floating at the top of the map (hidden when read-only). */
GtkWidget        *gr_map_editor_get_toolbar   (GrMapEditor      *self);

/* Read-only (presentation mode): pan and zoom, no selection, no edits,
 * no toolbar or context menu. */
void              gr_map_editor_set_read_only (GrMapEditor      *self,
                                               gboolean          read_only);

/* A scenario B compared with, drawn as outlines beside the document's;
 * NULL stops comparing.  Swapped, B is solid and the document's
 * instruments are outlines (and the map edits nothing); the toolbar's
 * "A ⇄ B" toggle ("map.swap-comparison") swaps them. */
void              gr_map_editor_set_comparison (GrMapEditor     *self,
                                                const GrScenario *other);
void              gr_map_editor_set_swapped   (GrMapEditor      *self,
                                               gboolean          swapped);
gboolean          gr_map_editor_get_swapped   (GrMapEditor      *self);
const GrEditItem *gr_map_editor_get_selection (GrMapEditor      *self);
/* NULL or kind NONE clears the selection. */
void              gr_map_editor_set_selection (GrMapEditor      *self,
                                               const GrEditItem *item);

/* Which part of the map an export shows. */
typedef enum
{
  GR_MAP_EXPORT_VIEW,       /* what the map shows now */
  GR_MAP_EXPORT_COUNTRY,    /* Ukraine and the Black Sea framed, with a title */
} GrMapExportRegion;

void              gr_map_editor_export_async  (GrMapEditor          *self,
                                               GFile                *file,
                                               GrMapExportRegion     region,
                                               GCancellable         *cancellable,
                                               GrExportProgressFunc  progress_func,
                                               gpointer              progress_data,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean          gr_map_editor_export_finish (GrMapEditor          *self,
                                               GAsyncResult         *result,
                                               GError              **error);

/* Where a place is in the map widget's coordinates, and back. */
void              gr_map_editor_to_widget     (GrMapEditor      *self,
                                               GrLonLat          at,
                                               double           *x,
                                               double           *y);
GrLonLat          gr_map_editor_from_widget   (GrMapEditor      *self,
                                               double            x,
                                               double            y);

/* What the pointer gestures do, at map-widget coordinates; tests and the
 * drag benchmark drive these.  drag_begin selects what is under (x, y)
 * and returns TRUE when it can be dragged (the gesture then claims the
 * pointer so the map does not pan); drag_update moves it so that it keeps
 * its offset from the pointer; drag_end makes the drag one undo step. */
gboolean          gr_map_editor_drag_begin    (GrMapEditor      *self,
                                               double            x,
                                               double            y);
void              gr_map_editor_drag_update   (GrMapEditor      *self,
                                               double            x,
                                               double            y);
void              gr_map_editor_drag_end      (GrMapEditor      *self);
/* Moves the selection by (dx, dy) screen pixels at the current zoom. */
gboolean          gr_map_editor_nudge         (GrMapEditor      *self,
                                               double            dx,
                                               double            dy);

G_END_DECLS
