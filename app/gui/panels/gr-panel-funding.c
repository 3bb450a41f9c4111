/* gr-panel-funding.c — army funding: need by year, pledges by donor and year
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-panel.h"

#include <glib/gi18n.h>
#include <math.h>

/* The first year with a need: the year the article's $120B is for. */
static const GrFundingYear *
first_need_year (const GrMetrics *metrics)
{
  const GArray *years = metrics->funding.years;

  for (guint i = 0; years != NULL && i < years->len; i++)
    if (g_array_index (years, GrFundingYear, i).need_busd > 0)
      return &g_array_index (years, GrFundingYear, i);
  return NULL;
}

static double
first_gap (const GrScenario *scenario,
           const GrMetrics  *metrics,
           char            **title)
{
  const GrFundingYear *year = first_need_year (metrics);

  if (year == NULL)
    return NAN;
  /* TRANSLATORS: headline title, "2026 funding gap" */
  *title = g_strdup_printf (_("%d funding gap"), year->year);
  return year->gap_busd;
}

GR_PANEL_VALUE (coverage, metrics->funding.coverage * 100)
GR_PANEL_VALUE (certainty, metrics->funding.multi_year_certainty * 100)

GR_PANEL_ITEM (need_busd, count_needs, needs, GrFundingNeed, busd)

static char *
need_title (const GrScenario *scenario,
            guint             index)
{
  /* TRANSLATORS: a row of the need list, "Need 2026" */
  return g_strdup_printf (_("Need %d"), g_array_index (scenario->needs, GrFundingNeed, index).year);
}

static const GrListSpec need_list = {
  .title = N_("Defence need by year"),
  .count = count_needs,
  .item_title = need_title,
  .lever = {
    .unit = N_("$B"), .kind = GR_LEVER_QUANTITY, .locate = need_busd,
    .limit = GR_LIMIT_FUNDING_BUSD, .step = 1, .digits = 1,
  },
};

GR_PANEL_ITEM (pledge_busd, count_pledges, pledges, GrPledge, busd)

static char *
pledge_title (const GrScenario *scenario,
              guint             index)
{
  const GrPledge *p = &g_array_index (scenario->pledges, GrPledge, index);
  const char *kind = p->kind == GR_PLEDGE_ALLOCATION ? _("allocated") : _("promised");

  if (p->channel == GR_CHANNEL_DANISH_MODEL)
    /* TRANSLATORS: a pledge: donor, year, kind, "DK 2026 allocated, Danish model" */
    return g_strdup_printf (_("%s %d %s, Danish model"), p->donor, p->year, kind);
  /* TRANSLATORS: a pledge: donor, year, kind, "GB 2026 allocated" */
  return g_strdup_printf (_("%s %d %s"), p->donor, p->year, kind);
}

static void
remove_pledge (GrScenario *scenario,
               gpointer    data)
{
  g_array_remove_index (scenario->pledges, GPOINTER_TO_UINT (data));
}

static void
add_pledge (GrScenario *scenario,
            gpointer    data)
{
  const GrListNewItem *item = data;
  GrPledge p = { 0 };

  p.donor = g_strdup (item->code);
  p.year = item->year;
  gr_quantity_init (&p.busd, 1);
  /* Counted only once earmarked: a new pledge starts as an allocation. */
  p.kind = GR_PLEDGE_ALLOCATION;
  p.channel = GR_CHANNEL_BILATERAL;
  g_array_append_val (scenario->pledges, p);
}

static const GrListSpec pledge_list = {
  .title = N_("Pledges by donor and year"),
  .add_title = N_("Add a pledge"),
  .add_year = TRUE,
  .count = count_pledges,
  .item_title = pledge_title,
  .lever = {
    .unit = N_("$B"), .kind = GR_LEVER_QUANTITY, .locate = pledge_busd,
    .limit = GR_LIMIT_FUNDING_BUSD, .step = 0.5, .digits = 1,
  },
  .remove = remove_pledge,
  .add = add_pledge,
};

GrPanel *
gr_panel_funding_new (GrDocument *document)
{
  GrPanel *self = gr_panel_new (document, "funding", _("Army funding"), GR_INSTRUMENT_FUNDING);

  gr_panel_add_headline (self, GR_METRIC_FUNDING_GAP, NULL, GR_HEADLINE_BUSD, FALSE, first_gap);
  gr_panel_add_headline (self, GR_METRIC_FUNDING_COVERAGE, NULL, GR_HEADLINE_PERCENT, TRUE,
                         coverage);
  gr_panel_add_headline (self, GR_METRIC_FUNDING_CERTAINTY, NULL, GR_HEADLINE_PERCENT, TRUE,
                         certainty);
  gr_panel_add_chart (self, "funding", 480);
  gr_panel_add_list (self, &need_list);
  gr_panel_add_list (self, &pledge_list);
  return self;
}
