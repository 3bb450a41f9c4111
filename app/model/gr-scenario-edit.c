/* gr-scenario-edit.c — the map's edits: move, add, delete and set fields of placed items
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each public function checks what only it can know (the item exists, a
 * zone keeps three corners) on the document's scenario, then hands one
 * GrEditFunc to gr_document_apply(), which checks every value rule on the
 * edited copy.  Edit functions run on that copy, never on the document's
 * scenario, so they cannot fail half-way.
 */

#include "config.h"

#include "gr-scenario-edit.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "gr-geodesy.h"

G_DEFINE_QUARK (gr-edit-error-quark, gr_edit_error)

/* Defaults of new items: a battalion-sized deployment and a patrol post
 * whose circle spans about a third of the Black Sea's width. */
#define NEW_DEPLOYMENT_TROOPS 1000
#define NEW_PATROL_RADIUS_KM 100

static GArray *
item_array (const GrScenario *s,
            GrEditItemKind    kind)
{
  switch (kind)
    {
    case GR_EDIT_ITEM_BATTERY:
      return s->air_defense.batteries;
    case GR_EDIT_ITEM_DEPLOYMENT:
      return s->force.deployments;
    case GR_EDIT_ITEM_PATROL_POST:
      return s->maritime.patrols;
    case GR_EDIT_ITEM_ZONE:
    case GR_EDIT_ITEM_ZONE_VERTEX:
    case GR_EDIT_ITEM_ZONE_BASE:
      return s->air_patrol.zones;
    case GR_EDIT_ITEM_ROUTE_POINT:
      return s->maritime.routes;
    case GR_EDIT_ITEM_NONE:
    default:
      return NULL;
    }
}

/* The point array an item's vertex indexes, or NULL. */
static GArray *
item_points (const GrScenario *s,
             const GrEditItem *item)
{
  GArray *array = item_array (s, item->kind);

  if (array == NULL || item->index >= array->len)
    return NULL;
  if (item->kind == GR_EDIT_ITEM_ZONE_VERTEX || item->kind == GR_EDIT_ITEM_ZONE)
    return g_array_index (array, GrPatrolZone, item->index).polygon;
  if (item->kind == GR_EDIT_ITEM_ROUTE_POINT)
    return g_array_index (array, GrRoute, item->index).path;
  return NULL;
}

gboolean
gr_edit_item_exists (const GrScenario *s,
                     const GrEditItem *item)
{
  GArray *array, *points;

  g_return_val_if_fail (s != NULL && item != NULL, FALSE);

  array = item_array (s, item->kind);
  if (array == NULL || item->index >= array->len)
    return FALSE;
  if (item->kind != GR_EDIT_ITEM_ZONE_VERTEX && item->kind != GR_EDIT_ITEM_ROUTE_POINT)
    return TRUE;
  points = item_points (s, item);
  return points != NULL && item->vertex < points->len;
}

const char *
gr_edit_item_id (const GrScenario *s,
                 const GrEditItem *item)
{
  GArray *array;

  g_return_val_if_fail (s != NULL && item != NULL, NULL);

  array = item_array (s, item->kind);
  if (array == NULL || item->index >= array->len)
    return NULL;
  switch (item->kind)
    {
    case GR_EDIT_ITEM_BATTERY:
      return g_array_index (array, GrBattery, item->index).id;
    case GR_EDIT_ITEM_DEPLOYMENT:
      return g_array_index (array, GrDeployment, item->index).id;
    case GR_EDIT_ITEM_PATROL_POST:
      return g_array_index (array, GrMaritimePatrol, item->index).id;
    case GR_EDIT_ITEM_ZONE:
    case GR_EDIT_ITEM_ZONE_VERTEX:
    case GR_EDIT_ITEM_ZONE_BASE:
      return g_array_index (array, GrPatrolZone, item->index).id;
    case GR_EDIT_ITEM_ROUTE_POINT:
      return g_array_index (array, GrRoute, item->index).id;
    case GR_EDIT_ITEM_NONE:
    default:
      return NULL;
    }
}

/* Where the item's moving point lives in s (s may be the edited copy). */
static GrLonLat *
item_position_ptr (const GrScenario *s,
                   const GrEditItem *item)
{
  GArray *array, *points;

  if (!gr_edit_item_exists (s, item))
    return NULL;
  array = item_array (s, item->kind);
  switch (item->kind)
    {
    case GR_EDIT_ITEM_BATTERY:
      return &g_array_index (array, GrBattery, item->index).position;
    case GR_EDIT_ITEM_DEPLOYMENT:
      return &g_array_index (array, GrDeployment, item->index).position;
    case GR_EDIT_ITEM_PATROL_POST:
      return &g_array_index (array, GrMaritimePatrol, item->index).position;
    case GR_EDIT_ITEM_ZONE_BASE:
      return &g_array_index (array, GrPatrolZone, item->index).base;
    case GR_EDIT_ITEM_ZONE:
      points = item_points (s, item);
      return points != NULL && points->len > 0 ? &g_array_index (points, GrLonLat, 0) : NULL;
    case GR_EDIT_ITEM_ZONE_VERTEX:
    case GR_EDIT_ITEM_ROUTE_POINT:
      points = item_points (s, item);
      return &g_array_index (points, GrLonLat, item->vertex);
    case GR_EDIT_ITEM_NONE:
    default:
      return NULL;
    }
}

gboolean
gr_edit_item_position (const GrScenario *s,
                       const GrEditItem *item,
                       GrLonLat         *position)
{
  GrLonLat *p;

  g_return_val_if_fail (s != NULL && item != NULL && position != NULL, FALSE);

  p = item_position_ptr (s, item);
  if (p == NULL)
    return FALSE;
  *position = *p;
  return TRUE;
}

static void
collect_ids (GHashTable   *ids,
             const GArray *array,
             gsize         id_offset)
{
  for (guint i = 0; array != NULL && i < array->len; i++)
    {
      const char *element = array->data + i * g_array_get_element_size ((GArray *) array);
      const char *id = *(const char * const *) (element + id_offset);

      if (id != NULL)
        g_hash_table_add (ids, (gpointer) id);
    }
}

char *
gr_edit_unique_id (const GrScenario *s,
                   const char       *prefix)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (s != NULL && prefix != NULL, NULL);

  /* Unique across every placed kind, not only within one array, so that an
   * id names one thing wherever it appears (undo labels, selections). */
  collect_ids (ids, s->air_defense.batteries, G_STRUCT_OFFSET (GrBattery, id));
  collect_ids (ids, s->force.deployments, G_STRUCT_OFFSET (GrDeployment, id));
  collect_ids (ids, s->air_patrol.zones, G_STRUCT_OFFSET (GrPatrolZone, id));
  collect_ids (ids, s->maritime.routes, G_STRUCT_OFFSET (GrRoute, id));
  collect_ids (ids, s->maritime.patrols, G_STRUCT_OFFSET (GrMaritimePatrol, id));
  for (guint n = 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", prefix, n);

      if (!g_hash_table_contains (ids, id))
        return g_steal_pointer (&id);
    }
}

static gboolean
require_item (GrDocument       *doc,
              const GrEditItem *item,
              GError          **error)
{
  if (gr_edit_item_exists (gr_document_get_scenario (doc), item))
    return TRUE;
  g_set_error (error, GR_EDIT_ERROR, GR_EDIT_ERROR_NO_ITEM,
               _("The item is no longer in the scenario"));
  return FALSE;
}

/* Moving */

typedef struct
{
  const GrEditItem *item;
  GrLonLat to;
} Move;

static void
move_func (GrScenario *s,
           gpointer    user_data)
{
  Move *move = user_data;
  GrLonLat *p = item_position_ptr (s, move->item);
  double dlon, dlat;

  if (move->item->kind != GR_EDIT_ITEM_ZONE)
    {
      *p = move->to;
      return;
    }

  /* The whole outline follows its first corner. */
  dlon = move->to.lon - p->lon;
  dlat = move->to.lat - p->lat;
  for (guint i = 0; i < item_points (s, move->item)->len; i++)
    {
      GrLonLat *v = &g_array_index (item_points (s, move->item), GrLonLat, i);

      v->lon += dlon;
      v->lat += dlat;
    }
}

static const char *
move_label (GrEditItemKind kind)
{
  switch (kind)
    {
    case GR_EDIT_ITEM_BATTERY:
      return _("Move battery");
    case GR_EDIT_ITEM_DEPLOYMENT:
      return _("Move deployment");
    case GR_EDIT_ITEM_PATROL_POST:
      return _("Move patrol post");
    case GR_EDIT_ITEM_ZONE:
      return _("Move patrol zone");
    case GR_EDIT_ITEM_ZONE_VERTEX:
      return _("Move zone corner");
    case GR_EDIT_ITEM_ZONE_BASE:
      return _("Move air base");
    case GR_EDIT_ITEM_ROUTE_POINT:
      return _("Move route point");
    case GR_EDIT_ITEM_NONE:
    default:
      /* TRANSLATORS: an edit's name in the Undo tooltip, "Undo “Move”":
       * what was done, not a command */
      return _("Move");
    }
}

gboolean
gr_edit_move (GrDocument       *doc,
              const GrEditItem *item,
              GrLonLat          to,
              GError          **error)
{
  Move move = { item, to };

  g_return_val_if_fail (GR_IS_DOCUMENT (doc) && item != NULL, FALSE);

  if (!require_item (doc, item, error))
    return FALSE;
  /* Keep positions on the map: clamp rather than refuse, so a drag past
   * the edge of the world stops there. */
  move.to.lon = CLAMP (to.lon, -180.0, 180.0);
  move.to.lat = CLAMP (to.lat, -85.0, 85.0);
  return gr_document_apply (doc, move_label (item->kind), move_func, &move, error);
}

/* Deleting */

static void
delete_func (GrScenario *s,
             gpointer    user_data)
{
  const GrEditItem *item = user_data;

  switch (item->kind)
    {
    case GR_EDIT_ITEM_ZONE_VERTEX:
    case GR_EDIT_ITEM_ROUTE_POINT:
      g_array_remove_index (item_points (s, item), item->vertex);
      break;
    case GR_EDIT_ITEM_BATTERY:
    case GR_EDIT_ITEM_DEPLOYMENT:
    case GR_EDIT_ITEM_PATROL_POST:
    case GR_EDIT_ITEM_ZONE:
      /* The arrays free their elements' strings (clear funcs). */
      g_array_remove_index (item_array (s, item->kind), item->index);
      break;
    case GR_EDIT_ITEM_ZONE_BASE:
    case GR_EDIT_ITEM_NONE:
    default:
      g_assert_not_reached ();
    }
}

static const char *
delete_label (GrEditItemKind kind)
{
  switch (kind)
    {
    case GR_EDIT_ITEM_BATTERY:
      return _("Delete battery");
    case GR_EDIT_ITEM_DEPLOYMENT:
      return _("Delete deployment");
    case GR_EDIT_ITEM_PATROL_POST:
      return _("Delete patrol post");
    case GR_EDIT_ITEM_ZONE:
      return _("Delete patrol zone");
    case GR_EDIT_ITEM_ZONE_VERTEX:
      return _("Delete zone corner");
    case GR_EDIT_ITEM_ROUTE_POINT:
      return _("Delete route point");
    case GR_EDIT_ITEM_ZONE_BASE:
    case GR_EDIT_ITEM_NONE:
    default:
      /* TRANSLATORS: an edit's name in the Undo tooltip, "Undo “Delete”":
       * what was done, not a command */
      return _("Delete");
    }
}

gboolean
gr_edit_delete (GrDocument       *doc,
                const GrEditItem *item,
                GError          **error)
{
  const GrScenario *s;
  GArray *points;

  g_return_val_if_fail (GR_IS_DOCUMENT (doc) && item != NULL, FALSE);

  if (!require_item (doc, item, error))
    return FALSE;
  s = gr_document_get_scenario (doc);
  points = item_points (s, item);
  switch (item->kind)
    {
    case GR_EDIT_ITEM_ZONE_BASE:
      g_set_error (error, GR_EDIT_ERROR, GR_EDIT_ERROR_NOT_EDITABLE,
                   _("A patrol zone’s air base cannot be deleted; delete the zone"));
      return FALSE;
    case GR_EDIT_ITEM_ZONE_VERTEX:
      if (points->len <= 3)
        {
          g_set_error (error, GR_EDIT_ERROR, GR_EDIT_ERROR_TOO_FEW,
                       _("A patrol zone needs at least three corners"));
          return FALSE;
        }
      break;
    case GR_EDIT_ITEM_ROUTE_POINT:
      if (points->len <= 2)
        {
          g_set_error (error, GR_EDIT_ERROR, GR_EDIT_ERROR_TOO_FEW,
                       _("A route needs at least two points"));
          return FALSE;
        }
      break;
    case GR_EDIT_ITEM_BATTERY:
    case GR_EDIT_ITEM_DEPLOYMENT:
    case GR_EDIT_ITEM_PATROL_POST:
    case GR_EDIT_ITEM_ZONE:
    case GR_EDIT_ITEM_NONE:
    default:
      break;
    }
  return gr_document_apply (doc, delete_label (item->kind), delete_func, (gpointer) item, error);
}

/* Adding */

typedef struct
{
  GrEditItemKind kind;
  const char *system;
  guint zone;
  guint vertex;
  GrLonLat at;
  GrRole role;
  char *id;
  char *name;
  char *code;
} Add;

static void
add_func (GrScenario *s,
          gpointer    user_data)
{
  Add *add = user_data;

  switch (add->kind)
    {
    case GR_EDIT_ITEM_BATTERY:
      {
        GrBattery b = { g_strdup (add->id), g_strdup (add->system), add->at };

        g_array_append_val (s->air_defense.batteries, b);
      }
      break;
    case GR_EDIT_ITEM_DEPLOYMENT:
      {
        GrDeployment d = {
          g_strdup (add->id), g_strdup (add->name), add->at, NEW_DEPLOYMENT_TROOPS,
          add->role, g_strdup (add->code),
        };

        g_array_append_val (s->force.deployments, d);
      }
      break;
    case GR_EDIT_ITEM_PATROL_POST:
      {
        GrMaritimePatrol p = { g_strdup (add->id), g_strdup (add->name), add->at };

        gr_quantity_init (&p.radius_km, NEW_PATROL_RADIUS_KM);
        p.partner = g_strdup (add->code);
        g_array_append_val (s->maritime.patrols, p);
      }
      break;
    case GR_EDIT_ITEM_ZONE_VERTEX:
      g_array_insert_val (g_array_index (s->air_patrol.zones, GrPatrolZone, add->zone).polygon,
                          add->vertex, add->at);
      break;
    case GR_EDIT_ITEM_ZONE:
    case GR_EDIT_ITEM_ZONE_BASE:
    case GR_EDIT_ITEM_ROUTE_POINT:
    case GR_EDIT_ITEM_NONE:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
apply_add (GrDocument  *doc,
           const char  *label,
           Add         *add,
           guint        index,
           GrEditItem  *added,
           GError     **error)
{
  gboolean ok = gr_document_apply (doc, label, add_func, add, error);

  g_free (add->id);
  g_free (add->name);
  g_free (add->code);
  if (ok && added != NULL)
    {
      if (add->kind == GR_EDIT_ITEM_ZONE_VERTEX)
        *added = (GrEditItem) { GR_EDIT_ITEM_ZONE_VERTEX, add->zone, add->vertex };
      else
        *added = (GrEditItem) { add->kind, index, 0 };
    }
  return ok;
}

gboolean
gr_edit_add_battery (GrDocument  *doc,
                     const char  *system_id,
                     GrLonLat     at,
                     GrEditItem  *added,
                     GError     **error)
{
  const GrScenario *s;
  Add add = { GR_EDIT_ITEM_BATTERY, system_id, .at = at };

  g_return_val_if_fail (GR_IS_DOCUMENT (doc) && system_id != NULL, FALSE);

  s = gr_document_get_scenario (doc);
  add.id = gr_edit_unique_id (s, system_id);
  return apply_add (doc, _("Add battery"), &add, s->air_defense.batteries->len, added, error);
}

/* The code of the first element that has one, else a fallback. */
static char *
first_code (const GArray *array,
            gsize         offset,
            const char   *fallback)
{
  if (array != NULL && array->len > 0)
    {
      const char *code = *(const char * const *) (array->data + offset);

      if (code != NULL)
        return g_strdup (code);
    }
  return g_strdup (fallback);
}

gboolean
gr_edit_add_deployment (GrDocument  *doc,
                        GrLonLat     at,
                        GrEditItem  *added,
                        GError     **error)
{
  return gr_edit_add_contingent (doc, at, NULL, GR_ROLE_BORDER, added, error);
}

gboolean
gr_edit_add_contingent (GrDocument  *doc,
                        GrLonLat     at,
                        const char  *nation,
                        GrRole       role,
                        GrEditItem  *added,
                        GError     **error)
{
  const GrScenario *s;
  Add add = { GR_EDIT_ITEM_DEPLOYMENT, .at = at, .role = role };
  guint n;

  g_return_val_if_fail (GR_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail ((guint) role < GR_N_ROLES, FALSE);

  s = gr_document_get_scenario (doc);
  n = s->force.deployments->len;
  add.id = gr_edit_unique_id (s, "deployment");
  if (nation != NULL)
    {
      add.code = g_strdup (nation);
      /* TRANSLATORS: name of a deployment added from the panel; %s is the nation */
      add.name = g_strdup_printf (_("%s contingent"), nation);
    }
  else
    {
      /* The nation of the first deployment: most scenarios have a lead nation. */
      add.code = first_code (s->force.deployments, G_STRUCT_OFFSET (GrDeployment, nation), "GB");
      /* TRANSLATORS: name of a deployment added on the map; %u is a number */
      add.name = g_strdup_printf (_("Deployment %u"), n + 1);
    }
  return apply_add (doc, _("Add deployment"), &add, n, added, error);
}

gboolean
gr_edit_add_patrol_post (GrDocument  *doc,
                         GrLonLat     at,
                         GrEditItem  *added,
                         GError     **error)
{
  const GrScenario *s;
  Add add = { GR_EDIT_ITEM_PATROL_POST, .at = at };
  guint n;

  g_return_val_if_fail (GR_IS_DOCUMENT (doc), FALSE);

  s = gr_document_get_scenario (doc);
  n = s->maritime.patrols->len;
  add.id = gr_edit_unique_id (s, "patrol");
  /* TRANSLATORS: name of a maritime patrol post added on the map; %u is a number */
  add.name = g_strdup_printf (_("Patrol post %u"), n + 1);
  add.code = first_code (s->maritime.patrols, G_STRUCT_OFFSET (GrMaritimePatrol, partner), "TR");
  return apply_add (doc, _("Add patrol post"), &add, n, added, error);
}

gboolean
gr_edit_add_zone_vertex (GrDocument  *doc,
                         guint        zone,
                         GrLonLat     at,
                         GrEditItem  *added,
                         GError     **error)
{
  GrEditItem item = { GR_EDIT_ITEM_ZONE, zone, 0 };
  Add add = { GR_EDIT_ITEM_ZONE_VERTEX, .zone = zone, .at = at };
  const GArray *polygon;
  double best = INFINITY;

  g_return_val_if_fail (GR_IS_DOCUMENT (doc), FALSE);

  if (!require_item (doc, &item, error))
    return FALSE;
  polygon = item_points (gr_document_get_scenario (doc), &item);
  /* Insert between the corners a, b where the detour a → at → b is
   * shortest compared with a → b: the edge the new corner is nearest. */
  for (guint i = 0; i < polygon->len; i++)
    {
      GrLonLat a = g_array_index (polygon, GrLonLat, i);
      GrLonLat b = g_array_index (polygon, GrLonLat, (i + 1) % polygon->len);
      double detour = gr_geodesy_distance_km (a, at) + gr_geodesy_distance_km (at, b)
                      - gr_geodesy_distance_km (a, b);

      if (detour < best)
        {
          best = detour;
          add.vertex = i + 1;
        }
    }
  return apply_add (doc, _("Add zone corner"), &add, zone, added, error);
}

/* Setting fields */

typedef struct
{
  const GrEditItem *item;
  GrEditField field;
  double number;
  const char *text;
} Set;

/* Sets a quantity's value, widening its sourced range to hold it: the user
 * has chosen a value outside what the source gave. */
static void
set_quantity (GrQuantity *q,
              double      value)
{
  q->value = value;
  if (!isnan (q->low) && value < q->low)
    q->low = value;
  if (!isnan (q->high) && value > q->high)
    q->high = value;
}

static void
replace_string (char       **field,
                const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* A name typed by the user is the item's name in every language: the
 * Ukrainian one the file may have had no longer applies. */
static void
set_name (char      **name,
          char      **name_uk,
          const char *text)
{
  replace_string (name, text);
  g_clear_pointer (name_uk, g_free);
}

static void
set_func (GrScenario *s,
          gpointer    user_data)
{
  Set *set = user_data;
  GArray *array = item_array (s, set->item->kind);
  guint i = set->item->index;

  switch (set->item->kind)
    {
    case GR_EDIT_ITEM_BATTERY:
      replace_string (&g_array_index (array, GrBattery, i).system, set->text);
      break;
    case GR_EDIT_ITEM_DEPLOYMENT:
      {
        GrDeployment *d = &g_array_index (array, GrDeployment, i);

        if (set->field == GR_EDIT_FIELD_NAME)
          set_name (&d->name, &d->name_uk, set->text);
        else if (set->field == GR_EDIT_FIELD_NATION)
          replace_string (&d->nation, set->text);
        else if (set->field == GR_EDIT_FIELD_TROOPS)
          d->troops = set->number;
        else
          d->role = (GrRole) set->number;
      }
      break;
    case GR_EDIT_ITEM_PATROL_POST:
      {
        GrMaritimePatrol *p = &g_array_index (array, GrMaritimePatrol, i);

        if (set->field == GR_EDIT_FIELD_NAME)
          set_name (&p->name, &p->name_uk, set->text);
        else if (set->field == GR_EDIT_FIELD_PARTNER)
          replace_string (&p->partner, set->text);
        else
          set_quantity (&p->radius_km, set->number);
      }
      break;
    case GR_EDIT_ITEM_ZONE:
    case GR_EDIT_ITEM_ZONE_VERTEX:
    case GR_EDIT_ITEM_ZONE_BASE:
      {
        GrPatrolZone *z = &g_array_index (array, GrPatrolZone, i);

        if (set->field == GR_EDIT_FIELD_NAME)
          set_name (&z->name, &z->name_uk, set->text);
        else if (set->field == GR_EDIT_FIELD_STATIONS)
          z->stations = (int) set->number;
        else
          z->aircraft_assigned = (int) set->number;
      }
      break;
    case GR_EDIT_ITEM_ROUTE_POINT:
      {
        GrRoute *r = &g_array_index (array, GrRoute, i);

        if (set->field == GR_EDIT_FIELD_NAME)
          set_name (&r->name, &r->name_uk, set->text);
        else
          set_quantity (&r->ships_per_month, set->number);
      }
      break;
    case GR_EDIT_ITEM_NONE:
    default:
      g_assert_not_reached ();
    }
}

/* Whether the field belongs to the item's kind, and the undo label. */
static const char *
field_label (GrEditItemKind kind,
             GrEditField    field)
{
  gboolean zone = kind == GR_EDIT_ITEM_ZONE || kind == GR_EDIT_ITEM_ZONE_VERTEX ||
                  kind == GR_EDIT_ITEM_ZONE_BASE;

  switch (field)
    {
    case GR_EDIT_FIELD_NAME:
      return kind != GR_EDIT_ITEM_BATTERY ? _("Rename") : NULL;
    case GR_EDIT_FIELD_NATION:
      return kind == GR_EDIT_ITEM_DEPLOYMENT ? _("Change nation") : NULL;
    case GR_EDIT_FIELD_TROOPS:
      return kind == GR_EDIT_ITEM_DEPLOYMENT ? _("Change troops") : NULL;
    case GR_EDIT_FIELD_ROLE:
      return kind == GR_EDIT_ITEM_DEPLOYMENT ? _("Change role") : NULL;
    case GR_EDIT_FIELD_SYSTEM:
      return kind == GR_EDIT_ITEM_BATTERY ? _("Change air-defence system") : NULL;
    case GR_EDIT_FIELD_STATIONS:
      return zone ? _("Change patrol stations") : NULL;
    case GR_EDIT_FIELD_AIRCRAFT:
      return zone ? _("Change aircraft assigned") : NULL;
    case GR_EDIT_FIELD_RADIUS:
      return kind == GR_EDIT_ITEM_PATROL_POST ? _("Change patrol radius") : NULL;
    case GR_EDIT_FIELD_PARTNER:
      return kind == GR_EDIT_ITEM_PATROL_POST ? _("Change patrol partner") : NULL;
    case GR_EDIT_FIELD_SHIPS:
      return kind == GR_EDIT_ITEM_ROUTE_POINT ? _("Change ships a month") : NULL;
    default:
      return NULL;
    }
}

static gboolean
apply_set (GrDocument *doc,
           Set        *set,
           gboolean    text,
           GError    **error)
{
  const char *label;

  if (!require_item (doc, set->item, error))
    return FALSE;
  label = field_label (set->item->kind, set->field);
  if (label == NULL || text != (set->field == GR_EDIT_FIELD_NAME || set->field == GR_EDIT_FIELD_NATION
                                || set->field == GR_EDIT_FIELD_SYSTEM
                                || set->field == GR_EDIT_FIELD_PARTNER))
    {
      g_set_error (error, GR_EDIT_ERROR, GR_EDIT_ERROR_NOT_EDITABLE,
                   _("This field cannot be set on this item"));
      return FALSE;
    }
  if (set->field == GR_EDIT_FIELD_SYSTEM
      && gr_scenario_find_system (gr_document_get_scenario (doc), set->text) == NULL)
    {
      g_set_error (error, GR_EDIT_ERROR, GR_EDIT_ERROR_NOT_EDITABLE,
                   _("The scenario has no air-defence system “%s”"), set->text);
      return FALSE;
    }
  if (set->field == GR_EDIT_FIELD_ROLE && !(set->number >= 0 && set->number < GR_N_ROLES))
    {
      g_set_error (error, GR_EDIT_ERROR, GR_EDIT_ERROR_NOT_EDITABLE, _("There is no such role"));
      return FALSE;
    }
  return gr_document_apply (doc, label, set_func, set, error);
}

gboolean
gr_edit_set_number (GrDocument       *doc,
                    const GrEditItem *item,
                    GrEditField       field,
                    double            value,
                    GError          **error)
{
  Set set = { item, field, value, NULL };

  g_return_val_if_fail (GR_IS_DOCUMENT (doc) && item != NULL, FALSE);

  return apply_set (doc, &set, FALSE, error);
}

gboolean
gr_edit_set_text (GrDocument       *doc,
                  const GrEditItem *item,
                  GrEditField       field,
                  const char       *value,
                  GError          **error)
{
  Set set = { item, field, 0, value };

  g_return_val_if_fail (GR_IS_DOCUMENT (doc) && item != NULL && value != NULL, FALSE);

  return apply_set (doc, &set, TRUE, error);
}
