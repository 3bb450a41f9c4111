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

#ifdef __GLIBC__
#include <malloc.h>
#endif

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GrApplication) app = NULL;

#ifdef __GLIBC__
  /* glibc gives each thread that allocates an arena of its own, up to
   * eight per core, and an arena keeps what its thread freed: the threads
   * of GLib, GTK and the software GL renderer left eight arenas holding
   * 17 MB, 5 MB of it free.  Two arenas serve the window and our tile
   * worker without waiting on each other. */
  mallopt (M_ARENA_MAX, 2);
#endif
  gr_cli_setup_locale ();
  app = gr_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
