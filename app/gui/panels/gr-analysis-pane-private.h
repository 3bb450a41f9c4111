/* gr-analysis-pane-private.h — what gr-analysis-pane.c and gr-analysis-tornado.c share
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gr-analysis-pane.c keeps the comparison, the runs and the table;
 * gr-analysis-tornado.c the tornado chart's drawing, its bars chosen by
 * pointer or keyboard and their way to the input's lever.
 */

#pragma once

#include "gr-analysis-pane.h"

#include "gr-compare.h"
#include "gr-figures.h"
#include "gr-sensitivity.h"

G_BEGIN_DECLS

/* Rows of the headline table (gr-analysis-pane.c's rows[]). */
#define GR_ANALYSIS_N_ROWS 15

struct _GrAnalysisPane
{
  GtkWidget parent_instance;

  GrDocument *document;
  GrScenario *opened;          /* the scenario as opened, for "compare with" */
  char **bundled;              /* bundled scenario names, in drop-down order */
  GrScenario *other;           /* B, NULL when not comparing */
  GrMetrics *other_metrics;
  GrComparison *comparison;
  GrChart *attribution;
  GrSensitivity *tornado;
  GrChart *tornado_chart;
  char *selected_input;
  guint selected_bar;
  GrMonteCarlo *monte_carlo;
  GCancellable *cancellable;
  int done;                    /* atomic: Monte Carlo samples done */
  guint total;
  guint progress_id;
  gboolean running;
  GtkLabel *cells[GR_ANALYSIS_N_ROWS][GR_ANALYSIS_N_COLUMNS];

  /* template children */
  GtkDropDown *compare_dropdown;
  GtkGrid *table;
  GtkDrawingArea *attribution_area;
  GtkDrawingArea *tornado_area;
  GtkProgressBar *progress;
  GtkLabel *status_label;
};

void _gr_analysis_pane_set_status   (GrAnalysisPane *self,
                                     const char     *status);
/* Draws the tornado and takes its clicks and keys. */
void _gr_analysis_pane_init_tornado (GrAnalysisPane *self);

G_END_DECLS
