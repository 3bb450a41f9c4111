/* gr-panel-presence.c — foreign presence: the stabilisation force's deployments
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-geo-names.h"
#include "gr-panel.h"

#include <glib/gi18n.h>

#include "gr-labels.h"
#include "gr-scenario-edit.h"

GR_PANEL_VALUE (deployed, metrics->force.deployed_troops)

static double
regions (const GrScenario *scenario,
         const GrMetrics  *metrics,
         char            **title)
{
  /* TRANSLATORS: headline title, "Border regions within reach (of 8)" */
  *title = g_strdup_printf (_("Border regions within reach (of %u)"),
                            metrics->force.border_regions_total);
  return metrics->force.border_regions_reached;
}

GR_PANEL_VALUE (sustain, metrics->force.required_with_rotation)
GR_PANEL_VALUE (cost, metrics->force.annual_cost_busd)

GR_PANEL_FIELD (band_low, force.band_low)
GR_PANEL_FIELD (band_high, force.band_high)
GR_PANEL_FIELD (dwell, force.dwell_ratio)
GR_PANEL_FIELD (cost_per_troop, force.cost_per_troop_year_musd)
GR_PANEL_FIELD (reach, force.reach_km)

static const GrLeverSpec levers[] = {
  { N_("Planned band, lower end"), N_("troops"), GR_LEVER_DOUBLE, band_low, GR_LIMIT_FORCE_BAND, 1000, 0, 0, FALSE },
  { N_("Planned band, upper end"), N_("troops"), GR_LEVER_DOUBLE, band_high, GR_LIMIT_FORCE_BAND, 1000, 0, 0, FALSE },
  /* TRANSLATORS: time at home per time deployed, a ratio: 2 means 1:2 */
  { N_("Dwell per deployment"), N_("×"), GR_LEVER_QUANTITY, dwell, GR_LIMIT_DWELL_RATIO, 0.5, 1, 0, FALSE },
  { N_("Cost per soldier-year"), N_("$M"), GR_LEVER_QUANTITY, cost_per_troop, GR_LIMIT_COST_PER_TROOP_YEAR_MUSD, 0.05, 2, 0, FALSE },
  { N_("Reach of a deployment"), N_("km"), GR_LEVER_QUANTITY, reach, GR_LIMIT_REACH_KM, 10, 0, 0, FALSE },
};

GR_PANEL_ITEM (deployment_troops, count_deployments, force.deployments, GrDeployment, troops)

static char *
deployment_title (const GrScenario *scenario,
                  guint             index)
{
  const GrDeployment *d = &g_array_index (scenario->force.deployments, GrDeployment, index);

  /* TRANSLATORS: a deployment: name, nation, role, "Lviv hub · GB · training" */
  return g_strdup_printf (_("%s · %s · %s"), GR_ITEM_NAME (d), d->nation,
                          gr_role_label_in_sentence (d->role));
}

static void
remove_deployment (GrScenario *scenario,
                   gpointer    data)
{
  g_array_remove_index (scenario->force.deployments, GPOINTER_TO_UINT (data));
}

/* A contingent of the nation typed in the add form, in Kyiv until moved on
 * the map; a training role commits to no front. */
static gboolean
add_deployment (GrDocument          *document,
                const GrListNewItem *item,
                GError             **error)
{
  return gr_edit_add_contingent (document, (GrLonLat) { 30.52, 50.45 }, item->code,
                                 GR_ROLE_TRAINING, NULL, error);
}

static const GrListSpec deployment_list = {
  .title = N_("Deployments"),
  .add_title = N_("Add a contingent"),
  .count = count_deployments,
  .item_title = deployment_title,
  .lever = {
    /* TRANSLATORS: a unit after any number: an abbreviation avoids plural forms */
    .unit = N_("troops"), .kind = GR_LEVER_DOUBLE, .locate = deployment_troops,
    .limit = GR_LIMIT_DEPLOYMENT_TROOPS, .step = 100, .digits = 0,
  },
  .remove = remove_deployment,
  .add_item = add_deployment,
};

GrPanel *
gr_panel_presence_new (GrDocument *document)
{
  GrPanel *self = gr_panel_new (document, "presence", _("Foreign presence"),
                                GR_INSTRUMENT_PRESENCE);

  gr_panel_add_headline (self, GR_METRIC_FORCE_DEPLOYED, NULL, GR_HEADLINE_COUNT, TRUE, deployed);
  gr_panel_add_headline (self, GR_METRIC_FORCE_BORDER_REGIONS, NULL, GR_HEADLINE_COUNT, TRUE,
                         regions);
  gr_panel_add_headline (self, GR_METRIC_FORCE_ROTATION, NULL, GR_HEADLINE_COUNT, TRUE, sustain);
  gr_panel_add_headline (self, GR_METRIC_FORCE_COST, NULL, GR_HEADLINE_BUSD, FALSE, cost);
  gr_panel_add_chart (self, "stabilization", 440);
  gr_panel_add_list (self, &deployment_list);
  for (guint i = 0; i < G_N_ELEMENTS (levers); i++)
    gr_panel_add_lever (self, &levers[i]);
  return self;
}
