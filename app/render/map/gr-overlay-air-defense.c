/* gr-overlay-air-defense.c — batteries, their engagement rings and the covered area
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The covered area is drawn as a union: its outline — the stretches of each
 * geodesic circle outside all the others, worked out as geometry
 * (gr-ring-union.c) — is stroked, and the same stretches, chained into the
 * closed loops that bound the union, are filled once with the winding rule
 * (so overlaps are not darker, and the rasteriser never walks the edges
 * hidden inside).  Both are plain paths, without clips, so PDF and SVG
 * exports stay simple vector files, and a frame stays cheap while a battery
 * is dragged.
 */

#include "config.h"

#include "gr-overlay-private.h"
#include "gr-point-grid.h"
#include "gr-ring-union.h"

#include <math.h>

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

double
gr_overlay_battery_room (double k)
{
  return gr_overlay_battery_radius (k) * 1.2;
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

  gr_overlay_log_symbol (cr, x - 1.2 * r, y - 1.2 * r, 2.4 * r, 2.4 * r);
  if (gr_overlay_noting_only ())
    return;
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
  gr_overlay_symbol_text (cr, letter, x, y + (shape == GR_BATTERY_SHAPE_TRIANGLE ? 2.5 * k : 0),
                          10.0 * k, GR_OVERLAY_RGB_AIR_DEFENSE);
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

typedef struct
{
  GrLonLat center;
  double radius_km;
  gboolean shown;       /* can touch the view */
} Circle;

/* A ring out of view is drawn when it overlaps one in view: its cuts shape
 * the outline there. */
static gboolean
overlap_near (const Circle *c,
              const Circle *o)
{
  return gr_geodesy_distance_km (c->center, o->center) <
         1.01 * (c->radius_km + o->radius_km) + 1;
}

/* The circles in view on a lon/lat grid, and in @reach how far in each
 * from a circle's centre another can be and still overlap_near() one of
 * them.  Haversine: sin²(d/2R) ≥ sin²(Δφ/2), and ≥ cos²φ sin²(Δλ/2) with
 * φ the largest latitude, so d < D bounds Δφ < D/R and
 * sin(Δλ/2) < sin(D/2R) / cos φ.  NULL when that gives no useful bound or
 * a box would wrap round the antimeridian: then every pair is compared. */
static GrPointGrid *
shown_grid (const GArray *circles,
            GrLonLat     *reach)
{
  double max_radius = 0, max_lat = 0, max_lon = 0, d, s;
  GrPointGrid *grid;

  for (guint i = 0; i < circles->len; i++)
    {
      const Circle *c = &g_array_index (circles, Circle, i);

      if (!isfinite (c->center.lon) || !isfinite (c->center.lat) || !isfinite (c->radius_km))
        return NULL;
      max_radius = MAX (max_radius, c->radius_km);
      max_lat = MAX (max_lat, fabs (c->center.lat));
      max_lon = MAX (max_lon, fabs (c->center.lon));
    }
  /* the largest D, with a margin for rounding */
  d = (1.01 * (2 * max_radius) + 1) * 1.001 / GR_EARTH_RADIUS_KM;
  s = d < G_PI ? sin (d / 2) / cos (max_lat * G_PI / 180) : G_MAXDOUBLE;
  if (max_lat >= 89 || s >= 0.5)
    return NULL;
  reach->lat = d * 180 / G_PI;
  reach->lon = 2 * asin (s) * 180 / G_PI;
  if (max_lon + reach->lon >= 180)
    return NULL;

  grid = gr_point_grid_new (reach->lon, reach->lat);
  for (guint i = 0; i < circles->len; i++)
    {
      const Circle *c = &g_array_index (circles, Circle, i);

      if (c->shown)
        gr_point_grid_add (grid, i, c->center.lon, c->center.lat);
    }
  return grid;
}

/* The rings of one class that can touch the view, each projected once (the
 * fill and the outline both use these vertices), and the rings out of view
 * that overlap them (shown FALSE): where a ring is cut must not depend on
 * the view, or its dashes would shift as the map pans. */
static GArray *
collect_rings (const GrMapView  *view,
               const GrScenario *s,
               GrOverlayRings    ring,
               GArray           *points,
               GArray           *shown)
{
  g_autoptr(GArray) circles = g_array_new (FALSE, FALSE, sizeof (Circle));
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) near = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GrPointGrid) grid = NULL;
  GrLonLat reach = { 0, 0 };
  GArray *rings = g_array_new (FALSE, FALSE, sizeof (GrRing));
  const GArray *batteries = s->air_defense.batteries;

  for (guint i = 0; batteries != NULL && i < batteries->len; i++)
    {
      const GrBattery *b = &g_array_index (batteries, GrBattery, i);
      const GrAirDefenseSystem *sys = gr_scenario_find_system (s, b->system);
      Circle c = { .center = b->position };

      c.radius_km = gr_overlay_ring_radius_km (s, sys, ring);
      if (!(c.radius_km > 0))
        continue;
      c.shown = gr_overlay_circle_visible (view, c.center, c.radius_km, 4);
      g_array_append_val (circles, c);
    }

  grid = shown_grid (circles, &reach);
  for (guint i = 0; i < circles->len; i++)
    {
      const Circle *c = &g_array_index (circles, Circle, i);
      gboolean needed = c->shown;
      guint n = circles->len;
      GrRing r = { 0 };

      if (!needed && grid != NULL)
        {
          g_array_set_size (near, 0);
          gr_point_grid_query (grid, c->center.lon - reach.lon, c->center.lat - reach.lat,
                               c->center.lon + reach.lon, c->center.lat + reach.lat, near);
          n = near->len;
        }
      for (guint m = 0; m < n && !needed; m++)
        {
          guint j = grid != NULL ? g_array_index (near, guint, m) : m;
          const Circle *o = &g_array_index (circles, Circle, j);

          needed = o->shown && overlap_near (c, o);
        }
      if (!needed)
        continue;
      gr_map_view_to_device (view, c->center.lon, c->center.lat, &r.cx, &r.cy);
      g_array_append_val (starts, points->len);
      r.n = gr_overlay_circle_points (view, c->center, c->radius_km, points);
      g_array_append_val (rings, r);
      g_array_append_val (shown, c->shown);
    }
  /* points->data moved as it grew: point the rings at it only now */
  for (guint i = 0; i < rings->len; i++)
    g_array_index (rings, GrRing, i).xy = &g_array_index (points, double,
                                                          g_array_index (starts, guint, i));
  return rings;
}

/* Adds the stretch of polyline xy (n points) from arc length s0 to s1 along
 * it to the path: as a new subpath, or continuing the current one when
 * join.  s1 past the end takes the polyline to its last vertex. */
static void
add_slice (cairo_t      *cr,
           const double *xy,
           guint         n,
           double        s0,
           double        s1,
           gboolean      join)
{
  gboolean started = FALSE;
  double arc = 0;

  for (guint k = 0; k + 1 < n; k++)
    {
      const double *a = xy + 2 * k, *b = a + 2;
      double len = hypot (b[0] - a[0], b[1] - a[1]);
      double t;

      if (arc + len < s0 && k + 2 < n)
        {
          arc += len;
          continue;
        }
      if (!started)
        {
          t = len > 0 ? CLAMP ((s0 - arc) / len, 0.0, 1.0) : 0;
          if (join)
            cairo_line_to (cr, a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]));
          else
            cairo_move_to (cr, a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]));
          started = TRUE;
        }
      if (arc + len >= s1)
        {
          t = len > 0 ? CLAMP ((s1 - arc) / len, 0.0, 1.0) : 0;
          cairo_line_to (cr, a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]));
          return;
        }
      cairo_line_to (cr, b[0], b[1]);
      arc += len;
    }
}

/* The dash that covers phase in the pattern, or else the last one before
 * it: how far back from phase it starts and how long it is.  Returns
 * whether it covers phase. */
static gboolean
dash_before (const double *dashes,
             int           n_dashes,
             double        phase,
             double       *back,
             double       *length)
{
  /* An odd pattern repeats with on and off swapped (as cairo does). */
  int n = n_dashes % 2 ? 2 * n_dashes : n_dashes;
  double period = 0, c = 0;
  int d;

  for (d = 0; d < n; d++)
    period += dashes[d % n_dashes];
  phase = fmod (phase, period);
  for (d = 0; d < n - 1 && phase >= c + dashes[d % n_dashes]; d++)
    c += dashes[d % n_dashes];
  if (d % 2 == 0)
    {
      *back = phase - c;
      *length = dashes[d % n_dashes];
      return TRUE;
    }
  *back = phase - c + dashes[(d - 1) % n_dashes];
  *length = dashes[(d - 1) % n_dashes];
  return FALSE;
}

/* Strokes the outline runs of one ring (runs[0 .. n-1], in order along it).
 * Every run restarts the dash at its own offset, so the dots and dashes sit
 * where they would on the whole ring.
 *
 * Each ring is stroked on its own, as the clipped rings were: cairo's
 * rasteriser takes a row's edges together, and strokes composite one over
 * the other, so mixing rings that the view may or may not include in one
 * path, or splitting a ring's neighbouring dashes over two strokes, would
 * tip edge pixels by a few levels as the map pans.
 *
 * That is why a ring cut elsewhere gets a seam at its first vertex, where
 * a closed ring's pattern restarts: the last dash before it and the first
 * after it go into one undashed stroke, as explicit pieces, joined where
 * the last dash runs on into the first (as a closed ring joins them) —
 * and the runs that lead to and away from the seam stop in the gaps beside
 * it.  The ring then looks the same at its first vertex whether it is cut
 * or not.  The caller sets the source, width and dash. */
static void
stroke_ring (cairo_t         *cr,
             const GrRingRun *runs,
             guint            n,
             const double    *xy,
             const double    *dashes,
             int              n_dashes)
{
  const GrRingRun *first = &runs[0], *last = &runs[n - 1];
  const double everything = G_MAXDOUBLE;
  double end_start = 0, end_stop = 0, first_stop = everything, margin = 0;
  gboolean seam, joined = TRUE;

  seam = n >= 2 && last->to_first && first->offset == 0 && !first->closed;
  if (seam && n_dashes > 0)
    {
      double back, length;

      /* along the last run: where its last dash starts and stops */
      joined = dash_before (dashes, n_dashes, last->offset + last->length, &back, &length);
      end_start = last->length - back;
      end_stop = joined ? last->length : end_start + length;
      first_stop = dashes[0];
      /* The runs beside the seam stop and start half a gap away from its
       * dashes: cairo measures the path from coordinates rounded to 1/256
       * px, so a run stopped right at a dash might draw a sliver of it,
       * twice over the seam's. */
      margin = G_MAXDOUBLE;
      for (int d = 1; d < n_dashes || d == 1; d += 2)
        margin = MIN (margin, dashes[d % n_dashes] / 2);
    }

  if (n_dashes == 0)
    {
      cairo_new_path (cr);
      for (guint r = seam ? 1 : 0; r < (seam ? n - 1 : n); r++)
        gr_overlay_points_path (cr, xy + 2 * runs[r].first, runs[r].n_points, runs[r].closed);
      if (seam)
        {
          gr_overlay_points_path (cr, xy + 2 * last->first, last->n_points, FALSE);
          add_slice (cr, xy + 2 * first->first, first->n_points, 0, everything, TRUE);
        }
      cairo_stroke (cr);
      return;
    }

  for (guint r = 0; r < n; r++)
    {
      const GrRingRun *run = &runs[r];
      double s0 = 0, s1 = everything, offset = run->offset;

      if (seam && r == 0)
        {
          s0 = offset = first_stop + margin;
          if (s0 >= run->length)
            continue;
        }
      if (seam && r == n - 1)
        {
          s1 = end_start - margin;
          if (s1 <= 0)
            continue;
        }
      cairo_set_dash (cr, dashes, n_dashes, offset);
      if (s0 == 0 && s1 == everything)
        gr_overlay_points_path (cr, xy + 2 * run->first, run->n_points, run->closed);
      else
        add_slice (cr, xy + 2 * run->first, run->n_points, s0, s1, FALSE);
      cairo_stroke (cr);
    }
  if (seam)
    {
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_new_path (cr);
      if (end_stop > 0)
        add_slice (cr, xy + 2 * last->first, last->n_points, MAX (end_start, 0),
                   joined ? everything : end_stop, FALSE);
      add_slice (cr, xy + 2 * first->first, first->n_points, 0, first_stop,
                 joined && end_stop > 0);
      cairo_stroke (cr);
    }
}

/* Strokes the union's outline, ring by ring (only the rings in view). */
static void
stroke_runs (cairo_t        *cr,
             const GArray   *runs,
             const GArray   *points,
             const gboolean *shown)
{
  int n_dashes = cairo_get_dash_count (cr);
  g_autofree double *dashes = g_new (double, MAX (n_dashes, 1));
  const GrRingRun *all = (const GrRingRun *) runs->data;

  cairo_get_dash (cr, dashes, NULL);
  for (guint r = 0, end; r < runs->len; r = end)
    {
      for (end = r + 1; end < runs->len && all[end].ring == all[r].ring; end++)
        ;
      if (shown[all[r].ring])
        stroke_ring (cr, all + r, end - r, (const double *) points->data, dashes, n_dashes);
    }
}

/* The union's outline as closed loops, for its fill: the rings' own
 * polygons would make the rasteriser walk every edge hidden inside the
 * union (most of them, where batteries crowd).  The loops take in the
 * rings out of view that were collected too; they do not reach the view.
 * FALSE (and nothing added) when the runs do not close into loops. */
static gboolean
union_path (cairo_t      *cr,
            const GArray *runs,
            const GArray *points)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) loop_ends = g_array_new (FALSE, FALSE, sizeof (guint));
  const GrRingRun *all = (const GrRingRun *) runs->data;
  const double *xy = (const double *) points->data;

  /* Where two rings cross, both runs' ends are worked out from the same
   * two edges: they agree far below cairo's 1/256 of a pixel. */
  if (!gr_ring_union_loops (runs, points, 1e-3, order, loop_ends))
    return FALSE;
  for (guint l = 0, o = 0; l < loop_ends->len; l++)
    {
      for (guint start = o; o < g_array_index (loop_ends, guint, l); o++)
        {
          const GrRingRun *run = &all[g_array_index (order, guint, o)];

          for (guint p = 0; p < run->n_points; p++)
            {
              const double *v = xy + 2 * (run->first + p);

              if (o == start && p == 0)
                cairo_move_to (cr, v[0], v[1]);
              else
                cairo_line_to (cr, v[0], v[1]);
            }
        }
      cairo_close_path (cr);
    }
  return TRUE;
}

static void
draw_ring_union (cairo_t          *cr,
                 const GrMapView  *view,
                 const GrScenario *s,
                 GrOverlayRings    ring,
                 double            k)
{
  /* Fill the headline (cruise) coverage and, faintly, the nominal range;
   * the other classes are outlines with their own dash, so the fills never
   * pile up into a muddy blue. */
  double fill_alpha = ring == GR_OVERLAY_RING_NOMINAL ? 0.06
                      : ring == GR_OVERLAY_RING_CRUISE ? 0.15 : 0.0;
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr(GArray) rings = collect_rings (view, s, ring, points, shown);
  g_autoptr(GArray) runs = NULL;
  g_autoptr(GArray) run_points = NULL;

  if (rings->len == 0)
    return;

  runs = g_array_new (FALSE, FALSE, sizeof (GrRingRun));
  run_points = g_array_new (FALSE, FALSE, sizeof (double));
  gr_ring_union_outline ((const GrRing *) rings->data, rings->len, runs, run_points);

  cairo_save (cr);
  if (fill_alpha > 0)
    {
      /* One path, winding rule, one fill: each pixel is painted once, so
       * overlapping circles are not darker than single ones. */
      cairo_new_path (cr);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
      if (!union_path (cr, runs, run_points))
        for (guint i = 0; i < rings->len; i++)
          {
            const GrRing *r = &g_array_index (rings, GrRing, i);

            if (g_array_index (shown, gboolean, i))
              gr_overlay_points_path (cr, r->xy, r->n, TRUE);
          }
      gr_palette_set_source (cr, GR_OVERLAY_RGB_AIR_DEFENSE, fill_alpha);
      cairo_fill (cr);
    }

  gr_palette_set_source (cr, GR_OVERLAY_RGB_AIR_DEFENSE,
                         ring == GR_OVERLAY_RING_NOMINAL ? 0.75 : 0.9);
  cairo_set_line_width (cr, (ring == GR_OVERLAY_RING_NOMINAL ? 1.4 : 1.6) * k);
  gr_overlay_set_ring_dash (cr, ring, k);
  stroke_runs (cr, runs, run_points, (const gboolean *) shown->data);
  cairo_restore (cr);
}

/* How far from its true position the leader of displaced battery @i
 * starts: past the other symbols over that position (a city's batteries
 * fanned out around it cover it), so that it crosses none of them; or
 * its whole length, no leader, when it would cross one further out. */
static double
leader_clear (const GArray           *layout,
              guint                   i,
              const GrOverlaySegment *leader,
              double                  r)
{
  double length = hypot (leader->x1 - leader->x0, leader->y1 - leader->y0);
  double reach = length + 2.4 * r, clear = 0;

  for (guint j = 0; j < layout->len; j++)
    {
      const GrOverlaySpot *other = &g_array_index (layout, GrOverlaySpot, j);
      /* the box the symbol is drawn in (gr_overlay_draw_battery) */
      cairo_rectangle_t box = { other->x - 1.2 * r, other->y - 1.2 * r, 2.4 * r, 2.4 * r };
      double exit;

      if (j == i || fabs (other->x - leader->x0) > reach || fabs (other->y - leader->y0) > reach)
        continue;
      exit = gr_overlay_segment_exit (leader, &box);
      if (exit < 0)
        continue;
      if (leader->x0 < box.x - 2 || leader->x0 > box.x + box.width + 2 ||
          leader->y0 < box.y - 2 || leader->y0 > box.y + box.height + 2)
        return length;
      clear = MAX (clear, exit);
    }
  return clear;
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

  style = gr_overlay_begin (cr, style);
  k = gr_overlay_symbol_scale (view, style);
  r = gr_overlay_battery_radius (k);
  batteries = s->air_defense.batteries;
  if (batteries == NULL || batteries->len == 0)
    return;

  /* the rings note no boxes */
  for (guint o = 0; o < G_N_ELEMENTS (ring_order) && !gr_overlay_noting_only (); o++)
    {
      if (style->rings & ring_order[o])
        draw_ring_union (cr, view, s, ring_order[o], k);
    }

  layout = gr_overlay_battery_layout (view, s, style);
  for (guint i = 0; i < layout->len; i++)
    {
      const GrOverlaySpot *spot = &g_array_index (layout, GrOverlaySpot, i);
      double d = hypot (spot->x - spot->ax, spot->y - spot->ay);
      GrOverlaySegment leader;

      if (d <= 0.5)
        continue;
      leader = (GrOverlaySegment) { spot->ax, spot->ay,
                                    spot->x + (spot->ax - spot->x) / d * r,
                                    spot->y + (spot->ay - spot->y) / d * r };
      gr_overlay_draw_leader (cr, leader.x0, leader.y0, leader.x1, leader.y1,
                              leader_clear (layout, i, &leader, r), k);
    }
  for (guint i = 0; i < layout->len; i++)
    {
      const GrOverlaySpot *spot = &g_array_index (layout, GrOverlaySpot, i);
      const GrBattery *b = &g_array_index (batteries, GrBattery, spot->index);

      if (spot->x < -30 * k || spot->y < -30 * k ||
          spot->x > view->width + 30 * k || spot->y > view->height + 30 * k)
        continue;
      gr_overlay_draw_battery (cr, spot->x, spot->y, k, b->system,
                               gr_overlay_is_selected (style, GR_EDIT_ITEM_BATTERY,
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
  g_autofree guint *next = NULL;
  g_autoptr(GArray) near = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GrPointGrid) grid = NULL;
  double k, r, reach;
  guint n;

  style = gr_overlay_style_or_default (style);
  k = gr_overlay_symbol_scale (view, style);
  r = gr_overlay_battery_radius (k);
  n = batteries != NULL ? batteries->len : 0;
  group = g_new (guint, MAX (n, 1));
  next = g_new (guint, MAX (n, 1));
  /* symbols overlap within 2.3 r; a margin for the rounding of the box */
  reach = 2.3 * r * (1 + 1e-9) + 1e-9;
  grid = gr_point_grid_new (MAX (reach, 1e-6), MAX (reach, 1e-6));

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
      g_array_set_size (near, 0);
      gr_point_grid_query (grid, spot.ax - reach, spot.ay - reach,
                           spot.ax + reach, spot.ay + reach, near);
      for (guint c = 0, first = i; c < near->len; c++)
        {
          guint j = g_array_index (near, guint, c);
          const GrOverlaySpot *o = &g_array_index (spots, GrOverlaySpot, j);

          if (j < first && hypot (o->ax - spot.ax, o->ay - spot.ay) < 2.3 * r)
            {
              first = j;
              group[i] = group[j];
            }
        }
      gr_point_grid_add (grid, i, spot.ax, spot.ay);
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
  /* A group's members, chained in scenario order from the group's first
   * (whose index names the group): next[i] is the member after i, or n. */
  for (guint i = 0; i < n; i++)
    next[i] = n;
  for (guint i = n; i-- > 0;)
    if (group[i] != i)
      {
        next[i] = next[group[i]];
        next[group[i]] = i;
      }
  for (guint g = 0; g < n; g++)
    {
      guint members = 0, m = 0;
      double cx = 0, cy = 0, radius;

      if (group[g] != g || next[g] == n)
        continue;
      for (guint i = g; i < n; i = next[i])
        {
          cx += g_array_index (spots, GrOverlaySpot, i).ax;
          cy += g_array_index (spots, GrOverlaySpot, i).ay;
          members++;
        }
      cx /= members;
      cy /= members;
      radius = MAX (1.9 * r, 1.3 * r / sin (G_PI / members));
      for (guint i = g; i < n; i = next[i])
        {
          GrOverlaySpot *spot = &g_array_index (spots, GrOverlaySpot, i);
          double a = -G_PI / 2 + 2 * G_PI * m++ / members;

          spot->x = cx + radius * cos (a);
          spot->y = cy + radius * sin (a);
        }
    }
  return spots;
}
