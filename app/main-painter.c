/* main-painter.c — entry point of guarantor-painter: the jobs that draw
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `guarantor` starts this for --export and --briefing (see main.c), with
 * the same arguments: only this helper and the GUI link cairo and pango.
 * It parses the same options, so its `--help` and errors read the same.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gr-cli.h"

static int
handle_local_options_cb (GApplication *app,
                         GVariantDict *options,
                         gpointer      user_data)
{
  int status = gr_cli_handle_options (options);

  if (status == GR_CLI_PAINTER_JOB)
    return gr_cli_handle_painter_options (options);
  if (status >= 0)
    return status;
  return gr_cli_fail (GR_CLI_EXIT_USAGE, _("this helper only runs --export and --briefing; "
                                           "start guarantor for the window"));
}

int
main (int   argc,
      char *argv[])
{
  return gr_cli_run (argc, argv, G_CALLBACK (handle_local_options_cb), NULL);
}
