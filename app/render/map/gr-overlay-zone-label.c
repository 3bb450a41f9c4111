/* gr-overlay-zone-label.c — where a patrol zone's label goes
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A zone's name and figures go where they hide the fewest of the other
 * layers' symbols, taken as the boxes they really cover, near the zone and
 * on its side of the routes' lines (gr_overlay_zone_label_place()).  What
 * the labels keep off is the same for every zone of a drawing: it is
 * gathered once (gr_overlay_zone_label_obstacles_new()).
 */

#include "config.h"

#include <math.h>

#include "gr-overlay-private.h"

/* Steps per leg in which a route's line is followed. */
#define ROUTE_STEPS 8

struct _GrZoneLabelObstacles
{
  GArray *boxes;               /* cairo_rectangle_t */
  GPtrArray *routes;           /* GArray of double[2]: each route's line as drawn */
};

static void
add_box (GArray *boxes,
         double  x,
         double  y,
         double  hw,
         double  hh)
{
  cairo_rectangle_t box = { x - hw, y - hh, 2 * hw, 2 * hh };

  g_array_append_val (boxes, box);
}

static void
add_box_at (GArray          *boxes,
            const GrMapView *view,
            GrLonLat         p,
            double           hw,
            double           hh)
{
  double x, y;

  gr_map_view_to_device (view, p.lon, p.lat, &x, &y);
  add_box (boxes, x, y, hw, hh);
}

/* A route's line in device units, ROUTE_STEPS points a leg, then its
 * last point. */
static GArray *
route_line (const GrMapView *view,
            const GArray    *path)
{
  GArray *line = g_array_new (FALSE, FALSE, sizeof (double) * 2);

  for (guint v = 0; path != NULL && v + 1 < path->len; v++)
    for (int t = 0; t <= ROUTE_STEPS; t++)
      if (t < ROUTE_STEPS || v + 2 == path->len)
        {
          GrLonLat p = gr_geodesy_interpolate (g_array_index (path, GrLonLat, v),
                                               g_array_index (path, GrLonLat, v + 1),
                                               (double) t / ROUTE_STEPS);
          double xy[2];

          gr_map_view_to_device (view, p.lon, p.lat, &xy[0], &xy[1]);
          g_array_append_val (line, xy);
        }
  return line;
}

/**
 * gr_overlay_zone_label_obstacles_new:
 *
 * What the other visible layers draw, in device units: patrol ships and
 * their tabs, the routes' lines, and batteries and units where they are
 * drawn, after de-cluttering, each unit with its nation code and troop
 * count.  A zone's label should hide none of them, nor sit across a route
 * from its zone.
 */
GrZoneLabelObstacles *
gr_overlay_zone_label_obstacles_new (const GrMapView      *view,
                                     const GrScenario     *s,
                                     const GrOverlayStyle *style,
                                     double                k)
{
  GrZoneLabelObstacles *self = g_new0 (GrZoneLabelObstacles, 1);

  self->boxes = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  self->routes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  if ((style->layers & GR_OVERLAY_MARITIME) && s->maritime.patrols != NULL)
    for (guint i = 0; i < s->maritime.patrols->len; i++)
      {
        const GrMaritimePatrol *p = &g_array_index (s->maritime.patrols, GrMaritimePatrol, i);

        add_box_at (self->boxes, view, p->position, 8.5 * k, 8.5 * k);
        add_box_at (self->boxes, view,
                    gr_geodesy_destination (p->position, 0, p->radius_km.value), 12 * k, 6 * k);
      }
  if ((style->layers & GR_OVERLAY_MARITIME) && s->maritime.routes != NULL)
    for (guint i = 0; i < s->maritime.routes->len; i++)
      {
        GArray *line = route_line (view, g_array_index (s->maritime.routes, GrRoute, i).path);

        /* the line, sampled: a label over it is as bad as over a symbol */
        for (guint p = 0; p + 1 < line->len; p++)
          {
            const double *xy = &g_array_index (line, double, 2 * p);

            add_box (self->boxes, xy[0], xy[1], 2 * k, 2 * k);
          }
        g_ptr_array_add (self->routes, line);
      }
  if (style->layers & GR_OVERLAY_AIR_DEFENSE)
    {
      g_autoptr(GArray) spots = gr_overlay_battery_layout (view, s, style);
      double r = gr_overlay_battery_room (k);

      for (guint i = 0; i < spots->len; i++)
        {
          const GrOverlaySpot *spot = &g_array_index (spots, GrOverlaySpot, i);

          add_box (self->boxes, spot->x, spot->y, r, r);
        }
    }
  if (style->layers & GR_OVERLAY_FORCE)
    {
      g_autoptr(GArray) symbols = gr_overlay_force_layout (view, s, style);

      for (guint i = 0; i < symbols->len; i++)
        {
          const GrForceSymbol *sym = &g_array_index (symbols, GrForceSymbol, i);
          cairo_rectangle_t box;

          gr_overlay_force_footprint (sym->x, sym->y, k, &box);
          g_array_append_val (self->boxes, box);
        }
    }
  return self;
}

void
gr_overlay_zone_label_obstacles_free (GrZoneLabelObstacles *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->boxes);
  g_ptr_array_unref (self->routes);
  g_free (self);
}

/* How many of the boxes the label box of half size (hw, hh) around (x, y)
 * hides: a quarter of a box or more.  Less is a label brushing a
 * symbol's margin, or the end of its text, which both still read. */
static double
count_boxes_hidden (const GArray *boxes,
                    double        x,
                    double        y,
                    double        hw,
                    double        hh)
{
  double n = 0;

  for (guint i = 0; i < boxes->len; i++)
    {
      const cairo_rectangle_t *b = &g_array_index (boxes, cairo_rectangle_t, i);
      double w = MIN (b->x + b->width, x + hw) - MAX (b->x, x - hw);
      double h = MIN (b->y + b->height, y + hh) - MAX (b->y, y - hh);

      if (w > 0 && h > 0 && w * h >= 0.25 * b->width * b->height)
        n++;
    }
  return n;
}

/* How far a label beside its zone, centred at (x, y) with half size (hw,
 * hh), should move away from it (@away: 1 east, -1 west) for its near half
 * to clear the symbols there: 0 when nothing is in the way or when
 * clearing would take more than half the label (the scoring then weighs
 * what it hides). */
static double
clear_of_symbols (const GArray *boxes,
                  double        x,
                  double        y,
                  double        hw,
                  double        hh,
                  int           away,
                  double        k)
{
  double shift = 0;

  for (guint i = 0; i < boxes->len; i++)
    {
      const cairo_rectangle_t *b = &g_array_index (boxes, cairo_rectangle_t, i);
      /* the symbol's far side, from the label's near edge, outwards */
      double far = away > 0 ? b->x + b->width : b->x;
      double reach = away * (far - (x - away * hw));

      if (b->y < y + hh && b->y + b->height > y - hh && away * (b->x + b->width / 2 - x) < 0
          && reach > 0)
        shift = MAX (shift, reach + 2 * k);
    }
  return shift <= hw ? shift : 0;
}

/* Whether segments (ax, ay)–(bx, by) and (cx, cy)–(dx, dy) cross. */
static gboolean
segments_cross (double ax, double ay, double bx, double by,
                double cx, double cy, double dx, double dy)
{
  double d1 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
  double d2 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);
  double d3 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  double d4 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);

  return d1 * d2 < 0 && d3 * d4 < 0;
}

/* Whether a route's line, as drawn, passes between (x0, y0) and (x1, y1). */
static gboolean
route_between (const GPtrArray *routes,
               double           x0,
               double           y0,
               double           x1,
               double           y1)
{
  for (guint i = 0; i < routes->len; i++)
    {
      const GArray *line = g_ptr_array_index (routes, i);

      for (guint p = 1; p < line->len; p++)
        {
          const double *a = &g_array_index (line, double, 2 * (p - 1));
          const double *b = &g_array_index (line, double, 2 * p);

          if (segments_cross (x0, y0, x1, y1, a[0], a[1], b[0], b[1]))
            return TRUE;
        }
    }
  return FALSE;
}

void
gr_overlay_zone_label_place (const GrMapView            *view,
                             const GrZoneLabelObstacles *obstacles,
                             const GArray               *polygon,
                             double                      top,
                             double                      bottom,
                             double                      k,
                             double                      hw,
                             double                      line,
                             double                     *cx,
                             double                     *cy)
{
  double hh = 1.6 * line;
  double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE;
  double best = G_MAXDOUBLE, bx = *cx, by = *cy, zx = *cx, zy = *cy, tx, ty;
  guint n_inside;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (double) * 3);

  for (guint i = 0; i < polygon->len; i++)
    {
      const GrLonLat *p = &g_array_index (polygon, GrLonLat, i);
      double px, py;

      gr_map_view_to_device (view, p->lon, p->lat, &px, &py);
      x0 = MIN (x0, px);
      x1 = MAX (x1, px);
    }
  /* each candidate: x, y, and how far it was slid */
  if (gr_overlay_first_crossing (view, polygon, *cx, top - 10, *cx, *cy, &tx, &ty))
    {
      double xy[3] = { *cx, MIN (*cy, ty + 6 * k + line * 1.5), 0 };
      g_array_append_val (candidates, xy);
    }
  {
    double xy[3] = { *cx, *cy, 0 };
    g_array_append_val (candidates, xy);
  }
  if (gr_overlay_first_crossing (view, polygon, *cx, bottom + 10, *cx, *cy, &tx, &ty))
    {
      double xy[3] = { *cx, MAX (*cy, ty - 6 * k - line * 2.5), 0 };
      g_array_append_val (candidates, xy);
    }
  for (int row = 1; row < 6; row++)
    for (int col = 1; col < 6; col++)
      {
        double xy[3] = { x0 + (x1 - x0) * col / 6, top + (bottom - top) * row / 6, 0 };

        if (gr_overlay_point_in_polygon (view, polygon, xy[0] - hw, xy[1] - hh) &&
            gr_overlay_point_in_polygon (view, polygon, xy[0] + hw, xy[1] - hh) &&
            gr_overlay_point_in_polygon (view, polygon, xy[0] - hw, xy[1] + hh) &&
            gr_overlay_point_in_polygon (view, polygon, xy[0] + hw, xy[1] + hh))
          g_array_append_val (candidates, xy);
      }

  /* last resorts, beside the zone in the open: better than over a symbol */
  n_inside = candidates->len;
  {
    double below[3] = { *cx, bottom + hh + 6 * k, 0 }, above[3] = { *cx, top - hh - 6 * k, 0 };
    double east[3] = { x1 + hw + 6 * k, *cy, 0 }, west[3] = { x0 - hw - 6 * k, *cy, 0 };

    east[2] = clear_of_symbols (obstacles->boxes, east[0], east[1], hw, hh, 1, k);
    west[2] = clear_of_symbols (obstacles->boxes, west[0], west[1], hw, hh, -1, k);
    east[0] += east[2];
    west[0] -= west[2];
    g_array_append_val (candidates, east);
    g_array_append_val (candidates, west);
    g_array_append_val (candidates, below);
    g_array_append_val (candidates, above);
  }

  for (guint c = 0; c < candidates->len; c++)
    {
      const double *xy = &g_array_index (candidates, double, 3 * c);
      /* a hidden symbol costs more than any step down the preferences,
       * and a label the frame cuts more than any number of them */
      gboolean cut = xy[0] - hw < 0 || xy[0] + hw > view->width || xy[1] - hh < 0
                     || xy[1] + hh > view->height;
      double score = 1000 * count_boxes_hidden (obstacles->boxes, xy[0], xy[1], hw, hh) + c +
                     (c >= n_inside ? 500 + xy[2] / (30 * k) : 0) + (cut ? 1e6 : 0);

      /* beside the zone, across a route from it: worse than any slide */
      if (c >= n_inside && score < best
          && route_between (obstacles->routes, xy[0], xy[1], zx, zy))
        score += 300;

      if (score < best)
        {
          best = score;
          bx = xy[0];
          by = xy[1];
        }
    }
  *cx = bx;
  *cy = by;
}
