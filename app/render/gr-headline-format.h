/* gr-headline-format.h — the words of a headline number and of its change (GTK-free)
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  GR_HEADLINE_COUNT,           /* 132000 → "132,000" */
  GR_HEADLINE_PERCENT,         /* 0..100 → "41 %", "8.2 %" below 10; changes in points */
  GR_HEADLINE_BUSD,            /* billion US dollars → "$38B" */
  GR_HEADLINE_SCORE,           /* 0..1 → "0.62" */
  GR_HEADLINE_RATIO,           /* output ÷ need → "1.4×" */
  GR_HEADLINE_MONTHS,          /* 3.5 → "3.5 months" */
  GR_HEADLINE_DAYS,            /* 2 → "2 days" */
  GR_HEADLINE_REQUIRED,        /* a quantity needed, never rounded away: 3.4 → "3.4" */
  GR_HEADLINE_ESTIMATE,        /* a modelled figure, to three significant
                                * digits: 267424 → "267,000", 5.346 → "5.35" */
} GrHeadlineUnit;

/* The value as the headline prints it; "—" for NAN. */
char *gr_headline_format_value  (GrHeadlineUnit unit,
                                 double         value);

/* "▲ 3 pts", "▼ $2B": the change from @before to @after, or NULL when the
 * two print the same (no visible change) or either is NAN. */
char *gr_headline_format_change (GrHeadlineUnit unit,
                                 double         before,
                                 double         after);

/* "▲ +3 pts", "▼ −$2B": B − A with its sign and arrow, so never by colour
 * alone; "= no change" when the two print the same, "—" when either is
 * not finite. */
char *gr_headline_format_difference (GrHeadlineUnit unit,
                                     double         a,
                                     double         b);

/* "0.54, 0.47–0.61": the value and its P10–P90 range from Monte Carlo;
 * the value alone when either end is not finite. */
char *gr_headline_format_range (GrHeadlineUnit unit,
                                double         value,
                                double         p10,
                                double         p90);

G_END_DECLS
