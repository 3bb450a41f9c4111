/* test-export-job.c — exports in a worker thread: result, progress, cancel
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "gr-export-job.h"
#include "gr-export.h"
#include "gr-file-write.h"

#define OLD_TEXT "an older export"

typedef struct
{
  char *dir;
  char *path;
  GCancellable *cancellable;
  GArray *progress;          /* of double, as the callback saw them */
  GAsyncResult *result;
  guint progress_after_done;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  GError *error = NULL;

  f->dir = g_dir_make_tmp ("test-export-job-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "chart.png", NULL);
  f->cancellable = g_cancellable_new ();
  f->progress = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_unlink (f->path);
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);   /* nothing else was left */
  g_clear_object (&f->result);
  g_clear_object (&f->cancellable);
  g_array_unref (f->progress);
  g_free (f->path);
  g_free (f->dir);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Fixture *f = user_data;

  if (f->result != NULL)
    f->progress_after_done++;
  g_array_append_val (f->progress, fraction);
}

static void
done_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Fixture *f = user_data;

  f->result = g_object_ref (result);
}

static void
run_for (Fixture      *f,
         gpointer      source,
         GrExportFunc  func,
         gpointer      data)
{
  gr_export_job_run_async (source, f->path, func, data, NULL, progress_cb, f,
                           f->cancellable, done_cb, f);
  while (f->result == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* Anything still queued must not reach the caller now. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
run (Fixture      *f,
     GrExportFunc  func,
     gpointer      data)
{
  run_for (f, NULL, func, data);
}

static void
draw_square (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  user_data)
{
  cairo_set_source_rgb (cr, 0.2, 0.4, 0.6);
  cairo_paint (cr);
}

static gboolean
export_square (const char        *path,
               gpointer           data,
               GrExportProgress  *progress,
               GCancellable      *cancellable,
               GError           **error)
{
  return gr_export_draw_to_file (path, 120, 80, 1.0, draw_square, NULL, error);
}

static void
assert_old (Fixture *f)
{
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (f->path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, OLD_TEXT);
}

static void
test_writes (Fixture       *f,
             gconstpointer  data)
{
  GError *error = NULL;
  g_autofree guchar *header = NULL;
  gsize length = 0;

  run (f, export_square, NULL);
  g_assert_true (gr_export_job_finish (f->result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gr_export_job_get_path (f->result), ==, f->path);

  /* A whole PNG: its IHDR says 120 × 80 (big-endian at bytes 16 and 20). */
  g_assert_true (g_file_get_contents (f->path, (char **) &header, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (header, 8, "\211PNG\r\n\032\n", 8);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (header + 16)), ==, 120);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (header + 20)), ==, 80);

  /* Progress ends at 1 and never goes back. */
  g_assert_cmpuint (f->progress->len, >=, 1);
  g_assert_cmpfloat (g_array_index (f->progress, double, f->progress->len - 1), ==, 1.0);
  for (guint i = 1; i < f->progress->len; i++)
    g_assert_cmpfloat (g_array_index (f->progress, double, i), >=,
                       g_array_index (f->progress, double, i - 1));
  g_assert_cmpuint (f->progress_after_done, ==, 0);
}

static void
test_cancelled_before (Fixture       *f,
                       gconstpointer  data)
{
  GError *error = NULL;

  g_assert_true (g_file_set_contents (f->path, OLD_TEXT, -1, NULL));
  g_cancellable_cancel (f->cancellable);
  run (f, export_square, NULL);
  g_assert_false (gr_export_job_finish (f->result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  assert_old (f);
  g_assert_cmpuint (f->progress_after_done, ==, 0);
}

/* A briefing-like export: pages written one by one, cancelled between
 * them (here by itself after the second), never committed. */
static gboolean
export_pages (const char        *path,
              gpointer           data,
              GrExportProgress  *progress,
              GCancellable      *cancellable,
              GError           **error)
{
  g_autoptr(GrFileWriter) writer = gr_file_writer_new (path, error);

  if (writer == NULL)
    return FALSE;
  for (int page = 0; page < 5; page++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!gr_file_writer_write (writer, "page\n", 5, error))
        return FALSE;
      gr_export_progress_set (progress, (page + 1) / 5.0);
      if (page == 1)
        g_cancellable_cancel (cancellable);
    }
  return gr_file_writer_commit (writer, error);
}

static void
test_cancelled_midway (Fixture       *f,
                       gconstpointer  data)
{
  GError *error = NULL;

  g_assert_true (g_file_set_contents (f->path, OLD_TEXT, -1, NULL));
  run (f, export_pages, NULL);
  g_assert_false (gr_export_job_finish (f->result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  assert_old (f);
  /* No progress beyond the second of five pages. */
  for (guint i = 0; i < f->progress->len; i++)
    g_assert_cmpfloat (g_array_index (f->progress, double, i), <=, 0.4);
}

static gboolean
export_fails (const char        *path,
              gpointer           data,
              GrExportProgress  *progress,
              GCancellable      *cancellable,
              GError           **error)
{
  return gr_export_draw_to_file (data, 120, 80, 1.0, draw_square, NULL, error);
}

static void
test_error (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *bad = g_build_filename (f->dir, "chart.gif", NULL);
  GError *error = NULL;

  run (f, export_fails, bad);
  g_assert_false (gr_export_job_finish (f->result, &error));
  g_assert_error (error, GR_EXPORT_ERROR, GR_EXPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "chart.gif"));
  g_clear_error (&error);
}

/* An export that cannot start answers through the same _finish. */
static void
test_report_error (Fixture       *f,
                   gconstpointer  data)
{
  GError *error = NULL;

  gr_export_job_report_error (NULL, "nothing to draw", done_cb, f);
  while (f->result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (gr_export_job_finish (f->result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_cmpstr (error->message, ==, "nothing to draw");
  g_clear_error (&error);
  g_assert_cmpuint (f->progress->len, ==, 0);
}

typedef struct
{
  GObject *source;
  guint refs;                /* the source's, while the worker ran */
} Holders;

static gboolean
export_counting (const char        *path,
                 gpointer           data,
                 GrExportProgress  *progress,
                 GCancellable      *cancellable,
                 GError           **error)
{
  Holders *holders = data;

  holders->refs = (guint) g_atomic_int_get ((gint *) &holders->source->ref_count);
  return export_square (path, NULL, progress, cancellable, error);
}

/* The source object (a widget, for the GUI's exports) is held by the
 * caller's task only, which is let go on the caller's thread: the worker
 * thread drops its own task once the export function has returned,
 * possibly last, and would finalize the source there with it. */
static void
test_source_held_by_caller (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GObject) source = g_object_new (G_TYPE_OBJECT, NULL);
  Holders holders = { source, 0 };
  GError *error = NULL;

  run_for (f, source, export_counting, &holders);
  g_assert_true (gr_export_job_finish (f->result, &error));
  g_assert_no_error (error);
  /* the test's reference and the caller's task's */
  g_assert_cmpuint (holders.refs, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/render/export-job/writes", test_writes);
  ADD ("/render/export-job/cancelled-before", test_cancelled_before);
  ADD ("/render/export-job/cancelled-midway", test_cancelled_midway);
  ADD ("/render/export-job/error", test_error);
  ADD ("/render/export-job/report-error", test_report_error);
  ADD ("/render/export-job/source-held-by-caller", test_source_held_by_caller);
#undef ADD

  return g_test_run ();
}
