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
 * (a fifth of a chart export's CPU) on a thread of pango's: started early,
 * that runs beside the model instead of before the first text.  Pango's
 * thread starts on the CPU of the thread that makes the map, so the map
 * is not made by the job's busy thread: made there, fontconfig waited
 * 2 ms for that CPU while the other stayed idle, and a chart export took
 * 2 to 3 ms longer (medians 37.6 and 38.0 against 35.3 and 35.2 ms, two
 * interleaved sets of 60 and 80 runs).
 *
 * guarantor-painter.so makes it as it is loaded, on the launcher's loading
 * thread (gr_cli_painter_prepare()): fontconfig then starts a step before
 * the job does, and no helper is needed (chart export, medians of 250 and
 * 200 interleaved runs: 34.5 -> 33.5 and 39.8 -> 38.6 ms).  Elsewhere
 * (the GUI's jobs) a helper on another CPU makes it (gr-thread.c). */
static PangoFontMap *prepared_map;

void
gr_cli_painter_prepare (void)
{
  if (prepared_map == NULL)
    prepared_map = pango_cairo_font_map_new ();
}

static GrThread *
font_map_start (void)
{
  return gr_thread_new ("gr-font-map", font_map_new_thread, NULL);
}

/* The prepared map, else @maker's, becomes this thread's default: the one
 * the painters use. */
static void
font_map_make_default (PangoFontMap *prepared,
                       GrThread     *maker)
{
  g_autoptr(PangoFontMap) map = prepared != NULL ? prepared : gr_thread_join (maker);

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
  PangoFontMap *prepared = g_steal_pointer (&prepared_map);
  GrThread *font_map_maker = prepared == NULL ? font_map_start () : NULL;
  g_auto(GrCliOptions) o = { 0 };

  gr_cli_options_read (options, &o);
  /* no wait as a rule: the helper only starts pango's thread */
  font_map_make_default (prepared, font_map_maker);
  if (o.briefing != NULL)
    return gr_cli_briefing (o.briefing, o.scenario, o.compare, o.slides, o.samples, o.seed,
                            o.threads);
  g_return_val_if_fail (o.what != NULL, GR_CLI_EXIT_USAGE);
  return gr_cli_export (o.what, o.output, o.scenario, o.size, o.samples, o.seed, o.threads);
}
