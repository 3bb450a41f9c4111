/* gr-window.c — the main window: header bar, map, side panels
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window owns one GrDocument.  The map layers and side panels get it with
 * gr_window_get_document(), observe it and send their edits through it; the
 * window itself only keeps its chrome (title, undo tooltips, action states)
 * in step with the document.  The actions live in gr-window-actions.c.
 */

#include "config.h"

#include "gr-window.h"
#include "gr-window-private.h"

#include "gr-analysis-pane.h"
#include "gr-dashboard.h"
#include "gr-map-editor.h"

#include <glib/gi18n.h>

G_DEFINE_FINAL_TYPE (GrWindow, gr_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * gr_window_new:
 * @application: (nullable): the application, whose shared model the
 *   window's document uses; without one the window builds its own
 */
GrWindow *
gr_window_new (GrApplication *application)
{
  GrModel *model = application != NULL ? gr_application_get_model (application) : NULL;

  return g_object_new (GR_TYPE_WINDOW,
                       "application", application,
                       "model", model,
                       NULL);
}

/* Returns: (transfer none): the window's document; it lives as long as the window */
GrDocument *
gr_window_get_document (GrWindow *self)
{
  g_return_val_if_fail (GR_IS_WINDOW (self), NULL);
  return self->document;
}

static void
open_file_continue (GrWindow *self,
                    gpointer  data)
{
  _gr_window_load (self, G_FILE (data));
}

/**
 * gr_window_open_file:
 * @file: a scenario file
 *
 * Opens @file in this window, first offering to save unsaved changes.  A
 * file that fails to load is reported in a dialog naming the file and the
 * problem; the open scenario stays as it was.
 */
void
gr_window_open_file (GrWindow *self,
                     GFile    *file)
{
  g_return_if_fail (GR_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  _gr_window_confirm_discard (self, open_file_continue, g_object_ref (file), g_object_unref);
}

/* A scenario file dropped on the window opens as if chosen in Open. */
static gboolean
drop_cb (GrWindow      *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));
  gboolean accepted = files != NULL;

  if (accepted)
    gr_window_open_file (self, files->data);
  g_slist_free (files);
  return accepted;
}

static void
update_title (GrWindow *self)
{
  const char *title = gr_document_get_title (self->document);
  GFile *file = gr_document_get_file (self->document);
  g_autofree char *subtitle = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *window_title = NULL;

  /* A dot before the name marks unsaved changes, as in GNOME Text Editor. */
  if (gr_document_get_modified (self->document))
    shown = g_strdup_printf ("• %s", title);
  else
    shown = g_strdup (title);

  if (file != NULL)
    subtitle = g_file_get_basename (file);
  else
    subtitle = g_strdup (_("Bundled scenario"));

  adw_window_title_set_title (self->window_title, shown);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  /* TRANSLATORS: the window title in the task switcher: scenario — app */
  window_title = g_strdup_printf (_("%s — Guarantor"), shown);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
update_history (GrWindow *self)
{
  const char *undo = gr_document_get_undo_label (self->document);
  const char *redo = gr_document_get_redo_label (self->document);
  g_autofree char *undo_tooltip = NULL;
  g_autofree char *redo_tooltip = NULL;

  /* TRANSLATORS: tooltip of the undo button; %s is the edit, e.g. "Move battery" */
  undo_tooltip = undo != NULL ? g_strdup_printf (_("Undo “%s”"), undo) : g_strdup (_("Nothing to Undo"));
  /* TRANSLATORS: tooltip of the redo button; %s is the edit, e.g. "Move battery" */
  redo_tooltip = redo != NULL ? g_strdup_printf (_("Redo “%s”"), redo) : g_strdup (_("Nothing to Redo"));
  gtk_widget_set_tooltip_text (self->undo_button, undo_tooltip);
  gtk_widget_set_tooltip_text (self->redo_button, redo_tooltip);
  _gr_window_actions_update (self);
}

static void
document_notify_cb (GrWindow   *self,
                    GParamSpec *pspec,
                    GrDocument *document)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "title") || g_str_equal (name, "modified") || g_str_equal (name, "file"))
    {
      update_title (self);
      _gr_window_actions_update (self);
    }
  else if (g_str_has_prefix (name, "can-") || g_str_has_suffix (name, "-label"))
    update_history (self);
}

static void
set_comparison (GtkWidget        *widget,
                const GrScenario *other)
{
  if (GR_IS_CHART_VIEW (widget))
    gr_chart_view_set_comparison (GR_CHART_VIEW (widget), other);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    set_comparison (child, other);
}

/* The analysis pane picked a scenario B: every headline shows B and B − A,
 * every chart draws B as a ghost. */
static void
comparison_cb (GrWindow       *self,
               GParamSpec     *pspec,
               GrAnalysisPane *pane)
{
  GrDashboard *dashboard = GR_DASHBOARD (gtk_widget_get_first_child (self->side_box));
  /* Builds the panels still waiting for an idle, so each gets B. */
  guint n = gr_dashboard_get_n_panels (dashboard);

  for (guint i = 0; i < n; i++)
    gr_panel_set_comparison (gr_dashboard_get_panel (dashboard, i),
                             gr_analysis_pane_get_other (pane),
                             gr_analysis_pane_get_other_metrics (pane));
  set_comparison (GTK_WIDGET (dashboard), gr_analysis_pane_get_other (pane));
  gr_map_editor_set_comparison (gr_map_widget_get_editor (self->map),
                                gr_analysis_pane_get_other (pane));
}

static void
set_monte_carlo (GtkWidget          *widget,
                 const GrMonteCarlo *monte_carlo)
{
  if (GR_IS_CHART_VIEW (widget))
    gr_chart_view_set_monte_carlo (GR_CHART_VIEW (widget), monte_carlo);
  else if (GR_IS_PANEL (widget))
    gr_panel_set_monte_carlo (GR_PANEL (widget), monte_carlo);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    set_monte_carlo (child, monte_carlo);
}

/* Monte Carlo ran, or its result was dropped: the headlines' P10–P90 and
 * the charts' whiskers. */
static void
monte_carlo_cb (GrWindow       *self,
                GParamSpec     *pspec,
                GrAnalysisPane *pane)
{
  GrDashboard *dashboard = GR_DASHBOARD (gtk_widget_get_first_child (self->side_box));

  /* Builds the panels still waiting for an idle, so each gets the ranges. */
  gr_dashboard_get_n_panels (dashboard);
  set_monte_carlo (GTK_WIDGET (dashboard), gr_analysis_pane_get_monte_carlo (pane));
}

/* A tornado bar was chosen: its input's lever, in the dashboard. */
static gboolean
input_activated_cb (GrWindow       *self,
                    const char     *path,
                    GrAnalysisPane *pane)
{
  GrDashboard *dashboard = GR_DASHBOARD (gtk_widget_get_first_child (self->side_box));

  return gr_dashboard_focus_input (dashboard, path);
}

static void
gr_window_constructed (GObject *object)
{
  GrWindow *self = GR_WINDOW (object);
  g_autoptr(GrModel) model = g_steal_pointer (&self->model);
  g_autoptr(GError) error = NULL;
  GtkWidget *pane;

  G_OBJECT_CLASS (gr_window_parent_class)->constructed (object);

  /* The model is built from the bundled geodata and cannot fail unless the
   * binary is broken; the window then still edits, without metrics. */
  if (model == NULL)
    model = gr_model_new_default (&error);
  if (model == NULL)
    g_warning ("No model, metrics are not evaluated: %s", error->message);
  g_clear_error (&error);

  self->document = gr_document_new_from_bundled (model, "baseline", &error);
  if (self->document == NULL)
    {
      g_warning ("Cannot load the bundled baseline scenario: %s", error->message);
      self->document = gr_document_new (model, gr_scenario_new ());
    }

  g_signal_connect_object (self->document, "notify", G_CALLBACK (document_notify_cb), self,
                           G_CONNECT_SWAPPED);
  self->autosave = gr_autosave_new (self->document, NULL);
  gr_map_widget_set_document (self->map, self->document);
  gtk_box_append (GTK_BOX (self->side_box), gr_dashboard_new (self->document));
  gtk_box_append (GTK_BOX (self->side_box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  pane = gr_analysis_pane_new (self->document);
  g_signal_connect_object (pane, "notify::other", G_CALLBACK (comparison_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (pane, "notify::monte-carlo", G_CALLBACK (monte_carlo_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (pane, "input-activated", G_CALLBACK (input_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->side_box), pane);
  update_title (self);
  update_history (self);
}

static void
save_window_state (GrWindow *self)
{
  int width, height;

  /* A maximised window's size is the screen's: keep the one to restore. */
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static void
close_continue (GrWindow *self,
                gpointer  data)
{
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
gr_window_close_request (GtkWindow *window)
{
  GrWindow *self = GR_WINDOW (window);

  if (!self->close_confirmed && gr_document_get_modified (self->document))
    {
      _gr_window_confirm_discard (self, close_continue, NULL, NULL);
      return TRUE;
    }

  save_window_state (self);
  /* A clean close: the unsaved edits were saved or given up. */
  gr_autosave_discard (self->autosave);
  return GTK_WINDOW_CLASS (gr_window_parent_class)->close_request (window);
}

static void
gr_window_dispose (GObject *object)
{
  GrWindow *self = GR_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GR_TYPE_WINDOW);
  g_clear_object (&self->autosave);
  g_clear_object (&self->recent_menu);
  /* It saves the list as it goes, and says so: not to us any more. */
  if (self->recent != NULL)
    g_signal_handlers_disconnect_by_data (self->recent, self);
  g_clear_object (&self->recent);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (gr_window_parent_class)->dispose (object);
}

static void
gr_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  GrWindow *self = GR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      self->model = g_value_dup_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gr_window_class_init (GrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = gr_window_constructed;
  object_class->set_property = gr_window_set_property;

  /* Handed on to the document, which keeps a reference.
   * GtkWindow:application is not set yet in constructed(), so the window
   * cannot ask its application for the model there. */
  properties[PROP_MODEL] = g_param_spec_boxed ("model", NULL, NULL, GR_TYPE_MODEL,
                                               G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY |
                                               G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  object_class->dispose = gr_window_dispose;
  window_class->close_request = gr_window_close_request;

  g_type_ensure (GR_TYPE_MAP_WIDGET);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/gr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GrWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, GrWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, GrWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, GrWindow, map);
  gtk_widget_class_bind_template_child (widget_class, GrWindow, side_box);
  gtk_widget_class_bind_template_child (widget_class, GrWindow, bundled_menu);

  _gr_window_class_actions_init (klass);
  _gr_window_class_recent_init (klass);
}

static void
gr_window_init (GrWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  _gr_window_recent_init (self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}
