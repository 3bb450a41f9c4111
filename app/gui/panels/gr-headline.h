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
/* Shows @value and beside it its change from the first value shown (the
 * scenario as opened); the first value, and one after gr_headline_forget(),
 * starts afresh. */
void        gr_headline_set_value       (GrHeadline     *self,
                                         double          value);
void        gr_headline_set_title       (GrHeadline     *self,
                                         const char     *title);
/* Forget the value shown, e.g. when another scenario is opened. */
void        gr_headline_forget          (GrHeadline     *self);
/* A scenario B compared with: a line shows B's @value and B − A with its
 * sign and arrow; @name NULL hides the line. */
void        gr_headline_set_compared    (GrHeadline     *self,
                                         const char     *name,
                                         double          value);
/* Monte Carlo's P10 and P90 beside the value ("0.54, 0.47–0.61"); NAN
 * for either hides the range. */
void        gr_headline_set_range       (GrHeadline     *self,
                                         double          p10,
                                         double          p90);
const char *gr_headline_get_value_text  (GrHeadline     *self);
/* NULL when the last update changed nothing visible. */
const char *gr_headline_get_change_text (GrHeadline     *self);
/* The line about B, NULL when not comparing. */
const char *gr_headline_get_compared_text (GrHeadline   *self);

G_END_DECLS
