/* gr-map-widget.h — the map: the offline base map (or, if asked, OpenStreetMap) with its controls
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "gr-basemap.h"
#include "gr-document.h"

G_BEGIN_DECLS

#define GR_TYPE_MAP_WIDGET (gr_map_widget_get_type ())

G_DECLARE_FINAL_TYPE (GrMapWidget, gr_map_widget, GR, MAP_WIDGET, GtkWidget)

typedef struct _GrMapEditor GrMapEditor;

GtkWidget        *gr_map_widget_new                 (void);
/* For overlay layers: add them with shumate_simple_map_add_overlay_layer()
 * on gr_map_widget_get_simple_map(), or on the map itself. */
ShumateSimpleMap *gr_map_widget_get_simple_map      (GrMapWidget *self);
ShumateMap       *gr_map_widget_get_map             (GrMapWidget *self);
ShumateViewport  *gr_map_widget_get_viewport        (GrMapWidget *self);
/* The painter of the offline map, or NULL while the geodata still loads
 * (notifies "basemap" when it arrives). */
GrBasemap        *gr_map_widget_get_basemap         (GrMapWidget *self);
/* Offline tiles asked for and not drawn yet (0 with the online source). */
guint             gr_map_widget_get_n_pending_tiles (GrMapWidget *self);
/* Offline tiles drawn since the current source was set. */
guint             gr_map_widget_get_n_filled_tiles  (GrMapWidget *self);
gboolean          gr_map_widget_get_online          (GrMapWidget *self);
/* Where the map opens in a width × height view whose top @top pixels the
 * toolbar covers: Ukraine's extent with Crimea and the Black Sea's
 * shipping routes down to the Bosporus, so the country and the grain
 * corridor are framed whole, in the area below the toolbar. */
void              gr_map_widget_compute_frame       (double       width,
                                                     double       height,
                                                     double       top,
                                                     double      *zoom,
                                                     double      *lat,
                                                     double      *lon);
/* Back to Ukraine and the Black Sea, at the zoom that fits the widget. */
void              gr_map_widget_go_home             (GrMapWidget *self);
/* The scenario whose instruments the map shows and edits (gr-map-editor.h). */
GrDocument       *gr_map_widget_get_document        (GrMapWidget *self);
void              gr_map_widget_set_document        (GrMapWidget *self,
                                                     GrDocument  *document);
GrMapEditor      *gr_map_widget_get_editor          (GrMapWidget *self);

G_END_DECLS
