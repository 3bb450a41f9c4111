/* gr-figures-funding.c — army funding: need vs committed vs allocated, by year
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-figures-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#define BILLION 1e9

static const char *
channel_label (GrChannel channel)
{
  switch (channel)
    {
    case GR_CHANNEL_BILATERAL:
      return _("Allocated: bilateral");
    case GR_CHANNEL_DANISH_MODEL:
      return _("Allocated: Danish model (made in Ukraine)");
    case GR_CHANNEL_EU:
      return _("Allocated: EU");
    case GR_CHANNEL_OTHER:
    case GR_N_CHANNELS:
    default:
      return _("Allocated: other");
    }
}

/* The Danish model stands apart: its own colour and a hatch. */
static void
channel_look (GrChart   *chart,
              guint      series,
              GrChannel  channel)
{
  static const struct { GrRgb colour; GrFill fill; } looks[GR_N_CHANNELS] = {
    [GR_CHANNEL_BILATERAL] = { GR_RGB_BLUE, GR_FILL_SOLID },
    [GR_CHANNEL_DANISH_MODEL] = { GR_RGB_ORANGE, GR_FILL_HATCH },
    [GR_CHANNEL_EU] = { GR_RGB_BLUISH_GREEN, GR_FILL_DOTS },
    [GR_CHANNEL_OTHER] = { GR_RGB_REDDISH_PURPLE, GR_FILL_CROSSHATCH },
  };

  gr_chart_series_set_look (chart, series, looks[channel].colour, looks[channel].fill,
                            GR_MARKER_NONE);
}

/* Allocations of one channel in one year, from the scenario's pledges. */
static double
allocated (const GrScenario *scenario,
           int               year,
           GrChannel         channel)
{
  double sum = 0;

  for (guint i = 0; scenario->pledges != NULL && i < scenario->pledges->len; i++)
    {
      const GrPledge *pledge = &g_array_index (scenario->pledges, GrPledge, i);

      if (pledge->year == year && pledge->channel == channel
          && pledge->kind == GR_PLEDGE_ALLOCATION)
        sum += pledge->busd.value;
    }
  return sum;
}

/* Which channels the chart stacks (any allocation in a year shown, and
 * the Danish model always); returns how many. */
static guint
used_channels (const GrScenario       *scenario,
               const GrFundingMetrics *funding,
               gboolean                used[GR_N_CHANNELS])
{
  guint n_years = funding->years != NULL ? funding->years->len : 0;
  guint n = 0;

  for (GrChannel c = 0; c < GR_N_CHANNELS; c++)
    used[c] = FALSE;
  for (guint y = 0; y < n_years; y++)
    for (GrChannel c = 0; c < GR_N_CHANNELS; c++)
      used[c] |= allocated (scenario, g_array_index (funding->years, GrFundingYear, y).year,
                            c) > 0;
  /* The Danish model always shows, even at zero: it is the point of comparison. */
  used[GR_CHANNEL_DANISH_MODEL] = TRUE;
  for (GrChannel c = 0; c < GR_N_CHANNELS; c++)
    n += used[c];
  return n;
}

GrChart *
gr_figures_funding (const GrScenario *scenario,
                    const GrMetrics  *metrics)
{
  const GrFundingMetrics *funding = &metrics->funding;
  GrChart *chart = gr_chart_new (_("Army funding: need against money on the table"));
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  guint n_years = funding->years != NULL ? funding->years->len : 0;
  guint channels[GR_N_CHANNELS], committed, need;
  gboolean used[GR_N_CHANNELS];

  gr_chart_set_subtitle (chart, _("Allocations by channel (stacked) and all commitments "
                                  "(beside) against the defence need (bold line); "
                                  "the dashed box is the gap still unfunded."));
  gr_chart_set_value_axis (chart, _("US$, billions a year"), GR_CHART_UNIT_USD);
  gr_chart_set_empty_message (chart, _("The scenario states no defence need and no pledges. "
                                       "Add a need or a pledge to see the gap."));

  used_channels (scenario, funding, used);

  for (guint y = 0; y < n_years; y++)
    {
      g_autofree char *label = g_strdup_printf ("%d",
                                                g_array_index (funding->years,
                                                               GrFundingYear, y).year);

      gr_chart_add_category (chart, label);
    }

  for (GrChannel c = 0; c < GR_N_CHANNELS; c++)
    if (used[c])
      {
        channels[c] = gr_chart_add_series (chart, GR_SERIES_BAR, channel_label (c), 0);
        channel_look (chart, channels[c], c);
        gr_chart_series_set_labelled (chart, channels[c], TRUE);
      }
  committed = gr_chart_add_series (chart, GR_SERIES_BAR, _("Committed (all pledges)"), 1);
  gr_chart_series_set_look (chart, committed, GR_RGB_SKY_BLUE, GR_FILL_LIGHT, GR_MARKER_NONE);
  gr_chart_series_set_labelled (chart, committed, TRUE);
  need = gr_chart_add_series (chart, GR_SERIES_TARGET, _("Need"), 0);
  gr_chart_series_set_look (chart, need, GR_RGB_BLACK, GR_FILL_SOLID, GR_MARKER_NONE);
  gr_chart_series_set_labelled (chart, need, TRUE);

  for (guint y = 0; y < n_years; y++)
    {
      const GrFundingYear *year = &g_array_index (funding->years, GrFundingYear, y);

      for (GrChannel c = 0; c < GR_N_CHANNELS; c++)
        if (used[c])
          {
            /* The Danish channel comes from the metrics, so the chart and the
             * panel agree even if the model converts currencies. */
            double value = c == GR_CHANNEL_DANISH_MODEL ? year->danish_model_busd
                                                        : allocated (scenario, year->year, c);

            gr_chart_series_set_value (chart, channels[c], y, value * BILLION);
          }
      gr_chart_series_set_value (chart, committed, y, year->committed_busd * BILLION);
      if (year->need_busd > 0)
        gr_chart_series_set_value (chart, need, y, year->need_busd * BILLION);
      if (year->gap_busd > 0 && year->need_busd > 0)
        {
          g_autofree char *money = gr_format_money (year->gap_busd * BILLION, GR_CURRENCY_USD);
          g_autofree char *label = g_strdup_printf (_("Gap %s"), money);

          /* a narrow year shows the sum alone */
          gr_chart_add_gap_full (chart, y, year->allocated_busd * BILLION,
                                 year->need_busd * BILLION, label, money);
        }
    }

  if (n_years > 0)
    {
      g_autofree char *need_text = gr_format_money (funding->need_busd * BILLION, GR_CURRENCY_USD);
      g_autofree char *alloc_text = gr_format_money (funding->allocated_busd * BILLION,
                                                     GR_CURRENCY_USD);
      g_autofree char *gap_text = gr_format_money (MAX (funding->gap_busd, 0) * BILLION,
                                                   GR_CURRENCY_USD);
      g_autofree char *coverage = gr_format_percent (funding->coverage, 0);
      g_autofree char *certainty = gr_format_percent (funding->multi_year_certainty, 0);
      g_autofree char *summary = g_strdup_printf (_("Over all years the need is %s, %s is "
                                                    "allocated (%s), leaving a gap of %s. "
                                                    "Multi-year certainty: %s of later years' "
                                                    "need is already committed."),
                                                  need_text, alloc_text, coverage, gap_text,
                                                  certainty);

      gr_chart_set_summary (chart, summary);
    }

  for (guint i = 0; scenario->needs != NULL && i < scenario->needs->len; i++)
    gr_figures_collect (ids, &g_array_index (scenario->needs, GrFundingNeed, i).busd, 1);
  for (guint i = 0; scenario->pledges != NULL && i < scenario->pledges->len; i++)
    gr_figures_collect (ids, &g_array_index (scenario->pledges, GrPledge, i).busd, 1);
  gr_figures_set_sources (chart, scenario, ids);
  return chart;
}

/* Series as gr_figures_funding() adds them: the stacked channels (0 …
 * n − 1), the commitments (n), the need (n + 1). */
void
gr_figures_funding_ranges (GrChart            *chart,
                           const GrScenario   *scenario,
                           const GrMetrics    *metrics,
                           const GrMonteCarlo *monte_carlo)
{
  const GrFundingMetrics *funding = &metrics->funding;
  gboolean used[GR_N_CHANNELS];
  guint n = used_channels (scenario, funding, used);

  for (guint y = 0; funding->years != NULL && y < funding->years->len; y++)
    {
      const GrFundingYear *year = &g_array_index (funding->years, GrFundingYear, y);

      /* The stack adds up to what is allocated. */
      gr_figures_set_range (chart, 0, y, monte_carlo, BILLION, FALSE,
                            "funding.years.%d.allocated_busd", year->year);
      gr_figures_set_range (chart, n, y, monte_carlo, BILLION, FALSE,
                            "funding.years.%d.committed_busd", year->year);
      if (year->need_busd > 0)
        gr_figures_set_range (chart, n + 1, y, monte_carlo, BILLION, FALSE,
                              "funding.years.%d.need_busd", year->year);
    }
}
