/* gr-file-read.h — read a user's file: regular files only, never unbounded
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file the application reads on a user's say-so goes through here.
 * The open cannot block (a FIFO with no writer), only regular files are
 * read (not /dev/zero, a socket or a directory), the read stops one byte
 * past the limit whatever the file claims its size is, and URLs are
 * refused: with GVfs they would reach the network.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Errors are G_IO_ERROR: NOT_REGULAR_FILE, MESSAGE_TOO_LARGE (beyond the
 * limit), NOT_SUPPORTED (a URL, a file with no local path),
 * INVALID_FILENAME (an empty name), or the open/read failure. */

GBytes   *gr_file_read          (const char    *path,
                                 gsize          max_bytes,
                                 GCancellable  *cancellable,
                                 GError       **error);
GBytes   *gr_file_read_gfile    (GFile         *file,
                                 gsize          max_bytes,
                                 GCancellable  *cancellable,
                                 GError       **error);
gboolean  gr_file_arg_is_uri    (const char    *arg);
GFile    *gr_file_new_for_arg   (const char    *arg,
                                 GError       **error);

G_END_DECLS
