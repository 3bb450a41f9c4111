/* gr-panel-guarantees.c — diplomatic guarantees: who commits to what, and how fast
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-panel.h"

#include <glib/gi18n.h>

GR_PANEL_VALUE (strength, metrics->guarantees.commitment_strength)
GR_PANEL_VALUE (response, metrics->guarantees.response_days)
GR_PANEL_VALUE (guarantors, metrics->guarantees.n_guarantors)

static const char *
commitment_label (GrCommitment commitment)
{
  switch (commitment)
    {
    case GR_COMMITMENT_AUTOMATIC:
      return _("automatic");
    case GR_COMMITMENT_CONSULTATIVE:
      return _("consultative");
    case GR_COMMITMENT_ASSISTANCE:
      return _("assistance only");
    case GR_N_COMMITMENTS:
    default:
      return "";
    }
}

GR_PANEL_ITEM (guarantor_days, count_guarantors, guarantors, GrGuarantor, response_days)

static char *
guarantor_title (const GrScenario *scenario,
                 guint             index)
{
  const GrGuarantor *g = &g_array_index (scenario->guarantors, GrGuarantor, index);

  /* TRANSLATORS: a guarantor in a list: state and commitment, "GB · consultative" */
  return g_strdup_printf (_("%s · %s, response"), g->state, commitment_label (g->commitment));
}

static void
remove_guarantor (GrScenario *scenario,
                  gpointer    data)
{
  g_array_remove_index (scenario->guarantors, GPOINTER_TO_UINT (data));
}

static void
add_guarantor (GrScenario *scenario,
               gpointer    data)
{
  const GrListNewItem *item = data;
  GrGuarantor g = { 0 };

  g.state = g_strdup (item->code);
  /* A new guarantor consults before acting, within a week: an assumption. */
  g.commitment = GR_COMMITMENT_CONSULTATIVE;
  gr_quantity_init (&g.response_days, 7);
  g_array_append_val (scenario->guarantors, g);
}

static const GrListSpec guarantor_list = {
  .title = N_("Guarantor states"),
  .add_title = N_("Add a guarantor"),
  .count = count_guarantors,
  .item_title = guarantor_title,
  .lever = {
    .unit = N_("days"), .kind = GR_LEVER_QUANTITY, .locate = guarantor_days,
    .lower = 0, .upper = 365, .step = 1, .digits = 0,
  },
  .remove = remove_guarantor,
  .add = add_guarantor,
};

GrPanel *
gr_panel_guarantees_new (GrDocument *document)
{
  GrPanel *self = gr_panel_new (document, "guarantees", _("Diplomatic guarantees"),
                                GR_INSTRUMENT_GUARANTEES);

  gr_panel_add_headline (self, GR_METRIC_COMMITMENT_STRENGTH, NULL, GR_HEADLINE_SCORE, TRUE,
                         strength);
  gr_panel_add_headline (self, GR_METRIC_RESPONSE_DELAY, NULL, GR_HEADLINE_DAYS, FALSE, response);
  gr_panel_add_headline (self, GR_N_METRICS, _("Guarantor states"),
                         GR_HEADLINE_COUNT, TRUE, guarantors);
  gr_panel_add_list (self, &guarantor_list);
  return self;
}
