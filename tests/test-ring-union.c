/* test-ring-union.c — the union outline of rings against hand-worked geometry
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rings here are regular polygons of many vertices around a centre,
 * first vertex due "north" (up, y down) and turning clockwise on screen, as
 * projected geodesic circles are; the expected crossings and arc lengths are
 * those of true circles, which the polygons follow to within their sagitta
 * r (1 − cos (π / n)): 0.004 for r = 100, n = 360.  Their perimeters are
 * shorter by the factor sin (π/n) / (π/n) = 1 − 1.3 × 10⁻⁵, 0.005 on 380.
 */

#include "config.h"

#include <math.h>

#include "gr-ring-union.h"

#define DEG (G_PI / 180.0)

typedef struct
{
  GArray *runs;
  GArray *points;
} Outline;

/* The length along a ring of r and n vertices of an arc of a degrees: the
 * circle's, shortened as its perimeter is. */
static double
arc (double a,
     double r,
     guint  n)
{
  return a * DEG * r * sin (G_PI / n) / (G_PI / n);
}

static GrRing
circle (double  cx,
        double  cy,
        double  r,
        guint   n,
        double *xy)
{
  for (guint k = 0; k < n; k++)
    {
      double a = -G_PI / 2 + 2 * G_PI * k / n;

      xy[2 * k] = cx + r * cos (a);
      xy[2 * k + 1] = cy + r * sin (a);
    }
  return (GrRing) { .cx = cx, .cy = cy, .xy = xy, .n = n };
}

static void
outline (Outline      *o,
         const GrRing *rings,
         guint         n_rings)
{
  o->runs = g_array_new (FALSE, FALSE, sizeof (GrRingRun));
  o->points = g_array_new (FALSE, FALSE, sizeof (double));
  gr_ring_union_outline (rings, n_rings, o->runs, o->points);
}

static void
outline_clear (Outline *o)
{
  g_array_unref (o->runs);
  g_array_unref (o->points);
}

static const GrRingRun *
run_at (Outline *o,
        guint    i)
{
  g_assert_cmpuint (i, <, o->runs->len);
  return &g_array_index (o->runs, GrRingRun, i);
}

/* Point p of run i (negative p counts from its end). */
static void
assert_run_point (Outline *o,
                  guint    i,
                  int      p,
                  double   x,
                  double   y,
                  double   epsilon)
{
  const GrRingRun *run = run_at (o, i);
  guint k = run->first + (p >= 0 ? (guint) p : run->n_points - (guint) -p);

  g_assert_cmpfloat_with_epsilon (g_array_index (o->points, double, 2 * k), x, epsilon);
  g_assert_cmpfloat_with_epsilon (g_array_index (o->points, double, 2 * k + 1), y, epsilon);
}

/* A at (0, 0) and B at (120, 0), both r = 100, cross where x = 60 and
 * y = ±√(100² − 60²) = ±80, at ∓53.13° from A's east (atan (80 / 60)) and
 * 180 ± 53.13° from B's.  A's first vertex (0, −100) is outside B (156 from
 * its centre), so A's outline is two runs: from the first vertex clockwise
 * to (60, −80), 90 − 53.13 = 36.87° = 0.6435 rad, 64.35 long; and from
 * (60, 80), 90 + 53.13 = 143.13° = 249.81 along, to the first vertex,
 * 216.87° = 378.51 long.  B's first vertex (120, −100) is outside A too;
 * B shows its eastern side, from (60, −80) at −126.87° through its first
 * vertex at −90° to (60, 80) at 126.87°: a run from the first vertex to
 * (60, 80), 216.87° = 378.51 long, and one from (60, −80), 323.13° =
 * 563.97 along, back to the first vertex, 36.87° = 64.35 long. */
static void
test_crossing (void)
{
  double a[720], b[720];
  GrRing rings[2] = { circle (0, 0, 100, 360, a), circle (120, 0, 100, 360, b) };
  Outline o;

  outline (&o, rings, 2);
  g_assert_cmpuint (o.runs->len, ==, 4);

  g_assert_cmpuint (run_at (&o, 0)->ring, ==, 0);
  g_assert_false (run_at (&o, 0)->closed);
  g_assert_cmpfloat_with_epsilon (run_at (&o, 0)->offset, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (run_at (&o, 0)->length, arc (36.8699, 100, 360), 0.01);
  g_assert_false (run_at (&o, 0)->to_first);
  assert_run_point (&o, 0, 0, 0, -100, 1e-9);
  assert_run_point (&o, 0, -1, 60, -80, 0.01);

  g_assert_cmpuint (run_at (&o, 1)->ring, ==, 0);
  g_assert_cmpfloat_with_epsilon (run_at (&o, 1)->offset, arc (143.1301, 100, 360), 0.01);
  g_assert_cmpfloat_with_epsilon (run_at (&o, 1)->length, arc (216.8699, 100, 360), 0.01);
  g_assert_true (run_at (&o, 1)->to_first);
  assert_run_point (&o, 1, 0, 60, 80, 0.01);
  assert_run_point (&o, 1, -1, 0, -100, 1e-9);

  g_assert_cmpuint (run_at (&o, 2)->ring, ==, 1);
  g_assert_cmpfloat_with_epsilon (run_at (&o, 2)->offset, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (run_at (&o, 2)->length, arc (216.8699, 100, 360), 0.01);
  assert_run_point (&o, 2, 0, 120, -100, 1e-9);
  assert_run_point (&o, 2, -1, 60, 80, 0.01);

  g_assert_cmpuint (run_at (&o, 3)->ring, ==, 1);
  g_assert_cmpfloat_with_epsilon (run_at (&o, 3)->offset, arc (323.1301, 100, 360), 0.01);
  g_assert_cmpfloat_with_epsilon (run_at (&o, 3)->length, arc (36.8699, 100, 360), 0.01);
  g_assert_true (run_at (&o, 3)->to_first);
  assert_run_point (&o, 3, 0, 60, -80, 0.01);
  outline_clear (&o);
}

/* Apart, each ring is whole: one closed run of its n vertices, as long as
 * its perimeter, 2π · 100 · (1 − 1.3 × 10⁻⁵) = 628.30. */
static void
test_apart (void)
{
  double a[720], b[720];
  GrRing rings[2] = { circle (0, 0, 100, 360, a), circle (201, 0, 100, 360, b) };
  Outline o;

  outline (&o, rings, 2);
  g_assert_cmpuint (o.runs->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_cmpuint (run_at (&o, i)->ring, ==, i);
      g_assert_true (run_at (&o, i)->closed);
      g_assert_cmpuint (run_at (&o, i)->n_points, ==, 360);
      g_assert_cmpfloat_with_epsilon (run_at (&o, i)->length, arc (360, 100, 360), 0.01);
    }
  outline_clear (&o);
}

/* C (r = 30 at (20, 10), 22.4 from A's centre: 22.4 + 30 < 100) lies
 * inside A and has no outline, listed before A or after it; A is whole. */
static void
test_inside (void)
{
  double a[720], c[720];

  for (guint order = 0; order < 2; order++)
    {
      GrRing big = circle (0, 0, 100, 360, a), small = circle (20, 10, 30, 360, c);
      GrRing rings[2] = { order ? small : big, order ? big : small };
      Outline o;

      outline (&o, rings, 2);
      g_assert_cmpuint (o.runs->len, ==, 1);
      g_assert_cmpuint (run_at (&o, 0)->ring, ==, order ? 1 : 0);
      g_assert_true (run_at (&o, 0)->closed);
      outline_clear (&o);
    }
}

/* Of two identical rings only the first has an outline (each alone would
 * hide the other completely). */
static void
test_identical (void)
{
  double a[720], b[720];
  GrRing rings[2] = { circle (5, 5, 100, 360, a), circle (5, 5, 100, 360, b) };
  Outline o;

  outline (&o, rings, 2);
  g_assert_cmpuint (o.runs->len, ==, 1);
  g_assert_cmpuint (run_at (&o, 0)->ring, ==, 0);
  g_assert_true (run_at (&o, 0)->closed);
  outline_clear (&o);
}

/* A small ring E (r = 3) centred on the middle of one of A's long edges
 * (24 vertices, r = 100: edges 2 · 100 · sin 7.5° = 26.105 long) hides 6
 * of it although both of the edge's ends are visible: the cut is found
 * between vertices.  Vertex k sits at −90° + 15° k, so edge 6 joins 0° and
 * 15°; its middle is at 7.5°, 100 cos 7.5° from A's centre, and the two
 * crossings lie 3 either side of it along the edge (to within E's sagitta,
 * 3 (1 − cos 3.75°) = 0.006).  So A has two runs, the first ending
 * 13.05 − 3 = 10.05 along edge 6, 6 · 26.105 + 10.05 = 166.68 from the
 * first vertex, and the second starting 6 further on. */
static void
test_between_vertices (void)
{
  double a[48], e[96];
  double mid = 100 * cos (7.5 * DEG);
  GrRing rings[2] = {
    circle (0, 0, 100, 24, a),
    circle (mid * cos (7.5 * DEG), mid * sin (7.5 * DEG), 3, 48, e),
  };
  Outline o;

  outline (&o, rings, 2);
  g_assert_cmpuint (o.runs->len, >=, 3);
  g_assert_cmpuint (run_at (&o, 0)->ring, ==, 0);
  g_assert_cmpuint (run_at (&o, 1)->ring, ==, 0);
  g_assert_cmpuint (run_at (&o, 2)->ring, ==, 1);
  g_assert_cmpfloat_with_epsilon (run_at (&o, 0)->length, 166.68, 0.01);
  g_assert_cmpfloat_with_epsilon (run_at (&o, 1)->offset, 166.68 + 6, 0.01);
  g_assert_true (run_at (&o, 1)->to_first);
  outline_clear (&o);
}

/* A ring that is not star-shaped around its given centre (a square from
 * x = 80 to 140, y = −30 to 30, "centred" at A's centre, outside it) is
 * tested the slow way, and still cuts A where A's circle meets y = ±30:
 * x = √(100² − 30²) = 95.39. */
static void
test_not_star (void)
{
  double a[720];
  double square[] = { 80, -30, 140, -30, 140, 30, 80, 30 };
  GrRing rings[2] = {
    circle (0, 0, 100, 360, a),
    { .cx = 0, .cy = 0, .xy = square, .n = 4 },
  };
  Outline o;

  outline (&o, rings, 2);
  g_assert_cmpuint (o.runs->len, >=, 2);
  g_assert_cmpuint (run_at (&o, 0)->ring, ==, 0);
  assert_run_point (&o, 0, -1, 95.39, -30, 0.01);
  g_assert_cmpuint (run_at (&o, 1)->ring, ==, 0);
  assert_run_point (&o, 1, 0, 95.39, 30, 0.01);
  outline_clear (&o);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/render/ring-union/crossing", test_crossing);
  g_test_add_func ("/render/ring-union/apart", test_apart);
  g_test_add_func ("/render/ring-union/inside", test_inside);
  g_test_add_func ("/render/ring-union/identical", test_identical);
  g_test_add_func ("/render/ring-union/between-vertices", test_between_vertices);
  g_test_add_func ("/render/ring-union/not-star", test_not_star);

  return g_test_run ();
}
