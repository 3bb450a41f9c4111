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

#include "gr-thread.h"

static gpointer
font_map_new_thread (gpointer data)
{
  return pango_cairo_font_map_new ();
}

/* Every job draws text, but only after reading the scenario and building
 * the model.  A new font map loads fontconfig's configuration and caches
 * (a fifth of a chart export's CPU) on a thread of pango's: started now,
 * that runs beside the model instead of before the first text.  Pango's
 * thread starts on the CPU of the thread that makes the map, so the map
 * is made on a helper on another CPU (gr-thread.c): made here, fontconfig
 * waited 2 ms for this busy thread's CPU while the other stayed idle, and
 * a chart export took 2 to 3 ms longer (medians 37.6 and 38.0 against
 * 35.3 and 35.2 ms, two interleaved sets of 60 and 80 runs).  The map
 * becomes this thread's default, the one the painters use. */
static GrThread *
font_map_start (void)
{
  return gr_thread_new ("gr-font-map", font_map_new_thread, NULL);
}

static void
font_map_make_default (GrThread *maker)
{
  g_autoptr(PangoFontMap) map = gr_thread_join (maker);

  pango_cairo_font_map_set_default (PANGO_CAIRO_FONT_MAP (map));
}

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
  GrThread *font_map_maker = font_map_start ();
  g_auto(GrCliOptions) o = { 0 };

  gr_cli_options_read (options, &o);
  /* no wait as a rule: the helper only starts pango's thread */
  font_map_make_default (font_map_maker);
  if (o.briefing != NULL)
    return gr_cli_briefing (o.briefing, o.scenario, o.compare, o.slides, o.samples, o.seed,
                            o.threads);
  g_return_val_if_fail (o.what != NULL, GR_CLI_EXIT_USAGE);
  return gr_cli_export (o.what, o.output, o.scenario, o.size, o.samples, o.seed, o.threads);
}
