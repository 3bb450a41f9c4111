/* gr-briefing-uncertainty.c — the briefing's uncertainty page: Monte Carlo P10–P50–P90
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two tables side by side: the composite and the eight pillar scores, each
 * with a bar of its P10–P90 on the common 0-to-1 scale; and the headline
 * figures in their own units.  Above them, how the numbers were made: the
 * samples, the seed and the distribution, so a reader can run them again.
 */

#include "config.h"

#include "gr-briefing-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "gr-figures-private.h"
#include "gr-format.h"

/* Columns of a table, as shares of its width: label, value, P10, P50, P90. */
typedef struct
{
  double x[5];
  double right[5];             /* numbers are right-aligned on these */
} Columns;

static void
text_right (GrBriefingPaint *paint,
            const char      *text,
            double           right,
            double           y,
            gboolean         bold)
{
  double width = gr_briefing_text_width (paint, text, 0.95, bold);

  gr_briefing_text (paint, text, FALSE, right - width, y, 0, 0.95, bold, paint->text);
}

static void
heading_row (GrBriefingPaint *paint,
             const Columns   *cols,
             const char      *title,
             double           y)
{
  const char *headings[] = {
    title,
    /* TRANSLATORS: a column of the uncertainty page: the value computed from
     * the scenario's own inputs */
    C_("uncertainty", "Value"),
    "P10", "P50", "P90",
  };

  gr_briefing_text (paint, headings[0], FALSE, cols->x[0], y, cols->right[0] - cols->x[0], 0.95,
                    TRUE, paint->text);
  for (guint i = 1; i < G_N_ELEMENTS (headings); i++)
    text_right (paint, headings[i], cols->right[i], y, TRUE);
}

static void
number_row (GrBriefingPaint           *paint,
            const Columns             *cols,
            const char                *label,
            const char                *value,
            const GrMonteCarloMetric  *mc,
            GrKeyFormat                format,
            gboolean                   bold,
            double                     y)
{
  gr_briefing_text (paint, label, FALSE, cols->x[0], y, cols->right[0] - cols->x[0], 0.95, bold,
                    paint->text);
  text_right (paint, value, cols->right[1], y, bold);
  if (mc == NULL)
    return;
  {
    double p[] = { mc->p10, mc->p50, mc->p90 };

    for (guint i = 0; i < G_N_ELEMENTS (p); i++)
      {
        g_autofree char *text = isfinite (p[i]) ? format (p[i]) : g_strdup ("—");

        text_right (paint, text, cols->right[2 + i], y, bold);
      }
  }
}

static char *
format_score (double score)
{
  return gr_format_number (score, 2);
}

/* The P10–P90 band, the P50 tick and the value's dot on a 0-to-1 track. */
static void
score_bar (GrBriefingPaint          *paint,
           const GrMonteCarloMetric *mc,
           double                    value,
           double                    x,
           double                    y,
           double                    width,
           double                    height)
{
  cairo_t *cr = paint->cr;
  double mid = y + height / 2;

  cairo_save (cr);
  gr_palette_set_source (cr, paint->rule, 1);
  cairo_set_line_width (cr, paint->projector ? 1.2 : 0.6);
  cairo_move_to (cr, x, mid);
  cairo_line_to (cr, x + width, mid);
  for (guint i = 0; i <= 4; i++)
    {
      cairo_move_to (cr, x + width * i / 4, mid - 0.18 * height);
      cairo_line_to (cr, x + width * i / 4, mid + 0.18 * height);
    }
  cairo_stroke (cr);
  if (mc != NULL && isfinite (mc->p10) && isfinite (mc->p90))
    {
      double a = x + width * CLAMP (mc->p10, 0, 1);
      double b = x + width * CLAMP (mc->p90, 0, 1);

      gr_palette_set_source (cr, paint->accent, 0.45);
      /* A band of no width is still seen. */
      cairo_rectangle (cr, a, mid - 0.3 * height, MAX (b - a, 1.5), 0.6 * height);
      cairo_fill (cr);
      gr_palette_set_source (cr, paint->accent, 1);
      cairo_set_line_width (cr, paint->projector ? 2.4 : 1.4);
      cairo_move_to (cr, x + width * CLAMP (mc->p50, 0, 1), mid - 0.38 * height);
      cairo_line_to (cr, x + width * CLAMP (mc->p50, 0, 1), mid + 0.38 * height);
      cairo_stroke (cr);
    }
  gr_palette_set_source (cr, paint->text, 1);
  cairo_arc (cr, x + width * CLAMP (value, 0, 1), mid, 0.17 * height, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
set_columns (Columns *cols,
             double   x,
             double   width,
             double   label_share,
             double   number_share)
{
  cols->x[0] = x;
  cols->right[0] = x + label_share * width;
  for (guint i = 1; i < 5; i++)
    {
      cols->right[i] = x + (label_share + i * number_share) * width;
      cols->x[i] = cols->right[i] - number_share * width;
    }
}

static void
draw_scores (GrBriefingPaint *paint,
             GrBriefingBox    box,
             double           row)
{
  GrBriefing *self = paint->briefing;
  const GrIndexMetrics *index = &self->metrics->index;
  Columns cols;
  double bar_x = box.x + 0.74 * box.width;
  double bar_width = box.width - (bar_x - box.x);
  double y = box.y;

  set_columns (&cols, box.x, box.width, 0.38, 0.085);
  heading_row (paint, &cols, _("Scores, 0 to 1"), y);
  /* The bar's scale: 0, ½ and 1 under its ends and middle. */
  gr_briefing_text (paint, "0", FALSE, bar_x, y, 0, 0.8, FALSE, paint->secondary);
  gr_briefing_text (paint, "1", FALSE,
                    bar_x + bar_width - gr_briefing_text_width (paint, "1", 0.8, FALSE), y, 0,
                    0.8, FALSE, paint->secondary);
  y += row;
  for (guint i = 0; i <= GR_N_INSTRUMENTS; i++)
    {
      g_autofree char *path = i == 0 ? g_strdup ("index.composite")
                                     : gr_briefing_pillar_path (i - 1);
      double value = i == 0 ? index->composite : index->score[i - 1];
      g_autofree char *text = format_score (value);
      const GrMonteCarloMetric *mc = gr_monte_carlo_find (self->uncertainty, path);

      gr_briefing_rule (paint, box.x, y - 0.25 * paint->u, box.width);
      number_row (paint, &cols,
                  i == 0 ? _("Guarantee-strength index") : gr_figures_instrument_label (i - 1),
                  text, mc, format_score, i == 0, y);
      score_bar (paint, mc, value, bar_x, y, bar_width, 1.2 * paint->u);
      y += row;
    }
  /* TRANSLATORS: the key to the uncertainty page's bars */
  gr_briefing_text (paint, _("Bar: P10 to P90 · line: P50 · dot: the value from the "
                             "scenario's own inputs."), FALSE, box.x, y + 0.2 * paint->u,
                    box.width, 0.8, FALSE, paint->secondary);
}

static void
draw_headlines (GrBriefingPaint *paint,
                GrBriefingBox    box,
                double           row)
{
  GrBriefing *self = paint->briefing;
  GrKeyFigure figures[GR_BRIEFING_N_HEADLINES] = { { 0 } };
  guint n = gr_briefing_headline_figures (self->metrics, figures);
  Columns cols;
  double y = box.y;

  set_columns (&cols, box.x, box.width, 0.44, 0.14);
  heading_row (paint, &cols, _("Headline figures"), y);
  y += row;
  for (guint i = 0; i < n; i++)
    {
      gr_briefing_rule (paint, box.x, y - 0.25 * paint->u, box.width);
      number_row (paint, &cols, figures[i].label, figures[i].value,
                  gr_monte_carlo_find (self->uncertainty, figures[i].path), figures[i].format,
                  FALSE, y);
      y += row;
    }
  gr_key_figures_clear (figures, n);
}

/* What the page says in a sentence: where the index lies, and the pillar
 * the inputs' ranges move most. */
static char *
reading (GrBriefing *self)
{
  const GrMonteCarloMetric *composite = gr_monte_carlo_find (self->uncertainty,
                                                             "index.composite");
  const GrMonteCarloMetric *widest = NULL;
  GrInstrument widest_instrument = 0;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  g_autofree char *first = NULL;

  if (composite == NULL || !isfinite (composite->p10) || !isfinite (composite->p90))
    return NULL;
  for (GrInstrument i = 0; i < GR_N_INSTRUMENTS; i++)
    {
      g_autofree char *path = gr_briefing_pillar_path (i);
      const GrMonteCarloMetric *mc = gr_monte_carlo_find (self->uncertainty, path);

      if (mc != NULL && isfinite (mc->p90 - mc->p10)
          && (widest == NULL || mc->p90 - mc->p10 > widest->p90 - widest->p10))
        {
          widest = mc;
          widest_instrument = i;
        }
    }
  low = format_score (composite->p10);
  high = format_score (composite->p90);
  /* TRANSLATORS: the uncertainty page's reading; %1$s and %2$s are scores */
  first = g_strdup_printf (_("In eight samples of ten the guarantee-strength index lies "
                             "between %1$s and %2$s."), low, high);
  if (widest == NULL || !(widest->p90 - widest->p10 >= 0.005))
    return g_steal_pointer (&first);
  g_free (low);
  g_free (high);
  low = format_score (widest->p10);
  high = format_score (widest->p90);
  /* TRANSLATORS: the uncertainty page's reading: %1$s is the sentence on the
   * index's range, %2$s an instrument, %3$s and %4$s its P10 and P90 scores */
  return g_strdup_printf (_("%1$s Of the pillars, the inputs' ranges move %2$s most: from %3$s "
                            "to %4$s."),
                          first, gr_figures_instrument_label (widest_instrument), low, high);
}

void
gr_briefing_draw_uncertainty (GrBriefingPaint *paint)
{
  GrBriefing *self = paint->briefing;
  const GrMonteCarlo *mc = self->uncertainty;
  g_autofree char *samples = gr_format_count (mc->samples);
  g_autofree char *seed = g_strdup_printf ("%" G_GUINT64_FORMAT, mc->seed);
  /* TRANSLATORS: how the uncertainty page's numbers were made; %1$s is the
   * number of samples, %2$s the random seed */
  g_autofree char *method = g_strdup_printf (_("Monte Carlo, %1$s samples, seed %2$s. Every "
                                               "input with a range in the assumptions register "
                                               "is drawn from a triangular distribution: its "
                                               "low, its value as the most likely, its high. "
                                               "Choices, such as a commitment type, are not "
                                               "drawn. Eight samples in ten fall between P10 "
                                               "and P90."), samples, seed);
  GrBriefingBox box = gr_briefing_page_header (paint, _("Uncertainty"),
                                               _("How far the figures move when the inputs "
                                                 "move within their sourced ranges."));
  g_autofree char *summary = reading (self);
  GrBriefingBox left, right;
  double row;

  box.y += gr_briefing_text (paint, summary, FALSE, box.x, box.y, box.width, 1.2, FALSE,
                             paint->text);
  box.y += 0.5 * paint->u;
  box.y += gr_briefing_text (paint, method, FALSE, box.x, box.y, box.width, 0.9, FALSE,
                             paint->text);
  box.y += 1.2 * paint->u;
  box.height = paint->height - gr_briefing_footer_height (paint) - 0.8 * paint->u - box.y;
  /* Eleven rows and the key in the taller table; no wider than reads well. */
  row = MIN (box.height / (GR_N_INSTRUMENTS + 3), 2.2 * paint->u);

  gr_briefing_split (paint, box, 0.55, &left, &right);
  draw_scores (paint, left, row);
  draw_headlines (paint, right, row);
}
