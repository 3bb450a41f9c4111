/* display-fixture.h — start a display test, find its widgets, and wait on events with a bound
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Header-only (static functions), like cli-run.h.  A display test never
 * sleeps: it waits for an event (an X event, a GTask's callback, the
 * frame clock's after-paint) with wait_until () from wait.h, whose bound
 * turns a lost event into a failure that names it.
 */

#pragma once

#include <adwaita.h>

#include "gr-resources.h"

#include "wait.h"

typedef gboolean (*DisplayMatch) (GtkWidget     *widget,
                                  gconstpointer  data);

/* Depth first: the first of @widget and its descendants that @match
 * accepts, or NULL. */
static inline GtkWidget *
display_find (GtkWidget     *widget,
              DisplayMatch   match,
              gconstpointer  data)
{
  if (match (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = display_find (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first visible toplevel of @type, or NULL. */
static inline gpointer
display_find_toplevel (GType type)
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

/* Dispatches whatever is ready now, without waiting for more. */
static inline void
display_drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
display_after_paint_cb (GdkFrameClock *clock,
                        gpointer       user_data)
{
  *(gboolean *) user_data = TRUE;
}

static inline void
display_wait_for_frame_at (const char *file,
                           int         line,
                           const char *func,
                           GtkWidget  *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong id;

  if (clock == NULL)
    g_assertion_message (G_LOG_DOMAIN, file, line, func,
                         "waiting for a frame of a widget that is not realized");
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (display_after_paint_cb), &painted);
  /* An idle clock paints no frame: ask for one (it draws what is queued). */
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
  wait_until_at (file, line, func, "a frame to be painted", wait_flag, &painted);
  g_signal_handler_disconnect (clock, id);
}

/* Runs the main loop until @widget's frame clock has painted a frame, so
 * every change made before the call is laid out and drawn. */
#define display_wait_for_frame(widget) \
  display_wait_for_frame_at (__FILE__, __LINE__, G_STRFUNC, (widget))

/* Draws @widget afresh, even if nothing changed, and waits for the frame. */
#define display_redraw(widget) \
  G_STMT_START { \
    gtk_widget_queue_draw (widget); \
    display_wait_for_frame (widget); \
  } G_STMT_END

/* GTest with isolated directories, GTK, libadwaita and our resources, and
 * animations off, so nothing on screen moves by the clock.  The isolated
 * XDG directories would hide the system's MIME database (gdk-pixbuf then
 * cannot tell an SVG icon from anything else), so it stays visible. */
static inline void
display_test_init (int    *argc,
                   char ***argv)
{
  g_content_type_set_mime_dirs (NULL);
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  gtk_init ();
  adw_init ();
  gr_register_resource ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}
