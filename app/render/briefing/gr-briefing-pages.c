/* gr-briefing-pages.c — the briefing's pages: cover, map, index, instruments, comparison
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each painter fills one page between its title band and the footer, in
 * whatever size and look it is given: an A4 sheet, a 16:9 slide, a
 * full-screen projector view.
 */

#include "config.h"

#include "gr-briefing-private.h"

#include <glib/gi18n-lib.h>

#include "gr-compare.h"
#include "gr-figures.h"
#include "gr-figures-private.h"
#include "gr-format.h"
#include "gr-headline-format.h"
#include "gr-map-export.h"

/* The charts are laid out for 13-unit body text; the page's is u. */
#define CHART_BODY 13.0
/* The map page is laid out for a window about this wide. */
#define MAP_LAYOUT_WIDTH 1100.0

static void
draw_chart (GrBriefingPaint *paint,
            GrChart         *chart,
            GrBriefingBox    box)
{
  GrChartStyle style = {
    paint->projector ? GR_CHART_THEME_HIGH_CONTRAST : GR_CHART_THEME_LIGHT, 1.0, TRUE,
  };
  /* A slide holds less text per inch than paper: smaller relative type
   * keeps eight categories' labels apart at 16:9. */
  double k = (paint->projector ? 0.8 : 0.95) * paint->u / CHART_BODY;

  gr_chart_set_style (chart, &style);
  /* On a slide the presentation's footer names the sources. */
  if (paint->projector)
    gr_chart_set_source (chart, NULL);
  cairo_save (paint->cr);
  cairo_translate (paint->cr, box.x, box.y);
  cairo_rectangle (paint->cr, 0, 0, box.width, box.height);
  cairo_clip (paint->cr);
  cairo_scale (paint->cr, k, k);
  gr_chart_draw (chart, paint->cr, box.width / k, box.height / k);
  cairo_restore (paint->cr);
}

/* A big number with its label, optionally its P10–P90 and a line of
 * explanation; returns the height used. */
static double
draw_figure (GrBriefingPaint *paint,
             const char      *value,
             const char      *range,
             const char      *label,
             const char      *explanation,
             double           x,
             double           y,
             double           width)
{
  double top = y;

  y += gr_briefing_text (paint, value, FALSE, x, y, width, 2.4, TRUE, paint->accent);
  y += gr_briefing_text (paint, label, FALSE, x, y, width, 1.05, TRUE, paint->text);
  if (range != NULL)
    y += gr_briefing_text (paint, range, FALSE, x, y, width, 0.95, FALSE, paint->text);
  if (explanation != NULL)
    y += 0.15 * paint->u + gr_briefing_text (paint, explanation, FALSE, x, y + 0.15 * paint->u,
                                             width, 0.85, FALSE, paint->secondary);
  return y - top;
}

/* Contents: one line per section, with its first page, from @y down to
 * @bottom of @box; in two columns when one would run past the bottom
 * (16:9 pages with a comparison and an uncertainty page). */
static void
draw_contents (GrBriefingPaint *paint,
               GrBriefingBox    box,
               double           y,
               double           bottom)
{
  GrBriefing *self = paint->briefing;
  g_autoptr(GArray) firsts = g_array_new (FALSE, FALSE, sizeof (guint));
  double line = gr_briefing_text_height (paint, "Map", 0, 0.9, FALSE);
  guint columns, rows;
  double width;

  if (y >= bottom - 6 * paint->u)
    return;
  y += gr_briefing_text (paint, _("Contents"), FALSE, box.x, y, box.width, 1.0, TRUE,
                         paint->text);
  y += 0.3 * paint->u;
  for (guint i = 1; i < self->pages->len; i++)
    if (!g_str_equal (gr_briefing_get_page_title (self, i),
                      gr_briefing_get_page_title (self, i - 1)))
      g_array_append_val (firsts, i);
  columns = y + firsts->len * line <= bottom ? 1 : 2;
  rows = (firsts->len + columns - 1) / columns;
  width = (box.width - (columns - 1) * paint->u) / columns;
  for (guint k = 0; k < firsts->len; k++)
    {
      guint i = g_array_index (firsts, guint, k);
      double x = box.x + (k / rows) * (width + paint->u);
      double ly = y + (k % rows) * line;
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      if (ly + line > bottom)
        continue;
      gr_briefing_text (paint, number, FALSE,
                        x + width - gr_briefing_text_width (paint, number, 0.9, FALSE), ly, 0,
                        0.9, FALSE, paint->secondary);
      gr_briefing_text_line (paint, gr_briefing_get_page_title (self, i), x, ly,
                             width - 3 * paint->u, 0.9, FALSE, paint->text);
    }
}

void
gr_briefing_draw_cover (GrBriefingPaint *paint)
{
  GrBriefing *self = paint->briefing;
  const GrMetrics *metrics = self->metrics;
  g_autofree char *summary = gr_briefing_summary (self->scenario, metrics);
  g_autofree char *composite = gr_format_number (metrics->index.composite, 2);
  g_autofree char *composite_range = gr_briefing_score_range (self->uncertainty,
                                                              "index.composite");
  double m = paint->margin;
  double y = 1.2 * m;
  double body = paint->height - gr_briefing_footer_height (paint) - paint->u;
  GrBriefingBox box = { m, 0, paint->width - 2 * m, 0 }, left, right;
  double ry;

  y += gr_briefing_text (paint, _("Security-guarantee briefing"), FALSE, m, y, 0, 1.1, TRUE,
                         paint->accent);
  y += 0.3 * paint->u;
  y += gr_briefing_text (paint, self->title, FALSE, m, y, box.width, 2.6, TRUE, paint->text);
  y += 0.2 * paint->u;
  if (self->modified)
    {
      /* TRANSLATORS: under the scenario's title on the cover; %s is the date */
      g_autofree char *line = g_strdup_printf (_("Modified, not saved · %s"), self->date);

      y += gr_briefing_text (paint, line, FALSE, m, y, box.width, 1.2, FALSE, paint->secondary);
    }
  else
    y += gr_briefing_text (paint, self->date, FALSE, m, y, box.width, 1.2, FALSE,
                           paint->secondary);
  y += 0.6 * paint->u;
  gr_briefing_rule (paint, m, y, box.width);
  y += 1.4 * paint->u;

  box.y = y;
  box.height = body - y;
  gr_briefing_split (paint, box, 0.62, &left, &right);

  y += gr_briefing_text (paint, _("Summary"), FALSE, left.x, y, left.width, 1.5, TRUE,
                         paint->text);
  y += 0.5 * paint->u;
  y += gr_briefing_text (paint, summary, FALSE, left.x, y, left.width, 1.25, FALSE, paint->text);
  y += 1.2 * paint->u;
  if (self->compare != NULL)
    {
      g_autofree char *b = gr_format_number (self->compare_metrics->index.composite, 2);
      g_autofree char *line = NULL;
      guint page = 0;

      while (page < self->pages->len
             && gr_briefing_get_page_kind (self, page) != GR_BRIEFING_PAGE_COMPARISON)
        page++;
      /* TRANSLATORS: on the cover; %1$s is the scenario compared with, %2$s
       * and %3$s the index here and there, %4$u the comparison's page */
      line = g_strdup_printf (_("Compared with “%1$s”, the index moves from %2$s to %3$s "
                                "(page %4$u)."), self->compare_title, composite, b, page + 1);
      y += gr_briefing_text (paint, line, FALSE, left.x, y, left.width, 1.25, FALSE, paint->text);
      y += 1.2 * paint->u;
    }
  if (self->scenario->description != NULL && y < body - 4 * paint->u)
    {
      y += gr_briefing_text (paint, _("The scenario"), FALSE, left.x, y, left.width, 1.0, TRUE,
                             paint->text);
      y += 0.3 * paint->u;
      gr_briefing_text (paint, self->scenario->description, FALSE, left.x, y, left.width, 0.9,
                        FALSE, paint->secondary);
    }

  ry = right.y;
  ry += draw_figure (paint, composite, composite_range, _("Guarantee-strength index, 0 to 1"),
                     gr_metric_explain (GR_METRIC_INDEX_COMPOSITE), right.x, ry, right.width);
  ry += 1.2 * paint->u;
  ry += draw_figure (paint, gr_figures_instrument_label (metrics->index.weakest), NULL,
                     _("Weakest link"), gr_metric_explain (GR_METRIC_INDEX_WEAKEST),
                     right.x, ry, right.width);
  ry += 1.4 * paint->u;

  draw_contents (paint, right, ry, body);
}

static GrBasemap *
get_basemap (GrBriefing *self)
{
  GrBasemap *basemap;

  g_mutex_lock (&self->basemap_lock);
  if (self->basemap == NULL)
    {
      /* The model loads only the layers it reads; the map needs them all.
       * Only a broken build fails here, and the page then has no map. */
      g_autoptr(GrGeodata) geodata = gr_geodata_load_shared (NULL);

      if (geodata != NULL)
        self->basemap = gr_basemap_new (geodata);
    }
  basemap = self->basemap;
  g_mutex_unlock (&self->basemap_lock);
  return basemap;
}

void
gr_briefing_draw_map (GrBriefingPaint *paint)
{
  GrBriefing *self = paint->briefing;
  GrMapPage page = { self->scenario, self->metrics, get_basemap (self), self->layers };
  GrBriefingBox box = gr_briefing_page_header (paint, _("Map"),
                                               _("Air-defence coverage, joint air-patrol zones, "
                                                 "the stabilisation force and the Black Sea "
                                                 "routes, as the scenario places them."));
  double k = MIN (1.0, box.width / MAP_LAYOUT_WIDTH);

  cairo_save (paint->cr);
  cairo_translate (paint->cr, box.x, box.y);
  cairo_rectangle (paint->cr, 0, 0, box.width, box.height);
  cairo_clip (paint->cr);
  cairo_scale (paint->cr, k, k);
  gr_map_page_draw (paint->cr, box.width / k, box.height / k, &page);
  cairo_restore (paint->cr);
}

void
gr_briefing_draw_index (GrBriefingPaint *paint)
{
  GrBriefing *self = paint->briefing;
  const GrIndexMetrics *index = &self->metrics->index;
  g_autoptr(GrChart) chart = gr_figure_new_by_id ("index", self->scenario, self->metrics);
  g_autofree char *composite = gr_format_number (index->composite, 2);
  g_autofree char *weakest = gr_format_number (index->score[index->weakest], 2);
  g_autofree char *composite_range = gr_briefing_score_range (self->uncertainty,
                                                              "index.composite");
  g_autofree char *weakest_path = gr_briefing_pillar_path (index->weakest);
  g_autofree char *weakest_range = gr_briefing_score_range (self->uncertainty, weakest_path);
  /* The chart's own subtitle says what the index is; a slide has no room
   * to say it twice. */
  GrBriefingBox box = gr_briefing_page_header (paint, _("Guarantee-strength index"),
                                               paint->projector ? NULL
                                               : gr_metric_explain (GR_METRIC_INDEX_COMPOSITE));
  GrBriefingBox left, right;
  double y;

  gr_briefing_split (paint, box, 0.66, &left, &right);
  if (self->uncertainty != NULL)
    gr_figure_add_ranges (chart, "index", self->scenario, self->metrics, self->uncertainty);
  draw_chart (paint, chart, left);
  y = right.y;
  y += draw_figure (paint, composite, composite_range, _("Composite"), NULL, right.x, y,
                    right.width);
  y += 1.2 * paint->u;
  /* On the wall "weakest link" says it; the formula is for the page. */
  draw_figure (paint, weakest, weakest_range, gr_figures_instrument_label (index->weakest),
               paint->projector ? _("Weakest link")
               : gr_metric_explain (GR_METRIC_INDEX_WEAKEST), right.x, y, right.width);
}

void
gr_briefing_draw_instrument (GrBriefingPaint      *paint,
                             const GrBriefingPage *page)
{
  GrBriefing *self = paint->briefing;
  const GrIndexMetrics *index = &self->metrics->index;
  g_autoptr(GrChart) chart = gr_briefing_chart_new (self->scenario, self->metrics,
                                                    page->instrument, self->uncertainty);
  g_autofree char *score = gr_format_number (index->score[page->instrument], 2);
  g_autofree char *weight = gr_format_percent (index->weight[page->instrument], 0);
  /* TRANSLATORS: an instrument's score and its weight in the index */
  g_autofree char *score_line = g_strdup_printf (_("Score %s of 1 · weight %s"), score, weight);
  GrKeyFigure figures[GR_BRIEFING_N_KEY_FIGURES] = { { 0 } };
  GrBriefingBox box = gr_briefing_page_header (paint, page->title,
                                               gr_metric_explain (gr_briefing_instrument_metric (page->instrument)));
  GrBriefingBox left, right;
  double y;

  gr_briefing_split (paint, box, 0.64, &left, &right);
  draw_chart (paint, chart, left);

  y = right.y;
  y += gr_briefing_text (paint, score_line, FALSE, right.x, y, right.width, 1.0, TRUE,
                         page->instrument == index->weakest ? (GrRgb) { 0.7, 0.2, 0 } : paint->text);
  if (page->instrument == index->weakest)
    y += gr_briefing_text (paint, _("The weakest link"), FALSE, right.x, y, right.width, 0.9,
                           FALSE, (GrRgb) { 0.7, 0.2, 0 });
  y += 1.0 * paint->u;
  gr_briefing_key_figures (self->scenario, self->metrics, page->instrument, figures);
  for (guint i = 0; i < GR_BRIEFING_N_KEY_FIGURES; i++)
    {
      const char *explanation = figures[i].explanation;

      /* The same explanation under two figures says nothing new. */
      if (i > 0 && explanation == figures[i - 1].explanation)
        explanation = NULL;
      g_autofree char *range = gr_key_figure_range (&figures[i], self->uncertainty);

      y += draw_figure (paint, figures[i].value, range, figures[i].label,
                        paint->projector ? NULL : explanation, right.x, y, right.width);
      y += (range != NULL ? 0.8 : 1.0) * paint->u;
    }
  gr_key_figures_clear (figures, GR_BRIEFING_N_KEY_FIGURES);
}

typedef struct
{
  const char *label;
  double a;
  double b;
  GrHeadlineUnit unit;
  gboolean tenths;             /* a required count: one decimal, not rounded away */
} Row;

static char *
row_value (const Row *row,
           double     value)
{
  return row->tenths ? gr_format_number (value, 1) : gr_headline_format_value (row->unit, value);
}

static char *
row_change (const Row *row)
{
  g_autofree char *number = NULL;
  double d = row->b - row->a;

  if (!row->tenths)
    return gr_headline_format_change (row->unit, row->a, row->b);
  number = gr_format_number (ABS (d), 1);
  if (g_str_equal (number, "0.0"))
    return NULL;
  return g_strdup_printf ("%s %s", d > 0 ? "▲" : "▼", number);
}

void
gr_briefing_draw_comparison (GrBriefingPaint *paint)
{
  GrBriefing *self = paint->briefing;
  const GrMetrics *a = self->metrics;
  const GrMetrics *b = self->compare_metrics;
  g_autoptr(GrComparison) comparison = gr_comparison_new (a, b, self->model);
  g_autoptr(GrChart) waterfall = gr_figure_attribution_new (self->scenario, comparison);
  GrBriefingBox box = gr_briefing_page_header (paint, _("Comparison"),
                                               _("The second scenario against this one: "
                                                 "scores, headline figures, and what each "
                                                 "pillar adds to the change of the index."));
  GrBriefingBox table, chart;
  Row rows[GR_N_INSTRUMENTS + 8];
  guint n = 0;
  double col[4], y, row_height, head_height;

  rows[n++] = (Row) { _("Guarantee-strength index"), a->index.composite, b->index.composite,
                      GR_HEADLINE_SCORE };
  for (guint i = 0; i < GR_N_INSTRUMENTS; i++)
    rows[n++] = (Row) { gr_figures_instrument_label (i), a->index.score[i], b->index.score[i],
                        GR_HEADLINE_SCORE };
  rows[n++] = (Row) { _("Territory covered by air defence"),
                      a->air_defense.territory_covered_pct, b->air_defense.territory_covered_pct,
                      GR_HEADLINE_PERCENT };
  rows[n++] = (Row) { _("Threats intercepted"), 100 * a->air_defense.intercepted_share,
                      100 * b->air_defense.intercepted_share, GR_HEADLINE_PERCENT };
  rows[n++] = (Row) { _("Funding gap, all years"), a->funding.gap_busd, b->funding.gap_busd,
                      GR_HEADLINE_BUSD };
  rows[n++] = (Row) { _("Troops deployed"), a->force.deployed_troops, b->force.deployed_troops,
                      GR_HEADLINE_COUNT };
  rows[n++] = (Row) { _("Escorts required"), a->maritime.escorts_required,
                      b->maritime.escorts_required, GR_HEADLINE_COUNT, TRUE };
  rows[n++] = (Row) { _("Trained at the horizon"), a->readiness.trained_total,
                      b->readiness.trained_total, GR_HEADLINE_COUNT };

  /* The table on the left, the waterfall of the index's change beside it;
   * both call the scenarios A and B, named once above the table. */
  gr_briefing_split (paint, box, 0.55, &table, &chart);
  {
    /* TRANSLATORS: the comparison's key; %s are the scenarios' names */
    g_autofree char *a_line = g_strdup_printf (_("A: %s"), self->title);
    g_autofree char *b_line = g_strdup_printf (_("B: %s"), self->compare_title);

    table.y += gr_briefing_text (paint, a_line, FALSE, table.x, table.y, table.width, 1.0, TRUE,
                                 paint->text);
    table.y += gr_briefing_text (paint, b_line, FALSE, table.x, table.y, table.width, 1.0, TRUE,
                                 paint->text);
    table.y += 1.0 * paint->u;
    table.height = box.y + box.height - table.y;
  }
  col[0] = table.x;
  col[1] = table.x + 0.48 * table.width;
  col[2] = table.x + 0.65 * table.width;
  col[3] = table.x + 0.82 * table.width;
  head_height = 2.0 * paint->u;
  row_height = MIN ((table.height - head_height) / n, 2.0 * paint->u);

  y = table.y;
  gr_briefing_text (paint, "A", FALSE, col[1], y, 0, 0.95, TRUE, paint->text);
  gr_briefing_text (paint, "B", FALSE, col[2], y, 0, 0.95, TRUE, paint->text);
  /* TRANSLATORS: the comparison's column of differences */
  gr_briefing_text (paint, _("B − A"), FALSE, col[3], y, 0, 0.95, TRUE, paint->text);
  y += head_height;
  for (guint i = 0; i < n; i++)
    {
      const Row *r = &rows[i];
      g_autofree char *va = row_value (r, r->a);
      g_autofree char *vb = row_value (r, r->b);
      g_autofree char *change = row_change (r);

      gr_briefing_rule (paint, table.x, y - 0.3 * paint->u, table.width);
      /* One line each: a label that does not fit is cut, not run into the next row. */
      gr_briefing_text_line (paint, r->label, col[0], y, col[1] - col[0] - 0.6 * paint->u, 0.95,
                             i == 0, paint->text);
      gr_briefing_text (paint, va, FALSE, col[1], y, 0, 0.95, i == 0, paint->text);
      gr_briefing_text (paint, vb, FALSE, col[2], y, 0, 0.95, i == 0, paint->text);
      gr_briefing_text (paint, change != NULL ? change : "—", FALSE, col[3], y, 0, 0.95, FALSE,
                        paint->secondary);
      y += row_height;
    }
  draw_chart (paint, waterfall, chart);
}
