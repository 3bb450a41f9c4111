/* gr-panel.h — one instrument's panel: score, headline numbers, charts, levers
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gr-chart-view.h"
#include "gr-document.h"
#include "gr-headline.h"
#include "gr-lever-row.h"
#include "gr-list-row.h"
#include "gr-monte-carlo.h"

G_BEGIN_DECLS

/* Reads a headline's value from the metrics.  May set *title (newly
 * allocated) when the title depends on the data, e.g. "2026 funding gap". */
typedef double (*GrPanelValueFunc) (const GrScenario *scenario,
                                    const GrMetrics  *metrics,
                                    char            **title);

/* Defines a GrPanelValueFunc @func returning @expr, which reads `metrics`
 * (and may read `scenario`). */
#define GR_PANEL_VALUE(func, expr)                                       \
  static double                                                          \
  func (const GrScenario *scenario,                                      \
        const GrMetrics  *metrics,                                       \
        char            **title)                                         \
  {                                                                      \
    return (expr);                                                       \
  }

/* Defines a GrLeverLocate @func finding scenario->@field. */
#define GR_PANEL_FIELD(func, field)                                      \
  static gpointer                                                        \
  func (GrScenario *scenario,                                            \
        gpointer    data)                                                \
  {                                                                      \
    return &scenario->field;                                             \
  }

/* Defines a GrLeverLocate @func finding @member of item GPOINTER_TO_UINT
 * (data) of the GArray scenario->@array of @type, and @count_func, its
 * length, for a GrListSpec. */
#define GR_PANEL_ITEM(func, count_func, array, type, member)             \
  static gpointer                                                        \
  func (GrScenario *scenario,                                            \
        gpointer    data)                                                \
  {                                                                      \
    GArray *items = scenario->array;                                     \
    guint index = GPOINTER_TO_UINT (data);                               \
                                                                         \
    if (items == NULL || index >= items->len)                            \
      return NULL;                                                       \
    return &g_array_index (items, type, index).member;                   \
  }                                                                      \
  static guint                                                           \
  count_func (const GrScenario *scenario)                                \
  {                                                                      \
    return scenario->array != NULL ? scenario->array->len : 0;           \
  }

#define GR_TYPE_PANEL (gr_panel_get_type ())

G_DECLARE_FINAL_TYPE (GrPanel, gr_panel, GR, PANEL, GtkWidget)

/* @instrument: the score shown beside the title; GR_N_INSTRUMENTS for none. */
GrPanel     *gr_panel_new           (GrDocument       *document,
                                     const char       *id,
                                     const char       *title,
                                     GrInstrument      instrument);
GrDocument  *gr_panel_get_document  (GrPanel          *self);
const char  *gr_panel_get_id        (GrPanel          *self);

/* A headline titled by gr_metric_label (@metric) unless @title is given,
 * explained by gr_metric_explain (@metric); GR_N_METRICS for none (then
 * give @title). */
GrHeadline  *gr_panel_add_headline  (GrPanel          *self,
                                     GrMetricId        metric,
                                     const char       *title,
                                     GrHeadlineUnit    unit,
                                     gboolean          higher_is_better,
                                     GrPanelValueFunc  value);
/* @height: the compact chart's height in pixels; 0 for the default. */
GrChartView *gr_panel_add_chart     (GrPanel          *self,
                                     const char       *chart_id,
                                     int               height);
GrLeverRow  *gr_panel_add_lever     (GrPanel          *self,
                                     const GrLeverSpec *spec);
GrListRow   *gr_panel_add_list      (GrPanel          *self,
                                     const GrListSpec *spec);
/* Every headline shows B's value and B − A; @other NULL stops comparing. */
void         gr_panel_set_comparison (GrPanel         *self,
                                      const GrScenario *other,
                                      const GrMetrics  *other_metrics);
/* Each headline with a metric Monte Carlo measured shows its P10–P90
 * beside its value; NULL takes the ranges away. */
void         gr_panel_set_monte_carlo (GrPanel            *self,
                                       const GrMonteCarlo *monte_carlo);
/* Any other row (e.g. a choice) into the panel's lever list. */
void         gr_panel_add_row       (GrPanel          *self,
                                     GtkWidget        *row);

/* Marks @widget (a choice, not a lever) as the one that edits scenario
 * input @path (gr-scenario-walk.h), for gr_dashboard_focus_input(). */
void         gr_panel_tag_input       (GtkWidget      *widget,
                                       const char     *path);
/* The input @widget was tagged with, or NULL. */
const char  *gr_panel_get_input_tag   (GtkWidget      *widget);

guint        gr_panel_get_n_headlines (GrPanel        *self);
GrHeadline  *gr_panel_get_headline    (GrPanel        *self,
                                       guint           index);

/* The panels of the seven instruments, one file each. */
GrPanel *gr_panel_index_new      (GrDocument *document);
GrPanel *gr_panel_guarantees_new (GrDocument *document);
GrPanel *gr_panel_funding_new    (GrDocument *document);
GrPanel *gr_panel_industry_new   (GrDocument *document);
GrPanel *gr_panel_presence_new   (GrDocument *document);
GrPanel *gr_panel_danish_new     (GrDocument *document);
GrPanel *gr_panel_air_new        (GrDocument *document);
GrPanel *gr_panel_maritime_new   (GrDocument *document);
GrPanel *gr_panel_readiness_new  (GrDocument *document);

G_END_DECLS
