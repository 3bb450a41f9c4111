/* gr-file-read.c — read a user's file: regular files only, never unbounded
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-file-read.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gr-display-text.h"

#define CHUNK (64 * 1024)

static const char *
kind_of (mode_t mode)
{
  if (S_ISDIR (mode))
    return _("a folder");
  if (S_ISFIFO (mode))
    return _("a pipe (FIFO)");
  if (S_ISSOCK (mode))
    return _("a socket");
  if (S_ISCHR (mode) || S_ISBLK (mode))
    return _("a device");
  return _("not a regular file");
}

static GBytes *
not_regular (mode_t   mode,
             GError **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
               /* Translators: %s is "a folder", "a device", "a pipe (FIFO)"... */
               _("this is %s, not a file that can be read"), kind_of (mode));
  return NULL;
}

/* Reads to the end into @out, allocated for @expected + 1 bytes (the
 * size the file had): reads up to there never move the array, so a file
 * read whole costs one read and one read at its end. */
static gboolean
read_all (int            fd,
          gsize          max_bytes,
          gsize          expected,
          GByteArray    *out,
          GCancellable  *cancellable,
          GError       **error)
{
  for (;;)
    {
      gsize want = MIN ((gsize) CHUNK, max_bytes + 1 - out->len);
      gsize had = out->len;
      gssize got;

      if (had <= expected)
        want = MIN (want, expected + 1 - had);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      g_byte_array_set_size (out, had + want);
      got = read (fd, out->data + had, want);
      if (got < 0)
        {
          int saved = errno;

          g_byte_array_set_size (out, had);
          if (saved == EINTR)
            continue;
          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved),
                               g_strerror (saved));
          return FALSE;
        }
      g_byte_array_set_size (out, had + (gsize) got);
      if (got == 0)
        return TRUE;
      if (out->len > max_bytes)
        {
          g_autofree char *limit = g_format_size_full (max_bytes, G_FORMAT_SIZE_IEC_UNITS);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                       /* Translators: %s is a size with its unit, such as "16.0 MiB". */
                       _("the file is larger than the limit of %s"), limit);
          return FALSE;
        }
    }
}

/**
 * gr_file_read:
 * @path: a local file name
 * @max_bytes: the most the file may hold
 *
 * Opens @path without blocking and without taking it as a controlling
 * terminal, checks that it is a regular file, and reads at most
 * @max_bytes of it (one more byte tells that it is larger).  The size the
 * file system reports is not trusted: /proc files say 0, a file may grow.
 *
 * Returns: (transfer full) (nullable): the contents, or NULL with @error
 *   set; the message does not repeat @path (callers name the file)
 */
GBytes *
gr_file_read (const char    *path,
              gsize          max_bytes,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GByteArray) data = NULL;
  struct stat st;
  gsize expected;
  gboolean ok;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (max_bytes < G_MAXSIZE - CHUNK, NULL);

  if (*path == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                           _("the file name is empty"));
      return NULL;
    }
  do
    fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  while (fd < 0 && errno == EINTR);
  if (fd < 0)
    {
      int saved = errno;
      GStatBuf lst;

      /* A socket cannot be opened at all (ENXIO): say what it is. */
      if (g_stat (path, &lst) == 0 && !S_ISREG (lst.st_mode))
        return not_regular (lst.st_mode, error);
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
      return NULL;
    }
  if (fstat (fd, &st) != 0)
    {
      int saved = errno;

      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
      close (fd);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      return not_regular (st.st_mode, error);
    }
  /* Refuse a file that says it is too large before reading any of it. */
  if (st.st_size > 0 && (guint64) st.st_size > max_bytes)
    {
      g_autofree char *size = g_format_size_full ((guint64) st.st_size, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *limit = g_format_size_full (max_bytes, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   /* Translators: both are sizes with their unit, such as "17.5 MiB". */
                   _("the file is %s, more than the limit of %s"), size, limit);
      close (fd);
      return NULL;
    }

  expected = MIN ((gsize) st.st_size, max_bytes);
  data = g_byte_array_sized_new (expected + 1);
  ok = read_all (fd, max_bytes, expected, data, cancellable, error);
  close (fd);
  if (!ok)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * gr_file_read_gfile:
 * @file: a file; only local files (with a path) are read
 *
 * As gr_file_read(), for a #GFile: a file chooser or the command line.
 */
GBytes *
gr_file_read_gfile (GFile         *file,
                    gsize          max_bytes,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("only files on this computer can be opened, not network locations"));
      return NULL;
    }
  return gr_file_read (path, max_bytes, cancellable, error);
}

/* "scheme:" per RFC 3986 (a letter, then letters, digits, + - .), at
 * least two characters so that "C:" style names are not taken for one. */
gboolean
gr_file_arg_is_uri (const char *arg)
{
  const char *p = arg;

  g_return_val_if_fail (arg != NULL, FALSE);

  if (!g_ascii_isalpha (*p))
    return FALSE;
  for (p++; g_ascii_isalnum (*p) || *p == '+' || *p == '-' || *p == '.'; p++)
    ;
  return *p == ':' && p - arg >= 2;
}

/**
 * gr_file_new_for_arg:
 * @arg: a file name from the command line
 *
 * Unlike g_file_new_for_commandline_arg(), never makes a URL into a file:
 * "https://…" or "sftp://…" is refused, so no file argument reaches the
 * network.  An empty name is refused too.  "file:" URLs are refused as
 * well: a plain path says the same without surprises.
 *
 * Returns: (transfer full) (nullable): a local file, or NULL with @error set
 */
GFile *
gr_file_new_for_arg (const char  *arg,
                     GError     **error)
{
  g_return_val_if_fail (arg != NULL, NULL);

  if (*arg == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                           _("the file name is empty"));
      return NULL;
    }
  if (gr_file_arg_is_uri (arg))
    {
      g_autofree char *shown = gr_display_text (arg, -1, 80);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is a URL; give the name of a file on this computer"), shown);
      return NULL;
    }
  /* The local file system's GVfs, not the default one: a name is never
   * anything else here, and the default looks through GIO's modules
   * first (a tenth of a headless command's time). */
  return g_vfs_get_file_for_path (g_vfs_get_local (), arg);
}
