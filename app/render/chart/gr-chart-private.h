/* gr-chart-private.h — what the chart's painter modules share
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gr-chart.c owns the data, gr-chart-layout.c lays the chart out; gr-chart-axis.c,
 * gr-chart-bar.c, gr-chart-line.c, gr-chart-legend.c, gr-chart-mark.c and
 * gr-chart-text.c each paint one concern from a GrChartPaint, the state of
 * one draw.
 */

#pragma once

#include <pango/pangocairo.h>

#include "gr-chart.h"

G_BEGIN_DECLS

typedef struct
{
  GrSeriesKind kind;
  char *name;
  int group;
  GArray *values;              /* double, one per category, NAN = none */
  GrRgb colour;
  GrFill fill;
  GrMarker marker;
  gboolean labelled;
  char *key;                   /* the legend's words when not the name; "" for none */
} GrSeries;

/* The bar group of the ghost of group @g (gr_chart_add_ghost()): the
 * layout puts it right after @g.  Group ids of the builders are small and
 * not negative. */
#define GR_CHART_GHOST_GROUP(g) (-1000 - (g))
#define GR_CHART_IS_GHOST_GROUP(g) ((g) <= -1000)

typedef struct
{
  double low;
  double high;                 /* == low for a reference line */
  char *label;
} GrBand;

typedef struct
{
  guint category;
  double from;
  double to;
  char *label;
  char *short_label;           /* where the label's words outgrow the category; or NULL */
} GrGap;

/* A bar's uncertainty (Monte Carlo's P10–P90), drawn as a whisker. */
typedef struct
{
  guint series;
  guint category;
  double low;
  double high;
} GrInterval;

typedef struct
{
  cairo_rectangle_t rect;
  char *text;
} GrHit;

/* A P10–P90 mark as drawn: a whisker's line or cap, halo included
 * (which value labels keep clear of), or a fan's band over one point. */
typedef struct
{
  cairo_rectangle_t rect;
  gboolean whisker;
} GrRangeMark;

struct _GrChart
{
  char *title;
  char *subtitle;
  char *source;
  char *value_label;
  char *category_label;
  char *empty_message;
  char *summary;
  char *highlight_note;
  int highlight;               /* category, −1 for none */
  GrChartOrientation orientation;
  GrChartUnit unit;
  gboolean fixed_range;
  double range_min;
  double range_max;
  GPtrArray *categories;       /* char * */
  GPtrArray *series;           /* GrSeries * */
  GArray *bands;               /* GrBand, reference lines included */
  GArray *gaps;                /* GrGap */
  GArray *intervals;           /* GrInterval */
  GrChartStyle style;

  /* Results of the last draw, for queries. */
  GArray *hits;                /* GrHit */
  GArray *texts;               /* GrHit: the box and words of every text drawn */
  GArray *range_marks;         /* GrRangeMark: every range drawn */
  gboolean has_plot;
  cairo_rectangle_t plot;
  double axis_min;
  double axis_max;
};

/* Colours and line weights of a theme. */
typedef struct
{
  GrRgb background;
  GrRgb text;
  GrRgb secondary;             /* subtitle, source, axis labels */
  GrRgb grid;
  GrRgb axis;
  GrRgb band;
  GrRgb alert;                 /* gaps, the highlighted category */
  double line;                 /* base line width, device-independent units */
  gboolean dark;
} GrChartInk;

/* The charts' type scale: four sizes, and a fifth for a label that
 * cannot fit otherwise.  The subtitle under the title is body text in the
 * secondary ink, as the source line is small text in it: a tenth larger
 * than the labels (as it was), it read as their level anyway.  On a
 * vector page every kind is laid out in one of the body's two fonts and
 * drawn at its own size (gr_chart_paint_init()). */
typedef enum
{
  GR_TEXT_TITLE,
  GR_TEXT_BODY,                /* subtitle, tick and category labels, legend */
  GR_TEXT_BODY_BOLD,
  GR_TEXT_SMALL,               /* value labels, source */
  GR_TEXT_TINY,                /* a value label whose words outgrow its category */
  GR_N_TEXT_KINDS
} GrTextKind;

/* Which value label stays when two would overlap: the lower rank. */
typedef enum
{
  GR_CHART_LABEL_REFERENCE,    /* a reference line or band: what the chart measures against */
  GR_CHART_LABEL_LINE_END,     /* a line's latest value */
  GR_CHART_LABEL_GAP,          /* the shortfall the chart is about */
  GR_CHART_LABEL_BAR_END,      /* a bar's value or a stack's total */
  GR_CHART_LABEL_TARGET,       /* a target mark's value */
  GR_CHART_LABEL_BAR_PART,     /* one part of a stack, inside it */
} GrChartLabelRank;

typedef struct
{
  GrChart *chart;
  cairo_t *cr;
  PangoContext *context;       /* lays out in device units (see gr_chart_paint_init()) */
  GHashTable *layouts;         /* text laid out this drawing, by kind, text and width */
  double device_scale;         /* device units per user unit for text */
  gboolean scaled_kinds;       /* every kind laid out at the body's size (a vector page) */
  gboolean pseudo_locale;      /* GUARANTOR_PSEUDO_LOCALE=1: words lengthened */
  PangoFontDescription *fonts[GR_N_TEXT_KINDS]; /* see gr_chart_paint_init() */
  double enlarge[GR_N_TEXT_KINDS];              /* each kind's size over its font's */
  GrChartInk ink;
  double u;                    /* the body text size in user units */
  double margin;               /* around the whole chart */
  int max_lines;               /* > 0: wrapped text is cut with an ellipsis after this many */
  int category_lines;          /* > 0: horizontal category labels cut to this many lines */
  double right;                /* the chart's right edge, inside its margin */

  /* Layout of the plot */
  cairo_rectangle_t plot;
  double lo;
  double hi;
  double step;
  guint n_groups;
  int groups[16];              /* group ids in order of first appearance */

  GArray *labels;              /* value labels queued for gr_chart_draw_labels() */
} GrChartPaint;

/* gr-chart-text.c */
void     gr_chart_ink_init          (GrChartInk        *ink,
                                     GrChartTheme       theme);
void     gr_chart_paint_init        (GrChartPaint      *paint,
                                     GrChart           *chart,
                                     cairo_t           *cr);
void     gr_chart_paint_clear       (GrChartPaint      *paint);
PangoLayout *gr_chart_text_layout   (GrChartPaint      *paint,
                                     GrTextKind         kind,
                                     const char        *text,
                                     double             wrap_width,
                                     PangoAlignment     alignment);
void     gr_chart_text_size         (GrChartPaint      *paint,
                                     GrTextKind         kind,
                                     const char        *text,
                                     double             wrap_width,
                                     double            *width,
                                     double            *height);
/* Draws text anchored at (x, y): xalign/yalign 0 = left/top, 0.5 centre,
 * 1 right/bottom.  Returns the height drawn. */
double   gr_chart_text_draw         (GrChartPaint      *paint,
                                     GrTextKind         kind,
                                     const char        *text,
                                     double             wrap_width,
                                     double             x,
                                     double             y,
                                     double             xalign,
                                     double             yalign,
                                     GrRgb              colour);
void     gr_chart_set_colour        (GrChartPaint      *paint,
                                     GrRgb              colour,
                                     double             alpha);
void     gr_chart_add_hit           (GrChart           *chart,
                                     double             x,
                                     double             y,
                                     double             width,
                                     double             height,
                                     char              *text);

/* gr-chart-label.c: value labels, drawn last in order of rank; one that
 * would overlap a label already drawn is left out.  @patch is the alpha
 * of a background patch behind the text (0 for none). */
void     gr_chart_queue_label       (GrChartPaint      *paint,
                                     GrChartLabelRank   rank,
                                     GrTextKind         kind,
                                     const char        *text,
                                     double             x,
                                     double             y,
                                     double             xalign,
                                     double             yalign,
                                     GrRgb              colour,
                                     double             patch);
/* The same for a label that belongs to one category: it wraps (to four
 * lines at most) rather than grow wider than @max_width, so that it stays
 * over its own category. */
void     gr_chart_queue_label_within (GrChartPaint     *paint,
                                      GrChartLabelRank  rank,
                                      GrTextKind        kind,
                                      const char       *text,
                                      double            x,
                                      double            y,
                                      double            xalign,
                                      double            yalign,
                                      GrRgb             colour,
                                      double            patch,
                                      double            max_width);
void     gr_chart_draw_labels       (GrChartPaint      *paint);
/* Whether two boxes share more than an edge. */
gboolean gr_chart_rects_overlap     (const cairo_rectangle_t *a,
                                     const cairo_rectangle_t *b);

/* gr-chart-axis.c */
double   gr_chart_value_pos         (GrChartPaint      *paint,
                                     double             value);
void     gr_chart_category_span     (GrChartPaint      *paint,
                                     guint              category,
                                     double            *start,
                                     double            *length);
gboolean gr_chart_group_span        (GrChartPaint      *paint,
                                     guint              category,
                                     int                group,
                                     double            *start,
                                     double            *length);
/* A rectangle from a span along the category axis and two values. */
void     gr_chart_span_rect         (GrChartPaint      *paint,
                                     double             start,
                                     double             length,
                                     double             v0,
                                     double             v1,
                                     cairo_rectangle_t *rect);
double   gr_chart_tick_label_width  (GrChartPaint      *paint);
/* The tallest category label wrapped at @width (horizontal charts), cut to
 * paint->category_lines lines when that is set. */
double   gr_chart_category_labels_tallest (GrChartPaint   *paint,
                                           double          width);
double   gr_chart_category_labels_extent (GrChartPaint *paint,
                                          double        available);
void     gr_chart_draw_value_axis   (GrChartPaint      *paint);
void     gr_chart_draw_category_axis (GrChartPaint     *paint);

/* gr-chart-bar.c */
void     gr_chart_fill_rect         (GrChartPaint      *paint,
                                     const cairo_rectangle_t *rect,
                                     GrRgb              colour,
                                     GrFill             fill);
void     gr_chart_draw_bars         (GrChartPaint      *paint);
/* A P10–P90 whisker across the span (start, length) of @category, from
 * @low to @high along the value axis, capped, on a halo; noted in the
 * chart's hits and range marks (its line and its two caps, halo
 * included: GR_CHART_WHISKER_MARKS of them); returns the first mark's index. */
#define GR_CHART_WHISKER_MARKS 3
guint    gr_chart_draw_whisker      (GrChartPaint      *paint,
                                     guint              category,
                                     double             start,
                                     double             length,
                                     double             low,
                                     double             high);
/* "Category\nP10–P90: low–high", for a whisker's or a fan's tooltip. */
char    *gr_chart_interval_tooltip  (GrChart           *chart,
                                     guint              category,
                                     const char        *low,
                                     const char        *high);

/* gr-chart-line.c */
void     gr_chart_draw_marker       (GrChartPaint      *paint,
                                     GrMarker           marker,
                                     double             x,
                                     double             y,
                                     double             size,
                                     GrRgb              colour);
void     gr_chart_draw_lines        (GrChartPaint      *paint);

/* gr-chart-legend.c */
double   gr_chart_legend_height     (GrChartPaint      *paint,
                                     double             width);
void     gr_chart_draw_legend       (GrChartPaint      *paint,
                                     double             x,
                                     double             y,
                                     double             width);

/* gr-chart-mark.c: reference bands and lines, gaps, the highlight */
void     gr_chart_draw_bands        (GrChartPaint      *paint);
void     gr_chart_draw_band_labels  (GrChartPaint      *paint);
void     gr_chart_draw_highlight    (GrChartPaint      *paint);
void     gr_chart_draw_gaps         (GrChartPaint      *paint);

G_END_DECLS
