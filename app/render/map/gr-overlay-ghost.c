/* gr-overlay-ghost.c — a compared scenario's instruments as outlines over the map
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When two scenarios are compared, one is drawn by the ordinary painters
 * and the other as a ghost: unfilled, dashed outlines in ink on a pale
 * halo, so both read on any base map and neither hides the other.  Its
 * batteries are hollow circles with their nominal range dashed around
 * them, its deployments hollow squares, its patrol zones and routes
 * dashed lines.  The outline and the dash say "the other scenario", not a
 * colour.  GTK-free, like every painter: the screen and the export share it.
 */

#include "config.h"

#include "gr-overlay-private.h"

#include <math.h>

#define GHOST_LINE_PX 2.0
#define GHOST_HALO_PX 4.5
#define GHOST_DASH_PX 7.0
#define GHOST_BATTERY_RADIUS_PX 7.0
#define GHOST_DEPLOYMENT_HALF_PX 8.0

/* Strokes the current path twice: a pale halo, then the dashed ink. */
static void
stroke_ghost (cairo_t              *cr,
              const GrOverlayStyle *style,
              double                scale)
{
  double dash[] = { GHOST_DASH_PX * scale, 0.6 * GHOST_DASH_PX * scale };
  GrRgb halo = style->dark ? GR_OVERLAY_RGB_DARK_HALO : GR_OVERLAY_RGB_HALO;
  GrRgb ink = style->dark ? GR_OVERLAY_RGB_DARK_INK : GR_OVERLAY_RGB_INK;

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_source_rgba (cr, halo.r, halo.g, halo.b, 0.8);
  cairo_set_line_width (cr, GHOST_HALO_PX * scale);
  cairo_stroke_preserve (cr);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_set_source_rgb (cr, ink.r, ink.g, ink.b);
  cairo_set_line_width (cr, GHOST_LINE_PX * scale);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_batteries (cairo_t              *cr,
                const GrMapView      *view,
                const GrScenario     *s,
                const GrOverlayStyle *style,
                double                scale)
{
  const GArray *batteries = s->air_defense.batteries;

  for (guint i = 0; batteries != NULL && i < batteries->len; i++)
    {
      const GrBattery *b = &g_array_index (batteries, GrBattery, i);
      const GrAirDefenseSystem *system = gr_scenario_find_system (s, b->system);
      double x, y;

      if (system != NULL && system->range_km.value > 0
          && gr_overlay_circle_visible (view, b->position, system->range_km.value, 0))
        {
          cairo_new_path (cr);
          gr_overlay_circle_path (cr, view, b->position, system->range_km.value);
          stroke_ghost (cr, style, scale);
        }
      gr_map_view_to_device (view, b->position.lon, b->position.lat, &x, &y);
      cairo_new_path (cr);
      cairo_arc (cr, x, y, GHOST_BATTERY_RADIUS_PX * scale, 0, 2 * G_PI);
      stroke_ghost (cr, style, scale);
    }
}

static void
draw_zones (cairo_t              *cr,
            const GrMapView      *view,
            const GrScenario     *s,
            const GrOverlayStyle *style,
            double                scale)
{
  const GArray *zones = s->air_patrol.zones;

  for (guint i = 0; zones != NULL && i < zones->len; i++)
    {
      const GrPatrolZone *z = &g_array_index (zones, GrPatrolZone, i);

      if (z->polygon == NULL || z->polygon->len < 3)
        continue;
      cairo_new_path (cr);
      gr_overlay_polygon_path (cr, view, z->polygon);
      stroke_ghost (cr, style, scale);
    }
}

static void
draw_deployments (cairo_t              *cr,
                  const GrMapView      *view,
                  const GrScenario     *s,
                  const GrOverlayStyle *style,
                  double                scale)
{
  const GArray *deployments = s->force.deployments;
  double half = GHOST_DEPLOYMENT_HALF_PX * scale;

  for (guint i = 0; deployments != NULL && i < deployments->len; i++)
    {
      const GrDeployment *d = &g_array_index (deployments, GrDeployment, i);
      double x, y;

      gr_map_view_to_device (view, d->position.lon, d->position.lat, &x, &y);
      cairo_new_path (cr);
      cairo_rectangle (cr, x - half, y - half, 2 * half, 2 * half);
      stroke_ghost (cr, style, scale);
    }
}

static void
draw_routes (cairo_t              *cr,
             const GrMapView      *view,
             const GrScenario     *s,
             const GrOverlayStyle *style,
             double                scale)
{
  const GArray *routes = s->maritime.routes;

  for (guint i = 0; routes != NULL && i < routes->len; i++)
    {
      const GrRoute *r = &g_array_index (routes, GrRoute, i);

      if (r->path == NULL || r->path->len < 2)
        continue;
      cairo_new_path (cr);
      gr_overlay_route_path (cr, view, r);
      stroke_ghost (cr, style, scale);
    }
}

void
gr_overlay_ghost_draw (cairo_t              *cr,
                       const GrMapView      *view,
                       const GrScenario     *s,
                       const GrOverlayStyle *style)
{
  double scale;

  g_return_if_fail (cr != NULL && view != NULL && s != NULL);

  style = gr_overlay_begin (cr, style);
  scale = gr_overlay_symbol_scale (view, style);
  cairo_save (cr);
  if (style->layers & GR_OVERLAY_PATROL_ZONES)
    draw_zones (cr, view, s, style, scale);
  if (style->layers & GR_OVERLAY_AIR_DEFENSE)
    draw_batteries (cr, view, s, style, scale);
  if (style->layers & GR_OVERLAY_MARITIME)
    draw_routes (cr, view, s, style, scale);
  if (style->layers & GR_OVERLAY_FORCE)
    draw_deployments (cr, view, s, style, scale);
  cairo_restore (cr);
}
