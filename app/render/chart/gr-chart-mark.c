/* gr-chart-mark.c — reference bands and lines, gap markers, the highlighted category
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-chart-private.h"

#include <math.h>

static gboolean
is_line (const GrBand *band)
{
  return band->high == band->low;
}

/* The rectangle of the plot between two values, across all categories. */
static void
value_slab (GrChartPaint      *paint,
            double             v0,
            double             v1,
            cairo_rectangle_t *rect)
{
  GrChart *chart = paint->chart;
  double start = chart->orientation == GR_CHART_HORIZONTAL ? paint->plot.y : paint->plot.x;
  double length = chart->orientation == GR_CHART_HORIZONTAL ? paint->plot.height
                                                             : paint->plot.width;

  v0 = CLAMP (v0, paint->lo, paint->hi);
  v1 = CLAMP (v1, paint->lo, paint->hi);
  gr_chart_span_rect (paint, start, length, v0, v1, rect);
}

static void
draw_reference_line (GrChartPaint            *paint,
                     const cairo_rectangle_t *rect)
{
  cairo_t *cr = paint->cr;
  double dash[] = { paint->u * 0.6, paint->u * 0.3 };

  cairo_save (cr);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_set_line_width (cr, paint->ink.line * 2);
  gr_chart_set_colour (paint, paint->ink.text, 0.85);
  cairo_move_to (cr, rect->x, rect->y);
  if (paint->chart->orientation == GR_CHART_HORIZONTAL)
    cairo_rel_line_to (cr, 0, rect->height);
  else
    cairo_rel_line_to (cr, rect->width, 0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Bands and reference lines lie under the bars: the data stays on top. */
void
gr_chart_draw_bands (GrChartPaint *paint)
{
  cairo_t *cr = paint->cr;
  double dash[] = { paint->u * 0.45, paint->u * 0.3 };

  for (guint i = 0; i < paint->chart->bands->len; i++)
    {
      GrBand *band = &g_array_index (paint->chart->bands, GrBand, i);
      cairo_rectangle_t rect;

      if (band->high < paint->lo || band->low > paint->hi)
        continue;
      value_slab (paint, band->low, band->high, &rect);
      if (is_line (band))
        {
          draw_reference_line (paint, &rect);
          continue;
        }
      gr_chart_set_colour (paint, paint->ink.band, paint->ink.dark ? 0.22 : 0.2);
      cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
      cairo_fill (cr);

      cairo_save (cr);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_set_line_width (cr, paint->ink.line);
      gr_chart_set_colour (paint, paint->ink.band, 0.9);
      if (paint->chart->orientation == GR_CHART_HORIZONTAL)
        {
          cairo_move_to (cr, rect.x, rect.y);
          cairo_rel_line_to (cr, 0, rect.height);
          cairo_move_to (cr, rect.x + rect.width, rect.y);
          cairo_rel_line_to (cr, 0, rect.height);
        }
      else
        {
          cairo_move_to (cr, rect.x, rect.y);
          cairo_rel_line_to (cr, rect.width, 0);
          cairo_move_to (cr, rect.x, rect.y + rect.height);
          cairo_rel_line_to (cr, rect.width, 0);
        }
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

/* Band and reference labels go over the bars, so they are never hidden. */
void
gr_chart_draw_band_labels (GrChartPaint *paint)
{
  gboolean horizontal = paint->chart->orientation == GR_CHART_HORIZONTAL;

  for (guint i = 0; i < paint->chart->bands->len; i++)
    {
      GrBand *band = &g_array_index (paint->chart->bands, GrBand, i);
      cairo_rectangle_t rect;

      if (band->high < paint->lo || band->low > paint->hi)
        continue;
      value_slab (paint, band->low, band->high, &rect);

      if (band->label == NULL)
        continue;
      if (horizontal)
        gr_chart_queue_label (paint, GR_CHART_LABEL_REFERENCE, GR_TEXT_BODY_BOLD, band->label,
                              is_line (band) ? rect.x + paint->u * 0.3 : rect.x + rect.width,
                              paint->plot.y - paint->u * 0.3, is_line (band) ? 0 : 1, 1,
                              paint->ink.text, 0.85);
      else
        /* Under the line, at its end: a series measured against a
         * reference (the trained force against the article's figure)
         * starts there and rises, so the label hides none of it. */
        gr_chart_queue_label (paint, GR_CHART_LABEL_REFERENCE, GR_TEXT_BODY_BOLD, band->label,
                              rect.x + rect.width - paint->u * 0.3,
                              rect.y + rect.height + paint->u * 0.15,
                              1, 0, paint->ink.text, 0.85);

      gr_chart_add_hit (paint->chart, rect.x - (horizontal ? 3 : 0), rect.y - (horizontal ? 0 : 3),
                        rect.width + (horizontal ? 6 : 0), rect.height + (horizontal ? 0 : 6),
                        g_strdup (band->label));
    }
}

/* A triangle pointing left at the bar, its right side at @right: drawn,
 * not a glyph, so that no fallback font is loaded for it and a screen
 * reader does not read it out with the note. */
static void
draw_pointer (GrChartPaint *paint,
              double        right,
              double        middle)
{
  double half = paint->u * 0.4;

  cairo_move_to (paint->cr, right, middle - half);
  cairo_line_to (paint->cr, right, middle + half);
  cairo_line_to (paint->cr, right - half * 1.7, middle);
  cairo_close_path (paint->cr);
  gr_chart_set_colour (paint, paint->ink.alert, 1);
  cairo_fill (paint->cr);
}

void
gr_chart_draw_highlight (GrChartPaint *paint)
{
  GrChart *chart = paint->chart;
  double start, length;

  if (chart->highlight < 0 || (guint) chart->highlight >= chart->categories->len)
    return;

  gr_chart_category_span (paint, chart->highlight, &start, &length);
  gr_chart_set_colour (paint, paint->ink.alert, paint->ink.dark ? 0.2 : 0.1);
  if (chart->orientation == GR_CHART_HORIZONTAL)
    cairo_rectangle (paint->cr, paint->plot.x, start, paint->plot.width, length);
  else
    cairo_rectangle (paint->cr, start, paint->plot.y, length, paint->plot.height);
  cairo_fill (paint->cr);

  if (chart->highlight_note == NULL)
    return;
  if (chart->orientation == GR_CHART_HORIZONTAL)
    {
      double right = paint->plot.x + paint->plot.width - paint->u * 0.3;
      double middle = start + length / 2, width, height;

      gr_chart_text_size (paint, GR_TEXT_BODY_BOLD, chart->highlight_note, -1, &width, &height);
      gr_chart_text_draw (paint, GR_TEXT_BODY_BOLD, chart->highlight_note, -1, right, middle, 1,
                          0.5, paint->ink.alert);
      draw_pointer (paint, right - width - paint->u * 0.2, middle);
    }
  else
    gr_chart_text_draw (paint, GR_TEXT_BODY_BOLD, chart->highlight_note, length,
                        start + length / 2, paint->plot.y + paint->u * 0.2, 0.5, 0,
                        paint->ink.alert);
}

/* @text with its no-break spaces (as between a sum and its unit) made
 * ordinary ones. */
static char *
break_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, c == 0x00a0 || c == 0x202f ? ' ' : c);
    }
  return g_string_free (out, FALSE);
}

/* The width of the widest word of @text. */
static double
widest_word (GrChartPaint *paint,
             GrTextKind    kind,
             const char   *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " ", -1);
  double widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      double w;

      gr_chart_text_size (paint, kind, words[i], -1, &w, NULL);
      widest = MAX (widest, w);
    }
  return widest;
}

/* Whether a whisker of bar group @group in @category (drawn down the
 * middle of the group, as the gap's box and its label are) runs through
 * the value-axis extent (from, to) in user units. */
static gboolean
whisker_through (GrChartPaint *paint,
                 guint         category,
                 int           group,
                 double        from,
                 double        to)
{
  GrChart *chart = paint->chart;

  for (guint i = 0; i < chart->intervals->len; i++)
    {
      const GrInterval *in = &g_array_index (chart->intervals, GrInterval, i);
      const GrSeries *series = g_ptr_array_index (chart->series, in->series);
      double a = gr_chart_value_pos (paint, in->low), b = gr_chart_value_pos (paint, in->high);

      if (in->category == category && series->kind == GR_SERIES_BAR && series->group == group
          && MIN (a, b) < MAX (from, to) && MAX (a, b) > MIN (from, to))
        return TRUE;
    }
  return FALSE;
}

void
gr_chart_draw_gaps (GrChartPaint *paint)
{
  GrChart *chart = paint->chart;
  cairo_t *cr = paint->cr;
  double dash[] = { paint->u * 0.35, paint->u * 0.25 };

  for (guint i = 0; i < chart->gaps->len; i++)
    {
      GrGap *gap = &g_array_index (chart->gaps, GrGap, i);
      GrTextKind kind = GR_TEXT_SMALL;
      double first_start, first_len, last_start, last_len, w, h, x, y, xalign, yalign;
      cairo_rectangle_t rect;

      if (gap->category >= chart->categories->len || paint->n_groups == 0 || gap->to <= gap->from)
        continue;
      /* The gap sits on the first bar group: the one that falls short. */
      gr_chart_group_span (paint, gap->category, paint->groups[0], &first_start, &first_len);
      last_start = first_start;
      last_len = first_len;
      gr_chart_span_rect (paint, first_start, last_start + last_len - first_start,
                          MAX (gap->from, paint->lo), MIN (gap->to, paint->hi), &rect);

      gr_chart_set_colour (paint, paint->ink.alert, 0.1);
      cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
      cairo_fill_preserve (cr);
      cairo_save (cr);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_set_line_width (cr, paint->ink.line * 1.8);
      gr_chart_set_colour (paint, paint->ink.alert, 1);
      cairo_stroke (cr);
      cairo_restore (cr);

      if (gap->label != NULL)
        {
          g_autofree char *narrow = NULL;
          const char *text = gap->label;
          double cat_start, cat_len, room, wrap;
          int saved = paint->max_lines;

          /* The label keeps to its own category's band, on up to four
           * lines (and in smaller type if a word would not fit), so a
           * long translation neither strays over the next year nor
           * crowds out its neighbours' labels. */
          gr_chart_category_span (paint, gap->category, &cat_start, &cat_len);
          room = chart->orientation == GR_CHART_HORIZONTAL ? 0 : cat_len - paint->u * 0.1;
          wrap = room - paint->u * 0.3;
          gr_chart_text_size (paint, kind, text, -1, &w, &h);
          if (room > 0 && w + paint->u * 0.3 > room)
            {
              if (widest_word (paint, kind, text) > wrap)
                kind = GR_TEXT_TINY;
              /* still a word too wide: the figure alone, which may break
               * between the number and its unit */
              if (widest_word (paint, kind, text) > wrap && gap->short_label != NULL)
                {
                  text = narrow = break_spaces (gap->short_label);
                  kind = widest_word (paint, GR_TEXT_SMALL, text) > wrap ? GR_TEXT_TINY
                                                                         : GR_TEXT_SMALL;
                }
              paint->max_lines = 4;
              gr_chart_text_size (paint, kind, text, MAX (wrap, paint->u * 2), &w, &h);
              paint->max_lines = saved;
            }
          /* Inside when there is room beside the value label at the box's
           * foot and no whisker runs through it; otherwise beyond the far
           * end of the box. */
          if (chart->orientation == GR_CHART_HORIZONTAL
              ? h <= rect.height && w + paint->u * 5 <= rect.width
                && !whisker_through (paint, gap->category, paint->groups[0],
                                     rect.x + rect.width / 2 - w / 2,
                                     rect.x + rect.width / 2 + w / 2)
              : w + paint->u * 0.4 <= rect.width && h * 3.2 <= rect.height
                && !whisker_through (paint, gap->category, paint->groups[0],
                                     rect.y + rect.height / 2 - h / 2,
                                     rect.y + rect.height / 2 + h / 2))
            x = rect.x + rect.width / 2, y = rect.y + rect.height / 2, xalign = yalign = 0.5;
          else if (chart->orientation == GR_CHART_HORIZONTAL)
            x = rect.x + rect.width + paint->u * 0.3, y = rect.y + rect.height / 2,
            xalign = 0, yalign = 0.5;
          else
            x = rect.x + rect.width / 2, y = rect.y - paint->u * 0.25, xalign = 0.5, yalign = 1;
          /* over its own category, padding (gr_chart_draw_labels) and all */
          if (room > 0)
            x = CLAMP (x, cat_start + w / 2 + paint->u * 0.2,
                       MAX (cat_start + w / 2 + paint->u * 0.2,
                            cat_start + cat_len - w / 2 - paint->u * 0.2));
          gr_chart_queue_label_within (paint, GR_CHART_LABEL_GAP, kind, text, x, y,
                                       xalign, yalign, paint->ink.alert, 0.85, room);
        }
      gr_chart_add_hit (chart, rect.x, rect.y, rect.width, MAX (rect.height, 4),
                        g_strdup_printf ("%s\n%s", (char *) g_ptr_array_index (chart->categories,
                                                                                gap->category),
                                         gap->label != NULL ? gap->label : ""));
    }
}
