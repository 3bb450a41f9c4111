/* gr-file-write.c — the one way the app writes a file: whole or not at all
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-file-write.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

/* As the kernel's limit on links followed in one path lookup. */
#define MAX_LINKS 40

struct _GrFileWriter
{
  char *path;         /* the target, links followed */
  char *display;      /* the name the user gave, for messages */
  char *temp_path;
  int fd;
  GError *error;      /* the first failure: sticky */
  gboolean committed;
};

static void
set_errno_error (GError     **error,
                 const char  *display,
                 int          saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* TRANSLATORS: %s is a file name, then the system's reason */
               _("Cannot write “%s”: %s"), display, g_strerror (saved_errno));
}

/* Follows symbolic links from path to the name that is really replaced
 * (which need not exist).  *st is that file's status, or st_mode 0. */
static char *
resolve_target (const char   *path,
                const char   *display,
                struct stat  *st,
                GError      **error)
{
  g_autofree char *current = g_strdup (path);

  for (int i = 0; i <= MAX_LINKS; i++)
    {
      g_autofree char *link = NULL;
      g_autofree char *dir = NULL;

      if (g_lstat (current, st) != 0)
        {
          int saved_errno = errno;

          if (saved_errno != ENOENT)
            {
              set_errno_error (error, display, saved_errno);
              return NULL;
            }
          st->st_mode = 0;
          return g_steal_pointer (&current);
        }
      if (!S_ISLNK (st->st_mode))
        return g_steal_pointer (&current);

      link = g_file_read_link (current, NULL);
      if (link == NULL)
        {
          set_errno_error (error, display, errno);
          return NULL;
        }
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_path_is_absolute (link) ? g_steal_pointer (&link)
                                          : g_build_filename (dir, link, NULL);
    }
  set_errno_error (error, display, ELOOP);
  return NULL;
}

/**
 * gr_file_writer_new:
 * @path: the file to replace or create
 *
 * Returns: (transfer full) (nullable): a writer on a new temporary file
 *   beside @path, or NULL with @error set (nothing was created)
 */
GrFileWriter *
gr_file_writer_new (const char  *path,
                    GError     **error)
{
  g_autoptr(GrFileWriter) self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *template = NULL;
  struct stat st;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (GrFileWriter, 1);
  self->fd = -1;
  self->display = g_filename_display_name (path);
  self->path = resolve_target (path, self->display, &st, error);
  if (self->path == NULL)
    return NULL;
  if (st.st_mode != 0 && !S_ISREG (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("Cannot write “%s”: it is not a regular file"), self->display);
      return NULL;
    }

  dir = g_path_get_dirname (self->path);
  base = g_path_get_basename (self->path);
  template = g_strdup_printf (".%s.XXXXXX", base);
  self->temp_path = g_build_filename (dir, template, NULL);
  /* O_CREAT | O_EXCL: a fresh file, never one someone placed there. */
  self->fd = g_mkstemp_full (self->temp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (self->fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *dir_display = g_filename_display_name (dir);

      g_clear_pointer (&self->temp_path, g_free);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* TRANSLATORS: the first %s is a file name, the second its
                    * folder, the third the system's reason */
                   _("Cannot write “%s”: no new file can be made in “%s” (%s)"),
                   self->display, dir_display, g_strerror (saved_errno));
      return NULL;
    }

  /* Keep the old file's permissions and, where allowed, its owner. */
  if (st.st_mode != 0)
    {
      if (fchown (self->fd, st.st_uid, st.st_gid) != 0)
        {
          /* Only root may give a file away; the group alone may still do. */
          if (fchown (self->fd, (uid_t) -1, st.st_gid) != 0)
            g_debug ("Cannot keep the group of %s: %s", self->path, g_strerror (errno));
        }
      if (fchmod (self->fd, st.st_mode & 07777) != 0)
        {
          set_errno_error (error, self->display, errno);
          return NULL;
        }
    }
  return g_steal_pointer (&self);
}

/**
 * gr_file_writer_write:
 *
 * Appends @length bytes, retrying short writes.
 *
 * Returns: FALSE with @error set on this or an earlier failure
 */
gboolean
gr_file_writer_write (GrFileWriter  *self,
                      const void    *data,
                      gsize          length,
                      GError       **error)
{
  const guint8 *p = data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  while (self->error == NULL && length > 0)
    {
      gssize n = write (self->fd, p, MIN (length, G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        set_errno_error (&self->error, self->display, errno);
      else if (n == 0)
        set_errno_error (&self->error, self->display, ENOSPC);
      else
        {
          p += n;
          length -= n;
        }
    }
  if (self->error != NULL)
    {
      if (error != NULL)
        *error = g_error_copy (self->error);
      return FALSE;
    }
  return TRUE;
}

const char *
gr_file_writer_get_temp_path (GrFileWriter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->temp_path;
}

const char *
gr_file_writer_get_path (GrFileWriter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->path;
}

/* The rename is durable only once the folder's entry is on the disk.  The
 * target is replaced by then: a failure here is not the caller's to undo. */
static void
sync_folder (GrFileWriter *self)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0 || fsync (fd) != 0)
    g_debug ("Cannot flush the folder of %s: %s", self->path, g_strerror (errno));
  if (fd >= 0)
    close (fd);
}

/**
 * gr_file_writer_commit:
 *
 * Flushes the temporary file to the disk and renames it over the target.
 *
 * Returns: FALSE with @error set when the target was not replaced: it is as
 *   before, and the temporary file is gone
 */
gboolean
gr_file_writer_commit (GrFileWriter  *self,
                       GError       **error)
{
  int fd;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  if (self->error == NULL && fsync (self->fd) != 0)
    set_errno_error (&self->error, self->display, errno);
  fd = self->fd;
  self->fd = -1;
  /* close() reports the last write errors of some network file systems. */
  if (close (fd) != 0 && self->error == NULL)
    set_errno_error (&self->error, self->display, errno);
  if (self->error == NULL && g_rename (self->temp_path, self->path) != 0)
    set_errno_error (&self->error, self->display, errno);
  if (self->error != NULL)
    {
      if (error != NULL)
        *error = g_error_copy (self->error);
      return FALSE;
    }
  self->committed = TRUE;
  sync_folder (self);
  return TRUE;
}

void
gr_file_writer_free (GrFileWriter *self)
{
  if (self == NULL)
    return;
  if (self->fd >= 0)
    close (self->fd);
  if (!self->committed && self->temp_path != NULL)
    g_unlink (self->temp_path);
  g_clear_error (&self->error);
  g_free (self->path);
  g_free (self->display);
  g_free (self->temp_path);
  g_free (self);
}

/**
 * gr_file_write_contents:
 *
 * Replaces @path with @length bytes of @data, atomically.
 *
 * Returns: FALSE with @error set when @path is as it was before
 */
gboolean
gr_file_write_contents (const char  *path,
                        const void  *data,
                        gsize        length,
                        GError     **error)
{
  g_autoptr(GrFileWriter) writer = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  writer = gr_file_writer_new (path, error);
  return writer != NULL
         && gr_file_writer_write (writer, data, length, error)
         && gr_file_writer_commit (writer, error);
}
