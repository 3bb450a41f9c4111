/* gr-metrics-index.c — commitment strength and the guarantee-strength index
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each instrument scores 0..1 by the formula its explanation states; the
 * composite is the weighted geometric mean Π s_i^w_i (weights normalised to
 * sum 1), so one missing instrument pulls the whole down (MODEL.md).
 */

#include "config.h"

#include "gr-metrics-private.h"

#include <math.h>

static const double commitment_strength[GR_N_COMMITMENTS] = {
  [GR_COMMITMENT_AUTOMATIC] = 1.0,
  [GR_COMMITMENT_CONSULTATIVE] = 0.5,
  [GR_COMMITMENT_ASSISTANCE] = 0.2,
};

void
gr_metrics_eval_guarantees (const GrScenario    *scenario,
                            GrGuaranteesMetrics *out)
{
  const GArray *gs = scenario->guarantors;
  double sum_days = 0;

  out->response_days = 0;
  for (guint i = 0; gs != NULL && i < gs->len; i++)
    {
      const GrGuarantor *g = &g_array_index (gs, GrGuarantor, i);
      double strength, days = MAX (0, g->response_days.value);

      if (g->commitment >= GR_N_COMMITMENTS)
        continue;
      strength = commitment_strength[g->commitment];
      out->n_guarantors++;
      out->by_commitment[g->commitment]++;
      sum_days += days;
      if (strength > out->commitment_strength
          || (strength == out->commitment_strength && days < out->response_days))
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

/* Half this year's gap, half the years ahead: allocations for later
 * years are not made yet, so they count by what is committed. */
static double
funding_score (const GrFundingMetrics *f)
{
  const GrFundingYear *first = NULL;

  for (guint i = 0; f->years != NULL && i < f->years->len && first == NULL; i++)
    if (g_array_index (f->years, GrFundingYear, i).need_busd > 0)
      first = &g_array_index (f->years, GrFundingYear, i);
  if (first == NULL)
    return 0;
  return clamp01 (0.5 * clamp01 (first->coverage) + 0.5 * clamp01 (f->multi_year_certainty));
}

static double
maritime_score (const GrMaritimeMetrics *sea)
{
  double escorts;

  if (sea->routes == NULL || sea->routes->len == 0)
    return 0;
  escorts = sea->escorts_required > 0 ? clamp01 (sea->escorts_available / sea->escorts_required) : 1;
  return clamp01 (sea->covered_pct / 100) * escorts;
}

void
gr_metrics_eval_index (const GrScenario *scenario,
                       GrMetrics        *m)
{
  GrIndexMetrics *ix = &m->index;
  double total = 0, log_sum = 0;
  gboolean zero = FALSE;

  ix->score[GR_INSTRUMENT_GUARANTEES] = clamp01 (m->guarantees.commitment_strength);
  ix->score[GR_INSTRUMENT_FUNDING] = funding_score (&m->funding);
  ix->score[GR_INSTRUMENT_INDUSTRY] = industry_score (&m->industry, &scenario->industry);
  ix->score[GR_INSTRUMENT_PRESENCE] = m->force.band_high > 0
                                      ? clamp01 (m->force.deployed_troops / m->force.band_high) : 0;
  ix->score[GR_INSTRUMENT_DANISH_MODEL] = clamp01 (m->danish.share_of_need
                                                   / GR_INDEX_DANISH_REFERENCE_SHARE);
  ix->score[GR_INSTRUMENT_AIR_DEFENSE] = clamp01 (m->air_defense.intercepted_share);
  ix->score[GR_INSTRUMENT_MARITIME] = maritime_score (&m->maritime);
  ix->score[GR_INSTRUMENT_READINESS] = clamp01 (m->readiness.trained_total
                                                / GR_INDEX_READINESS_REFERENCE);

  for (int i = 0; i < GR_N_INSTRUMENTS; i++)
    total += isfinite (scenario->weights[i]) ? MAX (0, scenario->weights[i]) : 0;
  for (int i = 0; i < GR_N_INSTRUMENTS; i++)
    {
      double w = isfinite (scenario->weights[i]) ? MAX (0, scenario->weights[i]) : 0;

      /* No weights at all: every instrument counts the same. */
      ix->weight[i] = total > 0 ? w / total : 1.0 / GR_N_INSTRUMENTS;
    }

  ix->weakest = GR_INSTRUMENT_GUARANTEES;
  for (int i = 0, found = 0; i < GR_N_INSTRUMENTS; i++)
    {
      if (ix->weight[i] <= 0)
        continue;
      if (ix->score[i] <= 0)
        zero = TRUE;
      else
        log_sum += ix->weight[i] * log (ix->score[i]);
      if (!found || ix->score[i] < ix->score[ix->weakest])
        {
          ix->weakest = i;
          found = 1;
        }
    }
  ix->composite = zero ? 0 : clamp01 (exp (log_sum));
}
