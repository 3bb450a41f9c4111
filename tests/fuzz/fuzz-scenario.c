/* fuzz-scenario.c — throw arbitrary bytes at the scenario loader
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A libFuzzer target: every input either loads, and then saves and loads
 * again to an equal scenario, or fails with a GR_SCENARIO_ERROR; nothing
 * else (no crash, no leak, no other error domain) is allowed.
 *
 * `make fuzz` runs it under libFuzzer (build-aux/fuzz.sh); a normal build
 * replays tests/fuzz/corpus/scenario/ (fuzz-replay.h).  Copy any crash
 * file the fuzzer writes into that directory.
 */

#include "config.h"

#include <stdlib.h>

#include "fuzz-replay.h"
#include "gr-scenario-io.h"

static void
fuzz_target_init (void)
{
}

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
