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

#include "gr-export-fonts.h"
#include "gr-thread.h"

/* A font map under the export font configuration (gr-export-fonts.c):
 * set before the map exists, pango's fontconfig thread then finds it
 * loaded instead of reading the desktop's. */
static PangoFontMap *
export_font_map_new (void)
{
  gr_export_fonts_use ();
  return pango_cairo_font_map_new ();
}

static gpointer
font_map_new_thread (gpointer data)
{
  return export_font_map_new ();
}

/* Every job draws text, but only after reading the scenario and building
 * the model.  The font map is made before: with its fontconfig
 * configuration loaded (gr_export_fonts_use(), under a millisecond), and
 * pango's fontconfig thread started.  guarantor-painter.so makes it as it
 * is loaded, on the launcher's loading thread (gr_cli_painter_prepare()),
 * while the launcher's main thread has nothing to do but wait for the
 * module: made there, a chart export took 0.6 ms less than with the map
 * made on a helper beside the job (medians of 100 interleaved runs, 34.3
 * against 34.9 ms).  Elsewhere (the GUI's jobs) a helper on another CPU
 * makes it (gr-thread.c): made by the job's busy thread, pango's thread
 * would start on that same CPU and wait for it. */
static PangoFontMap *prepared_map;

void
gr_cli_painter_prepare (void)
{
  if (prepared_map == NULL)
    prepared_map = export_font_map_new ();
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
