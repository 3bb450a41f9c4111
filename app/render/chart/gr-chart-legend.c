/* gr-chart-legend.c — the legend: one swatch (fill pattern or marker) per series
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-chart-private.h"

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
  guint named = 0;

  /* One series needs no key: the title and axis say what it is. */
  for (guint s = 0; s < paint->chart->series->len; s++)
    {
      GrSeries *series = g_ptr_array_index (paint->chart->series, s);

      named += series->name != NULL && *series->name != '\0';
    }
  if (named < 2)
    return 0;

  for (guint s = 0; s < paint->chart->series->len; s++)
    {
      GrSeries *series = g_ptr_array_index (paint->chart->series, s);
      double text_w, text_h, entry_w, entry_h;

      if (series->name == NULL || *series->name == '\0')
        continue;

      gr_chart_text_size (paint, GR_TEXT_BODY, series->name, width - swatch - pad,
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
          draw_swatch (paint, series, x, y + line / 2);
          gr_chart_text_draw (paint, GR_TEXT_BODY, series->name, width - swatch - pad,
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
