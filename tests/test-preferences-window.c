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

#include "display-fixture.h"

static gboolean
is_switch (GtkWidget     *widget,
           gconstpointer  data)
{
  return GTK_IS_SWITCH (widget);
}

static void
test_online_off_by_default (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *window;
  GtkWidget *toggle;

  window = gr_preferences_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  display_wait_for_frame (window);
  toggle = display_find (window, is_switch, NULL);
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
  display_test_init (&argc, &argv);

  g_test_add_func ("/display/preferences-window/online-off-by-default",
                   test_online_off_by_default);

  return g_test_run ();
}
