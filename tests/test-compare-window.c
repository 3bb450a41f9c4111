/* test-compare-window.c — a comparison in the window: headlines, map swap, tornado to lever
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (display suite), on the real window.  Waits on events
 * only (wait.h, display-fixture.h).
 */

#include "config.h"

#include <string.h>

#include "display-fixture.h"
#include "gr-analysis-pane.h"
#include "gr-dashboard.h"
#include "gr-headline-format.h"
#include "gr-map-editor.h"
#include "gr-overlay-layer.h"
#include "gr-scenario-io.h"
#include "gr-scenario-walk.h"
#include "gr-window-private.h"

typedef struct
{
  GrWindow *window;
  GrAnalysisPane *pane;
  GrDashboard *dashboard;
  GtkDropDown *dropdown;
} Fixture;

static gboolean
is_drop_down (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_DROP_DOWN (widget);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = gr_window_new (NULL);
  gtk_window_present (GTK_WINDOW (f->window));
  f->pane = GR_ANALYSIS_PANE (gtk_widget_get_last_child (f->window->side_box));
  g_assert_true (GR_IS_ANALYSIS_PANE (f->pane));
  f->dashboard = GR_DASHBOARD (gtk_widget_get_first_child (f->window->side_box));
  f->dropdown = GTK_DROP_DOWN (display_find (GTK_WIDGET (f->pane), is_drop_down, NULL));
  g_assert_nonnull (f->dropdown);
  display_wait_for_frame (GTK_WIDGET (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  display_drain ();
}

/* The drop-down's entry of a bundled scenario: after "Nothing" and "The
 * scenario as opened", the bundled ones in their listed order. */
static guint
bundled_choice (const char *name)
{
  g_auto(GStrv) names = gr_scenario_list_bundled ();

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return 2 + i;
  g_assert_not_reached ();
}

static GrHeadline *
composite_headline (Fixture *f)
{
  GrPanel *index = gr_dashboard_find_panel (f->dashboard, "index");

  g_assert_nonnull (index);
  return gr_panel_get_headline (index, 0);
}

/* Choosing a comparison in the drop-down puts B's value and B − A, with
 * its sign and arrow, under every headline; choosing nothing takes them
 * away. */
static void
test_headlines_show_b (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) a = gr_scenario_load_bundled ("baseline", &error);
  g_autoptr(GrScenario) b = gr_scenario_load_bundled ("reinforced", &error);
  g_autoptr(GrModel) model = gr_model_new_default (&error);
  g_autoptr(GrMetrics) ma = NULL;
  g_autoptr(GrMetrics) mb = NULL;
  g_autofree char *b_text = NULL;
  GrHeadline *headline = composite_headline (f);
  const char *line;
  guint n_panels;

  g_assert_no_error (error);
  ma = gr_model_evaluate (model, a);
  mb = gr_model_evaluate (model, b);
  /* The reinforced package is the stronger one (MODEL.md). */
  g_assert_cmpfloat (mb->index.composite, >, ma->index.composite);
  g_assert_null (gr_headline_get_compared_text (headline));

  gtk_drop_down_set_selected (f->dropdown, bundled_choice ("reinforced"));
  display_wait_for_frame (GTK_WIDGET (f->window));

  line = gr_headline_get_compared_text (headline);
  g_assert_nonnull (line);
  g_assert_nonnull (strstr (line, b->name));
  b_text = gr_headline_format_value (GR_HEADLINE_SCORE, mb->index.composite);
  g_assert_nonnull (strstr (line, b_text));
  /* B is higher: an upward arrow and a plus sign, not colour alone. */
  g_assert_nonnull (strstr (line, "▲ +"));

  /* Every panel's headlines have the line. */
  n_panels = gr_dashboard_get_n_panels (f->dashboard);
  for (guint p = 0; p < n_panels; p++)
    {
      GrPanel *panel = gr_dashboard_get_panel (f->dashboard, p);

      for (guint h = 0; h < gr_panel_get_n_headlines (panel); h++)
        g_assert_nonnull (gr_headline_get_compared_text (gr_panel_get_headline (panel, h)));
    }

  gtk_drop_down_set_selected (f->dropdown, 0);
  display_wait_for_frame (GTK_WIDGET (f->window));
  g_assert_null (gr_headline_get_compared_text (headline));
}

typedef struct
{
  GrOverlayLayer *layer;
  guint before;
} Rasters;

static gboolean
raster_drawn_since (gconstpointer data)
{
  const Rasters *rasters = data;

  return gr_overlay_layer_get_n_rasters (rasters->layer) > rasters->before;
}

/* The map's "A ⇄ B" toggle, and its shortcut, swap which scenario is
 * drawn solid; it exists only while comparing. */
static void
test_map_swap (Fixture       *f,
               gconstpointer  data)
{
  GrMapEditor *editor = gr_map_widget_get_editor (f->window->map);
  GrOverlayLayer *layer = gr_map_editor_get_layer (editor);
  Rasters rasters = { layer, 0 };

  g_assert_false (gr_overlay_layer_get_comparing (layer));
  /* Nothing to swap with: the shortcut leaves the map as it is. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.swap-comparison", NULL);
  g_assert_false (gr_overlay_layer_get_swapped (layer));

  gtk_drop_down_set_selected (f->dropdown, bundled_choice ("reinforced"));
  g_assert_true (gr_overlay_layer_get_comparing (layer));
  display_wait_for_frame (GTK_WIDGET (f->window));

  rasters.before = gr_overlay_layer_get_n_rasters (layer);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window->map),
                                             "map.swap-comparison", NULL));
  g_assert_true (gr_overlay_layer_get_swapped (layer));
  wait_until (raster_drawn_since, &rasters, "the map drawn swapped");

  /* The window's shortcut action swaps back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.swap-comparison",
                                             NULL));
  g_assert_false (gr_overlay_layer_get_swapped (layer));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.swap-comparison", NULL);
  g_assert_true (gr_overlay_layer_get_swapped (layer));
  /* No comparison, nothing swapped. */
  gtk_drop_down_set_selected (f->dropdown, 0);
  g_assert_false (gr_overlay_layer_get_comparing (layer));
  g_assert_false (gr_overlay_layer_get_swapped (layer));
}

static gboolean
pane_idle (gconstpointer data)
{
  return !gr_analysis_pane_get_running (GR_ANALYSIS_PANE ((gpointer) data));
}

typedef struct
{
  const char *path;
  GrQuantity *found;
} Find;

static void
find_cb (const char *path,
         GrQuantity *quantity,
         gpointer    user_data)
{
  Find *find = user_data;

  if (g_str_equal (path, find->path))
    find->found = quantity;
}

static gboolean
is_tornado (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_DRAWING_AREA (widget) && gtk_widget_get_focusable (widget);
}

static GtkEventController *
key_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        return GTK_EVENT_CONTROLLER (c);
    }
  return NULL;
}

static GrLeverRow *
focused_lever (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  if (focus == NULL)
    return NULL;
  return GR_LEVER_ROW (gtk_widget_get_ancestor (focus, GR_TYPE_LEVER_ROW));
}

static gboolean
lever_in_view (gconstpointer data)
{
  GtkWidget *lever = GTK_WIDGET ((gpointer) data);
  GtkWidget *scroller = gtk_widget_get_ancestor (lever, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  if (scroller == NULL || !gtk_widget_compute_bounds (lever, scroller, &bounds))
    return FALSE;
  return bounds.size.height > 0 && bounds.origin.y >= 0
         && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scroller);
}

/* Activating a tornado bar focuses its input's lever in the dashboard,
 * scrolled into view. */
static void
test_tornado_focuses_lever (Fixture       *f,
                            gconstpointer  data)
{
  GrDocument *document = f->window->document;
  GrLeverRow *lever = NULL;
  guint bar;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "analysis.tornado", NULL));
  wait_until (pane_idle, f->pane, "the tornado");

  /* The first bar whose input the dashboard has a lever for: a quantity. */
  for (bar = 0; bar < 12 && lever == NULL; bar++)
    {
      gr_analysis_pane_activate_bar (f->pane, bar);
      lever = focused_lever (f);
    }
  g_assert_nonnull (lever);
  bar--;

  /* The focused lever edits the very quantity the bar names. */
  {
    Find find = { gr_analysis_pane_get_selected_input (f->pane), NULL };

    GrScenario *scenario = (GrScenario *) gr_document_get_scenario (document);
    gpointer expected = NULL;

    gr_scenario_walk (scenario, GR_WALK_QUANTITIES, find_cb, &find);
    expected = find.found;
    /* An index weight is a choice, not a quantity: its lever edits it. */
    for (guint i = 0; expected == NULL && i < GR_N_INSTRUMENTS; i++)
      {
        g_autofree char *path = g_strdup_printf ("index.weights.%s", gr_instrument_to_string (i));

        if (g_str_equal (path, find.path))
          expected = &scenario->weights[i];
      }
    g_assert_nonnull (expected);
    g_assert_true (gr_lever_row_get_target (lever) == expected);
  }

  /* From the keyboard: the chart takes the focus; Enter on the chosen bar
   * goes to its lever again. */
  {
    GtkWidget *tornado = display_find (GTK_WIDGET (f->pane), is_tornado, NULL);
    GtkEventController *keys;
    gboolean handled = FALSE;

    g_assert_nonnull (tornado);
    keys = key_controller (tornado);
    g_assert_nonnull (keys);
    g_assert_true (gtk_widget_grab_focus (tornado));
    g_assert_null (focused_lever (f));
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Return, 0, 0, &handled);
    g_assert_true (handled);
    g_assert_true (focused_lever (f) == lever);
  }

  /* Scrolled to: the lever lies within the side area's view. */
  wait_until (lever_in_view, lever, "the lever scrolled into view");

  /* A commitment is a choice, not a number: its drop-down takes the focus
   * (the baseline's guarantors all swing the composite). */
  for (bar = 0; bar < 12; bar++)
    {
      const char *input;
      GtkWidget *focus, *choice;

      gr_analysis_pane_activate_bar (f->pane, bar);
      input = gr_analysis_pane_get_selected_input (f->pane);
      if (!g_str_has_suffix (input, ".commitment"))
        continue;
      focus = gtk_root_get_focus (GTK_ROOT (f->window));
      g_assert_nonnull (focus);
      choice = GTK_IS_DROP_DOWN (focus) ? focus : gtk_widget_get_ancestor (focus,
                                                                            GTK_TYPE_DROP_DOWN);
      g_assert_nonnull (choice);
      g_assert_cmpstr (gr_panel_get_input_tag (choice), ==, input);
      wait_until (lever_in_view, choice, "the choice scrolled into view");
      return;
    }
  g_assert_not_reached ();
}

static gboolean
monte_carlo_done (gconstpointer data)
{
  GrAnalysisPane *pane = GR_ANALYSIS_PANE ((gpointer) data);

  return !gr_analysis_pane_get_running (pane) && gr_analysis_pane_get_monte_carlo (pane) != NULL;
}

static void
scale_threat (GrScenario *scenario,
              gpointer    data)
{
  scenario->air_defense.threat[GR_THREAT_DRONE].per_month.value *= 2;
}

/* After a Monte Carlo run the headlines show their P10–P90 beside the
 * value ("0.30, 0.27–0.33"); an edit makes the run stale and takes the
 * ranges away. */
static void
test_headlines_show_range (Fixture       *f,
                           gconstpointer  data)
{
  GrHeadline *headline = composite_headline (f);
  const GrMonteCarloMetric *composite;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  g_autofree char *range = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (strstr (gr_headline_get_value_text (headline), ","));
  gr_analysis_pane_run_monte_carlo (f->pane, 40);
  wait_until (monte_carlo_done, f->pane, "the Monte Carlo run");

  composite = gr_monte_carlo_find (gr_analysis_pane_get_monte_carlo (f->pane),
                                   "index.composite");
  g_assert_nonnull (composite);
  g_assert_cmpfloat (composite->p10, <=, composite->p90);
  low = gr_headline_format_value (GR_HEADLINE_SCORE, composite->p10);
  high = gr_headline_format_value (GR_HEADLINE_SCORE, composite->p90);
  range = g_strdup_printf (", %s–%s", low, high);
  g_assert_true (g_str_has_suffix (gr_headline_get_value_text (headline), range));

  g_assert_true (gr_document_apply (f->window->document, "threat", scale_threat, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (gr_analysis_pane_get_monte_carlo (f->pane));
  g_assert_null (strstr (gr_headline_get_value_text (headline), ","));
}

int
main (int   argc,
      char *argv[])
{
  display_test_init (&argc, &argv);

  g_test_add ("/display/compare/headlines-show-b", Fixture, NULL, fixture_set_up,
              test_headlines_show_b, fixture_tear_down);
  g_test_add ("/display/compare/headlines-show-range", Fixture, NULL, fixture_set_up,
              test_headlines_show_range, fixture_tear_down);
  g_test_add ("/display/compare/map-swap", Fixture, NULL, fixture_set_up,
              test_map_swap, fixture_tear_down);
  g_test_add ("/display/compare/tornado-focuses-lever", Fixture, NULL, fixture_set_up,
              test_tornado_focuses_lever, fixture_tear_down);
  return g_test_run ();
}
