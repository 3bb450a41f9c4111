/* test-file-write.c — the atomic writer: whole or not at all
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each failure (a full disk, a device, a folder where no file can be made)
 * must leave the old file as it was and no temporary file behind, with an
 * error that names the file.  The full disk is a 64 KiB tmpfs, which needs
 * root (as in CI); without it that case is skipped.
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gr-file-write.h"

#define OLD_TEXT "{\"old\": \"the user's work\"}\n"

typedef struct
{
  char *dir;
  gboolean mounted;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  GError *error = NULL;

  f->dir = g_dir_make_tmp ("test-file-write-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_unlink (child);
        }
      g_dir_close (dir);
    }
  g_rmdir (path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_chmod (f->dir, 0700);
  if (f->mounted)
    g_assert_cmpint (umount (f->dir), ==, 0);
  remove_tree (f->dir);
  g_free (f->dir);
}

/* Makes f->dir a tmpfs of 64 KiB; FALSE (the test skipped) when the system
 * does not let us. */
static gboolean
mount_tiny_disk (Fixture *f)
{
  if (mount ("tmpfs", f->dir, "tmpfs", 0, "size=64k,mode=0700") != 0)
    {
      g_autofree char *why = g_strdup_printf ("cannot mount a tmpfs (%s): run as root to test a full disk",
                                              g_strerror (errno));
      g_test_skip (why);
      return FALSE;
    }
  f->mounted = TRUE;
  return TRUE;
}

static char *
write_old (const char *dir,
           const char *name)
{
  char *path = g_build_filename (dir, name, NULL);
  GError *error = NULL;

  g_file_set_contents (path, OLD_TEXT, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
assert_contents (const char *path,
                 const char *expected,
                 gsize       length)
{
  g_autofree char *text = NULL;
  gsize read = 0;
  GError *error = NULL;

  g_file_get_contents (path, &text, &read, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (text, read, expected, length);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The folder holds exactly the names given (sorted), so no temporary
 * file was left. */
static void
assert_listing (const char *path,
                ...)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) got = g_string_new (NULL);
  g_autoptr(GString) want = g_string_new (NULL);
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;
  va_list args;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_strcmp0 (name, "lost+found") != 0)
      g_ptr_array_add (names, g_strdup (name));
  g_dir_close (dir);
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (got, "%s ", (char *) names->pdata[i]);

  va_start (args, path);
  while ((name = va_arg (args, const char *)) != NULL)
    g_string_append_printf (want, "%s ", name);
  va_end (args);
  g_assert_cmpstr (got->str, ==, want->str);
}

static char *
big_text (gsize length)
{
  char *text = g_malloc (length);

  for (gsize i = 0; i < length; i++)
    text[i] = 'a' + i % 26;
  return text;
}

static void
test_new_file (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "new.json", NULL);
  GError *error = NULL;
  struct stat st;
  mode_t old_umask = umask (022);

  g_assert_true (gr_file_write_contents (path, "[]\n", 3, &error));
  umask (old_umask);
  g_assert_no_error (error);
  assert_contents (path, "[]\n", 3);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  /* 0666 less the umask 022 */
  g_assert_cmpint (st.st_mode & 0777, ==, 0644);
  assert_listing (f->dir, "new.json", NULL);
}

static void
test_replace_keeps_mode (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *path = write_old (f->dir, "s.json");
  g_autoptr(GrFileWriter) writer = NULL;
  GError *error = NULL;
  struct stat st;

  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  writer = gr_file_writer_new (path, &error);
  g_assert_no_error (error);
  /* Until the commit the old file is what a reader sees. */
  g_assert_true (gr_file_writer_write (writer, "new ", 4, &error));
  g_assert_true (gr_file_writer_write (writer, "text", 4, &error));
  assert_contents (path, OLD_TEXT, strlen (OLD_TEXT));
  g_assert_true (gr_file_writer_commit (writer, &error));
  g_assert_no_error (error);
  assert_contents (path, "new text", 8);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  assert_listing (f->dir, "s.json", NULL);
}

static void
test_abandoned (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = write_old (f->dir, "s.json");
  GrFileWriter *writer;
  GError *error = NULL;

  writer = gr_file_writer_new (path, &error);
  g_assert_no_error (error);
  g_assert_true (gr_file_writer_write (writer, "half", 4, &error));
  g_assert_true (g_file_test (gr_file_writer_get_temp_path (writer), G_FILE_TEST_EXISTS));
  gr_file_writer_free (writer);
  assert_contents (path, OLD_TEXT, strlen (OLD_TEXT));
  assert_listing (f->dir, "s.json", NULL);
}

static void
test_full_disk (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *text = big_text (200 * 1024);
  g_autoptr(GrFileWriter) writer = NULL;
  GError *error = NULL;

  if (!mount_tiny_disk (f))
    return;
  path = write_old (f->dir, "scenario.json");

  g_assert_false (gr_file_write_contents (path, text, 200 * 1024, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_nonnull (strstr (error->message, "scenario.json"));
  g_clear_error (&error);
  assert_contents (path, OLD_TEXT, strlen (OLD_TEXT));
  assert_listing (f->dir, "scenario.json", NULL);

  /* A streaming writer may ignore each write's error: commit reports it. */
  writer = gr_file_writer_new (path, &error);
  g_assert_no_error (error);
  for (int i = 0; i < 20; i++)
    gr_file_writer_write (writer, text, 8 * 1024, NULL);
  g_assert_false (gr_file_writer_commit (writer, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_error (&error);
  g_clear_pointer (&writer, gr_file_writer_free);
  assert_contents (path, OLD_TEXT, strlen (OLD_TEXT));
  assert_listing (f->dir, "scenario.json", NULL);

  /* And what fits is written whole. */
  g_assert_true (gr_file_write_contents (path, text, 16 * 1024, &error));
  g_assert_no_error (error);
  assert_contents (path, text, 16 * 1024);
}

static void
test_hard_link (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *other = NULL;
  g_autofree char *text = big_text (200 * 1024);
  GError *error = NULL;

  if (!mount_tiny_disk (f))
    return;
  path = write_old (f->dir, "a.json");
  other = g_build_filename (f->dir, "b.json", NULL);
  g_assert_cmpint (link (path, other), ==, 0);

  g_assert_false (gr_file_write_contents (path, text, 200 * 1024, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_error (&error);
  assert_contents (path, OLD_TEXT, strlen (OLD_TEXT));
  assert_contents (other, OLD_TEXT, strlen (OLD_TEXT));
  assert_listing (f->dir, "a.json", "b.json", NULL);

  /* The name written gets the new file; the other keeps the old one. */
  g_assert_true (gr_file_write_contents (path, "new", 3, &error));
  g_assert_no_error (error);
  assert_contents (path, "new", 3);
  assert_contents (other, OLD_TEXT, strlen (OLD_TEXT));
}

static void
test_device (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *link = g_build_filename (f->dir, "full.png", NULL);
  g_autofree char *target = NULL;
  GError *error = NULL;
  struct stat before, after;

  if (g_stat ("/dev/full", &before) != 0 || !S_ISCHR (before.st_mode))
    {
      g_test_skip ("/dev/full is not a character device here");
      return;
    }

  g_assert_false (gr_file_write_contents ("/dev/full", "x", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_nonnull (strstr (error->message, "/dev/full"));
  g_clear_error (&error);

  /* Through a link, too: the link and the device stay as they were. */
  g_assert_cmpint (symlink ("/dev/full", link), ==, 0);
  g_assert_false (gr_file_write_contents (link, "x", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_nonnull (strstr (error->message, "full.png"));
  g_clear_error (&error);
  target = g_file_read_link (link, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (target, ==, "/dev/full");
  g_assert_cmpint (g_stat ("/dev/full", &after), ==, 0);
  g_assert_true (S_ISCHR (after.st_mode));
  g_assert_cmpint (after.st_rdev, ==, before.st_rdev);
  assert_listing (f->dir, "full.png", NULL);
}

static void
test_symlink (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *sub = g_build_filename (f->dir, "real", NULL);
  g_autofree char *real = NULL;
  g_autofree char *link = g_build_filename (f->dir, "link.json", NULL);
  g_autofree char *chain = g_build_filename (f->dir, "chain.json", NULL);
  g_autofree char *target = NULL;
  GError *error = NULL;

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  real = write_old (sub, "s.json");
  /* A relative link, and a link to it. */
  g_assert_cmpint (symlink ("real/s.json", link), ==, 0);
  g_assert_cmpint (symlink (link, chain), ==, 0);

  g_assert_true (gr_file_write_contents (chain, "new", 3, &error));
  g_assert_no_error (error);
  assert_contents (real, "new", 3);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (chain, G_FILE_TEST_IS_SYMLINK));
  target = g_file_read_link (link, &error);
  g_assert_cmpstr (target, ==, "real/s.json");
  assert_listing (f->dir, "chain.json", "link.json", "real", NULL);
  assert_listing (sub, "s.json", NULL);
}

static void
test_symlink_loop (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *a = g_build_filename (f->dir, "a.json", NULL);
  g_autofree char *b = g_build_filename (f->dir, "b.json", NULL);
  GError *error = NULL;

  g_assert_cmpint (symlink (b, a), ==, 0);
  g_assert_cmpint (symlink (a, b), ==, 0);
  g_assert_false (gr_file_write_contents (a, "x", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS);
  g_clear_error (&error);
  assert_listing (f->dir, "a.json", "b.json", NULL);
}

/* Runs as a subprocess: root ignores a folder's permissions, so it first
 * becomes nobody. */
static void
test_read_only_folder_child (void)
{
  const char *dir = g_getenv ("GR_TEST_FILE_WRITE_DIR");
  g_autofree char *path = NULL;
  GError *error = NULL;

  if (!g_test_subprocess () || dir == NULL)
    {
      g_test_skip ("run by /model/file-write/read-only-folder");
      return;
    }
  path = g_build_filename (dir, "s.json", NULL);
  if (geteuid () == 0)
    {
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
    }
  g_assert_cmpint (g_access (path, W_OK), ==, 0);
  g_assert_false (gr_file_write_contents (path, "new", 3, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, "s.json"));
  g_clear_error (&error);
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = write_old (f->dir, "s.json");

  /* A writable file in a folder nobody may add to. */
  g_assert_cmpint (g_chmod (path, 0666), ==, 0);
  if (geteuid () == 0)
    g_assert_cmpint (chown (path, 65534, 65534), ==, 0);
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  g_setenv ("GR_TEST_FILE_WRITE_DIR", f->dir, TRUE);
  g_test_trap_subprocess ("/model/file-write/read-only-folder/child", 0,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_chmod (f->dir, 0700);
  /* GIO would have rewritten the file in place here. */
  assert_contents (path, OLD_TEXT, strlen (OLD_TEXT));
  assert_listing (f->dir, "s.json", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/model/file-write/new-file", test_new_file);
  ADD ("/model/file-write/replace-keeps-mode", test_replace_keeps_mode);
  ADD ("/model/file-write/abandoned", test_abandoned);
  ADD ("/model/file-write/full-disk", test_full_disk);
  ADD ("/model/file-write/hard-link", test_hard_link);
  ADD ("/model/file-write/device", test_device);
  ADD ("/model/file-write/symlink", test_symlink);
  ADD ("/model/file-write/symlink-loop", test_symlink_loop);
  ADD ("/model/file-write/read-only-folder", test_read_only_folder);
#undef ADD
  g_test_add_func ("/model/file-write/read-only-folder/child", test_read_only_folder_child);

  return g_test_run ();
}
