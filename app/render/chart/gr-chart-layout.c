/* gr-chart-layout.c — the painter: lays out title, legend, axes and plot, then draws
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Top to bottom: title, one-line explanation, legend, value-axis label,
 * the plot with its category labels, the source line.  The plot takes
 * what is left; the value axis is fitted to the plot's length so ticks
 * stay about three lines of text apart.
 */

#include "config.h"

#include "gr-chart-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

/* The extent the value axis must show: stacks, lines, bands, gaps and ranges. */
static void
data_extent (GrChart *self,
             double  *lo,
             double  *hi)
{
  *lo = 0;
  *hi = 0;
  for (guint c = 0; c < self->categories->len; c++)
    {
      GHashTable *stacks = g_hash_table_new (NULL, NULL);
      double totals[16] = { 0 };

      for (guint s = 0; s < self->series->len; s++)
        {
          GrSeries *series = g_ptr_array_index (self->series, s);
          double value = g_array_index (series->values, double, c);

          if (!isfinite (value))
            continue;
          *lo = MIN (*lo, value);
          if (series->kind == GR_SERIES_BAR)
            {
              guint slot = GPOINTER_TO_UINT (g_hash_table_lookup (stacks,
                                                                  GINT_TO_POINTER (series->group)));

              if (slot == 0)
                {
                  slot = g_hash_table_size (stacks) + 1;
                  g_hash_table_insert (stacks, GINT_TO_POINTER (series->group),
                                       GUINT_TO_POINTER (slot));
                }
              totals[MIN (slot - 1, 15)] += MAX (value, 0);
              *hi = MAX (*hi, totals[MIN (slot - 1, 15)]);
            }
          *hi = MAX (*hi, value);
        }
      g_hash_table_unref (stacks);
    }
  for (guint i = 0; i < self->bands->len; i++)
    *hi = MAX (*hi, g_array_index (self->bands, GrBand, i).high);
  for (guint i = 0; i < self->gaps->len; i++)
    *hi = MAX (*hi, g_array_index (self->gaps, GrGap, i).to);
  for (guint i = 0; i < self->intervals->len; i++)
    {
      *lo = MIN (*lo, g_array_index (self->intervals, GrInterval, i).low);
      *hi = MAX (*hi, g_array_index (self->intervals, GrInterval, i).high);
    }
}

static void
collect_groups (GrChartPaint *paint)
{
  paint->n_groups = 0;
  for (guint s = 0; s < paint->chart->series->len; s++)
    {
      GrSeries *series = g_ptr_array_index (paint->chart->series, s);
      gboolean seen = FALSE;

      if (series->kind != GR_SERIES_BAR || GR_CHART_IS_GHOST_GROUP (series->group))
        continue;
      for (guint g = 0; g < paint->n_groups; g++)
        seen |= paint->groups[g] == series->group;
      if (!seen && paint->n_groups < G_N_ELEMENTS (paint->groups))
        paint->groups[paint->n_groups++] = series->group;
    }
  /* A ghost's group goes right after the group it mirrors: B beside A. */
  for (guint s = 0; s < paint->chart->series->len; s++)
    {
      GrSeries *series = g_ptr_array_index (paint->chart->series, s);
      guint at = paint->n_groups;

      if (series->kind != GR_SERIES_BAR || !GR_CHART_IS_GHOST_GROUP (series->group)
          || paint->n_groups >= G_N_ELEMENTS (paint->groups))
        continue;
      for (guint g = 0; g < paint->n_groups; g++)
        {
          if (paint->groups[g] == series->group)
            at = G_MAXUINT;
          else if (at == paint->n_groups
                   && GR_CHART_GHOST_GROUP (paint->groups[g]) == series->group)
            at = g + 1;
        }
      if (at == G_MAXUINT)
        continue;
      memmove (&paint->groups[at + 1], &paint->groups[at],
               (paint->n_groups - at) * sizeof (paint->groups[0]));
      paint->groups[at] = series->group;
      paint->n_groups++;
    }
}

static void
fit_scale (GrChartPaint *paint,
           double        length,
           double        tick_spacing)
{
  GrChart *chart = paint->chart;
  double lo, hi;
  int target = CLAMP ((int) (length / tick_spacing), 3, 10);

  if (chart->fixed_range)
    {
      double step_lo, step_hi;

      paint->lo = chart->range_min;
      paint->hi = chart->range_max;
      gr_chart_nice_scale (paint->lo, paint->hi, target, &step_lo, &step_hi, &paint->step);
      return;
    }
  data_extent (chart, &lo, &hi);
  /* Headroom for the value labels on the longest bar. */
  gr_chart_nice_scale (lo, hi * 1.04, target, &paint->lo, &paint->hi, &paint->step);
}

static void
draw_empty (GrChartPaint            *paint,
            const cairo_rectangle_t *area)
{
  cairo_t *cr = paint->cr;
  double dash[] = { paint->u * 0.5, paint->u * 0.35 };
  double cx = area->x + area->width / 2, cy = area->y + area->height / 2;
  double wrap = MAX (area->width * 0.7, paint->u * 4);
  const char *message = paint->chart->empty_message != NULL
                        ? paint->chart->empty_message
                        : _("The scenario has nothing to plot here.");
  double h1, h2;

  if (area->width > paint->u * 2 && area->height > paint->u * 2)
    {
      cairo_save (cr);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_set_line_width (cr, paint->ink.line);
      gr_chart_set_colour (paint, paint->ink.grid, 1);
      cairo_rectangle (cr, area->x, area->y, area->width, area->height);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  gr_chart_text_size (paint, GR_TEXT_BODY_BOLD, _("No data to show"), wrap, NULL, &h1);
  gr_chart_text_size (paint, GR_TEXT_BODY, message, wrap, NULL, &h2);
  gr_chart_text_draw (paint, GR_TEXT_BODY_BOLD, _("No data to show"), wrap,
                      cx, cy - (h1 + h2) / 2, 0.5, 0, paint->ink.text);
  gr_chart_text_draw (paint, GR_TEXT_BODY, message, wrap,
                      cx, cy - (h1 + h2) / 2 + h1 + paint->u * 0.3,
                      0.5, 0, paint->ink.secondary);
}

/* Lays out and draws the plot between top and bottom. */
static void
draw_plot (GrChartPaint *paint,
           double        left,
           double        right,
           double        top,
           double        bottom)
{
  GrChart *chart = paint->chart;
  double u = paint->u, vh = 0, ch = 0;
  cairo_rectangle_t *plot = &paint->plot;

  collect_groups (paint);

  /* Lay out first, draw only when the plot has room: a thumbnail-sized
   * chart keeps its title and nothing overlaps it. */
  if (chart->value_label != NULL)
    gr_chart_text_size (paint, GR_TEXT_BODY, chart->value_label,
                        chart->orientation == GR_CHART_HORIZONTAL ? -1 : right - left,
                        NULL, &vh);
  if (chart->category_label != NULL && chart->orientation == GR_CHART_VERTICAL)
    gr_chart_text_size (paint, GR_TEXT_BODY, chart->category_label, -1, NULL, &ch);

  if (chart->orientation == GR_CHART_HORIZONTAL)
    {
      static const double shares[] = { 0.3, 0.38, 0.45 };
      double label_w = 0, end_w = 0, lo, hi, span, line;
      g_autofree char *widest = NULL;

      plot->y = top + (chart->bands->len > 0 ? u * 1.6 : 0);
      plot->height = bottom - (vh > 0 ? vh + u * 0.3 : 0) - u * 1.8 - plot->y;
      /* Each label must fit its bar's row: a long translation first takes
       * a wider column, then loses lines to an ellipsis (the description
       * and the tooltip have it whole). */
      span = plot->height / MAX (chart->categories->len, 1);
      paint->category_lines = 0;
      for (guint i = 0; i < G_N_ELEMENTS (shares); i++)
        {
          double share = (right - left) * shares[i];

          label_w = MIN (gr_chart_category_labels_extent (paint, share), share);
          if (gr_chart_category_labels_tallest (paint, label_w) <= span)
            break;
        }
      gr_chart_text_size (paint, GR_TEXT_BODY_BOLD, "X", -1, NULL, &line);
      if (gr_chart_category_labels_tallest (paint, label_w) > span)
        {
          double widest_share = (right - left) * shares[G_N_ELEMENTS (shares) - 1];
          int saved = paint->max_lines;

          /* Fewer lines than the labels want: they run on as one text
           * (gr_chart_text_layout()), so measure them again that way, or
           * a column sized for short wrapped lines cuts them short. */
          paint->category_lines = MAX (1, (int) floor (span / line));
          paint->max_lines = paint->category_lines;
          label_w = MIN (gr_chart_category_labels_extent (paint, widest_share), widest_share);
          paint->max_lines = saved;
        }
      plot->x = left + label_w + u * 0.6;
      /* Room at the right for the value printed at the end of the bars. */
      data_extent (chart, &lo, &hi);
      widest = gr_chart_format_value (chart, hi);
      gr_chart_text_size (paint, GR_TEXT_BODY_BOLD, widest, -1, &end_w, NULL);
      plot->width = right - plot->x - end_w - u * 0.6;
      fit_scale (paint, plot->width, u * 6);
    }
  else
    {
      double plot_bottom = bottom - (ch > 0 ? ch + u * 0.3 : 0);

      plot->y = top + (vh > 0 ? vh + u * 0.5 : 0) + u * 0.5;
      fit_scale (paint, plot_bottom - plot->y - u * 2, u * 3.2);
      plot->x = left + gr_chart_tick_label_width (paint) + u * 0.6;
      plot->width = right - plot->x - u * 0.3;
      plot->height = plot_bottom - gr_chart_category_labels_extent (paint, plot->width)
                     - u * 0.5 - plot->y;
      fit_scale (paint, plot->height, u * 3.2);
    }

  if (plot->width < u * 2 || plot->height < u * 2)
    return;

  chart->has_plot = TRUE;
  chart->plot = *plot;
  chart->axis_min = paint->lo;
  chart->axis_max = paint->hi;

  if (chart->orientation == GR_CHART_HORIZONTAL && vh > 0)
    gr_chart_text_draw (paint, GR_TEXT_BODY, chart->value_label, -1,
                        plot->x + plot->width / 2, bottom, 0.5, 1, paint->ink.secondary);
  else if (vh > 0)
    gr_chart_text_draw (paint, GR_TEXT_BODY, chart->value_label, right - left,
                        left, top, 0, 0, paint->ink.secondary);
  if (ch > 0)
    gr_chart_text_draw (paint, GR_TEXT_BODY, chart->category_label, -1,
                        (left + right) / 2, bottom, 0.5, 1, paint->ink.secondary);

  gr_chart_draw_highlight (paint);
  gr_chart_draw_bands (paint);
  gr_chart_draw_value_axis (paint);
  gr_chart_draw_category_axis (paint);
  gr_chart_draw_bars (paint);
  gr_chart_draw_gaps (paint);
  gr_chart_draw_lines (paint);
  gr_chart_draw_band_labels (paint);
  gr_chart_draw_labels (paint);
}

void
gr_chart_draw (GrChart *self,
               cairo_t *cr,
               double   width,
               double   height)
{
  GrChartPaint paint;
  double u, left, right, top, bottom, h;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  g_array_set_size (self->hits, 0);
  g_array_set_size (self->texts, 0);
  g_array_set_size (self->range_marks, 0);
  self->has_plot = FALSE;
  if (!(width > 0 && height > 0))
    return;

  cairo_save (cr);
  gr_chart_paint_init (&paint, self, cr);
  u = paint.u;
  paint.margin = MIN (u * 1.5, MIN (width, height) * 0.05);

  gr_chart_set_colour (&paint, paint.ink.background, 1);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  left = paint.margin;
  right = paint.right = width - paint.margin;
  top = paint.margin;
  bottom = height - paint.margin;

  /* Top: title, one-line explanation, legend.  Bottom: the source. */
  top += gr_chart_text_draw (&paint, GR_TEXT_TITLE, self->title, right - left, left, top, 0, 0,
                             paint.ink.text) + u * 0.2;
  if (self->subtitle != NULL)
    top += gr_chart_text_draw (&paint, GR_TEXT_BODY, self->subtitle, right - left, left, top, 0,
                               0, paint.ink.secondary);
  top += u * 0.7;
  if (self->source != NULL)
    {
      g_autofree char *line = g_strdup_printf (_("Source: %s"), self->source);

      /* Two lines at most on screen; gr_chart_describe() has the whole list. */
      paint.max_lines = self->style.whole_source ? 0 : 2;
      gr_chart_text_size (&paint, GR_TEXT_SMALL, line, right - left, NULL, &h);
      gr_chart_text_draw (&paint, GR_TEXT_SMALL, line, right - left, left, bottom - h, 0, 0,
                          paint.ink.secondary);
      paint.max_lines = 0;
      bottom -= h + u * 0.9;
    }

  if (gr_chart_is_empty (self))
    {
      cairo_rectangle_t area = { left, top, right - left, bottom - top };

      draw_empty (&paint, &area);
    }
  else
    {
      h = gr_chart_legend_height (&paint, right - left);
      /* A legend that would run into the source line is left out with the
       * plot it explains (which needs more room still). */
      if (h > 0 && top + h + u * 0.6 > bottom)
        h = 0, top = bottom;
      if (h > 0)
        {
          gr_chart_draw_legend (&paint, left, top, right - left);
          top += h + u * 0.6;
        }
      draw_plot (&paint, left, right, top, bottom);
    }

  gr_chart_paint_clear (&paint);
  cairo_restore (cr);
}

void
gr_chart_draw_func (cairo_t  *cr,
                    double    width,
                    double    height,
                    gpointer  user_data)
{
  gr_chart_draw (user_data, cr, width, height);
}
