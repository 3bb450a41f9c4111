/* gr-map-inspector.h — the card over the map's edge that shows and edits the selected item
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gr-document.h"
#include "gr-scenario-edit.h"

G_BEGIN_DECLS

#define GR_TYPE_MAP_INSPECTOR (gr_map_inspector_get_type ())

G_DECLARE_FINAL_TYPE (GrMapInspector, gr_map_inspector, GR, MAP_INSPECTOR, GtkWidget)

GtkWidget *gr_map_inspector_new          (void);
void       gr_map_inspector_set_document (GrMapInspector   *self,
                                          GrDocument       *document);
/* The item to show; NONE (or NULL) hides the card. */
void       gr_map_inspector_set_item     (GrMapInspector   *self,
                                          const GrEditItem *item);

G_END_DECLS
