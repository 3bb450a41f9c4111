/* test-dashboard.c — the side panels: built for the baseline, levers edit, views follow
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (display suite) on the real window.  Levers are moved the
 * way a user moves them: text typed into a spin button and Enter pressed,
 * a country code typed into a list's add form, a remove button clicked.
 * Warnings and criticals are fatal under GTest, so a test that passes also
 * built and updated every panel without one.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#include "frame-wait.h"
#include "gr-dashboard.h"
#include "gr-figures.h"
#include "gr-format.h"
#include "gr-map-editor.h"
#include "gr-resources.h"
#include "gr-window-private.h"

#include "display-fixture.h"
#include "tmp-dir.h"

static GrWindow *
new_window (void)
{
  GrWindow *window = gr_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  gtk_window_present (GTK_WINDOW (window));
  display_drain ();
  return window;
}

static GrDashboard *
window_dashboard (GrWindow *window)
{
  GtkWidget *child = gtk_widget_get_first_child (window->side_box);

  g_assert_true (GR_IS_DASHBOARD (child));
  return GR_DASHBOARD (child);
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_chart_view (GtkWidget     *widget,
               gconstpointer  data)
{
  return GR_IS_CHART_VIEW (widget);
}

static gboolean
is_entry (GtkWidget     *widget,
          gconstpointer  data)
{
  return GTK_IS_ENTRY (widget);
}

static gboolean
is_button_tipped (GtkWidget     *widget,
                  gconstpointer  tip)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tip) == 0;
}

static gboolean
is_spin_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_SPIN_BUTTON (widget);
}

static gboolean
is_text (GtkWidget     *widget,
         gconstpointer  data)
{
  return GTK_IS_TEXT (widget);
}

/* Types @text into @spin and presses Enter (activates its text field). */
static void
type_into_spin (GtkSpinButton *spin,
                const char    *text)
{
  GtkWidget *field = display_find (GTK_WIDGET (spin), is_text, NULL);

  g_assert_nonnull (field);
  gtk_widget_grab_focus (GTK_WIDGET (spin));
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  /* What GtkText does on Enter. */
  g_signal_emit_by_name (field, "activate");
  display_drain ();
}

static void
test_baseline_panels (void)
{
  GrWindow *window = new_window ();
  GrDashboard *dashboard = window_dashboard (window);
  static const char * const ids[] = {
    "index", "guarantees", "funding", "industry", "presence", "danish", "air", "maritime",
    "readiness",
  };

  g_assert_cmpuint (gr_dashboard_get_n_panels (dashboard), ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      GrPanel *panel = gr_dashboard_get_panel (dashboard, i);

      g_assert_cmpstr (gr_panel_get_id (panel), ==, ids[i]);
      g_assert_true (gr_dashboard_find_panel (dashboard, ids[i]) == panel);
      g_assert_cmpuint (gr_panel_get_n_headlines (panel), >, 0);
      /* The baseline has data for every headline: none prints "no value". */
      for (guint h = 0; h < gr_panel_get_n_headlines (panel); h++)
        {
          const char *text = gr_headline_get_value_text (gr_panel_get_headline (panel, h));

          g_assert_nonnull (text);
          g_assert_cmpstr (text, !=, "—");
        }
    }

  /* Every chart view drew a chart with data, and can say what it shows. */
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      GtkWidget *panel = GTK_WIDGET (gr_dashboard_get_panel (dashboard, i));
      GtkWidget *view = display_find (panel, is_chart_view, NULL);
      g_autofree char *description = NULL;

      if (view == NULL)
        continue;
      g_assert_nonnull (gr_chart_view_get_chart (GR_CHART_VIEW (view)));
      g_assert_false (gr_chart_is_empty (gr_chart_view_get_chart (GR_CHART_VIEW (view))));
      description = gr_chart_describe (gr_chart_view_get_chart (GR_CHART_VIEW (view)));
      g_assert_cmpuint (strlen (description), >, 40);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  display_drain ();
}

/* trained(t + 1) = trained(t) × (1 − separations) + 12 × monthly rate,
 * MODEL.md's trajectory, written out again here. */
static double
trained_after (const GrReadiness *r,
               double             per_month)
{
  double trained = r->trained_abroad.value;

  for (int year = 0; year < r->horizon_years; year++)
    trained = trained * (1 - r->separations_per_year.value) + 12 * per_month;
  return trained;
}

static void
test_lever_updates_views (void)
{
  GrWindow *window = new_window ();
  GrDocument *document = gr_window_get_document (window);
  GrPanel *panel = gr_dashboard_find_panel (window_dashboard (window), "readiness");
  GtkWidget *row = display_find (GTK_WIDGET (panel), is_row_titled, "Trained a month");
  GrChartView *view = GR_CHART_VIEW (display_find (GTK_WIDGET (panel), is_chart_view, NULL));
  GrHeadline *headline = NULL;
  const GrReadiness *readiness = &gr_document_get_scenario (document)->readiness;
  double before = readiness->trained_per_month.value;
  /* Inside the sourced range, which the lever enforces: halfway up, or
   * halfway down when the value is already at the top. */
  double top = gr_quantity_has_range (&readiness->trained_per_month)
               ? readiness->trained_per_month.high : before + 2000;
  double after = round (top > before ? (before + top) / 2 : (readiness->trained_per_month.low + before) / 2);
  /* Typed as the spin button shows numbers, with a thousands separator. */
  g_autofree char *typed = gr_format_count (after);
  g_autofree char *description_before = NULL;
  g_autofree char *description_after = NULL;
  g_autofree char *expected_text = NULL;
  g_autofree char *title = NULL;
  double expected;

  g_assert_true (GR_IS_LEVER_ROW (row));
  g_assert_nonnull (view);
  g_assert_false (gr_document_get_can_undo (document));

  /* Hovering the lever names the value's source, by its title in the
   * scenario's source list, and its range. */
  {
    const GrScenario *scenario = gr_document_get_scenario (document);
    const char *tooltip = gtk_widget_get_tooltip_text (row);
    const char *source = readiness->trained_per_month.source;

    g_assert_nonnull (tooltip);
    if (source == NULL)
      g_assert_true (g_str_has_prefix (tooltip, "Assumption"));
    for (guint i = 0; source != NULL && i < scenario->sources->len; i++)
      {
        const GrSource *entry = &g_array_index (scenario->sources, GrSource, i);

        if (g_strcmp0 (entry->id, source) == 0 && entry->title != NULL)
          g_assert_nonnull (strstr (tooltip, entry->title));
      }
    if (gr_quantity_has_range (&readiness->trained_per_month))
      g_assert_nonnull (strstr (tooltip, "Range"));
  }

  /* The headline of the trained force at the end of the horizon. */
  title = g_strdup_printf ("Trained by %d", readiness->start_year + readiness->horizon_years);
  for (guint h = 0; h < gr_panel_get_n_headlines (panel); h++)
    {
      GtkWidget *candidate = GTK_WIDGET (gr_panel_get_headline (panel, h));
      GtkWidget *label = gtk_widget_get_first_child (gtk_widget_get_first_child (candidate));

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), title) == 0)
        headline = GR_HEADLINE (candidate);
    }
  g_assert_nonnull (headline);
  expected_text = gr_headline_format_value (GR_HEADLINE_ESTIMATE, trained_after (readiness, before));
  g_assert_cmpstr (gr_headline_get_value_text (headline), ==, expected_text);
  g_clear_pointer (&expected_text, g_free);
  description_before = gr_chart_describe (gr_chart_view_get_chart (view));

  type_into_spin (gr_lever_row_get_spin_button (GR_LEVER_ROW (row)), typed);

  /* The scenario took the value, as one undoable step named by the lever. */
  readiness = &gr_document_get_scenario (document)->readiness;
  g_assert_cmpfloat (readiness->trained_per_month.value, ==, after);
  g_assert_true (gr_document_get_can_undo (document));
  g_assert_cmpstr (gr_document_get_undo_label (document), ==, "Trained a month");

  /* The headline shows the new total and the change the edit made. */
  expected = trained_after (readiness, after);
  expected_text = gr_headline_format_value (GR_HEADLINE_ESTIMATE, expected);
  g_assert_cmpstr (gr_headline_get_value_text (headline), ==, expected_text);
  g_clear_pointer (&expected_text, g_free);
  expected_text = gr_headline_format_change (GR_HEADLINE_ESTIMATE,
                                             trained_after (readiness, before), expected);
  g_assert_nonnull (expected_text);
  g_assert_true (g_str_has_prefix (expected_text, after > before ? "▲" : "▼"));
  g_assert_cmpstr (gr_headline_get_change_text (headline), ==, expected_text);
  g_clear_pointer (&expected_text, g_free);

  /* The chart was rebuilt from the new metrics and states the new total. */
  description_after = gr_chart_describe (gr_chart_view_get_chart (view));
  g_assert_cmpstr (description_after, !=, description_before);
  expected_text = gr_headline_format_value (GR_HEADLINE_COUNT, expected);
  g_assert_nonnull (strstr (description_after, expected_text));
  g_clear_pointer (&expected_text, g_free);

  /* Undo puts the old value back into the spin button without the update
   * being sent back as a new edit (redo stays possible). */
  g_assert_true (gr_document_undo (document));
  display_drain ();
  g_assert_cmpfloat (gtk_spin_button_get_value (gr_lever_row_get_spin_button (GR_LEVER_ROW (row))),
                     ==, before);
  g_assert_false (gr_document_get_can_undo (document));
  g_assert_true (gr_document_get_can_redo (document));
  /* Back at the scenario as opened: no change is marked. */
  g_assert_null (gr_headline_get_change_text (headline));

  gtk_window_destroy (GTK_WINDOW (window));
  display_drain ();
}

static void
set_unranged_rate (GrScenario *scenario,
                   gpointer    data)
{
  GrQuantity *rate = &scenario->readiness.trained_per_month;

  rate->value = *(const double *) data;
  rate->low = rate->high = NAN;
}

/* A lever accepts what the scenario check accepts: a training rate of
 * 60,000 a month (the checker's bound is ten million, docs/scenario-format)
 * is shown as it is, not cut to the slider's end, and can be typed. */
static void
test_lever_range_is_checker_range (void)
{
  GrWindow *window = new_window ();
  GrDocument *document = gr_window_get_document (window);
  GrPanel *panel = gr_dashboard_find_panel (window_dashboard (window), "readiness");
  GtkWidget *row = display_find (GTK_WIDGET (panel), is_row_titled, "Trained a month");
  GtkSpinButton *spin = gr_lever_row_get_spin_button (GR_LEVER_ROW (row));
  GtkRange *slider = gr_lever_row_get_slider (GR_LEVER_ROW (row));
  double rate = 60000;
  g_autoptr(GError) error = NULL;

  g_assert_true (gr_document_apply (document, "rate", set_unranged_rate, &rate, &error));
  g_assert_no_error (error);
  display_drain ();
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 60000);
  g_assert_cmpfloat (gtk_adjustment_get_upper (gtk_spin_button_get_adjustment (spin)), ==, 1e7);
  g_assert_cmpfloat (gtk_range_get_value (slider), ==, 60000);

  type_into_spin (spin, "2500000");
  g_assert_cmpfloat (gr_document_get_scenario (document)->readiness.trained_per_month.value,
                     ==, 2500000);
  /* Beyond the checker's bound the field takes nothing. */
  type_into_spin (spin, "20000000");
  g_assert_cmpfloat (gr_document_get_scenario (document)->readiness.trained_per_month.value,
                     ==, 2500000);

  gtk_window_destroy (GTK_WINDOW (window));
  display_drain ();
}

/* Typed into a lever and confirmed with Enter, the value is the
 * scenario's: the field keeps no typing to undo, so Ctrl+Z (bound to
 * the field's "text.undo" first) reaches the window and the scenario. */
static void
test_undo_after_enter (void)
{
  GrWindow *window = new_window ();
  GrDocument *document = gr_window_get_document (window);
  GrPanel *panel = gr_dashboard_find_panel (window_dashboard (window), "readiness");
  GtkWidget *row = display_find (GTK_WIDGET (panel), is_row_titled, "Trained a month");
  GtkSpinButton *spin = gr_lever_row_get_spin_button (GR_LEVER_ROW (row));
  GtkWidget *field = display_find (GTK_WIDGET (spin), is_text, NULL);
  const GrQuantity *rate = &gr_document_get_scenario (document)->readiness.trained_per_month;
  double before = rate->value;
  /* Inside the range the lever enforces, and not the value it has. */
  double after = gr_quantity_has_range (rate) ? round ((rate->low + rate->high) / 2) : before + 1000;
  g_autofree char *typed = g_strdup_printf ("%.0f", after == before ? after + 1 : after);
  g_autofree char *shown = NULL;
  int position = 0;

  gtk_widget_grab_focus (GTK_WIDGET (spin));
  /* Typed key by key, as GtkText records it in its history. */
  gtk_editable_delete_text (GTK_EDITABLE (field), 0, -1);
  gtk_editable_insert_text (GTK_EDITABLE (field), typed, -1, &position);
  g_signal_emit_by_name (field, "activate");
  display_drain ();
  g_assert_cmpfloat (gr_document_get_scenario (document)->readiness.trained_per_month.value,
                     ==, g_ascii_strtod (typed, NULL));
  shown = g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin)));

  /* The field's undo has nothing left: the text stays the committed value. */
  gtk_widget_activate_action (field, "text.undo", NULL);
  display_drain ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, shown);
  g_assert_true (gr_document_get_can_undo (document));

  /* The window's undo takes the scenario back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  display_drain ();
  g_assert_cmpfloat (gr_document_get_scenario (document)->readiness.trained_per_month.value,
                     ==, before);

  gtk_window_destroy (GTK_WINDOW (window));
  display_drain ();
}

static void
test_list_add_remove (void)
{
  GrWindow *window = new_window ();
  GrDocument *document = gr_window_get_document (window);
  GrPanel *panel = gr_dashboard_find_panel (window_dashboard (window), "funding");
  GtkWidget *list = display_find (GTK_WIDGET (panel), is_row_titled, "Pledges by donor and year");
  GrHeadline *gap = gr_panel_get_headline (panel, 0);
  GtkWidget *entry;
  GtkWidget *year;
  GtkWidget *remove;
  guint n_pledges = gr_document_get_scenario (document)->pledges->len;
  const GArray *years = gr_document_get_metrics (document)->funding.years;
  guint first = 0;
  double gap_before;
  int first_year;
  g_autofree char *expected = NULL;
  const GrPledge *added;

  /* The headline's year: the first with a need (the Danish fund's
   * earlier years have money but no need). */
  while (first < years->len && g_array_index (years, GrFundingYear, first).need_busd <= 0)
    first++;
  g_assert_cmpuint (first, <, years->len);
  gap_before = g_array_index (years, GrFundingYear, first).gap_busd;
  first_year = g_array_index (years, GrFundingYear, first).year;

  g_assert_true (GR_IS_LIST_ROW (list));
  g_assert_cmpuint (gr_list_row_get_n_items (GR_LIST_ROW (list)), ==, n_pledges);
  entry = display_find (list, is_entry, NULL);
  g_assert_nonnull (entry);
  /* The year spin button sits after the entry in the add form. */
  year = display_find (gtk_widget_get_parent (entry), is_spin_button, NULL);
  g_assert_nonnull (year);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (year), first_year);
  gtk_editable_set_text (GTK_EDITABLE (entry), "no");
  /* Enter in the code field adds the item. */
  g_signal_emit_by_name (entry, "activate");
  display_drain ();

  /* A new $1B allocation from Norway for the first year. */
  g_assert_cmpuint (gr_document_get_scenario (document)->pledges->len, ==, n_pledges + 1);
  added = &g_array_index (gr_document_get_scenario (document)->pledges, GrPledge, n_pledges);
  g_assert_cmpstr (added->donor, ==, "NO");
  g_assert_cmpint (added->year, ==, first_year);
  g_assert_cmpuint (gr_list_row_get_n_items (GR_LIST_ROW (list)), ==, n_pledges + 1);
  /* The gap shrinks by the dollar billion allocated. */
  expected = gr_headline_format_value (GR_HEADLINE_BUSD, gap_before - 1);
  g_assert_cmpstr (gr_headline_get_value_text (gap), ==, expected);
  g_assert_cmpstr (gr_headline_get_change_text (gap), ==, "▼ $1B");
  g_clear_pointer (&expected, g_free);

  /* Clicking the new item's remove button takes it out again. */
  {
    g_autofree char *tip = g_strdup_printf ("Remove “NO %d allocated”", first_year);

    remove = display_find (list, is_button_tipped, tip);
  }
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  display_drain ();
  g_assert_cmpuint (gr_document_get_scenario (document)->pledges->len, ==, n_pledges);
  g_assert_cmpuint (gr_list_row_get_n_items (GR_LIST_ROW (list)), ==, n_pledges);
  expected = gr_headline_format_value (GR_HEADLINE_BUSD, gap_before);
  g_assert_cmpstr (gr_headline_get_value_text (gap), ==, expected);

  gtk_window_destroy (GTK_WINDOW (window));
  display_drain ();
}

static gboolean
is_drop_down (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_DROP_DOWN (widget);
}

static void
test_commitment_choice (void)
{
  GrWindow *window = new_window ();
  GrDocument *document = gr_window_get_document (window);
  GrPanel *panel = gr_dashboard_find_panel (window_dashboard (window), "guarantees");
  GtkWidget *list = display_find (GTK_WIDGET (panel), is_row_titled, "Guarantor states");
  GtkWidget *choice = display_find (list, is_drop_down, NULL);
  GrHeadline *strength = gr_panel_get_headline (panel, 0);

  g_assert_nonnull (choice);
  /* The first guarantor commits to respond automatically, "Article 5-like":
   * the strongest commitment, weight 1, halved by its 30-day response
   * (the reference delay, 30 days): 1 × 30 / (30 + 30) = 0.50, up from
   * 0.2 × 0.5 = 0.10 for assistance. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), GR_COMMITMENT_AUTOMATIC);
  display_drain ();
  g_assert_cmpint (g_array_index (gr_document_get_scenario (document)->guarantors,
                                  GrGuarantor, 0).commitment, ==, GR_COMMITMENT_AUTOMATIC);
  g_assert_cmpstr (gr_document_get_undo_label (document), ==, "Change commitment");
  g_assert_cmpstr (gr_headline_get_value_text (strength), ==, "0.50");

  gtk_window_destroy (GTK_WINDOW (window));
  display_drain ();
}

static void
test_copy_image (void)
{
  GrWindow *window = new_window ();
  GrPanel *panel = gr_dashboard_find_panel (window_dashboard (window), "funding");
  GtkWidget *view = display_find (GTK_WIDGET (panel), is_chart_view, NULL);
  GdkContentFormats *formats;

  g_assert_true (gtk_widget_activate_action (view, "chart.copy", NULL));
  display_drain ();
  formats = gdk_clipboard_get_formats (gtk_widget_get_clipboard (view));
  g_assert_true (gdk_content_formats_contain_gtype (formats, GDK_TYPE_TEXTURE));

  gtk_window_destroy (GTK_WINDOW (window));
  display_drain ();
}

static gboolean
is_label_showing (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static void
count_cb (gpointer  object,
          gpointer  pspec,
          guint    *count)
{
  (*count)++;
}

/* A value that shows as before (most headlines, on most steps of a drag)
 * leaves the label alone: no notification, the same laid-out text. */
static void
test_headline_unchanged (void)
{
  GtkWidget *widget = gr_headline_new ("Trained", NULL, GR_HEADLINE_COUNT, TRUE);
  GrHeadline *headline = GR_HEADLINE (g_object_ref_sink (widget));
  g_autoptr(PangoLayout) layout = NULL;
  GtkWidget *label;
  guint notified = 0;

  gr_headline_set_value (headline, 100000);
  gr_headline_set_value (headline, 110000);
  label = display_find (widget, is_label_showing, "110,000");
  g_assert_nonnull (label);
  layout = g_object_ref (gtk_label_get_layout (GTK_LABEL (label)));
  g_signal_connect (label, "notify", G_CALLBACK (count_cb), &notified);

  /* 110,000.4 shows as 110,000 too */
  gr_headline_set_value (headline, 110000.4);
  gr_headline_set_value (headline, 110000);
  g_assert_cmpuint (notified, ==, 0);
  g_assert_true (gtk_label_get_layout (GTK_LABEL (label)) == layout);
  g_assert_cmpstr (gr_headline_get_change_text (headline), ==, "▲ 10,000");

  /* a new value does show */
  gr_headline_set_value (headline, 120000);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "120,000");
  g_assert_cmpuint (notified, >, 0);
  g_assert_cmpstr (gr_headline_get_change_text (headline), ==, "▲ 20,000");

  g_object_unref (headline);
}

typedef struct
{
  GrWindow *window;
  GtkWidget *territory;        /* the territory-covered headline */
} DragShown;

static gboolean
is_headline_titled (GtkWidget     *widget,
                    gconstpointer  title)
{
  return GR_IS_HEADLINE (widget) && display_find (widget, is_label_showing, title) != NULL;
}

/* Whether every chart shows the document's data as it is, and the
 * territory headline its final value. */
static gboolean
panels_show_document (gconstpointer data)
{
  const DragShown *shown = data;
  GrDocument *doc = gr_window_get_document (shown->window);
  const GrScenario *scenario = gr_document_get_scenario (doc);
  const GrMetrics *metrics = gr_document_get_metrics (doc);
  g_autofree char *territory = gr_headline_format_value (GR_HEADLINE_PERCENT,
                                                         metrics->air_defense.territory_covered_pct);
  gboolean all = g_strcmp0 (gr_headline_get_value_text (GR_HEADLINE (shown->territory)),
                            territory) == 0;
  GtkWidget *side = shown->window->side_box;
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  /* every chart view, shown or not */
  for (GtkWidget *w = display_find (side, is_chart_view, NULL); w != NULL;)
    {
      GtkWidget *next = NULL;

      g_ptr_array_add (views, w);
      /* the next view after @w in depth-first order */
      for (GtkWidget *up = w; up != NULL && up != side && next == NULL; up = gtk_widget_get_parent (up))
        for (GtkWidget *sib = gtk_widget_get_next_sibling (up); sib != NULL && next == NULL;
             sib = gtk_widget_get_next_sibling (sib))
          next = display_find (sib, is_chart_view, NULL);
      w = next;
    }
  g_assert_cmpuint (views->len, >, 3);
  for (guint i = 0; i < views->len && all; i++)
    {
      GrChartView *view = views->pdata[i];
      GrChart *chart = gr_figure_new_by_id (gr_chart_view_get_chart_id (view), scenario, metrics);
      g_autofree char *fresh = NULL;
      g_autofree char *on_screen = NULL;

      if (gr_chart_view_get_compact (view))
        gr_chart_set_subtitle (chart, NULL);
      fresh = gr_chart_describe (chart);
      on_screen = gr_chart_describe (gr_chart_view_get_chart (view));
      all = g_strcmp0 (fresh, on_screen) == 0;
      gr_chart_free (chart);
    }
  return all;
}

/* A drag on the map, as the map drives it: one edit bracket, one step a
 * frame.  While it lasts, the panels may take turns; once it is over,
 * every chart, shown or not, and the headlines show the final
 * document. */
static void
test_panels_after_drag (void)
{
  GrWindow *window = new_window ();
  GrDocument *doc = gr_window_get_document (window);
  GrEditItem battery = { GR_EDIT_ITEM_BATTERY, 7, 0 };
  DragShown shown = { window, NULL };
  GrLonLat from;
  g_autofree char *before = NULL;

  gr_dashboard_get_n_panels (window_dashboard (window));
  display_drain ();
  shown.territory = display_find (window->side_box, is_headline_titled,
                                  gr_metric_label (GR_METRIC_TERRITORY_COVERED));
  g_assert_nonnull (shown.territory);
  before = g_strdup (gr_headline_get_value_text (GR_HEADLINE (shown.territory)));

  from = g_array_index (gr_document_get_scenario (doc)->air_defense.batteries, GrBattery, 7).position;
  gr_document_begin_edit (doc, "Drag on the map");
  /* Kharkiv's battery eastward, out of Ukraine: less territory covered */
  for (int i = 1; i <= 8; i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (gr_edit_move (doc, &battery, (GrLonLat) { from.lon + 0.6 * i, from.lat },
                                   &error));
      g_assert_no_error (error);
      display_wait_for_frame (GTK_WIDGET (window));
    }
  gr_document_end_edit (doc);

  wait_until (panels_show_document, &shown, "the panels to show the dropped battery");
  g_assert_cmpstr (gr_headline_get_value_text (GR_HEADLINE (shown.territory)), !=, before);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_headline_change (void)
{
  GtkWidget *widget = gr_headline_new ("Trained", NULL, GR_HEADLINE_COUNT, TRUE);
  GrHeadline *headline = GR_HEADLINE (g_object_ref_sink (widget));

  /* The first value, the scenario as opened, has no change; every later
   * one shows its change from it, whatever came between. */
  gr_headline_set_value (headline, 100000);
  g_assert_cmpstr (gr_headline_get_value_text (headline), ==, "100,000");
  g_assert_null (gr_headline_get_change_text (headline));
  gr_headline_set_value (headline, 110000);
  g_assert_cmpstr (gr_headline_get_change_text (headline), ==, "▲ 10,000");
  gr_headline_set_value (headline, 125000);
  g_assert_cmpstr (gr_headline_get_change_text (headline), ==, "▲ 25,000");
  gr_headline_set_value (headline, 94000);
  g_assert_cmpstr (gr_headline_get_change_text (headline), ==, "▼ 6,000");

  /* Back to the value as opened (an undo to the start): no change shown. */
  gr_headline_set_value (headline, 100000);
  g_assert_null (gr_headline_get_change_text (headline));

  /* With a comparison scenario B, a line of its own shows B and B − A
   * with sign and arrow (130,000 − 100,000); the change stays the change
   * since the scenario was opened. */
  gr_headline_set_compared (headline, "Reinforced", 130000);
  gr_headline_set_value (headline, 100000);
  g_assert_null (gr_headline_get_change_text (headline));
  g_assert_cmpstr (gr_headline_get_compared_text (headline), ==,
                   "B (Reinforced): 130,000\nB − A: ▲ +30,000");
  gr_headline_set_value (headline, 140000);
  g_assert_cmpstr (gr_headline_get_compared_text (headline), ==,
                   "B (Reinforced): 130,000\nB − A: ▼ −10,000");
  gr_headline_set_value (headline, 130000);
  g_assert_cmpstr (gr_headline_get_compared_text (headline), ==,
                   "B (Reinforced): 130,000\nB − A: = no change");
  gr_headline_set_compared (headline, NULL, 0);
  gr_headline_set_value (headline, 100000);
  g_assert_null (gr_headline_get_change_text (headline));
  g_assert_null (gr_headline_get_compared_text (headline));

  /* After a load nothing is compared. */
  gr_headline_forget (headline);
  gr_headline_set_value (headline, 50000);
  g_assert_null (gr_headline_get_change_text (headline));

  g_object_unref (headline);
}

static gboolean
has_css_class (GtkWidget     *widget,
               gconstpointer  name)
{
  return gtk_widget_has_css_class (widget, name);
}

/* At 1280 × 720 the index panel's "Weakest link: Danish model" may wrap
 * onto two lines beside the one-line "Guarantee index" (a longer title
 * makes sure it does here): the two numbers must still stand on one line,
 * as in a table. */
static void
test_headline_values_aligned (void)
{
  GrWindow *window = new_window ();
  GrPanel *panel = gr_dashboard_find_panel (window_dashboard (window), "index");
  GtkWidget *values[2];
  graphene_rect_t bounds[2];
  int lines[2];

  g_assert_cmpuint (gr_panel_get_n_headlines (panel), >=, 2);
  gr_headline_set_title (gr_panel_get_headline (panel, 1),
                         "Weakest link: an instrument with a long name");
  display_wait_for_frame (GTK_WIDGET (window));
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *headline = GTK_WIDGET (gr_panel_get_headline (panel, i));

      values[i] = display_find (headline, has_css_class, "headline-value");
      g_assert_nonnull (values[i]);
      g_assert_true (gtk_widget_compute_bounds (values[i], GTK_WIDGET (panel), &bounds[i]));
      {
        GtkWidget *title = display_find (headline, has_css_class, "headline-title");

        /* the title's own height at its width (its allocation takes the slack) */
        gtk_widget_measure (title, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (title),
                            NULL, &lines[i], NULL, NULL);
      }
    }
  /* the premise: side by side, titles of different heights */
  g_assert_cmpfloat (fabs (bounds[0].origin.x - bounds[1].origin.x), >, 100);
  g_assert_cmpint (ABS (lines[0] - lines[1]), >, 5);
  g_assert_cmpfloat_with_epsilon (bounds[0].origin.y, bounds[1].origin.y, 0.5);
  gtk_window_destroy (GTK_WINDOW (window));
  display_drain ();
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
result_ready (gconstpointer result)
{
  return *(GAsyncResult * const *) result != NULL;
}

static void
test_export_hidpi_png (void)
{
  GrWindow *window = new_window ();
  GrPanel *panel = gr_dashboard_find_panel (window_dashboard (window), "readiness");
  GtkWidget *view = display_find (GTK_WIDGET (panel), is_chart_view, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TmpDir) dir = tmp_dir_new ("test-dashboard");
  g_autofree char *path = g_build_filename (dir, "readiness.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  /* The menu's "1280 × 720 at scale 2": twice the pixels each way.  The
   * file is there, whole, when the export says it is done. */
  gr_chart_view_export_async (GR_CHART_VIEW (view), file, 2560, 1440, 2, NULL, NULL, NULL,
                              export_done_cb, &result);
  wait_until (result_ready, &result, "the export to finish");
  g_assert_true (gr_chart_view_export_finish (GR_CHART_VIEW (view), result, &error));
  g_assert_no_error (error);

  texture = gdk_texture_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 2560);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 1440);

  gtk_window_destroy (GTK_WINDOW (window));
  display_drain ();
}

/* The map as the window shows it, at twice its pixels; then a cancelled
 * export, which leaves the file as it was. */
static void
test_export_map (void)
{
  GrWindow *window = new_window ();
  GrMapEditor *editor = gr_map_widget_get_editor (window->map);
  g_autoptr(GError) error = NULL;
  g_autoptr(TmpDir) dir = tmp_dir_new ("test-dashboard");
  g_autofree char *path = g_build_filename (dir, "map.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *after = NULL;
  GrMapView view;

  display_drain ();
  gr_overlay_layer_get_view (gr_map_editor_get_layer (editor), &view);
  g_assert_cmpfloat (view.width, >, 0);
  gr_map_editor_export_async (editor, file, GR_MAP_EXPORT_VIEW, NULL, NULL, NULL,
                              export_done_cb, &result);
  wait_until (result_ready, &result, "the export to finish");
  g_assert_true (gr_map_editor_export_finish (editor, result, &error));
  g_assert_no_error (error);
  texture = gdk_texture_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, (int) (2 * view.width + 0.5));
  g_assert_cmpint (gdk_texture_get_height (texture), ==, (int) (2 * view.height + 0.5));

  g_assert_true (g_file_set_contents (path, "old", -1, &error));
  g_clear_object (&result);
  g_cancellable_cancel (cancellable);
  gr_map_editor_export_async (editor, file, GR_MAP_EXPORT_COUNTRY, cancellable, NULL, NULL,
                              export_done_cb, &result);
  wait_until (result_ready, &result, "the export to finish");
  g_assert_false (gr_map_editor_export_finish (editor, result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "old");

  gtk_window_destroy (GTK_WINDOW (window));
  display_drain ();
}

static void
test_load_other_scenario (void)
{
  GrWindow *window = new_window ();
  GrDocument *document = gr_window_get_document (window);
  GrPanel *panel = gr_dashboard_find_panel (window_dashboard (window), "air");
  GtkWidget *row = display_find (GTK_WIDGET (panel), is_row_titled, "Attack drones a month");
  g_autoptr(GError) error = NULL;
  double drones;

  g_assert_true (gr_document_load_bundled (document, "observed-2025", &error));
  g_assert_no_error (error);
  display_drain ();

  /* The lever shows the loaded scenario's figure, and loading made no edit. */
  drones = gr_document_get_scenario (document)->air_defense.threat[GR_THREAT_DRONE].per_month.value;
  g_assert_cmpfloat (gtk_spin_button_get_value (gr_lever_row_get_spin_button (GR_LEVER_ROW (row))),
                     ==, drones);
  g_assert_false (gr_document_get_can_undo (document));
  g_assert_false (gr_document_get_modified (document));

  gtk_window_destroy (GTK_WINDOW (window));
  display_drain ();
}

static void
fewer_trained (GrScenario *scenario,
               gpointer    user_data)
{
  GrQuantity *q = &scenario->readiness.trained_per_month;

  q->value = gr_quantity_has_range (q) ? q->low : q->value / 2;
}

/* While a drag lasts, the charts an edit changed take turns, one a frame,
 * so no frame of the drag draws them all; each still follows within a few
 * frames.  Fewer soldiers trained a month changes the readiness chart and
 * the index chart (its readiness bar). */
static void
test_drag_charts_take_turns (void)
{
  GrWindow *window = new_window ();
  GrDocument *document = gr_window_get_document (window);
  GrDashboard *dashboard = window_dashboard (window);
  GrChartView *readiness, *index;
  GrChart *readiness_before, *index_before;
  guint changed, frames = 0;
  g_autoptr(GError) error = NULL;

  gr_dashboard_get_n_panels (dashboard);
  display_drain ();
  readiness = GR_CHART_VIEW (display_find (GTK_WIDGET (gr_dashboard_find_panel (dashboard, "readiness")),
                                   is_chart_view, NULL));
  index = GR_CHART_VIEW (display_find (GTK_WIDGET (gr_dashboard_find_panel (dashboard, "index")),
                               is_chart_view, NULL));
  display_redraw (GTK_WIDGET (window));
  readiness_before = gr_chart_view_get_chart (readiness);
  index_before = gr_chart_view_get_chart (index);

  gr_document_begin_edit (document, "Drag");
  g_assert_true (gr_document_apply (document, NULL, fewer_trained, NULL, &error));
  g_assert_no_error (error);
  /* nothing redrawn before a frame comes */
  g_assert_true (gr_chart_view_get_chart (readiness) == readiness_before);
  g_assert_true (gr_chart_view_get_chart (index) == index_before);

  do
    {
      display_redraw (GTK_WIDGET (window));
      frames++;
      changed = (gr_chart_view_get_chart (readiness) != readiness_before) +
                (gr_chart_view_get_chart (index) != index_before);
      /* one more chart a frame at most */
      g_assert_cmpuint (changed, <=, frames);
    }
  while (changed < 2 && frames < 20);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (frames, >=, 2);
  gr_document_end_edit (document);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  display_test_init (&argc, &argv);

  g_test_add_func ("/display/dashboard/baseline-panels", test_baseline_panels);
  g_test_add_func ("/display/dashboard/lever-updates-views", test_lever_updates_views);
  g_test_add_func ("/display/dashboard/lever-range", test_lever_range_is_checker_range);
  g_test_add_func ("/display/dashboard/undo-after-enter", test_undo_after_enter);
  g_test_add_func ("/display/dashboard/list-add-remove", test_list_add_remove);
  g_test_add_func ("/display/dashboard/load-other-scenario", test_load_other_scenario);
  g_test_add_func ("/display/dashboard/commitment-choice", test_commitment_choice);
  g_test_add_func ("/display/dashboard/copy-image", test_copy_image);
  g_test_add_func ("/display/dashboard/headline-change", test_headline_change);
  g_test_add_func ("/display/dashboard/headline-unchanged", test_headline_unchanged);
  g_test_add_func ("/display/dashboard/panels-after-drag", test_panels_after_drag);
  g_test_add_func ("/display/dashboard/headline-values-aligned", test_headline_values_aligned);
  g_test_add_func ("/display/dashboard/export-hidpi-png", test_export_hidpi_png);
  g_test_add_func ("/display/dashboard/export-map", test_export_map);
  g_test_add_func ("/display/dashboard/drag-charts-take-turns", test_drag_charts_take_turns);

  return g_test_run ();
}
