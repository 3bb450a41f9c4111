/* test-presentation.c — presentation mode: enter, step through every slide, leave
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (display suite).  Keys are real X key events (XTest), as
 * a keyboard or a clicker sends them, so the test covers the capture of
 * keys before the map sees them.  Warnings are fatal under the test
 * framework: a run through every slide that ends here drew them cleanly.
 */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <glib/gi18n.h>
#include <X11/keysym.h>

#include "gr-analysis-pane.h"
#include "gr-presentation.h"
#include "gr-scenario-io.h"
#include "gr-resources.h"
#include "gr-window-private.h"

#include "display-fixture.h"

typedef int (*FakeKeyFunc) (Display *, unsigned int, int, unsigned long);

static FakeKeyFunc fake_key;

static void
press (GtkWidget *widget,
       guint      keysym)
{
  Display *display = gdk_x11_display_get_xdisplay (gtk_widget_get_display (widget));
  KeyCode code = XKeysymToKeycode (display, keysym);

  fake_key (display, code, True, CurrentTime);
  fake_key (display, code, False, CurrentTime);
  XFlush (display);
}

/* The briefing's source-list pages, laid out for the projector. */
static guint
n_sources_slides (GrPresentation *presentation)
{
  GrBriefing *briefing = gr_presentation_get_briefing (presentation);
  guint n = 0;

  for (guint i = 0; i < gr_briefing_get_n_pages (briefing); i++)
    n += gr_briefing_get_page_kind (briefing, i) == GR_BRIEFING_PAGE_SOURCES;
  g_assert_cmpuint (n, >=, 1);
  return n;
}

static GrPresentation *
find_presentation (void)
{
  return display_find_toplevel (GR_TYPE_PRESENTATION);
}

static gboolean
presentation_shown (gconstpointer data)
{
  return find_presentation () != NULL;
}

typedef struct
{
  GrPresentation *presentation;
  guint slide;
} Want;

static gboolean
on_slide (gconstpointer data)
{
  const Want *want = data;

  return gr_presentation_get_slide (want->presentation) == want->slide;
}

static gboolean
is_gone (gconstpointer data)
{
  return *(const gpointer *) data == NULL;
}

static gboolean
is_active (gconstpointer data)
{
  return gtk_window_is_active ((GtkWindow *) data);
}

static void
step_to (GrPresentation *presentation,
         guint           keysym,
         guint           slide)
{
  Want want = { presentation, slide };

  press (GTK_WIDGET (presentation), keysym);
  wait_until (on_slide, &want, "the slide");
}

static void
test_every_slide (void)
{
  GrWindow *window;
  GrPresentation *presentation;
  guint n;

  if (fake_key == NULL || !GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("needs X11 and libXtst");
      return;
    }
  window = gr_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (is_active, window, "the window to be active");

  /* F5 enters. */
  press (GTK_WIDGET (window), XK_F5);
  wait_until (presentation_shown, NULL, "the presentation");
  presentation = find_presentation ();
  wait_until (is_active, presentation, "the window to be active");

  /* The map, the index, one slide per instrument and the source list. */
  n = gr_presentation_get_n_slides (presentation);
  g_assert_cmpuint (n, ==, 2 + GR_N_INSTRUMENTS + n_sources_slides (presentation));
  g_assert_cmpuint (gr_presentation_get_slide (presentation), ==, 0);
  g_assert_cmpstr (gr_presentation_get_slide_title (presentation), ==, "Map");

  /* A clicker's Page Down through every slide, drawn each time. */
  for (guint i = 1; i < n; i++)
    {
      step_to (presentation, XK_Page_Down, i);
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_cmpstr (gr_presentation_get_slide_title (presentation), ==, "Sources");
  /* Past the end stays at the end; Home, End, arrows, Page Up. */
  press (GTK_WIDGET (presentation), XK_Right);
  step_to (presentation, XK_Home, 0);
  g_assert_cmpstr (gr_presentation_get_slide_title (presentation), ==, "Map");
  step_to (presentation, XK_End, n - 1);
  step_to (presentation, XK_Left, n - 2);
  step_to (presentation, XK_Page_Up, n - 3);
  step_to (presentation, XK_Down, n - 2);

  /* Nothing in presentation mode edits the scenario. */
  g_assert_false (gr_document_get_modified (window->document));

  /* Escape leaves. */
  g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *) &presentation);
  press (GTK_WIDGET (presentation), XK_Escape);
  wait_until (is_gone, &presentation, "the presentation to close");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_analysis_pane (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GR_IS_ANALYSIS_PANE (widget);
}

static gboolean
analysis_done (gconstpointer data)
{
  return !gr_analysis_pane_get_running ((GrAnalysisPane *) data);
}

/* With a scenario B and a Monte Carlo run in the analysis pane, the slides
 * end on the comparison and the key figures carry their P10–P90. */
static void
test_comparison_slide (void)
{
  GrWindow *window;
  GrAnalysisPane *pane;
  GrPresentation *presentation;
  g_autoptr(GrScenario) reinforced = NULL;
  g_autoptr(GError) error = NULL;
  const GrMonteCarlo *mc;
  guint n;

  if (fake_key == NULL || !GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("needs X11 and libXtst");
      return;
    }
  window = gr_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (is_active, window, "the window to be active");
  pane = GR_ANALYSIS_PANE (display_find (window->side_box, is_analysis_pane, NULL));
  g_assert_nonnull (pane);
  reinforced = gr_scenario_load_bundled ("reinforced", &error);
  g_assert_no_error (error);
  gr_analysis_pane_compare_with (pane, reinforced);
  gr_analysis_pane_run_monte_carlo (pane, 50);
  wait_until (analysis_done, pane, "the Monte Carlo run");
  g_assert_nonnull (gr_analysis_pane_get_monte_carlo (pane));

  press (GTK_WIDGET (window), XK_F5);
  wait_until (presentation_shown, NULL, "the presentation");
  presentation = find_presentation ();
  wait_until (is_active, presentation, "the presentation to be active");

  /* The map, the index, the instruments, the comparison, the sources. */
  n = gr_presentation_get_n_slides (presentation);
  g_assert_cmpuint (n, ==, 3 + GR_N_INSTRUMENTS + n_sources_slides (presentation));
  mc = gr_briefing_get_uncertainty (gr_presentation_get_briefing (presentation));
  g_assert_nonnull (mc);
  g_assert_cmpuint (mc->samples, ==, 50);
  for (guint i = 1; i < n; i++)
    {
      step_to (presentation, XK_Page_Down, i);
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_cmpstr (gr_presentation_get_slide_title (presentation), ==, "Sources");
  gr_presentation_set_slide (presentation, n - 1 - n_sources_slides (presentation));
  g_assert_cmpstr (gr_presentation_get_slide_title (presentation), ==, "Comparison");
  display_redraw (GTK_WIDGET (presentation));
  step_to (presentation, XK_Page_Up, n - 2 - n_sources_slides (presentation));
  g_assert_cmpstr (gr_presentation_get_slide_title (presentation), ==, "Readiness");

  g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *) &presentation);
  press (GTK_WIDGET (presentation), XK_Escape);
  wait_until (is_gone, &presentation, "the presentation to close");
  g_assert_false (gr_document_get_modified (window->document));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The header bar's button enters too. */
static void
test_button (void)
{
  GrWindow *window = gr_window_new (NULL);
  GrPresentation *presentation;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  wait_until (presentation_shown, NULL, "the presentation");
  presentation = find_presentation ();
  g_assert_cmpuint (gr_presentation_get_n_slides (presentation), ==,
                    2 + GR_N_INSTRUMENTS + n_sources_slides (presentation));
  gtk_window_destroy (GTK_WINDOW (presentation));
  gtk_window_destroy (GTK_WINDOW (window));
}

#ifdef __GLIBC__
extern int _nl_msg_cat_cntr;
#endif

typedef struct
{
  const char *language;
  int width;
  int height;
} Projector;

/* Every slide's footer names its sources whole, in at most two lines,
 * at both projector sizes and in both languages; every id it names is
 * one the source list at the end gives a title to.  A footer that cited
 * the air defence chart's five titles in full was cut to "…" here. */
static void
test_sources_readable (gconstpointer data)
{
  const Projector *screen = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GrModel) model = NULL;
  g_autoptr(GrDocument) document = NULL;
  GrPresentation *presentation;
  GrBriefing *briefing;
  g_autoptr(GrScenario) baseline = NULL;
  guint n, cited = 0;

  g_setenv ("LANGUAGE", screen->language, TRUE);
#ifdef __GLIBC__
  ++_nl_msg_cat_cntr;
#endif
  model = gr_model_new_default (&error);
  g_assert_no_error (error);
  document = gr_document_new_from_bundled (model, "baseline", &error);
  g_assert_no_error (error);
  baseline = gr_scenario_copy (gr_document_get_scenario (document));
  presentation = gr_presentation_new (NULL, document, NULL, NULL);
  briefing = gr_presentation_get_briefing (presentation);
  gtk_window_set_default_size (GTK_WINDOW (presentation), screen->width, screen->height);
  gtk_window_present (GTK_WINDOW (presentation));
  display_wait_for_frame (GTK_WIDGET (presentation));
  /* Not full screen here (no window manager): the window's frame takes a
   * few pixels, which only makes the footer narrower than on a projector. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (presentation)), <=, screen->width);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (presentation)), >=, screen->width - 16);

  n = gr_presentation_get_n_slides (presentation);
  for (guint i = 0; i < n; i++)
    {
      gr_presentation_set_slide (presentation, i);
      display_redraw (GTK_WIDGET (presentation));
      g_assert_false (gr_presentation_get_sources_cut (presentation));
    }
  /* The ids the footers stand for are the scenario's, all in the list. */
  for (guint page = 0; page < gr_briefing_get_n_pages (briefing); page++)
    {
      g_auto(GStrv) ids = gr_briefing_get_page_source_ids (briefing, page);

      for (guint i = 0; ids[i] != NULL; i++, cited++)
        g_assert_nonnull (gr_scenario_find_source (baseline, ids[i]));
    }
  g_assert_cmpuint (cited, >, 0);
  gtk_window_destroy (GTK_WINDOW (presentation));
  g_setenv ("LANGUAGE", "en", TRUE);
#ifdef __GLIBC__
  ++_nl_msg_cat_cntr;
#endif
}

static gboolean
has_uncertainty (gconstpointer data)
{
  GrPresentation *presentation = (GrPresentation *) data;

  return gr_briefing_get_uncertainty (gr_presentation_get_briefing (presentation)) != NULL;
}

/* `--present --samples 40 --seed 7`: the slides open at once, and show
 * the P10–P90 of that run when it is done, on the slide they are at. */
static void
test_background_monte_carlo (void)
{
  GrWindow *window = gr_window_new (NULL);
  GrPresentation *presentation;
  const GrMonteCarlo *mc;

  gtk_window_present (GTK_WINDOW (window));
  gr_window_start_presentation (window, 40, 7, 1);
  presentation = find_presentation ();
  g_assert_nonnull (presentation);
  gr_presentation_set_slide (presentation, 3);
  wait_until (has_uncertainty, presentation, "the Monte Carlo run");
  mc = gr_briefing_get_uncertainty (gr_presentation_get_briefing (presentation));
  g_assert_cmpuint (mc->samples, ==, 40);
  g_assert_cmpuint (mc->seed, ==, 7);
  g_assert_cmpuint (gr_presentation_get_slide (presentation), ==, 3);
  display_redraw (GTK_WIDGET (presentation));
  g_assert_false (gr_document_get_modified (window->document));
  gtk_window_destroy (GTK_WINDOW (presentation));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  static const Projector screens[] = {
    { "en", 1280, 720 }, { "en", 1920, 1080 }, { "uk", 1280, 720 }, { "uk", 1920, 1080 },
  };
  g_autofree char *localedir = NULL;
  GModule *xtst;

  g_content_type_set_mime_dirs (NULL);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  gtk_init ();
  adw_init ();
  gr_register_resource ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* The Ukrainian catalogue from the build tree; C.UTF-8 is not "C", so
   * gettext honours LANGUAGE. */
  localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "uk", TRUE);
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Map"), ==, "Карта");
  g_setenv ("LANGUAGE", "en", TRUE);
#ifdef __GLIBC__
  ++_nl_msg_cat_cntr;
#endif

  xtst = g_module_open ("libXtst.so.6", G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (xtst == NULL || !g_module_symbol (xtst, "XTestFakeKeyEvent", (gpointer *) &fake_key))
    fake_key = NULL;

  g_test_add_func ("/display/presentation/every-slide", test_every_slide);
  g_test_add_func ("/display/presentation/comparison-slide", test_comparison_slide);
  g_test_add_func ("/display/presentation/button", test_button);
  g_test_add_func ("/display/presentation/background-monte-carlo", test_background_monte_carlo);
  for (guint i = 0; i < G_N_ELEMENTS (screens); i++)
    {
      g_autofree char *path = g_strdup_printf ("/display/presentation/sources-readable/%s/%dx%d",
                                               screens[i].language, screens[i].width,
                                               screens[i].height);

      g_test_add_data_func (path, &screens[i], test_sources_readable);
    }

  return g_test_run ();
}
