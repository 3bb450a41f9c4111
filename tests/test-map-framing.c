/* test-map-framing.c — the map opens with every instrument clear of its toolbar
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb on the real window, at the two sizes users brief at
 * (1920 × 1080 on a desktop, 1280 × 720 on a projector), with each bundled
 * scenario.  The toolbar floats over the top middle of the map, where the
 * country's north is: the map must open framed below it.  The symbols'
 * boxes come from the painters (gr_overlay_text_boxes(), what is drawn),
 * the toolbar's from GTK (where it is drawn), both in the overlay layer's
 * coordinates.
 */

#include "config.h"

#include <adwaita.h>

#include "gr-map-editor.h"
#include "gr-window-private.h"

#include "display-fixture.h"

static const char *const bundled[] = { "baseline", "observed-2025", "reinforced" };

static gboolean
boxes_meet (const cairo_rectangle_t *a,
            const graphene_rect_t   *b)
{
  return a->x < b->origin.x + b->size.width && b->origin.x < a->x + a->width
         && a->y < b->origin.y + b->size.height && b->origin.y < a->y + a->height;
}

static void
check_clear_of_toolbar (int width,
                        int height)
{
  GrWindow *window = gr_window_new (NULL);
  GrMapEditor *editor;
  GrOverlayLayer *layer;
  GtkWidget *toolbar;

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  display_wait_for_frame (GTK_WIDGET (window));
  /* A window as large as the screen gives up its shadows' few pixels. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >=, width - 16);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), >=, height - 16);

  editor = gr_map_widget_get_editor (window->map);
  layer = gr_map_editor_get_layer (editor);
  toolbar = gr_map_editor_get_toolbar (editor);
  g_assert_true (gtk_widget_get_visible (toolbar));

  for (guint i = 0; i < G_N_ELEMENTS (bundled); i++)
    {
      GrDocument *doc = gr_window_get_document (window);
      g_autoptr(GArray) texts = NULL;
      g_autoptr(GArray) symbols = NULL;
      graphene_rect_t bar;
      GrMapView view;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", "s",
                                                 bundled[i]));
      display_wait_for_frame (GTK_WIDGET (window));
      /* Opening a scenario goes home, as the map first opened. */
      gr_map_widget_go_home (window->map);
      display_wait_for_frame (GTK_WIDGET (window));

      g_assert_true (gtk_widget_compute_bounds (toolbar, GTK_WIDGET (layer), &bar));
      g_assert_cmpfloat (bar.size.height, >, 20);
      gr_overlay_layer_get_view (layer, &view);
      texts = gr_overlay_text_boxes (&view, gr_document_get_scenario (doc),
                                     gr_document_get_metrics (doc),
                                     gr_overlay_layer_get_style (layer), &symbols, NULL);
      g_test_message ("%d×%d %s: zoom %.2f, toolbar %.0f,%.0f %.0f×%.0f, %u symbols",
                      width, height, bundled[i], view.zoom, bar.origin.x, bar.origin.y,
                      bar.size.width, bar.size.height, symbols->len);
      g_assert_cmpuint (symbols->len, >, 10);
      for (guint j = 0; j < symbols->len; j++)
        {
          const cairo_rectangle_t *box = &g_array_index (symbols, cairo_rectangle_t, j);

          if (boxes_meet (box, &bar))
            g_error ("%d×%d, %s: a symbol at %.0f,%.0f %.0f×%.0f is under the toolbar",
                     width, height, bundled[i], box->x, box->y, box->width, box->height);
          /* and on the map at all */
          g_assert_cmpfloat (box->x + box->width, >, 0);
          g_assert_cmpfloat (box->y + box->height, >, 0);
          g_assert_cmpfloat (box->x, <, view.width);
          g_assert_cmpfloat (box->y, <, view.height);
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_desktop (void)
{
  check_clear_of_toolbar (1920, 1080);
}

static void
test_projector (void)
{
  check_clear_of_toolbar (1280, 720);
}

/* The framing itself, independently of the widgets: the extent's corners
 * land inside the area below the toolbar, and a taller toolbar moves the
 * centre north (the view shifts up by half of it). */
static void
test_compute_frame (void)
{
  const double width = 830, height = 665, top = 70;
  double zoom, lat, lon, zoom0, lat0, lon0;
  GrMapView view;
  struct { double lon, lat; } corners[] = {
    { 22.1, 52.4 }, { 40.2, 52.4 }, { 22.1, 40.9 }, { 40.2, 40.9 },
  };

  gr_map_widget_compute_frame (width, height, top, &zoom, &lat, &lon);
  gr_map_widget_compute_frame (width, height, 0, &zoom0, &lat0, &lon0);
  g_assert_cmpfloat (zoom, <, zoom0);
  g_assert_cmpfloat (lat, >, lat0);
  g_assert_cmpfloat_with_epsilon (lon, lon0, 1e-9);

  gr_map_view_init_centered (&view, zoom, lon, lat, width, height);
  for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
    {
      double x, y;

      gr_map_view_to_device (&view, corners[i].lon, corners[i].lat, &x, &y);
      g_test_message ("corner %.1f E %.1f N at %.1f, %.1f", corners[i].lon, corners[i].lat, x, y);
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (x, <=, width);
      g_assert_cmpfloat (y, >=, top);
      g_assert_cmpfloat (y, <=, height);
    }
}

int
main (int    argc,
      char **argv)
{
  display_test_init (&argc, &argv);

  g_test_add_func ("/display/map-framing/compute", test_compute_frame);
  g_test_add_func ("/display/map-framing/desktop", test_desktop);
  g_test_add_func ("/display/map-framing/projector", test_projector);
  return g_test_run ();
}
