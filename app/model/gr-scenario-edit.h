/* gr-scenario-edit.h — the map's edits: move, add, delete and set fields of placed items
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every function here is one gr_document_apply(): it is checked, undoable
 * and re-evaluates the metrics.  The map (drags, the context menu, the
 * inspector) and the tests call the same functions, so what the tests prove
 * is what the map does.  Items are named by kind and index, like the
 * overlay's hit-test results (the GUI converts one into the other).
 */

#pragma once

#include "gr-document.h"
#include "gr-scenario.h"

G_BEGIN_DECLS

#define GR_EDIT_ERROR (gr_edit_error_quark ())

typedef enum
{
  GR_EDIT_ERROR_NO_ITEM,       /* the item is not in the scenario */
  GR_EDIT_ERROR_NOT_EDITABLE,  /* e.g. deleting an air base, or the field does not apply */
  GR_EDIT_ERROR_TOO_FEW,       /* a zone needs 3 corners, a route 2 points */
} GrEditError;

/* A scenario item that can be selected, hit on the map and edited. */
typedef enum
{
  GR_EDIT_ITEM_NONE,
  GR_EDIT_ITEM_BATTERY,        /* air_defense.batteries[index] */
  GR_EDIT_ITEM_DEPLOYMENT,     /* force.deployments[index] */
  GR_EDIT_ITEM_PATROL_POST,    /* maritime.patrols[index] */
  GR_EDIT_ITEM_ZONE,           /* air_patrol.zones[index] (moves as a whole) */
  GR_EDIT_ITEM_ZONE_VERTEX,    /* air_patrol.zones[index].polygon[vertex] */
  GR_EDIT_ITEM_ZONE_BASE,      /* air_patrol.zones[index].base */
  GR_EDIT_ITEM_ROUTE_POINT,    /* maritime.routes[index].path[vertex] */
} GrEditItemKind;

typedef struct
{
  GrEditItemKind kind;
  guint index;
  guint vertex;
} GrEditItem;

/* Fields the inspector edits. */
typedef enum
{
  GR_EDIT_FIELD_NAME,          /* text: deployment, zone, patrol post, route */
  GR_EDIT_FIELD_NATION,        /* text (ISO alpha-2): deployment */
  GR_EDIT_FIELD_TROOPS,        /* number: deployment */
  GR_EDIT_FIELD_ROLE,          /* number (GrRole): deployment */
  GR_EDIT_FIELD_SYSTEM,        /* text (system id): battery */
  GR_EDIT_FIELD_STATIONS,      /* number: zone */
  GR_EDIT_FIELD_AIRCRAFT,      /* number: zone, aircraft assigned */
  GR_EDIT_FIELD_RADIUS,        /* number (km): patrol post */
  GR_EDIT_FIELD_PARTNER,       /* text (ISO alpha-2): patrol post */
  GR_EDIT_FIELD_SHIPS,         /* number (ships a month): route */
} GrEditField;

GQuark   gr_edit_error_quark       (void);

/* Whether the item exists in s; for a ZONE_VERTEX or ROUTE_POINT also its
 * vertex. */
gboolean gr_edit_item_exists       (const GrScenario *s,
                                    const GrEditItem *item);
/* The id of the item's element (the zone's for a vertex, the route's for a
 * point), or NULL. */
const char *gr_edit_item_id        (const GrScenario *s,
                                    const GrEditItem *item);
/* The place that moves when the item is dragged: its position, the vertex,
 * or a zone's first corner. */
gboolean gr_edit_item_position     (const GrScenario *s,
                                    const GrEditItem *item,
                                    GrLonLat         *position);

/* An id not used by any item of s: "<prefix>-<n>" with the smallest n ≥ 1. */
char    *gr_edit_unique_id         (const GrScenario *s,
                                    const char       *prefix);

/* Moves the item so that its gr_edit_item_position() is @to; a zone moves
 * as a whole (its air base stays). */
gboolean gr_edit_move              (GrDocument       *doc,
                                    const GrEditItem *item,
                                    GrLonLat          to,
                                    GError          **error);
/* Deletes the item: a battery, deployment, patrol post or zone, or one
 * corner of a zone (≥ 3 stay) or one point of a route (≥ 2 stay). */
gboolean gr_edit_delete            (GrDocument       *doc,
                                    const GrEditItem *item,
                                    GError          **error);

/* Adds an item at @at; *@added (may be NULL) says what was added. */
gboolean gr_edit_add_battery       (GrDocument       *doc,
                                    const char       *system_id,
                                    GrLonLat          at,
                                    GrEditItem       *added,
                                    GError          **error);
gboolean gr_edit_add_deployment    (GrDocument       *doc,
                                    GrLonLat          at,
                                    GrEditItem       *added,
                                    GError          **error);
/* A deployment of @nation (ISO alpha-2; NULL for the scenario's lead
 * nation) in @role; gr_edit_add_deployment() is a border deployment of the
 * lead nation. */
gboolean gr_edit_add_contingent    (GrDocument       *doc,
                                    GrLonLat          at,
                                    const char       *nation,
                                    GrRole            role,
                                    GrEditItem       *added,
                                    GError          **error);
gboolean gr_edit_add_patrol_post   (GrDocument       *doc,
                                    GrLonLat          at,
                                    GrEditItem       *added,
                                    GError          **error);
/* Inserts a corner into zone @zone, on the edge where it lengthens the
 * outline least. */
gboolean gr_edit_add_zone_vertex   (GrDocument       *doc,
                                    guint             zone,
                                    GrLonLat          at,
                                    GrEditItem       *added,
                                    GError          **error);

/* Sets a field of the item (of its zone or route for a vertex or point). */
gboolean gr_edit_set_number        (GrDocument       *doc,
                                    const GrEditItem *item,
                                    GrEditField       field,
                                    double            value,
                                    GError          **error);
gboolean gr_edit_set_text          (GrDocument       *doc,
                                    const GrEditItem *item,
                                    GrEditField       field,
                                    const char       *value,
                                    GError          **error);

G_END_DECLS
