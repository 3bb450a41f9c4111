/* gr-presentation.h — presentation mode: full-screen slides for a projector
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "gr-briefing.h"
#include "gr-document.h"

G_BEGIN_DECLS

#define GR_TYPE_PRESENTATION (gr_presentation_get_type ())

G_DECLARE_FINAL_TYPE (GrPresentation, gr_presentation, GR, PRESENTATION, AdwWindow)

/* A full-screen window over parent showing the document as it is now:
 * the map (pan and zoom, no edits), the index, one slide per instrument,
 * the comparison with @compare when it is not NULL, and the source list
 * (one slide or more; the footers name the sources by id).  With
 * @uncertainty (a Monte Carlo of the document as it is), the key figures
 * show their P10–P90.  Both are copied.  Arrows, Page Up/Down, space,
 * Home/End move; Escape closes it. */
GrPresentation *gr_presentation_new           (GtkWindow          *parent,
                                               GrDocument         *document,
                                               const GrScenario   *compare,
                                               const GrMonteCarlo *uncertainty);

guint           gr_presentation_get_n_slides  (GrPresentation *self);
guint           gr_presentation_get_slide     (GrPresentation *self);
void            gr_presentation_set_slide     (GrPresentation *self,
                                               guint           slide);
/* The slide's title, e.g. "Integrated air defence". */
const char     *gr_presentation_get_slide_title (GrPresentation *self);
/* Shows the P10–P90 of @uncertainty (a Monte Carlo of the document as
 * it is; copied) on the slides from now on, e.g. once a run in the
 * background is done.  The slide shown stays. */
void            gr_presentation_set_uncertainty (GrPresentation     *self,
                                                 const GrMonteCarlo *uncertainty);
/* Whether the footer's source line is cut short with an ellipsis. */
gboolean        gr_presentation_get_sources_cut (GrPresentation *self);
/* The briefing whose pages the slides are. */
GrBriefing     *gr_presentation_get_briefing  (GrPresentation *self);

G_END_DECLS
