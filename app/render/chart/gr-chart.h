/* gr-chart.h — a chart: its data, its look, and one painter for screen and file
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GrChart holds what to show (categories, series of values, reference
 * bands and lines, gap markers, a highlighted category) and the words around
 * it (title, one-line explanation, axis unit, source line).  The same
 * gr_chart_draw() paints it into a GtkDrawingArea's cairo context and into
 * a PNG/PDF/SVG export surface (gr-export.h), so what is exported is what
 * is shown.  Drawing records hit regions for hover tooltips
 * (gr_chart_query()); gr_chart_describe() states the data in words for
 * screen readers.
 *
 * Colour is never the only cue: every series also has a fill pattern (bars)
 * or a marker shape (lines), the legend shows both, and values are labelled.
 *
 * In a widget (the chart is a snapshot: rebuild it when the metrics change):
 *
 *   static void
 *   draw_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
 *   {
 *     gr_chart_draw (self->chart, cr, width, height);
 *   }
 *
 *   query-tooltip:  gr_chart_query (self->chart, x, y, &text) → gtk_tooltip_set_text
 *   accessible description:  gr_chart_describe (self->chart)
 *   presentation mode:  GrChartStyle { GR_CHART_THEME_HIGH_CONTRAST, 1.5 }
 *
 * Stacking: bar series that share a group id stack in that group; groups sit
 * side by side inside a category.  Values below zero are drawn as zero in
 * stacks (no chart of ours stacks negatives).  NAN means "no value".
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "gr-format.h"
#include "gr-palette.h"

G_BEGIN_DECLS

typedef struct _GrChart GrChart;

typedef enum
{
  GR_CHART_VERTICAL,           /* categories along x, values grow upwards */
  GR_CHART_HORIZONTAL,         /* categories down the left, values grow rightwards */
} GrChartOrientation;

/* How values print on the value axis, in labels, tooltips and descriptions. */
typedef enum
{
  GR_CHART_UNIT_COUNT,         /* 132,000 */
  GR_CHART_UNIT_USD,           /* values in dollars: $38B */
  GR_CHART_UNIT_EUR,           /* values in euros: €1.2B */
  GR_CHART_UNIT_PERCENT,       /* values are fractions: 0.41 → 41 % */
  GR_CHART_UNIT_SCORE,         /* 0..1 scores, two decimals: 0.62 */
} GrChartUnit;

typedef enum
{
  GR_SERIES_BAR,
  GR_SERIES_LINE,              /* line through category centres, with markers */
  GR_SERIES_TARGET,            /* a short bold tick per category (e.g. the need) */
} GrSeriesKind;

typedef enum
{
  GR_FILL_SOLID,
  GR_FILL_HATCH,               /* diagonal lines */
  GR_FILL_CROSSHATCH,
  GR_FILL_DOTS,
  GR_FILL_LIGHT,               /* pale tint with a solid outline */
  GR_FILL_GHOST,               /* dashed outline over a faint hatch; on a line: dashed */
} GrFill;

typedef enum
{
  GR_MARKER_NONE,
  GR_MARKER_CIRCLE,
  GR_MARKER_SQUARE,
  GR_MARKER_TRIANGLE,
  GR_MARKER_DIAMOND,
  GR_MARKER_CROSS,
} GrMarker;

typedef enum
{
  GR_CHART_THEME_LIGHT,
  GR_CHART_THEME_DARK,
  GR_CHART_THEME_HIGH_CONTRAST,       /* black on white, heavier lines */
  GR_CHART_THEME_HIGH_CONTRAST_DARK,  /* white on black */
} GrChartTheme;

typedef struct
{
  GrChartTheme theme;
  double text_scale;           /* 1 normal; ~1.5 for presentation on a projector */
  /* Exports: print the whole source line, however many lines it takes
   * (on screen it stops after two; gr_chart_describe() has it all). */
  gboolean whole_source;
} GrChartStyle;

/* Draws a picture of size width × height (user units) into cr. */
typedef void (*GrDrawFunc) (cairo_t *cr,
                            double   width,
                            double   height,
                            gpointer user_data);

GrChart    *gr_chart_new                 (const char         *title);
void        gr_chart_free                (GrChart            *self);
/* Whether two charts would draw the same: same texts, data and style
 * (what the last draw left for queries does not count). */
gboolean    gr_chart_equal               (const GrChart      *a,
                                          const GrChart      *b);

void        gr_chart_set_subtitle        (GrChart            *self,
                                          const char         *subtitle);
void        gr_chart_set_source          (GrChart            *self,
                                          const char         *source);
void        gr_chart_set_orientation     (GrChart            *self,
                                          GrChartOrientation  orientation);
/* axis_label names quantity and unit, e.g. "Troops" or "US$, billions". */
void        gr_chart_set_value_axis      (GrChart            *self,
                                          const char         *axis_label,
                                          GrChartUnit         unit);
/* Fix the value axis (e.g. 0..1 for shares) instead of fitting the data. */
void        gr_chart_set_value_range     (GrChart            *self,
                                          double              min,
                                          double              max);
void        gr_chart_set_category_axis   (GrChart            *self,
                                          const char         *axis_label);
void        gr_chart_add_category        (GrChart            *self,
                                          const char         *label);
/* Shown, with the title, instead of the plot when there is nothing to plot. */
void        gr_chart_set_empty_message   (GrChart            *self,
                                          const char         *message);
/* A sentence or two for gr_chart_describe(): the take-away in words. */
void        gr_chart_set_summary         (GrChart            *self,
                                          const char         *summary);

/* Returns the series index.  values has one entry per category (added
 * before or after; missing entries are NAN).  group only matters for bars. */
guint       gr_chart_add_series          (GrChart            *self,
                                          GrSeriesKind        kind,
                                          const char         *name,
                                          int                 group);
void        gr_chart_series_set_value    (GrChart            *self,
                                          guint               series,
                                          guint               category,
                                          double              value);
void        gr_chart_series_set_values   (GrChart            *self,
                                          guint               series,
                                          const double       *values,
                                          guint               n_values);
/* GR_RGB_BLACK means the theme's text colour (white on dark themes). */
void        gr_chart_series_set_look     (GrChart            *self,
                                          guint               series,
                                          GrRgb               colour,
                                          GrFill              fill,
                                          GrMarker            marker);
/* A ghost of @other beside this chart's data, for comparing two scenarios:
 * the values of @other's series named like this chart's first bar or line
 * series (for a bar in a stack, each part of @other's stack, called
 * "@name — part" with @name once in the legend), matched by category
 * label (or, failing that, its first line), labelled if that series is,
 * as a series called @name in the theme's text colour with
 * GR_FILL_GHOST: bars with a dashed outline and a faint hatch in a group
 * of their own right beside that series' group, or a dashed line with
 * open diamonds; the legend shows the same, so not by colour alone.  Does
 * nothing when @other has no such series. */
void        gr_chart_add_ghost           (GrChart            *self,
                                          const GrChart      *other,
                                          const char         *name);
/* An uncertainty range (e.g. Monte Carlo's P10–P90) of a value: for a
 * lone bar or a stack (any of its series) a whisker from @low to @high
 * across the bar, its ends capped, the bar's value label beside it or
 * past its top; for a target, a pale band across its mark from @low to
 * @high; for a line, a fan: a pale band from point to point between the
 * lows and the highs; bands and fans edged with thin lines.  No value
 * label crosses a whisker.  The tooltips give the range.  Not finite:
 * nothing. */
void        gr_chart_series_set_interval (GrChart            *self,
                                          guint               series,
                                          guint               category,
                                          double              low,
                                          double              high);
/* Print each value on its bar or point. */
void        gr_chart_series_set_labelled (GrChart            *self,
                                          guint               series,
                                          gboolean            labelled);

void        gr_chart_add_band            (GrChart            *self,
                                          double              low,
                                          double              high,
                                          const char         *label);
void        gr_chart_add_reference       (GrChart            *self,
                                          double              value,
                                          const char         *label);
/* A shortfall in one category, from the value reached to the value needed,
 * drawn as a dashed box over the category's first bar group. */
void        gr_chart_add_gap             (GrChart            *self,
                                          guint               category,
                                          double              from,
                                          double              to,
                                          const char         *label);
/* The same with a shorter label (the figure alone) for a category too
 * narrow for a word of @label; the tooltip keeps @label. */
void        gr_chart_add_gap_full        (GrChart            *self,
                                          guint               category,
                                          double              from,
                                          double              to,
                                          const char         *label,
                                          const char         *short_label);
/* Emphasise one category (e.g. the weakest instrument) with a note. */
void        gr_chart_set_highlight       (GrChart            *self,
                                          guint               category,
                                          const char         *note);

void        gr_chart_set_style           (GrChart            *self,
                                          const GrChartStyle *style);
void        gr_chart_get_style           (GrChart            *self,
                                          GrChartStyle       *style);

void        gr_chart_draw                (GrChart            *self,
                                          cairo_t            *cr,
                                          double              width,
                                          double              height);
/* A GrDrawFunc for gr_export_draw_to_file(); user_data is the GrChart. */
void        gr_chart_draw_func           (cairo_t            *cr,
                                          double              width,
                                          double              height,
                                          gpointer            user_data);

/* The fonts to load before drawing on pixels (gr-font-primer.h). */
GPtrArray  *gr_chart_pixel_fonts         (double              text_scale,
                                          double              device_scale);

/* After a draw: the tooltip for the point (x, y) in the same units, if any. */
gboolean    gr_chart_query               (GrChart            *self,
                                          double              x,
                                          double              y,
                                          char              **tooltip_text);
/* After a draw: the words and box (in the draw's units) of every text it
 * drew, titles, ticks and labels alike; for tests that check that no two
 * overlap in any language. */
guint       gr_chart_get_n_texts         (GrChart            *self);
const char *gr_chart_get_text            (GrChart            *self,
                                          guint               index,
                                          cairo_rectangle_t  *box);
/* After a draw: the box of every P10–P90 mark it drew
 * (gr_chart_series_set_interval()); TRUE for a whisker's line or cap,
 * which no text crosses, FALSE for a fan's band over one point. */
guint       gr_chart_get_n_ranges        (GrChart            *self);
gboolean    gr_chart_get_range           (GrChart            *self,
                                          guint               index,
                                          cairo_rectangle_t  *box);
/* After a draw: the plot rectangle and the value axis range it maps. */
gboolean    gr_chart_get_plot_area       (GrChart            *self,
                                          cairo_rectangle_t  *area,
                                          double             *value_min,
                                          double             *value_max);

/* Title, explanation, every value in words, the source: for screen readers. */
char       *gr_chart_describe            (GrChart            *self);
gboolean    gr_chart_is_empty            (GrChart            *self);
const char *gr_chart_get_title           (GrChart            *self);
const char *gr_chart_get_source          (GrChart            *self);

/* A value as this chart prints it ("$38B", "41 %", "132,000"). */
char       *gr_chart_format_value        (GrChart            *self,
                                          double              value);

/* "Nice" axis: steps of 1, 2 or 5 × 10ⁿ giving about target_ticks ticks,
 * and the range [lo, hi] widened to whole steps. */
void        gr_chart_nice_scale          (double              lo,
                                          double              hi,
                                          int                 target_ticks,
                                          double             *nice_lo,
                                          double             *nice_hi,
                                          double             *step);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrChart, gr_chart_free)

G_END_DECLS
