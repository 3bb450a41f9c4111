/* gr-panel-danish.c — the Danish-model fund: buying Ukrainian-made weapons
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-panel.h"

#include <glib/gi18n.h>

GR_PANEL_VALUE (military, metrics->danish.military_busd)
GR_PANEL_VALUE (share, metrics->danish.share_of_need * 100)
GR_PANEL_VALUE (predictability, metrics->danish.predictability)

GR_PANEL_FIELD (usd_per_eur, danish.usd_per_eur)

static const GrLeverSpec rate_lever = {
  N_("Dollars per euro"), N_("$"), GR_LEVER_QUANTITY, usd_per_eur, GR_LIMIT_USD_PER_EUR, 0.01, 2, 0, FALSE
};

GR_PANEL_ITEM (contribution_meur, count_contributions, danish.contributions,
               GrDanishContribution, meur)

static char *
contribution_title (const GrScenario *scenario,
                    guint             index)
{
  const GrDanishContribution *c = &g_array_index (scenario->danish.contributions,
                                                  GrDanishContribution, index);
  g_autofree char *military_share = g_strdup_printf ("%.0f %%", c->military_share.value * 100);

  /* TRANSLATORS: a contribution: donor, year, military share, "DK 2024, 67 % military" */
  return g_strdup_printf (_("%s %d, %s military"), c->donor, c->year, military_share);
}

static void
remove_contribution (GrScenario *scenario,
                     gpointer    data)
{
  g_array_remove_index (scenario->danish.contributions, GPOINTER_TO_UINT (data));
}

static void
add_contribution (GrScenario *scenario,
                  gpointer    data)
{
  const GrListNewItem *item = data;
  GrDanishContribution c = { 0 };

  c.donor = g_strdup (item->code);
  c.year = item->year;
  gr_quantity_init (&c.meur, 100);
  /* The model's purpose is weapons: a new contribution is all military. */
  gr_quantity_init (&c.military_share, 1);
  g_array_append_val (scenario->danish.contributions, c);
}

static const GrListSpec contribution_list = {
  .title = N_("Contributions"),
  .add_title = N_("Add a contribution"),
  .add_year = TRUE,
  .count = count_contributions,
  .item_title = contribution_title,
  .lever = {
    .unit = N_("€M"), .kind = GR_LEVER_QUANTITY, .locate = contribution_meur,
    .limit = GR_LIMIT_CONTRIBUTION_MEUR, .step = 50, .digits = 0,
  },
  .remove = remove_contribution,
  .add = add_contribution,
};

GrPanel *
gr_panel_danish_new (GrDocument *document)
{
  GrPanel *self = gr_panel_new (document, "danish", _("Danish-model fund"),
                                GR_INSTRUMENT_DANISH_MODEL);

  gr_panel_add_headline (self, GR_METRIC_DANISH_FLOW, _("Military flow, all years"),
                         GR_HEADLINE_BUSD, TRUE, military);
  gr_panel_add_headline (self, GR_METRIC_DANISH_SHARE, NULL, GR_HEADLINE_PERCENT, TRUE, share);
  gr_panel_add_headline (self, GR_METRIC_DANISH_PREDICTABILITY, NULL, GR_HEADLINE_SCORE, TRUE,
                         predictability);
  gr_panel_add_list (self, &contribution_list);
  gr_panel_add_lever (self, &rate_lever);
  return self;
}
