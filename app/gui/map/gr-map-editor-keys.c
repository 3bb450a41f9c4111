/* gr-map-editor-keys.c — the map's items by keyboard: select, step, inspect, move, delete
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With the map focused (it shows a focus ring), an arrow, Page Down or
 * Space selects the first item of the visible layers; with an item
 * selected, Tab and Page Down step to the next (Shift+Tab, Page Up to the
 * one before), the arrows move it a pixel (ten with Shift), Enter takes
 * the focus into the inspector, Delete deletes it and Escape clears the
 * selection, after which Tab leaves the map.
 */

#include "config.h"

#include "gr-map-editor-private.h"

#include "gr-map-inspector.h"

/* The items the keyboard steps through, in the visible layers: patrol
 * zones, batteries, deployments, maritime patrols, then each route's
 * points. */
static GArray *
visible_items (GrMapEditor *self)
{
  const GrScenario *s = gr_document_get_scenario (self->document);
  GArray *items = g_array_new (FALSE, FALSE, sizeof (GrEditItem));
  struct { GrEditItemKind kind; const GArray *array; } kinds[] = {
    { GR_EDIT_ITEM_ZONE, s->air_patrol.zones },
    { GR_EDIT_ITEM_BATTERY, s->air_defense.batteries },
    { GR_EDIT_ITEM_DEPLOYMENT, s->force.deployments },
    { GR_EDIT_ITEM_PATROL_POST, s->maritime.patrols },
  };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      if (kinds[k].array == NULL || !_gr_map_editor_item_visible (self, kinds[k].kind))
        continue;
      for (guint i = 0; i < kinds[k].array->len; i++)
        g_array_append_val (items, ((GrEditItem) { kinds[k].kind, i, 0 }));
    }
  if (s->maritime.routes != NULL && _gr_map_editor_item_visible (self, GR_EDIT_ITEM_ROUTE_POINT))
    for (guint r = 0; r < s->maritime.routes->len; r++)
      {
        const GrRoute *route = &g_array_index (s->maritime.routes, GrRoute, r);

        for (guint v = 0; route->path != NULL && v < route->path->len; v++)
          g_array_append_val (items, ((GrEditItem) { GR_EDIT_ITEM_ROUTE_POINT, r, v }));
      }
  return items;
}

/* The item @delta steps after the selection (before it when negative),
 * wrapping around; from no selection, the first or the last. */
gboolean
_gr_map_editor_step_selection (GrMapEditor *self,
                               int          delta)
{
  g_autoptr(GArray) items = NULL;
  gint found = -1;
  guint next;

  if (self->document == NULL)
    return FALSE;
  items = visible_items (self);
  if (items->len == 0)
    return FALSE;

  for (guint i = 0; i < items->len && found < 0; i++)
    {
      const GrEditItem *item = &g_array_index (items, GrEditItem, i);

      /* a zone's corner or base counts as its zone */
      if (item->index == self->selection.index &&
          (item->kind == self->selection.kind ||
           (item->kind == GR_EDIT_ITEM_ZONE &&
            (self->selection.kind == GR_EDIT_ITEM_ZONE_VERTEX ||
             self->selection.kind == GR_EDIT_ITEM_ZONE_BASE))) &&
          (item->kind != GR_EDIT_ITEM_ROUTE_POINT || item->vertex == self->selection.vertex))
        found = (gint) i;
    }
  if (found < 0)
    next = delta >= 0 ? 0 : items->len - 1;
  else
    next = (guint) (((gint) found + delta % (gint) items->len + (gint) items->len)
                    % (gint) items->len);
  gr_map_editor_set_selection (self, &g_array_index (items, GrEditItem, next));
  return TRUE;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller G_GNUC_UNUSED,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GrMapEditor           *self)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  double step = shift ? 10 : 1;
  /* Keys that would step through the items or leave the inspector act on
   * the map itself only: in the inspector, Tab moves between its fields. */
  gboolean on_map = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self->map))) ==
                    GTK_WIDGET (self->map);

  /* A presentation's map is looked at, not edited. */
  if (self->read_only || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    return GDK_EVENT_PROPAGATE;

  if (self->selection.kind == GR_EDIT_ITEM_NONE)
    {
      if (!on_map)
        return GDK_EVENT_PROPAGATE;
      switch (keyval)
        {
        case GDK_KEY_Down:
        case GDK_KEY_KP_Down:
        case GDK_KEY_Right:
        case GDK_KEY_KP_Right:
        case GDK_KEY_Page_Down:
        case GDK_KEY_space:
          return _gr_map_editor_step_selection (self, 1);
        case GDK_KEY_Up:
        case GDK_KEY_KP_Up:
        case GDK_KEY_Left:
        case GDK_KEY_KP_Left:
        case GDK_KEY_Page_Up:
          return _gr_map_editor_step_selection (self, -1);
        default:
          return GDK_EVENT_PROPAGATE;
        }
    }

  switch (keyval)
    {
    case GDK_KEY_Escape:
      gr_map_editor_set_selection (self, NULL);
      gtk_widget_grab_focus (GTK_WIDGET (self->map));
      return GDK_EVENT_STOP;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
      gtk_widget_activate_action (GTK_WIDGET (self->map), "map.delete", NULL);
      return GDK_EVENT_STOP;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      gr_map_editor_nudge (self, -step, 0);
      return GDK_EVENT_STOP;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      gr_map_editor_nudge (self, step, 0);
      return GDK_EVENT_STOP;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      gr_map_editor_nudge (self, 0, -step);
      return GDK_EVENT_STOP;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      gr_map_editor_nudge (self, 0, step);
      return GDK_EVENT_STOP;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
    case GDK_KEY_Page_Down:
    case GDK_KEY_Page_Up:
      if (!on_map)
        return GDK_EVENT_PROPAGATE;
      return _gr_map_editor_step_selection (self, keyval == GDK_KEY_ISO_Left_Tab ||
                                                  keyval == GDK_KEY_Page_Up ||
                                                  shift ? -1 : 1);
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      return on_map && gtk_widget_child_focus (self->inspector, GTK_DIR_TAB_FORWARD);
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

void
_gr_map_editor_install_keys (GrMapEditor *self)
{
  GtkWidget *map = GTK_WIDGET (self->map);
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* Bubble: an entry in the inspector keeps its own arrows and Delete. */
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (map, keys);
  self->keys = keys;
  gtk_widget_set_focusable (map, TRUE);
}
