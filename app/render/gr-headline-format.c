/* gr-headline-format.c — the words of a headline number and of its change (GTK-free)
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Kept apart from the widget so that the unit tests check the words
 * without a display.  The change is worded from the printed values: when
 * the headline reads the same before and after, there is no change to show.
 */

#include "config.h"

#include "gr-headline-format.h"

#include <glib/gi18n.h>
#include <math.h>

#include "gr-format.h"

/* Three significant digits: the model's estimates are no more precise
 * than their inputs (a rate, a share), so 267,424 reads 267,000. */
static double
estimate_step (double value)
{
  double v = fabs (value);

  return v > 0 ? pow (10, floor (log10 (v)) - 2) : 1;
}

/* A magnitude without a sign, in the unit's words. */
static char *
format_magnitude (GrHeadlineUnit unit,
                  double         value,
                  gboolean       as_change)
{
  switch (unit)
    {
    case GR_HEADLINE_COUNT:
      return gr_format_count (value);
    case GR_HEADLINE_PERCENT:
      if (as_change)
        {
          g_autofree char *number = gr_format_number (value, fabs (value) < 9.95 ? 1 : 0);

          /* TRANSLATORS: a change of a percentage, in percentage points */
          return g_strdup_printf (_("%s pts"), number);
        }
      /* Small shares keep a decimal: 1.4 % is not 1 %. */
      return gr_format_percent (value / 100.0, fabs (value) < 9.95 ? 1 : 0);
    case GR_HEADLINE_BUSD:
      return gr_format_money (value * 1e9, GR_CURRENCY_USD);
    case GR_HEADLINE_SCORE:
      return gr_format_number (value, 2);
    case GR_HEADLINE_REQUIRED:
      /* "3.4 escorts required" is not "3": one decimal, as the charts. */
      return gr_format_number (value, 1);
    case GR_HEADLINE_RATIO:
      {
        g_autofree char *number = gr_format_number (value, 1);

        /* TRANSLATORS: a ratio such as output over consumption, "1.4×" */
        return g_strdup_printf (_("%s×"), number);
      }
    case GR_HEADLINE_MONTHS:
      {
        g_autofree char *number = gr_format_number (value, 1);

        /* TRANSLATORS: a duration, "3.5 months" */
        return g_strdup_printf (_("%s months"), number);
      }
    case GR_HEADLINE_ESTIMATE:
      {
        double step = estimate_step (value);

        return gr_format_number (round (value / step) * step, MAX (0, (int) -floor (log10 (step))));
      }
    case GR_HEADLINE_DAYS:
      {
        g_autofree char *number = gr_format_number (value, value < 10 ? 1 : 0);

        /* TRANSLATORS: a duration, "2 days" */
        return g_strdup_printf (_("%s days"), number);
      }
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
gr_headline_format_value (GrHeadlineUnit unit,
                          double         value)
{
  if (isnan (value))
    return g_strdup ("—");
  return format_magnitude (unit, value, FALSE);
}

/* The smallest step the printed value shows. */
static double
shown_step (GrHeadlineUnit unit,
            double         value)
{
  double v = fabs (value);

  switch (unit)
    {
    case GR_HEADLINE_PERCENT:
      return v < 9.95 ? 0.1 : 1;
    case GR_HEADLINE_BUSD:
      /* gr_format_money: tenths of the unit below 100 of it, B then M then k */
      if (v >= 0.95)
        return v >= 99.95 ? 1 : 0.1;
      if (v >= 0.95e-3)
        return v >= 99.95e-3 ? 1e-3 : 1e-4;
      return 1e-7;
    case GR_HEADLINE_SCORE:
      return 0.01;
    case GR_HEADLINE_RATIO:
    case GR_HEADLINE_MONTHS:
      return 0.1;
    case GR_HEADLINE_DAYS:
      return v < 10 ? 0.1 : 1;
    case GR_HEADLINE_ESTIMATE:
      return estimate_step (value);
    case GR_HEADLINE_COUNT:
    default:
      return 1;
    }
}

static double
as_shown (GrHeadlineUnit unit,
          double         value)
{
  double step = shown_step (unit, value);

  return round (value / step) * step;
}

/* The change's magnitude without its arrow, NULL when the two print the
 * same or either is NAN. */
static char *
change_magnitude (GrHeadlineUnit unit,
                  double         before,
                  double         after)
{
  g_autofree char *printed_before = NULL;
  g_autofree char *printed_after = NULL;
  g_autofree char *magnitude = NULL;
  g_autofree char *zero = NULL;

  if (isnan (before) || isnan (after))
    return NULL;

  printed_before = gr_headline_format_value (unit, before);
  printed_after = gr_headline_format_value (unit, after);
  if (g_str_equal (printed_before, printed_after))
    return NULL;

  magnitude = format_magnitude (unit, fabs (after - before), TRUE);
  zero = format_magnitude (unit, 0, TRUE);
  /* A real change too small for the change's own digits: say the change
   * between the printed values instead ("0.54" → "0.55" is 0.01). */
  if (g_str_equal (magnitude, zero))
    {
      g_free (magnitude);
      magnitude = format_magnitude (unit, fabs (as_shown (unit, after) - as_shown (unit, before)),
                                    TRUE);
    }
  return g_steal_pointer (&magnitude);
}

char *
gr_headline_format_change (GrHeadlineUnit unit,
                           double         before,
                           double         after)
{
  g_autofree char *magnitude = change_magnitude (unit, before, after);

  if (magnitude == NULL)
    return NULL;
  return g_strdup_printf ("%s %s", after > before ? "▲" : "▼", magnitude);
}

char *
gr_headline_format_difference (GrHeadlineUnit unit,
                               double         a,
                               double         b)
{
  g_autofree char *magnitude = NULL;

  if (!isfinite (a) || !isfinite (b))
    return g_strdup ("—");
  magnitude = change_magnitude (unit, a, b);
  if (magnitude == NULL)
    /* TRANSLATORS: a difference of zero between two scenarios */
    return g_strdup (_("= no change"));
  return g_strdup_printf ("%s %s%s", b > a ? "▲" : "▼", b > a ? "+" : "−", magnitude);
}

char *
gr_headline_format_range (GrHeadlineUnit unit,
                          double         value,
                          double         p10,
                          double         p90)
{
  g_autofree char *printed = gr_headline_format_value (unit, value);
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  if (!isfinite (p10) || !isfinite (p90))
    return g_steal_pointer (&printed);
  low = gr_headline_format_value (unit, p10);
  high = gr_headline_format_value (unit, p90);
  /* TRANSLATORS: a value and its P10–P90 range, e.g. "0.54, 0.47–0.61" */
  return g_strdup_printf (_("%s, %s–%s"), printed, low, high);
}
