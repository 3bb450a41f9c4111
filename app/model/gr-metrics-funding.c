/* gr-metrics-funding.c — army funding by year and the Danish-model fund
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Funding (MODEL.md): gap = need − allocated, coverage = allocated / need,
 * per year; certainty = the share of the following years' need already
 * committed.  Commitments count every pledge (an allocation is also a
 * commitment); allocations count only pledges earmarked to deliveries.
 * The Danish model's money has one home, danish_model.contributions: its
 * military part counts as allocated in its year, on the danish-model
 * channel.  The score looks at the fixed window 2026–2030 only.
 */

#include "config.h"

#include "gr-metrics-private.h"
#include "gr-references.h"

#include <math.h>

static GrFundingYear *
funding_year (GArray *years,
              int     year)
{
  GrFundingYear fy = { 0 };
  guint i;

  for (i = 0; i < years->len; i++)
    {
      GrFundingYear *y = &g_array_index (years, GrFundingYear, i);

      if (y->year == year)
        return y;
      if (y->year > year)
        break;
    }
  fy.year = year;
  g_array_insert_val (years, i, fy);
  return &g_array_index (years, GrFundingYear, i);
}

void
gr_metrics_eval_funding (const GrScenario *scenario,
                         GrFundingMetrics *out)
{
  double later_need = 0, later_committed = 0;

  out->years = g_array_new (FALSE, TRUE, sizeof (GrFundingYear));
  for (guint i = 0; scenario->needs != NULL && i < scenario->needs->len; i++)
    {
      const GrFundingNeed *need = &g_array_index (scenario->needs, GrFundingNeed, i);

      funding_year (out->years, need->year)->need_busd += MAX (0, need->busd.value);
    }
  for (guint i = 0; scenario->pledges != NULL && i < scenario->pledges->len; i++)
    {
      const GrPledge *pledge = &g_array_index (scenario->pledges, GrPledge, i);
      GrFundingYear *fy = funding_year (out->years, pledge->year);
      double busd = MAX (0, pledge->busd.value);

      fy->committed_busd += busd;
      if (pledge->kind == GR_PLEDGE_ALLOCATION)
        {
          fy->allocated_busd += busd;
          if (pledge->channel == GR_CHANNEL_DANISH_MODEL)
            fy->danish_model_busd += busd;
        }
    }

  for (guint i = 0; scenario->danish.contributions != NULL
                     && i < scenario->danish.contributions->len; i++)
    {
      const GrDanishContribution *c = &g_array_index (scenario->danish.contributions,
                                                      GrDanishContribution, i);
      double busd = MAX (0, c->meur.value) * MAX (0, scenario->danish.usd_per_eur.value) / 1000
                    * CLAMP (c->military_share.value, 0.0, 1.0);
      GrFundingYear *fy = funding_year (out->years, c->year);

      fy->committed_busd += busd;
      fy->allocated_busd += busd;
      fy->danish_model_busd += busd;
    }

  for (guint i = 0; i < out->years->len; i++)
    {
      GrFundingYear *fy = &g_array_index (out->years, GrFundingYear, i);

      fy->gap_busd = fy->need_busd - fy->allocated_busd;
      fy->coverage = fy->need_busd > 0 ? fy->allocated_busd / fy->need_busd : 0;
      out->need_busd += fy->need_busd;
      out->committed_busd += fy->committed_busd;
      out->allocated_busd += fy->allocated_busd;
    }
  out->gap_busd = out->need_busd - out->allocated_busd;
  out->coverage = out->need_busd > 0 ? out->allocated_busd / out->need_busd : 0;

  /* Certainty looks past the first year that has a need. */
  {
    gboolean first = TRUE;
    guint n_need_years = 0;

    for (guint i = 0; i < out->years->len; i++)
      n_need_years += g_array_index (out->years, GrFundingYear, i).need_busd > 0;
    for (guint i = 0; i < out->years->len; i++)
      {
        const GrFundingYear *fy = &g_array_index (out->years, GrFundingYear, i);

        if (fy->need_busd <= 0)
          continue;
        if (first && n_need_years > 1)
          {
            first = FALSE;
            continue;
          }
        later_need += fy->need_busd;
        later_committed += MIN (fy->committed_busd, fy->need_busd);
      }
  }
  out->multi_year_certainty = later_need > 0 ? later_committed / later_need : 0;

  {
    int first = (int) gr_reference_value (GR_REF_WINDOW_FIRST_YEAR), last = GR_ASSESSMENT_YEAR;
    double discount = gr_reference_value (GR_REF_COMMITMENT_DISCOUNT);

    for (guint i = 0; i < out->years->len; i++)
      {
        const GrFundingYear *fy = &g_array_index (out->years, GrFundingYear, i);
        double counted;

        if (fy->year < first || fy->year > last || !(fy->need_busd > 0))
          continue;
        counted = fy->allocated_busd + discount * MAX (0, fy->committed_busd - fy->allocated_busd);
        out->window_coverage += MIN (1.0, counted / fy->need_busd) / (last - first + 1);
      }
  }
}

void
gr_metrics_eval_danish (const GrScenario *scenario,
                        GrDanishMetrics  *out)
{
  const GrDanishModel *dk = &scenario->danish;
  double rate = dk->usd_per_eur.value > 0 ? dk->usd_per_eur.value : 0;
  g_autoptr(GPtrArray) donors = g_ptr_array_new ();
  g_auto(GStrv) distinct = NULL;
  double need = 0, mean = 0, var = 0;
  int first = G_MAXINT, last = G_MININT;

  out->years = g_array_new (FALSE, TRUE, sizeof (GrDanishYear));
  for (guint i = 0; dk->contributions != NULL && i < dk->contributions->len; i++)
    {
      const GrDanishContribution *c = &g_array_index (dk->contributions, GrDanishContribution, i);
      double busd = MAX (0, c->meur.value) * rate / 1000;
      GrDanishYear *dy = NULL;
      guint k;

      for (k = 0; k < out->years->len; k++)
        {
          dy = &g_array_index (out->years, GrDanishYear, k);
          if (dy->year >= c->year)
            break;
        }
      if (k == out->years->len || dy->year != c->year)
        {
          GrDanishYear fresh = { c->year, 0, 0, 0 };

          g_array_insert_val (out->years, k, fresh);
        }
      dy = &g_array_index (out->years, GrDanishYear, k);
      dy->total_busd += busd;
      dy->military_busd += busd * CLAMP (c->military_share.value, 0.0, 1.0);
      g_ptr_array_add (donors, c->donor);
      first = MIN (first, c->year);
      last = MAX (last, c->year);
    }

  for (guint k = 0; k < out->years->len; k++)
    {
      GrDanishYear *dy = &g_array_index (out->years, GrDanishYear, k);
      double year_need = 0;

      for (guint i = 0; scenario->needs != NULL && i < scenario->needs->len; i++)
        {
          const GrFundingNeed *n = &g_array_index (scenario->needs, GrFundingNeed, i);

          if (n->year == dy->year)
            year_need += MAX (0, n->busd.value);
        }
      dy->share_of_need = year_need > 0 ? dy->military_busd / year_need : 0;
      out->total_busd += dy->total_busd;
      out->military_busd += dy->military_busd;
    }

  /* Over the fixed window, whatever years the fund spans: more money can
   * only raise the share. */
  {
    int first_w = (int) gr_reference_value (GR_REF_WINDOW_FIRST_YEAR), last_w = GR_ASSESSMENT_YEAR;
    double flow = 0;

    for (guint i = 0; scenario->needs != NULL && i < scenario->needs->len; i++)
      {
        const GrFundingNeed *n = &g_array_index (scenario->needs, GrFundingNeed, i);

        if (n->year >= first_w && n->year <= last_w)
          need += MAX (0, n->busd.value);
      }
    for (guint k = 0; k < out->years->len; k++)
      {
        const GrDanishYear *dy = &g_array_index (out->years, GrDanishYear, k);

        if (dy->year >= first_w && dy->year <= last_w)
          flow += dy->military_busd;
      }
    out->share_of_need = need > 0 ? flow / need : 0;
  }

  /* Predictability over every year from the first to the last
   * contribution, years without one counting as zero. */
  if (out->years->len > 0)
    {
      int span = last - first + 1;

      mean = out->military_busd / span;
      for (int y = first; y <= last; y++)
        {
          double v = 0;

          for (guint k = 0; k < out->years->len; k++)
            if (g_array_index (out->years, GrDanishYear, k).year == y)
              v = g_array_index (out->years, GrDanishYear, k).military_busd;
          var += (v - mean) * (v - mean) / span;
        }
      out->predictability = mean > 0 ? CLAMP (1 - sqrt (var) / mean, 0.0, 1.0) : 0;
    }

  distinct = gr_metrics_distinct_strings (donors);
  out->n_donors = g_strv_length (distinct);
}
