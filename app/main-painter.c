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
 * symbols: gr_painter_module_run() and GModule's g_module_check_init().
 */

#include "config.h"

#include <gmodule.h>

#include "gr-cli.h"

/* The job the launcher's options ask for: --export or --briefing (the
 * launcher's gr_cli_handle_options() returned %GR_CLI_PAINTER_JOB). */
G_MODULE_EXPORT int gr_painter_module_run (GVariantDict *options);

/* GModule calls this as it loads the module, on the launcher's loading
 * thread: the font map every job needs is made there, under the export
 * font configuration (gr_cli_painter_prepare()), while the launcher's
 * main thread waits for the module. */
G_MODULE_EXPORT const char *g_module_check_init (GModule *module);

G_MODULE_EXPORT const char *
g_module_check_init (GModule *module)
{
  gr_cli_painter_prepare ();
  return NULL;
}

G_MODULE_EXPORT int
gr_painter_module_run (GVariantDict *options)
{
  return gr_cli_handle_painter_options (options);
}
