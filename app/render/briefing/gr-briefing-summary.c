/* gr-briefing-summary.c — the cover's paragraph, written from the metrics
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three things a reader needs first: how strong the whole is (the
 * composite), what pulls it down most (the weakest link) and the biggest
 * gap in numbers.  Every sentence is one translatable string with plural
 * forms where a count varies.
 */

#include "config.h"

#include "gr-briefing-private.h"

#include <glib/gi18n-lib.h>

#include "gr-figures-private.h"
#include "gr-format.h"

static const char *
strength_words (double composite)
{
  if (composite < 0.35)
    return _("a weak guarantee");
  if (composite < 0.6)
    return _("a partial guarantee");
  return _("a strong guarantee");
}

static void
append_composite (GString         *text,
                  const GrMetrics *metrics)
{
  g_autofree char *value = gr_format_number (metrics->index.composite, 2);

  /* TRANSLATORS: %1$s is a score such as 0.42, %2$s "a partial guarantee" */
  g_string_append_printf (text, _("The guarantee-strength index stands at %1$s of 1: %2$s."),
                          value, strength_words (metrics->index.composite));
}

static void
append_weakest (GString         *text,
                const GrMetrics *metrics)
{
  GrInstrument weakest = metrics->index.weakest;
  g_autofree char *score = gr_format_number (metrics->index.score[weakest], 2);

  g_string_append_c (text, ' ');
  /* TRANSLATORS: %1$s is an instrument, %2$s its score such as 0.18 */
  g_string_append_printf (text, _("Its weakest link is %1$s (score %2$s): raising it would "
                                  "lift the index most."),
                          gr_figures_instrument_label (weakest), score);
}

/* The year with the largest funding gap, or NULL when no year falls short. */
static const GrFundingYear *
largest_gap_year (const GrMetrics *metrics)
{
  const GrFundingYear *largest = NULL;

  for (guint i = 0; metrics->funding.years != NULL && i < metrics->funding.years->len; i++)
    {
      const GrFundingYear *year = &g_array_index (metrics->funding.years, GrFundingYear, i);

      if (year->gap_busd > 0 && (largest == NULL || year->gap_busd > largest->gap_busd))
        largest = year;
    }
  return largest;
}

static void
append_gaps (GString         *text,
             const GrMetrics *metrics)
{
  const GrFundingYear *year = largest_gap_year (metrics);
  const GrAirPatrolMetrics *patrol = &metrics->air_patrol;
  const GrMaritimeMetrics *sea = &metrics->maritime;
  guint n_zones = patrol->zones != NULL ? patrol->zones->len : 0;

  if (year != NULL)
    {
      g_autofree char *gap = gr_format_money (year->gap_busd * 1e9, GR_CURRENCY_USD);
      g_autofree char *covered = gr_format_percent (year->coverage, 0);

      g_string_append_c (text, ' ');
      /* TRANSLATORS: %1$s money such as $45B, %2$d a year, %3$s a percentage */
      g_string_append_printf (text, _("The biggest gap is in army funding: %1$s short in %2$d, "
                                      "when allocations cover %3$s of the need."),
                              gap, year->year, covered);
    }
  else
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("Allocations cover the defence need in every year."));
    }

  if (sea->escorts_required > 0 && !sea->escorts_sufficient)
    {
      /* One decimal, as the chart prints it: 3.4 escorts are not 3. */
      g_autofree char *required = gr_format_number (sea->escorts_required, 1);
      g_autofree char *available = gr_format_count (sea->escorts_available);

      g_string_append_c (text, ' ');
      /* TRANSLATORS: %1$s escorts required (e.g. 3.4), %2$s escorts available */
      g_string_append_printf (text, ngettext ("The Black Sea convoys need %1$s escorts; "
                                              "%2$s is available.",
                                              "The Black Sea convoys need %1$s escorts; "
                                              "%2$s are available.",
                                              (gulong) sea->escorts_available),
                              required, available);
    }

  if (n_zones > 0 && patrol->zones_sustainable < n_zones)
    {
      g_string_append_c (text, ' ');
      /* TRANSLATORS: %1$u zones that can be held, %2$u all patrol zones */
      g_string_append_printf (text, ngettext ("%1$u of %2$u joint air-patrol zone can be "
                                              "held with the aircraft assigned.",
                                              "%1$u of %2$u joint air-patrol zones can be "
                                              "held with the aircraft assigned.",
                                              n_zones),
                              patrol->zones_sustainable, n_zones);
    }
}

static void
append_guarantors (GString         *text,
                   const GrMetrics *metrics)
{
  const GrGuaranteesMetrics *g = &metrics->guarantees;
  guint automatic = g->by_commitment[GR_COMMITMENT_AUTOMATIC];

  if (g->n_guarantors == 0)
    return;
  g_string_append_c (text, ' ');
  /* TRANSLATORS: the number of guarantor states in the scenario */
  g_string_append_printf (text, ngettext ("%u state gives guarantees",
                                          "%u states give guarantees",
                                          g->n_guarantors), g->n_guarantors);
  g_string_append (text, "; ");
  /* TRANSLATORS: follows "N states give guarantees; " */
  g_string_append_printf (text, ngettext ("%u of them commits to respond automatically.",
                                          "%u of them commit to respond automatically.",
                                          automatic), automatic);
}

char *
gr_briefing_summary (const GrScenario *scenario,
                     const GrMetrics  *metrics)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (metrics != NULL, NULL);

  append_composite (text, metrics);
  append_weakest (text, metrics);
  append_gaps (text, metrics);
  append_guarantors (text, metrics);
  return g_string_free (text, FALSE);
}
