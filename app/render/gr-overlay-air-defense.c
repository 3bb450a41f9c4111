/* gr-overlay-air-defense.c — batteries, their engagement rings and the covered area
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The covered area is drawn as a union: every battery's geodesic circle goes
 * into one path filled once with the winding rule (so overlaps are not
 * darker), and only the union's outline is stroked — each circle's stroke is
 * clipped to the outside of the circles it overlaps.  Both are plain paths
 * and clips, so PDF and SVG exports stay vector.
 */

#include "config.h"

#include "gr-overlay-private.h"

#include <math.h>

typedef struct
{
  GrLonLat center;
  double radius_km;
  double x, y;        /* centre, device units */
  double radius_px;   /* approximate, for overlap tests */
} Circle;

static const GrOverlayRings ring_order[] = {
  /* Largest first, so the fills nest visibly. */
  GR_OVERLAY_RING_NOMINAL,
  GR_OVERLAY_RING_BALLISTIC,
  GR_OVERLAY_RING_CRUISE,
  GR_OVERLAY_RING_DRONE,
};

GrBatteryShape
gr_overlay_battery_shape (const char *system_id,
                          char       *letter)
{
  static const struct { const char *prefix; GrBatteryShape shape; char letter; } known[] = {
    { "patriot", GR_BATTERY_SHAPE_SQUARE, 'P' },
    { "iris", GR_BATTERY_SHAPE_CIRCLE, 'I' },
    { "nasams", GR_BATTERY_SHAPE_DIAMOND, 'N' },
    { "samp", GR_BATTERY_SHAPE_TRIANGLE, 'S' },
  };

  for (guint i = 0; system_id != NULL && i < G_N_ELEMENTS (known); i++)
    if (g_str_has_prefix (system_id, known[i].prefix))
      {
        *letter = known[i].letter;
        return known[i].shape;
      }
  *letter = system_id != NULL && g_ascii_isalpha (system_id[0])
            ? g_ascii_toupper (system_id[0]) : '?';
  return GR_BATTERY_SHAPE_HEXAGON;
}

double
gr_overlay_battery_radius (double k)
{
  return 9.0 * k;
}

static void
battery_shape_path (cairo_t        *cr,
                    GrBatteryShape  shape,
                    double          x,
                    double          y,
                    double          r)
{
  switch (shape)
    {
    case GR_BATTERY_SHAPE_SQUARE:
      cairo_rectangle (cr, x - 0.85 * r, y - 0.85 * r, 1.7 * r, 1.7 * r);
      break;
    case GR_BATTERY_SHAPE_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_close_path (cr);
      break;
    case GR_BATTERY_SHAPE_DIAMOND:
      cairo_move_to (cr, x, y - 1.15 * r);
      cairo_line_to (cr, x + 1.15 * r, y);
      cairo_line_to (cr, x, y + 1.15 * r);
      cairo_line_to (cr, x - 1.15 * r, y);
      cairo_close_path (cr);
      break;
    case GR_BATTERY_SHAPE_TRIANGLE:
      cairo_move_to (cr, x, y - 1.2 * r);
      cairo_line_to (cr, x + 1.15 * r, y + 0.85 * r);
      cairo_line_to (cr, x - 1.15 * r, y + 0.85 * r);
      cairo_close_path (cr);
      break;
    case GR_BATTERY_SHAPE_HEXAGON:
    default:
      for (int i = 0; i < 6; i++)
        {
          double a = G_PI / 3 * i;
          if (i == 0)
            cairo_move_to (cr, x + r * cos (a), y + r * sin (a));
          else
            cairo_line_to (cr, x + r * cos (a), y + r * sin (a));
        }
      cairo_close_path (cr);
      break;
    }
}

void
gr_overlay_draw_battery (cairo_t    *cr,
                         double      x,
                         double      y,
                         double      k,
                         const char *system_id,
                         gboolean    selected)
{
  double r = gr_overlay_battery_radius (k);
  char letter[2] = { 0, 0 };
  GrBatteryShape shape = gr_overlay_battery_shape (system_id, &letter[0]);

  cairo_save (cr);
  cairo_new_path (cr);
  if (selected)
    {
      battery_shape_path (cr, shape, x, y, r + 4 * k);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_SELECTION, 0.9);
      cairo_fill (cr);
    }
  battery_shape_path (cr, shape, x, y, r);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_HALO, 1.0);
  cairo_fill_preserve (cr);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_AIR_DEFENSE, 1.0);
  cairo_set_line_width (cr, 2.0 * k);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  cairo_stroke (cr);
  /* The triangle's centroid sits low; nudge its letter down. */
  gr_overlay_text (cr, letter, x, y + (shape == GR_BATTERY_SHAPE_TRIANGLE ? 2.5 * k : 0),
                   0.5, 0.5, 10.0 * k, TRUE, GR_OVERLAY_RGB_AIR_DEFENSE);
  cairo_restore (cr);
}

void
gr_overlay_set_ring_dash (cairo_t        *cr,
                          GrOverlayRings  ring,
                          double          k)
{
  double dashed[] = { 7 * k, 4 * k };
  double dotted[] = { 0.01, 4 * k };
  double dash_dot[] = { 8 * k, 3 * k, 0.01, 3 * k };

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  switch (ring)
    {
    case GR_OVERLAY_RING_DRONE:
      cairo_set_dash (cr, dashed, G_N_ELEMENTS (dashed), 0);
      break;
    case GR_OVERLAY_RING_BALLISTIC:
      cairo_set_dash (cr, dotted, G_N_ELEMENTS (dotted), 0);
      break;
    case GR_OVERLAY_RING_CRUISE:
      cairo_set_dash (cr, dash_dot, G_N_ELEMENTS (dash_dot), 0);
      break;
    case GR_OVERLAY_RING_NOMINAL:
    default:
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    }
}

static GArray *
collect_circles (const GrMapView  *view,
                 const GrScenario *s,
                 GrOverlayRings    ring)
{
  GArray *circles = g_array_new (FALSE, FALSE, sizeof (Circle));
  const GArray *batteries = s->air_defense.batteries;

  for (guint i = 0; batteries != NULL && i < batteries->len; i++)
    {
      const GrBattery *b = &g_array_index (batteries, GrBattery, i);
      const GrAirDefenseSystem *sys = gr_scenario_find_system (s, b->system);
      Circle c = { .center = b->position };

      c.radius_km = gr_overlay_ring_radius_km (s, sys, ring);
      if (!(c.radius_km > 0) || !gr_overlay_circle_visible (view, c.center, c.radius_km, 4))
        continue;
      gr_map_view_to_device (view, c.center.lon, c.center.lat, &c.x, &c.y);
      c.radius_px = c.radius_km * 1000.0 /
                    gr_mercator_meters_per_pixel (view->zoom, c.center.lat);
      g_array_append_val (circles, c);
    }
  return circles;
}

static gboolean
circles_equal (const Circle *a,
               const Circle *b)
{
  return fabs (a->x - b->x) < 1e-6 && fabs (a->y - b->y) < 1e-6 &&
         fabs (a->radius_km - b->radius_km) < 1e-9;
}

/* Strokes the outline of the union: circle i, clipped to the outside of
 * every other circle that overlaps it.  Each clip is "a big rectangle with
 * the circle as a hole" under the even-odd rule; successive clips intersect.
 * The caller sets the source, width and dash. */
static void
stroke_union (cairo_t         *cr,
              const GrMapView *view,
              GArray          *circles)
{
  double margin = view->width + view->height;

  for (guint i = 0; i < circles->len; i++)
    margin = MAX (margin, 2.5 * g_array_index (circles, Circle, i).radius_px);

  for (guint i = 0; i < circles->len; i++)
    {
      const Circle *ci = &g_array_index (circles, Circle, i);

      cairo_save (cr);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      for (guint j = 0; j < circles->len; j++)
        {
          const Circle *cj = &g_array_index (circles, Circle, j);
          double d = hypot (ci->x - cj->x, ci->y - cj->y);

          if (j == i || d > 1.05 * (ci->radius_px + cj->radius_px) + 2)
            continue;
          /* Of identical circles only the first draws its outline. */
          if (j > i && circles_equal (ci, cj))
            continue;
          cairo_new_path (cr);
          cairo_rectangle (cr, -margin, -margin,
                           view->width + 2 * margin, view->height + 2 * margin);
          gr_overlay_circle_path (cr, view, cj->center, cj->radius_km);
          cairo_clip (cr);
        }
      cairo_new_path (cr);
      gr_overlay_circle_path (cr, view, ci->center, ci->radius_km);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

static void
draw_ring_union (cairo_t         *cr,
                 const GrMapView *view,
                 GArray          *circles,
                 GrOverlayRings   ring,
                 double           k)
{
  /* Fill the headline (cruise) coverage and, faintly, the nominal range;
   * the other classes are outlines with their own dash, so the fills never
   * pile up into a muddy blue. */
  double fill_alpha = ring == GR_OVERLAY_RING_NOMINAL ? 0.06
                      : ring == GR_OVERLAY_RING_CRUISE ? 0.15 : 0.0;

  if (circles->len == 0)
    return;

  cairo_save (cr);
  if (fill_alpha > 0)
    {
      /* One path, winding rule, one fill: each pixel is painted once, so
       * overlapping circles are not darker than single ones. */
      cairo_new_path (cr);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
      for (guint i = 0; i < circles->len; i++)
        {
          const Circle *c = &g_array_index (circles, Circle, i);
          gr_overlay_circle_path (cr, view, c->center, c->radius_km);
        }
      gr_palette_set_source (cr, GR_OVERLAY_RGB_AIR_DEFENSE, fill_alpha);
      cairo_fill (cr);
    }

  gr_palette_set_source (cr, GR_OVERLAY_RGB_AIR_DEFENSE,
                         ring == GR_OVERLAY_RING_NOMINAL ? 0.75 : 0.9);
  cairo_set_line_width (cr, (ring == GR_OVERLAY_RING_NOMINAL ? 1.4 : 1.6) * k);
  gr_overlay_set_ring_dash (cr, ring, k);
  stroke_union (cr, view, circles);
  cairo_restore (cr);
}

void
gr_overlay_air_defense_draw (cairo_t              *cr,
                             const GrMapView      *view,
                             const GrScenario     *s,
                             const GrMetrics      *m,
                             const GrOverlayStyle *style)
{
  const GArray *batteries;
  g_autoptr(GArray) layout = NULL;
  double k, r;

  g_return_if_fail (cr != NULL && view != NULL && s != NULL);

  style = gr_overlay_style_or_default (style);
  k = gr_overlay_symbol_scale (view, style);
  r = gr_overlay_battery_radius (k);
  batteries = s->air_defense.batteries;
  if (batteries == NULL || batteries->len == 0)
    return;

  for (guint o = 0; o < G_N_ELEMENTS (ring_order); o++)
    {
      g_autoptr(GArray) circles = NULL;

      if (!(style->rings & ring_order[o]))
        continue;
      circles = collect_circles (view, s, ring_order[o]);
      draw_ring_union (cr, view, circles, ring_order[o], k);
    }

  layout = gr_overlay_battery_layout (view, s, style);
  for (guint i = 0; i < layout->len; i++)
    {
      const GrOverlaySpot *spot = &g_array_index (layout, GrOverlaySpot, i);
      double d = hypot (spot->x - spot->ax, spot->y - spot->ay);

      if (d > 0.5)
        gr_overlay_draw_leader (cr, spot->ax, spot->ay,
                                spot->x + (spot->ax - spot->x) / d * r,
                                spot->y + (spot->ay - spot->y) / d * r, 0, k);
    }
  for (guint i = 0; i < layout->len; i++)
    {
      const GrOverlaySpot *spot = &g_array_index (layout, GrOverlaySpot, i);
      const GrBattery *b = &g_array_index (batteries, GrBattery, spot->index);

      if (spot->x < -30 * k || spot->y < -30 * k ||
          spot->x > view->width + 30 * k || spot->y > view->height + 30 * k)
        continue;
      gr_overlay_draw_battery (cr, spot->x, spot->y, k, b->system,
                               gr_overlay_is_selected (style, GR_OVERLAY_ITEM_BATTERY,
                                                       spot->index));
    }
}

GArray *
gr_overlay_battery_layout (const GrMapView      *view,
                           const GrScenario     *s,
                           const GrOverlayStyle *style)
{
  const GArray *batteries = s->air_defense.batteries;
  GArray *spots = g_array_new (FALSE, FALSE, sizeof (GrOverlaySpot));
  g_autofree guint *group = NULL;
  double k, r;
  guint n;

  style = gr_overlay_style_or_default (style);
  k = gr_overlay_symbol_scale (view, style);
  r = gr_overlay_battery_radius (k);
  n = batteries != NULL ? batteries->len : 0;
  group = g_new (guint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      const GrBattery *b = &g_array_index (batteries, GrBattery, i);
      GrOverlaySpot spot = { .index = i };

      gr_map_view_to_device (view, b->position.lon, b->position.lat, &spot.ax, &spot.ay);
      spot.x = spot.ax;
      spot.y = spot.ay;
      g_array_append_val (spots, spot);
      /* Single-link grouping in scenario order: join the group of the first
       * earlier battery whose symbol this one would overlap. */
      group[i] = i;
      for (guint j = 0; j < i; j++)
        {
          const GrOverlaySpot *o = &g_array_index (spots, GrOverlaySpot, j);
          if (hypot (o->ax - spot.ax, o->ay - spot.ay) < 2.3 * r)
            {
              group[i] = group[j];
              break;
            }
        }
    }

  /* A lone battery on a port (the maritime layer draws ports above) steps
   * aside to the west, where the sea usually is not. */
  if (style->layers & GR_OVERLAY_MARITIME)
    {
      g_autoptr(GArray) ports = gr_overlay_port_positions (view, s);

      for (guint i = 0; i < n; i++)
        {
          GrOverlaySpot *spot = &g_array_index (spots, GrOverlaySpot, i);

          for (guint p = 0; p < ports->len; p++)
            {
              const double *xy = &g_array_index (ports, double, 2 * p);

              if (hypot (spot->x - xy[0], spot->y - xy[1]) < r + 10 * k)
                {
                  spot->x = xy[0] - (2.2 * r + 9 * k) * 0.8;
                  spot->y = xy[1] - (2.2 * r + 9 * k) * 0.6;
                }
            }
        }
    }

  /* Fan each group out on a circle around its centroid, first member at
   * the top, clockwise, spaced so that neighbours just clear each other. */
  for (guint g = 0; g < n; g++)
    {
      guint members = 0, m = 0;
      double cx = 0, cy = 0, radius;

      for (guint i = 0; i < n; i++)
        if (group[i] == g)
          {
            cx += g_array_index (spots, GrOverlaySpot, i).ax;
            cy += g_array_index (spots, GrOverlaySpot, i).ay;
            members++;
          }
      if (members < 2)
        continue;
      cx /= members;
      cy /= members;
      radius = MAX (1.9 * r, 1.3 * r / sin (G_PI / members));
      for (guint i = 0; i < n; i++)
        if (group[i] == g)
          {
            GrOverlaySpot *spot = &g_array_index (spots, GrOverlaySpot, i);
            double a = -G_PI / 2 + 2 * G_PI * m++ / members;

            spot->x = cx + radius * cos (a);
            spot->y = cy + radius * sin (a);
          }
    }
  return spots;
}
