/* frame-wait.h — wait, in a display test, until a widget has been painted
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Header-only (static functions) so a display test includes it without
 * another meson target.
 */

#pragma once

#include <gtk/gtk.h>

static gboolean frame_wait_painted;

static inline void
frame_wait_after_paint_cb (GdkFrameClock *clock)
{
  frame_wait_painted = TRUE;
}

/* Runs the main loop until @widget's frame clock has painted one frame
 * (asking for one: an idle clock paints none). */
static inline void
one_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (frame_wait_after_paint_cb), NULL);

  gtk_widget_queue_draw (widget);
  frame_wait_painted = FALSE;
  while (!frame_wait_painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}
