/* gr-metrics-readiness.c — trained force over the horizon; industry output
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Readiness (MODEL.md): trained(t) = trained0 + rate·t − separations, by
 * whole years: T(y+1) = T(y) · (1 − s) + 12 · monthly rate, where s is the
 * share of the trained force leaving in a year.
 */

#include "config.h"

#include "gr-metrics-private.h"
#include "gr-references.h"

void
gr_metrics_eval_readiness (const GrScenario   *scenario,
                           GrReadinessMetrics *out)
{
  const GrReadiness *r = &scenario->readiness;
  double s = CLAMP (r->separations_per_year.value, 0.0, 1.0);
  double trained = MAX (0, r->trained_abroad.value);
  GrReadinessYear ry = { r->start_year, trained };

  out->trained_start = trained;
  out->trained_per_year = 12 * MAX (0, r->trained_per_month.value);
  out->reservists = MAX (0, r->reservists.value);
  out->by_year = g_array_new (FALSE, TRUE, sizeof (GrReadinessYear));
  g_array_append_val (out->by_year, ry);
  for (int y = 1; y <= r->horizon_years; y++)
    {
      out->separations_per_year = trained * s;
      trained = trained - out->separations_per_year + out->trained_per_year;
      ry.year = r->start_year + y;
      ry.trained = trained;
      g_array_append_val (out->by_year, ry);
    }
  out->trained_total = trained;

  /* The score's year is fixed, whatever horizon the scenario charts. */
  trained = out->trained_start;
  for (int y = r->start_year; y < GR_ASSESSMENT_YEAR; y++)
    trained = trained * (1 - s) + out->trained_per_year;
  out->trained_at_assessment = trained;
}

static double
ratio (GrQuantity output,
       GrQuantity used)
{
  return used.value > 0 ? MAX (0, output.value) / used.value : 0;
}

void
gr_metrics_eval_industry (const GrScenario  *scenario,
                          GrIndustryMetrics *out)
{
  const GrIndustry *in = &scenario->industry;

  out->facilities = MAX (0, in->facilities.value);
  out->fpv_ratio = ratio (in->fpv_drones_per_month, in->fpv_drones_used_per_month);
  out->shells_ratio = ratio (in->shells_155_per_month, in->shells_155_used_per_month);
  out->vehicles_ratio = ratio (in->armored_vehicles_per_month, in->armored_vehicles_lost_per_month);
  out->shells_months_of_stock = ratio (in->shells_155_stock, in->shells_155_used_per_month);
}
