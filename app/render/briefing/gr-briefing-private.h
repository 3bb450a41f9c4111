/* gr-briefing-private.h — what the briefing's page painters share
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "gr-basemap.h"
#include "gr-briefing.h"
#include "gr-chart.h"
#include "gr-monte-carlo.h"
#include "gr-palette.h"

G_BEGIN_DECLS

typedef struct
{
  GrBriefingPageKind kind;
  char *title;
  GrInstrument instrument;     /* INSTRUMENT pages */
  guint first_row;             /* REGISTER and SOURCES pages: rows shown */
  guint n_rows;
} GrBriefingPage;

/* One line of the assumptions register. */
typedef struct
{
  char *section;               /* "Air defence · Patriot" */
  char *name;                  /* "Range vs aircraft" */
  char *value;                 /* "120" */
  char *range;                 /* "68–160" or "" */
  const char *unit;            /* "km" */
  const char *source;          /* the source id, NULL for an assumption */
} GrRegisterRow;

struct _GrBriefing
{
  GrModel *model;
  GrScenario *scenario;
  GrMetrics *metrics;
  GrScenario *compare;         /* may be NULL */
  GrMetrics *compare_metrics;
  GrMonteCarlo *uncertainty;   /* may be NULL */
  GrBasemap *basemap;          /* built when the map page is first drawn */
  GMutex basemap_lock;
  char *title;
  char *compare_title;
  char *footer;
  char *date;
  GrOverlayLayers layers;
  gboolean modified;
  gboolean slides;
  GrBriefingLook table_look;   /* the look the tables are split for */
  GArray *pages;               /* GrBriefingPage */
  GPtrArray *register_rows;    /* GrRegisterRow */
};

/* What a painter draws with: the page size, the look, a layout for text. */
typedef struct
{
  GrBriefing *briefing;
  cairo_t *cr;
  PangoLayout *layout;
  double width;
  double height;
  double margin;
  double u;                    /* body text size, points */
  GrRgb text;
  GrRgb secondary;
  GrRgb rule;
  GrRgb accent;
  GrRgb background;
  gboolean projector;
} GrBriefingPaint;

/* The area between the page title and the footer. */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} GrBriefingBox;

/* gr-briefing-text.c */
PangoLayout *gr_briefing_layout_new   (cairo_t         *cr);
/* Draws text (Pango markup when markup) wrapped to width at (x, y) with
 * size × paint->u points; returns its height.  width ≤ 0: no wrapping. */
double       gr_briefing_text         (GrBriefingPaint *paint,
                                       const char      *text,
                                       gboolean         markup,
                                       double           x,
                                       double           y,
                                       double           width,
                                       double           size,
                                       gboolean         bold,
                                       GrRgb            colour);
/* One line of plain text in width: smaller type if it is too long, down
 * to four fifths of size, then cut with an ellipsis; returns its height. */
double       gr_briefing_text_line    (GrBriefingPaint *paint,
                                       const char      *text,
                                       double           x,
                                       double           y,
                                       double           width,
                                       double           size,
                                       gboolean         bold,
                                       GrRgb            colour);
/* The height gr_briefing_text() would draw, without drawing. */
double       gr_briefing_text_height  (GrBriefingPaint *paint,
                                       const char      *text,
                                       double           width,
                                       double           size,
                                       gboolean         bold);
double       gr_briefing_text_width   (GrBriefingPaint *paint,
                                       const char      *text,
                                       double           size,
                                       gboolean         bold);
void         gr_briefing_rule         (GrBriefingPaint *paint,
                                       double           x,
                                       double           y,
                                       double           width);
/* The page title band; returns the box left for the page's content. */
GrBriefingBox gr_briefing_page_header (GrBriefingPaint *paint,
                                       const char      *title,
                                       const char      *subtitle);
/* Splits box into a left part of share of its width, a gap, and the rest. */
void         gr_briefing_split        (GrBriefingPaint *paint,
                                       GrBriefingBox    box,
                                       double           share,
                                       GrBriefingBox   *left,
                                       GrBriefingBox   *right);

/* gr-briefing-summary.c: the cover's paragraph. */
char        *gr_briefing_summary      (const GrScenario *scenario,
                                       const GrMetrics  *metrics);

/* gr-briefing-figures.c: an instrument's chart and key figures. */
typedef char *(*GrKeyFormat) (double value);

typedef struct
{
  const char *label;
  char *value;
  const char *explanation;
  const char *path;            /* the metric (gr-metric-table.h), for its P10–P90 */
  GrKeyFormat format;          /* writes a P10 or P90 as the value is written */
} GrKeyFigure;

#define GR_BRIEFING_N_KEY_FIGURES 3

void         gr_briefing_key_figures  (const GrScenario *scenario,
                                       const GrMetrics  *metrics,
                                       GrInstrument      instrument,
                                       GrKeyFigure       figures[GR_BRIEFING_N_KEY_FIGURES]);
/* Frees the values of n figures. */
void         gr_key_figures_clear     (GrKeyFigure      *figures,
                                       guint             n);
/* The headline figures the uncertainty page shows. */
#define GR_BRIEFING_N_HEADLINES 10

guint        gr_briefing_headline_figures (const GrMetrics *metrics,
                                           GrKeyFigure      figures[GR_BRIEFING_N_HEADLINES]);
/* "P10–P90: 0.41–0.58" from the briefing's Monte Carlo, "P10–P90: no
 * spread" when no ranged input moves it; NULL without Monte Carlo. */
char        *gr_key_figure_range      (const GrKeyFigure  *figure,
                                       const GrMonteCarlo *uncertainty);
/* The same for a score (two decimals), e.g. "index.composite". */
char        *gr_briefing_score_range  (const GrMonteCarlo *uncertainty,
                                       const char         *path);
/* "index.pillars.air_defense" */
char        *gr_briefing_pillar_path  (GrInstrument       instrument);
/* The instrument's chart id in gr-figures.h, NULL when it has none. */
const char  *gr_briefing_chart_id     (GrInstrument      instrument);
GrMetricId   gr_briefing_instrument_metric (GrInstrument instrument);
/* The chart of an instrument's page: the dashboard's, with the P10–P90
 * of @uncertainty (NULL for none) as the dashboard draws them, or one of
 * the briefing's own for the instruments the dashboard shows as figures. */
GrChart     *gr_briefing_chart_new    (const GrScenario   *scenario,
                                       const GrMetrics    *metrics,
                                       GrInstrument        instrument,
                                       const GrMonteCarlo *uncertainty);

/* gr-briefing-pages.c */
void         gr_briefing_draw_cover      (GrBriefingPaint *paint);
void         gr_briefing_draw_map        (GrBriefingPaint *paint);
void         gr_briefing_draw_index      (GrBriefingPaint *paint);
void         gr_briefing_draw_instrument (GrBriefingPaint      *paint,
                                          const GrBriefingPage *page);
void         gr_briefing_draw_comparison (GrBriefingPaint *paint);

/* gr-briefing-uncertainty.c */
void         gr_briefing_draw_uncertainty (GrBriefingPaint *paint);

/* gr-briefing-register.c */
GPtrArray   *gr_briefing_register_rows   (const GrScenario *scenario);
/* The fewest rows the last page of a table over several pages carries. */
#define GR_BRIEFING_MIN_LAST_ROWS 4

/* Splits rows of these heights into pages of @room: as many as fit on
 * each, except that the last page of a table over several pages takes
 * rows from the page before until it carries @min_last (while they fit
 * and that page keeps as many).  Returns the first row of each page
 * (guint); one page, from row 0, for no rows. */
GArray      *gr_briefing_paginate        (const double    *heights,
                                          guint            n_rows,
                                          double           room,
                                          guint            min_last);
/* Splits the register and the source list into pages appended to pages. */
void         gr_briefing_plan_register   (GrBriefing      *self,
                                          double           width,
                                          double           height);
void         gr_briefing_draw_register   (GrBriefingPaint      *paint,
                                          const GrBriefingPage *page);
void         gr_briefing_draw_sources    (GrBriefingPaint      *paint,
                                          const GrBriefingPage *page);

/* gr-briefing.c */
void         gr_briefing_paint_init   (GrBriefingPaint *paint,
                                       GrBriefing      *briefing,
                                       GrBriefingLook   look,
                                       cairo_t         *cr,
                                       double           width,
                                       double           height);
void         gr_briefing_paint_clear  (GrBriefingPaint *paint);
/* The height of the footer band, and the content box of a page. */
double       gr_briefing_footer_height (GrBriefingPaint *paint);
void         gr_briefing_add_page     (GrBriefing        *self,
                                       GrBriefingPageKind kind,
                                       const char        *title);

G_END_DECLS
