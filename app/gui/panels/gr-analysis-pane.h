/* gr-analysis-pane.h — compare with a second scenario, the tornado, Monte Carlo
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gr-document.h"
#include "gr-monte-carlo.h"

G_BEGIN_DECLS

#define GR_TYPE_ANALYSIS_PANE (gr_analysis_pane_get_type ())

G_DECLARE_FINAL_TYPE (GrAnalysisPane, gr_analysis_pane, GR, ANALYSIS_PANE, GtkWidget)

/* Columns of the headline table. */
typedef enum
{
  GR_ANALYSIS_COLUMN_A,        /* this scenario; "0.54, 0.47–0.61" after Monte Carlo */
  GR_ANALYSIS_COLUMN_B,        /* the scenario compared with */
  GR_ANALYSIS_COLUMN_DIFFERENCE,  /* "▲ +0.12": sign and arrow, never colour alone */
  GR_ANALYSIS_N_COLUMNS
} GrAnalysisColumn;

GtkWidget  *gr_analysis_pane_new             (GrDocument       *document);
/* B: a copy of @other is kept; NULL stops comparing. */
void        gr_analysis_pane_compare_with    (GrAnalysisPane   *self,
                                              const GrScenario *other);
/* B, or NULL when not comparing ("other"). */
const GrScenario *gr_analysis_pane_get_other (GrAnalysisPane *self);
/* B's metrics, NULL when not comparing (or without a model). */
const GrMetrics  *gr_analysis_pane_get_other_metrics (GrAnalysisPane *self);
/* The last Monte Carlo result, NULL before one or once the scenario
 * changed ("monte-carlo" notifies both). */
const GrMonteCarlo *gr_analysis_pane_get_monte_carlo (GrAnalysisPane *self);
/* The text of a headline's cell, for a metric path such as
 * "index.composite"; NULL when the table has no such row. */
const char *gr_analysis_pane_get_cell        (GrAnalysisPane   *self,
                                              const char       *path,
                                              GrAnalysisColumn  column);
/* Starts Monte Carlo (gr-monte-carlo.h) with @samples on worker threads. */
void        gr_analysis_pane_run_monte_carlo (GrAnalysisPane   *self,
                                              guint             samples);
/* The same with a seed and a number of threads (0: one per processor), as
 * the command line's --seed and --threads give them. */
void        gr_analysis_pane_run_monte_carlo_seeded (GrAnalysisPane *self,
                                                     guint           samples,
                                                     guint64         seed,
                                                     guint           threads);
/* Whether a tornado or Monte Carlo run is under way ("running"). */
gboolean    gr_analysis_pane_get_running     (GrAnalysisPane   *self);
/* Samples done so far by the current Monte Carlo run. */
guint       gr_analysis_pane_get_progress    (GrAnalysisPane   *self);
const char *gr_analysis_pane_get_status      (GrAnalysisPane   *self);
/* The input path of the tornado bar last chosen, NULL for none. */
const char *gr_analysis_pane_get_selected_input (GrAnalysisPane *self);
/* What a click on tornado bar @bar (0 at the top), or Enter on it, does:
 * chooses it and emits "input-activated" for its input. */
void        gr_analysis_pane_activate_bar    (GrAnalysisPane   *self,
                                              guint             bar);

G_END_DECLS
