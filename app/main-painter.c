/* main-painter.c — guarantor-painter.so, the module of the jobs that draw
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `guarantor` loads this module for --export and --briefing (see main.c)
 * and hands it the options it has parsed: only this module and the GUI
 * link cairo and pango, so --metrics never loads them, and an export is
 * one process that loads GLib and reads its options once.  The module
 * links its own copy of the model and the painters and exports two
 * symbols, gr_painter_module_prepare() and gr_painter_module_run().
 */

#include "config.h"

#include <gmodule.h>
#include <pango/pangocairo.h>

#include "gr-cli.h"

/* Called by the launcher once it has loaded the module, before
 * gr_painter_module_run(): pango's first font map loads fontconfig's
 * configuration and caches on a thread of its own, which then runs beside
 * the job's reading of the scenario and building of the model. */
G_MODULE_EXPORT void gr_painter_module_prepare (void);

G_MODULE_EXPORT void
gr_painter_module_prepare (void)
{
  g_object_unref (pango_cairo_font_map_new ());
}

/* The job the launcher's options ask for: --export or --briefing (the
 * launcher's gr_cli_handle_options() returned %GR_CLI_PAINTER_JOB). */
G_MODULE_EXPORT int gr_painter_module_run (GVariantDict *options);

G_MODULE_EXPORT int
gr_painter_module_run (GVariantDict *options)
{
  return gr_cli_handle_painter_options (options);
}
