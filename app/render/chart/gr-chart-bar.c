/* gr-chart-bar.c — grouped and stacked bars, their fill patterns and labels
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-chart-private.h"

#include <glib/gi18n-lib.h>

#include <math.h>

static void
hatch (GrChartPaint            *paint,
       const cairo_rectangle_t *rect,
       double                   direction)
{
  cairo_t *cr = paint->cr;
  double spacing = paint->u * 0.5;
  double reach = rect->width + rect->height;

  /* Lines at ±45° anchored to the plot origin, so neighbouring segments
   * line up and the pattern does not crawl as bars grow. */
  double origin = paint->plot.x + direction * paint->plot.y;
  double first = floor ((rect->x + direction * rect->y - origin - reach) / spacing) * spacing
                 + origin;

  for (double c = first; c <= rect->x + direction * rect->y + reach; c += spacing)
    {
      /* x + direction·y = c */
      cairo_move_to (cr, c - direction * (rect->y - reach), rect->y - reach);
      cairo_line_to (cr, c - direction * (rect->y + rect->height + reach),
                     rect->y + rect->height + reach);
    }
  cairo_stroke (cr);
}

void
gr_chart_fill_rect (GrChartPaint            *paint,
                    const cairo_rectangle_t *rect,
                    GrRgb                    colour,
                    GrFill                   fill)
{
  cairo_t *cr = paint->cr;

  if (rect->width <= 0 || rect->height <= 0)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  cairo_clip (cr);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);

  if (fill == GR_FILL_LIGHT)
    {
      gr_chart_set_colour (paint, colour, 0.28);
      cairo_fill_preserve (cr);
      gr_chart_set_colour (paint, colour, 1);
      /* Inside the clip only half the stroke shows: double it. */
      cairo_set_line_width (cr, 2.5 * paint->ink.line);
      cairo_stroke (cr);
      cairo_restore (cr);
      return;
    }

  if (fill == GR_FILL_GHOST)
    {
      double dash[] = { paint->u * 0.35, paint->u * 0.2 };

      /* A veil of the background, so grid lines do not read as hatching,
       * then a sparse hatch and a dashed outline in the colour. */
      gr_chart_set_colour (paint, paint->ink.background, 0.75);
      cairo_fill (cr);
      gr_chart_set_colour (paint, colour, 0.45);
      cairo_set_line_width (cr, paint->u * 0.08);
      hatch (paint, rect, -1);
      cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
      cairo_set_dash (cr, dash, 2, 0);
      gr_chart_set_colour (paint, colour, 1);
      cairo_set_line_width (cr, 3 * paint->ink.line);
      cairo_stroke (cr);
      cairo_restore (cr);
      return;
    }

  gr_chart_set_colour (paint, colour, 1);
  cairo_fill (cr);

  gr_chart_set_colour (paint, paint->ink.background, 0.6);
  cairo_set_line_width (cr, paint->u * 0.16);
  switch (fill)
    {
    case GR_FILL_HATCH:
      hatch (paint, rect, 1);
      break;
    case GR_FILL_CROSSHATCH:
      hatch (paint, rect, 1);
      hatch (paint, rect, -1);
      break;
    case GR_FILL_DOTS:
      {
        double spacing = paint->u * 0.55;
        double x0 = paint->plot.x + floor ((rect->x - paint->plot.x) / spacing) * spacing;
        double y0 = paint->plot.y + floor ((rect->y - paint->plot.y) / spacing) * spacing;

        for (double y = y0; y <= rect->y + rect->height + spacing; y += spacing)
          for (double x = x0; x <= rect->x + rect->width + spacing; x += spacing)
            {
              double shift = fmod (round ((y - y0) / spacing), 2) * spacing / 2;

              cairo_new_sub_path (cr);
              cairo_arc (cr, x + shift, y, paint->u * 0.11, 0, 2 * G_PI);
            }
        cairo_fill (cr);
      }
      break;
    case GR_FILL_SOLID:
    case GR_FILL_LIGHT:
    case GR_FILL_GHOST:
    default:
      break;
    }
  cairo_restore (cr);
}

/* A value label on a background patch, so it reads over any fill. */
static void
draw_inner_label (GrChartPaint            *paint,
                  const cairo_rectangle_t *rect,
                  const char              *text)
{
  double w, h;
  double cx = rect->x + rect->width / 2;
  double cy = rect->y + rect->height / 2;

  gr_chart_text_size (paint, GR_TEXT_SMALL, text, -1, &w, &h);
  if (w + paint->u * 0.5 > rect->width || h + paint->u * 0.2 > rect->height)
    return;

  gr_chart_queue_label (paint, GR_CHART_LABEL_BAR_PART, GR_TEXT_SMALL, text, cx, cy, 0.5, 0.5,
                        paint->ink.text, 0.88);
}

/* Whether @box crosses any of the marks of a whisker, from @first on. */
static gboolean
crosses_whisker (GrChart                 *chart,
                 const cairo_rectangle_t *box,
                 guint                    first)
{
  for (guint i = first; i < chart->range_marks->len && i < first + GR_CHART_WHISKER_MARKS; i++)
    if (gr_chart_rects_overlap (box, &g_array_index (chart->range_marks, GrRangeMark, i).rect))
      return TRUE;
  return FALSE;
}

/* @value's label at the end of its bar.  When the bar has a whisker (its
 * marks from @whisker on, its high end @high; @whisker −1 for none), the
 * label moves beside the whisker's line, and past its top when a cap
 * would still cross it there. */
static void
draw_end_label (GrChartPaint *paint,
                double        span_start,
                double        span_length,
                double        value,
                int           whisker,
                double        high,
                gboolean      bold)
{
  g_autofree char *text = gr_chart_format_value (paint->chart, value);
  double end = gr_chart_value_pos (paint, value);
  GrTextKind kind = bold ? GR_TEXT_BODY_BOLD : GR_TEXT_SMALL;
  gboolean horizontal = paint->chart->orientation == GR_CHART_HORIZONTAL;
  double pad = paint->u * 0.15;
  double x, y, xalign, yalign, w, h;

  if (horizontal)
    x = end + paint->u * 0.35, y = span_start + span_length / 2, xalign = 0, yalign = 0.5;
  else
    x = span_start + span_length / 2, y = end - paint->u * 0.25, xalign = 0.5, yalign = 1;

  if (whisker >= 0)
    {
      cairo_rectangle_t box;
      /* the whisker's line runs down the middle of the bar */
      double clear = 1.75 * paint->ink.line + 2 * pad;

      gr_chart_text_size (paint, kind, text, -1, &w, &h);
      if (horizontal)
        y = span_start + span_length / 2 + clear, yalign = 0;
      else
        x = span_start + span_length / 2 + clear, xalign = 0;
      box = (cairo_rectangle_t) { x - xalign * w - pad, y - yalign * h, w + 2 * pad, h };
      if (crosses_whisker (paint->chart, &box, whisker))
        {
          /* past the top, centred again */
          end = gr_chart_value_pos (paint, MAX (value, high));
          if (horizontal)
            x = end + paint->u * 0.35, y = span_start + span_length / 2, yalign = 0.5;
          else
            x = span_start + span_length / 2, y = end - paint->u * 0.25, xalign = 0.5;
        }
    }

  /* A patch of background keeps the figure legible over grid and reference lines. */
  gr_chart_queue_label (paint, GR_CHART_LABEL_BAR_END, kind, text, x, y, xalign, yalign,
                        paint->ink.text, 0.85);
}

/* Strokes the segment (x0, y0)–(x1, y1) of a whisker, widened by @halo
 * on each side, and notes its box. */
static void
whisker_segment (GrChartPaint *paint,
                 double        x0,
                 double        y0,
                 double        x1,
                 double        y1,
                 double        halo)
{
  GrRangeMark mark = { { MIN (x0, x1) - halo, MIN (y0, y1) - halo,
                         fabs (x1 - x0) + 2 * halo, fabs (y1 - y0) + 2 * halo }, TRUE };

  cairo_move_to (paint->cr, x0, y0);
  cairo_line_to (paint->cr, x1, y1);
  g_array_append_val (paint->chart->range_marks, mark);
}

guint
gr_chart_draw_whisker (GrChartPaint *paint,
                       guint         category,
                       double        start,
                       double        length,
                       double        low,
                       double        high)
{
  GrChart *chart = paint->chart;
  cairo_t *cr = paint->cr;
  g_autofree char *low_text = NULL;
  g_autofree char *high_text = NULL;
  guint first = chart->range_marks->len;
  double halo = 1.75 * paint->ink.line;
  cairo_rectangle_t r;

  gr_chart_span_rect (paint, start, length, low, high, &r);
  cairo_save (cr);
  cairo_new_path (cr);
  /* the line, then the caps at both ends */
  if (chart->orientation == GR_CHART_HORIZONTAL)
    {
      double y = r.y + r.height / 2;

      whisker_segment (paint, r.x, y, r.x + r.width, y, halo);
      whisker_segment (paint, r.x, r.y, r.x, r.y + r.height, halo);
      whisker_segment (paint, r.x + r.width, r.y, r.x + r.width, r.y + r.height, halo);
    }
  else
    {
      double x = r.x + r.width / 2;

      whisker_segment (paint, x, r.y, x, r.y + r.height, halo);
      whisker_segment (paint, r.x, r.y, r.x + r.width, r.y, halo);
      whisker_segment (paint, r.x, r.y + r.height, r.x + r.width, r.y + r.height, halo);
    }
  /* On a halo of the background, so it reads over any bar. */
  gr_chart_set_colour (paint, paint->ink.background, 0.9);
  cairo_set_line_width (cr, 2 * halo);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_stroke_preserve (cr);
  gr_chart_set_colour (paint, paint->ink.text, 1);
  cairo_set_line_width (cr, 1.5 * paint->ink.line);
  cairo_stroke (cr);
  cairo_restore (cr);
  low_text = gr_chart_format_value (chart, low);
  high_text = gr_chart_format_value (chart, high);
  gr_chart_add_hit (chart, r.x, r.y, MAX (r.width, 4), MAX (r.height, 4),
                    gr_chart_interval_tooltip (chart, category, low_text, high_text));
  return first;
}

/* The whisker of bar group @group in @category, if it has one, over the
 * middle of the bar span (start, length); returns the index of its first
 * mark, −1 for none, and its high end in @high. */
static int
draw_interval (GrChartPaint *paint,
               int           group,
               guint         category,
               double        start,
               double        length,
               double       *high)
{
  GrChart *chart = paint->chart;
  int first = -1;

  for (guint i = 0; i < chart->intervals->len; i++)
    {
      const GrInterval *in = &g_array_index (chart->intervals, GrInterval, i);
      const GrSeries *series = g_ptr_array_index (chart->series, in->series);

      if (in->category != category || series->kind != GR_SERIES_BAR || series->group != group)
        continue;
      first = gr_chart_draw_whisker (paint, category, start + 0.3 * length, 0.4 * length,
                                     in->low, in->high);
      *high = in->high;
    }
  return first;
}

char *
gr_chart_interval_tooltip (GrChart    *chart,
                           guint       category,
                           const char *low,
                           const char *high)
{
  /* TRANSLATORS: a bar's or point's tooltip: its category, then its
   * P10–P90 range */
  return g_strdup_printf (_("%s\nP10–P90: %s–%s"),
                          (const char *) g_ptr_array_index (chart->categories, category),
                          low, high);
}

static void
draw_group (GrChartPaint *paint,
            guint         category,
            int           group)
{
  GrChart *chart = paint->chart;
  const char *category_label = g_ptr_array_index (chart->categories, category);
  double start, length, base = 0, total = 0, last = 0, high = NAN;
  int whisker;
  guint members = 0;
  gboolean labelled = FALSE;

  if (!gr_chart_group_span (paint, category, group, &start, &length))
    return;

  for (guint s = 0; s < chart->series->len; s++)
    {
      GrSeries *series = g_ptr_array_index (chart->series, s);
      double value = g_array_index (series->values, double, category);

      if (series->kind != GR_SERIES_BAR || series->group != group || !isfinite (value))
        continue;
      members++;
      labelled |= series->labelled;
      total += MAX (value, 0);
    }
  if (members == 0)
    return;

  for (guint s = 0; s < chart->series->len; s++)
    {
      GrSeries *series = g_ptr_array_index (chart->series, s);
      double value = g_array_index (series->values, double, category);
      cairo_rectangle_t rect;
      g_autofree char *text = NULL;

      if (series->kind != GR_SERIES_BAR || series->group != group || !isfinite (value))
        continue;

      /* A lone bar may be negative; stacks only add positive parts. */
      if (members == 1)
        gr_chart_span_rect (paint, start, length, 0, value, &rect);
      else
        gr_chart_span_rect (paint, start, length, base, base + MAX (value, 0), &rect);
      gr_chart_fill_rect (paint, &rect, series->colour, series->fill);

      if (members > 1 && rect.width > 0 && rect.height > 0)
        {
          /* A hairline in the background colour parts stacked segments. */
          gr_chart_set_colour (paint, paint->ink.background, 1);
          cairo_set_line_width (paint->cr, paint->ink.line);
          cairo_rectangle (paint->cr, rect.x, rect.y, rect.width, rect.height);
          cairo_stroke (paint->cr);
        }

      text = gr_chart_format_value (chart, value);
      if (members > 1 && series->labelled)
        draw_inner_label (paint, &rect, text);
      gr_chart_add_hit (chart, rect.x, rect.y, MAX (rect.width, 2), MAX (rect.height, 2),
                        g_strdup_printf ("%s\n%s: %s", category_label, series->name, text));
      base += MAX (value, 0);
      last = value;
    }
  /* A range is the lone bar's or the whole stack's: over the bars. */
  whisker = draw_interval (paint, group, category, start, length, &high);

  /* One bar: its value at its end (a zero bar still says "0").  A stack:
   * the total in bold, the parts inside where they fit. */
  if (labelled)
    draw_end_label (paint, start, length, members == 1 ? last : total, whisker, high,
                    members > 1);
}

void
gr_chart_draw_bars (GrChartPaint *paint)
{
  for (guint c = 0; c < paint->chart->categories->len; c++)
    for (guint g = 0; g < paint->n_groups; g++)
      draw_group (paint, c, paint->groups[g]);
}
