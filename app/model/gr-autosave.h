/* gr-autosave.h — keep a recovery copy of unsaved edits, and find it after a crash
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GrAutosave watches one GrDocument.  A few seconds (the "delay") after
 * an edit leaves it with unsaved changes, it writes the scenario, with the
 * name of the document's file, to a recovery file in
 * g_get_user_state_dir()/guarantor, atomically and in a worker thread.
 * While the edits go on it writes at most once per delay.  When the
 * document has no unsaved changes again (saved, undone, another file
 * loaded) or gr_autosave_discard() is called (a clean close), the recovery
 * file is removed.
 *
 * Recovery files are named after the process that writes them, so that the
 * next start can tell a crashed session's files (gr_autosave_find_orphans())
 * from those of a Guarantor still running.
 */

#pragma once

#include <gio/gio.h>

#include "gr-document.h"
#include "gr-scenario.h"

G_BEGIN_DECLS

#define GR_AUTOSAVE_DEFAULT_DELAY_MS 3000

#define GR_TYPE_AUTOSAVE (gr_autosave_get_type ())

G_DECLARE_FINAL_TYPE (GrAutosave, gr_autosave, GR, AUTOSAVE, GObject)

/* The folder of the recovery files. */
char       *gr_autosave_get_dir       (void);

/* path: (nullable): the recovery file; NULL for a new name in
 * gr_autosave_get_dir() belonging to this process. */
GrAutosave *gr_autosave_new           (GrDocument  *document,
                                       const char  *path);
const char *gr_autosave_get_path      (GrAutosave  *self);
void        gr_autosave_set_delay     (GrAutosave  *self,
                                       guint        delay_ms);
/* Removes the recovery file and writes no more (a clean close). */
void        gr_autosave_discard       (GrAutosave  *self);

/* Recovery files left by processes that are gone, oldest first.
 * Returns: (transfer full) (element-type utf8): their paths */
GPtrArray  *gr_autosave_find_orphans  (void);
/* Reads a recovery file.  *file (nullable) is the scenario's own file, if
 * it had one; *saved_at the time it was written (unix seconds).
 * Returns: (transfer full) (nullable): the scenario, NULL with @error set */
GrScenario *gr_autosave_read          (const char  *path,
                                       GFile      **file,
                                       gint64      *saved_at,
                                       GError     **error);

G_END_DECLS
