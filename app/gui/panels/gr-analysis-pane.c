/* gr-analysis-pane.c — compare with a second scenario, the tornado, Monte Carlo
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The headline table shows this scenario (A), the one compared with (B)
 * and B − A with its sign and an arrow.  The tornado and Monte Carlo run
 * in a GTask thread (Monte Carlo on worker threads of its own) with a
 * GCancellable, so the window stays responsive; an edit to the document
 * makes their results stale, and they are dropped.
 */

#include "config.h"

#include "gr-analysis-pane-private.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "gr-headline-format.h"
#include "gr-metric-table.h"
#include "gr-monte-carlo.h"
#include "gr-scenario-io.h"

#define RESOURCE_BASE "/io/github/guarantor/Guarantor"
#define PROGRESS_INTERVAL_MS 100

typedef struct
{
  const char *path;
  GrMetricId label;
  GrHeadlineUnit unit;
} Row;

static const Row rows[] = {
  { "index.composite", GR_METRIC_INDEX_COMPOSITE, GR_HEADLINE_SCORE },
  { "index.pillars.guarantees", GR_METRIC_SCORE_GUARANTEES, GR_HEADLINE_SCORE },
  { "index.pillars.funding", GR_METRIC_SCORE_FUNDING, GR_HEADLINE_SCORE },
  { "index.pillars.industry", GR_METRIC_SCORE_INDUSTRY, GR_HEADLINE_SCORE },
  { "index.pillars.presence", GR_METRIC_SCORE_PRESENCE, GR_HEADLINE_SCORE },
  { "index.pillars.danish_model", GR_METRIC_SCORE_DANISH_MODEL, GR_HEADLINE_SCORE },
  { "index.pillars.air_defense", GR_METRIC_SCORE_AIR_DEFENSE, GR_HEADLINE_SCORE },
  { "index.pillars.maritime", GR_METRIC_SCORE_MARITIME, GR_HEADLINE_SCORE },
  { "index.pillars.readiness", GR_METRIC_SCORE_READINESS, GR_HEADLINE_SCORE },
  { "air_defense.territory_covered_pct", GR_METRIC_TERRITORY_COVERED, GR_HEADLINE_PERCENT },
  { "air_defense.leaked_per_month", GR_METRIC_LEAKED, GR_HEADLINE_COUNT },
  { "funding.gap_busd", GR_METRIC_FUNDING_GAP, GR_HEADLINE_BUSD },
  { "stabilization_force.deployed_troops", GR_METRIC_FORCE_DEPLOYED, GR_HEADLINE_COUNT },
  { "maritime.covered_pct", GR_METRIC_ROUTE_COVERED, GR_HEADLINE_PERCENT },
  { "readiness.trained_total", GR_METRIC_READINESS_TRAINED, GR_HEADLINE_COUNT },
};

/* Drop-down entries before the bundled scenarios, and the last one. */
enum { CHOICE_NONE, CHOICE_OPENED, N_FIXED_CHOICES };


G_DEFINE_FINAL_TYPE (GrAnalysisPane, gr_analysis_pane, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_RUNNING, PROP_OTHER, PROP_MONTE_CARLO, N_PROPS };

static GParamSpec *properties[N_PROPS];

enum { INPUT_ACTIVATED, N_SIGNALS };

static guint signals[N_SIGNALS];

static void
refresh_table (GrAnalysisPane *self)
{
  const GrMetrics *metrics = gr_document_get_metrics (self->document);
  g_autoptr(GrMetricTable) table = NULL;

  /* No model (a broken install): the window edits without metrics. */
  if (metrics == NULL)
    return;
  table = gr_metric_table_new (metrics, gr_document_get_model (self->document));

  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      double a = gr_metric_table_lookup (table, rows[r].path);
      const GrCompareMetric *cm = NULL;
      const GrMonteCarloMetric *mc = NULL;
      g_autofree char *text_a = gr_headline_format_value (rows[r].unit, a);
      g_autofree char *text_b = NULL;
      g_autofree char *text_d = NULL;

      if (self->comparison != NULL)
        cm = gr_comparison_find (self->comparison, rows[r].path);
      if (self->monte_carlo != NULL)
        mc = gr_monte_carlo_find (self->monte_carlo, rows[r].path);
      if (mc != NULL)
        {
          g_free (text_a);
          text_a = gr_headline_format_range (rows[r].unit, a, mc->p10, mc->p90);
        }
      if (cm != NULL)
        {
          text_b = gr_headline_format_value (rows[r].unit, cm->b);
          text_d = gr_headline_format_difference (rows[r].unit, cm->a, cm->b);
        }
      gtk_label_set_text (self->cells[r][GR_ANALYSIS_COLUMN_A], text_a);
      gtk_label_set_text (self->cells[r][GR_ANALYSIS_COLUMN_B], text_b != NULL ? text_b : "");
      gtk_label_set_text (self->cells[r][GR_ANALYSIS_COLUMN_DIFFERENCE],
                          text_d != NULL ? text_d : "");
    }
}

static void
refresh_comparison (GrAnalysisPane *self)
{
  GrModel *model = gr_document_get_model (self->document);

  g_clear_pointer (&self->comparison, gr_comparison_free);
  g_clear_pointer (&self->attribution, gr_chart_free);
  if (self->other_metrics != NULL && gr_document_get_metrics (self->document) != NULL)
    {
      self->comparison = gr_comparison_new (gr_document_get_metrics (self->document),
                                            self->other_metrics, model);
      self->attribution = gr_figure_attribution_new (gr_document_get_scenario (self->document),
                                                     self->comparison);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->attribution_area), self->attribution != NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self->attribution_area));
  refresh_table (self);
}

void
gr_analysis_pane_compare_with (GrAnalysisPane   *self,
                               const GrScenario *other)
{
  g_return_if_fail (GR_IS_ANALYSIS_PANE (self));

  g_clear_pointer (&self->other, gr_scenario_free);
  g_clear_pointer (&self->other_metrics, gr_metrics_free);
  if (other != NULL)
    {
      self->other = gr_scenario_copy (other);
      self->other_metrics = gr_model_evaluate (gr_document_get_model (self->document),
                                               self->other);
    }
  refresh_comparison (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OTHER]);
}

const GrScenario *
gr_analysis_pane_get_other (GrAnalysisPane *self)
{
  g_return_val_if_fail (GR_IS_ANALYSIS_PANE (self), NULL);
  return self->other;
}

const GrMonteCarlo *
gr_analysis_pane_get_monte_carlo (GrAnalysisPane *self)
{
  g_return_val_if_fail (GR_IS_ANALYSIS_PANE (self), NULL);
  return self->monte_carlo;
}

const GrMetrics *
gr_analysis_pane_get_other_metrics (GrAnalysisPane *self)
{
  g_return_val_if_fail (GR_IS_ANALYSIS_PANE (self), NULL);
  return self->other_metrics;
}

void
_gr_analysis_pane_set_status (GrAnalysisPane *self,
                              const char     *status)
{
  gtk_label_set_text (self->status_label, status);
}

static void
set_running (GrAnalysisPane *self,
             gboolean        running)
{
  if (self->running == running)
    return;
  self->running = running;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "analysis.tornado", !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "analysis.monte-carlo", !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "analysis.cancel", running);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

/* ------------------------------------------------------------------ */
/* Compare: the drop-down                                              */

static void
file_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GrAnalysisPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_parse_name (G_FILE (source));
  g_autoptr(GrScenario) other = NULL;
  gsize length = 0;

  if (g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error))
    other = gr_scenario_load_data (contents, length, name, &error);
  if (other == NULL)
    {
      _gr_analysis_pane_set_status (self, error->message);
      gtk_drop_down_set_selected (self->compare_dropdown, CHOICE_NONE);
      return;
    }
  gr_analysis_pane_compare_with (self, other);
}

static void
file_chosen_cb (GtkNativeDialog *dialog,
                int              response,
                gpointer         user_data)
{
  GrAnalysisPane *self = user_data;
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    g_file_load_contents_async (file, NULL, file_loaded_cb, g_object_ref (self));
  else
    gtk_drop_down_set_selected (self->compare_dropdown, CHOICE_NONE);
  g_object_unref (dialog);
}

static void
choose_file (GrAnalysisPane *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Compare with a scenario"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_OPEN, NULL, NULL);
  g_signal_connect (dialog, "response", G_CALLBACK (file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
compare_selected_cb (GrAnalysisPane *self)
{
  guint selected = gtk_drop_down_get_selected (self->compare_dropdown);
  guint n_bundled = g_strv_length (self->bundled);

  if (selected == CHOICE_NONE || selected == GTK_INVALID_LIST_POSITION)
    gr_analysis_pane_compare_with (self, NULL);
  else if (selected == CHOICE_OPENED)
    gr_analysis_pane_compare_with (self, self->opened);
  else if (selected < N_FIXED_CHOICES + n_bundled)
    {
      g_autoptr(GError) error = NULL;
      const char *name = self->bundled[selected - N_FIXED_CHOICES];
      g_autoptr(GrScenario) other = gr_scenario_load_bundled (name, &error);

      if (other == NULL)
        _gr_analysis_pane_set_status (self, error->message);
      gr_analysis_pane_compare_with (self, other);
    }
  else
    choose_file (self);
}

/* ------------------------------------------------------------------ */
/* The tornado and Monte Carlo                                         */

typedef struct
{
  GrModel *model;
  GrScenario *scenario;
  guint samples;
  guint64 seed;
  guint threads;
  int *done;                   /* the pane's counter: the callback keeps the pane */
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  gr_model_unref (job->model);
  gr_scenario_free (job->scenario);
  g_free (job);
}

static Job *
job_new (GrAnalysisPane *self,
         guint           samples)
{
  Job *job = g_new0 (Job, 1);

  job->model = gr_model_ref (gr_document_get_model (self->document));
  job->scenario = gr_scenario_copy (gr_document_get_scenario (self->document));
  job->samples = samples;
  job->seed = GR_MONTE_CARLO_DEFAULT_SEED;
  job->done = &self->done;
  return job;
}

static void
tornado_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  Job *job = data;
  GError *error = NULL;
  GrSensitivity *tornado = gr_sensitivity_run (job->model, job->scenario, NULL, &error);

  if (tornado == NULL)
    g_task_return_error (task, error);
  else if (g_task_return_error_if_cancelled (task))
    gr_sensitivity_free (tornado);
  else
    g_task_return_pointer (task, tornado, (GDestroyNotify) gr_sensitivity_free);
}

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  Job *job = user_data;

  /* Any worker thread: only the counter; the main loop reads it. */
  g_atomic_int_set (job->done, (int) done);
}

static void
monte_carlo_thread (GTask        *task,
                    gpointer      source,
                    gpointer      data,
                    GCancellable *cancellable)
{
  Job *job = data;
  GError *error = NULL;
  GrMonteCarlo *result = gr_monte_carlo_run (job->model, job->scenario, job->samples,
                                             job->seed, job->threads, cancellable,
                                             progress_cb, job, &error);

  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) gr_monte_carlo_free);
}

static gboolean
progress_tick_cb (gpointer user_data)
{
  GrAnalysisPane *self = user_data;
  guint done = (guint) g_atomic_int_get (&self->done);
  g_autofree char *text = g_strdup_printf (_("%u of %u samples"), done, self->total);

  gtk_progress_bar_set_fraction (self->progress, self->total > 0 ? (double) done / self->total : 0);
  gtk_progress_bar_set_text (self->progress, text);
  return G_SOURCE_CONTINUE;
}

static void
finish_run (GrAnalysisPane *self)
{
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->cancellable);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), FALSE);
  set_running (self, FALSE);
}

/* @user_data: start()'s reference to the pane, dropped here */
static void
tornado_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GrAnalysisPane) self = user_data;
  g_autoptr(GError) error = NULL;
  GrSensitivity *tornado = g_task_propagate_pointer (G_TASK (result), &error);

  finish_run (self);
  if (tornado == NULL)
    {
      _gr_analysis_pane_set_status (self, g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
                        ? _("Tornado cancelled.") : error->message);
      return;
    }
  g_clear_pointer (&self->tornado, gr_sensitivity_free);
  g_clear_pointer (&self->tornado_chart, gr_chart_free);
  self->tornado = tornado;
  self->tornado_chart = gr_figure_tornado_new (gr_document_get_scenario (self->document), tornado);
  g_clear_pointer (&self->selected_input, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self->tornado_area), TRUE);
  gtk_widget_queue_draw (GTK_WIDGET (self->tornado_area));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tornado_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gr_chart_get_title (self->tornado_chart),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Up and Down choose an input; Enter goes to its lever."),
                                  -1);
  _gr_analysis_pane_set_status (self, _("Click a bar, or choose one with the arrow keys and press Enter, "
                      "to go to that input's lever."));
}

/* @user_data: start()'s reference to the pane, dropped here */
static void
monte_carlo_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GrAnalysisPane) self = user_data;
  g_autoptr(GError) error = NULL;
  GrMonteCarlo *mc = g_task_propagate_pointer (G_TASK (result), &error);

  finish_run (self);
  if (mc == NULL)
    {
      _gr_analysis_pane_set_status (self, g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
                        ? _("Monte Carlo cancelled.") : error->message);
      return;
    }
  g_clear_pointer (&self->monte_carlo, gr_monte_carlo_free);
  self->monte_carlo = mc;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MONTE_CARLO]);
  {
    g_autofree char *seed = g_strdup_printf ("%" G_GUINT64_FORMAT, mc->seed);
    g_autofree char *status = g_strdup_printf (_("Monte Carlo: %u samples, seed %s; values "
                                                 "show P10–P90."), mc->samples, seed);

    _gr_analysis_pane_set_status (self, status);
  }
  refresh_table (self);
}

static void
start (GrAnalysisPane      *self,
       Job                 *job,
       GTaskThreadFunc      thread_func,
       GAsyncReadyCallback  done)
{
  g_autoptr(GTask) task = NULL;
  guint samples = job->samples;

  if (self->running)
    {
      job_free (job);
      return;
    }
  self->cancellable = g_cancellable_new ();
  self->total = samples;
  g_atomic_int_set (&self->done, 0);
  /* The callback, not the task, holds the pane: the worker lets go of the
   * task after its function has returned, which may be after the
   * callback, and a pane whose window was closed meanwhile would then be
   * finalized on the worker thread with the task's source object. */
  task = g_task_new (NULL, self->cancellable, done, g_object_ref (self));
  g_task_set_task_data (task, job, job_free);
  set_running (self, TRUE);
  if (samples > 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->progress), TRUE);
      progress_tick_cb (self);
      self->progress_id = g_timeout_add (PROGRESS_INTERVAL_MS, progress_tick_cb, self);
      _gr_analysis_pane_set_status (self, _("Sampling every ranged input…"));
    }
  else
    _gr_analysis_pane_set_status (self, _("Moving each input to its low and its high end…"));
  g_task_run_in_thread (task, thread_func);
}

void
gr_analysis_pane_run_monte_carlo (GrAnalysisPane *self,
                                  guint           samples)
{
  gr_analysis_pane_run_monte_carlo_seeded (self, samples, GR_MONTE_CARLO_DEFAULT_SEED, 0);
}

void
gr_analysis_pane_run_monte_carlo_seeded (GrAnalysisPane *self,
                                         guint           samples,
                                         guint64         seed,
                                         guint           threads)
{
  Job *job;

  g_return_if_fail (GR_IS_ANALYSIS_PANE (self));
  g_return_if_fail (samples > 0);

  job = job_new (self, samples);
  job->seed = seed;
  job->threads = threads;
  start (self, job, monte_carlo_thread, monte_carlo_done_cb);
}

static void
tornado_action (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  GrAnalysisPane *self = GR_ANALYSIS_PANE (widget);

  start (self, job_new (self, 0), tornado_thread, tornado_done_cb);
}

static void
monte_carlo_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  gr_analysis_pane_run_monte_carlo (GR_ANALYSIS_PANE (widget), GR_MONTE_CARLO_DEFAULT_SAMPLES);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  GrAnalysisPane *self = GR_ANALYSIS_PANE (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

/* ------------------------------------------------------------------ */
/* Charts                                                              */

static void
draw_attribution_cb (GtkDrawingArea *area,
                     cairo_t        *cr,
                     int             width,
                     int             height,
                     gpointer        user_data)
{
  GrAnalysisPane *self = user_data;

  if (self->attribution != NULL)
    gr_chart_draw (self->attribution, cr, width, height);
}

/* ------------------------------------------------------------------ */

static void
document_changed_cb (GrAnalysisPane *self)
{
  /* Results of an earlier scenario would mislead: drop them. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->monte_carlo != NULL)
    {
      g_clear_pointer (&self->monte_carlo, gr_monte_carlo_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MONTE_CARLO]);
    }
  if (self->tornado_chart != NULL)
    {
      g_clear_pointer (&self->tornado, gr_sensitivity_free);
      g_clear_pointer (&self->tornado_chart, gr_chart_free);
      gtk_widget_set_visible (GTK_WIDGET (self->tornado_area), FALSE);
    }
  refresh_comparison (self);
}

static void
document_file_cb (GrAnalysisPane *self)
{
  g_clear_pointer (&self->opened, gr_scenario_free);
  self->opened = gr_scenario_copy (gr_document_get_scenario (self->document));
}

static GtkLabel *
cell (GrAnalysisPane *self,
      const char     *text,
      int             column,
      int             row)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
  gtk_label_set_wrap (GTK_LABEL (label), column == 0);
  gtk_widget_set_hexpand (label, column == 0);
  gtk_grid_attach (self->table, label, column, row, 1, 1);
  return GTK_LABEL (label);
}

static void
build_table (GrAnalysisPane *self)
{
  const char *headers[] = { _("Metric"), _("A: this scenario"), _("B"), _("B − A") };

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    gtk_widget_add_css_class (GTK_WIDGET (cell (self, headers[c], c, 0)), "heading");
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      cell (self, gr_metric_label (rows[r].label), 0, r + 1);
      for (guint c = 0; c < GR_ANALYSIS_N_COLUMNS; c++)
        self->cells[r][c] = cell (self, "", c + 1, r + 1);
    }
}

static void
build_choices (GrAnalysisPane *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  gtk_string_list_append (choices, _("Nothing"));
  gtk_string_list_append (choices, _("The scenario as opened"));
  self->bundled = gr_scenario_list_bundled ();
  for (guint i = 0; self->bundled[i] != NULL; i++)
    {
      g_autoptr(GrScenario) s = gr_scenario_load_bundled (self->bundled[i], NULL);

      gtk_string_list_append (choices, s != NULL && s->name != NULL ? s->name : self->bundled[i]);
    }
  gtk_string_list_append (choices, _("A file…"));
  gtk_drop_down_set_model (self->compare_dropdown, G_LIST_MODEL (choices));
  gtk_drop_down_set_selected (self->compare_dropdown, CHOICE_NONE);
  g_signal_connect_object (self->compare_dropdown, "notify::selected",
                           G_CALLBACK (compare_selected_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
gr_analysis_pane_new (GrDocument *document)
{
  GrAnalysisPane *self;

  g_return_val_if_fail (GR_IS_DOCUMENT (document), NULL);

  self = g_object_new (GR_TYPE_ANALYSIS_PANE, NULL);
  self->document = g_object_ref (document);
  document_file_cb (self);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::file", G_CALLBACK (document_file_cb), self,
                           G_CONNECT_SWAPPED);
  build_choices (self);
  refresh_table (self);
  return GTK_WIDGET (self);
}

const char *
gr_analysis_pane_get_cell (GrAnalysisPane   *self,
                           const char       *path,
                           GrAnalysisColumn  column)
{
  g_return_val_if_fail (GR_IS_ANALYSIS_PANE (self), NULL);
  g_return_val_if_fail (column < GR_ANALYSIS_N_COLUMNS, NULL);

  for (guint r = 0; path != NULL && r < G_N_ELEMENTS (rows); r++)
    if (g_str_equal (rows[r].path, path))
      return gtk_label_get_text (self->cells[r][column]);
  return NULL;
}

gboolean
gr_analysis_pane_get_running (GrAnalysisPane *self)
{
  g_return_val_if_fail (GR_IS_ANALYSIS_PANE (self), FALSE);
  return self->running;
}

guint
gr_analysis_pane_get_progress (GrAnalysisPane *self)
{
  g_return_val_if_fail (GR_IS_ANALYSIS_PANE (self), 0);
  return (guint) g_atomic_int_get (&self->done);
}

const char *
gr_analysis_pane_get_status (GrAnalysisPane *self)
{
  g_return_val_if_fail (GR_IS_ANALYSIS_PANE (self), NULL);
  return gtk_label_get_text (self->status_label);
}

static void
gr_analysis_pane_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GrAnalysisPane *self = GR_ANALYSIS_PANE (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;
    case PROP_OTHER:
      g_value_set_boxed (value, self->other);
      break;
    case PROP_MONTE_CARLO:
      g_value_set_boxed (value, self->monte_carlo);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

G_STATIC_ASSERT (G_N_ELEMENTS (rows) == GR_ANALYSIS_N_ROWS);

static void
gr_analysis_pane_dispose (GObject *object)
{
  GrAnalysisPane *self = GR_ANALYSIS_PANE (object);
  GtkWidget *child;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), GR_TYPE_ANALYSIS_PANE);
  /* The template's unnamed root box is not a bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (gr_analysis_pane_parent_class)->dispose (object);
}

static void
gr_analysis_pane_finalize (GObject *object)
{
  GrAnalysisPane *self = GR_ANALYSIS_PANE (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->opened, gr_scenario_free);
  g_clear_pointer (&self->bundled, g_strfreev);
  g_clear_pointer (&self->other, gr_scenario_free);
  g_clear_pointer (&self->other_metrics, gr_metrics_free);
  g_clear_pointer (&self->comparison, gr_comparison_free);
  g_clear_pointer (&self->attribution, gr_chart_free);
  g_clear_pointer (&self->tornado, gr_sensitivity_free);
  g_clear_pointer (&self->tornado_chart, gr_chart_free);
  g_clear_pointer (&self->monte_carlo, gr_monte_carlo_free);
  g_clear_pointer (&self->selected_input, g_free);

  G_OBJECT_CLASS (gr_analysis_pane_parent_class)->finalize (object);
}

static void
gr_analysis_pane_class_init (GrAnalysisPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = gr_analysis_pane_get_property;
  object_class->dispose = gr_analysis_pane_dispose;
  object_class->finalize = gr_analysis_pane_finalize;

  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OTHER] =
    g_param_spec_boxed ("other", NULL, NULL, GR_TYPE_SCENARIO,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MONTE_CARLO] =
    g_param_spec_boxed ("monte-carlo", NULL, NULL, GR_TYPE_MONTE_CARLO,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A tornado bar was clicked or activated: show the lever of its input
   * (the path, gr-scenario-walk.h); a handler returns TRUE when it did. */
  signals[INPUT_ACTIVATED] =
    g_signal_new ("input-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  g_signal_accumulator_true_handled, NULL, NULL,
                  G_TYPE_BOOLEAN, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/gr-analysis-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, GrAnalysisPane, compare_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GrAnalysisPane, table);
  gtk_widget_class_bind_template_child (widget_class, GrAnalysisPane, attribution_area);
  gtk_widget_class_bind_template_child (widget_class, GrAnalysisPane, tornado_area);
  gtk_widget_class_bind_template_child (widget_class, GrAnalysisPane, progress);
  gtk_widget_class_bind_template_child (widget_class, GrAnalysisPane, status_label);

  gtk_widget_class_install_action (widget_class, "analysis.tornado", NULL, tornado_action);
  gtk_widget_class_install_action (widget_class, "analysis.monte-carlo", NULL,
                                   monte_carlo_action);
  gtk_widget_class_install_action (widget_class, "analysis.cancel", NULL, cancel_action);
}

static void
gr_analysis_pane_init (GrAnalysisPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "analysis.cancel", FALSE);
  gtk_drawing_area_set_draw_func (self->attribution_area, draw_attribution_cb, self, NULL);
  _gr_analysis_pane_init_tornado (self);
  build_table (self);
}
