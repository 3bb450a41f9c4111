/* gr-shape-check.c — is a polygon a real area, is a route a real path
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Distinct points are counted with a hash (linear).  Self-intersection is
 * the Shamos–Hoey sweep: edges enter a y-ordered sweep line at their left
 * end and leave at their right end, and only neighbours on the line are
 * tested, which finds an intersection if there is one in O(n log n).  The
 * plane is taken in plain longitude and latitude: the shapes are small
 * next to the globe, and antimeridian crossings are refused first.
 */

#include "config.h"

#include "gr-shape-check.h"

#include <math.h>
#include <string.h>

/* ---- distinct points --------------------------------------------------- */

static guint
lonlat_hash (gconstpointer key)
{
  const GrLonLat *p = key;
  /* + 0.0 makes -0.0 into 0.0, equal as numbers and so in the hash. */
  double v[2] = { p->lon + 0.0, p->lat + 0.0 };
  guint64 bits[2];

  memcpy (bits, v, sizeof bits);
  return g_int64_hash (&bits[0]) * 31 + g_int64_hash (&bits[1]);
}

static gboolean
lonlat_equal (gconstpointer a,
              gconstpointer b)
{
  const GrLonLat *p = a, *q = b;

  return p->lon == q->lon && p->lat == q->lat;
}

/**
 * gr_shape_count_distinct:
 *
 * Returns: how many different points @points holds, in linear time
 */
guint
gr_shape_count_distinct (const GrLonLat *points,
                         guint           n)
{
  g_autoptr(GHashTable) seen = NULL;

  if (n < 2)
    return n;
  seen = g_hash_table_new (lonlat_hash, lonlat_equal);
  for (guint i = 0; i < n; i++)
    g_hash_table_add (seen, (gpointer) &points[i]);
  return g_hash_table_size (seen);
}

/* ---- antimeridian ------------------------------------------------------ */

/* An edge more than 180° of longitude long is the short way across the
 * antimeridian drawn the long way round. */
static gboolean
crosses_antimeridian (const GrLonLat *points,
                      guint           n,
                      gboolean        closed,
                      guint          *where)
{
  guint edges = closed ? n : n - 1;

  for (guint i = 0; i < edges; i++)
    if (fabs (points[(i + 1) % n].lon - points[i].lon) > 180)
      {
        *where = (i + 1) % n;
        return TRUE;
      }
  return FALSE;
}

/* ---- area --------------------------------------------------------------- */

/* About 1 m² in square degrees at the equator. */
#define MIN_PLANAR_AREA 1e-10

static double
planar_area (const GrLonLat *p,
             guint           n)
{
  double a2 = 0;

  /* Relative to the first point, so large longitudes cost no precision. */
  for (guint i = 1; i + 1 < n; i++)
    a2 += (p[i].lon - p[0].lon) * (p[i + 1].lat - p[0].lat)
          - (p[i + 1].lon - p[0].lon) * (p[i].lat - p[0].lat);
  return a2 / 2;
}

/* All points on the line through the first and the one farthest from it,
 * to a relative precision: a polygon 1e-300 degrees wide is a line. */
static gboolean
collinear (const GrLonLat *p,
           guint           n)
{
  double far = 0, fx = 0, fy = 0;

  for (guint i = 1; i < n; i++)
    {
      double dx = p[i].lon - p[0].lon, dy = p[i].lat - p[0].lat;

      if (dx * dx + dy * dy > far)
        {
          far = dx * dx + dy * dy;
          fx = dx;
          fy = dy;
        }
    }
  for (guint i = 1; i < n; i++)
    if (fabs (fx * (p[i].lat - p[0].lat) - fy * (p[i].lon - p[0].lon)) > 1e-12 * far)
      return FALSE;
  return TRUE;
}

/* ---- the sweep --------------------------------------------------------- */

typedef struct
{
  double x0, y0, x1, y1;       /* (x0, y0) is the left (then lower) end */
  guint index;                 /* edge i runs from vertex i to vertex i + 1 */
  GSequenceIter *at;           /* its place on the sweep line, when on it */
} Edge;

typedef struct
{
  Edge *edge;
  gboolean left;
} Event;

typedef struct
{
  double x, y;                 /* the event being processed */
} Sweep;

static double
orient (double ax, double ay, double bx, double by, double cx, double cy)
{
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

static int
sign (double v)
{
  return (v > 0) - (v < 0);
}

static gboolean
on_segment (double ax, double ay, double bx, double by, double px, double py)
{
  return MIN (ax, bx) <= px && px <= MAX (ax, bx) && MIN (ay, by) <= py && py <= MAX (ay, by);
}

static gboolean
segments_meet (const Edge *a,
               const Edge *b)
{
  int d1 = sign (orient (a->x0, a->y0, a->x1, a->y1, b->x0, b->y0));
  int d2 = sign (orient (a->x0, a->y0, a->x1, a->y1, b->x1, b->y1));
  int d3 = sign (orient (b->x0, b->y0, b->x1, b->y1, a->x0, a->y0));
  int d4 = sign (orient (b->x0, b->y0, b->x1, b->y1, a->x1, a->y1));

  if (d1 * d2 < 0 && d3 * d4 < 0)
    return TRUE;
  return (d1 == 0 && on_segment (a->x0, a->y0, a->x1, a->y1, b->x0, b->y0))
         || (d2 == 0 && on_segment (a->x0, a->y0, a->x1, a->y1, b->x1, b->y1))
         || (d3 == 0 && on_segment (b->x0, b->y0, b->x1, b->y1, a->x0, a->y0))
         || (d4 == 0 && on_segment (b->x0, b->y0, b->x1, b->y1, a->x1, a->y1));
}

/* Neighbouring edges share a vertex; they only count as meeting when they
 * fold back over each other (a spike). */
static gboolean
edges_meet (const Edge     *a,
            const Edge     *b,
            const GrLonLat *v,
            guint           n)
{
  guint i = MIN (a->index, b->index), j = MAX (a->index, b->index);

  if (j == i + 1 || (i == 0 && j == n - 1))
    {
      /* The shared vertex s, and the far ends p (of the first) and q. */
      guint s = j == i + 1 ? j : 0;
      guint p = j == i + 1 ? i : n - 1;
      guint q = j == i + 1 ? (j + 1) % n : 1;
      double cross = orient (v[s].lon, v[s].lat, v[p].lon, v[p].lat, v[q].lon, v[q].lat);
      double dot = (v[p].lon - v[s].lon) * (v[q].lon - v[s].lon)
                   + (v[p].lat - v[s].lat) * (v[q].lat - v[s].lat);

      return cross == 0 && dot > 0;
    }
  return segments_meet (a, b);
}

/* The edge's height where the sweep is; a vertical edge is as high as the
 * event within its span. */
static double
height_at (const Edge  *e,
           const Sweep *sweep)
{
  if (e->x1 == e->x0)
    return CLAMP (sweep->y, e->y0, e->y1);
  if (sweep->x <= e->x0)
    return e->y0;
  if (sweep->x >= e->x1)
    return e->y1;
  return e->y0 + (e->y1 - e->y0) * ((sweep->x - e->x0) / (e->x1 - e->x0));
}

static int
edge_compare (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  const Edge *p = a, *q = b;
  double hp = height_at (p, data), hq = height_at (q, data);
  double sp, sq;

  if (hp != hq)
    return hp < hq ? -1 : 1;
  /* Through the same point: the steeper one above. */
  sp = p->x1 == p->x0 ? INFINITY : (p->y1 - p->y0) / (p->x1 - p->x0);
  sq = q->x1 == q->x0 ? INFINITY : (q->y1 - q->y0) / (q->x1 - q->x0);
  if (sp != sq)
    return sp < sq ? -1 : 1;
  return p->index < q->index ? -1 : p->index > q->index;
}

static int
event_compare (gconstpointer a,
               gconstpointer b)
{
  const Event *p = a, *q = b;
  double px = p->left ? p->edge->x0 : p->edge->x1, py = p->left ? p->edge->y0 : p->edge->y1;
  double qx = q->left ? q->edge->x0 : q->edge->x1, qy = q->left ? q->edge->y0 : q->edge->y1;

  if (px != qx)
    return px < qx ? -1 : 1;
  if (py != qy)
    return py < qy ? -1 : 1;
  /* Edges that start at a point meet those that end there. */
  if (p->left != q->left)
    return p->left ? -1 : 1;
  return p->edge->index < q->edge->index ? -1 : p->edge->index > q->edge->index;
}

static gboolean
neighbours_meet (GSequenceIter  *a,
                 GSequenceIter  *b,
                 const GrLonLat *v,
                 guint           n)
{
  if (a == NULL || b == NULL || g_sequence_iter_is_end (a) || g_sequence_iter_is_end (b))
    return FALSE;
  return edges_meet (g_sequence_get (a), g_sequence_get (b), v, n);
}

static GSequenceIter *
prev_of (GSequenceIter *it)
{
  return g_sequence_iter_is_begin (it) ? NULL : g_sequence_iter_prev (it);
}

/* Whether any two edges of the closed ring v[0 … n) meet (n ≥ 3, no two
 * consecutive vertices equal).  *where is a vertex of one of them. */
static gboolean
ring_self_intersects (const GrLonLat *v,
                      guint           n,
                      guint          *where)
{
  g_autofree Edge *edges = g_new0 (Edge, n);
  g_autofree Event *events = g_new (Event, 2 * n);
  g_autoptr(GSequence) line = g_sequence_new (NULL);
  Sweep sweep = { 0, 0 };
  gboolean found = FALSE;

  for (guint i = 0; i < n; i++)
    {
      const GrLonLat *a = &v[i], *b = &v[(i + 1) % n];
      gboolean a_first = a->lon < b->lon || (a->lon == b->lon && a->lat < b->lat);
      Edge *e = &edges[i];

      e->index = i;
      e->x0 = a_first ? a->lon : b->lon;
      e->y0 = a_first ? a->lat : b->lat;
      e->x1 = a_first ? b->lon : a->lon;
      e->y1 = a_first ? b->lat : a->lat;
      events[2 * i] = (Event) { e, TRUE };
      events[2 * i + 1] = (Event) { e, FALSE };
    }
  qsort (events, 2 * n, sizeof (Event), event_compare);

  for (guint k = 0; k < 2 * n && !found; k++)
    {
      Edge *e = events[k].edge;

      sweep.x = events[k].left ? e->x0 : e->x1;
      sweep.y = events[k].left ? e->y0 : e->y1;
      if (events[k].left)
        {
          e->at = g_sequence_insert_sorted (line, e, edge_compare, &sweep);
          found = neighbours_meet (e->at, g_sequence_iter_next (e->at), v, n)
                  || neighbours_meet (e->at, prev_of (e->at), v, n);
        }
      else
        {
          GSequenceIter *above = g_sequence_iter_next (e->at);
          GSequenceIter *below = prev_of (e->at);

          found = neighbours_meet (above, below, v, n);
          g_sequence_remove (e->at);
          e->at = NULL;
        }
      if (found)
        *where = e->index;
    }
  return found;
}

/**
 * gr_shape_check_ring:
 * @points: a polygon's vertices, not closed (a last point equal to the
 *   first is allowed and ignored)
 * @where: (out): on a problem, the index of a vertex involved
 *
 * Returns: the first problem of: fewer than 3 distinct points, an edge
 *   across the antimeridian, an area under %GR_SHAPE_MIN_AREA_KM2, two
 *   edges that cross or touch; %GR_SHAPE_OK when none
 */
GrShapeProblem
gr_shape_check_ring (const GrLonLat *points,
                     guint           n,
                     guint          *where)
{
  g_autoptr(GArray) ring = NULL;
  g_autoptr(GArray) index = NULL;

  *where = 0;
  if (gr_shape_count_distinct (points, n) < 3)
    return GR_SHAPE_TOO_FEW_POINTS;
  if (crosses_antimeridian (points, n, TRUE, where))
    return GR_SHAPE_ANTIMERIDIAN;
  /* On the sphere, three points on a parallel enclose a sliver; in the
   * plane of longitude and latitude, where the edges are drawn, nothing. */
  if (collinear (points, n))
    return GR_SHAPE_NO_AREA;

  /* Repeated consecutive vertices are zero-length edges: drop them. */
  ring = g_array_sized_new (FALSE, FALSE, sizeof (GrLonLat), n);
  index = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  for (guint i = 0; i < n; i++)
    {
      const GrLonLat *last = ring->len > 0 ? &g_array_index (ring, GrLonLat, ring->len - 1)
                                           : NULL;

      if (last == NULL || !lonlat_equal (last, &points[i]))
        {
          g_array_append_val (ring, points[i]);
          g_array_append_val (index, i);
        }
    }
  while (ring->len > 1 && lonlat_equal (&g_array_index (ring, GrLonLat, 0),
                                        &g_array_index (ring, GrLonLat, ring->len - 1)))
    g_array_set_size (ring, ring->len - 1);
  if (ring->len < 3)
    return GR_SHAPE_TOO_FEW_POINTS;
  if (ring_self_intersects ((const GrLonLat *) (void *) ring->data, ring->len, where))
    {
      /* Point at the vertex as the file numbers it. */
      *where = g_array_index (index, guint, *where);
      return GR_SHAPE_SELF_INTERSECTING;
    }
  /* A simple ring, but too small to hold anything. */
  if (fabs (gr_geodesy_ring_area_km2 (points, n)) < GR_SHAPE_MIN_AREA_KM2
      || fabs (planar_area (points, n)) < MIN_PLANAR_AREA)
    return GR_SHAPE_NO_AREA;
  return GR_SHAPE_OK;
}

/**
 * gr_shape_check_path:
 * @points: a route's points in order
 * @where: (out): on a problem, the index of a point involved
 *
 * Returns: %GR_SHAPE_TOO_FEW_POINTS under 2 distinct points,
 *   %GR_SHAPE_ANTIMERIDIAN for a leg across the antimeridian, else OK
 */
GrShapeProblem
gr_shape_check_path (const GrLonLat *points,
                     guint           n,
                     guint          *where)
{
  *where = 0;
  if (gr_shape_count_distinct (points, n) < 2)
    return GR_SHAPE_TOO_FEW_POINTS;
  if (crosses_antimeridian (points, n, FALSE, where))
    return GR_SHAPE_ANTIMERIDIAN;
  return GR_SHAPE_OK;
}
