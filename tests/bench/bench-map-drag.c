/* bench-map-drag.c — frame time while an item is dragged on the map: edit + metrics + paint
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the map with the bundled baseline in a 1280 × 800 window (under
 * Xvfb, cairo renderer), waits for the tiles, then drags a battery, a
 * deployment, a zone corner and a patrol post 60 steps each through the
 * functions the drag gesture calls.  For every step it times
 *   - the edit: gr_map_editor_drag_update → gr_document_apply → checking
 *     and re-evaluating every metric (the GrEvaluator);
 *   - the frame that shows it: from the frame clock's before-paint to its
 *     after-paint (layout, the overlay layer's snapshot, every other
 *     widget, rendering), and within it the overlay painters alone;
 * then the battery again at zooms 7 and 8, centred on it,
 * and prints the median and the worst, and how many steps went over the
 * 16 ms of a 60 Hz frame, in wall time and in this thread's CPU time (on a
 * loaded machine wall time counts other processes' turns).  Panning the
 * map, which repaints the same area with no edit, is the reference: what
 * a drag adds to a frame is the edit and the overlay snapshot.
 *
 * The frame is split further: "overlay raster" replays the same
 * gr_overlay_draw_all onto a 1280 × 800 image surface outside the frame
 * (what the painters cost in pixels), and "rest of frame" is the frame's
 * CPU time less the overlay layer's snapshot, which draws that raster when
 * the overlays changed: tiles, other widgets, presenting.  Panning moves
 * the map by whole pixels, as a pointer drag does, along a circle of
 * 120 px; it is also measured with the overlays hidden, and counts how
 * often the overlay painters ran.  With GR_BENCH_PNG set, the map as first
 * shown is written there, to compare what two builds draw.  The renderer is the one GTK
 * picked (GSK_RENDERER=cairo or the default GL); run it under both.
 * Figures only; nothing is asserted.
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gr-dashboard.h"
#include "gr-map-editor.h"
#include "gr-map-widget.h"
#include "gr-resources.h"
#include "gr-window-private.h"
#include "../map-fixture.h"

#define STEPS 60

static gint64 paint_start;
static gint64 paint_us;
static double paint_cpu_start;
static double paint_cpu_ms;
static gboolean painted;

/* This thread's CPU time in ms: on a loaded machine the wall time of a
 * frame counts other processes' turns too; the CPU time is our work. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void
before_paint_cb (GdkFrameClock *clock)
{
  paint_start = g_get_monotonic_time ();
  paint_cpu_start = cpu_ms ();
}

static void
after_paint_cb (GdkFrameClock *clock)
{
  paint_us = g_get_monotonic_time () - paint_start;
  paint_cpu_ms = cpu_ms () - paint_cpu_start;
  painted = TRUE;
}

static gboolean
paint_overdue_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* A bench must end: a frame that never comes (nothing queued a draw) is
 * reported, not waited for. */
static void
wait_for_paint (void)
{
  gboolean overdue = FALSE;
  guint id = g_timeout_add_seconds (30, paint_overdue_cb, &overdue);

  painted = FALSE;
  while (!painted && !overdue)
    g_main_context_iteration (NULL, TRUE);
  if (overdue)
    {
      fprintf (stderr, "bench-map-drag: no frame painted in 30 s\n");
      exit (1);
    }
  g_source_remove (id);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *what,
        double     *ms,
        guint       n)
{
  double sorted[n];

  /* a copy: callers may still combine the columns step by step */
  memcpy (sorted, ms, n * sizeof *ms);
  qsort (sorted, n, sizeof *sorted, compare_doubles);
  printf ("  %-34s median %6.2f ms   worst %6.2f ms\n", what, sorted[n / 2], sorted[n - 1]);
}

/* CPU ms to draw the overlays of @layer's current view onto an image
 * surface the size of the window: the raster part of the frame. */
static double
overlay_raster_ms (GrOverlayLayer *layer,
                   GrDocument     *doc)
{
  GrMapView view;
  cairo_surface_t *surface;
  cairo_t *cr;
  double start;

  gr_overlay_layer_get_view (layer, &view);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, view.width, view.height);
  cr = cairo_create (surface);
  start = cpu_ms ();
  gr_overlay_draw_all (cr, &view, gr_document_get_scenario (doc),
                       gr_document_get_metrics (doc), gr_overlay_layer_get_style (layer));
  cairo_surface_flush (surface);
  start = cpu_ms () - start;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return start;
}

/* Finds a press point on item @kind/@index by the painters' hit-test
 * around its place. */
static gboolean
find_item (GrMapEditor    *editor,
           GrEditItemKind  kind,
           guint           index,
           guint           vertex,
           double         *x,
           double         *y)
{
  GrDocument *doc = gr_map_editor_get_document (editor);
  GrEditItem item = { kind, index, vertex };
  GrLonLat at;
  double cx, cy;

  if (!gr_edit_item_position (gr_document_get_scenario (doc), &item, &at))
    return FALSE;
  gr_map_editor_to_widget (editor, at, &cx, &cy);
  for (int r = 0; r <= 40; r += 2)
    for (int dy = -r; dy <= r; dy += 2)
      for (int dx = -r; dx <= r; dx += 2)
        {
          const GrEditItem *selected;

          gr_map_editor_set_selection (editor, NULL);
          if (!gr_map_editor_drag_begin (editor, cx + dx, cy + dy))
            continue;
          selected = gr_map_editor_get_selection (editor);
          gr_map_editor_drag_end (editor);
          if (selected->kind == kind && selected->index == index)
            {
              *x = cx + dx;
              *y = cy + dy;
              return TRUE;
            }
        }
  return FALSE;
}

/* The reference: panning moves the same tiles and overlays every frame,
 * with no edit and no metrics. */
static void
bench_pan (GrMapWidget *map,
           gboolean     overlays)
{
  GrOverlayLayer *layer = gr_map_editor_get_layer (gr_map_widget_get_editor (map));
  GrOverlayStyle saved = *gr_overlay_layer_get_style (layer);
  GrOverlayStyle style = saved;
  ShumateViewport *viewport = gr_map_widget_get_viewport (map);
  GtkWidget *widget = GTK_WIDGET (layer);
  double lat = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
  double lon = shumate_location_get_longitude (SHUMATE_LOCATION (viewport));
  double cx = gtk_widget_get_width (widget) / 2.0, cy = gtk_widget_get_height (widget) / 2.0;
  guint n_rasters = gr_overlay_layer_get_n_rasters (layer);
  double wall[STEPS], cpu[STEPS];

  if (!overlays)
    {
      style.layers = 0;
      gr_overlay_layer_set_style (layer, &style);
    }
  for (guint i = 0; i < STEPS; i++)
    {
      double a = 2 * G_PI * (i + 1) / STEPS;
      double a0 = 2 * G_PI * i / STEPS;
      double to_lat, to_lon;

      /* this step's move, rounded to whole pixels like a pointer's */
      shumate_viewport_widget_coords_to_location (viewport, widget,
                                                  cx + round (120 * sin (a)) - round (120 * sin (a0)),
                                                  cy + round (120 * cos (a)) - round (120 * cos (a0)),
                                                  &to_lat, &to_lon);
      shumate_map_center_on (gr_map_widget_get_map (map), to_lat, to_lon);
      wait_for_paint ();
      wall[i] = paint_us / 1000.0;
      cpu[i] = paint_cpu_ms;
    }
  gr_overlay_layer_set_style (layer, &saved);
  shumate_map_center_on (gr_map_widget_get_map (map), lat, lon);
  wait_for_paint ();
  n_rasters = gr_overlay_layer_get_n_rasters (layer) - n_rasters;
  printf ("Panning the map (reference)%s, %d steps:\n",
          overlays ? "" : " with the overlays hidden", STEPS);
  if (overlays)
    printf ("  the overlay painters drew in %u of %d frames\n", n_rasters, STEPS);
  report ("frame, paint to screen (wall)", wall, STEPS);
  report ("frame, paint to screen (CPU)", cpu, STEPS);
}

static void
bench_drag (GrMapWidget    *map,
            const char     *name,
            GrEditItemKind  kind,
            guint           index,
            guint           vertex,
            double          radius)
{
  GrMapEditor *editor = gr_map_widget_get_editor (map);
  GrOverlayLayer *layer = gr_map_editor_get_layer (editor);
  GrDocument *doc = gr_map_editor_get_document (editor);
  double edit_ms[STEPS], frame_ms[STEPS], draw_ms[STEPS], total_ms[STEPS];
  double edit_cpu[STEPS], frame_cpu[STEPS], total_cpu[STEPS];
  double raster_cpu[STEPS], rest_cpu[STEPS], changed_tiles[STEPS];
  guint over = 0, over_cpu = 0, total_tiles = 0;
  double x, y;

  if (!find_item (editor, kind, index, vertex, &x, &y))
    {
      printf ("%s: not found on the map\n", name);
      return;
    }
  gr_map_editor_drag_begin (editor, x, y);
  /* The press shows the selection, and the frame finishes what finding
   * the item and undoing the last drag left to draw, before the pointer
   * moves. */
  gtk_widget_queue_draw (GTK_WIDGET (map));
  wait_for_paint ();
  for (guint i = 0; i < STEPS; i++)
    {
      /* a circle, so every step really moves */
      double a = 2 * G_PI * (i + 1) / STEPS;
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();

      gr_map_editor_drag_update (editor, x + radius * sin (a), y + radius * (1 - cos (a)));
      edit_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      edit_cpu[i] = cpu_ms () - cpu_start;
      /* A step the document refuses (a zone whose edges would cross)
       * draws nothing new; the frame still comes. */
      gtk_widget_queue_draw (GTK_WIDGET (layer));

      wait_for_paint ();
      frame_ms[i] = paint_us / 1000.0;
      frame_cpu[i] = paint_cpu_ms;
      draw_ms[i] = gr_overlay_layer_get_last_draw_us (layer) / 1000.0;
      {
        guint changed;

        gr_overlay_layer_get_changed_tiles (layer, &changed, &total_tiles);
        changed_tiles[i] = changed;
      }
      total_ms[i] = edit_ms[i] + frame_ms[i];
      total_cpu[i] = edit_cpu[i] + frame_cpu[i];
      raster_cpu[i] = overlay_raster_ms (layer, doc);
      rest_cpu[i] = MAX (frame_cpu[i] - draw_ms[i], 0);
      over += total_ms[i] > 16.0;
      over_cpu += total_cpu[i] > 16.0;
    }
  gr_map_editor_drag_end (editor);
  gr_document_undo (doc);

  printf ("%s, %d steps:\n", name, STEPS);
  report ("edit + metrics (wall)", edit_ms, STEPS);
  report ("edit + metrics (CPU)", edit_cpu, STEPS);
  report ("overlay layer snapshot (wall)", draw_ms, STEPS);
  report ("overlay raster alone, offscreen (CPU)", raster_cpu, STEPS);
  report ("rest of frame (CPU)", rest_cpu, STEPS);
  report ("frame, paint to screen (wall)", frame_ms, STEPS);
  report ("frame, paint to screen (CPU)", frame_cpu, STEPS);
  report ("edit + frame (wall)", total_ms, STEPS);
  report ("edit + frame (CPU)", total_cpu, STEPS);
  {
    double sorted[STEPS];

    memcpy (sorted, changed_tiles, sizeof sorted);
    qsort (sorted, STEPS, sizeof *sorted, compare_doubles);
    printf ("  overlay tiles repainted: median %.0f, most %.0f of %u\n",
            sorted[STEPS / 2], sorted[STEPS - 1], total_tiles);
  }
  printf ("  steps over 16 ms: %u of %d wall, %u of %d CPU\n", over, STEPS, over_cpu, STEPS);
}

/* Runs every measurement on @map, shown in @window. */
static gboolean
bench_window (GtkWidget   *window,
              GrMapWidget *map,
              const char  *title)
{
  GdkFrameClock *clock;
  gulong before_id, after_id;

  gtk_window_present (GTK_WINDOW (window));
  display_wait_for_frame (window);
  map_fixture_wait_for_tiles (map);

  /* to compare what two builds draw: in device pixels, as on screen */
  if (g_getenv ("GR_BENCH_PNG") != NULL && GR_IS_MAP_WIDGET (gtk_window_get_child (GTK_WINDOW (window))))
    {
      GtkWidget *widget = GTK_WIDGET (map);
      g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      int scale = gtk_widget_get_scale_factor (widget);
      int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
      g_autoptr(GskRenderNode) node = NULL;
      g_autoptr(GdkTexture) shot = NULL;

      gtk_snapshot_scale (snapshot, scale, scale);
      gdk_paintable_snapshot (paintable, snapshot, w, h);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node != NULL)
        shot = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                            node, &GRAPHENE_RECT_INIT (0, 0, w * scale, h * scale));
      if (shot != NULL)
        gdk_texture_save_to_png (shot, g_getenv ("GR_BENCH_PNG"));
    }

  clock = gtk_widget_get_frame_clock (window);
  before_id = g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), NULL);
  after_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);

  printf ("%s: %d × %d window, map %d × %d, GSK_RENDERER=%s\n", title,
          gtk_widget_get_width (window), gtk_widget_get_height (window),
          gtk_widget_get_width (GTK_WIDGET (map)), gtk_widget_get_height (GTK_WIDGET (map)),
          g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "default");
  bench_pan (map, TRUE);
  bench_pan (map, FALSE);
  bench_drag (map, "Battery (Kharkiv IRIS-T)", GR_EDIT_ITEM_BATTERY, 7, 0, 60);
  bench_drag (map, "Deployment (Rivne)", GR_EDIT_ITEM_DEPLOYMENT, 7, 0, 60);
  /* Smaller: 60 px at the framed zoom folds the zone over itself. */
  bench_drag (map, "Zone corner (western Ukraine)", GR_EDIT_ITEM_ZONE_VERTEX, 0, 0, 20);
  bench_drag (map, "Patrol post (Constanța)", GR_EDIT_ITEM_PATROL_POST, 2, 0, 60);
  /* Closer in, the rings and zones cover more pixels. */
  for (double zoom = 7; zoom <= 8; zoom++)
    {
      GrDocument *doc = gr_map_editor_get_document (gr_map_widget_get_editor (map));
      const GrBattery *b = &g_array_index (gr_document_get_scenario (doc)->air_defense.batteries,
                                           GrBattery, 7);
      g_autofree char *name = g_strdup_printf ("Battery (Kharkiv IRIS-T) at zoom %g", zoom);

      shumate_viewport_set_zoom_level (gr_map_widget_get_viewport (map), zoom);
      shumate_map_center_on (gr_map_widget_get_map (map), b->position.lat, b->position.lon);
      map_fixture_wait_for_tiles (map);
      bench_drag (map, name, GR_EDIT_ITEM_BATTERY, 7, 0, 60);
    }
  printf ("\n");

  g_signal_handler_disconnect (clock, before_id);
  g_signal_handler_disconnect (clock, after_id);
  gtk_window_destroy (GTK_WINDOW (window));
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrModel) model = NULL;
  g_autoptr(GrDocument) doc = NULL;
  GtkWidget *window;
  GrMapWidget *map;
  GrWindow *app_window;

  gtk_init ();
  gr_register_resource ();
  adw_init ();

  model = gr_model_new_default (&error);
  if (model == NULL || (doc = gr_document_new_from_bundled (model, "baseline", &error)) == NULL)
    {
      g_printerr ("bench-map-drag: %s\n", error->message);
      return 1;
    }

  /* The map alone: what the map costs. */
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  map = GR_MAP_WIDGET (gr_map_widget_new ());
  gr_map_widget_set_document (map, doc);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (map));
  if (!bench_window (window, map, "The map alone, baseline"))
    return 1;

  /* The application's window: every visible panel follows the drag too. */
  app_window = gr_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (app_window), 1600, 900);
  /* all panels built, as after the first idle moments of a session */
  gr_dashboard_get_n_panels (GR_DASHBOARD (gtk_widget_get_first_child (app_window->side_box)));
  if (!bench_window (GTK_WIDGET (app_window), app_window->map, "The application's window, baseline"))
    return 1;
  return 0;
}
