/* main-gui.c — entry point of guarantor-gui, the window
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `guarantor` starts this (see main.c); it also runs the headless jobs
 * itself when started directly.
 */

#include "config.h"

#include "gr-application.h"
#include "gr-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GrApplication) app = NULL;

  gr_cli_setup_locale ();
  app = gr_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
