/* gr-cli-painter.c — the jobs that draw: --export and --briefing
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The painters link cairo, pango and fontconfig, some twenty libraries a
 * job that only computes (--metrics, --compare …) would load for nothing.
 * gr_cli_handle_options() leaves these two jobs to a program that links
 * them: guarantor-painter, which `guarantor` starts for them, and the GUI.
 */

#include "config.h"

#include "gr-cli.h"

/**
 * gr_cli_handle_painter_options:
 * @options: the parsed options, for which gr_cli_handle_options()
 *   returned %GR_CLI_PAINTER_JOB
 *
 * Runs the briefing, else the export, the options ask for.
 *
 * Returns: the job's exit status
 */
int
gr_cli_handle_painter_options (GVariantDict *options)
{
  g_autofree char *briefing = gr_cli_lookup_path (options, "briefing");
  g_autofree char *output = gr_cli_lookup_path (options, "output");
  g_autofree char *scenario = gr_cli_lookup_path (options, "scenario");
  g_autofree char *compare = gr_cli_lookup_path (options, "compare");
  gboolean slides = FALSE;
  const char *what = NULL;
  const char *size = NULL;
  const char *samples = NULL;
  const char *seed = NULL;
  const char *threads = NULL;

  g_variant_dict_lookup (options, "export", "&s", &what);
  g_variant_dict_lookup (options, "size", "&s", &size);
  g_variant_dict_lookup (options, "slides", "b", &slides);
  g_variant_dict_lookup (options, "samples", "&s", &samples);
  g_variant_dict_lookup (options, "seed", "&s", &seed);
  g_variant_dict_lookup (options, "threads", "&s", &threads);

  if (briefing != NULL)
    return gr_cli_briefing (briefing, scenario, compare, slides, samples, seed, threads);
  g_return_val_if_fail (what != NULL, GR_CLI_EXIT_USAGE);
  return gr_cli_export (what, output, scenario, size);
}
