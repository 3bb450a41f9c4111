/* gr-metrics-force.c — the stabilisation force: size, rotation, cost, reach
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-metrics-private.h"

#include <math.h>

void
gr_metrics_eval_force (GrModel          *model,
                       const GrScenario *scenario,
                       GrForceMetrics   *out)
{
  const GrForce *force = &scenario->force;
  const GArray *deps = force->deployments;
  guint n_deps = deps != NULL ? deps->len : 0;
  g_autoptr(GPtrArray) nations = g_ptr_array_new ();
  double cos_reach = cos (MAX (0, force->reach_km.value) / GR_EARTH_RADIUS_KM);

  for (guint d = 0; d < n_deps; d++)
    {
      const GrDeployment *dep = &g_array_index (deps, GrDeployment, d);
      double troops = MAX (0, dep->troops);

      out->deployed_troops += troops;
      if (dep->role < GR_N_ROLES)
        out->by_role[dep->role] += troops;
      if (troops > 0)
        g_ptr_array_add (nations, dep->nation);
    }

  out->band_low = force->band_low;
  out->band_high = force->band_high;
  if (out->deployed_troops < force->band_low)
    out->band = GR_BAND_BELOW;
  else if (out->deployed_troops > force->band_high)
    out->band = GR_BAND_ABOVE;
  else
    out->band = GR_BAND_WITHIN;
  out->within_band = out->band == GR_BAND_WITHIN;

  /* 1:2 deploy:dwell keeps one unit deployed out of three. */
  out->rotation_factor = 1 + MAX (0, force->dwell_ratio.value);
  out->required_with_rotation = out->deployed_troops * out->rotation_factor;
  out->annual_cost_busd = out->deployed_troops
                          * MAX (0, force->cost_per_troop_year_musd.value) / 1000;
  out->nations = gr_metrics_distinct_strings (nations);
  out->n_nations = g_strv_length (out->nations);

  /* A border region is within reach when a deployment is within reach_km
   * of any sampled point of its border stretch. */
  out->border_regions_total = model->n_regions;
  out->border_km_total = model->border_km;
  out->region_reached = g_new0 (gboolean, MAX (model->n_regions, 1));
  for (guint r = 0; r < model->n_regions; r++)
    {
      const GrBorderRegion *region = &model->regions[r];
      const double *w = model->region_vectors[r];

      for (guint d = 0; d < n_deps && !out->region_reached[r]; d++)
        {
          const GrDeployment *dep = &g_array_index (deps, GrDeployment, d);
          double v[3];

          if (dep->troops <= 0)
            continue;
          gr_geodesy_unit_vector (dep->position, v);
          /* Within reach ⇔ the angle between them is at most reach / R. */
          for (guint p = 0; p < region->n_border_points; p++)
            if (v[0] * w[3 * p] + v[1] * w[3 * p + 1] + v[2] * w[3 * p + 2] >= cos_reach)
              {
                out->region_reached[r] = TRUE;
                break;
              }
        }
      if (out->region_reached[r])
        {
          out->border_regions_reached++;
          out->border_km_reached += region->border_km;
        }
    }
  gr_metrics_force_local (model, scenario, NULL, &out->troops_in_reach);
}

/* Troops each border region has within reach (@local, per region, may be
 * NULL), each deployment shared equally among the regions it reaches, and
 * their sum (@in_reach). */
void
gr_metrics_force_local (GrModel          *model,
                        const GrScenario *scenario,
                        double           *local,
                        double           *in_reach)
{
  const GArray *deps = scenario->force.deployments;
  double cos_reach = cos (MAX (0, scenario->force.reach_km.value) / GR_EARTH_RADIUS_KM);
  g_autofree gboolean *reaches = g_new0 (gboolean, MAX (model->n_regions, 1));

  *in_reach = 0;
  if (local != NULL)
    for (guint r = 0; r < model->n_regions; r++)
      local[r] = 0;
  for (guint d = 0; deps != NULL && d < deps->len; d++)
    {
      const GrDeployment *dep = &g_array_index (deps, GrDeployment, d);
      guint n = 0;
      double v[3];

      if (!(dep->troops > 0))
        continue;
      gr_geodesy_unit_vector (dep->position, v);
      for (guint r = 0; r < model->n_regions; r++)
        {
          const double *w = model->region_vectors[r];

          reaches[r] = FALSE;
          for (guint p = 0; p < model->regions[r].n_border_points && !reaches[r]; p++)
            reaches[r] = v[0] * w[3 * p] + v[1] * w[3 * p + 1] + v[2] * w[3 * p + 2] >= cos_reach;
          n += reaches[r];
        }
      if (n == 0)
        continue;
      *in_reach += dep->troops;
      for (guint r = 0; local != NULL && r < model->n_regions; r++)
        if (reaches[r])
          local[r] += dep->troops / n;
    }
}
