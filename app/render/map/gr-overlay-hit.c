/* gr-overlay-hit.c — what lies under the pointer, and all layers in stacking order
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Hit-testing follows the drawing: symbols are tested where the painters put
 * them (the force after de-cluttering), with the same scale, and symbols and
 * handles win over the areas under them.
 */

#include "config.h"

#include <math.h>

#include "gr-overlay-private.h"

/* Extra device pixels around small targets, for fingers and touchpads. */
#define SLOP 3.0

void
gr_overlay_draw_all (cairo_t              *cr,
                     const GrMapView      *view,
                     const GrScenario     *s,
                     const GrMetrics      *m,
                     const GrOverlayStyle *style)
{
  g_return_if_fail (cr != NULL && view != NULL && s != NULL);

  style = gr_overlay_style_or_default (style);
  if (style->layers & GR_OVERLAY_PATROL_ZONES)
    gr_overlay_patrol_zones_draw (cr, view, s, m, style);
  if (style->layers & GR_OVERLAY_AIR_DEFENSE)
    gr_overlay_air_defense_draw (cr, view, s, m, style);
  if (style->layers & GR_OVERLAY_MARITIME)
    gr_overlay_maritime_draw (cr, view, s, m, style);
  if (style->layers & GR_OVERLAY_FORCE)
    gr_overlay_force_draw (cr, view, s, m, style);
}

static gboolean
near (const GrMapView *view,
      GrLonLat         p,
      double           x,
      double           y,
      double           radius)
{
  double px, py;

  gr_map_view_to_device (view, p.lon, p.lat, &px, &py);
  return hypot (px - x, py - y) <= radius;
}

static gboolean
set_hit (GrOverlayHit      *hit,
         GrEditItemKind  kind,
         guint              index,
         guint              vertex,
         const char        *id)
{
  *hit = (GrOverlayHit) { .kind = kind, .index = index, .vertex = vertex, .id = id };
  return TRUE;
}

static gboolean
hit_force (const GrMapView      *view,
           const GrScenario     *s,
           const GrOverlayStyle *style,
           double x, double y, double k,
           GrOverlayHit         *hit)
{
  g_autoptr(GArray) symbols = gr_overlay_force_layout (view, s, style);
  double hw, hh;

  gr_overlay_force_frame_size (k, &hw, &hh);
  /* the last drawn is on top */
  for (guint i = symbols->len; i-- > 0;)
    {
      const GrForceSymbol *sym = &g_array_index (symbols, GrForceSymbol, i);

      if (fabs (x - sym->x) <= hw + SLOP && fabs (y - sym->y) <= hh + SLOP)
        return set_hit (hit, GR_EDIT_ITEM_DEPLOYMENT, sym->first, 0,
                        g_array_index (s->force.deployments, GrDeployment, sym->first).id);
    }
  return FALSE;
}

static gboolean
hit_batteries (const GrMapView  *view,
               const GrScenario *s,
               double x, double y, double k,
               GrOverlayHit     *hit)
{
  const GArray *batteries = s->air_defense.batteries;

  for (guint i = batteries != NULL ? batteries->len : 0; i-- > 0;)
    {
      const GrBattery *b = &g_array_index (batteries, GrBattery, i);

      if (near (view, b->position, x, y, gr_overlay_battery_room (k) + SLOP))
        return set_hit (hit, GR_EDIT_ITEM_BATTERY, i, 0, b->id);
    }
  return FALSE;
}

static gboolean
hit_maritime_points (const GrMapView  *view,
                     const GrScenario *s,
                     double x, double y, double k,
                     GrOverlayHit     *hit)
{
  const GArray *routes = s->maritime.routes;
  const GArray *patrols = s->maritime.patrols;

  for (guint i = 0; routes != NULL && i < routes->len; i++)
    {
      const GrRoute *r = &g_array_index (routes, GrRoute, i);

      for (guint v = 0; r->path != NULL && v < r->path->len; v++)
        if (near (view, g_array_index (r->path, GrLonLat, v), x, y, 8.5 * k + SLOP))
          return set_hit (hit, GR_EDIT_ITEM_ROUTE_POINT, i, v, r->id);
    }
  for (guint i = 0; patrols != NULL && i < patrols->len; i++)
    {
      const GrMaritimePatrol *p = &g_array_index (patrols, GrMaritimePatrol, i);

      if (near (view, p->position, x, y, 9 * k + SLOP))
        return set_hit (hit, GR_EDIT_ITEM_PATROL_POST, i, 0, p->id);
    }
  return FALSE;
}

static gboolean
hit_zone_handles (const GrMapView  *view,
                  const GrScenario *s,
                  double x, double y, double k,
                  GrOverlayHit     *hit)
{
  const GArray *zones = s->air_patrol.zones;

  for (guint i = 0; zones != NULL && i < zones->len; i++)
    {
      const GrPatrolZone *z = &g_array_index (zones, GrPatrolZone, i);

      if (near (view, z->base, x, y, 7 * k + SLOP))
        return set_hit (hit, GR_EDIT_ITEM_ZONE_BASE, i, 0, z->id);
      for (guint v = 0; z->polygon != NULL && v < z->polygon->len; v++)
        if (near (view, g_array_index (z->polygon, GrLonLat, v), x, y, 5 * k + SLOP))
          return set_hit (hit, GR_EDIT_ITEM_ZONE_VERTEX, i, v, z->id);
    }
  return FALSE;
}

static gboolean
hit_areas (const GrMapView      *view,
           const GrScenario     *s,
           const GrOverlayStyle *style,
           double x, double y,
           GrOverlayHit         *hit)
{
  const GArray *zones = s->air_patrol.zones;
  const GArray *patrols = s->maritime.patrols;

  if (style->layers & GR_OVERLAY_MARITIME)
    for (guint i = 0; patrols != NULL && i < patrols->len; i++)
      {
        const GrMaritimePatrol *p = &g_array_index (patrols, GrMaritimePatrol, i);
        GrLonLat at;

        gr_map_view_from_device (view, x, y, &at.lon, &at.lat);
        if (gr_geodesy_distance_km (at, p->position) <= p->radius_km.value)
          return set_hit (hit, GR_EDIT_ITEM_PATROL_POST, i, 0, p->id);
      }
  if (style->layers & GR_OVERLAY_PATROL_ZONES)
    for (guint i = zones != NULL ? zones->len : 0; i-- > 0;)
      {
        const GrPatrolZone *z = &g_array_index (zones, GrPatrolZone, i);

        if (z->polygon != NULL && z->polygon->len >= 3 &&
            gr_overlay_point_in_polygon (view, z->polygon, x, y))
          return set_hit (hit, GR_EDIT_ITEM_ZONE, i, 0, z->id);
      }
  return FALSE;
}

gboolean
gr_overlay_hit_test (const GrMapView      *view,
                     const GrScenario     *s,
                     const GrOverlayStyle *style,
                     double                x,
                     double                y,
                     GrOverlayHit         *hit)
{
  double k;

  g_return_val_if_fail (view != NULL && s != NULL && hit != NULL, FALSE);

  *hit = (GrOverlayHit) { .kind = GR_EDIT_ITEM_NONE };
  style = gr_overlay_style_or_default (style);
  k = gr_overlay_symbol_scale (view, style);

  /* Top of the stack first: the order gr_overlay_draw_all() paints, reversed. */
  if ((style->layers & GR_OVERLAY_FORCE) && hit_force (view, s, style, x, y, k, hit))
    return TRUE;
  if ((style->layers & GR_OVERLAY_MARITIME) && hit_maritime_points (view, s, x, y, k, hit))
    return TRUE;
  if ((style->layers & GR_OVERLAY_AIR_DEFENSE) && hit_batteries (view, s, x, y, k, hit))
    return TRUE;
  if ((style->layers & GR_OVERLAY_PATROL_ZONES) && hit_zone_handles (view, s, x, y, k, hit))
    return TRUE;
  return hit_areas (view, s, style, x, y, hit);
}
