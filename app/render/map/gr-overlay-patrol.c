/* gr-overlay-patrol.c — joint air-patrol zones: hatched areas, bases, sustainability
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "gr-geo-names.h"
#include "gr-overlay-private.h"

#define HATCH_SPACING 9.0

/* Area centroid of the projected polygon (shoelace); the vertex mean when
 * the polygon is degenerate. */
static void
polygon_centroid (const GrMapView *view,
                  const GArray    *polygon,
                  double          *cx,
                  double          *cy)
{
  double a = 0, sx = 0, sy = 0, mx = 0, my = 0;
  guint n = polygon->len;

  for (guint i = 0; i < n; i++)
    {
      const GrLonLat *p = &g_array_index (polygon, GrLonLat, i);
      const GrLonLat *q = &g_array_index (polygon, GrLonLat, (i + 1) % n);
      double x0, y0, x1, y1, cross;

      gr_map_view_to_device (view, p->lon, p->lat, &x0, &y0);
      gr_map_view_to_device (view, q->lon, q->lat, &x1, &y1);
      cross = x0 * y1 - x1 * y0;
      a += cross;
      sx += (x0 + x1) * cross;
      sy += (y0 + y1) * cross;
      mx += x0;
      my += y0;
    }
  if (fabs (a) < 1e-9)
    {
      *cx = mx / n;
      *cy = my / n;
      return;
    }
  *cx = sx / (3 * a);
  *cy = sy / (3 * a);
}

/* Diagonal hatching inside the current clip, anchored to world pixels so
 * that adjacent views (tiles, panned frames) line up: the lines
 * x + y = 0 (mod HATCH_SPACING) in world pixels. */
static void
hatch (cairo_t         *cr,
       const GrMapView *view,
       double           x0,
       double           y0,
       double           x1,
       double           y1)
{
  double offset = fmod (view->x + view->y, HATCH_SPACING);
  double start = floor ((x0 + y0) / HATCH_SPACING) * HATCH_SPACING - offset;

  for (double c = start; c <= x1 + y1 + HATCH_SPACING; c += HATCH_SPACING)
    {
      /* the line x + y = c across the box */
      cairo_move_to (cr, c - y0, y0);
      cairo_line_to (cr, c - y1, y1);
    }
}

/* The hatching's ink, for the lines and for the square alike. */
static void
set_hatch_ink (cairo_t *cr)
{
  gr_palette_set_source (cr, GR_OVERLAY_RGB_PATROL, 0.35);
  cairo_set_line_width (cr, 1.0);
}

/* The same hatching as a repeating pattern, for raster targets: the lines
 * repeat every HATCH_SPACING across and down, so one square of them, laid
 * on the device pixels from the view's corner, tiles the plane exactly as
 * the lines would fall.  Filling a zone with it costs a fill, where
 * stroking a few hundred lines under the zone's clip cost most of the
 * zones' frame.  NULL when the device pixels do not make a whole square (a
 * fractional scale, such as an export's 1.5); a vector target keeps real
 * lines. */
static cairo_pattern_t *
hatch_pattern (cairo_t         *cr,
               const GrMapView *view)
{
  cairo_surface_t *target = cairo_get_target (cr);
  double offset = fmod (view->x + view->y, HATCH_SPACING);
  cairo_surface_t *square;
  cairo_pattern_t *pattern;
  cairo_matrix_t ctm;
  double sx, sy, scale, side;
  cairo_t *scr;

  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return NULL;
  /* user units to device pixels: the surface's scale and the context's
   * (an export scales the whole map) */
  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_get_matrix (cr, &ctm);
  scale = ctm.xx * sx;
  side = HATCH_SPACING * scale;
  if (ctm.xy != 0 || ctm.yx != 0 || ctm.xx * sx != ctm.yy * sy ||
      side < 1 || fabs (side - round (side)) > 1e-9)
    return NULL;

  square = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) round (side), (int) round (side));
  cairo_surface_set_device_scale (square, scale, scale);
  scr = cairo_create (square);
  /* the lines x + y = c that cross the square, hatch()'s c, and their
   * neighbours, so the anti-aliased edges wrap around */
  for (double c = -offset - HATCH_SPACING; c <= 3 * HATCH_SPACING; c += HATCH_SPACING)
    {
      cairo_move_to (scr, c + 1, -1);
      cairo_line_to (scr, c - HATCH_SPACING - 1, HATCH_SPACING + 1);
    }
  set_hatch_ink (scr);
  cairo_stroke (scr);
  cairo_destroy (scr);

  pattern = cairo_pattern_create_for_surface (square);
  cairo_surface_destroy (square);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_NEAREST);
  return pattern;
}

void
gr_overlay_draw_air_base (cairo_t *cr,
                          double   x,
                          double   y,
                          double   k,
                          gboolean selected)
{
  double r = 7.0 * k;

  gr_overlay_log_symbol (cr, x - r, y - r, 2 * r, 2 * r);
  cairo_save (cr);
  cairo_new_path (cr);
  if (selected)
    {
      cairo_arc (cr, x, y, r + 4 * k, 0, 2 * G_PI);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_SELECTION, 0.9);
      cairo_fill (cr);
    }
  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_HALO, 1);
  cairo_fill_preserve (cr);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_PATROL, 1);
  cairo_set_line_width (cr, 1.6 * k);
  cairo_stroke (cr);
  /* a fighter seen from above: fuselage, swept wings, tailplane */
  cairo_move_to (cr, x, y - 0.75 * r);
  cairo_line_to (cr, x + 0.12 * r, y - 0.3 * r);
  cairo_line_to (cr, x + 0.7 * r, y + 0.15 * r);
  cairo_line_to (cr, x + 0.12 * r, y + 0.1 * r);
  cairo_line_to (cr, x + 0.35 * r, y + 0.6 * r);
  cairo_line_to (cr, x, y + 0.5 * r);
  cairo_line_to (cr, x - 0.35 * r, y + 0.6 * r);
  cairo_line_to (cr, x - 0.12 * r, y + 0.1 * r);
  cairo_line_to (cr, x - 0.7 * r, y + 0.15 * r);
  cairo_line_to (cr, x - 0.12 * r, y - 0.3 * r);
  cairo_close_path (cr);
  cairo_fill (cr);
  cairo_restore (cr);
}

void
gr_overlay_draw_warning (cairo_t *cr,
                         double   x,
                         double   y,
                         double   k)
{
  double h = 13.0 * k;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, x, y - h / 2);
  cairo_line_to (cr, x + 0.58 * h, y + h / 2);
  cairo_line_to (cr, x - 0.58 * h, y + h / 2);
  cairo_close_path (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_HALO, 1);
  cairo_set_line_width (cr, 3 * k);
  cairo_stroke_preserve (cr);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_WARNING, 1);
  cairo_fill (cr);
  cairo_restore (cr);
  gr_overlay_symbol_text (cr, "!", x, y + 0.12 * h, 10 * k, GR_OVERLAY_RGB_HALO);
  /* the base map's names keep off it, as off the words beside it */
  gr_overlay_log_symbol (cr, x - 0.58 * h - 1.5 * k, y - h / 2 - 1.5 * k, 1.16 * h + 3 * k,
                         h + 3 * k);
}

/* The zone's name, its figures where there is room for them, and what it
 * lacks when it cannot hold its stations; placed where the widest of them
 * fits (a long name, as in Ukrainian, needs more room than a short one). */
static void
draw_label (cairo_t                    *cr,
            const GrMapView            *view,
            const GrZoneLabelObstacles *obstacles,
            const GrPatrolZone         *zone,
            const GrPatrolZoneMetrics  *zm,
            double                      top,
            double                      bottom,
            double                      cx,
            double                      cy,
            double                      k)
{
  int required = zm != NULL ? (int) ceil (zm->aircraft_required - 1e-9) : -1;
  g_autofree char *line2 = NULL;
  g_autofree char *needs = NULL;
  double line = 13 * k, width, w, h, needs_width = 0;

  /* the figures only where there is room for them (the warning always) */
  if (view->zoom >= 5.5)
    {
      /* TRANSLATORS: the first half of a patrol zone's figures */
      g_autofree char *stations = g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%d station",
                                                              "%d stations", zone->stations),
                                                   zone->stations);

      if (required >= 0 && zm->station_reachable)
        /* TRANSLATORS: a patrol zone's figures: stations, aircraft assigned/required */
        line2 = g_strdup_printf (_("%s · %d/%d aircraft"), stations,
                                 zone->aircraft_assigned, required);
      else
        /* TRANSLATORS: a patrol zone's figures: stations, aircraft assigned */
        line2 = g_strdup_printf (_("%s · %d aircraft"), stations, zone->aircraft_assigned);
    }
  if (zm != NULL && !zm->sustainable)
    {
      if (zm->station_reachable && required > zone->aircraft_assigned)
        /* TRANSLATORS: aircraft a patrol zone lacks to hold its stations */
        needs = g_strdup_printf (dngettext (GETTEXT_PACKAGE, "needs %d more aircraft",
                                            "needs %d more aircraft",
                                            required - zone->aircraft_assigned),
                                 required - zone->aircraft_assigned);
      else
        /* TRANSLATORS: a patrol zone too far from its base to hold a station */
        needs = g_strdup (_("out of the fighters' reach"));
    }

  gr_overlay_text_size (cr, GR_ITEM_NAME (zone), 12 * k, TRUE, &width, &h);
  if (line2 != NULL)
    {
      gr_overlay_text_size (cr, line2, 10.5 * k, FALSE, &w, &h);
      width = MAX (width, w);
    }
  if (needs != NULL)
    {
      gr_overlay_text_size (cr, needs, 10.5 * k, TRUE, &needs_width, &h);
      width = MAX (width, needs_width + 14 * k);   /* the warning sign before it */
    }
  gr_overlay_zone_label_place (view, obstacles, zone->polygon, top, bottom, k,
                               width / 2 + 4 * k, line, &cx, &cy);

  gr_overlay_text (cr, GR_ITEM_NAME (zone), cx, cy - line * 0.5, 0.5, 1, 12 * k, TRUE,
                   GR_OVERLAY_RGB_PATROL);
  if (line2 != NULL)
    gr_overlay_text (cr, line2, cx, cy - line * 0.5, 0.5, 0, 10.5 * k, FALSE,
                     GR_OVERLAY_RGB_INK);
  if (needs != NULL)
    {
      gr_overlay_draw_warning (cr, cx - needs_width / 2 - 2 * k, cy + line * 1.15, k);
      gr_overlay_text (cr, needs, cx + 7 * k, cy + line * 1.15, 0.5, 0.5, 10.5 * k,
                       TRUE, GR_OVERLAY_RGB_WARNING);
    }
}

static void
draw_zone (cairo_t                    *cr,
           const GrMapView            *view,
           const GrScenario           *s,
           const GrMetrics            *m,
           const GrOverlayStyle       *style,
           const GrZoneLabelObstacles *obstacles,
           guint                       index,
           double                      k)
{
  const GrPatrolZone *zone = &g_array_index (s->air_patrol.zones, GrPatrolZone, index);
  gboolean selected = gr_overlay_is_selected (style, GR_EDIT_ITEM_ZONE, index) ||
                      (style->selected.kind == GR_EDIT_ITEM_ZONE_VERTEX &&
                       style->selected.index == index);
  const GrPatrolZoneMetrics *zm = gr_overlay_zone_metrics (m, index);
  /* Not sustainable: too few aircraft, or a station beyond the fighters' reach. */
  gboolean short_of_aircraft = zm != NULL && !zm->sustainable;
  double x0, y0, x1, y1, cx, cy, bx, by, ix, iy, top, bottom;
  cairo_pattern_t *hatching;

  if (zone->polygon == NULL || zone->polygon->len < 3)
    return;

  polygon_centroid (view, zone->polygon, &cx, &cy);
  gr_map_view_to_device (view, zone->base.lon, zone->base.lat, &bx, &by);

  cairo_save (cr);

  /* The thin line from the base to the zone's edge, under everything. */
  if (gr_overlay_first_crossing (view, zone->polygon, bx, by, cx, cy, &ix, &iy))
    {
      double dash[] = { 4 * k, 3 * k };

      cairo_move_to (cr, bx, by);
      cairo_line_to (cr, ix, iy);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_PATROL, 0.8);
      cairo_set_line_width (cr, 1.2 * k);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  /* Light fill, then hatching clipped to the polygon. */
  cairo_new_path (cr);
  gr_overlay_polygon_path (cr, view, zone->polygon);
  cairo_path_extents (cr, &x0, &y0, &x1, &y1);
  top = y0;
  bottom = y1;
  gr_palette_set_source (cr, GR_OVERLAY_RGB_PATROL, 0.07);
  cairo_fill_preserve (cr);
  hatching = hatch_pattern (cr, view);
  if (hatching != NULL)
    {
      cairo_set_source (cr, hatching);
      cairo_fill (cr);
      cairo_pattern_destroy (hatching);
    }
  else
    {
      cairo_save (cr);
      cairo_clip (cr);
      x0 = MAX (x0, -HATCH_SPACING);
      y0 = MAX (y0, -HATCH_SPACING);
      x1 = MIN (x1, view->width + HATCH_SPACING);
      y1 = MIN (y1, view->height + HATCH_SPACING);
      hatch (cr, view, x0, y0, x1, y1);
      set_hatch_ink (cr);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  /* Outline: solid when the stations can be held, dashed vermillion when
   * the assigned aircraft fall short. */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (selected)
    {
      gr_overlay_polygon_path (cr, view, zone->polygon);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_SELECTION, 0.8);
      cairo_set_line_width (cr, 6 * k);
      cairo_stroke (cr);
    }
  gr_overlay_polygon_path (cr, view, zone->polygon);
  gr_overlay_set_zone_outline (cr, short_of_aircraft, k);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* Vertex handles for the selected zone, to drag. */
  if (selected)
    for (guint v = 0; v < zone->polygon->len; v++)
      {
        const GrLonLat *p = &g_array_index (zone->polygon, GrLonLat, v);
        double vx, vy;

        gr_map_view_to_device (view, p->lon, p->lat, &vx, &vy);
        gr_overlay_draw_handle (cr, vx, vy, k);
      }
  cairo_restore (cr);

  gr_overlay_draw_air_base (cr, bx, by, k,
                            gr_overlay_is_selected (style, GR_EDIT_ITEM_ZONE_BASE, index));

  if (obstacles != NULL)
    draw_label (cr, view, obstacles, zone, zm, top, bottom, cx, cy, k);
}

void
gr_overlay_patrol_zones_draw (cairo_t              *cr,
                              const GrMapView      *view,
                              const GrScenario     *s,
                              const GrMetrics      *m,
                              const GrOverlayStyle *style)
{
  g_autoptr(GrZoneLabelObstacles) obstacles = NULL;
  const GArray *zones;
  double k;

  g_return_if_fail (cr != NULL && view != NULL && s != NULL);

  style = gr_overlay_begin (cr, style);
  k = gr_overlay_symbol_scale (view, style);
  zones = s->air_patrol.zones;
  /* labelled, the zones keep off the same symbols: gathered once */
  if (style->show_labels && zones != NULL && zones->len > 0)
    obstacles = gr_overlay_zone_label_obstacles_new (view, s, style, k);
  for (guint i = 0; zones != NULL && i < zones->len; i++)
    draw_zone (cr, view, s, m, style, obstacles, i, k);
}
