/* gr-overlay-maritime.c — Black Sea routes, ports and patrol areas
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A route is drawn solid and thick where a patrol covers it and dashed in
 * vermillion where none does, so the gaps read in grey scale too.  The
 * covered stretches come from the metrics (GrRouteMetrics.segments); with
 * no metrics the route is one neutral line that claims nothing.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gr-geo-names.h"
#include "gr-overlay-private.h"

#define ARROW_SPACING 110.0

/* The route's covered and open stretches from the metrics (which intersect
 * each leg with the patrol circles on the sphere), or NULL without them. */
static GArray *
route_segments (const GrScenario *s,
                const GrMetrics  *m,
                guint             index)
{
  if (m != NULL && m->maritime.routes != NULL && index < m->maritime.routes->len)
    {
      const GrRouteMetrics *rm = &g_array_index (m->maritime.routes, GrRouteMetrics, index);

      if (rm->segments != NULL && rm->segments->len > 0)
        return g_array_ref (rm->segments);
    }
  return NULL;
}

/* Adds the great circle from a to b, projected, to the current path. */
static void
geodesic_line (cairo_t         *cr,
               const GrMapView *view,
               GrLonLat         a,
               GrLonLat         b,
               gboolean         move)
{
  int n = MAX (1, (int) ceil (gr_geodesy_distance_km (a, b) / 20.0));

  for (int i = 0; i <= n; i++)
    {
      GrLonLat p;
      double x, y;

      p = gr_geodesy_interpolate (a, b, (double) i / n);
      gr_map_view_to_device (view, p.lon, p.lat, &x, &y);
      if (i == 0 && move)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
}

static void
route_path (cairo_t         *cr,
            const GrMapView *view,
            const GrRoute   *route)
{
  for (guint leg = 0; leg + 1 < route->path->len; leg++)
    geodesic_line (cr, view, g_array_index (route->path, GrLonLat, leg),
                   g_array_index (route->path, GrLonLat, leg + 1), leg == 0);
}

void
gr_overlay_route_path (cairo_t         *cr,
                       const GrMapView *view,
                       const GrRoute   *route)
{
  route_path (cr, view, route);
}

/* Chevrons along the route, pointing from the first port to the last. */
static void
draw_arrows (cairo_t         *cr,
             const GrMapView *view,
             const GrRoute   *route,
             double           k)
{
  double travelled = 0, next = ARROW_SPACING * 0.6 * k;

  cairo_save (cr);
  cairo_new_path (cr);
  route_path (cr, view, route);
  {
    g_autoptr(GArray) pts = g_array_new (FALSE, FALSE, sizeof (double) * 2);
    cairo_path_t *path = cairo_copy_path_flat (cr);

    for (int i = 0; i < path->num_data; i += path->data[i].header.length)
      if (path->data[i].header.type != CAIRO_PATH_CLOSE_PATH)
        {
          double xy[2] = { path->data[i + 1].point.x, path->data[i + 1].point.y };
          g_array_append_val (pts, xy);
        }
    cairo_path_destroy (path);
    cairo_new_path (cr);

    for (guint i = 1; i < pts->len; i++)
      {
        double *p0 = &g_array_index (pts, double, 2 * (i - 1));
        double *p1 = &g_array_index (pts, double, 2 * i);
        double dx = p1[0] - p0[0], dy = p1[1] - p0[1], len = hypot (dx, dy);

        while (len > 0 && next <= travelled + len)
          {
            double t = (next - travelled) / len;
            double x = p0[0] + t * dx, y = p0[1] + t * dy;
            double ux = dx / len, uy = dy / len, s = 5.0 * k;

            cairo_move_to (cr, x - s * ux + s * 0.8 * uy, y - s * uy - s * 0.8 * ux);
            cairo_line_to (cr, x + s * 0.4 * ux, y + s * 0.4 * uy);
            cairo_line_to (cr, x - s * ux - s * 0.8 * uy, y - s * uy + s * 0.8 * ux);
            next += ARROW_SPACING * k;
          }
        travelled += len;
      }
  }
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_HALO, 1);
  cairo_set_line_width (cr, 4.0 * k);
  cairo_stroke_preserve (cr);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_ROUTE, 1);
  cairo_set_line_width (cr, 2.0 * k);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
gr_overlay_draw_port (cairo_t *cr,
                      double   x,
                      double   y,
                      double   k)
{
  gr_overlay_log_symbol (cr, x - 8.5 * k, y - 8.5 * k, 17 * k, 17 * k);
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_arc (cr, x, y, 8.5 * k, 0, 2 * G_PI);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_HALO, 1);
  cairo_fill_preserve (cr);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_ROUTE, 1);
  cairo_set_line_width (cr, 1.5 * k);
  cairo_stroke (cr);
  cairo_restore (cr);
  gr_overlay_draw_anchor (cr, x, y + 0.5 * k, k, GR_OVERLAY_RGB_ROUTE);
}

/* The name along the route's longest leg (on screen), upright, a little off
 * the line on its right-hand side (seen from the first port). */
static void
draw_route_label (cairo_t         *cr,
                  const GrMapView *view,
                  const GrRoute   *route,
                  const GArray    *patrols,
                  double           k)
{
  g_autofree char *label = NULL;
  const char *name, *colon;
  double best = -1, mx = 0, my = 0, angle = 0, w, h;

  for (guint v = 0; v + 1 < route->path->len; v++)
    {
      const GrLonLat *a = &g_array_index (route->path, GrLonLat, v);
      const GrLonLat *b = &g_array_index (route->path, GrLonLat, v + 1);
      double ax, ay, bx, by;

      gr_map_view_to_device (view, a->lon, a->lat, &ax, &ay);
      gr_map_view_to_device (view, b->lon, b->lat, &bx, &by);
      if (hypot (bx - ax, by - ay) > best)
        {
          best = hypot (bx - ax, by - ay);
          mx = (ax + bx) / 2;
          my = (ay + by) / 2;
          angle = atan2 (by - ay, bx - ax);
        }
    }
  /* a map wants the short name: "Grain corridor: Odesa to the Bosporus"
   * is labelled "Grain corridor" */
  name = gr_local_name (route->name, route->name_uk);
  colon = strchr (name, ':');
  label = colon != NULL ? g_strndup (name, colon - name) : g_strdup (name);
  gr_overlay_text_size (cr, label, 11 * k, TRUE, &w, &h);
  if (best < w * 1.1)
    {
      /* no leg long enough to carry the name: level, on a box, beside the
       * middle of the route's longest leg, on the side farther from the
       * patrols' ships (the busier side) */
      double px = -sin (angle), py = cos (angle), near[2] = { G_MAXDOUBLE, G_MAXDOUBLE };

      for (int side = 0; side < 2; side++)
        for (guint i = 0; patrols != NULL && i < patrols->len; i++)
          {
            const GrMaritimePatrol *mp = &g_array_index (patrols, GrMaritimePatrol, i);
            double sign = side == 0 ? 1 : -1, x, y;

            gr_map_view_to_device (view, mp->position.lon, mp->position.lat, &x, &y);
            near[side] = MIN (near[side], hypot (mx + sign * px * 40 * k - x,
                                                 my + sign * py * 40 * k - y));
          }
      if (near[1] > near[0])
        px = -px, py = -py;
      gr_overlay_text_boxed (cr, label, mx + px * 12 * k, my + py * 12 * k,
                             px >= 0 ? 0 : 1, 0.5, 10.5 * k, TRUE, GR_OVERLAY_RGB_ROUTE);
      return;
    }

  cairo_save (cr);
  cairo_translate (cr, mx, my);
  /* offset to the right of the direction of travel, then keep text upright */
  cairo_rotate (cr, angle);
  cairo_translate (cr, 0, 9 * k + h / 2);
  if (angle > G_PI / 2 || angle < -G_PI / 2)
    cairo_rotate (cr, G_PI);
  gr_overlay_text (cr, label, 0, 0, 0.5, 0.5, 11 * k, TRUE, GR_OVERLAY_RGB_ROUTE);
  cairo_restore (cr);
}

static void
draw_route (cairo_t              *cr,
            const GrMapView      *view,
            const GrScenario     *s,
            const GrMetrics      *m,
            const GrOverlayStyle *style,
            guint                 index,
            double                k)
{
  const GrRoute *route = &g_array_index (s->maritime.routes, GrRoute, index);
  g_autoptr(GArray) segments = NULL;
  gboolean selected = (style->selected.kind == GR_EDIT_ITEM_ROUTE_POINT &&
                       style->selected.index == index);
  if (route->path == NULL || route->path->len < 2)
    return;
  segments = route_segments (s, m, index);

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  if (selected)
    {
      cairo_new_path (cr);
      route_path (cr, view, route);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_SELECTION, 0.8);
      cairo_set_line_width (cr, 9 * k);
      cairo_stroke (cr);
    }
  /* A white casing under the whole route lifts it off the sea. */
  cairo_new_path (cr);
  route_path (cr, view, route);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_HALO, 0.9);
  cairo_set_line_width (cr, 6.0 * k);
  cairo_stroke (cr);

  if (segments == NULL)
    {
      cairo_new_path (cr);
      route_path (cr, view, route);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_ROUTE, 1);
      cairo_set_line_width (cr, 2.5 * k);
      cairo_stroke (cr);
    }
  for (int pass = 0; segments != NULL && pass < 2; pass++)
    {
      gboolean covered = pass == 1;

      cairo_new_path (cr);
      for (guint i = 0; i < segments->len; i++)
        {
          const GrRouteSegment *seg = &g_array_index (segments, GrRouteSegment, i);

          if (seg->covered == covered)
            geodesic_line (cr, view, seg->from, seg->to, TRUE);
        }
      gr_overlay_set_route_style (cr, covered, k);
      cairo_stroke (cr);
    }
  cairo_restore (cr);

  draw_arrows (cr, view, route, k);
  for (int end = 0; end < 2; end++)
    {
      const GrLonLat *p = &g_array_index (route->path, GrLonLat,
                                          end == 0 ? 0 : route->path->len - 1);
      double x, y;

      gr_map_view_to_device (view, p->lon, p->lat, &x, &y);
      gr_overlay_draw_port (cr, x, y, k);
    }

  if (selected)
    for (guint v = 1; v + 1 < route->path->len; v++)
      {
        const GrLonLat *p = &g_array_index (route->path, GrLonLat, v);
        double x, y;

        gr_map_view_to_device (view, p->lon, p->lat, &x, &y);
        gr_overlay_draw_handle (cr, x, y, k);
      }

  if (style->show_labels && route->name != NULL && view->zoom >= 5.5)
    draw_route_label (cr, view, route, s->maritime.patrols, k);
}

static void
draw_patrol (cairo_t              *cr,
             const GrMapView      *view,
             const GrMaritimePatrol *mp,
             gboolean              selected,
             double                k)
{
  double x, y;

  if (!gr_overlay_circle_visible (view, mp->position, mp->radius_km.value, 40 * k))
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  gr_overlay_circle_path (cr, view, mp->position, mp->radius_km.value);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_MARITIME, 0.10);
  cairo_fill_preserve (cr);
  if (selected)
    {
      gr_palette_set_source (cr, GR_OVERLAY_RGB_SELECTION, 0.8);
      cairo_set_line_width (cr, 6 * k);
      cairo_stroke_preserve (cr);
    }
  gr_palette_set_source (cr, GR_OVERLAY_RGB_MARITIME, 0.95);
  cairo_set_line_width (cr, 1.8 * k);
  cairo_stroke (cr);

  /* the patrol ship in profile: hull, bridge, mast */
  gr_map_view_to_device (view, mp->position.lon, mp->position.lat, &x, &y);
  cairo_move_to (cr, x - 8 * k, y - 1 * k);
  cairo_line_to (cr, x + 9 * k, y - 1 * k);
  cairo_line_to (cr, x + 5.5 * k, y + 3.5 * k);
  cairo_line_to (cr, x - 6.5 * k, y + 3.5 * k);
  cairo_close_path (cr);
  cairo_rectangle (cr, x - 4 * k, y - 4 * k, 6 * k, 3 * k);
  cairo_rectangle (cr, x - 1.8 * k, y - 7.5 * k, 1.2 * k, 3.5 * k);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_HALO, 1);
  cairo_set_line_width (cr, 2.0 * k);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke_preserve (cr);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_MARITIME, 1);
  cairo_fill (cr);

  cairo_restore (cr);
}

/* The partner's code in a tab on the circle's edge: north if free, else
 * south, east or west — free of the ports and of the tabs already placed
 * (in *taken, as x, y, half width, half height); drawn above the routes. */
static void
draw_patrol_tab (cairo_t                *cr,
                 const GrMapView        *view,
                 const GrMaritimePatrol *mp,
                 const GArray           *ports,
                 GArray                 *taken,
                 double                  k)
{
  static const double bearings[] = { 0, 180, 90, 270 };
  const char *code = mp->partner != NULL ? mp->partner : "?";
  double nx = 0, ny = 0, w, h, hw, hh;

  if (!gr_overlay_circle_visible (view, mp->position, mp->radius_km.value, 40 * k))
    return;
  gr_overlay_text_size (cr, code, 10 * k, TRUE, &w, &h);
  hw = w / 2 + 4 * k;
  hh = h / 2 + 1 * k;

  for (guint b = 0; b < G_N_ELEMENTS (bearings); b++)
    {
      GrLonLat edge = gr_geodesy_destination (mp->position, bearings[b], mp->radius_km.value);
      gboolean clear = TRUE;

      gr_map_view_to_device (view, edge.lon, edge.lat, &nx, &ny);
      for (guint p = 0; p < ports->len && clear; p++)
        clear = hypot (g_array_index (ports, double, 2 * p) - nx,
                      g_array_index (ports, double, 2 * p + 1) - ny) >= 24 * k;
      for (guint t = 0; t < taken->len / 4 && clear; t++)
        {
          const double *box = &g_array_index (taken, double, 4 * t);

          clear = fabs (box[0] - nx) >= box[2] + hw + 2 * k ||
                  fabs (box[1] - ny) >= box[3] + hh + 2 * k;
        }
      if (clear)
        break;
      /* none free: the last tried (west) it is */
    }
  {
    double box[4] = { nx, ny, hw, hh };
    g_array_append_vals (taken, box, 4);
  }

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, nx - hw, ny - hh, 2 * hw, 2 * hh);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_MARITIME, 1);
  cairo_fill (cr);
  cairo_restore (cr);
  gr_overlay_text (cr, code, nx, ny, 0.5, 0.5, 10 * k, TRUE, GR_OVERLAY_RGB_INK);
}

void
gr_overlay_maritime_draw (cairo_t              *cr,
                          const GrMapView      *view,
                          const GrScenario     *s,
                          const GrMetrics      *m,
                          const GrOverlayStyle *style)
{
  const GArray *patrols, *routes;
  g_autoptr(GArray) ports = NULL;
  g_autoptr(GArray) taken = NULL;
  double k;

  g_return_if_fail (cr != NULL && view != NULL && s != NULL);

  ports = gr_overlay_port_positions (view, s);
  style = gr_overlay_begin (cr, style);
  k = gr_overlay_symbol_scale (view, style);
  patrols = s->maritime.patrols;
  routes = s->maritime.routes;

  for (guint i = 0; patrols != NULL && i < patrols->len; i++)
    draw_patrol (cr, view, &g_array_index (patrols, GrMaritimePatrol, i),
                 gr_overlay_is_selected (style, GR_EDIT_ITEM_PATROL_POST, i), k);
  for (guint i = 0; routes != NULL && i < routes->len; i++)
    draw_route (cr, view, s, m, style, i, k);
  taken = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; patrols != NULL && i < patrols->len; i++)
    draw_patrol_tab (cr, view, &g_array_index (patrols, GrMaritimePatrol, i), ports, taken, k);
}
