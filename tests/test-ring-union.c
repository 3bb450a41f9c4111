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

#include <cairo.h>

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

/* The loops of an outline: FALSE when the runs do not close. */
static gboolean
loops (Outline *o,
       GArray  *order,
       GArray  *ends)
{
  return gr_ring_union_loops (o->runs, o->points, 1e-3, order, ends);
}

/* A mask of the loops (or, when rings is not NULL, of the rings) filled
 * with the winding rule, the origin at (ox, oy); the sum of its coverage,
 * in pixels, in *area. */
static cairo_surface_t *
fill_mask (Outline      *o,
           const GArray *order,
           const GArray *ends,
           const GrRing *rings,
           guint         n_rings,
           int           width,
           int           height,
           double        ox,
           double        oy,
           double       *area)
{
  cairo_surface_t *mask = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);
  cairo_t *cr = cairo_create (mask);
  const double *xy = (const double *) o->points->data;

  cairo_translate (cr, ox, oy);
  if (rings != NULL)
    for (guint i = 0; i < n_rings; i++)
      {
        for (guint k = 0; k < rings[i].n; k++)
          cairo_line_to (cr, rings[i].xy[2 * k], rings[i].xy[2 * k + 1]);
        cairo_close_path (cr);
        cairo_new_sub_path (cr);
      }
  else
    for (guint l = 0, i = 0; l < ends->len; l++)
      {
        for (; i < g_array_index (ends, guint, l); i++)
          {
            const GrRingRun *run = run_at (o, g_array_index (order, guint, i));

            for (guint p = 0; p < run->n_points; p++)
              cairo_line_to (cr, xy[2 * (run->first + p)], xy[2 * (run->first + p) + 1]);
          }
        cairo_close_path (cr);
        cairo_new_sub_path (cr);
      }
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_flush (mask);

  *area = 0;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      *area += cairo_image_surface_get_data (mask)[y * cairo_image_surface_get_stride (mask) + x] / 255.0;
  return mask;
}

static guint8
mask_at (cairo_surface_t *mask,
         int              x,
         int              y)
{
  return cairo_image_surface_get_data (mask)[y * cairo_image_surface_get_stride (mask) + x];
}

/* The two crossing rings of test_crossing() make one loop: A's first run
 * ends at (60, −80), where B's last run starts; that ends at B's first
 * vertex, where B's first run starts; it ends at (60, 80), where A's last
 * run starts, which ends at A's first vertex: runs 0, 3, 2, 1.  Filled,
 * the loop covers the union of the two discs: 2 π 100² less the lens
 * 2 · 100² acos (60 / 100) − 60 · 160 = 8945.9, so 53886 px (the polygons
 * are smaller by sin (2π/360) / (2π/360), 5 × 10⁻⁵). */
static void
test_loops_crossing (void)
{
  double a[720], b[720];
  GrRing rings[2] = { circle (0, 0, 100, 360, a), circle (120, 0, 100, 360, b) };
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  static const guint expected[] = { 0, 3, 2, 1 };
  cairo_surface_t *mask;
  double area;
  Outline o;

  outline (&o, rings, 2);
  g_assert_true (loops (&o, order, ends));
  g_assert_cmpuint (ends->len, ==, 1);
  g_assert_cmpuint (g_array_index (ends, guint, 0), ==, 4);
  g_assert_cmpuint (order->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (g_array_index (order, guint, i), ==, expected[i]);

  mask = fill_mask (&o, order, ends, NULL, 0, 360, 240, 120, 120, &area);
  g_assert_cmpfloat_with_epsilon (area, 2 * G_PI * 100 * 100 - 8945.9, 15);
  /* the lens between the centres is covered once, not twice over */
  g_assert_cmpuint (mask_at (mask, 120 + 60, 120), ==, 255);
  g_assert_cmpuint (mask_at (mask, 120 + 60, 120 + 95), ==, 0);
  cairo_surface_destroy (mask);
  outline_clear (&o);
}

/* Six rings of r = 60 with centres 100 from the origin, 60° apart: each
 * overlaps its neighbours (100 apart) and the origin is 40 outside them
 * all.  Their union is a band with a hole: two loops, the hole's turning
 * the other way, so that the winding rule leaves it empty.  The loops
 * cover what the six rings cover, but for the anti-aliasing of a few edge
 * pixels. */
static void
test_loops_hole (void)
{
  double xy[6][2 * 180];
  GrRing rings[6];
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  cairo_surface_t *by_loops, *by_rings;
  double area_loops, area_rings;
  guint worst = 0;
  Outline o;

  for (guint i = 0; i < 6; i++)
    rings[i] = circle (100 * cos (i * G_PI / 3), 100 * sin (i * G_PI / 3), 60, 180, xy[i]);
  outline (&o, rings, 6);
  g_assert_true (loops (&o, order, ends));
  g_assert_cmpuint (ends->len, ==, 2);
  g_assert_cmpuint (order->len, ==, o.runs->len);

  by_loops = fill_mask (&o, order, ends, NULL, 0, 340, 320, 170, 160, &area_loops);
  by_rings = fill_mask (&o, NULL, NULL, rings, 6, 340, 320, 170, 160, &area_rings);
  g_assert_cmpuint (mask_at (by_loops, 170, 160), ==, 0);
  g_assert_cmpuint (mask_at (by_loops, 170 + 100, 160), ==, 255);
  g_assert_cmpfloat_with_epsilon (area_loops, area_rings, 1);
  for (int y = 0; y < 320; y++)
    for (int x = 0; x < 340; x++)
      worst = MAX (worst, (guint) ABS (mask_at (by_loops, x, y) - mask_at (by_rings, x, y)));
  /* a sixteenth of a pixel's coverage at most */
  g_assert_cmpuint (worst, <=, 16);
  cairo_surface_destroy (by_loops);
  cairo_surface_destroy (by_rings);
  outline_clear (&o);
}

/* A whole ring is a loop of its own; a ring inside another is in none. */
static void
test_loops_whole (void)
{
  double a[720], b[720], c[720];
  GrRing rings[3] = {
    circle (0, 0, 100, 360, a), circle (20, 10, 30, 360, c), circle (201, 0, 100, 360, b),
  };
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  Outline o;

  outline (&o, rings, 3);
  g_assert_true (loops (&o, order, ends));
  g_assert_cmpuint (ends->len, ==, 2);
  g_assert_cmpuint (g_array_index (ends, guint, 0), ==, 1);
  g_assert_cmpuint (g_array_index (ends, guint, 1), ==, 2);
  g_assert_cmpuint (run_at (&o, g_array_index (order, guint, 0))->ring, ==, 0);
  g_assert_cmpuint (run_at (&o, g_array_index (order, guint, 1))->ring, ==, 2);
  outline_clear (&o);
}

/* Runs that do not close (an end 0.01 from the only start, beyond the
 * tolerance) give no loops, and leave the arrays empty. */
static void
test_loops_open (void)
{
  double xy[] = { 0, 0, 10, 0, 10, 10, 0.01, 0 };
  GrRingRun run = { .ring = 0, .first = 0, .n_points = 4 };
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  Outline o = {
    g_array_new (FALSE, FALSE, sizeof (GrRingRun)), g_array_new (FALSE, FALSE, sizeof (double)),
  };

  g_array_append_val (o.runs, run);
  g_array_append_vals (o.points, xy, G_N_ELEMENTS (xy));
  g_array_append_val (order, run.first);
  g_assert_false (loops (&o, order, ends));
  g_assert_cmpuint (order->len, ==, 0);
  g_assert_cmpuint (ends->len, ==, 0);

  /* within the tolerance, it closes on itself */
  g_array_index (o.points, double, 6) = 0.0005;
  g_assert_true (loops (&o, order, ends));
  g_assert_cmpuint (order->len, ==, 1);
  g_assert_cmpuint (ends->len, ==, 1);
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
  g_test_add_func ("/render/ring-union/loops-crossing", test_loops_crossing);
  g_test_add_func ("/render/ring-union/loops-hole", test_loops_hole);
  g_test_add_func ("/render/ring-union/loops-whole", test_loops_whole);
  g_test_add_func ("/render/ring-union/loops-open", test_loops_open);

  return g_test_run ();
}
