/* gr-map-inspector.c — the card over the map's edge that shows and edits the selected item
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The card owns no state of the item: its fields are filled from the
 * document's scenario and metrics whenever either changes (a drag, undo),
 * and each field edit is one gr_edit_set_*() call.  An edit the scenario
 * rules refuse (a nation "gb") is reported with the "edit-failed" signal
 * and the field goes back to the scenario's value.
 */

#include "config.h"

#include "gr-map-inspector.h"

#include <glib/gi18n.h>
#include <string.h>

#include "gr-format.h"
#include "gr-geo-names.h"
#include "gr-keyboard.h"
#include "gr-labels.h"

typedef enum
{
  FIELD_TEXT,
  FIELD_CODE,          /* two capital letters */
  FIELD_NUMBER,
  FIELD_ROLE,
  FIELD_SYSTEM,
} FieldType;

typedef struct
{
  GrEditField field;
  FieldType type;
  const char *label;
  double max;
  double step;
} FieldSpec;

#define N_FIELDS (GR_EDIT_FIELD_SHIPS + 1)

struct _GrMapInspector
{
  GtkWidget parent_instance;

  GrDocument *document;
  GrEditItem item;
  GrEditItemKind built_kind;

  GtkWidget *box;
  GtkWidget *title;
  GtkWidget *subtitle;
  GtkWidget *grid;
  GtkWidget *facts;
  GtkWidget *warning;
  GtkWidget *fields[N_FIELDS];
  gboolean refreshing;
  guint drag_tick;             /* a refresh waiting for its turn in a drag */
  gint64 drag_refreshed;       /* frame time of the last one, µs */
};

/* While an item is dragged the card is read, not watched frame by frame:
 * its numbers follow the drag ten times a second. */
#define DRAG_REFRESH_US (G_USEC_PER_SEC / 10)

G_DEFINE_FINAL_TYPE (GrMapInspector, gr_map_inspector, GTK_TYPE_WIDGET)

enum {
  EDIT_FAILED,
  CLOSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
gr_map_inspector_new (void)
{
  return g_object_new (GR_TYPE_MAP_INSPECTOR, NULL);
}

static const FieldSpec *
fields_of (GrEditItemKind kind,
           guint         *n)
{
  static const FieldSpec deployment[] = {
    { GR_EDIT_FIELD_NAME, FIELD_TEXT, N_("Name") },
    { GR_EDIT_FIELD_NATION, FIELD_CODE, N_("Nation") },
    { GR_EDIT_FIELD_TROOPS, FIELD_NUMBER, N_("Troops"), 1e6, 100 },
    { GR_EDIT_FIELD_ROLE, FIELD_ROLE, N_("Role") },
  };
  static const FieldSpec battery[] = {
    { GR_EDIT_FIELD_SYSTEM, FIELD_SYSTEM, N_("System") },
  };
  static const FieldSpec zone[] = {
    { GR_EDIT_FIELD_NAME, FIELD_TEXT, N_("Name") },
    { GR_EDIT_FIELD_STATIONS, FIELD_NUMBER, N_("Stations"), 100, 1 },
    { GR_EDIT_FIELD_AIRCRAFT, FIELD_NUMBER, N_("Aircraft assigned"), 10000, 1 },
  };
  static const FieldSpec post[] = {
    { GR_EDIT_FIELD_NAME, FIELD_TEXT, N_("Name") },
    { GR_EDIT_FIELD_RADIUS, FIELD_NUMBER, N_("Radius (km)"), 2000, 10 },
    { GR_EDIT_FIELD_PARTNER, FIELD_CODE, N_("Partner") },
  };
  static const FieldSpec route[] = {
    { GR_EDIT_FIELD_NAME, FIELD_TEXT, N_("Name") },
    { GR_EDIT_FIELD_SHIPS, FIELD_NUMBER, N_("Ships a month"), 1e5, 10 },
  };

  switch (kind)
    {
    case GR_EDIT_ITEM_DEPLOYMENT:
      *n = G_N_ELEMENTS (deployment);
      return deployment;
    case GR_EDIT_ITEM_BATTERY:
      *n = G_N_ELEMENTS (battery);
      return battery;
    case GR_EDIT_ITEM_ZONE:
    case GR_EDIT_ITEM_ZONE_VERTEX:
    case GR_EDIT_ITEM_ZONE_BASE:
      *n = G_N_ELEMENTS (zone);
      return zone;
    case GR_EDIT_ITEM_PATROL_POST:
      *n = G_N_ELEMENTS (post);
      return post;
    case GR_EDIT_ITEM_ROUTE_POINT:
      *n = G_N_ELEMENTS (route);
      return route;
    case GR_EDIT_ITEM_NONE:
    default:
      *n = 0;
      return NULL;
    }
}

static const char *
kind_title (GrEditItemKind kind)
{
  switch (kind)
    {
    case GR_EDIT_ITEM_DEPLOYMENT:
      return _("Stabilisation-force deployment");
    case GR_EDIT_ITEM_BATTERY:
      return _("Air-defence battery");
    case GR_EDIT_ITEM_ZONE:
      return _("Joint air-patrol zone");
    case GR_EDIT_ITEM_ZONE_VERTEX:
      return _("Air-patrol zone corner");
    case GR_EDIT_ITEM_ZONE_BASE:
      return _("Air base of a patrol zone");
    case GR_EDIT_ITEM_PATROL_POST:
      return _("Maritime patrol post");
    case GR_EDIT_ITEM_ROUTE_POINT:
      return _("Point of a shipping route");
    case GR_EDIT_ITEM_NONE:
    default:
      return "";
    }
}

/* Reading the scenario */

static void
item_values (const GrScenario *s,
             const GrEditItem *item,
             GrEditField       field,
             double           *number,
             const char      **text)
{
  *number = 0;
  *text = "";
  switch (item->kind)
    {
    case GR_EDIT_ITEM_DEPLOYMENT:
      {
        const GrDeployment *d = &g_array_index (s->force.deployments, GrDeployment, item->index);

        *text = field == GR_EDIT_FIELD_NAME ? gr_local_name (d->name, d->name_uk) : d->nation;
        *number = field == GR_EDIT_FIELD_TROOPS ? d->troops : d->role;
      }
      break;
    case GR_EDIT_ITEM_BATTERY:
      *text = g_array_index (s->air_defense.batteries, GrBattery, item->index).system;
      break;
    case GR_EDIT_ITEM_ZONE:
    case GR_EDIT_ITEM_ZONE_VERTEX:
    case GR_EDIT_ITEM_ZONE_BASE:
      {
        const GrPatrolZone *z = &g_array_index (s->air_patrol.zones, GrPatrolZone, item->index);

        *text = gr_local_name (z->name, z->name_uk);
        *number = field == GR_EDIT_FIELD_STATIONS ? z->stations : z->aircraft_assigned;
      }
      break;
    case GR_EDIT_ITEM_PATROL_POST:
      {
        const GrMaritimePatrol *p = &g_array_index (s->maritime.patrols, GrMaritimePatrol, item->index);

        *text = field == GR_EDIT_FIELD_NAME ? gr_local_name (p->name, p->name_uk) : p->partner;
        *number = p->radius_km.value;
      }
      break;
    case GR_EDIT_ITEM_ROUTE_POINT:
      {
        const GrRoute *r = &g_array_index (s->maritime.routes, GrRoute, item->index);

        *text = gr_local_name (r->name, r->name_uk);
        *number = r->ships_per_month.value;
      }
      break;
    case GR_EDIT_ITEM_NONE:
    default:
      break;
    }
  if (*text == NULL)
    *text = "";
}

/* A line or two of what the model says about the item, so that a drag
 * shows its effect right where the pointer is. */
static char *
item_facts (const GrScenario *s,
            const GrMetrics  *m,
            const GrEditItem *item)
{
  GrLonLat at = { 0 };
  g_autofree char *where = NULL;

  gr_edit_item_position (s, item, &at);
  /* TRANSLATORS: a position; %.2f are degrees of latitude and longitude */
  where = g_strdup_printf (_("%.2f° N, %.2f° E"), at.lat, at.lon);
  if (m == NULL)
    return g_steal_pointer (&where);

  switch (item->kind)
    {
    case GR_EDIT_ITEM_DEPLOYMENT:
      {
        g_autofree char *troops = gr_format_count (m->force.deployed_troops);

        /* TRANSLATORS: %s is a position; then border regions reached of
         * all, and the troops deployed (a formatted number) */
        return g_strdup_printf (_("%s\nBorder regions within reach: %u of %u\nForce deployed: %s troops"),
                                where, m->force.border_regions_reached,
                                m->force.border_regions_total, troops);
      }
    case GR_EDIT_ITEM_BATTERY:
      {
        const GrBatteryMetrics *b = NULL;

        if (m->air_defense.batteries != NULL && item->index < m->air_defense.batteries->len)
          b = &g_array_index (m->air_defense.batteries, GrBatteryMetrics, item->index);
        /* TRANSLATORS: %s is a position; then the cruise-missile radius and
         * the territory all batteries cover */
        return g_strdup_printf (_("%s\nRadius against cruise missiles: %.0f km\nTerritory covered by all batteries: %.0f %%"),
                                where, b != NULL ? b->radius_km[GR_THREAT_CRUISE] : 0,
                                m->air_defense.territory_covered_pct);
      }
    case GR_EDIT_ITEM_ZONE:
    case GR_EDIT_ITEM_ZONE_VERTEX:
    case GR_EDIT_ITEM_ZONE_BASE:
      if (m->air_patrol.zones != NULL && item->index < m->air_patrol.zones->len)
        {
          const GrPatrolZoneMetrics *z = &g_array_index (m->air_patrol.zones, GrPatrolZoneMetrics,
                                                         item->index);

          /* TRANSLATORS: %s is a position; area, aircraft needed, and held or not */
          return g_strdup_printf (_("%s\nArea: %.0f km²\nAircraft needed: %.0f (%s)"),
                                  where, z->area_km2, z->aircraft_required,
                                  z->sustainable ? _("held") : _("not held"));
        }
      break;
    case GR_EDIT_ITEM_PATROL_POST:
    case GR_EDIT_ITEM_ROUTE_POINT:
      /* TRANSLATORS: %s is a position; then the share of the routes patrols cover */
      return g_strdup_printf (_("%s\nShipping routes covered by patrols: %.0f %%"),
                              where, m->maritime.covered_pct);
    case GR_EDIT_ITEM_NONE:
    default:
      break;
    }
  return g_steal_pointer (&where);
}

/* The model's warning about this item (out of reach …), or NULL. */
static const char *
item_warning (const GrMetrics  *m,
              const GrEditItem *item)
{
  g_autofree char *path = NULL;

  if (m == NULL || m->warnings == NULL)
    return NULL;
  switch (item->kind)
    {
    case GR_EDIT_ITEM_BATTERY:
      path = g_strdup_printf ("air_defense.batteries[%u]", item->index);
      break;
    case GR_EDIT_ITEM_DEPLOYMENT:
      path = g_strdup_printf ("stabilization_force.deployments[%u]", item->index);
      break;
    case GR_EDIT_ITEM_ZONE:
    case GR_EDIT_ITEM_ZONE_VERTEX:
    case GR_EDIT_ITEM_ZONE_BASE:
      path = g_strdup_printf ("air_patrol.zones[%u]", item->index);
      break;
    case GR_EDIT_ITEM_PATROL_POST:
    case GR_EDIT_ITEM_ROUTE_POINT:
    case GR_EDIT_ITEM_NONE:
    default:
      return NULL;
    }
  for (guint i = 0; i < m->warnings->len; i++)
    if (g_str_equal (g_array_index (m->warnings, GrMetricsWarning, i).path, path))
      return g_array_index (m->warnings, GrMetricsWarning, i).message;
  return NULL;
}

static char *
item_title (const GrScenario *s,
            const GrEditItem *item)
{
  double number;
  const char *text;

  if (item->kind == GR_EDIT_ITEM_BATTERY)
    {
      const GrBattery *b = &g_array_index (s->air_defense.batteries, GrBattery, item->index);
      const GrAirDefenseSystem *sys = gr_scenario_find_system (s, b->system);

      /* The battery's id, a file's name for it, goes in the subtitle. */
      return g_strdup (sys != NULL ? GR_ITEM_NAME (sys) : b->system);
    }
  item_values (s, item, GR_EDIT_FIELD_NAME, &number, &text);
  return g_strdup (*text != '\0' ? text : gr_edit_item_id (s, item));
}

/* Writing to the scenario */

static void
report (GrMapInspector *self,
        GError         *error)
{
  if (error != NULL)
    g_signal_emit (self, signals[EDIT_FAILED], 0, error->message);
}

static void refresh (GrMapInspector *self);

static void
text_commit (GrMapInspector *self,
             GtkEditable    *editable)
{
  GrEditField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "field"));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (self->refreshing || self->document == NULL)
    return;
  text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  if (!gr_edit_set_text (self->document, &self->item, field, text, &error))
    {
      report (self, error);
      refresh (self);
    }
  /* Committed: Ctrl+Z now undoes the scenario, not the typing. */
  gr_keyboard_forget_typing (editable);
}

static void
text_leave_cb (GtkEventControllerFocus *controller,
               GrMapInspector          *self)
{
  text_commit (self, GTK_EDITABLE (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

static void
number_changed_cb (GtkSpinButton  *spin,
                   GrMapInspector *self)
{
  GrEditField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "field"));
  g_autoptr(GError) error = NULL;

  if (self->refreshing || self->document == NULL)
    return;
  if (!gr_edit_set_number (self->document, &self->item, field, gtk_spin_button_get_value (spin),
                           &error))
    {
      report (self, error);
      refresh (self);
    }
}

/* A number is committed (Enter, even when it did not change): Ctrl+Z now
 * undoes the scenario, not the typing. */
static void
number_committed_cb (GtkEditable *editable)
{
  gr_keyboard_forget_typing (editable);
}

static void
choice_changed_cb (GtkDropDown    *dropdown,
                   GParamSpec     *pspec,
                   GrMapInspector *self)
{
  GrEditField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "field"));
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->refreshing || self->document == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (field == GR_EDIT_FIELD_SYSTEM)
    {
      const GArray *systems = gr_document_get_scenario (self->document)->air_defense.systems;

      g_return_if_fail (selected < systems->len);
      ok = gr_edit_set_text (self->document, &self->item, field,
                             g_array_index (systems, GrAirDefenseSystem, selected).id, &error);
    }
  else
    {
      ok = gr_edit_set_number (self->document, &self->item, field, selected, &error);
    }
  if (!ok)
    {
      report (self, error);
      refresh (self);
    }
}

/* Building */

static GtkWidget *
make_field (GrMapInspector  *self,
            const FieldSpec *spec)
{
  GtkWidget *widget;

  switch (spec->type)
    {
    case FIELD_TEXT:
    case FIELD_CODE:
      {
        GtkEventController *focus = gtk_event_controller_focus_new ();

        widget = gtk_entry_new ();
        if (spec->type == FIELD_CODE)
          {
            gtk_entry_set_max_length (GTK_ENTRY (widget), 2);
            gtk_editable_set_width_chars (GTK_EDITABLE (widget), 3);
            gtk_widget_set_halign (widget, GTK_ALIGN_START);
            gtk_widget_set_tooltip_text (widget, _("Two-letter country code, e.g. GB"));
          }
        g_signal_connect_swapped (widget, "activate", G_CALLBACK (text_commit), self);
        g_signal_connect (focus, "leave", G_CALLBACK (text_leave_cb), self);
        gtk_widget_add_controller (widget, focus);
      }
      break;
    case FIELD_NUMBER:
      widget = gtk_spin_button_new_with_range (0, spec->max, spec->step);
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (widget), 0);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (widget), TRUE);
      g_signal_connect (widget, "value-changed", G_CALLBACK (number_changed_cb), self);
      g_signal_connect_after (widget, "value-changed", G_CALLBACK (number_committed_cb), NULL);
      g_signal_connect_object (gtk_editable_get_delegate (GTK_EDITABLE (widget)), "activate",
                               G_CALLBACK (number_committed_cb), widget,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      break;
    case FIELD_ROLE:
    case FIELD_SYSTEM:
    default:
      {
        g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

        if (spec->type == FIELD_ROLE)
          for (GrRole r = 0; r < GR_N_ROLES; r++)
            gtk_string_list_append (names, gr_role_label (r));
        else
          {
            const GArray *systems = gr_document_get_scenario (self->document)->air_defense.systems;

            for (guint i = 0; systems != NULL && i < systems->len; i++)
              {
                const GrAirDefenseSystem *sys = &g_array_index (systems, GrAirDefenseSystem, i);

                gtk_string_list_append (names, GR_ITEM_NAME (sys));
              }
          }
        widget = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
        g_signal_connect (widget, "notify::selected", G_CALLBACK (choice_changed_cb), self);
      }
      break;
    }
  g_object_set_data (G_OBJECT (widget), "field", GUINT_TO_POINTER (spec->field));
  gtk_widget_set_hexpand (widget, TRUE);
  return widget;
}

static void
build (GrMapInspector *self)
{
  const FieldSpec *specs;
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (self->grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->grid), child);
  memset (self->fields, 0, sizeof self->fields);

  specs = fields_of (self->item.kind, &n);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *label = gtk_label_new (_(specs[i].label));
      GtkWidget *field = make_field (self, &specs[i]);

      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      label, NULL, -1);
      gtk_grid_attach (GTK_GRID (self->grid), label, 0, i, 1, 1);
      gtk_grid_attach (GTK_GRID (self->grid), field, 1, i, 1, 1);
      self->fields[specs[i].field] = field;
    }
  self->built_kind = self->item.kind;
}

static void
refresh (GrMapInspector *self)
{
  const GrScenario *s;
  const FieldSpec *specs;
  g_autofree char *title = NULL;
  g_autofree char *facts = NULL;
  guint n;

  if (self->document == NULL || self->item.kind == GR_EDIT_ITEM_NONE
      || !gr_edit_item_exists (gr_document_get_scenario (self->document), &self->item))
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  s = gr_document_get_scenario (self->document);
  if (self->built_kind != self->item.kind)
    build (self);

  self->refreshing = TRUE;
  title = item_title (s, &self->item);
  gtk_label_set_text (GTK_LABEL (self->title), title);
  if (self->item.kind == GR_EDIT_ITEM_BATTERY)
    {
      /* TRANSLATORS: an item's subtitle: what it is, then its id */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), kind_title (self->item.kind),
                                                   gr_edit_item_id (s, &self->item));

      gtk_label_set_text (GTK_LABEL (self->subtitle), subtitle);
    }
  else
    gtk_label_set_text (GTK_LABEL (self->subtitle), kind_title (self->item.kind));
  facts = item_facts (s, gr_document_get_metrics (self->document), &self->item);
  gtk_label_set_text (GTK_LABEL (self->facts), facts);
  {
    const char *warning = item_warning (gr_document_get_metrics (self->document), &self->item);

    gtk_label_set_text (GTK_LABEL (self->warning), warning != NULL ? warning : "");
    gtk_widget_set_visible (self->warning, warning != NULL);
  }

  specs = fields_of (self->item.kind, &n);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *field = self->fields[specs[i].field];
      double number;
      const char *text;

      item_values (s, &self->item, specs[i].field, &number, &text);
      if (GTK_IS_SPIN_BUTTON (field))
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (field), number);
      else if (GTK_IS_ENTRY (field))
        {
          /* Only when it differs, so typing is not disturbed. */
          if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (field)), text) != 0)
            gtk_editable_set_text (GTK_EDITABLE (field), text);
        }
      else if (specs[i].type == FIELD_ROLE)
        gtk_drop_down_set_selected (GTK_DROP_DOWN (field), (guint) number);
      else
        {
          guint selected = GTK_INVALID_LIST_POSITION;

          for (guint k = 0; k < s->air_defense.systems->len; k++)
            if (g_strcmp0 (g_array_index (s->air_defense.systems, GrAirDefenseSystem, k).id, text) == 0)
              selected = k;
          gtk_drop_down_set_selected (GTK_DROP_DOWN (field), selected);
        }
    }
  self->refreshing = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

static gboolean
drag_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  GrMapInspector *self = GR_MAP_INSPECTOR (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);

  if (now - self->drag_refreshed < DRAG_REFRESH_US)
    return G_SOURCE_CONTINUE;
  self->drag_refreshed = now;
  self->drag_tick = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
cancel_drag_tick (GrMapInspector *self)
{
  if (self->drag_tick == 0)
    return;
  gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->drag_tick);
  self->drag_tick = 0;
}

/* Every step of a drag changes the document, and the card's position,
 * facts and fields with it: laying them out and painting the map under
 * them again took a millisecond or two of each frame (and a battery's
 * card was built anew, for its list of systems).  During the drag the
 * card catches up at most ten times a second, on a frame of its own;
 * the frames after the last step show the final values, as does any
 * edit outside a drag, at once.  Returns whether the refresh waits. */
static gboolean
wait_during_drag (GrMapInspector *self)
{
  if (self->document == NULL || !gr_document_get_editing (self->document)
      || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      cancel_drag_tick (self);
      return FALSE;
    }
  if (self->drag_tick == 0)
    self->drag_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), drag_tick_cb, NULL, NULL);
  return TRUE;
}

static void
document_changed_cb (GrMapInspector *self)
{
  if (!wait_during_drag (self))
    refresh (self);
}

void
gr_map_inspector_set_document (GrMapInspector *self,
                               GrDocument     *document)
{
  g_return_if_fail (GR_IS_MAP_INSPECTOR (self));

  if (self->document == document)
    return;
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, document_changed_cb, self);
  cancel_drag_tick (self);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self,
                             G_CONNECT_SWAPPED);
  /* The systems' list may differ in another scenario: rebuild. */
  self->built_kind = GR_EDIT_ITEM_NONE;
  refresh (self);
}

void
gr_map_inspector_set_item (GrMapInspector   *self,
                           const GrEditItem *item)
{
  g_return_if_fail (GR_IS_MAP_INSPECTOR (self));

  /* The map re-selects the dragged item on every step: the same item,
   * moved, whose systems' list a drag cannot change. */
  if (item != NULL && item->kind != GR_EDIT_ITEM_NONE && item->kind == self->item.kind
      && item->index == self->item.index && item->vertex == self->item.vertex
      && wait_during_drag (self))
    return;
  self->item = item != NULL ? *item : (GrEditItem) { GR_EDIT_ITEM_NONE };
  /* A battery's system list comes from the scenario: rebuild each time. */
  if (self->item.kind == GR_EDIT_ITEM_BATTERY)
    self->built_kind = GR_EDIT_ITEM_NONE;
  refresh (self);
}

static void
close_clicked_cb (GrMapInspector *self)
{
  g_signal_emit (self, signals[CLOSE], 0);
}

static void
gr_map_inspector_dispose (GObject *object)
{
  GrMapInspector *self = GR_MAP_INSPECTOR (object);

  cancel_drag_tick (self);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (gr_map_inspector_parent_class)->dispose (object);
}

static void
gr_map_inspector_class_init (GrMapInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gr_map_inspector_dispose;

  /* An edit was refused; the argument says why, for a toast. */
  signals[EDIT_FAILED] = g_signal_new ("edit-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* The close button: the map clears its selection. */
  signals[CLOSE] = g_signal_new ("close", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "grmapinspector");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
gr_map_inspector_init (GrMapInspector *self)
{
  GtkWidget *header, *titles, *close, *delete;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_add_css_class (self->box, "card");
  gtk_widget_add_css_class (self->box, "map-inspector");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (titles, TRUE);
  self->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_widget_add_css_class (self->title, "heading");
  self->subtitle = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->subtitle), 0);
  gtk_widget_add_css_class (self->subtitle, "caption");
  gtk_widget_add_css_class (self->subtitle, "dim-label");
  gtk_box_append (GTK_BOX (titles), self->title);
  gtk_box_append (GTK_BOX (titles), self->subtitle);
  close = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_add_css_class (close, "flat");
  gtk_widget_add_css_class (close, "circular");
  gtk_widget_set_valign (close, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (close, _("Clear the Selection (Esc)"));
  g_signal_connect_swapped (close, "clicked", G_CALLBACK (close_clicked_cb), self);
  gtk_box_append (GTK_BOX (header), titles);
  gtk_box_append (GTK_BOX (header), close);
  gtk_box_append (GTK_BOX (self->box), header);

  self->facts = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->facts), 0);
  gtk_label_set_wrap (GTK_LABEL (self->facts), TRUE);
  gtk_widget_add_css_class (self->facts, "caption");
  gtk_box_append (GTK_BOX (self->box), self->facts);

  /* An asset out of reach says so next to it (MODEL.md, position matters). */
  self->warning = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->warning), 0);
  gtk_label_set_wrap (GTK_LABEL (self->warning), TRUE);
  gtk_widget_add_css_class (self->warning, "caption");
  gtk_widget_add_css_class (self->warning, "warning");
  gtk_widget_set_visible (self->warning, FALSE);
  gtk_box_append (GTK_BOX (self->box), self->warning);

  self->grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 8);
  gtk_box_append (GTK_BOX (self->box), self->grid);

  delete = gtk_button_new_with_mnemonic (_("_Delete"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "map.delete");
  gtk_widget_set_halign (delete, GTK_ALIGN_END);
  gtk_widget_add_css_class (delete, "destructive-action");
  gtk_widget_set_tooltip_text (delete, _("Delete the Selection (Delete)"));
  gtk_box_append (GTK_BOX (self->box), delete);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Selected item"), -1);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
