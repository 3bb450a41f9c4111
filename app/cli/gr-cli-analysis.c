/* gr-cli-analysis.c — `guarantor --compare`, `--sensitivity`, `--monte-carlo`
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each prints its JSON on stdout (formats in gr-compare.h,
 * gr-sensitivity.h, gr-monte-carlo.h).  Exit statuses as for --metrics:
 * 2 for bad input (a scenario that does not load, an unknown metric, a bad
 * option value), 1 when the job itself fails (the bundled geodata).
 */

#include "config.h"

#include "gr-cli.h"

#include <glib/gi18n.h>

#include "gr-compare.h"
#include "gr-monte-carlo.h"
#include "gr-sensitivity.h"

/* The scenario in @path and the model, or an exit status in @status. */
static gboolean
load (const char  *path,
      GrScenario **scenario,
      GrModel    **model,
      int         *status)
{
  g_autoptr(GError) error = NULL;

  *scenario = gr_cli_load_scenario (path, &error);
  if (*scenario == NULL)
    {
      *status = gr_cli_fail (GR_CLI_EXIT_USAGE, error->message);
      return FALSE;
    }
  if (model == NULL || *model != NULL)
    return TRUE;
  *model = gr_model_new_default (&error);
  if (*model == NULL)
    {
      *status = gr_cli_fail (GR_CLI_EXIT_FAILURE, error->message);
      return FALSE;
    }
  return TRUE;
}

int
gr_cli_compare (const char *a_path,
                const char *b_path)
{
  g_autoptr(GrScenario) a = NULL;
  g_autoptr(GrScenario) b = NULL;
  g_autoptr(GrModel) model = NULL;
  g_autoptr(GrMetrics) ma = NULL;
  g_autoptr(GrMetrics) mb = NULL;
  g_autoptr(GrComparison) comparison = NULL;
  g_autofree char *json = NULL;
  int status = GR_CLI_EXIT_OK;

  if (a_path == NULL || b_path == NULL)
    return gr_cli_fail (GR_CLI_EXIT_USAGE, _("--compare needs two scenario files: --compare A B"));
  if (!load (a_path, &a, &model, &status) || !load (b_path, &b, NULL, &status))
    return status;

  ma = gr_model_evaluate (model, a);
  mb = gr_model_evaluate (model, b);
  comparison = gr_comparison_new (ma, mb, model);
  json = gr_comparison_to_json (comparison, TRUE);
  return gr_cli_print (json);
}

int
gr_cli_sensitivity (const char *path,
                    const char *metric)
{
  g_autoptr(GrScenario) scenario = NULL;
  g_autoptr(GrModel) model = NULL;
  g_autoptr(GrSensitivity) tornado = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  int status = GR_CLI_EXIT_OK;

  if (!load (path, &scenario, &model, &status))
    return status;
  tornado = gr_sensitivity_run (model, scenario, metric, &error);
  if (tornado == NULL)
    return gr_cli_fail (GR_CLI_EXIT_USAGE, error->message);
  json = gr_sensitivity_to_json (tornado, TRUE);
  return gr_cli_print (json);
}

int
gr_cli_monte_carlo (const char *path,
                    const char *samples_text,
                    const char *seed_text,
                    const char *threads_text)
{
  g_autoptr(GrScenario) scenario = NULL;
  g_autoptr(GrModel) model = NULL;
  g_autoptr(GrMonteCarlo) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  guint64 samples, seed, threads;
  int status = GR_CLI_EXIT_OK;

  if (!gr_cli_parse_monte_carlo (samples_text, seed_text, threads_text, 1, &samples, &seed,
                                 &threads, &status)
      || !load (path, &scenario, &model, &status))
    return status;

  result = gr_monte_carlo_run (model, scenario, samples, seed, threads,
                               NULL, NULL, NULL, &error);
  if (result == NULL)
    return gr_cli_fail (GR_CLI_EXIT_FAILURE, error->message);
  json = gr_monte_carlo_to_json (result, TRUE);
  return gr_cli_print (json);
}
