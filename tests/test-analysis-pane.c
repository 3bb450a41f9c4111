/* test-analysis-pane.c — compare columns fill, Monte Carlo runs and cancels
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (display suite).  Waits on the pane's own state (its
 * "running" property, the samples done), never on fixed sleeps.
 */

#include "config.h"

#include <adwaita.h>
#include <gtk/gtk.h>
#include <glib/gstdio.h>
#include <string.h>

#include "frame-wait.h"
#include "gr-analysis-pane.h"
#include "gr-chart-view.h"
#include "gr-dashboard.h"
#include "gr-headline-format.h"
#include "gr-resources.h"
#include "gr-scenario-io.h"
#include "gr-window-private.h"

static GrModel *model;

typedef struct
{
  GtkWidget *window;
  GrDocument *document;
  GrAnalysisPane *pane;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->document = gr_document_new_from_bundled (model, "baseline", &error);
  g_assert_no_error (error);
  f->pane = GR_ANALYSIS_PANE (gr_analysis_pane_new (f->document));
  f->window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->pane));
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_object_unref (f->document);
}

static GtkDropDown *
find_dropdown (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget))
    return GTK_DROP_DOWN (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkDropDown *found = find_dropdown (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
bundled_choice (const char *name)
{
  g_auto(GStrv) names = gr_scenario_list_bundled ();

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return i + 2;   /* after "Nothing" and "The scenario as opened" */
  g_assert_not_reached ();
}

/* Choosing a bundled scenario fills B and B − A; "as opened" gives no
 * change anywhere; "Nothing" empties the columns again. */
static void
test_compare_fills_columns (Fixture       *f,
                            gconstpointer  data)
{
  GtkDropDown *dropdown = find_dropdown (GTK_WIDGET (f->pane));
  g_autoptr(GrScenario) reinforced = NULL;
  g_autoptr(GrMetrics) metrics = NULL;
  g_autofree char *expected = NULL;
  const char *paths[] = { "index.composite", "index.pillars.guarantees", "funding.gap_busd" };

  g_assert_nonnull (dropdown);
  g_assert_cmpstr (gr_analysis_pane_get_cell (f->pane, "index.composite", GR_ANALYSIS_COLUMN_B),
                   ==, "");

  gtk_drop_down_set_selected (dropdown, bundled_choice ("reinforced"));
  reinforced = gr_scenario_load_bundled ("reinforced", NULL);
  metrics = gr_model_evaluate (model, reinforced);
  expected = gr_headline_format_value (GR_HEADLINE_SCORE, metrics->index.composite);
  g_assert_cmpstr (gr_analysis_pane_get_cell (f->pane, "index.composite", GR_ANALYSIS_COLUMN_B),
                   ==, expected);
  /* The reinforced package is stronger: an up arrow and a plus sign. */
  g_assert_true (g_str_has_prefix (gr_analysis_pane_get_cell (f->pane, "index.composite",
                                                              GR_ANALYSIS_COLUMN_DIFFERENCE),
                                   "▲ +"));
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    g_assert_cmpstr (gr_analysis_pane_get_cell (f->pane, paths[i], GR_ANALYSIS_COLUMN_B), !=, "");

  gtk_drop_down_set_selected (dropdown, 1);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_assert_cmpstr (gr_analysis_pane_get_cell (f->pane, paths[i], GR_ANALYSIS_COLUMN_B), ==,
                       gr_analysis_pane_get_cell (f->pane, paths[i], GR_ANALYSIS_COLUMN_A));
      g_assert_null (strstr (gr_analysis_pane_get_cell (f->pane, paths[i],
                                                        GR_ANALYSIS_COLUMN_DIFFERENCE), "▲"));
      g_assert_null (strstr (gr_analysis_pane_get_cell (f->pane, paths[i],
                                                        GR_ANALYSIS_COLUMN_DIFFERENCE), "▼"));
    }

  gtk_drop_down_set_selected (dropdown, 0);
  g_assert_cmpstr (gr_analysis_pane_get_cell (f->pane, "index.composite", GR_ANALYSIS_COLUMN_B),
                   ==, "");
}

static void
wait_while_running (GrAnalysisPane *pane)
{
  while (gr_analysis_pane_get_running (pane))
    g_main_context_iteration (NULL, TRUE);
}

/* A run ends with P10–P90 beside each value. */
static void
test_monte_carlo_completes (Fixture       *f,
                            gconstpointer  data)
{
  gr_analysis_pane_run_monte_carlo (f->pane, 24);
  g_assert_true (gr_analysis_pane_get_running (f->pane));
  wait_while_running (f->pane);
  g_assert_cmpuint (gr_analysis_pane_get_progress (f->pane), ==, 24);
  g_assert_nonnull (strstr (gr_analysis_pane_get_cell (f->pane, "index.composite",
                                                       GR_ANALYSIS_COLUMN_A), "–"));
}

/* Cancel stops a long run part way; the main loop turned all along. */
static void
test_monte_carlo_cancel (Fixture       *f,
                         gconstpointer  data)
{
  guint turns = 0;

  gr_analysis_pane_run_monte_carlo (f->pane, 100000);
  while (gr_analysis_pane_get_progress (f->pane) == 0)
    {
      g_main_context_iteration (NULL, TRUE);
      turns++;
    }
  g_assert_cmpuint (turns, >, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "analysis.cancel", NULL));
  wait_while_running (f->pane);
  g_assert_cmpuint (gr_analysis_pane_get_progress (f->pane), <, 100000);
  g_assert_nonnull (strstr (gr_analysis_pane_get_status (f->pane), "cancelled"));
  g_assert_null (strstr (gr_analysis_pane_get_cell (f->pane, "index.composite",
                                                    GR_ANALYSIS_COLUMN_A), "–"));
}

/* The last drawing area is the tornado's. */
static GtkWidget *
last_drawing_area (GtkWidget *widget)
{
  GtkWidget *found = GTK_IS_DRAWING_AREA (widget) ? widget : NULL;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *inner = last_drawing_area (c);

      if (inner != NULL)
        found = inner;
    }
  return found;
}

/* Clicking a bar of the tornado selects its input: press across the chart
 * until something is selected, and it must be one of the inputs. */
static void
test_tornado_click (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *area;
  GtkEventController *click = NULL;
  g_autoptr(GListModel) controllers = NULL;
  int width, height;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "analysis.tornado", NULL));
  wait_while_running (f->pane);
  area = last_drawing_area (GTK_WIDGET (f->pane));
  g_assert_true (gtk_widget_get_visible (area));
  one_frame (area);

  controllers = gtk_widget_observe_controllers (area);
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && click == NULL; i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (c))
        click = GTK_EVENT_CONTROLLER (c);
    }
  g_assert_nonnull (click);
  g_assert_null (gr_analysis_pane_get_selected_input (f->pane));

  width = gtk_widget_get_width (area);
  height = gtk_widget_get_height (area);
  for (int y = 0; y < height; y += 3)
    for (int x = width / 2; x < width; x += 6)
      if (gr_analysis_pane_get_selected_input (f->pane) == NULL)
        g_signal_emit_by_name (click, "pressed", 1, (double) x, (double) y);
  /* Whichever bar was hit, it names an input path, and the status says
   * which. */
  g_assert_nonnull (gr_analysis_pane_get_selected_input (f->pane));
  g_assert_nonnull (strchr (gr_analysis_pane_get_selected_input (f->pane), '.'));
  g_assert_nonnull (strstr (gr_analysis_pane_get_status (f->pane),
                            gr_analysis_pane_get_selected_input (f->pane)));
}

static GtkWidget *
find_chart_view (GtkWidget  *widget,
                 const char *id)
{
  if (GR_IS_CHART_VIEW (widget)
      && g_str_equal (gr_chart_view_get_chart_id (GR_CHART_VIEW (widget)), id))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_chart_view (c, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
chart_mentions (GrChartView *view,
                const char  *text)
{
  GrChart *chart = gr_chart_view_get_chart (view);
  g_autofree char *description = chart != NULL ? gr_chart_describe (chart) : NULL;

  return description != NULL && strstr (description, text) != NULL;
}

/* In the window, choosing B draws it as a ghost in the dashboard's charts,
 * and choosing nothing takes the ghost away. */
static void
test_window_charts_ghost (void)
{
  GrWindow *window = gr_window_new (NULL);
  GrAnalysisPane *pane;
  GrChartView *view;
  g_autoptr(GrScenario) reinforced = gr_scenario_load_bundled ("reinforced", NULL);
  g_autofree char *legend = g_strdup_printf ("B: %s", reinforced->name);

  gtk_window_present (GTK_WINDOW (window));
  pane = GR_ANALYSIS_PANE (gtk_widget_get_last_child (window->side_box));
  g_assert_true (GR_IS_ANALYSIS_PANE (pane));
  gr_dashboard_get_n_panels (GR_DASHBOARD (gtk_widget_get_first_child (window->side_box)));
  view = GR_CHART_VIEW (find_chart_view (window->side_box, "index"));

  gr_analysis_pane_compare_with (pane, reinforced);
  while (!chart_mentions (view, legend))
    g_main_context_iteration (NULL, TRUE);
  gr_analysis_pane_compare_with (pane, NULL);
  while (chart_mentions (view, legend))
    g_main_context_iteration (NULL, TRUE);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* The chart view's PNG export, read back. */
static GBytes *
export_chart (GrChartView *view,
              const char  *dir,
              const char  *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  gr_chart_view_export_async (view, file, 1280, 720, 1, NULL, NULL, NULL, export_done_cb,
                              &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gr_chart_view_export_finish (view, result, &error));
  g_assert_no_error (error);
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  return bytes;
}

static void
metric_clear (gpointer data)
{
  g_free (((GrMonteCarloMetric *) data)->path);
}

/* The view's export once it has a Monte Carlo of the one metric @path,
 * P10 @p10 and P90 @p90, as "ranged.png" in @dir. */
static GBytes *
export_ranged (GrChartView *view,
               const char  *dir,
               const char  *path,
               double       p10,
               double       p90)
{
  g_autoptr(GrMonteCarlo) mc = g_new0 (GrMonteCarlo, 1);
  GrMonteCarloMetric m = { g_strdup (path), (p10 + p90) / 2, p10, (p10 + p90) / 2, p90 };

  mc->samples = 1000;
  mc->metrics = g_array_new (FALSE, TRUE, sizeof (GrMonteCarloMetric));
  g_array_set_clear_func (mc->metrics, metric_clear);
  g_array_append_val (mc->metrics, m);
  gr_chart_view_set_monte_carlo (view, mc);
  return export_chart (view, dir, "ranged.png");
}

/* Removes the exports @names (NULL-terminated) and then @dir. */
static void
remove_exports (const char         *dir,
                const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

/* An exported chart shows what the screen does: with B set its file
 * differs from the one without, and so with Monte Carlo's ranges. */
static void
test_export_with_ghost (Fixture       *f,
                        gconstpointer  data)
{
  GrChartView *view = GR_CHART_VIEW (gr_chart_view_new (f->document, "index", FALSE));
  g_autoptr(GrScenario) reinforced = gr_scenario_load_bundled ("reinforced", NULL);
  g_autofree char *dir = g_dir_make_tmp ("test-analysis-pane-XXXXXX", NULL);
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) ghost = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GBytes) ranged = NULL;
  g_autofree char *pillar = g_strdup_printf ("index.pillars.%s", gr_instrument_to_string (0));

  g_assert_nonnull (dir);
  g_object_ref_sink (view);
  plain = export_chart (view, dir, "plain.png");
  gr_chart_view_set_comparison (view, reinforced);
  ghost = export_chart (view, dir, "ghost.png");
  g_assert_false (g_bytes_equal (plain, ghost));
  gr_chart_view_set_comparison (view, NULL);
  again = export_chart (view, dir, "again.png");
  g_assert_true (g_bytes_equal (plain, again));

  ranged = export_ranged (view, dir, pillar, 0.1, 0.7);
  g_assert_false (g_bytes_equal (plain, ranged));

  g_object_unref (view);
  remove_exports (dir, (const char *[]) { "plain.png", "ghost.png", "again.png", "ranged.png",
                                          NULL });
}

/* The per-year charts take the run's series too: the readiness chart's
 * export changes with a range on one of its years, the year the
 * document's metrics have first. */
static void
test_export_series_ranges (Fixture       *f,
                           gconstpointer  data)
{
  GrChartView *view = GR_CHART_VIEW (gr_chart_view_new (f->document, "readiness", FALSE));
  const GrMetrics *metrics = gr_document_get_metrics (f->document);
  g_autofree char *dir = g_dir_make_tmp ("test-analysis-pane-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) ranged = NULL;
  const GrReadinessYear *year;

  g_assert_nonnull (dir);
  g_assert_nonnull (metrics);
  g_assert_cmpuint (metrics->readiness.by_year->len, >, 0);
  year = &g_array_index (metrics->readiness.by_year, GrReadinessYear, 0);
  path = g_strdup_printf ("readiness.by_year.%d.trained", year->year);
  g_object_ref_sink (view);
  plain = export_chart (view, dir, "plain.png");
  ranged = export_ranged (view, dir, path, year->trained * 0.8, year->trained * 1.2);
  g_assert_false (g_bytes_equal (plain, ranged));

  g_object_unref (view);
  remove_exports (dir, (const char *[]) { "plain.png", "ranged.png", NULL });
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  /* The real window loads SVG icons: keep the system's MIME data. */
  g_content_type_set_mime_dirs (NULL);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  gtk_init ();
  adw_init ();
  gr_register_resource ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  model = gr_model_new_default (&error);
  g_assert_no_error (error);

  g_test_add ("/display/analysis/compare-fills-columns", Fixture, NULL, fixture_set_up,
              test_compare_fills_columns, fixture_tear_down);
  g_test_add ("/display/analysis/monte-carlo-completes", Fixture, NULL, fixture_set_up,
              test_monte_carlo_completes, fixture_tear_down);
  g_test_add ("/display/analysis/tornado-click", Fixture, NULL, fixture_set_up,
              test_tornado_click, fixture_tear_down);
  g_test_add_func ("/display/analysis/window-charts-ghost", test_window_charts_ghost);
  g_test_add ("/display/analysis/export-series-ranges", Fixture, NULL, fixture_set_up,
              test_export_series_ranges, fixture_tear_down);
  g_test_add ("/display/analysis/export-with-ghost", Fixture, NULL, fixture_set_up,
              test_export_with_ghost, fixture_tear_down);
  g_test_add ("/display/analysis/monte-carlo-cancel", Fixture, NULL, fixture_set_up,
              test_monte_carlo_cancel, fixture_tear_down);

  ret = g_test_run ();
  gr_model_unref (model);
  return ret;
}
