/* test-preferences-window.c — the preferences open and show the online-map setting, off by default
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb.  The online source is never turned on here: no test
 * may touch the network.
 */

#include "config.h"

#include <adwaita.h>

#include "gr-preferences-window.h"
#include "gr-resources.h"

static GtkWidget *
find_switch (GtkWidget *widget)
{
  if (GTK_IS_SWITCH (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_switch (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_online_off_by_default (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GLogLevelFlags fatal_mask;
  GtkWidget *window;
  GtkWidget *toggle;

  /* Isolated test directories hide the MIME database, so GdkPixbuf cannot
   * tell GTK's SVG icons are SVG and GTK warns; only criticals are fatal
   * while the window is built. */
  fatal_mask = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  window = gr_preferences_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  g_log_set_always_fatal (fatal_mask);
  toggle = find_switch (window);
  g_assert_nonnull (toggle);

  /* The schema's default is offline, and the switch shows the setting. */
  g_assert_false (g_settings_get_boolean (settings, "online-tiles"));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  gtk_init ();
  gr_register_resource ();
  adw_init ();

  g_test_add_func ("/display/preferences-window/online-off-by-default",
                   test_online_off_by_default);

  return g_test_run ();
}
