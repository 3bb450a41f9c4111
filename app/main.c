/* main.c — entry point of the guarantor binary
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "gr-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GrApplication) app = NULL;
  const char *localedir;

  setlocale (LC_ALL, "");
  /* `make run` starts the binary from the build tree, before anything is
   * installed under LOCALEDIR: it points GUARANTOR_LOCALEDIR at the
   * catalogues compiled into $(BUILDDIR)/po. */
  localedir = g_getenv ("GUARANTOR_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = gr_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
