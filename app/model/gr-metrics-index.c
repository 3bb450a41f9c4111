/* gr-metrics-index.c — commitment strength and the guarantee-strength index
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each instrument scores 0..1 by the formula its explanation states,
 * against the fixed references of gr-references.c (docs/methodology.md);
 * the composite is the weighted geometric mean Π s_i^w_i (weights
 * normalised to sum 1), so one missing instrument pulls the whole down
 * (MODEL.md).
 */

#include "config.h"

#include "gr-metrics-private.h"
#include "gr-references.h"

#include <math.h>

static const double commitment_weight[GR_N_COMMITMENTS] = {
  [GR_COMMITMENT_AUTOMATIC] = 1.0,
  [GR_COMMITMENT_CONSULTATIVE] = 0.5,
  [GR_COMMITMENT_ASSISTANCE] = 0.2,
};

/* A guarantor's strength: its commitment's weight, halved by a response
 * as slow as the reference delay (weight × H / (H + days)).  The strongest
 * guarantor sets the score, so relabelling one slow guarantor
 * "automatic" buys little and adding a guarantor never lowers it. */
void
gr_metrics_eval_guarantees (const GrScenario    *scenario,
                            GrGuaranteesMetrics *out)
{
  const GArray *gs = scenario->guarantors;
  double half = gr_reference_value (GR_REF_RESPONSE_HALF_DAYS);
  double sum_days = 0;

  out->response_days = 0;
  for (guint i = 0; gs != NULL && i < gs->len; i++)
    {
      const GrGuarantor *g = &g_array_index (gs, GrGuarantor, i);
      double strength, days = isfinite (g->response_days.value) ? MAX (0, g->response_days.value) : G_MAXDOUBLE;

      if (g->commitment >= GR_N_COMMITMENTS)
        continue;
      strength = commitment_weight[g->commitment] * half / (half + days);
      out->n_guarantors++;
      out->by_commitment[g->commitment]++;
      sum_days += days;
      if (strength > out->commitment_strength)
        {
          out->commitment_strength = strength;
          out->response_days = days;
        }
    }
  out->response_days_mean = out->n_guarantors > 0 ? sum_days / out->n_guarantors : 0;
}

static double
clamp01 (double x)
{
  return isfinite (x) ? CLAMP (x, 0.0, 1.0) : 0.0;
}

static double
industry_score (const GrIndustryMetrics *in,
                const GrIndustry        *scenario)
{
  double sum = 0;
  int n = 0;

  if (scenario->fpv_drones_used_per_month.value > 0)
    sum += clamp01 (in->fpv_ratio), n++;
  if (scenario->shells_155_used_per_month.value > 0)
    sum += clamp01 (in->shells_ratio), n++;
  if (scenario->armored_vehicles_lost_per_month.value > 0)
    sum += clamp01 (in->vehicles_ratio), n++;
  return n > 0 ? sum / n : 0;
}

/* The mean over the fixed window of each year's discounted coverage:
 * (allocated + discount × the rest committed) ÷ need, at most 1; a year
 * without a need scores 0 (the file check makes it an error). */
static double
funding_score (const GrFundingMetrics *f)
{
  return clamp01 (f->window_coverage);
}

/* Half the route's cover, half the escorts: neither alone zeroes it. */
static double
maritime_score (const GrMaritimeMetrics *sea)
{
  double escorts;

  if (sea->routes == NULL || sea->routes->len == 0)
    return 0;
  escorts = sea->escorts_required > 0 ? clamp01 (sea->escorts_available / sea->escorts_required) : 1;
  return 0.5 * clamp01 (sea->covered_pct / 100) + 0.5 * escorts;
}

/* Local balance: each border region's troops within reach against the
 * reference per region, L / (L + ref), weighted by its border length. */
static double
presence_score (GrModel          *model,
                const GrScenario *scenario)
{
  g_autofree double *local = g_new0 (double, MAX (model->n_regions, 1));
  double ref = gr_reference_value (GR_REF_PRESENCE_TROOPS_PER_REGION);
  double in_reach = 0, sum = 0, total = 0;

  gr_metrics_force_local (model, scenario, local, &in_reach);
  for (guint r = 0; r < model->n_regions; r++)
    {
      double km = MAX (model->regions[r].border_km, 0);

      total += km;
      sum += km * local[r] / (local[r] + ref);
    }
  return total > 0 ? clamp01 (sum / total) : 0;
}

/* Consequence-weighted leakers against the fixed reference: 1 when none
 * get through, one half at the reference, never 0. */
static double
air_defense_score (const GrAirDefenseMetrics *ad)
{
  return clamp01 (exp2 (-ad->weighted_leaked_per_month
                        / gr_reference_value (GR_REF_AIR_HALF_LEAKERS)));
}

void
gr_metrics_eval_index (GrModel          *model,
                       const GrScenario *scenario,
                       GrMetrics        *m)
{
  GrIndexMetrics *ix = &m->index;
  double total = 0, log_sum = 0, worst = -1;
  gboolean zero = FALSE;

  ix->score[GR_INSTRUMENT_GUARANTEES] = clamp01 (m->guarantees.commitment_strength);
  ix->score[GR_INSTRUMENT_FUNDING] = funding_score (&m->funding);
  ix->score[GR_INSTRUMENT_INDUSTRY] = industry_score (&m->industry, &scenario->industry);
  ix->score[GR_INSTRUMENT_PRESENCE] = presence_score (model, scenario);
  ix->score[GR_INSTRUMENT_DANISH_MODEL] = clamp01 (m->danish.share_of_need
                                                   / gr_reference_value (GR_REF_DANISH_SHARE));
  ix->score[GR_INSTRUMENT_AIR_DEFENSE] = air_defense_score (&m->air_defense);
  ix->score[GR_INSTRUMENT_MARITIME] = maritime_score (&m->maritime);
  ix->score[GR_INSTRUMENT_READINESS] = clamp01 (m->readiness.trained_at_assessment
                                                / gr_reference_value (GR_REF_READINESS_TRAINED));

  for (int i = 0; i < GR_N_INSTRUMENTS; i++)
    total += isfinite (scenario->weights[i]) ? MAX (0, scenario->weights[i]) : 0;
  for (int i = 0; i < GR_N_INSTRUMENTS; i++)
    {
      double w = isfinite (scenario->weights[i]) ? MAX (0, scenario->weights[i]) : 0;

      /* No weights at all: every instrument counts the same. */
      ix->weight[i] = total > 0 ? w / total : 1.0 / GR_N_INSTRUMENTS;
    }

  /* The weakest link is the pillar whose raise to 1 would lift the
   * composite most: the largest −w · ln s (infinite for a zero score). */
  ix->weakest = GR_INSTRUMENT_GUARANTEES;
  for (int i = 0; i < GR_N_INSTRUMENTS; i++)
    {
      double cost;

      if (ix->weight[i] <= 0)
        continue;
      if (ix->score[i] <= 0)
        {
          zero = TRUE;
          cost = G_MAXDOUBLE;
        }
      else
        {
          log_sum += ix->weight[i] * log (ix->score[i]);
          cost = -ix->weight[i] * log (ix->score[i]);
        }
      if (cost > worst)
        {
          ix->weakest = i;
          worst = cost;
        }
    }
  ix->composite = zero ? 0 : clamp01 (exp (log_sum));
}
