/* gr-headline.h — a large headline number, its explanation and its last change
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gr-headline-format.h"

G_BEGIN_DECLS

#define GR_TYPE_HEADLINE (gr_headline_get_type ())

G_DECLARE_FINAL_TYPE (GrHeadline, gr_headline, GR, HEADLINE, GtkWidget)

GtkWidget  *gr_headline_new             (const char     *title,
                                         const char     *explanation,
                                         GrHeadlineUnit  unit,
                                         gboolean        higher_is_better);
/* Shows @value; the change from the value shown before appears beside it
 * (the first value, and one after gr_headline_forget(), has none). */
void        gr_headline_set_value       (GrHeadline     *self,
                                         double          value);
void        gr_headline_set_title       (GrHeadline     *self,
                                         const char     *title);
/* With @continuing, the change stays measured from where it was measured
 * before (a slider drag: from before the drag, like its undo step). */
void        gr_headline_set_value_full  (GrHeadline     *self,
                                         double          value,
                                         gboolean        continuing);
/* Forget the value shown, e.g. when another scenario is opened. */
void        gr_headline_forget          (GrHeadline     *self);
/* The hook for "versus a compared scenario": @name NULL hides the line. */
void        gr_headline_set_compared    (GrHeadline     *self,
                                         const char     *name,
                                         double          value);
const char *gr_headline_get_value_text  (GrHeadline     *self);
/* NULL when the last update changed nothing visible. */
const char *gr_headline_get_change_text (GrHeadline     *self);

G_END_DECLS
