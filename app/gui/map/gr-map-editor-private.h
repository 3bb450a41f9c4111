/* gr-map-editor-private.h — what gr-map-editor.c, -actions.c and -keys.c share
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gr-map-editor.c keeps the selection, the style and the pointer and key
 * gestures; gr-map-editor-keys.c the keyboard; gr-map-editor-actions.c holds the "map.*" actions (add,
 * delete, export, layer toggles) and the toolbar and menus that show them.
 */

#pragma once

#include "gr-map-editor.h"
#include "gr-overlay.h"

G_BEGIN_DECLS

struct _GrMapEditor
{
  GObject parent_instance;

  GrMapWidget *map;              /* owns us; not a ref */
  GtkOverlay *overlay;
  AdwToastOverlay *toasts;
  GrDocument *document;
  GSettings *settings;
  GSimpleActionGroup *actions;

  /* on the map widget and on its ShumateMap; removed in dispose */
  GtkEventController *drag;
  GtkEventController *keys;
  GtkEventController *click;
  GtkEventController *secondary;

  GrOverlayLayer *layer;
  GtkWidget *legend;
  GtkWidget *inspector;
  GtkWidget *toolbar;
  GtkWidget *add_button;
  GtkWidget *swap_button;        /* "A ⇄ B", shown while comparing */
  char *add_menu_systems;     /* the battery types the add menu was made for */
  GtkWidget *context_menu;
  gboolean read_only;

  GrOverlayStyle style;
  GrEditItem selection;
  char *selection_id;

  /* the item being dragged, and its offset from the pointer in px */
  gboolean dragging;
  double drag_dx;
  double drag_dy;

  /* where the context menu was opened, for its "add here" items */
  GrLonLat menu_point;
};

void     _gr_map_editor_actions_init   (GrMapEditor      *self);
void     _gr_map_editor_actions_update (GrMapEditor      *self);
GtkWidget *_gr_map_editor_build_toolbar (GrMapEditor     *self);
/* Shows the context menu at (x, y) of the map widget. */
void     _gr_map_editor_popup_menu     (GrMapEditor      *self,
                                        double            x,
                                        double            y);
void     _gr_map_editor_toast          (GrMapEditor      *self,
                                        const char       *message);
/* gr-map-editor-keys.c: the key controller on the map, and the step to
 * the item @delta after the selection in the visible layers (wrapping;
 * from none, the first or the last); FALSE when there is none. */
void     _gr_map_editor_install_keys   (GrMapEditor      *self);
gboolean _gr_map_editor_step_selection (GrMapEditor      *self,
                                        int               delta);
/* Whether the item's layer is visible now. */
gboolean _gr_map_editor_item_visible   (GrMapEditor      *self,
                                        GrEditItemKind    kind);

G_END_DECLS
