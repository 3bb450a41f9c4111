/* map-fixture.h — wait for the map's tiles and render a widget to a texture, for display tests and benchmarks
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Header-only (static functions), like cli-run.h.  Rendering goes the way
 * an export would (GtkWidgetPaintable → render node → texture), which
 * replays the last frame drawn, so a change is let reach the screen first.
 * The waits are display-fixture.h's: on events, with a bound.
 */

#pragma once

#include <gtk/gtk.h>

#include "gr-map-widget.h"

#include "display-fixture.h"

static inline gboolean
map_fixture_tiles_done (gconstpointer map)
{
  return gr_map_widget_get_n_filled_tiles ((GrMapWidget *) map) > 0 &&
         gr_map_widget_get_n_pending_tiles ((GrMapWidget *) map) == 0;
}

/* Runs the main loop until every asked-for tile is drawn and a frame has
 * shown them.  libshumate may ask for more tiles once the first ones are
 * in (it recomputes its grid when it lays out), so the tiles are done only
 * when a frame painted after the last fill asked for no more. */
static inline void
map_fixture_wait_for_tiles (GrMapWidget *map)
{
  for (guint frames = 0; ; frames++)
    {
      wait_until (map_fixture_tiles_done, map, "the map's tiles");
      display_wait_for_frame (GTK_WIDGET (map));
      if (map_fixture_tiles_done (map))
        return;
      /* each round fills tiles: a grid that never settles is a bug */
      g_assert_cmpuint (frames, <, 100);
    }
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
