/* gr-chart-legend.c — the legend: one swatch (fill pattern or marker) per series, and the ranges'
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-chart-private.h"

#include <glib/gi18n-lib.h>

static void
draw_swatch (GrChartPaint *paint,
             GrSeries     *series,
             double        x,
             double        cy)
{
  double w = paint->u * 1.5, h = paint->u * 0.95;
  cairo_t *cr = paint->cr;

  switch (series->kind)
    {
    case GR_SERIES_BAR:
      {
        cairo_rectangle_t rect = { x, cy - h / 2, w, h };

        gr_chart_fill_rect (paint, &rect, series->colour, series->fill);
      }
      break;
    case GR_SERIES_LINE:
      cairo_save (cr);
      gr_chart_set_colour (paint, series->colour, 1);
      cairo_set_line_width (cr, paint->ink.line * 2.6);
      if (series->fill == GR_FILL_GHOST)
        {
          double dash[] = { w * 0.3, w * 0.15 };

          cairo_set_dash (cr, dash, 2, 0);
        }
      cairo_move_to (cr, x, cy);
      cairo_line_to (cr, x + w, cy);
      cairo_stroke (cr);
      cairo_restore (cr);
      gr_chart_draw_marker (paint, series->marker, x + w / 2, cy, paint->u * 0.7, series->colour);
      break;
    case GR_SERIES_TARGET:
    default:
      gr_chart_set_colour (paint, series->colour, 1);
      cairo_set_line_width (cr, paint->ink.line * 3.5);
      cairo_move_to (cr, x, cy);
      cairo_line_to (cr, x + w, cy);
      cairo_stroke (cr);
      gr_chart_draw_marker (paint, series->marker, x, cy, paint->u * 0.7, series->colour);
      break;
    }
}

/* The key of the ranges: a pale band when a line (a fan, in its colour)
 * or a target (in its colour) has them, a whisker when a bar has them:
 * the whisker over the band when both do. */
static void
draw_range_swatch (GrChartPaint *paint,
                   double        x,
                   double        cy)
{
  double w = paint->u * 1.5, h = paint->u * 0.8;
  cairo_t *cr = paint->cr;
  const GrSeries *banded = NULL;
  gboolean whiskers = FALSE;

  for (guint i = 0; i < paint->chart->intervals->len; i++)
    {
      const GrInterval *in = &g_array_index (paint->chart->intervals, GrInterval, i);
      const GrSeries *series = g_ptr_array_index (paint->chart->series, in->series);

      if (series->kind == GR_SERIES_BAR)
        whiskers = TRUE;
      else if (banded == NULL || series->kind == GR_SERIES_LINE)
        banded = series;
    }
  cairo_save (cr);
  if (banded != NULL)
    {
      double alpha = banded->kind == GR_SERIES_LINE ? (paint->ink.dark ? 0.3 : 0.22)
                                                    : (paint->ink.dark ? 0.25 : 0.14);

      cairo_rectangle (cr, x, cy - h / 2, w, h);
      gr_chart_set_colour (paint, banded->colour, alpha);
      cairo_fill (cr);
      cairo_move_to (cr, x, cy - h / 2);
      cairo_rel_line_to (cr, w, 0);
      cairo_move_to (cr, x, cy + h / 2);
      cairo_rel_line_to (cr, w, 0);
      cairo_set_line_width (cr, paint->ink.line);
      gr_chart_set_colour (paint, banded->colour, 0.8);
      cairo_stroke (cr);
    }
  if (whiskers || banded == NULL)
    {
      cairo_move_to (cr, x, cy);
      cairo_rel_line_to (cr, w, 0);
      cairo_move_to (cr, x, cy - h / 2);
      cairo_rel_line_to (cr, 0, h);
      cairo_move_to (cr, x + w, cy - h / 2);
      cairo_rel_line_to (cr, 0, h);
      cairo_set_line_width (cr, 1.5 * paint->ink.line);
      gr_chart_set_colour (paint, paint->ink.text, 1);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* Lays the entries out in rows; draws them when draw is set.  Returns the
 * height used. */
static double
legend_pass (GrChartPaint *paint,
             double        x0,
             double        y0,
             double        width,
             gboolean      draw)
{
  /* A row is as tall as its tallest entry: a long name wraps. */
  double x = x0, y = y0, line = paint->u * 1.35, row = line;
  double swatch = paint->u * 1.5, pad = paint->u * 0.45, spacing = paint->u * 1.4;
  gboolean any = FALSE;
  gboolean ranges = paint->chart->intervals->len > 0;
  guint named = ranges;

  /* One series needs no key: the title and axis say what it is. */
  for (guint s = 0; s < paint->chart->series->len; s++)
    {
      GrSeries *series = g_ptr_array_index (paint->chart->series, s);

      const char *key = series->key != NULL ? series->key : series->name;

      named += key != NULL && *key != '\0';
    }
  if (named < 2)
    return 0;

  /* The series, then the ranges' key if there are ranges. */
  for (guint s = 0; s < paint->chart->series->len + ranges; s++)
    {
      GrSeries *series = NULL;
      /* TRANSLATORS: the legend of the whiskers and fans of a Monte Carlo run */
      const char *name = _("P10–P90 (Monte Carlo)");
      double text_w, text_h, entry_w, entry_h;

      if (s < paint->chart->series->len)
        {
          series = g_ptr_array_index (paint->chart->series, s);
          name = series->key != NULL ? series->key : series->name;
        }
      if (name == NULL || *name == '\0')
        continue;

      gr_chart_text_size (paint, GR_TEXT_BODY, name, width - swatch - pad,
                          &text_w, &text_h);
      entry_w = swatch + pad + text_w;
      entry_h = text_h > line ? text_h + paint->u * 0.3 : line;
      if (any && x + entry_w > x0 + width)
        {
          x = x0;
          y += row;
          row = line;
        }
      row = MAX (row, entry_h);
      if (draw)
        {
          if (series != NULL)
            draw_swatch (paint, series, x, y + line / 2);
          else
            draw_range_swatch (paint, x, y + line / 2);
          gr_chart_text_draw (paint, GR_TEXT_BODY, name, width - swatch - pad,
                              x + swatch + pad, y + entry_h / 2, 0, 0.5, paint->ink.text);
        }
      x += entry_w + spacing;
      any = TRUE;
    }

  return any ? y + row - y0 : 0;
}

double
gr_chart_legend_height (GrChartPaint *paint,
                        double        width)
{
  return legend_pass (paint, 0, 0, width, FALSE);
}

void
gr_chart_draw_legend (GrChartPaint *paint,
                      double        x,
                      double        y,
                      double        width)
{
  legend_pass (paint, x, y, width, TRUE);
}
