/* gr-autosave.c — keep a recovery copy of unsaved edits, and find it after a crash
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A recovery file is one header line, then the scenario's JSON as a save
 * writes it:
 *
 *   guarantor-recovery 1 SAVED_AT URI-or--
 *   { "format": …
 *
 * The scenario part is read back by the scenario loader, with all its
 * checks: a recovery file is untrusted like any other.
 */

#include "config.h"

#include "gr-autosave.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include "gr-file-write.h"
#include "gr-scenario-io.h"

#define MAGIC "guarantor-recovery 1 "
#define PREFIX "recovery-"

struct _GrAutosave
{
  GObject parent_instance;

  GrDocument *document;
  char *path;
  guint delay_ms;
  guint timeout_id;
  gboolean writing;          /* a write is in its worker */
  gboolean again;            /* an edit came during it */
  gboolean discarded;
};

G_DEFINE_FINAL_TYPE (GrAutosave, gr_autosave, G_TYPE_OBJECT)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
gr_autosave_get_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "guarantor", NULL);
}

static void
remove_file (GrAutosave *self)
{
  if (g_unlink (self->path) != 0 && errno != ENOENT)
    g_warning ("Cannot remove the recovery file %s: %s", self->path, g_strerror (errno));
}

typedef struct
{
  GrScenario *scenario;
  char *uri;
  char *path;
} WriteJob;

static void
write_job_free (WriteJob *job)
{
  gr_scenario_free (job->scenario);
  g_free (job->uri);
  g_free (job->path);
  g_free (job);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  g_autofree char *json = NULL;
  g_autofree char *dir = g_path_get_dirname (job->path);
  g_autoptr(GString) text = g_string_new (MAGIC);
  GError *error = NULL;
  gsize length = 0;

  json = gr_scenario_to_data (job->scenario, &length);
  g_string_append_printf (text, "%" G_GINT64_FORMAT " %s\n", g_get_real_time () / G_USEC_PER_SEC,
                          job->uri != NULL ? job->uri : "-");
  g_string_append_len (text, json, length);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    g_set_error (&error, G_IO_ERROR, g_io_error_from_errno (errno),
                 "%s: %s", dir, g_strerror (errno));
  if (error != NULL || !gr_file_write_contents (job->path, text->str, text->len, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void schedule (GrAutosave *self);

static void
write_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GrAutosave *self = GR_AUTOSAVE (object);
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  self->writing = FALSE;
  if (!ok)
    g_warning ("Cannot write the recovery file: %s", error->message);
  /* Saved, undone or closed while it was written: it is not wanted. */
  if (self->discarded || self->document == NULL || !gr_document_get_modified (self->document))
    {
      remove_file (self);
      return;
    }
  if (ok)
    g_signal_emit (self, signals[SAVED], 0);
  if (self->again)
    schedule (self);
}

static gboolean
timeout_cb (gpointer user_data)
{
  GrAutosave *self = user_data;
  g_autoptr(GTask) task = NULL;
  GFile *file = gr_document_get_file (self->document);
  WriteJob *job;

  self->timeout_id = 0;
  if (self->writing)
    {
      self->again = TRUE;
      return G_SOURCE_REMOVE;
    }
  self->again = FALSE;
  self->writing = TRUE;

  job = g_new0 (WriteJob, 1);
  job->scenario = gr_scenario_copy (gr_document_get_scenario (self->document));
  job->uri = file != NULL ? g_file_get_uri (file) : NULL;
  job->path = g_strdup (self->path);
  task = g_task_new (self, NULL, write_done_cb, NULL);
  g_task_set_source_tag (task, timeout_cb);
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  g_task_run_in_thread (task, write_thread);
  return G_SOURCE_REMOVE;
}

/* At most one write per delay: the first edit starts the clock, later ones
 * ride along. */
static void
schedule (GrAutosave *self)
{
  if (self->timeout_id != 0 || self->discarded)
    return;
  if (self->writing)
    {
      self->again = TRUE;
      return;
    }
  self->timeout_id = g_timeout_add (self->delay_ms, timeout_cb, self);
}

static void
document_changed_cb (GrAutosave *self)
{
  if (gr_document_get_modified (self->document))
    {
      schedule (self);
      return;
    }
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->again = FALSE;
  if (!self->writing)
    remove_file (self);
}

/**
 * gr_autosave_new:
 * @document: the document to watch (a reference is kept)
 *
 * Returns: (transfer full): the autosave
 */
GrAutosave *
gr_autosave_new (GrDocument *document,
                 const char *path)
{
  static gint counter;
  GrAutosave *self;

  g_return_val_if_fail (GR_IS_DOCUMENT (document), NULL);

  self = g_object_new (GR_TYPE_AUTOSAVE, NULL);
  self->document = g_object_ref (document);
  if (path != NULL)
    {
      self->path = g_strdup (path);
    }
  else
    {
      g_autofree char *dir = gr_autosave_get_dir ();
      g_autofree char *name = g_strdup_printf (PREFIX "%d-%d.json", (int) getpid (),
                                               g_atomic_int_add (&counter, 1));

      self->path = g_build_filename (dir, name, NULL);
    }
  g_signal_connect_object (document, "notify::modified", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  if (gr_document_get_modified (document))
    schedule (self);
  return self;
}

const char *
gr_autosave_get_path (GrAutosave *self)
{
  g_return_val_if_fail (GR_IS_AUTOSAVE (self), NULL);

  return self->path;
}

void
gr_autosave_set_delay (GrAutosave *self,
                       guint       delay_ms)
{
  g_return_if_fail (GR_IS_AUTOSAVE (self));

  self->delay_ms = delay_ms;
}

void
gr_autosave_discard (GrAutosave *self)
{
  g_return_if_fail (GR_IS_AUTOSAVE (self));

  self->discarded = TRUE;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (!self->writing)
    remove_file (self);
}

/* The writer's pid from "recovery-PID-N.json"; 0 when it is not one. */
static pid_t
name_pid (const char *name)
{
  char *end = NULL;
  gint64 pid;

  if (!g_str_has_prefix (name, PREFIX) || !g_str_has_suffix (name, ".json"))
    return 0;
  pid = g_ascii_strtoll (name + strlen (PREFIX), &end, 10);
  if (end == NULL || *end != '-' || pid <= 0 || pid > G_MAXINT)
    return 0;
  return (pid_t) pid;
}

static gboolean
pid_alive (pid_t pid)
{
  return pid == getpid () || kill (pid, 0) == 0 || errno == EPERM;
}

static int
compare_mtime (gconstpointer a,
               gconstpointer b)
{
  GStatBuf sa, sb;

  if (g_stat (*(char * const *) a, &sa) != 0 || g_stat (*(char * const *) b, &sb) != 0)
    return 0;
  return (sa.st_mtime > sb.st_mtime) - (sa.st_mtime < sb.st_mtime);
}

GPtrArray *
gr_autosave_find_orphans (void)
{
  g_autofree char *path = gr_autosave_get_dir ();
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return found;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      pid_t pid = name_pid (name);

      if (pid != 0 && !pid_alive (pid))
        g_ptr_array_add (found, g_build_filename (path, name, NULL));
    }
  g_dir_close (dir);
  g_ptr_array_sort (found, compare_mtime);
  return found;
}

GrScenario *
gr_autosave_read (const char  *path,
                  GFile      **file,
                  gint64      *saved_at,
                  GError     **error)
{
  g_autofree char *text = NULL;
  g_autofree char *display = NULL;
  g_auto(GStrv) fields = NULL;
  g_autofree char *header = NULL;
  const char *newline;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_basename (path);
  if (!g_file_get_contents (path, &text, &length, error))
    return NULL;
  newline = memchr (text, '\n', length);
  if (!g_str_has_prefix (text, MAGIC) || newline == NULL)
    {
      g_set_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_PARSE,
                   _("%s: not a Guarantor recovery file"), display);
      return NULL;
    }
  header = g_strndup (text, newline - text);
  fields = g_strsplit (header + strlen (MAGIC), " ", 2);
  if (g_strv_length (fields) != 2)
    {
      g_set_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_PARSE,
                   _("%s: not a Guarantor recovery file"), display);
      return NULL;
    }
  if (saved_at != NULL)
    *saved_at = g_ascii_strtoll (fields[0], NULL, 10);
  if (file != NULL)
    *file = g_str_equal (fields[1], "-") ? NULL : g_file_new_for_uri (fields[1]);
  return gr_scenario_load_data (newline + 1, length - (newline + 1 - text), display, error);
}

static void
gr_autosave_dispose (GObject *object)
{
  GrAutosave *self = GR_AUTOSAVE (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (gr_autosave_parent_class)->dispose (object);
}

static void
gr_autosave_finalize (GObject *object)
{
  GrAutosave *self = GR_AUTOSAVE (object);

  g_free (self->path);

  G_OBJECT_CLASS (gr_autosave_parent_class)->finalize (object);
}

static void
gr_autosave_class_init (GrAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gr_autosave_dispose;
  object_class->finalize = gr_autosave_finalize;

  /* After each recovery file written (tests wait on it). */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
gr_autosave_init (GrAutosave *self)
{
  self->delay_ms = GR_AUTOSAVE_DEFAULT_DELAY_MS;
}
