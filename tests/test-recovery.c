/* test-recovery.c — a window's edits survive kill -9 and come back on request
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A subprocess opens a window, edits, waits for its recovery file to appear
 * (a file monitor, bounded) and kills itself with SIGKILL.  The test then
 * opens a window as the next start would, answers Restore, and compares the
 * scenario with the same edit made here.  Both processes share one state
 * folder, made here (not per test path, as G_TEST_OPTION_ISOLATE_DIRS would).
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <unistd.h>

#include "gr-resources.h"
#include "gr-window-private.h"
#include "wait.h"

#define TROOPS 2750

static void
edit_troops (GrScenario *scenario,
             gpointer    user_data)
{
  g_array_index (scenario->force.deployments, GrDeployment, 0).troops = GPOINTER_TO_INT (user_data);
}

static GrWindow *
new_window (void)
{
  GrWindow *window = gr_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 700);
  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return window;
}

static void
monitor_cb (GFileMonitor      *monitor,
            GFile             *file,
            GFile             *other,
            GFileMonitorEvent  event,
            gpointer           user_data)
{
  /* Only wakes the loop; wait_until() looks at the file itself. */
}

/* The session that crashes. */
static void
test_crash_child (void)
{
  g_autoptr(GFileMonitor) monitor = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = gr_autosave_get_dir ();
  GrWindow *window;

  if (!g_test_subprocess ())
    {
      g_test_skip ("run by /display/recovery/crash");
      return;
    }
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  folder = g_file_new_for_path (dir);
  monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  g_assert_no_error (error);
  g_signal_connect (monitor, "changed", G_CALLBACK (monitor_cb), NULL);

  window = new_window ();
  gr_autosave_set_delay (window->autosave, 100);
  g_assert_true (gr_document_apply (window->document, "Troops", edit_troops,
                                    GINT_TO_POINTER (TROOPS), &error));
  g_assert_no_error (error);
  wait_until (wait_file_exists, (gpointer) gr_autosave_get_path (window->autosave), "the file to appear");
  kill (getpid (), SIGKILL);
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

static gboolean
document_modified (gconstpointer document)
{
  return gr_document_get_modified ((GrDocument *) document);
}

static void
test_crash (void)
{
  g_autoptr(GrDocument) expected = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *own = NULL;
  AdwMessageDialog *dialog = NULL;
  GrWindow *window;

  g_test_trap_subprocess ("/display/recovery/crash/child", 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_failed ();

  orphans = gr_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);

  /* The next start asks; the user restores. */
  window = new_window ();
  g_assert_false (gr_document_get_modified (window->document));
  gr_window_offer_recovery (window, orphans->pdata[0]);
  wait_until (find_dialog, &dialog, "a message dialog");
  adw_message_dialog_response (dialog, "restore");
  wait_until (document_modified, window->document, "the document to be modified");

  expected = gr_document_new_from_bundled (NULL, "baseline", &error);
  g_assert_true (gr_document_apply (expected, "Troops", edit_troops,
                                    GINT_TO_POINTER (TROOPS), &error));
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (window->document),
                                    gr_document_get_scenario (expected)));
  g_assert_null (gr_document_get_file (window->document));
  g_assert_false (g_file_test (orphans->pdata[0], G_FILE_TEST_EXISTS));

  /* The restored edits are this window's to keep now; a clean close
   * removes its recovery file. */
  own = g_strdup (gr_autosave_get_path (window->autosave));
  gr_autosave_set_delay (window->autosave, 50);
  g_assert_true (gr_document_apply (window->document, "Troops", edit_troops,
                                    GINT_TO_POINTER (TROOPS + 1), &error));
  wait_until (wait_file_exists, own, "the file to appear");
  window->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (window));
  wait_until (wait_file_gone, own, "the file to go");
  g_clear_pointer (&orphans, g_ptr_array_unref);
  orphans = gr_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 0);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (path);
}

static const char *const xdg_homes[] = {
  "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
};

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state = NULL;
  gboolean own_state = FALSE;
  int status;

  /* One state folder for this process and its subprocess. */
  if (g_getenv ("GR_TEST_RECOVERY_STATE") == NULL)
    {
      state = g_dir_make_tmp ("test-recovery-XXXXXX", NULL);
      g_assert_nonnull (state);
      g_setenv ("GR_TEST_RECOVERY_STATE", state, TRUE);
      own_state = TRUE;
    }
  /* Every XDG folder under it, not only the state: the window also
   * reads and writes the desktop's recent files and settings, and a test
   * must neither read another run's nor leave its own in $HOME. */
  for (guint i = 0; i < G_N_ELEMENTS (xdg_homes); i++)
    {
      g_autofree char *dir = g_build_filename (g_getenv ("GR_TEST_RECOVERY_STATE"),
                                               xdg_homes[i], NULL);

      g_setenv (xdg_homes[i], dir, TRUE);
    }

  g_content_type_set_mime_dirs (NULL);
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();
  gr_register_resource ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/display/recovery/crash", test_crash);
  g_test_add_func ("/display/recovery/crash/child", test_crash_child);

  status = g_test_run ();
  if (own_state)
    remove_tree (state);
  return status;
}
