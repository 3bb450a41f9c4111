/* gr-preferences-window.c — the preferences: the online map source, off by default
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-preferences-window.h"

struct _GrPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;

  /* template children */
  GtkSwitch *online_tiles_switch;
};

G_DEFINE_FINAL_TYPE (GrPreferencesWindow, gr_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

GtkWidget *
gr_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (GR_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
}

static void
gr_preferences_window_dispose (GObject *object)
{
  GrPreferencesWindow *self = GR_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GR_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (gr_preferences_window_parent_class)->dispose (object);
}

static void
gr_preferences_window_class_init (GrPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gr_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/gr-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GrPreferencesWindow, online_tiles_switch);
}

static void
gr_preferences_window_init (GrPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "online-tiles",
                   self->online_tiles_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
}
