/* fuzz-scenario.c — throw arbitrary bytes at the scenario loader
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A libFuzzer target: every input either loads, and then saves and loads
 * again to an equal scenario, or fails with a GR_SCENARIO_ERROR; nothing
 * else (no crash, no leak, no other error domain) is allowed.
 *
 * Built normally (no FUZZING_ENGINE), main() replays every file of a corpus
 * directory, so `make test` runs the seeds and every crash ever found.
 * To fuzz with clang (ASan + libFuzzer):
 *
 *   CC=clang meson setup _build-fuzz -Db_sanitize=address,undefined -Db_lundef=false \
 *     -Dc_args='-fsanitize=fuzzer-no-link' && meson compile -C _build-fuzz
 *   clang -fsanitize=fuzzer,address,undefined -DFUZZING_ENGINE -I_build-fuzz -Iapp/model \
 *     $(pkg-config --cflags gio-2.0 json-glib-1.0) tests/fuzz/fuzz-scenario.c \
 *     _build-fuzz/app/model/libgr-model.a $(pkg-config --libs gio-2.0 json-glib-1.0) -lm \
 *     -o fuzz-scenario
 *   ./fuzz-scenario -max_len=65536 -dict=tests/fuzz/scenario.dict tests/fuzz/corpus/scenario
 *
 * Copy any crash file the fuzzer writes into tests/fuzz/corpus/scenario/.
 */

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "gr-scenario-io.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) scenario = NULL;
  g_autoptr(GrScenario) again = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  if (data == NULL)
    size = 0;
  scenario = gr_scenario_load_data ((const char *) (data ? data : (const uint8_t *) ""),
                                    (gssize) size, "fuzz.json", &error);
  if (scenario == NULL)
    {
      /* A refusal must be one of ours, with a message. */
      if (error == NULL || error->domain != GR_SCENARIO_ERROR || error->message[0] == '\0')
        abort ();
      return 0;
    }
  if (error != NULL)
    abort ();

  text = gr_scenario_to_data (scenario, &length);
  again = gr_scenario_load_data (text, (gssize) length, "fuzz-again.json", &error);
  if (again == NULL || !gr_scenario_equal (scenario, again))
    {
      fprintf (stderr, "round trip failed: %s\n", error ? error->message : "not equal");
      abort ();
    }
  return 0;
}

#ifndef FUZZING_ENGINE
int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *corpus = NULL;
  const char *name;
  guint n = 0;

  if (argc > 1)
    corpus = g_strdup (argv[1]);
  else
    corpus = g_build_filename (g_getenv ("G_TEST_SRCDIR") ? g_getenv ("G_TEST_SRCDIR") : ".",
                               "fuzz", "corpus", "scenario", NULL);

  dir = g_dir_open (corpus, 0, &error);
  if (dir == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  printf ("# replaying %s\n", corpus);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (corpus, name, NULL);
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
