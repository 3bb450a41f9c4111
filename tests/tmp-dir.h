/* tmp-dir.h — a private temporary directory for one test, removed with all it holds
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Header-only (static functions), like cli-run.h.  Tests write only here:
 * two runs of the suite side by side (meson test --repeat, two builds on
 * one machine) never see each other's files.  A failed test leaves its
 * directory behind, to be looked at.
 *
 *   g_autoptr(TmpDir) dir = tmp_dir_new ("test-window");
 *   g_autofree char *path = g_build_filename (dir, "saved.json", NULL);
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>

typedef char TmpDir;

/* A new empty directory named after @prefix under the system's temporary
 * directory; the test fails if it cannot be made. */
static inline TmpDir *
tmp_dir_new (const char *prefix)
{
  g_autofree char *template = g_strconcat (prefix, "-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return dir;
}

static inline void
tmp_dir_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        tmp_dir_remove_tree (child);
      else
        g_assert_cmpint (g_unlink (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

/* Removes @dir and everything in it, then frees the name. */
static inline void
tmp_dir_free (TmpDir *dir)
{
  tmp_dir_remove_tree (dir);
  g_free (dir);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TmpDir, tmp_dir_free)
