/* test-text-size.c — Ctrl++ and Ctrl+0: the text-size setting scales panels and charts
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (display suite) with the real application, whose
 * accelerators carry the shortcuts; keys are real X key events (XTest),
 * as a keyboard sends them.  A step is one tenth (TEXT_SCALE_STEP in
 * gr-application.c is 1.1): after Ctrl++ the chart's text scale and a
 * panel's font are 1.1 times what they were, after Ctrl+0 as they were.
 */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <X11/keysym.h>

#include "gr-application.h"
#include "gr-chart-view.h"
#include "gr-dashboard.h"
#include "gr-window-private.h"

#include "display-fixture.h"

typedef int (*FakeKeyFunc) (Display *, unsigned int, int, unsigned long);

static FakeKeyFunc fake_key;

/* Control held while @keysym is pressed and released. */
static void
press_control (GtkWidget *widget,
               guint      keysym)
{
  Display *display = gdk_x11_display_get_xdisplay (gtk_widget_get_display (widget));
  KeyCode control = XKeysymToKeycode (display, XK_Control_L);
  KeyCode code = XKeysymToKeycode (display, keysym);

  fake_key (display, control, True, CurrentTime);
  fake_key (display, code, True, CurrentTime);
  fake_key (display, code, False, CurrentTime);
  fake_key (display, control, False, CurrentTime);
  XFlush (display);
}

static gboolean
has_window (gconstpointer app)
{
  return gtk_application_get_active_window (GTK_APPLICATION (app)) != NULL;
}

static gboolean
is_active (gconstpointer data)
{
  return gtk_window_is_active ((GtkWindow *) data);
}

static gboolean
is_drawn_chart (GtkWidget     *widget,
                gconstpointer  data)
{
  return GR_IS_CHART_VIEW (widget) && gtk_widget_get_mapped (widget)
         && gr_chart_view_get_chart (GR_CHART_VIEW (widget)) != NULL;
}

static gboolean
is_mapped_label (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && *gtk_label_get_text (GTK_LABEL (widget)) != '\0';
}

typedef struct
{
  GSettings *settings;
  double scale;
} WantScale;

static gboolean
scale_is (gconstpointer data)
{
  const WantScale *want = data;

  return G_APPROX_VALUE (g_settings_get_double (want->settings, "text-scale"), want->scale,
                         1e-9);
}

/* The chart's text scale as last drawn. */
static double
chart_scale (GtkWidget *view)
{
  GrChartStyle style;

  display_redraw (view);
  gr_chart_get_style (gr_chart_view_get_chart (GR_CHART_VIEW (view)), &style);
  return style.text_scale;
}

/* The height of a line of text in the label's font, in Pango units. */
static double
font_height (GtkWidget *label)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (label, "Mg");
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  return height;
}

static void
test_shortcuts (void)
{
  g_autoptr(GrApplication) app = gr_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  WantScale want = { settings, 1.0 };
  GrWindow *window;
  GtkWidget *chart, *label;
  double chart_before, font_before;

  if (fake_key == NULL || !GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("needs X11 and libXtst");
      return;
    }
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  wait_until (has_window, app, "a window");
  window = GR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  wait_until (is_active, window, "the window to be active");
  g_assert_cmpfloat (g_settings_get_double (settings, "text-scale"), ==, 1.0);

  /* Every panel built, then a chart and a label that are on screen. */
  gr_dashboard_get_n_panels (GR_DASHBOARD (gtk_widget_get_first_child (window->side_box)));
  display_wait_for_frame (GTK_WIDGET (window));
  chart = display_find (window->side_box, is_drawn_chart, NULL);
  label = display_find (window->side_box, is_mapped_label, NULL);
  g_assert_nonnull (chart);
  g_assert_nonnull (label);
  chart_before = chart_scale (chart);
  font_before = font_height (label);

  /* Ctrl++ (the key that has + on it, = unshifted): a tenth larger. */
  press_control (GTK_WIDGET (window), XK_equal);
  want.scale = 1.1;
  wait_until (scale_is, &want, "text-scale 1.1");
  g_assert_cmpfloat_with_epsilon (chart_scale (chart) / chart_before, 1.1, 1e-9);
  /* The font follows the screen's resolution, which pixel-snaps sizes. */
  g_assert_cmpfloat_with_epsilon (font_height (label) / font_before, 1.1, 0.04);

  /* Ctrl+− and Ctrl+0 bring it back. */
  press_control (GTK_WIDGET (window), XK_minus);
  want.scale = 1.0;
  wait_until (scale_is, &want, "text-scale back to 1");
  press_control (GTK_WIDGET (window), XK_equal);
  press_control (GTK_WIDGET (window), XK_equal);
  want.scale = 1.1 * 1.1;
  wait_until (scale_is, &want, "text-scale 1.21");
  g_assert_cmpfloat (font_height (label), >, font_before * 1.15);
  press_control (GTK_WIDGET (window), XK_0);
  want.scale = 1.0;
  wait_until (scale_is, &want, "text-scale reset to 1");
  g_assert_cmpfloat_with_epsilon (chart_scale (chart), chart_before, 1e-9);
  g_assert_cmpfloat (font_height (label), ==, font_before);

  gtk_window_destroy (GTK_WINDOW (window));
  display_drain ();
}

int
main (int   argc,
      char *argv[])
{
  GModule *xtst;

  /* Not display_test_init (): the application registers our resources
   * itself, and registering them twice loops GResource's lookups. */
  g_content_type_set_mime_dirs (NULL);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  xtst = g_module_open ("libXtst.so.6", G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (xtst == NULL || !g_module_symbol (xtst, "XTestFakeKeyEvent", (gpointer *) &fake_key))
    fake_key = NULL;

  g_test_add_func ("/display/text-size/shortcuts", test_shortcuts);

  return g_test_run ();
}
