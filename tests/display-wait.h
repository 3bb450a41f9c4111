/* display-wait.h — wait for a window's events in display tests
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Header-only (static functions), like cli-run.h.  The main loop runs
 * until a condition holds: tests wait on events, never on fixed sleeps.
 */

#pragma once

#include <gtk/gtk.h>

static inline gboolean
wait_wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @done returns TRUE (TRUE) or @seconds pass
 * (FALSE).  A 100 ms tick keeps the deadline when nothing else happens. */
static inline gboolean
spin_until (gboolean (*done) (gpointer),
            gpointer   data,
            int        seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  guint tick = g_timeout_add (100, wait_wake_cb, NULL);
  gboolean met;

  while (!(met = done (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  return met;
}

/* The first visible toplevel of @type, or NULL. */
static inline gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}
