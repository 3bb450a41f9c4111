/* gr-panel.c — one instrument's panel: score, headline numbers, charts, levers
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A panel is assembled by its instrument's file (gr-panel-*.c) from parts
 * that all watch the same document: headlines read their value from the
 * metrics through a GrPanelValueFunc, charts rebuild their painter, levers
 * re-read the scenario.  The panel itself only refreshes the headlines and
 * the score when the document changes; it computes nothing.
 */

#include "config.h"

#include "gr-panel.h"

#include "gr-metric-table.h"

#include <glib/gi18n.h>
#include <math.h>

typedef struct
{
  GrHeadline *headline;
  GrPanelValueFunc value;
  GrMetricId metric;
} Headline;

/* The metric path (gr-metric-table.h) of a headline, for its Monte Carlo
 * range, and the factor from the path's value to the headline's (shares
 * are shown in percent).  A metric id may name several headlines (the
 * three output ratios): the path whose value is the headline's is it. */
typedef struct
{
  GrMetricId metric;
  const char *path;
  double factor;
} RangePath;

static const RangePath range_paths[] = {
  { GR_METRIC_INDEX_COMPOSITE, "index.composite", 1 },
  { GR_METRIC_COMMITMENT_STRENGTH, "guarantees.commitment_strength", 1 },
  { GR_METRIC_RESPONSE_DELAY, "guarantees.response_days", 1 },
  { GR_METRIC_TERRITORY_COVERED, "air_defense.territory_covered_pct", 1 },
  { GR_METRIC_POPULATION_COVERED, "air_defense.population_covered_pct", 1 },
  { GR_METRIC_INTERCEPTED, "air_defense.intercepted_share", 100 },
  { GR_METRIC_LEAKED, "air_defense.leaked_per_month", 1 },
  { GR_METRIC_PATROL_AIRCRAFT_REQUIRED, "air_patrol.aircraft_required", 1 },
  { GR_METRIC_DANISH_FLOW, "danish_model.military_busd", 1 },
  { GR_METRIC_DANISH_SHARE, "danish_model.share_of_need", 100 },
  { GR_METRIC_DANISH_PREDICTABILITY, "danish_model.predictability", 1 },
  { GR_METRIC_FUNDING_GAP, "funding.gap_busd", 1 },
  { GR_METRIC_FUNDING_COVERAGE, "funding.coverage", 100 },
  { GR_METRIC_FUNDING_CERTAINTY, "funding.multi_year_certainty", 100 },
  { GR_METRIC_INDUSTRY_RATIO, "industry.fpv_ratio", 1 },
  { GR_METRIC_INDUSTRY_RATIO, "industry.shells_ratio", 1 },
  { GR_METRIC_INDUSTRY_RATIO, "industry.vehicles_ratio", 1 },
  { GR_METRIC_INDUSTRY_STOCK, "industry.shells_months_of_stock", 1 },
  { GR_METRIC_ROUTE_COVERED, "maritime.covered_pct", 1 },
  { GR_METRIC_ROUTE_ESCORTS, "maritime.escorts_required", 1 },
  { GR_METRIC_ROUTE_THROUGHPUT, "maritime.throughput_mt_per_month", 1 },
  { GR_METRIC_FORCE_DEPLOYED, "stabilization_force.deployed_troops", 1 },
  { GR_METRIC_FORCE_ROTATION, "stabilization_force.required_with_rotation", 1 },
  { GR_METRIC_FORCE_COST, "stabilization_force.annual_cost_busd", 1 },
  { GR_METRIC_READINESS_TRAINED, "readiness.trained_total", 1 },
  { GR_METRIC_READINESS_TRAINED, "readiness.trained_at_assessment", 1 },
};

struct _GrPanel
{
  GtkWidget parent_instance;

  GrDocument *document;
  char *id;
  GrInstrument instrument;
  GArray *headlines;           /* Headline */

  /* template children */
  GtkLabel *title_label;
  GtkLabel *score_label;
  GtkFlowBox *headline_box;
  GtkBox *chart_box;
  GtkListBox *lever_list;
};

G_DEFINE_FINAL_TYPE (GrPanel, gr_panel, GTK_TYPE_WIDGET)

static void
refresh (GrPanel *self)
{
  const GrScenario *scenario = gr_document_get_scenario (self->document);
  const GrMetrics *metrics = gr_document_get_metrics (self->document);

  /* No history on either side, outside a drag (whose undo step comes at
   * its end; the document's edit bracket is the drag, whoever holds it):
   * a scenario was loaded, and the headlines measure their changes from
   * it. */
  gboolean loaded = !gr_document_get_editing (self->document)
                    && !gr_document_get_can_undo (self->document)
                    && !gr_document_get_can_redo (self->document);

  if (metrics == NULL)
    return;

  for (guint i = 0; i < self->headlines->len; i++)
    {
      Headline *headline = &g_array_index (self->headlines, Headline, i);
      g_autofree char *title = NULL;
      double value = headline->value (scenario, metrics, &title);

      if (loaded)
        gr_headline_forget (headline->headline);
      gr_headline_set_value (headline->headline, value);
      if (title != NULL)
        gr_headline_set_title (headline->headline, title);
    }

  if (self->instrument < GR_N_INSTRUMENTS)
    {
      g_autofree char *score = NULL;
      g_autofree char *tip = NULL;
      double value = metrics->index.score[self->instrument];
      gboolean weakest = metrics->index.weakest == self->instrument;

      score = g_strdup_printf ("%.2f", value);
      gtk_label_set_text (self->score_label, score);
      /* TRANSLATORS: tooltip of a panel's score; %s explains the formula */
      tip = g_strdup_printf (_("Instrument score, 0 to 1. %s%s"),
                             gr_metric_explain (gr_metric_for_instrument (self->instrument)),
                             weakest ? _(" This is the weakest link.") : "");
      /* GTK 4.8 re-parses and re-announces even an unchanged tooltip */
      if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (self->score_label)), tip) != 0)
        gtk_widget_set_tooltip_text (GTK_WIDGET (self->score_label), tip);
      if (weakest)
        gtk_widget_add_css_class (GTK_WIDGET (self->score_label), "weakest");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->score_label), "weakest");
    }
}

GrPanel *
gr_panel_new (GrDocument   *document,
              const char   *id,
              const char   *title,
              GrInstrument  instrument)
{
  GrPanel *self;

  g_return_val_if_fail (GR_IS_DOCUMENT (document), NULL);

  self = g_object_new (GR_TYPE_PANEL, NULL);
  self->document = g_object_ref (document);
  self->id = g_strdup (id);
  self->instrument = instrument;
  gtk_label_set_text (self->title_label, title);
  gtk_widget_set_visible (GTK_WIDGET (self->score_label), instrument < GR_N_INSTRUMENTS);
  if (instrument < GR_N_INSTRUMENTS)
    {
      /* The score's derivation: its section of the methodology. */
      g_autofree char *uri = g_strdup_printf ("%s#%s", GR_METHODOLOGY_URL,
                                              gr_instrument_methodology_section (instrument));
      GtkWidget *method = gtk_link_button_new_with_label (uri, _("Method"));

      gtk_widget_set_valign (method, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (method, _("How this score is computed, its references and its limits"));
      gtk_widget_insert_after (method, gtk_widget_get_parent (GTK_WIDGET (self->score_label)),
                               GTK_WIDGET (self->score_label));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  /* "changed" comes last, once the undo state is notified too. */
  g_signal_connect_object (document, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  refresh (self);
  return self;
}

GrDocument *
gr_panel_get_document (GrPanel *self)
{
  g_return_val_if_fail (GR_IS_PANEL (self), NULL);
  return self->document;
}

const char *
gr_panel_get_id (GrPanel *self)
{
  g_return_val_if_fail (GR_IS_PANEL (self), NULL);
  return self->id;
}

GrHeadline *
gr_panel_add_headline (GrPanel          *self,
                       GrMetricId        metric,
                       const char       *title,
                       GrHeadlineUnit    unit,
                       gboolean          higher_is_better,
                       GrPanelValueFunc  value)
{
  Headline headline = { 0 };
  const GrMetrics *metrics;
  g_autofree char *data_title = NULL;

  g_return_val_if_fail (GR_IS_PANEL (self), NULL);
  g_return_val_if_fail (value != NULL, NULL);

  /* A title that depends on the data is known from the first value on. */
  metrics = gr_document_get_metrics (self->document);
  if (metrics != NULL)
    value (gr_document_get_scenario (self->document), metrics, &data_title);

  headline.value = value;
  headline.metric = metric;
  /* GR_N_METRICS: a count the model reports without an explanation of its own. */
  headline.headline = GR_HEADLINE (gr_headline_new (data_title != NULL ? data_title
                                                    : title != NULL ? title
                                                    : gr_metric_label (metric),
                                                    metric < GR_N_METRICS
                                                    ? gr_metric_explain (metric) : NULL,
                                                    unit, higher_is_better));
  gtk_flow_box_append (self->headline_box, GTK_WIDGET (headline.headline));
  g_array_append_val (self->headlines, headline);

  if (metrics != NULL)
    {
      g_autofree char *ignored = NULL;

      gr_headline_set_value (headline.headline,
                             value (gr_document_get_scenario (self->document), metrics, &ignored));
    }
  return headline.headline;
}

void
gr_panel_set_comparison (GrPanel          *self,
                         const GrScenario *other,
                         const GrMetrics  *other_metrics)
{
  g_return_if_fail (GR_IS_PANEL (self));

  /* B does not change while it is compared with: its values are read
   * once, and each headline words B − A as A moves. */
  for (guint i = 0; i < self->headlines->len; i++)
    {
      Headline *headline = &g_array_index (self->headlines, Headline, i);
      g_autofree char *ignored = NULL;

      if (other == NULL || other_metrics == NULL)
        {
          gr_headline_set_compared (headline->headline, NULL, NAN);
          continue;
        }
      gr_headline_set_compared (headline->headline,
                                other->name != NULL && *other->name != '\0' ? other->name : "B",
                                headline->value (other, other_metrics, &ignored));
    }
}

/* The entry of range_paths whose value in @table is @value, or NULL. */
static const RangePath *
find_range_path (const GrMetricTable *table,
                 GrMetricId           metric,
                 double               value)
{
  for (guint i = 0; i < G_N_ELEMENTS (range_paths); i++)
    {
      double v;

      if (range_paths[i].metric != metric)
        continue;
      v = range_paths[i].factor * gr_metric_table_lookup (table, range_paths[i].path);
      if (isfinite (v) && fabs (v - value) <= 1e-9 * MAX (1.0, fabs (value)))
        return &range_paths[i];
    }
  return NULL;
}

void
gr_panel_set_monte_carlo (GrPanel            *self,
                          const GrMonteCarlo *monte_carlo)
{
  const GrScenario *scenario;
  const GrMetrics *metrics;
  g_autoptr(GrMetricTable) table = NULL;

  g_return_if_fail (GR_IS_PANEL (self));

  scenario = gr_document_get_scenario (self->document);
  metrics = gr_document_get_metrics (self->document);
  if (monte_carlo != NULL && metrics != NULL)
    table = gr_metric_table_new (metrics, gr_document_get_model (self->document));
  for (guint i = 0; i < self->headlines->len; i++)
    {
      Headline *headline = &g_array_index (self->headlines, Headline, i);
      g_autofree char *ignored = NULL;
      const RangePath *range = NULL;
      const GrMonteCarloMetric *found = NULL;

      if (table != NULL)
        range = find_range_path (table, headline->metric,
                                 headline->value (scenario, metrics, &ignored));
      if (range != NULL)
        found = gr_monte_carlo_find (monte_carlo, range->path);
      if (found != NULL)
        gr_headline_set_range (headline->headline, range->factor * found->p10,
                               range->factor * found->p90);
      else
        gr_headline_set_range (headline->headline, NAN, NAN);
    }
}

GrChartView *
gr_panel_add_chart (GrPanel    *self,
                    const char *chart_id,
                    int         height)
{
  GtkWidget *view;

  g_return_val_if_fail (GR_IS_PANEL (self), NULL);

  view = gr_chart_view_new (self->document, chart_id, TRUE);
  if (height > 0)
    gtk_widget_set_size_request (view, -1, height);
  gtk_box_append (self->chart_box, view);
  gtk_widget_set_visible (GTK_WIDGET (self->chart_box), TRUE);
  return GR_CHART_VIEW (view);
}

void
gr_panel_add_row (GrPanel   *self,
                  GtkWidget *row)
{
  g_return_if_fail (GR_IS_PANEL (self));

  gtk_list_box_append (self->lever_list, row);
  gtk_widget_set_visible (GTK_WIDGET (self->lever_list), TRUE);
}

GrLeverRow *
gr_panel_add_lever (GrPanel           *self,
                    const GrLeverSpec *spec)
{
  GtkWidget *row;
  GrLeverSpec translated;

  g_return_val_if_fail (GR_IS_PANEL (self), NULL);

  translated = *spec;
  /* Spec tables are static and hold N_() strings. */
  translated.title = _(spec->title);
  translated.unit = spec->unit != NULL ? _(spec->unit) : NULL;
  row = gr_lever_row_new (self->document, &translated, NULL, NULL);
  gr_panel_add_row (self, row);
  return GR_LEVER_ROW (row);
}

GrListRow *
gr_panel_add_list (GrPanel          *self,
                   const GrListSpec *spec)
{
  GtkWidget *row;

  g_return_val_if_fail (GR_IS_PANEL (self), NULL);

  row = gr_list_row_new (self->document, spec);
  gr_panel_add_row (self, row);
  return GR_LIST_ROW (row);
}

#define INPUT_TAG_KEY "gr-panel-input"

void
gr_panel_tag_input (GtkWidget  *widget,
                    const char *path)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_object_set_data_full (G_OBJECT (widget), INPUT_TAG_KEY, g_strdup (path), g_free);
}

const char *
gr_panel_get_input_tag (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  return g_object_get_data (G_OBJECT (widget), INPUT_TAG_KEY);
}

guint
gr_panel_get_n_headlines (GrPanel *self)
{
  g_return_val_if_fail (GR_IS_PANEL (self), 0);
  return self->headlines->len;
}

GrHeadline *
gr_panel_get_headline (GrPanel *self,
                       guint    index)
{
  g_return_val_if_fail (GR_IS_PANEL (self), NULL);
  g_return_val_if_fail (index < self->headlines->len, NULL);
  return g_array_index (self->headlines, Headline, index).headline;
}

static void
gr_panel_dispose (GObject *object)
{
  GrPanel *self = GR_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GR_TYPE_PANEL);
  /* The template's unnamed root box is not a bound child: unparent it too. */
  {
    GtkWidget *child;

    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }
  g_clear_object (&self->document);
  G_OBJECT_CLASS (gr_panel_parent_class)->dispose (object);
}

static void
gr_panel_finalize (GObject *object)
{
  GrPanel *self = GR_PANEL (object);

  g_array_unref (self->headlines);
  g_free (self->id);
  G_OBJECT_CLASS (gr_panel_parent_class)->finalize (object);
}

static void
gr_panel_class_init (GrPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gr_panel_dispose;
  object_class->finalize = gr_panel_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/gr-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, GrPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, GrPanel, score_label);
  gtk_widget_class_bind_template_child (widget_class, GrPanel, headline_box);
  gtk_widget_class_bind_template_child (widget_class, GrPanel, chart_box);
  gtk_widget_class_bind_template_child (widget_class, GrPanel, lever_list);
  gtk_widget_class_set_css_name (widget_class, "panel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
gr_panel_init (GrPanel *self)
{
  self->instrument = GR_N_INSTRUMENTS;
  self->headlines = g_array_new (FALSE, TRUE, sizeof (Headline));
  gtk_widget_init_template (GTK_WIDGET (self));
}
