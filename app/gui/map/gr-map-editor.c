/* gr-map-editor.c — editing the scenario on the map: select, drag, add, delete, nudge, export
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libshumate 1.0.3 gives layers no pointer events, so the gestures sit on
 * the map widget in the capture phase, ahead of the map's own: a press
 * hit-tests with gr_overlay_hit_test() (the painters' own geometry); on a
 * symbol or a vertex the drag gesture claims the pointer, which cancels
 * the map's pan, and moves the item through the document on every motion
 * inside one begin_edit/end_edit bracket (one undo step).  A press on empty
 * map, or inside a large area (a zone, a patrol circle), leaves the
 * pointer to the map so it pans as usual.
 *
 * The selection is kept by kind, index and id: after any change (undo, a
 * delete, a load) it is found again by id, or cleared.
 */

#include "config.h"

#include "gr-map-editor-private.h"

#include <glib/gi18n.h>
#include <math.h>

#include "gr-map-inspector.h"
#include "gr-map-legend.h"

/* The inspector card's width, and its distance from the map's top at the
 * right edge (below the zoom buttons) and at the left (below the toolbar). */
#define INSPECTOR_WIDTH 300
#define INSPECTOR_TOP_RIGHT 146
#define INSPECTOR_TOP_LEFT 70

/* A press further than this from an item's point (times the symbol scale)
 * landed on its area, not on its symbol: select, but let the map pan. */
#define SYMBOL_GRAB_PX 16.0

G_DEFINE_FINAL_TYPE (GrMapEditor, gr_map_editor, G_TYPE_OBJECT)

/* Style and selection */

static void
push_style (GrMapEditor *self)
{
  self->style.selected = (GrOverlayHit) {
    .kind = self->selection.kind,
    .index = self->selection.index,
    .vertex = self->selection.vertex,
    .id = self->selection_id,
  };
  gr_overlay_layer_set_style (self->layer, &self->style);
  gr_map_legend_set_style (GR_MAP_LEGEND (self->legend), &self->style);
}

gboolean
_gr_map_editor_item_visible (GrMapEditor    *self,
                             GrEditItemKind  kind)
{
  switch (kind)
    {
    case GR_EDIT_ITEM_BATTERY:
      return (self->style.layers & GR_OVERLAY_AIR_DEFENSE) != 0;
    case GR_EDIT_ITEM_DEPLOYMENT:
      return (self->style.layers & GR_OVERLAY_FORCE) != 0;
    case GR_EDIT_ITEM_PATROL_POST:
    case GR_EDIT_ITEM_ROUTE_POINT:
      return (self->style.layers & GR_OVERLAY_MARITIME) != 0;
    case GR_EDIT_ITEM_ZONE:
    case GR_EDIT_ITEM_ZONE_VERTEX:
    case GR_EDIT_ITEM_ZONE_BASE:
      return (self->style.layers & GR_OVERLAY_PATROL_ZONES) != 0;
    case GR_EDIT_ITEM_NONE:
    default:
      return FALSE;
    }
}

static void
settings_changed_cb (GrMapEditor *self)
{
  static const struct { const char *key; GrOverlayLayers layer; } layers[] = {
    { "map-layer-air-defense", GR_OVERLAY_AIR_DEFENSE },
    { "map-layer-patrol-zones", GR_OVERLAY_PATROL_ZONES },
    { "map-layer-force", GR_OVERLAY_FORCE },
    { "map-layer-maritime", GR_OVERLAY_MARITIME },
  };
  static const struct { const char *key; GrOverlayRings ring; } rings[] = {
    { "map-ring-nominal", GR_OVERLAY_RING_NOMINAL },
    { "map-ring-drone", GR_OVERLAY_RING_DRONE },
    { "map-ring-cruise", GR_OVERLAY_RING_CRUISE },
    { "map-ring-ballistic", GR_OVERLAY_RING_BALLISTIC },
  };

  self->style.layers = 0;
  for (guint i = 0; i < G_N_ELEMENTS (layers); i++)
    if (g_settings_get_boolean (self->settings, layers[i].key))
      self->style.layers |= layers[i].layer;
  self->style.rings = 0;
  for (guint i = 0; i < G_N_ELEMENTS (rings); i++)
    if (g_settings_get_boolean (self->settings, rings[i].key))
      self->style.rings |= rings[i].ring;
  self->style.show_labels = g_settings_get_boolean (self->settings, "map-labels");

  /* A hidden item cannot stay selected: it could be deleted unseen. */
  if (!_gr_map_editor_item_visible (self, self->selection.kind))
    gr_map_editor_set_selection (self, NULL);
  else
    push_style (self);
}

/* The inspector stands at the right edge unless the item it edits is
 * there, under the card: then it moves to the left edge. */
static void
place_inspector (GrMapEditor *self)
{
  const GrScenario *s = self->document != NULL ? gr_document_get_scenario (self->document) : NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (self->map));
  gboolean left = FALSE;
  GrLonLat at;
  double x, y;

  if (s != NULL && self->selection.kind != GR_EDIT_ITEM_NONE && width > 2 * INSPECTOR_WIDTH
      && gr_edit_item_position (s, &self->selection, &at))
    {
      gr_map_editor_to_widget (self, at, &x, &y);
      left = x > width - INSPECTOR_WIDTH - 40;
    }
  gtk_widget_set_halign (self->inspector, left ? GTK_ALIGN_START : GTK_ALIGN_END);
  gtk_widget_set_margin_top (self->inspector, left ? INSPECTOR_TOP_LEFT : INSPECTOR_TOP_RIGHT);
}

const GrEditItem *
gr_map_editor_get_selection (GrMapEditor *self)
{
  g_return_val_if_fail (GR_IS_MAP_EDITOR (self), NULL);
  return &self->selection;
}

void
gr_map_editor_set_selection (GrMapEditor      *self,
                             const GrEditItem *item)
{
  const GrScenario *s;

  g_return_if_fail (GR_IS_MAP_EDITOR (self));

  s = self->document != NULL ? gr_document_get_scenario (self->document) : NULL;
  if (item == NULL || item->kind == GR_EDIT_ITEM_NONE || s == NULL || !gr_edit_item_exists (s, item))
    self->selection = (GrEditItem) { GR_EDIT_ITEM_NONE };
  else
    self->selection = *item;
  g_free (self->selection_id);
  self->selection_id = s != NULL ? g_strdup (gr_edit_item_id (s, &self->selection)) : NULL;

  gr_map_inspector_set_item (GR_MAP_INSPECTOR (self->inspector), &self->selection);
  place_inspector (self);
  push_style (self);
  _gr_map_editor_actions_update (self);
}

/* After a change: the same item by id, at its index now. */
static void
document_changed_cb (GrMapEditor *self)
{
  const GrScenario *s = gr_document_get_scenario (self->document);
  GrEditItem found = self->selection;

  if (self->selection.kind != GR_EDIT_ITEM_NONE
      && (!gr_edit_item_exists (s, &found)
          || g_strcmp0 (gr_edit_item_id (s, &found), self->selection_id) != 0))
    {
      found.kind = GR_EDIT_ITEM_NONE;
      for (guint i = 0; i < 4096; i++)
        {
          GrEditItem probe = self->selection;

          probe.index = i;
          if (gr_edit_item_id (s, &probe) == NULL)
            break;
          if (g_strcmp0 (gr_edit_item_id (s, &probe), self->selection_id) == 0
              && gr_edit_item_exists (s, &probe))
            {
              found = probe;
              break;
            }
        }
    }
  gr_map_editor_set_selection (self, &found);
}

/* Coordinates */

void
gr_map_editor_to_widget (GrMapEditor *self,
                         GrLonLat     at,
                         double      *x,
                         double      *y)
{
  GrMapView view;
  double lx, ly;

  g_return_if_fail (GR_IS_MAP_EDITOR (self));

  gr_overlay_layer_get_view (self->layer, &view);
  gr_map_view_to_device (&view, at.lon, at.lat, &lx, &ly);
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self->layer), GTK_WIDGET (self->map),
                                         lx, ly, x, y))
    {
      *x = lx;
      *y = ly;
    }
}

/* Map-widget coordinates to the layer's, where the view's device units are. */
static void
to_layer (GrMapEditor *self,
          double       x,
          double       y,
          double      *lx,
          double      *ly)
{
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self->map), GTK_WIDGET (self->layer),
                                         x, y, lx, ly))
    {
      *lx = x;
      *ly = y;
    }
}

GrLonLat
gr_map_editor_from_widget (GrMapEditor *self,
                           double       x,
                           double       y)
{
  GrMapView view;
  GrLonLat at;
  double lx, ly;

  g_return_val_if_fail (GR_IS_MAP_EDITOR (self), (GrLonLat) { 0 });

  gr_overlay_layer_get_view (self->layer, &view);
  to_layer (self, x, y, &lx, &ly);
  gr_map_view_from_device (&view, lx, ly, &at.lon, &at.lat);
  return at;
}

/* Selecting and dragging */

static gboolean
hit_at (GrMapEditor *self,
        double       x,
        double       y,
        GrEditItem  *item)
{
  GrOverlayHit hit;
  GrMapView view;
  double lx, ly;

  *item = (GrEditItem) { GR_EDIT_ITEM_NONE };
  /* Swapped, the solid instruments are B's, which is not edited here. */
  if (self->document == NULL || gr_overlay_layer_get_swapped (self->layer))
    return FALSE;
  gr_overlay_layer_get_view (self->layer, &view);
  to_layer (self, x, y, &lx, &ly);
  if (!gr_overlay_hit_test (&view, gr_document_get_scenario (self->document), &self->style,
                            lx, ly, &hit))
    return FALSE;
  *item = (GrEditItem) { hit.kind, hit.index, hit.vertex };
  return TRUE;
}

gboolean
gr_map_editor_drag_begin (GrMapEditor *self,
                          double       x,
                          double       y)
{
  GrEditItem item;
  GrLonLat at;
  double ix, iy;

  g_return_val_if_fail (GR_IS_MAP_EDITOR (self), FALSE);

  if (!hit_at (self, x, y, &item))
    return FALSE;
  gr_map_editor_set_selection (self, &item);
  gtk_widget_grab_focus (GTK_WIDGET (self->map));

  /* A zone moves with the arrow keys only: it covers so much of the map
   * that dragging it would take panning away. */
  if (item.kind == GR_EDIT_ITEM_ZONE
      || !gr_edit_item_position (gr_document_get_scenario (self->document), &item, &at))
    return FALSE;
  gr_map_editor_to_widget (self, at, &ix, &iy);
  /* A patrol post is hit anywhere in its circle; only its symbol drags.
   * Other hits are symbols already (perhaps set aside from a crowded
   * place, so far from the position they stand for). */
  if (item.kind == GR_EDIT_ITEM_PATROL_POST
      && hypot (ix - x, iy - y) > SYMBOL_GRAB_PX * MAX (1.0, self->style.symbol_scale))
    return FALSE;

  self->dragging = TRUE;
  self->drag_dx = ix - x;
  self->drag_dy = iy - y;
  gr_document_begin_edit (self->document, _("Drag on the map"));
  return TRUE;
}

void
gr_map_editor_drag_update (GrMapEditor *self,
                           double       x,
                           double       y)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (GR_IS_MAP_EDITOR (self));

  if (!self->dragging)
    return;
  if (!gr_edit_move (self->document, &self->selection,
                     gr_map_editor_from_widget (self, x + self->drag_dx, y + self->drag_dy), &error))
    g_debug ("Drag refused: %s", error->message);
}

void
gr_map_editor_drag_end (GrMapEditor *self)
{
  g_return_if_fail (GR_IS_MAP_EDITOR (self));

  if (!self->dragging)
    return;
  self->dragging = FALSE;
  gr_document_end_edit (self->document);
}

gboolean
gr_map_editor_nudge (GrMapEditor *self,
                     double       dx,
                     double       dy)
{
  g_autoptr(GError) error = NULL;
  GrLonLat at;
  double x, y;

  g_return_val_if_fail (GR_IS_MAP_EDITOR (self), FALSE);

  if (self->document == NULL || self->dragging
      || !gr_edit_item_position (gr_document_get_scenario (self->document), &self->selection, &at))
    return FALSE;
  gr_map_editor_to_widget (self, at, &x, &y);
  if (!gr_edit_move (self->document, &self->selection,
                     gr_map_editor_from_widget (self, x + dx, y + dy), &error))
    {
      _gr_map_editor_toast (self, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               GrMapEditor    *self)
{
  GtkWidget *map = GTK_WIDGET (gr_map_widget_get_map (self->map));
  GtkWidget *target = gtk_widget_pick (GTK_WIDGET (self->map), x, y, GTK_PICK_DEFAULT);

  /* Presses on the cards over the map (inspector, toolbar) are theirs.
   * Claiming the sequence cancels the map's own drag: no pan. */
  if (!self->read_only && target != NULL && (target == map || gtk_widget_is_ancestor (target, map))
      && gr_map_editor_drag_begin (self, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  else
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                GrMapEditor    *self)
{
  double x, y;

  if (gtk_gesture_drag_get_start_point (gesture, &x, &y))
    gr_map_editor_drag_update (self, x + offset_x, y + offset_y);
}

static void
drag_end_cb (GrMapEditor *self)
{
  gr_map_editor_drag_end (self);
}

/* A click on empty map clears the selection; a click on an item has
 * already selected it in drag_begin. */
static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   GrMapEditor     *self)
{
  GrEditItem item;

  if (n_press == 1 && !hit_at (self, x, y, &item))
    gr_map_editor_set_selection (self, NULL);
}

static void
secondary_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      GrMapEditor     *self)
{
  GrEditItem item;

  if (self->read_only)
    return;
  if (hit_at (self, x, y, &item))
    gr_map_editor_set_selection (self, &item);
  self->menu_point = gr_map_editor_from_widget (self, x, y);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  _gr_map_editor_popup_menu (self, x, y);
}

static void
edit_failed_cb (GrMapEditor *self,
                const char  *message)
{
  _gr_map_editor_toast (self, message);
}

static void
inspector_close_cb (GrMapEditor *self)
{
  gr_map_editor_set_selection (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->map));
}

void
_gr_map_editor_toast (GrMapEditor *self,
                      const char  *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

/* Setup */

static void
install_gestures (GrMapEditor *self)
{
  GtkWidget *map = GTK_WIDGET (self->map);
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *secondary = gtk_gesture_click_new ();

  /* Capture: ahead of the map's own drag, which it cancels by claiming. */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (drag), GTK_PHASE_CAPTURE);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  g_signal_connect_swapped (drag, "cancel", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (map, GTK_EVENT_CONTROLLER (drag));
  self->drag = GTK_EVENT_CONTROLLER (drag);

  /* Bubble: only clicks that reached the map (not the inspector's). */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (gr_map_widget_get_map (self->map)),
                             GTK_EVENT_CONTROLLER (click));
  self->click = GTK_EVENT_CONTROLLER (click);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  g_signal_connect (secondary, "pressed", G_CALLBACK (secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (gr_map_widget_get_map (self->map)),
                             GTK_EVENT_CONTROLLER (secondary));
  self->secondary = GTK_EVENT_CONTROLLER (secondary);

  _gr_map_editor_install_keys (self);
}

GrMapEditor *
gr_map_editor_new (GrMapWidget     *map,
                   GtkOverlay      *overlay,
                   AdwToastOverlay *toasts)
{
  GrMapEditor *self;
  GtkWidget *legend_box;

  g_return_val_if_fail (GR_IS_MAP_WIDGET (map), NULL);
  g_return_val_if_fail (GTK_IS_OVERLAY (overlay), NULL);
  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (toasts), NULL);

  self = g_object_new (GR_TYPE_MAP_EDITOR, NULL);
  self->map = map;
  self->overlay = overlay;
  self->toasts = toasts;
  self->settings = g_settings_new (APP_ID);

  self->layer = gr_overlay_layer_new (gr_map_widget_get_viewport (map));
  shumate_simple_map_add_overlay_layer (gr_map_widget_get_simple_map (map),
                                        SHUMATE_LAYER (self->layer));

  /* The inspector at the right edge, below the zoom buttons (or at the left
   * when its item is under it: place_inspector()); the legend,
   * folded into a button, bottom left above the scale bar, over Romania
   * when Ukraine is framed: the country and the Black Sea stay clear. */
  self->inspector = gr_map_inspector_new ();
  gtk_widget_set_halign (self->inspector, GTK_ALIGN_END);
  gtk_widget_set_valign (self->inspector, GTK_ALIGN_START);
  gtk_widget_set_margin_start (self->inspector, 10);
  gtk_widget_set_margin_end (self->inspector, 10);
  gtk_widget_set_margin_top (self->inspector, INSPECTOR_TOP_RIGHT);
  gtk_widget_set_size_request (self->inspector, INSPECTOR_WIDTH, -1);
  g_signal_connect_object (self->inspector, "edit-failed", G_CALLBACK (edit_failed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->inspector, "close", G_CALLBACK (inspector_close_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_overlay_add_overlay (overlay, self->inspector);

  self->legend = gr_map_legend_new ();
  legend_box = gr_map_legend_build_expander (GR_MAP_LEGEND (self->legend), self->settings);
  gtk_widget_set_margin_start (legend_box, 10);
  gtk_widget_set_margin_bottom (legend_box, 62);
  gtk_widget_set_margin_top (legend_box, 64);
  gtk_overlay_add_overlay (overlay, legend_box);

  _gr_map_editor_actions_init (self);
  self->toolbar = _gr_map_editor_build_toolbar (self);
  gtk_overlay_add_overlay (overlay, self->toolbar);

  install_gestures (self);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  settings_changed_cb (self);
  return self;
}

GrDocument *
gr_map_editor_get_document (GrMapEditor *self)
{
  g_return_val_if_fail (GR_IS_MAP_EDITOR (self), NULL);
  return self->document;
}

void
gr_map_editor_set_read_only (GrMapEditor *self,
                             gboolean     read_only)
{
  g_return_if_fail (GR_IS_MAP_EDITOR (self));

  self->read_only = read_only;
  gtk_widget_set_visible (self->toolbar, !read_only);
  if (read_only)
    gr_map_editor_set_selection (self, NULL);
}

void
gr_map_editor_set_document (GrMapEditor *self,
                            GrDocument  *document)
{
  g_return_if_fail (GR_IS_MAP_EDITOR (self));

  if (self->document == document)
    return;
  if (self->dragging)
    gr_map_editor_drag_end (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, document_changed_cb, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self,
                             G_CONNECT_SWAPPED);
  gr_overlay_layer_set_document (self->layer, document);
  gr_map_legend_set_document (GR_MAP_LEGEND (self->legend), document);
  gr_map_inspector_set_document (GR_MAP_INSPECTOR (self->inspector), document);
  gr_map_editor_set_selection (self, NULL);
}

void
gr_map_editor_set_comparison (GrMapEditor      *self,
                              const GrScenario *other)
{
  g_return_if_fail (GR_IS_MAP_EDITOR (self));

  gr_overlay_layer_set_comparison (self->layer, other);
  gtk_widget_set_visible (self->swap_button, other != NULL);
  if (other == NULL)
    gr_map_editor_set_swapped (self, FALSE);
}

void
gr_map_editor_set_swapped (GrMapEditor *self,
                           gboolean     swapped)
{
  GAction *action;

  g_return_if_fail (GR_IS_MAP_EDITOR (self));

  gr_overlay_layer_set_swapped (self->layer, swapped);
  swapped = gr_overlay_layer_get_swapped (self->layer);
  if (swapped)
    gr_map_editor_set_selection (self, NULL);
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "swap-comparison");
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (swapped));
}

gboolean
gr_map_editor_get_swapped (GrMapEditor *self)
{
  g_return_val_if_fail (GR_IS_MAP_EDITOR (self), FALSE);
  return gr_overlay_layer_get_swapped (self->layer);
}

GrOverlayLayer *
gr_map_editor_get_layer (GrMapEditor *self)
{
  g_return_val_if_fail (GR_IS_MAP_EDITOR (self), NULL);
  return self->layer;
}

GtkWidget *
gr_map_editor_get_legend (GrMapEditor *self)
{
  g_return_val_if_fail (GR_IS_MAP_EDITOR (self), NULL);
  return self->legend;
}

GtkWidget *
gr_map_editor_get_inspector (GrMapEditor *self)
{
  g_return_val_if_fail (GR_IS_MAP_EDITOR (self), NULL);
  return self->inspector;
}

GtkWidget *
gr_map_editor_get_toolbar (GrMapEditor *self)
{
  g_return_val_if_fail (GR_IS_MAP_EDITOR (self), NULL);
  return self->toolbar;
}

static void
gr_map_editor_dispose (GObject *object)
{
  GrMapEditor *self = GR_MAP_EDITOR (object);

  if (self->dragging && self->document != NULL)
    gr_document_end_edit (self->document);
  self->dragging = FALSE;
  /* The map widget outlives us by a little (we go first in its dispose):
   * leave it no handler or action that points at us. */
  if (self->map != NULL)
    {
      GtkWidget *map = GTK_WIDGET (gr_map_widget_get_map (self->map));

      gtk_widget_remove_controller (GTK_WIDGET (self->map), g_steal_pointer (&self->drag));
      gtk_widget_remove_controller (GTK_WIDGET (self->map), g_steal_pointer (&self->keys));
      gtk_widget_remove_controller (map, g_steal_pointer (&self->click));
      gtk_widget_remove_controller (map, g_steal_pointer (&self->secondary));
      gtk_widget_insert_action_group (GTK_WIDGET (self->map), "map", NULL);
      self->map = NULL;
    }
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->selection_id, g_free);
  g_clear_pointer (&self->add_menu_systems, g_free);

  G_OBJECT_CLASS (gr_map_editor_parent_class)->dispose (object);
}

static void
gr_map_editor_class_init (GrMapEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gr_map_editor_dispose;
}

static void
gr_map_editor_init (GrMapEditor *self)
{
  gr_overlay_style_init (&self->style);
}
