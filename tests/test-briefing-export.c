/* test-briefing-export.c — "Export Briefing…" in the window: background, progress, no debris
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (display suite).  The export is started as the file
 * chooser would start it, with a file; the test waits for the file and
 * for the progress dialog to go.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "gr-briefing-export.h"
#include "gr-monte-carlo.h"
#include "gr-resources.h"
#include "gr-scenario-io.h"
#include "gr-window-private.h"

#include "display-fixture.h"
#include "pdf-text.h"

static char *tmpdir;

static gboolean
progress_dialog_shown (void)
{
  return display_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static gboolean
exported (gconstpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS) && !progress_dialog_shown ();
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_export (void)
{
  GrWindow *window = gr_window_new (NULL);
  g_autofree char *path = g_build_filename (tmpdir, "briefing.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  gsize length = 0;

  gtk_window_present (GTK_WINDOW (window));
  gr_briefing_export_to_file (GTK_WINDOW (window), window->document, NULL, NULL,
                              window->side_box, file);
  /* The window answers while the worker writes: the dialog is up at once. */
  g_assert_true (progress_dialog_shown ());
  wait_until (exported, path, "the briefing to be written");

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* Complete: a PDF ends with its end-of-file marker. */
  g_assert_nonnull (g_strstr_len (contents + length - 8, 8, "%%EOF"));
  /* The temporary file was renamed, not left beside it. */
  g_assert_cmpuint (count_files (tmpdir), ==, 1);
  g_assert_cmpint (g_unlink (path), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Without the analysis pane's results the export runs Monte Carlo itself
 * (its defaults); with them it shows them, and B's comparison. */
static void
test_uncertainty (void)
{
  GrWindow *window = gr_window_new (NULL);
  g_autofree char *path = g_build_filename (tmpdir, "analysed.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GrScenario) reinforced = NULL;
  g_autoptr(GrMonteCarlo) mc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;

  gtk_window_present (GTK_WINDOW (window));
  gr_briefing_export_to_file (GTK_WINDOW (window), window->document, NULL, NULL,
                              window->side_box, file);
  wait_until (exported, path, "the briefing to be written");
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Uncertainty"));
  g_assert_nonnull (strstr (text, "1,000 samples, seed 1"));
  g_assert_null (strstr (text, "Comparison"));
  g_assert_cmpint (g_unlink (path), ==, 0);

  reinforced = gr_scenario_load_bundled ("reinforced", &error);
  g_assert_no_error (error);
  mc = gr_monte_carlo_run (gr_document_get_model (window->document),
                           gr_document_get_scenario (window->document), 30, 9, 0, NULL, NULL,
                           NULL, &error);
  g_assert_no_error (error);
  gr_briefing_export_to_file (GTK_WINDOW (window), window->document, reinforced, mc,
                              window->side_box, file);
  wait_until (exported, path, "the briefing to be written");
  again = pdf_text (path);
  g_assert_nonnull (strstr (again, "30 samples, seed 9"));
  g_assert_nonnull (strstr (again, "Comparison"));
  g_assert_nonnull (strstr (again, reinforced->name));
  g_assert_cmpint (g_unlink (path), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_toast (GtkWidget     *widget,
          gconstpointer  data)
{
  return g_str_equal (G_OBJECT_TYPE_NAME (widget), "AdwToastWidget");
}

static gboolean
toast_shown (gconstpointer data)
{
  return display_find ((GtkWidget *) data, is_toast, NULL) != NULL;
}

/* Cancel while Monte Carlo runs: the job ends with its toast, and leaves
 * neither the file nor a temporary. */
static void
test_cancel_sampling (void)
{
  GrWindow *window = gr_window_new (NULL);
  g_autofree char *path = g_build_filename (tmpdir, "cancelled.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (toast_shown (window));
  gr_briefing_export_to_file (GTK_WINDOW (window), window->document, NULL, NULL,
                              window->side_box, file);
  dialog = display_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  /* As Escape or the Cancel button would. */
  gtk_window_close (GTK_WINDOW (dialog));
  wait_until (toast_shown, window, "the toast that ends the job");
  g_assert_false (progress_dialog_shown ());
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (tmpdir), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_content_type_set_mime_dirs (NULL);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  gtk_init ();
  adw_init ();
  gr_register_resource ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  tmpdir = g_dir_make_tmp ("gr-briefing-export-XXXXXX", NULL);

  g_test_add_func ("/display/briefing-export/export", test_export);
  g_test_add_func ("/display/briefing-export/uncertainty", test_uncertainty);
  g_test_add_func ("/display/briefing-export/cancel-sampling", test_cancel_sampling);

  status = g_test_run ();
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
