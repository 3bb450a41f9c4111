/* wait-until.h — run the main loop until something holds, within a bound
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Header-only, for tests that wait on events (a file, a dialog, a document
 * change) rather than sleeping: the loop blocks until a source fires, and a
 * timeout fails the test instead of hanging it.
 */

#pragma once

#include <glib.h>

/* As wait.h: far above a normal wait, and above one under a sanitizer on a
 * loaded machine. */
#define WAIT_UNTIL_TIMEOUT_MS 60000

typedef gboolean (*WaitCondition) (gpointer data);

static gboolean
wait_until_timed_out_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static inline void
wait_until (WaitCondition condition,
            gpointer      data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (WAIT_UNTIL_TIMEOUT_MS, wait_until_timed_out_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (condition (data));
  if (!timed_out)
    g_source_remove (id);
}

static inline gboolean
wait_flag (gpointer flag)
{
  return *(gboolean *) flag;
}

static inline gboolean
wait_file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static inline gboolean
wait_file_gone (gpointer path)
{
  return !g_file_test (path, G_FILE_TEST_EXISTS);
}
