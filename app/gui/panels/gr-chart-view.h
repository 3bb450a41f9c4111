/* gr-chart-view.h — a chart painter on screen, with tooltips, export and copy
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gr-chart.h"
#include "gr-document.h"
#include "gr-monte-carlo.h"
#include "gr-export-job.h"

G_BEGIN_DECLS

#define GR_TYPE_CHART_VIEW (gr_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (GrChartView, gr_chart_view, GR, CHART_VIEW, GtkWidget)

GtkWidget  *gr_chart_view_new          (GrDocument  *document,
                                        const char  *chart_id,
                                        gboolean     compact);
GrDocument *gr_chart_view_get_document (GrChartView *self);
const char *gr_chart_view_get_chart_id (GrChartView *self);
gboolean    gr_chart_view_get_compact  (GrChartView *self);
/* The chart as last built from the document; NULL before the first build. */
GrChart    *gr_chart_view_get_chart    (GrChartView *self);

/* Draw @other's values as a ghost beside the document's (a copy is
 * kept); NULL stops comparing. */
void        gr_chart_view_set_comparison (GrChartView      *self,
                                          const GrScenario *other);
/* Draw Monte Carlo's P10–P90 on the bars that have one (a copy is kept);
 * NULL takes them away. */
void        gr_chart_view_set_monte_carlo (GrChartView        *self,
                                           const GrMonteCarlo *monte_carlo);
void        gr_chart_view_export        (GrChartView          *self,
                                         GFile                *file,
                                         int                   width,
                                         int                   height,
                                         double                scale);
void        gr_chart_view_export_async  (GrChartView          *self,
                                         GFile                *file,
                                         int                   width,
                                         int                   height,
                                         double                scale,
                                         GCancellable         *cancellable,
                                         GrExportProgressFunc  progress_func,
                                         gpointer              progress_data,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean    gr_chart_view_export_finish (GrChartView          *self,
                                         GAsyncResult         *result,
                                         GError              **error);

G_END_DECLS
