/* test-lever-drag.c — a slider dragged with the real pointer is one undo step
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (display suite).  The pointer is moved by the X server's
 * XTEST extension, so GTK sees a real press, motions and release on the
 * slider, as from a mouse.  libXtst is opened at run time (the machine has
 * its library but no headers); without it, or off X11, the test is skipped.
 */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <gmodule.h>
#include <math.h>

#include "gr-dashboard.h"
#include "gr-window-private.h"

#include "display-fixture.h"

typedef int (*FakeMotion) (Display *, int, int, int, unsigned long);
typedef int (*FakeButton) (Display *, unsigned int, Bool, unsigned long);

static FakeMotion fake_motion;
static FakeButton fake_button;

static gboolean
is_slider_row (GtkWidget     *widget,
               gconstpointer  title)
{
  return GR_IS_LEVER_ROW (widget) && gr_lever_row_get_slider (GR_LEVER_ROW (widget)) != NULL
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* Whether the X server shows @window: only then does it send it the
 * pointer's events.  (The MapNotify that makes it so wakes the loop.) */
static gboolean
window_viewable (gconstpointer window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE ((GtkWidget *) window));
  Display *display = gdk_x11_display_get_xdisplay (gdk_surface_get_display (surface));
  XWindowAttributes attributes;

  return XGetWindowAttributes (display, gdk_x11_surface_get_xid (surface), &attributes)
         && attributes.map_state == IsViewable;
}

typedef struct
{
  GrDocument *document;
  double      before;
} Lever;

static gboolean
lever_moved_down (gconstpointer data)
{
  const Lever *lever = data;

  return gr_document_get_scenario (lever->document)->readiness.trained_per_month.value
         < lever->before;
}

static gboolean
can_undo (gconstpointer document)
{
  return gr_document_get_can_undo ((GrDocument *) document);
}

typedef struct
{
  GtkAdjustment *adjustment;
  double         before;
} Scroll;

static gboolean
scrolled_up (gconstpointer data)
{
  const Scroll *scroll = data;

  return gtk_adjustment_get_value (scroll->adjustment) < scroll->before;
}

/* The point @x, @y of @widget on the X screen. */
static void
screen_point (GtkWidget *widget,
              double     x,
              double     y,
              int       *root_x,
              int       *root_y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  Display *display = gdk_x11_display_get_xdisplay (gtk_widget_get_display (widget));
  graphene_point_t point;
  double dx, dy;
  Window child;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (x, y), &point));
  gtk_native_get_surface_transform (native, &dx, &dy);
  XTranslateCoordinates (display, gdk_x11_surface_get_xid (surface),
                         DefaultRootWindow (display),
                         (int) (point.x + dx), (int) (point.y + dy), root_x, root_y, &child);
}

/* A 1280 × 720 window with the readiness slider scrolled into view, or
 * NULL (the test skipped) without X11 and XTEST. */
static GrWindow *
open_at_slider (GtkWidget   **slider,
                GrDocument  **document,
                Display     **display)
{
  GrWindow *window;
  GtkWidget *row, *scroller;
  GtkAdjustment *adjustment;
  graphene_point_t where;

  if (fake_motion == NULL || !GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("needs X11 and libXtst");
      return NULL;
    }
  window = gr_window_new (NULL);
  *document = gr_window_get_document (window);
  *display = gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (window)));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  /* The dashboard builds its lower panels in idle time after the first
   * frames; have them all before the first layout, so the slow runs
   * (sanitizers, a loaded machine) lay out the same window as fast ones. */
  g_assert_true (GR_IS_DASHBOARD (gtk_widget_get_first_child (window->side_box)));
  gr_dashboard_get_n_panels (GR_DASHBOARD (gtk_widget_get_first_child (window->side_box)));
  gtk_window_present (GTK_WINDOW (window));
  wait_until (window_viewable, window, "the window to be mapped");
  display_wait_for_frame (GTK_WIDGET (window));

  row = display_find (window->side_box, is_slider_row, "Trained a month");
  g_assert_nonnull (row);
  *slider = GTK_WIDGET (gr_lever_row_get_slider (GR_LEVER_ROW (row)));
  scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  g_assert_true (gtk_widget_compute_point (row, scroller, &GRAPHENE_POINT_INIT (0, 0), &where));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + where.y - 200);
  /* laid out at the new scroll position */
  display_wait_for_frame (GTK_WIDGET (window));
  return window;
}

static void
test_drag_is_one_step (void)
{
  GrWindow *window;
  GrDocument *document;
  GtkWidget *slider;
  GtkAdjustment *adjustment;
  Display *display;
  double before, lower, upper, knob;
  Lever lever;
  int x, y;

  window = open_at_slider (&slider, &document, &display);
  if (window == NULL)
    return;

  before = gr_document_get_scenario (document)->readiness.trained_per_month.value;
  adjustment = gtk_range_get_adjustment (GTK_RANGE (slider));
  lower = gtk_adjustment_get_lower (adjustment);
  upper = gtk_adjustment_get_upper (adjustment);
  g_assert_cmpfloat (upper, >, lower);
  /* Press on the knob (the trough is inset by about the knob's radius). */
  knob = 10 + (before - lower) / (upper - lower) * (gtk_widget_get_width (slider) - 20);
  screen_point (slider, knob, gtk_widget_get_height (slider) / 2.0, &x, &y);

  /* The X server delivers the press, the motions and the release in the
   * order they are made; each wait is for the scenario to show the step. */
  fake_motion (display, -1, x, y, 0);
  fake_button (display, 1, True, 0);
  for (int step = 1; step <= 5; step++)
    fake_motion (display, -1, x - 8 * step, y, 0);
  XFlush (display);
  lever.document = document;
  lever.before = before;
  wait_until (lever_moved_down, &lever, "the lever to follow the pointer");

  /* During the drag the scenario follows the pointer, with no undo step yet. */
  g_assert_cmpfloat (gr_document_get_scenario (document)->readiness.trained_per_month.value,
                     <, before);
  g_assert_false (gr_document_get_can_undo (document));

  fake_button (display, 1, False, 0);
  XFlush (display);
  wait_until (can_undo, document, "the release to end the drag");

  /* A pixel of the slider is worth some 450 people a month: the value
   * lands on the lever's step of 500, not at the pixel's odd figure. */
  g_assert_cmpfloat (fmod (gr_document_get_scenario (document)->readiness.trained_per_month.value,
                           500), ==, 0);

  /* The drag is one undo step, named by the lever; one undo restores it. */
  g_assert_true (gr_document_get_can_undo (document));
  g_assert_cmpstr (gr_document_get_undo_label (document), ==, "Trained a month");
  g_assert_true (gr_document_undo (document));
  g_assert_cmpfloat (gr_document_get_scenario (document)->readiness.trained_per_month.value,
                     ==, before);
  g_assert_false (gr_document_get_can_undo (document));

  gtk_window_destroy (GTK_WINDOW (window));
  display_drain ();
}

/* The wheel over a slider the user has not clicked scrolls the side area
 * and leaves the scenario alone: scrolling down the panels must not edit
 * every lever that passes under the pointer.  (Without the guard the
 * slider takes the wheel: the value moves and the area stays put.) */
static void
test_wheel_scrolls (void)
{
  GrWindow *window;
  GrDocument *document;
  GtkWidget *slider, *scroller;
  GtkAdjustment *scroll;
  Display *display;
  double before, scrolled;
  Scroll wheel;
  int x, y;

  window = open_at_slider (&slider, &document, &display);
  if (window == NULL)
    return;
  scroller = gtk_widget_get_ancestor (slider, GTK_TYPE_SCROLLED_WINDOW);
  scroll = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  before = gr_document_get_scenario (document)->readiness.trained_per_month.value;
  scrolled = gtk_adjustment_get_value (scroll);
  wheel = (Scroll) { scroll, scrolled };

  /* Button 4 is the wheel turned away from the user: scroll up (readiness
   * is the last panel, the side area may be at its end). */
  screen_point (slider, gtk_widget_get_width (slider) / 2.0, gtk_widget_get_height (slider) / 2.0,
                &x, &y);
  fake_motion (display, -1, x, y, 0);
  fake_button (display, 4, True, 0);
  fake_button (display, 4, False, 0);
  XFlush (display);
  wait_until (scrolled_up, &wheel, "the side area to scroll");

  g_assert_cmpfloat (gtk_adjustment_get_value (scroll), <, scrolled);
  g_assert_cmpfloat (gr_document_get_scenario (document)->readiness.trained_per_month.value,
                     ==, before);
  g_assert_false (gr_document_get_can_undo (document));

  gtk_window_destroy (GTK_WINDOW (window));
  display_drain ();
}

int
main (int   argc,
      char *argv[])
{
  GModule *xtst;

  display_test_init (&argc, &argv);

  xtst = g_module_open ("libXtst.so.6", G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (xtst == NULL
      || !g_module_symbol (xtst, "XTestFakeMotionEvent", (gpointer *) &fake_motion)
      || !g_module_symbol (xtst, "XTestFakeButtonEvent", (gpointer *) &fake_button))
    fake_motion = NULL;

  g_test_add_func ("/display/lever-drag/one-undo-step", test_drag_is_one_step);
  g_test_add_func ("/display/lever-drag/wheel-scrolls", test_wheel_scrolls);

  return g_test_run ();
}
