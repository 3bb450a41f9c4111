/* gr-metrics-warnings.c — what the reader of the metrics should know
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An asset counts only where it can reach (MODEL.md, "Position matters"):
 * a battery with no ring over Ukraine, a deployment out of reach of every
 * border region and a patrol zone its aircraft cannot reach add nothing,
 * and each is named here, with its path in the scenario file, so the
 * interface can show the warning next to the item.  The planned band of
 * the stabilisation force is a plan, not a yardstick: missing it is a
 * warning too, not a score.
 */

#include "config.h"

#include "gr-metrics-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

static void
warn_batteries (const GrScenario *scenario,
                GrMetrics        *m)
{
  const GArray *bms = m->air_defense.batteries;

  for (guint b = 0; bms != NULL && b < bms->len; b++)
    {
      const GrBatteryMetrics *bm = &g_array_index (bms, GrBatteryMetrics, b);
      g_autofree char *path = g_strdup_printf ("air_defense.batteries[%u]", b);

      if (!bm->known_system)
        gr_metrics_warn (m, path, _("Battery “%s”: its system “%s” is not defined, so it "
                                    "engages nothing"), bm->id, bm->system);
      else if (!bm->in_reach)
        gr_metrics_warn (m, path, _("Battery “%s” is out of reach: none of its rings covers "
                                    "Ukraine, so it defends nothing"), bm->id);
    }
}

static void
warn_deployments (GrModel          *model,
                  const GrScenario *scenario,
                  GrMetrics        *m)
{
  const GArray *deps = scenario->force.deployments;
  double cos_reach = cos (MAX (0, scenario->force.reach_km.value) / GR_EARTH_RADIUS_KM);

  for (guint d = 0; deps != NULL && d < deps->len; d++)
    {
      const GrDeployment *dep = &g_array_index (deps, GrDeployment, d);
      gboolean reached = FALSE;
      double v[3];

      if (!(dep->troops > 0))
        continue;
      gr_geodesy_unit_vector (dep->position, v);
      for (guint r = 0; r < model->n_regions && !reached; r++)
        for (guint p = 0; p < model->regions[r].n_border_points && !reached; p++)
          {
            const double *w = model->region_vectors[r] + 3 * p;

            reached = v[0] * w[0] + v[1] * w[1] + v[2] * w[2] >= cos_reach;
          }
      if (!reached)
        {
          g_autofree char *path = g_strdup_printf ("stabilization_force.deployments[%u]", d);

          gr_metrics_warn (m, path, _("Deployment “%s” is out of reach: no border region lies "
                                      "within %.0f km, so it adds nothing to the local "
                                      "balance"), dep->name != NULL ? dep->name : dep->id,
                           scenario->force.reach_km.value);
        }
    }
}

static void
warn_zones (GrMetrics *m)
{
  const GArray *zms = m->air_patrol.zones;

  for (guint z = 0; zms != NULL && z < zms->len; z++)
    {
      const GrPatrolZoneMetrics *zm = &g_array_index (zms, GrPatrolZoneMetrics, z);
      g_autofree char *path = g_strdup_printf ("air_patrol.zones[%u]", z);

      if (zm->stations > 0 && !zm->station_reachable)
        gr_metrics_warn (m, path, _("Patrol zone “%s” is out of reach of its base: no time "
                                    "on station, so it holds no station"), zm->id);
    }
}

void
gr_metrics_eval_warnings (GrModel          *model,
                          const GrScenario *scenario,
                          GrMetrics        *m)
{
  warn_batteries (scenario, m);
  warn_deployments (model, scenario, m);
  warn_zones (m);
  if (m->force.deployed_troops > 0 && m->force.band != GR_BAND_WITHIN)
    gr_metrics_warn (m, "stabilization_force.band",
                     m->force.band == GR_BAND_BELOW
                     ? _("The force deployed is below its planned band")
                     : _("The force deployed is above its planned band"));
}
