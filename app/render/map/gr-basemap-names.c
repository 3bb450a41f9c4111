/* gr-basemap-names.c — the placed names drawn into one view, whole and clear of the instruments
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The names are placed once per zoom for the whole world
 * (gr-basemap-labels.c); a view draws those it touches.  A framed picture
 * (an export, a page, the names over a whole map widget) keeps each name
 * wholly inside it, and a place's name that would meet the instruments'
 * text, symbols or leader lines moves beside its dot or is left out.
 */

#include "config.h"

#include <math.h>

#include "gr-basemap-private.h"
#include "gr-overlay.h"

static gboolean
label_visible (const GrBmLabel *l,
               double           ax,
               double           ay,
               const GrMapView *view,
               double           scale)
{
  double m = (GR_BM_HALO_WIDTH + gr_bm_label_dot_radius (l->candidate) + 4) * scale;
  double x0 = MIN (ax + l->dx, ax), x1 = MAX (ax + l->dx + l->width, ax);
  double y0 = MIN (ay + l->dy, ay), y1 = MAX (ay + l->dy + l->height, ay);

  return x1 + m >= 0 && x0 - m <= view->width && y1 + m >= 0 && y0 - m <= view->height;
}

/* Whether the box lies wholly inside the view, its halo included. */
static gboolean
box_inside (const GrMapView *view,
            double           scale,
            double           x,
            double           y,
            double           width,
            double           height)
{
  double inset = GR_BM_HALO_WIDTH * scale;

  return x >= inset && y >= inset && x + width <= view->width - inset &&
         y + height <= view->height - inset;
}

/* Whether the box (x, y, w, h) meets any of @boxes (cairo_rectangle_t). */
static gboolean
box_meets_any (double        x,
               double        y,
               double        w,
               double        h,
               const GArray *boxes)
{
  for (guint i = 0; boxes != NULL && i < boxes->len; i++)
    {
      const cairo_rectangle_t *b = &g_array_index (boxes, cairo_rectangle_t, i);

      if (x < b->x + b->width && b->x < x + w && y < b->y + b->height && b->y < y + h)
        return TRUE;
    }
  return FALSE;
}

/* Whether the segment of any of @leaders (GrOverlaySegment) passes through
 * the box (x, y, w, h). */
static gboolean
box_meets_leader (double        x,
                  double        y,
                  double        w,
                  double        h,
                  const GArray *leaders)
{
  cairo_rectangle_t box = { x, y, w, h };

  for (guint i = 0; leaders != NULL && i < leaders->len; i++)
    if (gr_overlay_segment_meets_box (&g_array_index (leaders, GrOverlaySegment, i), &box))
      return TRUE;
  return FALSE;
}

/* Whether a place name at (x, y) would meet the instruments' text
 * (@avoid), symbols (@clear) or leader lines (@leaders). */
static gboolean
meets_instruments (const GrBmLabel *l,
                   double           x,
                   double           y,
                   const GArray    *avoid,
                   const GArray    *clear,
                   const GArray    *leaders)
{
  return box_meets_any (x, y, l->width, l->height, avoid) ||
         box_meets_any (x, y, l->width, l->height, clear) ||
         box_meets_leader (x, y, l->width, l->height, leaders);
}

#define N_RELOCATIONS (6 + 3 * 8)

/* Where a moved place name may go, relative to its anchor, in the order
 * tried: the sides of its dot, then eight directions on three rings a
 * little further out each (a city the instruments crowd, as batteries
 * fanned out around Kyiv, is still named beside them). */
static guint
relocation_offsets (const GrBmCandidate *c,
                    double               width,
                    double               height,
                    double               scale,
                    double               offsets[N_RELOCATIONS][2])
{
  static const double dirs[8][2] = {
    { 1, 0 }, { -1, 0 }, { 0, -1 }, { 0, 1 }, { 1, -1 }, { -1, -1 }, { 1, 1 }, { -1, 1 },
  };
  double r = gr_bm_label_dot_radius (c) * scale, gap = r + 2 * scale;
  guint n = gr_bm_label_dot_offsets (c, scale, offsets);

  for (int ring = 1; ring <= 3; ring++)
    for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
      {
        double step = ring * 0.9 * height + ring * 6 * scale;
        double cx = dirs[d][0] * (gap + step + width / 2);
        double cy = dirs[d][1] * (r + step + height / 2);

        offsets[n][0] = cx - width / 2;
        offsets[n++][1] = cy - height / 2;
      }
  return n;
}

/* A place name that would meet the instruments' text, symbols or leader
 * lines tries the places around its dot, clear of them and of every
 * other name shown (@taken, padded), and wholly @inside the view unless
 * that is NULL; FALSE when none is free.  The names
 * around it keep their places: the placement of the whole zoom stays as
 * the tiles were drawn with. */
static gboolean
relocate (const GrBmLabel *l,
          double           ax,
          double           ay,
          double           scale,
          const GrMapView *inside,
          const GArray    *avoid,
          const GArray    *clear,
          const GArray    *leaders,
          const GArray    *taken,
          GrBmLabel       *moved)
{
  double offsets[N_RELOCATIONS][2], pad = GR_BM_LABEL_PAD * scale;
  guint n = relocation_offsets (l->candidate, l->width, l->height, scale, offsets);

  for (guint k = 0; k < n; k++)
    {
      double x = ax + offsets[k][0], y = ay + offsets[k][1];

      if ((inside != NULL && !box_inside (inside, scale, x, y, l->width, l->height)) ||
          meets_instruments (l, x, y, avoid, clear, leaders) ||
          box_meets_any (x - pad, y - pad, l->width + 2 * pad, l->height + 2 * pad, taken))
        continue;
      *moved = *l;
      moved->dx = offsets[k][0];
      moved->dy = offsets[k][1];
      return TRUE;
    }
  return FALSE;
}

/* The device boxes of the names shown in the view, but @except, as they
 * were placed (@labels, a candidate NULL for one left out): what a
 * relocated name must keep clear of. */
static GArray *
shown_boxes (const GrBmLabel *labels,
             guint            n_labels,
             const GrBmFrame *frame,
             const GrMapView *view,
             double           scale,
             const GrBmLabel *except)
{
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));

  for (guint i = 0; i < n_labels; i++)
    {
      const GrBmLabel *l = &labels[i];
      const GrBmAnchor *an;
      double ax, ay, r;
      cairo_rectangle_t box;

      if (l == except || l->candidate == NULL)
        continue;
      an = &l->candidate->anchors[l->anchor];
      ax = an->x * frame->world - frame->ox;
      ay = an->y * frame->world - frame->oy;
      r = gr_bm_label_dot_radius (l->candidate) * scale;
      box = (cairo_rectangle_t) { ax + l->dx, ay + l->dy, l->width, l->height };
      if (!label_visible (l, ax, ay, view, scale))
        continue;
      g_array_append_val (boxes, box);
      if (l->candidate->has_dot)
        {
          cairo_rectangle_t dot = { ax - r, ay - r, 2 * r, 2 * r };

          g_array_append_val (boxes, dot);
        }
    }
  return boxes;
}

/* ---- Fitting into the picture ------------------------------------------ */

/* Whether the padded box (x, y, w, h) is clear of @taken and inside. */
static gboolean
fits_at (const GrMapView *view,
         double           scale,
         double           x,
         double           y,
         double           w,
         double           h,
         const GArray    *taken)
{
  double pad = GR_BM_LABEL_PAD * scale;

  return box_inside (view, scale, x, y, w, h) &&
         !box_meets_any (x - pad, y - pad, w + 2 * pad, h + 2 * pad, taken);
}

/* Another place for @l, whose box the view's edge cuts, wholly inside the
 * view and clear of @taken: a place's name on another side of its dot
 * (which must be in the view), a river's at another of its anchors, an
 * area's name pushed inward as far as needed while its centre stays on
 * its area (or, for an area the painter has no shape of, within half its
 * size of where it was placed).  FALSE when there is none. */
static gboolean
fit_inside (const GrBmLabel *l,
            const GrBmFrame *frame,
            const GrMapView *view,
            double           scale,
            const GArray    *taken,
            GrBmLabel       *fitted)
{
  const GrBmCandidate *c = l->candidate;
  const GrBmAnchor *an = &c->anchors[l->anchor];
  double ax = an->x * frame->world - frame->ox, ay = an->y * frame->world - frame->oy;
  double x, y, inset = GR_BM_HALO_WIDTH * scale;

  *fitted = *l;
  if (c->has_dot)
    {
      double offsets[6][2];
      guint n = gr_bm_label_dot_offsets (c, scale, offsets);

      if (ax < 0 || ay < 0 || ax > view->width || ay > view->height)
        return FALSE;
      for (guint k = 0; k < n; k++)
        if (fits_at (view, scale, ax + offsets[k][0], ay + offsets[k][1], l->width, l->height,
                     taken))
          {
            fitted->dx = offsets[k][0];
            fitted->dy = offsets[k][1];
            return TRUE;
          }
      return FALSE;
    }
  if (an->angle != 0)
    {
      for (guint k = 0; k < c->n_anchors; k++)
        {
          const GrBmAnchor *other = &c->anchors[k];

          gr_bm_label_turned_box (c, other, scale, &fitted->dx, &fitted->dy, &fitted->width,
                      &fitted->height);
          fitted->anchor = k;
          if (fits_at (view, scale, other->x * frame->world - frame->ox + fitted->dx,
                       other->y * frame->world - frame->oy + fitted->dy, fitted->width,
                       fitted->height, taken))
            return TRUE;
        }
      return FALSE;
    }

  if (l->width > view->width - 2 * inset || l->height > view->height - 2 * inset)
    return FALSE;
  x = CLAMP (ax + l->dx, inset, view->width - inset - l->width);
  y = CLAMP (ay + l->dy, inset, view->height - inset - l->height);
  if (c->shape != NULL
      ? !gr_bm_shape_contains (c->shape, (x + l->width / 2 + frame->ox) / frame->world,
                               (y + l->height / 2 + frame->oy) / frame->world)
      : fabs (x - ax - l->dx) > l->width / 2 || fabs (y - ay - l->dy) > l->height / 2)
    return FALSE;
  if (!fits_at (view, scale, x, y, l->width, l->height, taken))
    return FALSE;
  fitted->dx = x - ax;
  fitted->dy = y - ay;
  return TRUE;
}

static void
take_box (GArray          *taken,
          const GrBmLabel *l,
          const GrBmFrame *frame,
          double           scale)
{
  const GrBmAnchor *an = &l->candidate->anchors[l->anchor];
  double ax = an->x * frame->world - frame->ox, ay = an->y * frame->world - frame->oy;

  g_array_append_val (taken, ((cairo_rectangle_t) { ax + l->dx, ay + l->dy, l->width,
                                                    l->height }));
}

/* The labels a picture of @view shows, when its edges are the picture's:
 * one per label of @set, as placed when it lies wholly inside the view,
 * else fitted (fit_inside()), in the set's order of priority, or left out
 * (candidate NULL), as is every label outside the view.  A pure function
 * of the set and the view, so the passes that draw the area names and
 * the place names apart agree on it. */
static GrBmLabel *
fit_labels (const GrBmLabelSet *set,
            const GrBmFrame    *frame,
            const GrMapView    *view,
            double              scale)
{
  GrBmLabel *out = g_new0 (GrBmLabel, set->n_labels);
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));

  for (guint i = 0; i < set->n_labels; i++)
    {
      const GrBmLabel *l = &set->labels[i];
      const GrBmAnchor *an = &l->candidate->anchors[l->anchor];
      double ax = an->x * frame->world - frame->ox, ay = an->y * frame->world - frame->oy;
      double r = gr_bm_label_dot_radius (l->candidate) * scale;

      if (!label_visible (l, ax, ay, view, scale))
        continue;
      /* a dot stays where it is, named or not */
      if (l->candidate->has_dot)
        g_array_append_val (taken, ((cairo_rectangle_t) { ax - r, ay - r, 2 * r, 2 * r }));
      if (!box_inside (view, scale, ax + l->dx, ay + l->dy, l->width, l->height))
        continue;
      out[i] = *l;
      take_box (taken, l, frame, scale);
    }

  for (guint i = 0; i < set->n_labels; i++)
    {
      const GrBmLabel *l = &set->labels[i];
      const GrBmAnchor *an = &l->candidate->anchors[l->anchor];

      if (out[i].candidate != NULL ||
          !label_visible (l, an->x * frame->world - frame->ox, an->y * frame->world - frame->oy,
                          view, scale))
        continue;
      if (fit_inside (l, frame, view, scale, taken, &out[i]))
        take_box (taken, &out[i], frame, scale);
      else
        out[i].candidate = NULL;
    }
  return out;
}

static void
draw_dot (cairo_t             *cr,
          const GrBmCandidate *c,
          const GrBmStyle     *style,
          double               ax,
          double               ay,
          double               scale)
{
  double r = gr_bm_label_dot_radius (c) * scale;

  cairo_new_path (cr);
  cairo_arc (cr, ax, ay, r, 0, 2 * G_PI);
  if (c->kind == GR_BM_LABEL_CAPITAL)
    {
      /* a ring with a centre, the usual capital symbol */
      gr_bm_set_color (cr, &style->halo);
      cairo_fill_preserve (cr);
      gr_bm_set_color (cr, &style->dot_ukraine);
      cairo_set_line_width (cr, 1.3 * scale);
      cairo_stroke (cr);
      cairo_arc (cr, ax, ay, r * 0.45, 0, 2 * G_PI);
      cairo_fill (cr);
      return;
    }
  gr_bm_set_color (cr, c->kind == GR_BM_LABEL_FOREIGN_CITY ? &style->dot : &style->dot_ukraine);
  cairo_fill_preserve (cr);
  gr_bm_set_color (cr, &style->halo);
  cairo_set_line_width (cr, 0.8 * scale);
  cairo_stroke (cr);
}

static void
draw_text (cairo_t             *cr,
           PangoContext        *context,
           const GrBmLabel     *l,
           const GrBmStyle     *style,
           double               ax,
           double               ay,
           double               scale)
{
  const GrBmCandidate *c = l->candidate;
  PangoLayout *layout = gr_bm_label_create_layout (context, c, scale);
  double x, y, w, h;

  gr_bm_label_layout_box (layout, &x, &y, &w, &h);

  /* Work from the box's centre, so turned text turns about it. */
  cairo_save (cr);
  cairo_translate (cr, ax + l->dx + l->width / 2, ay + l->dy + l->height / 2);
  if (c->anchors[l->anchor].angle != 0)
    {
      cairo_rotate (cr, c->anchors[l->anchor].angle);
      pango_cairo_update_layout (cr, layout);
    }

  cairo_new_path (cr);
  gr_bm_set_color (cr, &style->halo);
  if (c->anchors[l->anchor].angle == 0 &&
      cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE)
    {
      /* On a raster, the text drawn around a small ring: the glyph cache
       * makes that several times cheaper than stroking the outlines, and
       * the place names are drawn again whenever the map's instruments
       * change around them. */
      double r = GR_BM_HALO_WIDTH * scale / 2;

      for (int i = 0; i < 8; i++)
        {
          cairo_move_to (cr, -w / 2 - x + r * cos (i * G_PI / 4), -h / 2 - y + r * sin (i * G_PI / 4));
          pango_cairo_show_layout (cr, layout);
        }
    }
  else
    {
      cairo_move_to (cr, -w / 2 - x, -h / 2 - y);
      pango_cairo_layout_path (cr, layout);
      cairo_set_line_width (cr, GR_BM_HALO_WIDTH * scale);
      cairo_stroke (cr);
    }

  cairo_move_to (cr, -w / 2 - x, -h / 2 - y);
  gr_bm_set_color (cr, &style->text[c->kind]);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
  g_object_unref (layout);
}

/* Where place name @l (anchored at ax, ay) goes, given the instruments'
 * text (@avoid), symbols (@clear) and leader lines (@leaders): the label
 * itself, @moved to another place by its dot, or NULL when it is left out
 * (no place near its dot is free: a name over a symbol or across a leader
 * would be read as neither).  @moved_boxes collects the names moved so
 * far, which the next ones keep clear of too. */
static const GrBmLabel *
settle_place_name (const GrBmLabel    *labels,
                   guint               n_labels,
                   const GrBmFrame    *frame,
                   const GrMapView    *view,
                   double              scale,
                   gboolean            framed,
                   const GrBmLabel    *l,
                   double              ax,
                   double              ay,
                   const GArray       *avoid,
                   const GArray       *clear,
                   const GArray       *leaders,
                   GArray             *moved_boxes,
                   GrBmLabel          *moved)
{
  g_autoptr(GArray) taken = NULL;

  if (!meets_instruments (l, ax + l->dx, ay + l->dy, avoid, clear, leaders) &&
      !box_meets_any (ax + l->dx, ay + l->dy, l->width, l->height, moved_boxes))
    return l;
  taken = shown_boxes (labels, n_labels, frame, view, scale, l);
  g_array_append_vals (taken, moved_boxes->data, moved_boxes->len);
  if (!relocate (l, ax, ay, scale, framed ? view : NULL, avoid, clear, leaders, taken, moved))
    return NULL;
  g_array_append_val (moved_boxes, ((cairo_rectangle_t) { ax + moved->dx, ay + moved->dy,
                                                          moved->width, moved->height }));
  return moved;
}

/* Dots first, then every name, so no dot covers a name: those of @layers
 * (GR_BASEMAP_LAYER_PLACES, _LABELS, _PLACE_NAMES) that are asked for. */
void
gr_bm_labels_draw (GrBasemap       *self,
                   cairo_t         *cr,
                   const GrBmFrame *frame,
                   const GrMapView *view,
                   const GrBmStyle *style,
                   double           scale,
                   GrBasemapLayers  layers,
                   gboolean         framed,
                   const GArray    *avoid,
                   const GArray    *clear,
                   const GArray    *leaders,
                   GArray          *drawn)
{
  GrBmLabelSet scratch = { 0 };
  const GrBmLabelSet *set = gr_bm_labels_get_set (self, view, scale, &scratch);
  PangoContext *context = NULL;
  g_autoptr(GArray) moved_boxes = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  g_autofree GrBmLabel *fitted = framed ? fit_labels (set, frame, view, scale) : NULL;
  const GrBmLabel *labels = framed ? fitted : set->labels;
  GrBmLabel moved;
  gboolean dots = (layers & GR_BASEMAP_LAYER_PLACES) != 0;
  gboolean area_names = (layers & GR_BASEMAP_LAYER_LABELS) != 0;
  gboolean place_names = (layers & GR_BASEMAP_LAYER_PLACE_NAMES) != 0;

  for (int pass = 0; pass < 2; pass++)
    {
      if ((pass == 0 && !dots) || (pass == 1 && !area_names && !place_names))
        continue;

      for (guint i = 0; i < set->n_labels; i++)
        {
          /* the dots as placed; the names as the picture shows them */
          const GrBmLabel *l = pass == 0 ? &set->labels[i] : &labels[i];
          const GrBmAnchor *an;
          double ax, ay;

          if (l->candidate == NULL)
            continue;
          an = &l->candidate->anchors[l->anchor];
          ax = an->x * frame->world - frame->ox;
          ay = an->y * frame->world - frame->oy;
          if (!label_visible (l, ax, ay, view, scale))
            continue;
          if (pass == 0)
            {
              if (l->candidate->has_dot)
                draw_dot (cr, l->candidate, style, ax, ay, scale);
              continue;
            }
          /* a place's name sits beside its dot */
          if (l->candidate->has_dot ? !place_names : !area_names)
            continue;
          if (l->candidate->has_dot &&
              (l = settle_place_name (labels, set->n_labels, frame, view, scale, framed, l, ax,
                                      ay, avoid, clear, leaders, moved_boxes, &moved)) == NULL)
            continue;
          if (l->candidate->has_dot && drawn != NULL)
            g_array_append_val (drawn, ((cairo_rectangle_t) { ax + l->dx, ay + l->dy,
                                                              l->width, l->height }));
          if (context == NULL)
            {
              /* Each thread has its own default font map, so this is safe
               * in a tile worker. */
              context = gr_bm_label_create_context (pango_cairo_font_map_get_default ());
              pango_cairo_update_context (cr, context);
            }
          draw_text (cr, context, l, style, ax, ay, scale);
        }
    }

  g_clear_object (&context);
  g_free (scratch.labels);
}
