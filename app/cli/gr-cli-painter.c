/* gr-cli-painter.c — the jobs that draw: --export and --briefing
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The painters link cairo, pango and fontconfig, some twenty libraries a
 * job that only computes (--metrics, --compare …) would load for nothing.
 * gr_cli_handle_options() leaves these two jobs to a program that links
 * them: guarantor-painter.so, which `guarantor` loads for them, and the GUI.
 */

#include "config.h"

#include "gr-cli.h"

#include <pango/pangocairo.h>

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
  g_auto(GrCliOptions) o = { 0 };

  /* Every job draws text, but only after reading the scenario and
   * building the model.  Pango's first font map loads fontconfig's
   * configuration and caches (a fifth of a chart export's CPU) on a thread
   * of its own: started now, that runs beside the model instead of
   * before the first text.  The font map is this thread's default, the
   * one the painters use. */
  pango_cairo_font_map_get_default ();
  gr_cli_options_read (options, &o);
  if (o.briefing != NULL)
    return gr_cli_briefing (o.briefing, o.scenario, o.compare, o.slides, o.samples, o.seed,
                            o.threads);
  g_return_val_if_fail (o.what != NULL, GR_CLI_EXIT_USAGE);
  return gr_cli_export (o.what, o.output, o.scenario, o.size, o.samples, o.seed, o.threads);
}
