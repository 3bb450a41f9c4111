/* gr-basemap-geom.c — the base map's shapes: projected once, cut to each view, turned into cairo paths
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shapes are projected to normalised Web Mercator when the painter is made,
 * so drawing a view is a multiply and a subtraction per point.  Each ring or
 * line carries its box, so a tile skips what it does not touch; polygon rings
 * that cross the view are cut to it (Sutherland–Hodgman against the view plus
 * a margin), so cairo only ever sees a few hundred points.  Points closer
 * than a fraction of a pixel are dropped, in world pixels and from the start
 * of each ring, so every tile drops the same points and tiles join exactly.
 */

#include "config.h"

#include <math.h>

#include "gr-basemap-private.h"
#include "gr-plane.h"

void
gr_bm_project (const GrLonLat *p,
               double         *x,
               double         *y)
{
  double phi = CLAMP (p->lat, -GR_MERCATOR_MAX_LAT, GR_MERCATOR_MAX_LAT) * G_PI / 180.0;

  *x = (p->lon + 180.0) / 360.0;
  *y = (1.0 - log (tan (phi) + 1.0 / cos (phi)) / G_PI) / 2.0;
}

static void
box_empty (GrBmBox *box)
{
  box->x0 = box->y0 = G_MAXDOUBLE;
  box->x1 = box->y1 = -G_MAXDOUBLE;
}

static void
box_add (GrBmBox *box,
         double   x,
         double   y)
{
  box->x0 = MIN (box->x0, x);
  box->y0 = MIN (box->y0, y);
  box->x1 = MAX (box->x1, x);
  box->y1 = MAX (box->y1, y);
}

static void
box_union (GrBmBox       *box,
           const GrBmBox *other)
{
  box->x0 = MIN (box->x0, other->x0);
  box->y0 = MIN (box->y0, other->y0);
  box->x1 = MAX (box->x1, other->x1);
  box->y1 = MAX (box->y1, other->y1);
}

gboolean
gr_bm_box_intersects (const GrBmBox *a,
                      const GrBmBox *b)
{
  return a->x0 <= b->x1 && b->x0 <= a->x1 && a->y0 <= b->y1 && b->y0 <= a->y1;
}

static gboolean
box_contains (const GrBmBox *outer,
              const GrBmBox *inner)
{
  return inner->x0 >= outer->x0 && inner->x1 <= outer->x1 &&
         inner->y0 >= outer->y0 && inner->y1 <= outer->y1;
}

static void
part_compute_box (GrBmPart     *part,
                  const double *xy)
{
  box_empty (&part->box);
  for (guint i = part->start; i < part->start + part->n_points; i++)
    box_add (&part->box, xy[2 * i], xy[2 * i + 1]);
}

/* Builds a line shape from projected points and (start, n) parts. */
void
gr_bm_shape_init_lines (GrBmShape *shape,
                        GArray    *xy,
                        GArray    *parts)
{
  shape->n_points = xy->len / 2;
  shape->xy = (double *) (void *) g_array_free (xy, FALSE);
  shape->n_parts = parts->len;
  shape->parts = (GrBmPart *) (void *) g_array_free (parts, FALSE);
  box_empty (&shape->box);
  for (guint i = 0; i < shape->n_parts; i++)
    {
      part_compute_box (&shape->parts[i], shape->xy);
      box_union (&shape->box, &shape->parts[i].box);
    }
}

static void
shape_init (GrBmShape          *shape,
            const GrGeoFeature *f,
            guint               max_line_points)
{
  GArray *xy = g_array_sized_new (FALSE, FALSE, sizeof (double), 2 * f->n_points);
  GArray *parts = g_array_new (FALSE, FALSE, sizeof (GrBmPart));

  shape->feature = f;
  g_array_set_size (xy, 2 * f->n_points);
  for (guint i = 0; i < f->n_points; i++)
    gr_bm_project (&f->points[i], &g_array_index (xy, double, 2 * i),
             &g_array_index (xy, double, 2 * i + 1));

  for (guint p = 0; p < f->n_parts; p++)
    {
      const GrGeoPart *gp = &f->parts[p];

      if (gp->n_points < 2)
        continue;
      if (f->kind == GR_GEOM_POLYGON || max_line_points < 2)
        {
          GrBmPart part = { gp->start, gp->n_points, { 0 } };
          g_array_append_val (parts, part);
          continue;
        }
      /* Long lines are cut into pieces that share their end points, so a
       * tile strokes only the pieces it touches. */
      for (guint s = 0; s + 1 < gp->n_points; s += max_line_points - 1)
        {
          GrBmPart part = { gp->start + s, MIN (max_line_points, gp->n_points - s), { 0 } };
          g_array_append_val (parts, part);
        }
    }

  gr_bm_shape_init_lines (shape, xy, parts);
}

void
gr_bm_layer_init_from_geo (GrBmLayer        *layer,
                           const GrGeoLayer *geo,
                           guint             max_line_points)
{
  guint n = 0;

  layer->shapes = g_new0 (GrBmShape, geo->n_features);
  for (guint i = 0; i < geo->n_features; i++)
    {
      const GrGeoFeature *f = &geo->features[i];

      if (f->kind == GR_GEOM_POINT || f->n_points == 0)
        continue;
      shape_init (&layer->shapes[n++], f, max_line_points);
    }
  layer->n_shapes = n;
}

void
gr_bm_layer_clear (GrBmLayer *layer)
{
  for (guint i = 0; i < layer->n_shapes; i++)
    {
      g_free (layer->shapes[i].xy);
      g_free (layer->shapes[i].parts);
    }
  g_clear_pointer (&layer->shapes, g_free);
  layer->n_shapes = 0;
}

void
gr_bm_frame_init (GrBmFrame       *frame,
                  const GrMapView *view,
                  double           margin)
{
  frame->world = gr_mercator_world_size (view->zoom);
  frame->ox = view->x;
  frame->oy = view->y;
  frame->clip.x0 = -margin;
  frame->clip.y0 = -margin;
  frame->clip.x1 = view->width + margin;
  frame->clip.y1 = view->height + margin;
  frame->world_clip.x0 = (view->x - margin) / frame->world;
  frame->world_clip.y0 = (view->y - margin) / frame->world;
  frame->world_clip.x1 = (view->x + view->width + margin) / frame->world;
  frame->world_clip.y1 = (view->y + view->height + margin) / frame->world;
  frame->tolerance = 0.3;
}

/* Device points of a part, dropping points within the tolerance of the last
 * kept one (measured in world pixels, so every view keeps the same points).
 * Returns the number of points written to out (2 doubles each). */
static guint
decimate (const GrBmFrame *frame,
          const double    *xy,
          const GrBmPart  *part,
          double          *out)
{
  double lx = 0, ly = 0;
  guint n = 0;

  for (guint i = 0; i < part->n_points; i++)
    {
      const double *p = xy + 2 * (part->start + i);
      double wx = p[0] * frame->world;
      double wy = p[1] * frame->world;

      if (n > 0 && i + 1 < part->n_points &&
          fabs (wx - lx) < frame->tolerance && fabs (wy - ly) < frame->tolerance)
        continue;
      lx = wx;
      ly = wy;
      out[2 * n] = wx - frame->ox;
      out[2 * n + 1] = wy - frame->oy;
      n++;
    }
  return n;
}

/* One Sutherland–Hodgman step: keeps the side of the line axis = value
 * where (coordinate - value) · sign >= 0. */
static guint
clip_step (const double *in,
           guint         n,
           double       *out,
           int           axis,
           double        value,
           double        sign)
{
  guint m = 0;

  for (guint i = 0; i < n; i++)
    {
      const double *a = in + 2 * ((i + n - 1) % n);
      const double *b = in + 2 * i;
      double da = (a[axis] - value) * sign;
      double db = (b[axis] - value) * sign;

      if ((da >= 0) != (db >= 0))
        {
          double t = da / (da - db);

          out[2 * m] = a[0] + t * (b[0] - a[0]);
          out[2 * m + 1] = a[1] + t * (b[1] - a[1]);
          out[2 * m + axis] = value;
          m++;
        }
      if (db >= 0)
        {
          out[2 * m] = b[0];
          out[2 * m + 1] = b[1];
          m++;
        }
    }
  return m;
}

static void
emit_ring (cairo_t      *cr,
           const double *pts,
           guint         n)
{
  if (n < 3)
    return;
  cairo_move_to (cr, pts[0], pts[1]);
  for (guint i = 1; i < n; i++)
    cairo_line_to (cr, pts[2 * i], pts[2 * i + 1]);
  cairo_close_path (cr);
}

void
gr_bm_path_polygon (cairo_t         *cr,
                    const GrBmFrame *frame,
                    const GrBmShape *shape)
{
  if (!gr_bm_box_intersects (&shape->box, &frame->world_clip))
    return;

  for (guint p = 0; p < shape->n_parts; p++)
    {
      const GrBmPart *part = &shape->parts[p];
      g_autofree double *a = NULL;
      g_autofree double *b = NULL;
      guint n;

      if (!gr_bm_box_intersects (&part->box, &frame->world_clip))
        continue;

      /* Each clip step can add at most one point per edge it cuts. */
      a = g_new (double, 2 * (2 * part->n_points + 8));
      n = decimate (frame, shape->xy, part, a);
      if (box_contains (&frame->world_clip, &part->box))
        {
          emit_ring (cr, a, n);
          continue;
        }
      b = g_new (double, 2 * (2 * part->n_points + 8));
      n = clip_step (a, n, b, 0, frame->clip.x0, 1);
      n = clip_step (b, n, a, 0, frame->clip.x1, -1);
      n = clip_step (a, n, b, 1, frame->clip.y0, 1);
      n = clip_step (b, n, a, 1, frame->clip.y1, -1);
      emit_ring (cr, a, n);
    }
}

void
gr_bm_path_lines (cairo_t         *cr,
                  const GrBmFrame *frame,
                  const GrBmShape *shape)
{
  if (!gr_bm_box_intersects (&shape->box, &frame->world_clip))
    return;

  for (guint p = 0; p < shape->n_parts; p++)
    {
      const GrBmPart *part = &shape->parts[p];
      g_autofree double *a = NULL;
      gboolean pen = FALSE;
      guint n;

      if (!gr_bm_box_intersects (&part->box, &frame->world_clip))
        continue;

      a = g_new (double, 2 * part->n_points);
      n = decimate (frame, shape->xy, part, a);
      for (guint i = 1; i < n; i++)
        {
          const double *s = a + 2 * (i - 1);
          const double *e = a + 2 * i;

          if (MAX (s[0], e[0]) < frame->clip.x0 || MIN (s[0], e[0]) > frame->clip.x1 ||
              MAX (s[1], e[1]) < frame->clip.y0 || MIN (s[1], e[1]) > frame->clip.y1)
            {
              pen = FALSE;
              continue;
            }
          if (!pen)
            cairo_move_to (cr, s[0], s[1]);
          cairo_line_to (cr, e[0], e[1]);
          pen = TRUE;
        }
    }
}

/* Even-odd inside test against every ring of the shape. */
gboolean
gr_bm_shape_contains (const GrBmShape *shape,
                      double           x,
                      double           y)
{
  gboolean inside = FALSE;

  for (guint p = 0; p < shape->n_parts; p++)
    {
      const GrBmPart *part = &shape->parts[p];
      const double *xy = shape->xy + 2 * part->start;

      for (guint i = 0, j = part->n_points - 1; i < part->n_points; j = i++)
        {
          double xi = xy[2 * i], yi = xy[2 * i + 1];
          double xj = xy[2 * j], yj = xy[2 * j + 1];

          if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            inside = !inside;
        }
    }
  return inside;
}

/* Whether every edge is farther than floor (squared) from (x, y), and if
 * so the nearest one's squared distance in *distance2.  It stops at the
 * first edge as near as floor: the caller wants only points farther from
 * the edges than the best so far. */
static gboolean
edges_farther (const GrBmShape *shape,
               double           x,
               double           y,
               double           floor,
               double          *distance2)
{
  double best = G_MAXDOUBLE;

  for (guint p = 0; p < shape->n_parts; p++)
    {
      const GrBmPart *part = &shape->parts[p];
      const double *xy = shape->xy + 2 * part->start;

      for (guint i = 1; i < part->n_points; i++)
        {
          best = MIN (best, gr_plane_segment_distance2 (x, y, xy[2 * i - 2], xy[2 * i - 1],
                                                        xy[2 * i], xy[2 * i + 1]));
          if (best <= floor)
            return FALSE;
        }
    }
  *distance2 = best;
  return TRUE;
}

/* A coarse pole of inaccessibility: the grid point inside the shape that is
 * farthest from every edge, refined once around the best cell.  Good enough
 * for placing a name; the shapes here have at most a few thousand points. */
void
gr_bm_shape_interior_point (const GrBmShape *shape,
                            double          *x,
                            double          *y)
{
  const guint n = 14;
  GrBmBox box = shape->parts[0].box;
  double best = -1, bx, by, cw, ch;

  /* Search the largest ring's box: islands must not pull the name out. */
  for (guint p = 1; p < shape->n_parts; p++)
    {
      const GrBmBox *b = &shape->parts[p].box;

      if ((b->x1 - b->x0) * (b->y1 - b->y0) > (box.x1 - box.x0) * (box.y1 - box.y0))
        box = *b;
    }
  bx = (box.x0 + box.x1) / 2;
  by = (box.y0 + box.y1) / 2;
  cw = (box.x1 - box.x0) / n;
  ch = (box.y1 - box.y0) / n;

  for (int round = 0; round < 2; round++)
    {
      double x0 = round == 0 ? box.x0 : bx - cw;
      double y0 = round == 0 ? box.y0 : by - ch;
      double sw = round == 0 ? cw : 2 * cw / n;
      double sh = round == 0 ? ch : 2 * ch / n;

      for (guint i = 0; i < n; i++)
        for (guint j = 0; j < n; j++)
          {
            double px = x0 + (i + 0.5) * sw;
            double py = y0 + (j + 0.5) * sh;
            double d;

            /* the cheaper test first: most points are no better */
            if (!edges_farther (shape, px, py, best, &d) || !gr_bm_shape_contains (shape, px, py))
              continue;
            if (d > best)
              {
                best = d;
                bx = px;
                by = py;
              }
          }
    }
  *x = bx;
  *y = by;
}
