/* gr-chart-line.c — lines with markers, and per-category target ticks
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-chart-private.h"

#include <math.h>

/* Beyond this many points, markers would merge into a thick line. */
#define MAX_MARKED_POINTS 40

void
gr_chart_draw_marker (GrChartPaint *paint,
                      GrMarker      marker,
                      double        x,
                      double        y,
                      double        size,
                      GrRgb         colour)
{
  cairo_t *cr = paint->cr;
  double r = size / 2;

  cairo_save (cr);
  cairo_new_path (cr);
  switch (marker)
    {
    case GR_MARKER_CIRCLE:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case GR_MARKER_SQUARE:
      cairo_rectangle (cr, x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    case GR_MARKER_TRIANGLE:
      cairo_move_to (cr, x, y - r * 1.1);
      cairo_line_to (cr, x + r, y + r * 0.75);
      cairo_line_to (cr, x - r, y + r * 0.75);
      cairo_close_path (cr);
      break;
    case GR_MARKER_DIAMOND:
      cairo_move_to (cr, x, y - r * 1.15);
      cairo_line_to (cr, x + r * 1.15, y);
      cairo_line_to (cr, x, y + r * 1.15);
      cairo_line_to (cr, x - r * 1.15, y);
      cairo_close_path (cr);
      break;
    case GR_MARKER_CROSS:
      cairo_set_line_width (cr, size * 0.32);
      cairo_move_to (cr, x - r, y - r);
      cairo_line_to (cr, x + r, y + r);
      cairo_move_to (cr, x + r, y - r);
      cairo_line_to (cr, x - r, y + r);
      gr_chart_set_colour (paint, colour, 1);
      cairo_stroke (cr);
      cairo_restore (cr);
      return;
    case GR_MARKER_NONE:
    default:
      cairo_restore (cr);
      return;
    }

  gr_chart_set_colour (paint, colour, 1);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, paint->ink.line * 1.2);
  gr_chart_set_colour (paint, paint->ink.background, 1);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
point_at (GrChartPaint *paint,
          guint         category,
          double        value,
          double       *x,
          double       *y)
{
  double start, length;

  gr_chart_category_span (paint, category, &start, &length);
  if (paint->chart->orientation == GR_CHART_HORIZONTAL)
    *x = gr_chart_value_pos (paint, value), *y = start + length / 2;
  else
    *x = start + length / 2, *y = gr_chart_value_pos (paint, value);
}

static void
draw_line_series (GrChartPaint *paint,
                  GrSeries     *series)
{
  GrChart *chart = paint->chart;
  cairo_t *cr = paint->cr;
  gboolean pen_down = FALSE;
  double size = paint->u * 0.7;
  int last = -1;

  /* The line, broken where values are missing. */
  cairo_save (cr);
  cairo_new_path (cr);
  for (guint c = 0; c < series->values->len; c++)
    {
      double value = g_array_index (series->values, double, c);
      double x, y;

      if (!isfinite (value))
        {
          pen_down = FALSE;
          continue;
        }
      point_at (paint, c, value, &x, &y);
      if (pen_down)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      pen_down = TRUE;
      last = c;
    }
  gr_chart_set_colour (paint, series->colour, 1);
  cairo_set_line_width (cr, paint->ink.line * 2.6);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (series->fill == GR_FILL_GHOST)
    {
      double dash[] = { paint->u * 0.5, paint->u * 0.35 };

      cairo_set_dash (cr, dash, 2, 0);
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  for (guint c = 0; c < series->values->len; c++)
    {
      double value = g_array_index (series->values, double, c);
      g_autofree char *text = NULL;
      double x, y;

      if (!isfinite (value))
        continue;
      point_at (paint, c, value, &x, &y);
      if (series->values->len <= MAX_MARKED_POINTS)
        gr_chart_draw_marker (paint, series->marker, x, y, size, series->colour);

      text = gr_chart_format_value (chart, value);
      gr_chart_add_hit (chart, x - size, y - size, 2 * size, 2 * size,
                        g_strdup_printf ("%s\n%s: %s",
                                         (char *) g_ptr_array_index (chart->categories, c),
                                         series->name, text));
    }

  /* A labelled line carries its last value at its end. */
  if (series->labelled && last >= 0)
    {
      double value = g_array_index (series->values, double, last);
      g_autofree char *text = gr_chart_format_value (chart, value);
      double x, y;

      point_at (paint, last, value, &x, &y);
      gr_chart_queue_label (paint, GR_CHART_LABEL_LINE_END, GR_TEXT_BODY_BOLD, text,
                            x, y - size * 0.9, 0.5, 1, series->colour, 0);
    }
}

/* The range of series @s at @category, if it has one. */
static gboolean
find_interval (GrChart *chart,
               guint    s,
               guint    category,
               double  *low,
               double  *high)
{
  for (guint i = 0; i < chart->intervals->len; i++)
    {
      const GrInterval *in = &g_array_index (chart->intervals, GrInterval, i);

      if (in->series == s && in->category == category)
        {
          *low = in->low;
          *high = in->high;
          return TRUE;
        }
    }
  return FALSE;
}

/* The range of a target's mark, (start, length) across its category: a
 * pale band from @low to @high in the target's colour, edged with thin
 * lines, under the mark. */
static void
draw_target_band (GrChartPaint *paint,
                  GrSeries     *series,
                  guint         category,
                  double        start,
                  double        length,
                  double        low,
                  double        high)
{
  cairo_t *cr = paint->cr;
  g_autofree char *low_text = gr_chart_format_value (paint->chart, low);
  g_autofree char *high_text = gr_chart_format_value (paint->chart, high);
  GrRangeMark mark = { { 0 }, FALSE };
  cairo_rectangle_t *r = &mark.rect;

  gr_chart_span_rect (paint, start, length, low, high, r);
  cairo_save (cr);
  cairo_rectangle (cr, r->x, r->y, r->width, r->height);
  gr_chart_set_colour (paint, series->colour, paint->ink.dark ? 0.25 : 0.14);
  cairo_fill (cr);
  if (paint->chart->orientation == GR_CHART_HORIZONTAL)
    {
      cairo_move_to (cr, r->x, r->y);
      cairo_rel_line_to (cr, 0, r->height);
      cairo_move_to (cr, r->x + r->width, r->y);
      cairo_rel_line_to (cr, 0, r->height);
    }
  else
    {
      cairo_move_to (cr, r->x, r->y);
      cairo_rel_line_to (cr, r->width, 0);
      cairo_move_to (cr, r->x, r->y + r->height);
      cairo_rel_line_to (cr, r->width, 0);
    }
  cairo_set_line_width (cr, paint->ink.line);
  gr_chart_set_colour (paint, series->colour, 0.6);
  cairo_stroke (cr);
  cairo_restore (cr);
  gr_chart_add_hit (paint->chart, r->x, r->y, MAX (r->width, 4), MAX (r->height, 4),
                    gr_chart_interval_tooltip (paint->chart, category, low_text, high_text));
  g_array_append_val (paint->chart->range_marks, mark);
}

/* A target's marks across its categories, each over its range's band if
 * it has one. */
static void
draw_target_series (GrChartPaint *paint,
                    guint         s,
                    GrSeries     *series)
{
  GrChart *chart = paint->chart;
  cairo_t *cr = paint->cr;

  for (guint c = 0; c < series->values->len; c++)
    {
      double value = g_array_index (series->values, double, c);
      double start, length, pos, low, high, thick = paint->ink.line * 3.5;
      g_autofree char *text = NULL;
      cairo_rectangle_t hit;

      if (!isfinite (value))
        continue;
      gr_chart_category_span (paint, c, &start, &length);
      start += length * 0.08;
      length *= 0.84;
      pos = gr_chart_value_pos (paint, value);
      if (find_interval (chart, s, c, &low, &high))
        draw_target_band (paint, series, c, start, length, low, high);

      gr_chart_set_colour (paint, series->colour, 1);
      cairo_set_line_width (cr, thick);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      if (chart->orientation == GR_CHART_HORIZONTAL)
        {
          cairo_move_to (cr, pos, start);
          cairo_line_to (cr, pos, start + length);
          hit = (cairo_rectangle_t) { pos - paint->u * 0.4, start, paint->u * 0.8, length };
        }
      else
        {
          cairo_move_to (cr, start, pos);
          cairo_line_to (cr, start + length, pos);
          hit = (cairo_rectangle_t) { start, pos - paint->u * 0.4, length, paint->u * 0.8 };
        }
      cairo_stroke (cr);
      if (series->marker != GR_MARKER_NONE)
        {
          if (chart->orientation == GR_CHART_HORIZONTAL)
            gr_chart_draw_marker (paint, series->marker, pos, start, paint->u * 0.7,
                                  series->colour);
          else
            gr_chart_draw_marker (paint, series->marker, start, pos, paint->u * 0.7,
                                  series->colour);
        }

      text = gr_chart_format_value (chart, value);
      if (series->labelled)
        {
          if (chart->orientation == GR_CHART_HORIZONTAL)
            gr_chart_queue_label (paint, GR_CHART_LABEL_TARGET, GR_TEXT_SMALL, text,
                                  pos + paint->u * 0.3, start + length, 0, 1, series->colour, 0);
          else
            gr_chart_queue_label (paint, GR_CHART_LABEL_TARGET, GR_TEXT_SMALL, text,
                                  start + length, pos - paint->u * 0.2, 1, 1, paint->ink.text, 0);
        }
      gr_chart_add_hit (chart, hit.x, hit.y, hit.width, hit.height,
                        g_strdup_printf ("%s\n%s: %s",
                                         (char *) g_ptr_array_index (chart->categories, c),
                                         series->name, text));
    }
}

/* Traces the edge of a fan through categories [from, to] at the lows
 * (forwards) or the highs (backwards). */
static void
fan_edge (GrChartPaint *paint,
          guint         s,
          guint         from,
          guint         to,
          gboolean      highs,
          gboolean      join)
{
  for (guint k = 0; k <= to - from; k++)
    {
      guint c = highs ? to - k : from + k;
      double low = NAN, high = NAN, x, y;

      find_interval (paint->chart, s, c, &low, &high);
      point_at (paint, c, highs ? high : low, &x, &y);
      if (k == 0 && !join)
        cairo_move_to (paint->cr, x, y);
      else
        cairo_line_to (paint->cr, x, y);
    }
}

/* The fan of line series @s: a pale band between its lows and highs over
 * each run of categories that have a range, thin lines at its edges, and
 * a tooltip at each point. */
static void
draw_fan (GrChartPaint *paint,
          guint         s,
          GrSeries     *series)
{
  GrChart *chart = paint->chart;
  cairo_t *cr = paint->cr;
  guint n = chart->categories->len;
  guint c = 0;

  while (c < n)
    {
      double low, high;
      guint from = c, to;

      if (!find_interval (chart, s, c, &low, &high))
        {
          c++;
          continue;
        }
      while (c + 1 < n && find_interval (chart, s, c + 1, &low, &high))
        c++;
      to = c++;

      cairo_save (cr);
      cairo_new_path (cr);
      fan_edge (paint, s, from, to, FALSE, FALSE);
      fan_edge (paint, s, from, to, TRUE, TRUE);
      cairo_close_path (cr);
      gr_chart_set_colour (paint, series->colour, paint->ink.dark ? 0.3 : 0.22);
      cairo_fill (cr);
      cairo_set_line_width (cr, paint->ink.line);
      gr_chart_set_colour (paint, series->colour, 0.8);
      fan_edge (paint, s, from, to, FALSE, FALSE);
      fan_edge (paint, s, from, to, TRUE, FALSE);
      cairo_stroke (cr);
      cairo_restore (cr);

      for (guint k = from; k <= to; k++)
        {
          g_autofree char *low_text = NULL;
          g_autofree char *high_text = NULL;
          double x0, y0, x1, y1;

          find_interval (chart, s, k, &low, &high);
          point_at (paint, k, low, &x0, &y0);
          point_at (paint, k, high, &x1, &y1);
          low_text = gr_chart_format_value (chart, low);
          high_text = gr_chart_format_value (chart, high);
          GrRangeMark mark = { { MIN (x0, x1) - paint->u * 0.4, MIN (y0, y1) - paint->u * 0.4,
                                 fabs (x1 - x0) + paint->u * 0.8,
                                 fabs (y1 - y0) + paint->u * 0.8 }, FALSE };

          gr_chart_add_hit (chart, mark.rect.x, mark.rect.y, mark.rect.width, mark.rect.height,
                            gr_chart_interval_tooltip (chart, k, low_text, high_text));
          g_array_append_val (chart->range_marks, mark);
        }
    }
}

void
gr_chart_draw_lines (GrChartPaint *paint)
{
  /* Fans first: every line lies over every band. */
  for (guint s = 0; s < paint->chart->series->len; s++)
    {
      GrSeries *series = g_ptr_array_index (paint->chart->series, s);

      if (series->kind == GR_SERIES_LINE)
        draw_fan (paint, s, series);
    }
  for (guint s = 0; s < paint->chart->series->len; s++)
    {
      GrSeries *series = g_ptr_array_index (paint->chart->series, s);

      if (series->kind == GR_SERIES_LINE)
        draw_line_series (paint, series);
      else if (series->kind == GR_SERIES_TARGET)
        draw_target_series (paint, s, series);
    }
}
