/* gr-briefing-export.h — "Export Briefing…": ask where, write in the background
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gr-document.h"
#include "gr-monte-carlo.h"

G_BEGIN_DECLS

/* Asks for a PDF file, then writes the briefing on the document as it is
 * now (its title, "modified" after edits) in a worker thread, with a
 * progress dialog whose Cancel stops it and leaves no file.  @compare (may
 * be NULL) adds the comparison; @uncertainty, the analysis pane's Monte
 * Carlo of the document as it is, fills the uncertainty page, and when it
 * is NULL the worker runs one first.  When done, a toast in the overlay
 * around toast_anchor offers to open the PDF (the action "win.open-uri"
 * with the file's URI). */
void gr_briefing_export_run      (GtkWindow          *parent,
                                  GrDocument         *document,
                                  const GrScenario   *compare,
                                  const GrMonteCarlo *uncertainty,
                                  GtkWidget          *toast_anchor);

/* The same without the file chooser: for tests and a known path. */
void gr_briefing_export_to_file  (GtkWindow          *parent,
                                  GrDocument         *document,
                                  const GrScenario   *compare,
                                  const GrMonteCarlo *uncertainty,
                                  GtkWidget          *toast_anchor,
                                  GFile              *file);

G_END_DECLS
