/* pdf-text.h — the text of a PDF, read back with poppler's pdftotext
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Header-only (static functions), like cli-run.h: poppler reads what cairo
 * wrote, so a test checks the file, not the painter's intentions.
 */

#pragma once

#include <glib.h>

/* pdftotext's output for pages @first to @last (from 1) of the PDF at
 * @path, every page when @first is 0; the test fails if it cannot run. */
static inline char *
pdf_pages_text (const char *path,
                guint       first,
                guint       last)
{
  g_autofree char *f = g_strdup_printf ("%u", first);
  g_autofree char *l = g_strdup_printf ("%u", last);
  const char *pages[] = { "pdftotext", "-f", f, "-l", l, path, "-", NULL };
  const char *all[] = { "pdftotext", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) (first > 0 ? pages : all), NULL,
                G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* pdftotext's output for the PDF at @path; the test fails if it cannot run. */
static inline char *
pdf_text (const char *path)
{
  return pdf_pages_text (path, 0, 0);
}
