/* wait.h — run the main loop until a condition holds, failing the test after a bound
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Header-only (static functions), like cli-run.h; GLib only, so model
 * tests use it as well as display tests.  A test never sleeps: it blocks
 * in g_main_context_iteration () until a source fires (a GTask's
 * callback, an X event, the frame clock) and checks its condition after
 * each.  A wait that has not ended after WAIT_TIMEOUT_S fails the test
 * and names what it waited for, so a lost event shows as a clear failure,
 * not as a hang or a flake.
 */

#pragma once

#include <glib.h>

/* Generous: a loaded machine or a sanitizer build is many times slower
 * than a quiet one, and the bound only matters when something is lost. */
#define WAIT_TIMEOUT_S 60

typedef gboolean (*WaitCondition) (gconstpointer data);

static gboolean
wait_timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static inline void
wait_until_at (const char    *file,
               int            line,
               const char    *func,
               const char    *what,
               WaitCondition  done,
               gconstpointer  data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (WAIT_TIMEOUT_S, wait_timeout_cb, &timed_out);
  g_autofree char *message = NULL;

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    {
      g_source_remove (id);
      return;
    }
  message = g_strdup_printf ("waited %d s in vain for %s", WAIT_TIMEOUT_S, what);
  g_assertion_message (G_LOG_DOMAIN, file, line, func, message);
}

/* Runs the main loop until @done (@data) holds; fails the test, naming
 * @what, if it does not within WAIT_TIMEOUT_S. */
#define wait_until(done, data, what) \
  wait_until_at (__FILE__, __LINE__, G_STRFUNC, (what), (done), (data))

/* Conditions: a file at @path exists, or no longer does. */
static inline gboolean
wait_file_exists (gconstpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static inline gboolean
wait_file_gone (gconstpointer path)
{
  return !g_file_test (path, G_FILE_TEST_EXISTS);
}

/* A condition: the gboolean at @flag is TRUE (set by a callback). */
static inline gboolean
wait_flag (gconstpointer flag)
{
  return *(const gboolean *) flag;
}
