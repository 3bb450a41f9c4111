/* gr-cli-briefing.c — `guarantor --briefing OUT.pdf`: the whole briefing, headless
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exit statuses as for the other jobs: 2 for bad input (a scenario that
 * does not load, an output that is not a .pdf or cannot be written, a bad
 * --samples, --seed or --threads: no file is left behind), 1 when the
 * bundled map data is broken.
 *
 * The uncertainty page runs Monte Carlo with --monte-carlo's defaults
 * (1000 samples, seed 1) unless --samples and --seed say otherwise;
 * "--samples 0" leaves it out.
 */

#include "config.h"

#include "gr-cli.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "gr-briefing.h"
#include "gr-metrics.h"

int
gr_cli_briefing (const char *output,
                 const char *scenario_path,
                 const char *compare_path,
                 gboolean    slides,
                 const char *samples_text,
                 const char *seed_text,
                 const char *threads_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) scenario = NULL;
  g_autoptr(GrScenario) compare = NULL;
  g_autoptr(GrModel) model = NULL;
  g_autoptr(GrBriefing) briefing = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *dir = NULL;
  GrBriefingOptions options = { 0 };
  guint64 samples, seed, threads;
  int status = GR_CLI_EXIT_OK;

  g_return_val_if_fail (output != NULL, GR_CLI_EXIT_USAGE);

  if (!gr_cli_parse_monte_carlo (samples_text, seed_text, threads_text, 0, &samples, &seed,
                                 &threads, &status))
    return status;

  lower = g_ascii_strdown (output, -1);
  if (!g_str_has_suffix (lower, ".pdf"))
    {
      g_autofree char *display = g_filename_display_name (output);
      g_autofree char *message = g_strdup_printf (_("cannot write the briefing “%s”: the name "
                                                    "must end in .pdf"), display);

      return gr_cli_fail (GR_CLI_EXIT_USAGE, message);
    }
  scenario = gr_cli_load_scenario (scenario_path, &error);
  if (scenario == NULL)
    return gr_cli_fail (GR_CLI_EXIT_USAGE, error->message);
  if (compare_path != NULL)
    {
      compare = gr_cli_load_scenario (compare_path, &error);
      if (compare == NULL)
        return gr_cli_fail (GR_CLI_EXIT_USAGE, error->message);
    }
  /* A folder that is not there fails now, not after the Monte Carlo. */
  dir = g_path_get_dirname (output);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (output);
      g_autofree char *message = g_strdup_printf (_("Cannot write the briefing “%s”: %s"),
                                                  display, g_strerror (ENOENT));

      return gr_cli_fail (GR_CLI_EXIT_USAGE, message);
    }
  model = gr_model_new_default (&error);
  if (model == NULL)
    return gr_cli_fail (GR_CLI_EXIT_FAILURE, error->message);

  options.compare = compare;
  options.slides = slides;
  briefing = gr_briefing_new (model, scenario, &options);
  if (samples > 0
      && !gr_briefing_run_uncertainty (briefing, samples, seed, threads, NULL, NULL, NULL,
                                       &error))
    return gr_cli_fail (GR_CLI_EXIT_FAILURE, error->message);
  /* The painters cannot fail on a loaded scenario: a failure is a path
   * that cannot be written, bad input like the others. */
  if (!gr_briefing_render_to_path (briefing, output, NULL, NULL, NULL, &error))
    return gr_cli_fail (GR_CLI_EXIT_USAGE, error->message);
  return GR_CLI_EXIT_OK;
}
