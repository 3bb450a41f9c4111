/* gr-chart-label.c — value labels placed last, so a crowded chart drops the lesser ones
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In a side panel 400 px wide a funding year's gap, its need and its two
 * totals all want the same few pixels.  The painters queue their value
 * labels instead of drawing them; once the plot is drawn they go on top in
 * order of importance, and a label that would overlap one already placed
 * is left out: its figure is still in the tooltip, the accessible
 * description and the large view.
 */

#include "config.h"

#include "gr-chart-private.h"

typedef struct
{
  GrChartLabelRank rank;
  guint order;                 /* queueing order, for a stable sort */
  GrTextKind kind;
  char *text;
  double x;
  double y;
  double xalign;
  double yalign;
  GrRgb colour;
  double patch;                /* alpha of the background patch, 0 for none */
  double max_width;            /* wraps rather than grow wider; 0 for none */
} GrChartLabel;

static void
label_clear (gpointer data)
{
  g_free (((GrChartLabel *) data)->text);
}

void
gr_chart_queue_label (GrChartPaint     *paint,
                      GrChartLabelRank  rank,
                      GrTextKind        kind,
                      const char       *text,
                      double            x,
                      double            y,
                      double            xalign,
                      double            yalign,
                      GrRgb             colour,
                      double            patch)
{
  gr_chart_queue_label_within (paint, rank, kind, text, x, y, xalign, yalign, colour, patch, 0);
}

void
gr_chart_queue_label_within (GrChartPaint     *paint,
                             GrChartLabelRank  rank,
                             GrTextKind        kind,
                             const char       *text,
                             double            x,
                             double            y,
                             double            xalign,
                             double            yalign,
                             GrRgb             colour,
                             double            patch,
                             double            max_width)
{
  GrChartLabel label = { rank, 0, kind, g_strdup (text), x, y, xalign, yalign, colour, patch,
                         max_width };

  if (paint->labels == NULL)
    {
      paint->labels = g_array_new (FALSE, FALSE, sizeof (GrChartLabel));
      g_array_set_clear_func (paint->labels, label_clear);
    }
  label.order = paint->labels->len;
  g_array_append_val (paint->labels, label);
}

static int
compare_labels (gconstpointer a,
                gconstpointer b)
{
  const GrChartLabel *la = a;
  const GrChartLabel *lb = b;

  if (la->rank != lb->rank)
    return la->rank < lb->rank ? -1 : 1;
  return la->order < lb->order ? -1 : la->order > lb->order;
}

gboolean
gr_chart_rects_overlap (const cairo_rectangle_t *a,
                        const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Moves @label (its box @box) past the end of any whisker it would cross,
 * along the value axis, away from the axis's origin, as long as it stays
 * in the plot (across, up to the chart's edge: the room kept there for
 * the values at the bars' ends); a part of a stack stays in its part.
 * Returns whether it is clear of every whisker. */
static gboolean
clear_whiskers (GrChartPaint      *paint,
                GrChartLabel      *label,
                cairo_rectangle_t *box)
{
  GArray *marks = paint->chart->range_marks;
  double pad = paint->u * 0.15;

  /* a whisker's marks are few: each move clears one */
  for (guint tries = 0; tries <= marks->len; tries++)
    {
      const cairo_rectangle_t *hit = NULL;

      for (guint i = 0; i < marks->len && hit == NULL; i++)
        {
          const GrRangeMark *mark = &g_array_index (marks, GrRangeMark, i);

          if (mark->whisker && gr_chart_rects_overlap (box, &mark->rect))
            hit = &mark->rect;
        }
      if (hit == NULL)
        return TRUE;
      if (label->rank == GR_CHART_LABEL_BAR_PART)
        return FALSE;
      if (paint->chart->orientation == GR_CHART_HORIZONTAL)
        {
          double dx = hit->x + hit->width + pad - box->x;

          if (box->x + box->width + dx > paint->right)
            return FALSE;
          box->x += dx, label->x += dx;
        }
      else
        {
          double dy = hit->y - pad - (box->y + box->height);

          if (box->y + dy < paint->plot.y)
            return FALSE;
          box->y += dy, label->y += dy;
        }
    }
  return FALSE;
}

void
gr_chart_draw_labels (GrChartPaint *paint)
{
  g_autoptr(GArray) placed = NULL;
  double pad = paint->u * 0.15;

  if (paint->labels == NULL)
    return;

  /* The labels keep clear of the text already drawn too: ticks,
   * categories, notes. */
  placed = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  for (guint i = 0; i < paint->chart->texts->len; i++)
    g_array_append_val (placed, g_array_index (paint->chart->texts, GrHit, i).rect);
  g_array_sort (paint->labels, compare_labels);
  for (guint i = 0; i < paint->labels->len; i++)
    {
      GrChartLabel *label = &g_array_index (paint->labels, GrChartLabel, i);
      cairo_rectangle_t box;
      gboolean clear = TRUE;
      double w, h, wrap = -1;

      gr_chart_text_size (paint, label->kind, label->text, -1, &w, &h);
      /* A label wider than most of the plot (a long translation of a
       * reference line's name) wraps to two lines at most in 60 % of it,
       * so that it leaves the rest of the line and the data in view; it
       * is kept inside the plot. */
      if (label->max_width > 0 && w + 2 * pad > label->max_width)
        {
          /* a category's label keeps to its category */
          wrap = MAX (label->max_width - 2 * pad, paint->u * 2);
          paint->max_lines = 4;
          gr_chart_text_size (paint, label->kind, label->text, wrap, &w, &h);
        }
      else if (w + 2 * pad > paint->plot.width * 0.6)
        {
          wrap = MAX (paint->plot.width * 0.6 - 2 * pad, paint->u * 4);
          paint->max_lines = 2;
          gr_chart_text_size (paint, label->kind, label->text, wrap, &w, &h);
        }
      label->x = CLAMP (label->x, paint->plot.x + pad + label->xalign * w,
                        MAX (paint->plot.x + pad + label->xalign * w,
                             paint->plot.x + paint->plot.width - pad - (1 - label->xalign) * w));
      box = (cairo_rectangle_t) { label->x - label->xalign * w - pad, label->y - label->yalign * h,
                                  w + 2 * pad, h };
      /* No label crosses a whisker: it moves past the whisker's end
       * (a bar's own is already beside it, gr-chart-bar.c), or is left out. */
      clear = clear_whiskers (paint, label, &box);
      for (guint j = 0; j < placed->len && clear; j++)
        clear = !gr_chart_rects_overlap (&box, &g_array_index (placed, cairo_rectangle_t, j));
      if (!clear)
        {
          paint->max_lines = 0;
          continue;
        }
      g_array_append_val (placed, box);

      if (label->patch > 0)
        {
          gr_chart_set_colour (paint, paint->ink.background, label->patch);
          cairo_rectangle (paint->cr, box.x, box.y, box.width, box.height);
          cairo_fill (paint->cr);
        }
      gr_chart_text_draw (paint, label->kind, label->text, wrap, label->x, label->y,
                          label->xalign, label->yalign, label->colour);
      paint->max_lines = 0;
    }
  g_clear_pointer (&paint->labels, g_array_unref);
}
