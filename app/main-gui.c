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
  /* glibc maps a block of 128 KiB or more on its own, and it goes back to
   * the system when freed; but each such block freed raises the threshold
   * to its size.  After the first map tiles (256 KiB a surface), later ones
   * came from the arenas, where a tile's freed pixels left a hole that the
   * process kept.  A fixed threshold keeps them mapped. */
  mallopt (M_MMAP_THRESHOLD, 128 * 1024);
#endif
  gr_cli_setup_locale ();
  app = gr_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
