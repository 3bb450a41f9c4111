/* test-window.c — the real window: load errors, undo/redo state, close prompt
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (display suite).  The window is driven the way a user
 * would: through gr_window_open_file(), its win.* actions and close
 * requests; dialogs are found among the toplevels and answered.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "display-wait.h"
#include "gr-resources.h"
#include "gr-scenario-io.h"
#include "gr-window-private.h"

static AdwMessageDialog *
visible_dialog (void)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

static gboolean
dialog_shown (gpointer data)
{
  return visible_dialog () != NULL;
}

static AdwMessageDialog *
wait_for_dialog (void)
{
  g_assert_true (spin_until (dialog_shown, NULL, 10));
  return visible_dialog ();
}

/* Answers @dialog as a click on the button with @response would. */
static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  adw_message_dialog_response (dialog, response);
  /* A button click also closes the dialog, unless its parent took it along. */
  if (dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GrWindow *
new_window (void)
{
  GrWindow *window = gr_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return window;
}

static void
add_brigade (GrScenario *scenario,
             gpointer    user_data)
{
  GrDeployment d = { 0 };

  d.id = g_strdup ("test-brigade");
  d.name = g_strdup ("Test brigade");
  d.position = (GrLonLat) { 36.23, 49.99 };
  d.troops = 3000;
  d.role = GR_ROLE_BORDER;
  d.nation = g_strdup ("GB");
  g_array_append_val (scenario->force.deployments, d);
}

static void
edit (GrWindow *window)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (gr_document_apply (gr_window_get_document (window), "Add brigade",
                                    add_brigade, NULL, &error));
  g_assert_no_error (error);
}

static void
test_load_error (void)
{
  GrWindow *window = new_window ();
  GrDocument *doc = gr_window_get_document (window);
  g_autoptr(GrScenario) before = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken-scenario.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  edit (window);
  before = gr_scenario_copy (gr_document_get_scenario (doc));
  g_assert_true (g_file_set_contents (path, "{ \"name\": 42 }", -1, &error));
  g_assert_no_error (error);

  /* The document is modified, so opening first asks; discard, then load. */
  gr_window_open_file (window, file);
  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  answer (dialog, "discard");

  dialog = wait_for_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "broken-scenario.json"));
  /* The body carries the loader's message, which names the problem. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "not a Guarantor scenario"));
  /* The open scenario is untouched, edits and history included. */
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (doc), before));
  g_assert_null (gr_document_get_file (doc));
  g_assert_true (gr_document_get_modified (doc));
  g_assert_true (gr_document_get_can_undo (doc));
  answer (dialog, "close");

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_undo_redo_state (void)
{
  GrWindow *window = new_window ();
  GrDocument *doc = gr_window_get_document (window);
  g_autoptr(GrScenario) before = gr_scenario_copy (gr_document_get_scenario (doc));

  g_assert_false (gtk_widget_get_sensitive (window->undo_button));
  g_assert_false (gtk_widget_get_sensitive (window->redo_button));

  edit (window);
  g_assert_true (gtk_widget_get_sensitive (window->undo_button));
  g_assert_false (gtk_widget_get_sensitive (window->redo_button));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (window->undo_button), "Add brigade"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (doc), before));
  g_assert_false (gtk_widget_get_sensitive (window->undo_button));
  g_assert_true (gtk_widget_get_sensitive (window->redo_button));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (window->redo_button), "Add brigade"));

  /* A drag in progress disables both. */
  gr_document_begin_edit (doc, "Drag");
  g_assert_false (gtk_widget_get_sensitive (window->redo_button));
  gr_document_end_edit (doc);
  g_assert_true (gtk_widget_get_sensitive (window->redo_button));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_false (gr_scenario_equal (gr_document_get_scenario (doc), before));
  g_assert_true (gtk_widget_get_sensitive (window->undo_button));
  g_assert_false (gtk_widget_get_sensitive (window->redo_button));

  /* Back to the loaded state: not modified, so closing does not ask. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_false (gr_document_get_modified (doc));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Closing means destroyed (disposed), not finalized: a tile still being
 * drawn may hold a reference for a while after. */
static void
destroyed_cb (GtkWidget *widget,
              gpointer   user_data)
{
  *(gboolean *) user_data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
test_close_prompt (void)
{
  GrWindow *window = new_window ();
  AdwMessageDialog *dialog;
  gboolean destroyed = FALSE;

  g_signal_connect (window, "destroy", G_CALLBACK (destroyed_cb), &destroyed);
  edit (window);

  /* Cancel keeps the window and the changes. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            gr_document_get_title (gr_window_get_document (window))));
  answer (dialog, "cancel");
  g_assert_false (destroyed);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (gr_document_get_modified (gr_window_get_document (window)));

  /* Discard closes it. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_dialog ();
  answer (dialog, "discard");
  g_assert_true (spin_until (is_true, &destroyed, 10));
}

static gboolean
file_loaded (gpointer data)
{
  return gr_document_get_file (gr_window_get_document (data)) != NULL;
}

/* Save from the close prompt: the file is written, then the window closes. */
static void
test_close_save (void)
{
  GrWindow *window = new_window ();
  g_autofree char *dir = g_dir_make_tmp ("test-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GrScenario) edited = NULL;
  g_autoptr(GrScenario) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean destroyed = FALSE;

  g_signal_connect (window, "destroy", G_CALLBACK (destroyed_cb), &destroyed);

  /* Give the document a file: write the baseline out and open it. */
  text = gr_scenario_to_data (gr_document_get_scenario (gr_window_get_document (window)), NULL);
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  gr_window_open_file (window, file);
  g_assert_true (spin_until (file_loaded, window, 10));

  edit (window);
  edited = gr_scenario_copy (gr_document_get_scenario (gr_window_get_document (window)));
  gtk_window_close (GTK_WINDOW (window));
  answer (wait_for_dialog (), "save");
  g_assert_true (spin_until (is_true, &destroyed, 10));

  reread = gr_scenario_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (gr_scenario_equal (reread, edited));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_open_bundled (void)
{
  GrWindow *window = new_window ();
  GrDocument *doc = gr_window_get_document (window);
  AdwMessageDialog *dialog;

  edit (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", "s",
                                             "reinforced"));
  dialog = wait_for_dialog ();
  answer (dialog, "cancel");
  g_assert_true (gr_document_get_can_undo (doc));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", "s",
                                             "reinforced"));
  dialog = wait_for_dialog ();
  answer (dialog, "discard");
  g_assert_false (gr_document_get_can_undo (doc));
  g_assert_false (gr_document_get_modified (doc));
  g_assert_null (gr_document_get_file (doc));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* Isolated XDG dirs would hide the system MIME database, and gdk-pixbuf
   * then cannot tell the map's SVG icons from anything else. */
  g_content_type_set_mime_dirs (NULL);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  gtk_init ();
  adw_init ();
  gr_register_resource ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/display/window/load-error", test_load_error);
  g_test_add_func ("/display/window/undo-redo-state", test_undo_redo_state);
  g_test_add_func ("/display/window/close-prompt", test_close_prompt);
  g_test_add_func ("/display/window/close-save", test_close_save);
  g_test_add_func ("/display/window/open-bundled", test_open_bundled);

  return g_test_run ();
}
