/* map-fixture.h — wait for the map's tiles and render a widget to a texture, for display tests and benchmarks
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Header-only (static functions), like cli-run.h.  Rendering goes the way
 * an export would (GtkWidgetPaintable → render node → texture), which
 * replays the last frame drawn, so a change is let reach the screen first.
 */

#pragma once

#include <gtk/gtk.h>

#include "gr-map-widget.h"

static gboolean
map_fixture_timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static inline void
map_fixture_wait_ms (guint ms)
{
  gboolean waited = FALSE;

  g_timeout_add (ms, map_fixture_timeout_cb, &waited);
  while (!waited)
    g_main_context_iteration (NULL, TRUE);
}

static inline gboolean
map_fixture_tiles_done (GrMapWidget *map)
{
  return gr_map_widget_get_n_filled_tiles (map) > 0 &&
         gr_map_widget_get_n_pending_tiles (map) == 0;
}

/* Iterates until every asked-for tile is drawn and a frame has shown them;
 * FALSE after 30 s. */
static inline gboolean
map_fixture_wait_for_tiles (GrMapWidget *map)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (30, map_fixture_timeout_cb, &timed_out);

  while (!timed_out && !map_fixture_tiles_done (map))
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    return FALSE;
  g_source_remove (id);

  /* libshumate may ask for more tiles once the first ones are in (the
   * grid is recomputed on each fill); settle, then let a frame draw. */
  for (int i = 0; i < 3; i++)
    {
      map_fixture_wait_ms (100);
      while (!map_fixture_tiles_done (map))
        g_main_context_iteration (NULL, TRUE);
    }
  gtk_test_widget_wait_for_draw (GTK_WIDGET (map));
  return TRUE;
}

/* The widget's last drawn frame as a texture (NULL if it never drew). */
static inline GdkTexture *
map_fixture_render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return NULL;
  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                      node, &GRAPHENE_RECT_INIT (0, 0, w, h));
}
