/* gr-window.h — the main window: header bar, map, side panels
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "gr-application.h"
#include "gr-document.h"

G_BEGIN_DECLS

#define GR_TYPE_WINDOW (gr_window_get_type ())

G_DECLARE_FINAL_TYPE (GrWindow, gr_window, GR, WINDOW, AdwApplicationWindow)

GrWindow   *gr_window_new          (GrApplication *application);
GrDocument *gr_window_get_document (GrWindow      *self);
void        gr_window_open_file    (GrWindow      *self,
                                    GFile         *file);
void        gr_window_offer_recovery (GrWindow    *self,
                                      const char  *path);
/* Presentation mode on the document as it is (F5 and `--present`): with
 * @samples > 0 and no Monte Carlo in the analysis pane yet, one is run
 * there in the background (@threads 0: one per processor), and the
 * slides show its P10–P90 once it is done. */
void        gr_window_start_presentation (GrWindow *self,
                                          guint     samples,
                                          guint64   seed,
                                          guint     threads);

G_END_DECLS
