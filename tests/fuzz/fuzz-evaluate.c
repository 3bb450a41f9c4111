/* fuzz-evaluate.c — arbitrary bytes through the loader and the whole model
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A libFuzzer target: every input that loads is evaluated and its metrics
 * written as JSON.  Evaluation must end (libFuzzer's -timeout makes a hang
 * a finding: a zone 1e-300 degrees wide once looped forever), must not
 * crash, and every metric must be a number JSON can hold.
 *
 * `make fuzz` runs it under libFuzzer (build-aux/fuzz.sh); a normal build
 * replays tests/fuzz/corpus/evaluate/ (fuzz-replay.h).
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz-replay.h"
#include "gr-json-scan.h"
#include "gr-metrics-json.h"
#include "gr-metrics.h"
#include "gr-scenario-io.h"

static GrModel *model;

static void
fuzz_target_init (void)
{
  g_autoptr(GError) error = NULL;

  model = gr_model_new_default (&error);
  if (model == NULL)
    abort ();
}

static const GrJsonLimits output_limits = { 64, G_MAXUINT, G_MAXUINT, G_MAXSIZE, G_MAXSIZE, G_MAXSIZE };

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) scenario = NULL;
  g_autoptr(GrMetrics) metrics = NULL;
  g_autofree char *json = NULL;

  scenario = gr_scenario_load_data ((const char *) (data ? data : (const uint8_t *) ""),
                                    (gssize) (data ? size : 0), "fuzz.json", &error);
  if (scenario == NULL)
    {
      if (error == NULL || error->domain != GR_SCENARIO_ERROR || error->message[0] == '\0')
        abort ();
      return 0;
    }

  metrics = gr_model_evaluate (model, scenario);
  if (metrics == NULL)
    abort ();
  json = gr_metrics_to_json (metrics, model, TRUE);
  /* The output must be strict JSON: a metric that became NaN or infinite
   * would not be. */
  if (json == NULL || !gr_json_scan (json, strlen (json), &output_limits, &error))
    {
      fprintf (stderr, "metrics are not strict JSON: %s\n", error ? error->message : "");
      abort ();
    }
  return 0;
}
