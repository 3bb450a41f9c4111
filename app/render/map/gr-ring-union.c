/* gr-ring-union.c — the outline of a union of star-shaped rings, as open polylines
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The air-defence painter strokes only the outline of the area its rings
 * cover.  Clipping each ring's stroke to the outside of every ring it
 * overlaps draws that, but costs a clip mask per pair on every frame; here
 * the outline is worked out as geometry instead, so the painter strokes
 * plain open paths.
 *
 * Every edge of a ring is tested against the rings near it.  A ring is
 * star-shaped around its centre, so two discs bound it: r_min (inside the
 * ring) and r_max (around it), and for most edges they settle the matter.
 * An edge in between is cut where it crosses the other ring's edges — found
 * from the angles the edge spans as seen from that ring's centre, a binary
 * search away — and each piece is kept when its midpoint is outside every
 * other ring.  The inside test is exact for a star-shaped polygon: the ray
 * from the centre through a point leaves through one edge, found by the
 * point's angle, and the point is inside when it is on the centre's side
 * of that edge.
 *
 * The runs also bound the union's area: where ring i's run ends, crossing
 * into ring j, ring j's run starts (leaving ring i), at the same point to
 * within rounding.  gr_ring_union_loops() follows them from end to start
 * into closed loops, for a fill that takes only the union's boundary.
 */

#include "config.h"

#include "gr-ring-union.h"
#include "gr-plane.h"
#include "gr-point-grid.h"

#include <math.h>
#include <stdlib.h>

typedef struct
{
  const GrRing *ring;
  double r_max;         /* every vertex lies within r_max of the centre */
  double r_min;         /* the disc of radius r_min lies inside */
  double a0;            /* angle of the first vertex, atan2 y-down */
  double *angle;        /* each vertex's angle from the first, in [0, 2π),
                         * increasing; NULL when not star-shaped */
  gboolean prepared;    /* r_min and angle are set */
} Shape;

#define X(r, k) ((r)->xy[2 * (k)])
#define Y(r, k) ((r)->xy[2 * (k) + 1])

static double
cross (double ax,
       double ay,
       double bx,
       double by)
{
  return ax * by - ay * bx;
}

static double
angle_from_first (const Shape *shape,
                  double       x,
                  double       y)
{
  double a = atan2 (y - shape->ring->cy, x - shape->ring->cx) - shape->a0;

  while (a < 0)
    a += 2 * G_PI;
  while (a >= 2 * G_PI)
    a -= 2 * G_PI;
  return a;
}

static void
shape_init (Shape        *shape,
            const GrRing *ring)
{
  *shape = (Shape) { .ring = ring };
  for (guint k = 0; k < ring->n; k++)
    shape->r_max = MAX (shape->r_max, hypot (X (ring, k) - ring->cx, Y (ring, k) - ring->cy));
}

/* The angles and r_min, needed only for rings that overlap another. */
static void
shape_prepare (Shape *shape)
{
  const GrRing *ring = shape->ring;
  double r_min2 = G_MAXDOUBLE;
  gboolean star = ring->n >= 3;

  if (shape->prepared)
    return;
  shape->prepared = TRUE;
  shape->angle = g_new (double, MAX (ring->n, 1));
  shape->a0 = ring->n > 0 ? atan2 (Y (ring, 0) - ring->cy, X (ring, 0) - ring->cx) : 0;
  for (guint k = 0; k < ring->n; k++)
    {
      guint l = (k + 1) % ring->n;

      shape->angle[k] = k == 0 ? 0 : angle_from_first (shape, X (ring, k), Y (ring, k));
      r_min2 = MIN (r_min2, gr_plane_segment_distance2 (ring->cx, ring->cy,
                                                        X (ring, k), Y (ring, k),
                                                        X (ring, l), Y (ring, l)));
      /* Star-shaped with every wedge under half a turn, turning the right
       * way: the ray through a point then leaves through one edge, and the
       * centre is on the inner side of every edge. */
      if (cross (X (ring, k) - ring->cx, Y (ring, k) - ring->cy,
                 X (ring, l) - ring->cx, Y (ring, l) - ring->cy) <= 0 ||
          (k > 0 && shape->angle[k] <= shape->angle[k - 1]))
        star = FALSE;
    }
  shape->r_min = star ? sqrt (r_min2) : 0;
  if (!star)
    g_clear_pointer (&shape->angle, g_free);
}

static void
shape_clear (Shape *shape)
{
  g_clear_pointer (&shape->angle, g_free);
}

/* The edge (from vertex k to k + 1) that the ray from the centre at angle a
 * (from the first vertex) leaves through. */
static guint
shape_edge_at (const Shape *shape,
               double       a)
{
  guint lo = 0, hi = shape->ring->n;

  /* the largest k with angle[k] <= a; angle[0] = 0 <= a */
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (shape->angle[mid] <= a)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

static gboolean
shape_contains (const Shape *shape,
                double       x,
                double       y)
{
  const GrRing *ring = shape->ring;
  double dx = x - ring->cx, dy = y - ring->cy;
  double d2 = dx * dx + dy * dy;
  gboolean inside = FALSE;

  if (d2 >= shape->r_max * shape->r_max)
    return FALSE;
  if (d2 < shape->r_min * shape->r_min)
    return TRUE;
  if (shape->angle != NULL)
    {
      guint k = shape_edge_at (shape, angle_from_first (shape, x, y));
      guint l = (k + 1) % ring->n;

      return cross (X (ring, l) - X (ring, k), Y (ring, l) - Y (ring, k),
                    x - X (ring, k), y - Y (ring, k)) > 0;
    }
  /* Not star-shaped: even-odd over every edge. */
  for (guint k = 0, l = ring->n - 1; k < ring->n; l = k++)
    if ((Y (ring, k) > y) != (Y (ring, l) > y) &&
        x < (X (ring, l) - X (ring, k)) * (y - Y (ring, k)) / (Y (ring, l) - Y (ring, k)) + X (ring, k))
      inside = !inside;
  return inside;
}

/* Appends to ts the parameter t in (0, 1) of every point where the segment
 * p0 + t (p1 − p0) crosses edge k of the shape. */
static void
add_crossing (const Shape *shape,
              guint        k,
              double       x0,
              double       y0,
              double       x1,
              double       y1,
              GArray      *ts)
{
  const GrRing *ring = shape->ring;
  guint l = (k + 1) % ring->n;
  double rx = x1 - x0, ry = y1 - y0;
  double qx = X (ring, l) - X (ring, k), qy = Y (ring, l) - Y (ring, k);
  double denom = cross (rx, ry, qx, qy);
  double t, u;

  /* Parallel edges do not cross; one lying along the segment changes
   * nothing that the midpoint tests would not see. */
  if (denom == 0)
    return;
  t = cross (X (ring, k) - x0, Y (ring, k) - y0, qx, qy) / denom;
  u = cross (X (ring, k) - x0, Y (ring, k) - y0, rx, ry) / denom;
  if (t > 0 && t < 1 && u >= 0 && u <= 1)
    g_array_append_val (ts, t);
}

/* Every crossing of the segment with the shape's outline (possibly some
 * twice: extra cuts are harmless, a missing one is not). */
static void
add_crossings (const Shape *shape,
               double       x0,
               double       y0,
               double       x1,
               double       y1,
               GArray      *ts)
{
  const GrRing *ring = shape->ring;
  double s, r0, r1;
  guint k0, k1, steps;
  int dir;

  s = cross (x0 - ring->cx, y0 - ring->cy, x1 - ring->cx, y1 - ring->cy);
  r0 = hypot (x0 - ring->cx, y0 - ring->cy);
  r1 = hypot (x1 - ring->cx, y1 - ring->cy);
  if (shape->angle == NULL || fabs (s) <= 1e-9 * r0 * r1)
    {
      /* Not star-shaped, or the segment runs (all but) through the centre
       * or straight at it, where the way it turns is lost in rounding. */
      for (guint k = 0; k < ring->n; k++)
        add_crossing (shape, k, x0, y0, x1, y1, ts);
      return;
    }
  /* The segment sweeps less than half a turn around the centre, over the
   * wedges from p0's to p1's; one more edge at either end covers rounding
   * at a wedge's border. */
  k0 = shape_edge_at (shape, angle_from_first (shape, x0, y0));
  k1 = shape_edge_at (shape, angle_from_first (shape, x1, y1));
  dir = s >= 0 ? 1 : -1;
  steps = dir > 0 ? (k1 + ring->n - k0) % ring->n : (k0 + ring->n - k1) % ring->n;
  steps = MIN (steps + 3, ring->n);
  for (guint i = 0, k = (k0 + ring->n - dir) % ring->n; i < steps; i++)
    {
      add_crossing (shape, k, x0, y0, x1, y1, ts);
      k = (k + ring->n + dir) % ring->n;
    }
}

static gboolean
rings_identical (const GrRing *a,
                 const GrRing *b)
{
  if (a->n != b->n || fabs (a->cx - b->cx) > 1e-6 || fabs (a->cy - b->cy) > 1e-6)
    return FALSE;
  for (guint k = 0; k < 2 * a->n; k++)
    if (fabs (a->xy[k] - b->xy[k]) > 1e-6)
      return FALSE;
  return TRUE;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* The rings that may hide part of ring i, into others (in increasing
 * order); FALSE when ring i has no outline at all (inside another, or a
 * copy of an earlier one).  Only the rings in @candidates (all of them
 * when NULL) are looked at: those whose centres are near enough to
 * overlap.  Neither answer depends on the order they are looked at in. */
static gboolean
find_neighbours (Shape        *shapes,
                 guint         n_shapes,
                 guint         i,
                 const GArray *candidates,
                 GArray       *others)
{
  Shape *si = &shapes[i];
  guint n = candidates != NULL ? candidates->len : n_shapes;

  g_array_set_size (others, 0);
  for (guint c = 0; c < n; c++)
    {
      guint j = candidates != NULL ? g_array_index (candidates, guint, c) : c;
      Shape *sj = &shapes[j];
      double d, dx, dy, reach;

      if (j == i)
        continue;
      /* far apart beyond doubt, without the exact distance */
      dx = si->ring->cx - sj->ring->cx;
      dy = si->ring->cy - sj->ring->cy;
      reach = si->r_max + sj->r_max;
      if (dx * dx + dy * dy > reach * reach * (1 + 1e-6))
        continue;
      d = hypot (dx, dy);
      if (d >= reach)
        continue;
      if (rings_identical (si->ring, sj->ring))
        {
          if (j < i)
            return FALSE;
          continue;
        }
      shape_prepare (si);
      shape_prepare (sj);
      if (d + si->r_max < sj->r_min)
        return FALSE;
      if (d + sj->r_max < si->r_min)
        continue;
      g_array_append_val (others, j);
    }
  if (candidates != NULL)
    g_array_sort (others, compare_uint);
  return TRUE;
}

/* A grid of the rings' centres, its cells as wide as the largest ring:
 * two rings overlap only when their centres are nearer than
 * r_max + r_max of the largest.  NULL when a centre or a radius is not
 * finite (then every pair is compared, as before there was a grid). */
static GrPointGrid *
centre_grid (const Shape *shapes,
             guint        n_shapes,
             double      *largest)
{
  GrPointGrid *grid;

  *largest = 0;
  for (guint i = 0; i < n_shapes; i++)
    {
      if (!isfinite (shapes[i].ring->cx) || !isfinite (shapes[i].ring->cy) ||
          !isfinite (shapes[i].r_max))
        return NULL;
      *largest = MAX (*largest, shapes[i].r_max);
    }
  grid = gr_point_grid_new (MAX (*largest, 1.0), MAX (*largest, 1.0));
  for (guint i = 0; i < n_shapes; i++)
    gr_point_grid_add (grid, i, shapes[i].ring->cx, shapes[i].ring->cy);
  return grid;
}

/* Whether edge p0–p1 lies wholly inside shape's inner disc (a disc is
 * convex: both ends inside will do). */
static gboolean
inside_inner_disc (const Shape *shape,
                   double       x0,
                   double       y0,
                   double       x1,
                   double       y1)
{
  double cx = shape->ring->cx, cy = shape->ring->cy;
  double d0 = (x0 - cx) * (x0 - cx) + (y0 - cy) * (y0 - cy);
  double d1 = (x1 - cx) * (x1 - cx) + (y1 - cy) * (y1 - cy);

  return MAX (d0, d1) < shape->r_min * shape->r_min;
}

/* The visible pieces of edge p0–p1 as (t0, t1) pairs appended to visible.
 * *hider is the ring that hid the previous edge whole (or G_MAXUINT): the
 * next edge is most often inside it too, and where rings crowd, looking
 * at it first spares the look at every other; it is updated. */
static void
edge_visible (Shape        *shapes,
              const GArray *others,
              double        x0,
              double        y0,
              double        x1,
              double        y1,
              guint        *hider,
              GArray       *near,
              GArray       *ts,
              GArray       *visible)
{
  if (*hider != G_MAXUINT && inside_inner_disc (&shapes[*hider], x0, y0, x1, y1))
    return;
  *hider = G_MAXUINT;
  g_array_set_size (near, 0);
  g_array_set_size (ts, 0);
  for (guint o = 0; o < others->len; o++)
    {
      guint j = g_array_index (others, guint, o);
      const Shape *sj = &shapes[j];
      double cx = sj->ring->cx, cy = sj->ring->cy;

      if (gr_plane_segment_distance2 (cx, cy, x0, y0, x1, y1) >= sj->r_max * sj->r_max)
        continue;
      if (inside_inner_disc (sj, x0, y0, x1, y1))
        {
          *hider = j;   /* wholly inside ring j */
          return;
        }
      g_array_append_val (near, j);
      add_crossings (sj, x0, y0, x1, y1, ts);
    }

  if (near->len == 0)
    {
      double piece[2] = { 0, 1 };

      g_array_append_vals (visible, piece, 2);
      return;
    }
  g_array_sort (ts, compare_double);
  for (guint p = 0; p <= ts->len; p++)
    {
      double t0 = p == 0 ? 0 : g_array_index (ts, double, p - 1);
      double t1 = p == ts->len ? 1 : g_array_index (ts, double, p);
      double tm = (t0 + t1) / 2;
      gboolean hidden = FALSE;

      if (t1 - t0 < 1e-9)
        continue;
      for (guint o = 0; o < near->len && !hidden; o++)
        hidden = shape_contains (&shapes[g_array_index (near, guint, o)],
                                 x0 + tm * (x1 - x0), y0 + tm * (y1 - y0));
      if (hidden)
        continue;
      /* Join to the previous piece when they touch. */
      if (visible->len > 0 && g_array_index (visible, double, visible->len - 1) == t0)
        g_array_index (visible, double, visible->len - 1) = t1;
      else
        {
          double piece[2] = { t0, t1 };

          g_array_append_vals (visible, piece, 2);
        }
    }
}

static void
append_point (GArray *points,
              double  x,
              double  y)
{
  double xy[2] = { x, y };

  g_array_append_vals (points, xy, 2);
}

/* Walks ring i's edges and appends its visible runs. */
static void
ring_runs (Shape        *shapes,
           guint         i,
           const GArray *others,
           GArray       *runs,
           GArray       *points,
           GArray       *scratch[3])
{
  const GrRing *ring = shapes[i].ring;
  GrRingRun run = { .ring = i };
  gboolean open = FALSE, whole = TRUE;
  guint first_run = runs->len, first_point = points->len / 2;
  guint hider = G_MAXUINT;
  double arc = 0;

  if (others->len == 0)
    {
      /* Nothing near: the whole ring, closed. */
      run = (GrRingRun) { .ring = i, .first = first_point, .n_points = ring->n, .closed = TRUE };
      for (guint e = 0; e < ring->n; e++)
        run.length += hypot (X (ring, (e + 1) % ring->n) - X (ring, e),
                             Y (ring, (e + 1) % ring->n) - Y (ring, e));
      g_array_append_vals (points, ring->xy, 2 * ring->n);
      g_array_append_val (runs, run);
      return;
    }
  for (guint e = 0; e < ring->n; e++)
    {
      guint f = (e + 1) % ring->n;
      double x0 = X (ring, e), y0 = Y (ring, e), x1 = X (ring, f), y1 = Y (ring, f);
      double len = hypot (x1 - x0, y1 - y0);
      GArray *visible = scratch[2];

      g_array_set_size (visible, 0);
      edge_visible (shapes, others, x0, y0, x1, y1, &hider, scratch[0], scratch[1], visible);
      if (visible->len != 2 || g_array_index (visible, double, 0) != 0 ||
          g_array_index (visible, double, 1) != 1)
        whole = FALSE;
      if (open && (visible->len == 0 || g_array_index (visible, double, 0) != 0))
        {
          g_array_append_val (runs, run);
          open = FALSE;
        }
      for (guint p = 0; p < visible->len; p += 2)
        {
          double t0 = g_array_index (visible, double, p);
          double t1 = g_array_index (visible, double, p + 1);

          if (!open)
            {
              run.first = points->len / 2;
              run.n_points = 1;
              run.offset = arc + t0 * len;
              run.length = 0;
              if (t0 == 0)
                append_point (points, x0, y0);
              else
                append_point (points, x0 + t0 * (x1 - x0), y0 + t0 * (y1 - y0));
            }
          if (t1 == 1)
            append_point (points, x1, y1);
          else
            append_point (points, x0 + t1 * (x1 - x0), y0 + t1 * (y1 - y0));
          run.n_points++;
          run.length += (t1 - t0) * len;
          open = t1 == 1;
          if (!open)
            g_array_append_val (runs, run);
        }
      arc += len;
    }
  /* A run that reaches the first vertex again stops there: the dash
   * pattern restarts at the first vertex, as it does on a closed ring. */
  if (open)
    {
      run.to_first = TRUE;
      g_array_append_val (runs, run);
    }

  if (whole && ring->n > 0)
    {
      /* Nothing hidden: the ring itself, closed, as it was drawn before
       * anything overlapped it (without the repeated first vertex). */
      g_array_set_size (runs, first_run);
      g_array_set_size (points, 2 * first_point + 2 * ring->n);
      run = (GrRingRun) { .ring = i, .first = first_point, .n_points = ring->n,
                          .length = arc, .closed = TRUE };
      g_array_append_val (runs, run);
    }
}

void
gr_ring_union_outline (const GrRing *rings,
                       guint         n_rings,
                       GArray       *runs,
                       GArray       *points)
{
  g_autofree Shape *shapes = NULL;
  g_autoptr(GArray) others = NULL;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GrPointGrid) grid = NULL;
  double largest;
  GArray *scratch[3];

  g_return_if_fail (rings != NULL || n_rings == 0);
  g_return_if_fail (g_array_get_element_size (runs) == sizeof (GrRingRun));
  g_return_if_fail (g_array_get_element_size (points) == sizeof (double));

  shapes = g_new (Shape, MAX (n_rings, 1));
  for (guint i = 0; i < n_rings; i++)
    shape_init (&shapes[i], &rings[i]);
  others = g_array_new (FALSE, FALSE, sizeof (guint));
  scratch[0] = g_array_new (FALSE, FALSE, sizeof (guint));
  scratch[1] = g_array_new (FALSE, FALSE, sizeof (double));
  scratch[2] = g_array_new (FALSE, FALSE, sizeof (double));

  grid = centre_grid (shapes, n_rings, &largest);
  for (guint i = 0; i < n_rings; i++)
    {
      if (rings[i].n < 2)
        continue;
      if (grid != NULL)
        {
          /* a margin for the rounding of the box's edges */
          double reach = (shapes[i].r_max + largest) * (1 + 1e-9) + 1e-9;

          g_array_set_size (candidates, 0);
          gr_point_grid_query (grid, rings[i].cx - reach, rings[i].cy - reach,
                               rings[i].cx + reach, rings[i].cy + reach, candidates);
        }
      if (find_neighbours (shapes, n_rings, i, grid != NULL ? candidates : NULL, others))
        ring_runs (shapes, i, others, runs, points, scratch);
    }

  for (guint i = 0; i < n_rings; i++)
    shape_clear (&shapes[i]);
  for (guint s = 0; s < G_N_ELEMENTS (scratch); s++)
    g_array_unref (scratch[s]);
}

/* A run's first point, for gr_ring_union_loops(). */
typedef struct
{
  double x, y;
  guint run;
} RunStart;

static int
compare_start_x (gconstpointer a,
                 gconstpointer b)
{
  const RunStart *p = a, *q = b;

  return (p->x > q->x) - (p->x < q->x);
}

/* The unused start nearest to (x, y) within tolerance, as an index into
 * starts (sorted by x), or -1. */
static int
nearest_start (const RunStart *starts,
               guint           n,
               const gboolean *used,
               double          x,
               double          y,
               double          tolerance)
{
  guint lo = 0, hi = n;
  double best = G_MAXDOUBLE;
  int found = -1;

  /* the first start with x >= x - tolerance */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (starts[mid].x < x - tolerance)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < n && starts[i].x <= x + tolerance; i++)
    {
      double d2 = (starts[i].x - x) * (starts[i].x - x) + (starts[i].y - y) * (starts[i].y - y);

      if (!used[i] && fabs (starts[i].y - y) <= tolerance && d2 < best)
        {
          best = d2;
          found = (int) i;
        }
    }
  return found;
}

gboolean
gr_ring_union_loops (const GArray *runs,
                     const GArray *points,
                     double        tolerance,
                     GArray       *order,
                     GArray       *loop_ends)
{
  const GrRingRun *all;
  const double *xy;
  g_autofree RunStart *starts = NULL;
  g_autofree gboolean *used = NULL;
  g_autofree guint *next = NULL;
  g_autofree gboolean *done = NULL;
  guint n_starts = 0;

  g_return_val_if_fail (runs != NULL && points != NULL, FALSE);
  g_return_val_if_fail (order != NULL && loop_ends != NULL, FALSE);

  g_array_set_size (order, 0);
  g_array_set_size (loop_ends, 0);
  all = (const GrRingRun *) runs->data;
  xy = (const double *) points->data;
  starts = g_new (RunStart, MAX (runs->len, 1));
  used = g_new0 (gboolean, MAX (runs->len, 1));
  next = g_new (guint, MAX (runs->len, 1));
  done = g_new0 (gboolean, MAX (runs->len, 1));
  for (guint r = 0; r < runs->len; r++)
    if (!all[r].closed && all[r].n_points > 0)
      starts[n_starts++] = (RunStart) { xy[2 * all[r].first], xy[2 * all[r].first + 1], r };
  qsort (starts, n_starts, sizeof (RunStart), compare_start_x);

  /* Each end takes the nearest start that is free: every end finding one
   * makes a one-to-one map of the open runs, whose cycles are the loops. */
  for (guint r = 0; r < runs->len; r++)
    {
      const double *end;
      int s;

      if (all[r].closed || all[r].n_points == 0)
        continue;
      end = xy + 2 * (all[r].first + all[r].n_points - 1);
      s = nearest_start (starts, n_starts, used, end[0], end[1], tolerance);
      if (s < 0)
        {
          g_array_set_size (order, 0);
          return FALSE;
        }
      used[s] = TRUE;
      next[r] = starts[s].run;
    }

  for (guint r = 0; r < runs->len; r++)
    {
      if (done[r] || all[r].n_points == 0)
        continue;
      for (guint c = r; !done[c]; c = next[c])
        {
          done[c] = TRUE;
          g_array_append_val (order, c);
          if (all[c].closed)
            break;
        }
      g_array_append_val (loop_ends, order->len);
    }
  return TRUE;
}
