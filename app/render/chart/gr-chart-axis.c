/* gr-chart-axis.c — nice scales, value↔position mapping, both axes
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-chart-private.h"

#include <math.h>

/* Category labels wrap to at most this many lines before we thin them out. */
#define MAX_LABEL_LINES 3

void
gr_chart_nice_scale (double  lo,
                     double  hi,
                     int     target_ticks,
                     double *nice_lo,
                     double *nice_hi,
                     double *step)
{
  double raw, magnitude, fraction, nice;

  if (!isfinite (lo) || !isfinite (hi))
    lo = 0, hi = 1;
  if (hi < lo)
    {
      double t = lo;
      lo = hi;
      hi = t;
    }
  if (hi - lo < 1e-12 * MAX (1, fabs (hi)))
    {
      /* A flat series still gets an axis: around the value, or 0..1. */
      if (hi == 0)
        hi = 1;
      else if (hi > 0)
        lo = MIN (lo, 0);
      else
        hi = 0;
    }
  target_ticks = MAX (target_ticks, 2);

  /* Round the raw step to the nearest of 1, 2, 5 × 10ⁿ (Heckbert's "nice
   * numbers", Graphics Gems I): 24,000 → 20,000; 35 → 50; 0.13 → 0.1. */
  raw = (hi - lo) / (target_ticks - 1);
  magnitude = pow (10, floor (log10 (raw)));
  fraction = raw / magnitude;
  if (fraction < 1.5)
    nice = 1;
  else if (fraction < 3)
    nice = 2;
  else if (fraction < 7)
    nice = 5;
  else
    nice = 10;

  *step = nice * magnitude;
  /* The small tolerance keeps 120,000 / 20,000 at 6 and not 6.0000001. */
  *nice_lo = floor (lo / *step + 1e-9) * *step;
  *nice_hi = ceil (hi / *step - 1e-9) * *step;
}

double
gr_chart_value_pos (GrChartPaint *paint,
                    double        value)
{
  double t = (value - paint->lo) / (paint->hi - paint->lo);

  if (paint->chart->orientation == GR_CHART_HORIZONTAL)
    return paint->plot.x + t * paint->plot.width;
  return paint->plot.y + paint->plot.height - t * paint->plot.height;
}

void
gr_chart_category_span (GrChartPaint *paint,
                        guint         category,
                        double       *start,
                        double       *length)
{
  guint n = MAX (paint->chart->categories->len, 1);

  if (paint->chart->orientation == GR_CHART_HORIZONTAL)
    {
      *length = paint->plot.height / n;
      *start = paint->plot.y + category * *length;
    }
  else
    {
      *length = paint->plot.width / n;
      *start = paint->plot.x + category * *length;
    }
}

gboolean
gr_chart_group_span (GrChartPaint *paint,
                     guint         category,
                     int           group,
                     double       *start,
                     double       *length)
{
  double cat_start, cat_len, inner, each, gap, used;
  guint index = G_MAXUINT;

  for (guint i = 0; i < paint->n_groups; i++)
    if (paint->groups[i] == group)
      index = i;
  if (index == G_MAXUINT)
    return FALSE;

  gr_chart_category_span (paint, category, &cat_start, &cat_len);
  inner = cat_len * 0.74;
  gap = paint->n_groups > 1 ? MIN (cat_len * 0.04, paint->u * 0.4) : 0;
  each = (inner - gap * (paint->n_groups - 1)) / paint->n_groups;
  /* Wide categories would give slabs; cap the bar thickness. */
  each = MIN (each, paint->u * 6);
  used = each * paint->n_groups + gap * (paint->n_groups - 1);

  *start = cat_start + (cat_len - used) / 2 + index * (each + gap);
  *length = each;
  return TRUE;
}

void
gr_chart_span_rect (GrChartPaint      *paint,
                    double             start,
                    double             length,
                    double             v0,
                    double             v1,
                    cairo_rectangle_t *rect)
{
  double p0 = gr_chart_value_pos (paint, v0);
  double p1 = gr_chart_value_pos (paint, v1);

  if (paint->chart->orientation == GR_CHART_HORIZONTAL)
    *rect = (cairo_rectangle_t) { MIN (p0, p1), start, fabs (p1 - p0), length };
  else
    *rect = (cairo_rectangle_t) { start, MIN (p0, p1), length, fabs (p1 - p0) };
}

static char *
format_tick (GrChartPaint *paint,
             double        value)
{
  GrChart *chart = paint->chart;

  if (fabs (value) < paint->step * 1e-6)
    value = 0;

  /* Ticks differ from value labels only in precision: as many decimals as
   * the step needs, and millions shortened. */
  switch (chart->unit)
    {
    case GR_CHART_UNIT_PERCENT:
      return gr_format_percent (value, paint->step < 0.01 ? 1 : 0);
    case GR_CHART_UNIT_SCORE:
      return gr_format_number (value, paint->step < 0.1 ? 2 : 1);
    case GR_CHART_UNIT_COUNT:
      if (fabs (value) >= 1e6)
        return gr_format_compact (value);
      return gr_chart_format_value (chart, value);
    case GR_CHART_UNIT_USD:
    case GR_CHART_UNIT_EUR:
    default:
      return gr_chart_format_value (chart, value);
    }
}

static guint
n_ticks (GrChartPaint *paint)
{
  return (guint) round ((paint->hi - paint->lo) / paint->step) + 1;
}

double
gr_chart_tick_label_width (GrChartPaint *paint)
{
  double widest = 0;

  for (guint i = 0; i < n_ticks (paint); i++)
    {
      g_autofree char *text = format_tick (paint, paint->lo + i * paint->step);
      double w;

      gr_chart_text_size (paint, GR_TEXT_BODY, text, -1, &w, NULL);
      widest = MAX (widest, w);
    }
  return widest;
}

/* Every k-th category label is shown when single words do not fit. */
static guint
label_stride (GrChartPaint *paint,
              double        span)
{
  double widest = 0;

  for (guint i = 0; i < paint->chart->categories->len; i++)
    {
      const char *label = g_ptr_array_index (paint->chart->categories, i);
      g_auto(GStrv) words = g_strsplit (label, " ", -1);

      for (guint j = 0; words[j] != NULL; j++)
        {
          double w;

          gr_chart_text_size (paint, GR_TEXT_BODY_BOLD, words[j], -1, &w, NULL);
          widest = MAX (widest, w);
        }
    }
  return MAX (1, (guint) ceil ((widest + paint->u * 0.5) / span));
}

double
gr_chart_category_labels_tallest (GrChartPaint *paint,
                                  double        width)
{
  GrChart *chart = paint->chart;
  int saved = paint->max_lines;
  double tallest = 0;

  paint->max_lines = paint->category_lines;
  for (guint i = 0; i < chart->categories->len; i++)
    {
      double h;

      gr_chart_text_size (paint, GR_TEXT_BODY_BOLD, g_ptr_array_index (chart->categories, i),
                          width, NULL, &h);
      tallest = MAX (tallest, h);
    }
  paint->max_lines = saved;
  return tallest;
}

double
gr_chart_category_labels_extent (GrChartPaint *paint,
                                 double        available)
{
  GrChart *chart = paint->chart;
  double extent = 0;

  for (guint i = 0; i < chart->categories->len; i++)
    {
      const char *label = g_ptr_array_index (chart->categories, i);
      double w, h;

      if (chart->orientation == GR_CHART_HORIZONTAL)
        {
          gr_chart_text_size (paint, GR_TEXT_BODY_BOLD, label, available, &w, NULL);
          extent = MAX (extent, w);
        }
      else
        {
          double span = available / MAX (chart->categories->len, 1);
          guint stride = label_stride (paint, span);

          gr_chart_text_size (paint, GR_TEXT_BODY_BOLD, label, span * stride * 0.96, NULL, &h);
          extent = MAX (extent, MIN (h, paint->u * 1.25 * MAX_LABEL_LINES));
        }
    }
  return extent;
}

void
gr_chart_draw_value_axis (GrChartPaint *paint)
{
  cairo_t *cr = paint->cr;
  gboolean horizontal = paint->chart->orientation == GR_CHART_HORIZONTAL;
  cairo_rectangle_t *plot = &paint->plot;
  /* Where the last tick label ended: in a short plot, a label that would
   * run into it is left out (its gridline stays). */
  double last_end = -G_MAXDOUBLE;

  cairo_save (cr);
  cairo_set_line_width (cr, paint->ink.line);
  for (guint i = 0; i < n_ticks (paint); i++)
    {
      double value = paint->lo + i * paint->step;
      double pos = gr_chart_value_pos (paint, value);
      g_autofree char *text = format_tick (paint, value);
      double w, h, from, to;

      gr_chart_text_size (paint, GR_TEXT_BODY, text, -1, &w, &h);
      /* ticks run left to right, or bottom to top */
      from = horizontal ? pos - w / 2 : -(pos + h / 2);
      to = horizontal ? pos + w / 2 : -(pos - h / 2);
      if (from < last_end)
        text[0] = '\0';
      else
        last_end = to;

      /* Snap hairlines to the pixel grid so they stay crisp on screen. */
      pos = round (pos) + 0.5;
      gr_chart_set_colour (paint, fabs (value) < paint->step * 1e-6 ? paint->ink.axis
                                                                   : paint->ink.grid, 1);
      if (horizontal)
        {
          cairo_move_to (cr, pos, plot->y);
          cairo_line_to (cr, pos, plot->y + plot->height);
          cairo_stroke (cr);
          if (*text != '\0')
            gr_chart_text_draw (paint, GR_TEXT_BODY, text, -1, pos,
                              plot->y + plot->height + paint->u * 0.4, 0.5, 0,
                              paint->ink.secondary);
        }
      else
        {
          cairo_move_to (cr, plot->x, pos);
          cairo_line_to (cr, plot->x + plot->width, pos);
          cairo_stroke (cr);
          if (*text != '\0')
            gr_chart_text_draw (paint, GR_TEXT_BODY, text, -1, plot->x - paint->u * 0.5, pos,
                              1, 0.5, paint->ink.secondary);
        }
    }
  cairo_restore (cr);
}

void
gr_chart_draw_category_axis (GrChartPaint *paint)
{
  GrChart *chart = paint->chart;
  gboolean horizontal = chart->orientation == GR_CHART_HORIZONTAL;
  guint stride = 1;

  if (!horizontal && chart->categories->len > 0)
    {
      double start, span;

      gr_chart_category_span (paint, 0, &start, &span);
      stride = label_stride (paint, span);
    }

  for (guint i = 0; i < chart->categories->len; i += stride)
    {
      const char *label = g_ptr_array_index (chart->categories, i);
      GrTextKind kind = (int) i == chart->highlight ? GR_TEXT_BODY_BOLD : GR_TEXT_BODY;
      GrRgb colour = (int) i == chart->highlight ? paint->ink.alert : paint->ink.text;
      double start, span;

      gr_chart_category_span (paint, i, &start, &span);
      if (horizontal)
        {
          double width = paint->plot.x - paint->u * 0.6 - paint->margin;
          int saved = paint->max_lines;

          paint->max_lines = paint->category_lines;
          gr_chart_text_draw (paint, kind, label, width, paint->plot.x - paint->u * 0.6,
                              start + span / 2, 1, 0.5, colour);
          paint->max_lines = saved;
        }
      else
        {
          double wrap = span * stride * 0.96, w, x = start + span / 2;

          /* The end labels may be wider than their column: keep them from
           * running under the value axis or off the chart. */
          gr_chart_text_size (paint, kind, label, wrap, &w, NULL);
          x = MAX (x, paint->plot.x + w / 2);
          x = MIN (x, paint->plot.x + paint->plot.width - w / 2);
          gr_chart_text_draw (paint, kind, label, wrap, x,
                              paint->plot.y + paint->plot.height + paint->u * 0.45,
                              0.5, 0, colour);
        }
    }
}
