/* fuzz-replay.h — the standalone driver of a libFuzzer target
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built without FUZZING_ENGINE (a normal build), a target's main() replays
 * every file of its corpus directory through LLVMFuzzerTestOneInput, so
 * `make test` runs the seeds and every finding ever kept.  Built for
 * `make fuzz` (build-aux/fuzz.sh), libFuzzer supplies main().
 *
 * In both, a GLib critical or warning aborts: a library refusing a bad
 * call with g_return_if_fail is a finding, not a refusal.
 */

#pragma once

#include <glib.h>
#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
int LLVMFuzzerInitialize   (int *argc, char ***argv);

/* Each target's one-time set-up, before the first input: slow work here
 * is not mistaken for a hang of that input. */
static void fuzz_target_init (void);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_fatal_mask ("GLib", G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_fatal_mask ("Json", G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  fuzz_target_init ();
  return 0;
}

#ifndef FUZZING_ENGINE
int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n = 0;

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s CORPUS-DIRECTORY\n", argv[0]);
      return 1;
    }
  LLVMFuzzerInitialize (&argc, &argv);
  dir = g_dir_open (argv[1], 0, &error);
  if (dir == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  printf ("# replaying %s\n", argv[1]);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (argv[1], name, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *exact = NULL;
      gsize length = 0;

      if (!g_file_get_contents (path, &contents, &length, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      /* An exact-size copy without the NUL g_file_get_contents adds, as
       * libFuzzer passes it, so ASan sees any read past the end. */
      exact = g_memdup2 (contents, length);
      LLVMFuzzerTestOneInput ((const uint8_t *) exact, length);
      printf ("ok %u %s\n", ++n, name);
    }
  printf ("1..%u\n", n);
  /* An empty corpus means the seeds went missing: fail loudly. */
  return n > 0 ? 0 : 1;
}
#endif
