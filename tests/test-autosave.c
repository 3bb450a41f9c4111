/* test-autosave.c — recovery files: written after an edit, gone when clean, found after a crash
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The crash is real: a subprocess edits, waits for its recovery file to
 * appear (a file monitor, bounded), and kills itself with SIGKILL; the
 * test then finds the file, restores it and compares the scenario with
 * the same edit made here.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <unistd.h>

#include "gr-autosave.h"
#include "gr-document.h"
#include "gr-scenario-io.h"
#include "wait.h"

static void
edit_troops (GrScenario *scenario,
             gpointer    user_data)
{
  g_array_index (scenario->force.deployments, GrDeployment, 0).troops = GPOINTER_TO_INT (user_data);
}

static GrDocument *
edited_document (int troops)
{
  g_autoptr(GError) error = NULL;
  GrDocument *doc = gr_document_new_from_bundled (NULL, "baseline", &error);

  g_assert_no_error (error);
  g_assert_true (gr_document_apply (doc, "Troops", edit_troops, GINT_TO_POINTER (troops), &error));
  g_assert_no_error (error);
  return doc;
}

static void
flag_cb (gpointer  instance,
         gboolean *flag)
{
  *flag = TRUE;
}

static void
test_write_and_read (void)
{
  g_autoptr(GrDocument) doc = edited_document (2345);
  g_autoptr(GrAutosave) autosave = gr_autosave_new (doc, NULL);
  g_autoptr(GrScenario) read = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = gr_autosave_get_dir ();
  g_autofree char *prefix = g_strdup_printf ("recovery-%d-", (int) getpid ());
  g_autofree char *name = NULL;
  gint64 saved_at = 0, before = g_get_real_time () / G_USEC_PER_SEC;
  gboolean saved = FALSE;

  /* In the state folder, under this process's id. */
  name = g_path_get_basename (gr_autosave_get_path (autosave));
  g_assert_true (g_str_has_prefix (gr_autosave_get_path (autosave), dir));
  g_assert_true (g_str_has_prefix (name, prefix));

  gr_autosave_set_delay (autosave, 20);
  g_signal_connect (autosave, "saved", G_CALLBACK (flag_cb), &saved);
  /* The document had unsaved changes already: the clock runs. */
  wait_until (wait_flag, &saved, "the callback");
  saved = FALSE;
  g_assert_true (gr_document_apply (doc, "Troops", edit_troops, GINT_TO_POINTER (2346), &error));
  wait_until (wait_flag, &saved, "the callback");

  read = gr_autosave_read (gr_autosave_get_path (autosave), &file, &saved_at, &error);
  g_assert_no_error (error);
  g_assert_null (file);
  g_assert_cmpint (saved_at, >=, before);
  g_assert_cmpint (g_array_index (read->force.deployments, GrDeployment, 0).troops, ==, 2346);
  g_assert_true (gr_scenario_equal (read, gr_document_get_scenario (doc)));

  /* A running process's file is not an orphan. */
  orphans = gr_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 0);

  /* Back to the saved state: the recovery file goes. */
  g_assert_true (gr_document_undo (doc));
  g_assert_true (gr_document_undo (doc));
  g_assert_false (gr_document_get_modified (doc));
  g_assert_false (g_file_test (gr_autosave_get_path (autosave), G_FILE_TEST_EXISTS));
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (gr_document_save_finish (GR_DOCUMENT (object), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
test_save_and_discard (void)
{
  g_autoptr(GrDocument) doc = edited_document (2400);
  g_autoptr(GrAutosave) autosave = gr_autosave_new (doc, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-autosave-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "mine.json", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (path);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GrScenario) read = NULL;
  gboolean saved = FALSE, written = FALSE;

  gr_autosave_set_delay (autosave, 20);
  g_signal_connect (autosave, "saved", G_CALLBACK (flag_cb), &saved);
  gr_document_save_async (doc, target, NULL, save_done_cb, &written);
  wait_until (wait_flag, &written, "the callback");

  /* An edit of a file remembers the file. */
  g_assert_true (gr_document_apply (doc, "Troops", edit_troops, GINT_TO_POINTER (2500), &error));
  wait_until (wait_flag, &saved, "the callback");
  read = gr_autosave_read (gr_autosave_get_path (autosave), &file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (file);
  g_assert_true (g_file_equal (file, target));

  /* Saved: gone. */
  written = FALSE;
  gr_document_save_async (doc, NULL, NULL, save_done_cb, &written);
  wait_until (wait_flag, &written, "the callback");
  g_assert_false (g_file_test (gr_autosave_get_path (autosave), G_FILE_TEST_EXISTS));

  /* A clean close: gone, and no more writes. */
  saved = FALSE;
  g_assert_true (gr_document_apply (doc, "Troops", edit_troops, GINT_TO_POINTER (2600), &error));
  wait_until (wait_flag, &saved, "the callback");
  g_assert_true (g_file_test (gr_autosave_get_path (autosave), G_FILE_TEST_EXISTS));
  gr_autosave_discard (autosave);
  g_assert_false (g_file_test (gr_autosave_get_path (autosave), G_FILE_TEST_EXISTS));

  g_unlink (path);
  g_rmdir (dir);
}

static void
monitor_cb (GFileMonitor      *monitor,
            GFile             *file,
            GFile             *other,
            GFileMonitorEvent  event,
            gpointer           user_data)
{
  const char *path = g_object_get_data (G_OBJECT (monitor), "gr-path");

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    *(gboolean *) user_data = TRUE;
}

/* The crashing process: an edit, its recovery file, SIGKILL. */
static void
test_crash_child (void)
{
  const char *dir = g_getenv ("GR_TEST_STATE");
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFileMonitor) monitor = NULL;
  g_autoptr(GrDocument) doc = NULL;
  g_autoptr(GrAutosave) autosave = NULL;
  g_autoptr(GError) error = NULL;
  gboolean appeared = FALSE;

  if (!g_test_subprocess () || dir == NULL)
    {
      g_test_skip ("run by /model/autosave/crash");
      return;
    }
  name = g_strdup_printf ("recovery-%d-0.json", (int) getpid ());
  path = g_build_filename (dir, name, NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  folder = g_file_new_for_path (dir);
  monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  g_assert_no_error (error);
  g_object_set_data (G_OBJECT (monitor), "gr-path", path);
  g_signal_connect (monitor, "changed", G_CALLBACK (monitor_cb), &appeared);

  doc = edited_document (2700);
  autosave = gr_autosave_new (doc, path);
  gr_autosave_set_delay (autosave, 100);
  g_assert_true (gr_document_apply (doc, "Troops", edit_troops, GINT_TO_POINTER (2750), &error));
  wait_until (wait_flag, &appeared, "the callback");
  kill (getpid (), SIGKILL);
}

static void
test_crash (void)
{
  g_autofree char *dir = gr_autosave_get_dir ();
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GrDocument) expected = edited_document (2750);
  g_autoptr(GrDocument) doc = NULL;
  g_autoptr(GrScenario) read = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  g_setenv ("GR_TEST_STATE", dir, TRUE);
  g_test_trap_subprocess ("/model/autosave/crash/child", 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_failed ();

  orphans = gr_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  read = gr_autosave_read (orphans->pdata[0], &file, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (file);

  doc = gr_document_new_from_bundled (NULL, "baseline", &error);
  g_assert_true (gr_document_restore (doc, g_steal_pointer (&read), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (gr_document_get_modified (doc));
  g_assert_false (gr_document_get_can_undo (doc));
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (doc),
                                    gr_document_get_scenario (expected)));
  g_assert_cmpint (g_unlink (orphans->pdata[0]), ==, 0);
}

static void
test_read_bad (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-autosave-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "recovery-1-0.json", NULL);

  g_assert_true (g_file_set_contents (path, "{\"format\": 1}", -1, &error));
  g_assert_null (gr_autosave_read (path, NULL, NULL, &error));
  g_assert_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "recovery-1-0.json"));
  g_clear_error (&error);

  /* The scenario part goes through the loader's checks. */
  g_assert_true (g_file_set_contents (path, "guarantor-recovery 1 0 -\n{\"format\": ", -1, &error));
  g_assert_null (gr_autosave_read (path, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "recovery-1-0.json"));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/model/autosave/write-and-read", test_write_and_read);
  g_test_add_func ("/model/autosave/save-and-discard", test_save_and_discard);
  g_test_add_func ("/model/autosave/crash", test_crash);
  g_test_add_func ("/model/autosave/crash/child", test_crash_child);
  g_test_add_func ("/model/autosave/read-bad", test_read_bad);

  return g_test_run ();
}
