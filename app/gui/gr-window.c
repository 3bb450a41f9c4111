/* gr-window.c — the main window: header bar, map, side panels
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-window.h"

#include <glib/gi18n.h>

#include "gr-map-widget.h"

struct _GrWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;

  /* template children */
  GrMapWidget *map;
  GtkWidget *side_box;
};

G_DEFINE_FINAL_TYPE (GrWindow, gr_window, ADW_TYPE_APPLICATION_WINDOW)

GrWindow *
gr_window_new (GrApplication *application)
{
  return g_object_new (GR_TYPE_WINDOW, "application", application, NULL);
}

static void
save_window_state (GrWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
gr_window_close_request (GtkWindow *window)
{
  save_window_state (GR_WINDOW (window));
  return GTK_WINDOW_CLASS (gr_window_parent_class)->close_request (window);
}

static void
gr_window_dispose (GObject *object)
{
  GrWindow *self = GR_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GR_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (gr_window_parent_class)->dispose (object);
}

static void
gr_window_class_init (GrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = gr_window_dispose;
  window_class->close_request = gr_window_close_request;

  g_type_ensure (GR_TYPE_MAP_WIDGET);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/gr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GrWindow, map);
  gtk_widget_class_bind_template_child (widget_class, GrWindow, side_box);
}

static void
gr_window_init (GrWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}
