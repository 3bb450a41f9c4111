/* gr-figures.h — the dashboard's charts, built from a scenario and its metrics
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each chart has a stable id ("funding", "readiness", "air-defense",
 * "interception", "air-patrol", "stabilization", "maritime", "index",
 * "tornado", "attribution") used
 * by the GUI, the briefing and `guarantor --export ID`.  A chart is a
 * snapshot: build a new one when the scenario or metrics change.
 */

#pragma once

#include <glib.h>

#include "gr-chart.h"
#include "gr-compare.h"
#include "gr-font-primer.h"
#include "gr-metrics.h"
#include "gr-monte-carlo.h"
#include "gr-scenario.h"
#include "gr-sensitivity.h"

G_BEGIN_DECLS

/* NULL-terminated, in dashboard order. */
const char * const *gr_figure_list_ids    (void);
gboolean            gr_figure_id_is_known (const char       *id);

/* NULL when id is unknown.  Missing data gives an explained empty chart. */
GrChart            *gr_figure_new_by_id   (const char       *id,
                                           const GrScenario *scenario,
                                           const GrMetrics  *metrics);

/* The analysis charts from analyses already run (the GUI runs them off
 * the main thread).  By id, "tornado" runs the tornado of the composite
 * and "attribution" compares the bundled baseline (A) with the scenario
 * (B), each on a model of its own: slow, for exports. */
GrChart            *gr_figure_tornado_new     (const GrScenario    *scenario,
                                               const GrSensitivity *tornado);
/* The tornado's bar for input @path is labelled with this (the path
 * without its section when that leaves two names or more); at most
 * GR_FIGURE_TORNADO_BARS bars, for the inputs with a swing. */
#define GR_FIGURE_TORNADO_BARS 12
char               *gr_figure_tornado_label   (const char          *path);
/* The input of the tornado's bar @bar (0 at the top), NULL past the last. */
const char         *gr_figure_tornado_input   (const GrSensitivity *tornado,
                                               guint                bar);
GrChart            *gr_figure_attribution_new (const GrScenario    *scenario,
                                               const GrComparison  *comparison);

/* The chart of A with B's values as a ghost (gr_chart_add_ghost()),
 * named "B: <B's name>". */
GrChart            *gr_figure_new_compared    (const char          *id,
                                               const GrScenario    *scenario,
                                               const GrMetrics     *metrics,
                                               const GrScenario    *other,
                                               const GrMetrics     *other_metrics);

/* After a Monte Carlo run: P10–P90 on the chart's values whose metric
 * the run measured (gr_chart_series_set_interval()): the index chart's
 * instrument scores, air defence's coverage and the launches per threat,
 * the stabilisation force deployed and needed, and per item of the
 * series (gr-metric-table.h): funding's allocations, commitments and need
 * by year, the trained force by year (a fan), each route's length
 * covered, each patrol zone's aircraft assigned and required.  @chart is
 * the chart of @scenario and @metrics with this @id. */
void                gr_figure_add_ranges      (GrChart             *chart,
                                               const char          *id,
                                               const GrScenario    *scenario,
                                               const GrMetrics     *metrics,
                                               const GrMonteCarlo  *monte_carlo);

/* Builds the chart, with the P10–P90 of @monte_carlo when not NULL
 * (gr_figure_add_ranges()), and writes it to path (PNG, PDF or SVG by
 * extension).  scale ≤ 0 picks one from the width: a 1920-wide export is
 * laid out like a 1280-wide window (scale 1.5).  @primer (taken, may be
 * NULL) is loading the drawing's fonts (gr_figure_export_fonts()): it is
 * finished once the file and the surface are made.  Errors:
 * GR_EXPORT_ERROR, or G_IO_ERROR_NOT_FOUND for an unknown id. */
gboolean            gr_figure_export      (const char         *id,
                                           const GrScenario   *scenario,
                                           const GrMetrics    *metrics,
                                           const GrMonteCarlo *monte_carlo,
                                           const char         *path,
                                           int                 width,
                                           int                 height,
                                           double              scale,
                                           GrFontPrimer       *primer,
                                           GError            **error);

/* Patrol aircraft required in whole aircraft: each zone's need rounded up,
 * summed, so the total is the sum of what the air-patrol chart shows. */
double              gr_figures_patrol_aircraft_required (const GrMetrics *metrics);

/* The layout scale gr_figure_export() uses when given scale ≤ 0. */
double              gr_figure_export_auto_scale (int         width,
                                                 int         height);
/* The fonts gr_figure_export() (scale ≤ 0) lays text out in, to load
 * ahead (gr-font-primer.h); NULL for a PDF or SVG. */
GPtrArray          *gr_figure_export_fonts      (const char *path,
                                                 int         width,
                                                 int         height);

G_END_DECLS
