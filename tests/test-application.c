/* test-application.c — files: open in the running window, recent, revert, new
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application runs non-unique here (no session bus needed); "open"
 * is what a second `guarantor FILE.json` sends to the running one.  The
 * window then lists the file in its recent files, reverts to it, and
 * starts a new scenario.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "gr-application.h"
#include "gr-presentation.h"
#include "gr-resources.h"
#include "gr-scenario-io.h"
#include "gr-window-private.h"
#include "wait.h"

static gboolean
has_file (gconstpointer document)
{
  return gr_document_get_file ((GrDocument *) document) != NULL;
}

static gboolean
not_modified (gconstpointer document)
{
  return !gr_document_get_modified ((GrDocument *) document);
}

static gboolean
has_recent (gconstpointer window)
{
  return g_menu_model_get_n_items (G_MENU_MODEL (((GrWindow *) window)->recent_menu)) > 0;
}

static gboolean
has_two_recent (gconstpointer window)
{
  return g_menu_model_get_n_items (G_MENU_MODEL (((GrWindow *) window)->recent_menu)) >= 2;
}

static gboolean
recent_lists (GrWindow *window,
              GFile    *file)
{
  GMenuModel *menu = G_MENU_MODEL (window->recent_menu);
  g_autofree char *uri = g_file_get_uri (file);

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (
          menu, i, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);

      if (target != NULL && g_str_equal (g_variant_get_string (target, NULL), uri))
        return TRUE;
    }
  return FALSE;
}

static void
edit_troops (GrScenario *scenario,
             gpointer    user_data)
{
  g_array_index (scenario->force.deployments, GrDeployment, 0).troops = GPOINTER_TO_INT (user_data);
}

static gboolean
find_dialog (gconstpointer out)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      {
        *(AdwMessageDialog **) (gpointer) out = l->data;
        return TRUE;
      }
  return FALSE;
}

static guint
count_windows (GApplication *app)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (GR_IS_WINDOW (l->data))
      n++;
  return n;
}

/* The application builds its model in a worker and opens the window once
 * the model is there. */
static gboolean
has_window (gconstpointer app)
{
  return count_windows (G_APPLICATION (app)) > 0;
}

static void
test_open_in_running_window (void)
{
  g_autoptr(GrApplication) app = gr_application_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-application-XXXXXX", &error);
  g_autofree char *good_path = g_build_filename (dir, "mine.guarantor.json", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "broken.json", NULL);
  g_autofree char *second_path = g_build_filename (dir, "second.guarantor.json", NULL);
  g_autoptr(GFile) good = g_file_new_for_path (good_path);
  g_autoptr(GFile) second = g_file_new_for_path (second_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GrScenario) scenario = gr_scenario_load_bundled ("reinforced", &error);
  AdwMessageDialog *dialog = NULL;
  GFile *files[1];
  GrWindow *window;
  const GrScenario *before;

  g_assert_no_error (error);
  g_assert_true (gr_scenario_save_file (scenario, good, NULL, &error));
  g_assert_true (g_file_set_contents (bad_path, "{\"format\": 1, ", -1, &error));

  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  wait_until (has_window, app, "a window");
  g_assert_cmpuint (count_windows (G_APPLICATION (app)), ==, 1);
  /* About's icon, and the symbolic one, come with the application. */
  g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                          APP_ID));
  g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                          APP_ID "-symbolic"));
  window = GR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));

  /* A file: into the window there is, no second one. */
  files[0] = good;
  g_application_open (G_APPLICATION (app), files, 1, "");
  wait_until (has_file, window->document, "the file to load");
  g_assert_cmpuint (count_windows (G_APPLICATION (app)), ==, 1);
  g_assert_true (g_file_equal (gr_document_get_file (window->document), good));
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (window->document), scenario));

  /* It is in the Open menu's recent files. */
  wait_until (has_recent, window, "the recent files menu");
  {
    g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (
        G_MENU_MODEL (window->recent_menu), 0, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
    g_autofree char *uri = g_file_get_uri (good);

    g_assert_cmpstr (g_variant_get_string (target, NULL), ==, uri);
  }

  /* A broken file: a dialog that names it, and the scenario stays. */
  before = gr_document_get_scenario (window->document);
  files[0] = bad;
  g_application_open (G_APPLICATION (app), files, 1, "");
  wait_until (find_dialog, &dialog, "a message dialog");
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "broken.json"));
  g_assert_cmpuint (count_windows (G_APPLICATION (app)), ==, 1);
  g_assert_true (gr_document_get_scenario (window->document) == before);
  g_assert_true (g_file_equal (gr_document_get_file (window->document), good));

  gtk_window_destroy (GTK_WINDOW (dialog));
  dialog = NULL;

  /* Revert: an edit, then back to the file after the question. */
  g_assert_true (gr_document_apply (window->document, "Troops", edit_troops,
                                    GINT_TO_POINTER (1234), &error));
  g_assert_true (gr_document_get_modified (window->document));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.revert", NULL);
  wait_until (find_dialog, &dialog, "a message dialog");
  adw_message_dialog_response (dialog, "revert");
  wait_until (not_modified, window->document, "the document to be unmodified");
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (window->document), scenario));

  /* New: the template, untitled, without a file. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  g_assert_null (gr_document_get_file (window->document));
  g_assert_cmpstr (gr_document_get_title (window->document), ==, "Untitled Scenario");
  g_assert_false (gr_document_get_modified (window->document));

  /* A second file: both are listed.  Listing sorts them by time, which
   * once freed the recent infos' own dates (a critical, fatal here). */
  g_assert_true (gr_scenario_save_file (scenario, second, NULL, &error));
  g_assert_no_error (error);
  files[0] = second;
  g_application_open (G_APPLICATION (app), files, 1, "");
  wait_until (has_two_recent, window, "two recent files");
  g_assert_true (recent_lists (window, good));
  g_assert_true (recent_lists (window, second));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_unlink (second_path);
  g_unlink (good_path);
  g_unlink (bad_path);
  g_rmdir (dir);
}

static gboolean
find_presentation (gconstpointer out)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GR_IS_PRESENTATION (l->data))
      {
        *(GrPresentation **) (gpointer) out = l->data;
        return TRUE;
      }
  return FALSE;
}

static gboolean
has_uncertainty (gconstpointer presentation)
{
  return gr_briefing_get_uncertainty (gr_presentation_get_briefing ((GrPresentation *) presentation))
         != NULL;
}

/* Runs inside g_application_run(): the slides come up on the file, and
 * take the P10–P90 of the run the command line asked for. */
static gboolean
check_presentation_cb (gpointer app)
{
  GrPresentation *presentation = NULL;
  const GrMonteCarlo *mc;
  GtkWindow *window;

  wait_until (find_presentation, &presentation, "the presentation");
  wait_until (has_uncertainty, presentation, "the Monte Carlo run");
  mc = gr_briefing_get_uncertainty (gr_presentation_get_briefing (presentation));
  g_assert_cmpuint (mc->samples, ==, 30);
  g_assert_cmpuint (mc->seed, ==, 5);
  window = gtk_window_get_transient_for (GTK_WINDOW (presentation));
  g_assert_true (GR_IS_WINDOW (window));
  g_assert_cmpstr (gr_document_get_title (GR_WINDOW (window)->document), ==,
                   "Reinforced guarantees");
  gtk_window_destroy (GTK_WINDOW (presentation));
  g_application_quit (app);
  return G_SOURCE_REMOVE;
}

/* `guarantor --present FILE --samples 30 --seed 5`: the Monte Carlo
 * starts once the file has loaded (started before, loading the file
 * would drop it). */
static void
test_present_samples (void)
{
  g_autoptr(GrApplication) app = gr_application_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "scenarios",
                                                 "reinforced.json", NULL);
  char *argv[] = { "guarantor", "--present", path, "--samples", "30", "--seed", "5", NULL };

  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_idle_add (check_presentation_cb, app);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), G_N_ELEMENTS (argv) - 1, argv), ==,
                   0);
}

int
main (int   argc,
      char *argv[])
{
  g_content_type_set_mime_dirs (NULL);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/display/application/open-in-running-window", test_open_in_running_window);
  g_test_add_func ("/display/application/present-samples", test_present_samples);

  return g_test_run ();
}
