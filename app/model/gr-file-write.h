/* gr-file-write.h — the one way the app writes a file: whole or not at all
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file Guarantor writes (a scenario, a PNG, PDF or SVG export, the
 * briefing, the autosave) goes through a GrFileWriter:
 *
 *   writer = gr_file_writer_new (path, &error);
 *   gr_file_writer_write (writer, data, length, &error);   any number of times
 *   gr_file_writer_commit (writer, &error);
 *   gr_file_writer_free (writer);
 *
 * The bytes go to a new temporary file next to the target (created
 * exclusively, with the target's permissions, or 0666 less the umask for a
 * new file).  Commit flushes it to the disk, renames it over the target and
 * flushes the folder, so the target is at every moment either the old file or
 * the whole new one.  On any failure, or when the writer is freed without a
 * commit, the temporary file is removed and the old file is untouched.
 *
 * A symbolic link is followed: the file it points to is replaced and the
 * link stays.  A hard link is not: the target's name gets the new file, the
 * other names keep the old one (as with any editor that saves safely).
 * A target that exists but is not a regular file (a device, a folder) is
 * refused, and so is a folder where no new file can be made: the old file is
 * never rewritten in place.
 *
 * Errors are G_IO_ERROR and name the target (not the temporary file).  A
 * write error is sticky: after one, writes do nothing and commit returns it,
 * so a streaming writer (a cairo surface's write callback) may ignore them.
 * A writer is used by one thread at a time.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _GrFileWriter GrFileWriter;

GrFileWriter *gr_file_writer_new           (const char    *path,
                                            GError       **error);
gboolean      gr_file_writer_write         (GrFileWriter  *self,
                                            const void    *data,
                                            gsize          length,
                                            GError       **error);
/* For a writer that only writes to a path (it must reopen it for writing
 * without O_CREAT|O_EXCL; the writer's own descriptor stays open). */
const char   *gr_file_writer_get_temp_path (GrFileWriter  *self);
/* The target after following symbolic links. */
const char   *gr_file_writer_get_path      (GrFileWriter  *self);
gboolean      gr_file_writer_commit        (GrFileWriter  *self,
                                            GError       **error);
/* Removes the temporary file unless committed. */
void          gr_file_writer_free          (GrFileWriter  *self);

/* The whole thing in one call: new, write, commit. */
gboolean      gr_file_write_contents       (const char    *path,
                                            const void    *data,
                                            gsize          length,
                                            GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrFileWriter, gr_file_writer_free)

G_END_DECLS
