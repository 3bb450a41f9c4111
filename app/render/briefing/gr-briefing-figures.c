/* gr-briefing-figures.c — per instrument: its chart and three key figures
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Figures a reader can check against the chart beside them: required
 * quantities keep one decimal (3.4 escorts are not 3), totals are the sums
 * the charts show.
 */

#include "config.h"

#include "gr-briefing-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "gr-figures.h"
#include "gr-figures-private.h"
#include "gr-format.h"

const char *
gr_briefing_chart_id (GrInstrument instrument)
{
  switch (instrument)
    {
    case GR_INSTRUMENT_FUNDING:
      return "funding";
    case GR_INSTRUMENT_PRESENCE:
      return "stabilization";
    case GR_INSTRUMENT_AIR_DEFENSE:
      return "interception";
    case GR_INSTRUMENT_MARITIME:
      return "maritime";
    case GR_INSTRUMENT_READINESS:
      return "readiness";
    case GR_INSTRUMENT_GUARANTEES:
    case GR_INSTRUMENT_INDUSTRY:
    case GR_INSTRUMENT_DANISH_MODEL:
    case GR_N_INSTRUMENTS:
    default:
      return NULL;
    }
}

GrMetricId
gr_briefing_instrument_metric (GrInstrument instrument)
{
  return gr_metric_for_instrument (instrument);
}

/* Each figure's value is written by one of these, and so are its P10
 * and P90, so the range reads in the value's own terms. */

/* A required quantity keeps one decimal, as the charts print it. */
static char *
format_tenths (double value)
{
  return gr_format_number (value, 1);
}

static char *
format_hundredths (double value)
{
  return gr_format_number (value, 2);
}

static char *
format_whole (double value)
{
  return gr_format_number (value, 0);
}

static char *
format_count (double value)
{
  return gr_format_count (value);
}

/* Troops needed: a part of a soldier is a whole one. */
static char *
format_count_up (double value)
{
  return gr_format_count (ceil (value));
}

static char *
format_busd (double busd)
{
  return gr_format_money (busd * 1e9, GR_CURRENCY_USD);
}

static char *
format_share (double share)
{
  return gr_format_percent (share, 0);
}

static char *
format_share_tenths (double share)
{
  return gr_format_percent (share, 1);
}

/* Metrics in per cent (0..100) rather than shares. */
static char *
format_pct (double pct)
{
  return gr_format_percent (pct / 100, 0);
}

static char *
format_ratio (double ratio)
{
  g_autofree char *number = gr_format_number (ratio, 1);

  /* TRANSLATORS: output divided by consumption, e.g. "1.4×" */
  return g_strdup_printf (_("%s×"), number);
}

/* A figure whose value is @format (@value); @shown, when not NULL, is
 * written instead (it says more than the number, e.g. "4 of 9"). */
static void
set (GrKeyFigure *figure,
     const char  *label,
     const char  *path,
     GrKeyFormat  format,
     double       value,
     char        *shown,
     GrMetricId   metric)
{
  figure->label = label;
  figure->path = path;
  figure->format = format;
  figure->value = shown != NULL ? shown : format (value);
  figure->explanation = metric < GR_N_METRICS ? gr_metric_explain (metric) : NULL;
}

void
gr_briefing_key_figures (const GrScenario *scenario,
                         const GrMetrics  *m,
                         GrInstrument      instrument,
                         GrKeyFigure       f[GR_BRIEFING_N_KEY_FIGURES])
{
  switch (instrument)
    {
    case GR_INSTRUMENT_GUARANTEES:
      set (&f[0], _("Guarantor states"), "guarantees.guarantors", format_count,
           m->guarantees.n_guarantors, NULL, GR_N_METRICS);
      set (&f[1], _("Commitment strength"), "guarantees.commitment_strength", format_hundredths,
           m->guarantees.commitment_strength, NULL, GR_METRIC_COMMITMENT_STRENGTH);
      set (&f[2], _("Response delay, days"), "guarantees.response_days", format_whole,
           m->guarantees.response_days, NULL, GR_METRIC_RESPONSE_DELAY);
      break;
    case GR_INSTRUMENT_FUNDING:
      set (&f[0], _("Defence need, all years"), "funding.need_busd", format_busd,
           m->funding.need_busd, NULL, GR_METRIC_FUNDING_NEED);
      set (&f[1], _("Gap, all years"), "funding.gap_busd", format_busd, m->funding.gap_busd,
           NULL, GR_METRIC_FUNDING_GAP);
      set (&f[2], _("Need covered"), "funding.coverage", format_share, m->funding.coverage,
           NULL, GR_METRIC_FUNDING_COVERAGE);
      break;
    case GR_INSTRUMENT_INDUSTRY:
      set (&f[0], _("FPV drones: output ÷ use"), "industry.fpv_ratio", format_ratio,
           m->industry.fpv_ratio, NULL, GR_METRIC_INDUSTRY_RATIO);
      set (&f[1], _("155 mm shells: output ÷ use"), "industry.shells_ratio", format_ratio,
           m->industry.shells_ratio, NULL, GR_METRIC_INDUSTRY_RATIO);
      set (&f[2], _("Shell stock, months"), "industry.shells_months_of_stock", format_tenths,
           m->industry.shells_months_of_stock, NULL, GR_METRIC_INDUSTRY_STOCK);
      break;
    case GR_INSTRUMENT_PRESENCE:
      set (&f[0], _("Troops deployed"), "stabilization_force.deployed_troops", format_count,
           m->force.deployed_troops, NULL, GR_METRIC_FORCE_DEPLOYED);
      set (&f[1], _("Needed to sustain with rotation"),
           "stabilization_force.required_with_rotation", format_count_up,
           m->force.required_with_rotation, NULL, GR_METRIC_FORCE_ROTATION);
      /* TRANSLATORS: border regions reached, e.g. "4 of 9" */
      set (&f[2], _("Border regions reached"), "stabilization_force.border_regions_reached",
           format_count, m->force.border_regions_reached,
           g_strdup_printf (_("%u of %u"), m->force.border_regions_reached,
                            m->force.border_regions_total),
           GR_METRIC_FORCE_BORDER_REGIONS);
      break;
    case GR_INSTRUMENT_DANISH_MODEL:
      set (&f[0], _("Military flow, all years"), "danish_model.military_busd", format_busd,
           m->danish.military_busd, NULL, GR_METRIC_DANISH_FLOW);
      set (&f[1], _("Share of the yearly need"), "danish_model.share_of_need",
           format_share_tenths, m->danish.share_of_need, NULL, GR_METRIC_DANISH_SHARE);
      set (&f[2], _("Predictability"), "danish_model.predictability", format_hundredths,
           m->danish.predictability, NULL, GR_METRIC_DANISH_PREDICTABILITY);
      break;
    case GR_INSTRUMENT_AIR_DEFENSE:
      set (&f[0], _("Territory covered"), "air_defense.territory_covered_pct", format_pct,
           m->air_defense.territory_covered_pct, NULL, GR_METRIC_TERRITORY_COVERED);
      set (&f[1], _("Threats intercepted"), "air_defense.intercepted_share", format_share,
           m->air_defense.intercepted_share, NULL, GR_METRIC_INTERCEPTED);
      set (&f[2], _("Leaked a month"), "air_defense.leaked_per_month", format_count,
           m->air_defense.leaked_per_month, NULL, GR_METRIC_LEAKED);
      break;
    case GR_INSTRUMENT_MARITIME:
      {
        g_autofree char *required = format_tenths (m->maritime.escorts_required);
        g_autofree char *available = gr_format_count (m->maritime.escorts_available);

        set (&f[0], _("Route covered"), "maritime.covered_pct", format_pct,
             m->maritime.covered_pct, NULL, GR_METRIC_ROUTE_COVERED);
        /* TRANSLATORS: escorts required (one decimal) and available, e.g. "3.4 / 3";
         * the P10–P90 beneath it is of the escorts required */
        set (&f[1], _("Escorts required / available"), "maritime.escorts_required",
             format_tenths, m->maritime.escorts_required,
             g_strdup_printf (_("%s / %s"), required, available), GR_METRIC_ROUTE_ESCORTS);
        set (&f[2], _("Exports, Mt a month"), "maritime.throughput_mt_per_month", format_tenths,
             m->maritime.throughput_mt_per_month, NULL, GR_METRIC_ROUTE_THROUGHPUT);
      }
      break;
    case GR_INSTRUMENT_READINESS:
    case GR_N_INSTRUMENTS:
    default:
      set (&f[0], _("Trained at the horizon"), "readiness.trained_total", format_count,
           m->readiness.trained_total, NULL, GR_METRIC_READINESS_TRAINED);
      set (&f[1], _("Trained a year"), "readiness.trained_per_year", format_count,
           m->readiness.trained_per_year, NULL, GR_METRIC_READINESS_TRAINED);
      set (&f[2], _("Reservists"), "readiness.reservists", format_count, m->readiness.reservists,
           NULL, GR_METRIC_READINESS_TRAINED);
      break;
    }
}

guint
gr_briefing_headline_figures (const GrMetrics *m,
                              GrKeyFigure      f[GR_BRIEFING_N_HEADLINES])
{
  guint n = 0;

  set (&f[n++], _("Territory covered by air defence"), "air_defense.territory_covered_pct",
       format_pct, m->air_defense.territory_covered_pct, NULL, GR_N_METRICS);
  set (&f[n++], _("Threats intercepted"), "air_defense.intercepted_share", format_share,
       m->air_defense.intercepted_share, NULL, GR_N_METRICS);
  set (&f[n++], _("Threats leaked a month"), "air_defense.leaked_per_month", format_count,
       m->air_defense.leaked_per_month, NULL, GR_N_METRICS);
  set (&f[n++], _("Patrol aircraft required"), "air_patrol.aircraft_required", format_tenths,
       m->air_patrol.aircraft_required, NULL, GR_N_METRICS);
  set (&f[n++], _("Funding gap, all years"), "funding.gap_busd", format_busd,
       m->funding.gap_busd, NULL, GR_N_METRICS);
  set (&f[n++], _("Troops to sustain the force"), "stabilization_force.required_with_rotation",
       format_count_up, m->force.required_with_rotation, NULL, GR_N_METRICS);
  set (&f[n++], _("Black Sea route covered"), "maritime.covered_pct", format_pct,
       m->maritime.covered_pct, NULL, GR_N_METRICS);
  set (&f[n++], _("Escorts required"), "maritime.escorts_required", format_tenths,
       m->maritime.escorts_required, NULL, GR_N_METRICS);
  set (&f[n++], _("Shell stock, months"), "industry.shells_months_of_stock", format_tenths,
       m->industry.shells_months_of_stock, NULL, GR_N_METRICS);
  set (&f[n++], _("Trained at the horizon"), "readiness.trained_total", format_count,
       m->readiness.trained_total, NULL, GR_N_METRICS);
  g_assert (n == GR_BRIEFING_N_HEADLINES);
  return n;
}

static gboolean
is_digit_at (const char *s)
{
  return g_ascii_isdigit (*s);
}

/* "8 %" and "9 %" → "8–9 %"; "$383B" and "$438B" → "$383–438B": a unit
 * shared by both ends is written once.  Never strips a minus sign. */
static char *
join_range (const char *low,
            const char *high)
{
  gsize nl = strlen (low), nh = strlen (high);
  gsize suffix = 0, prefix = 0;

  while (suffix < nl && suffix < nh && low[nl - 1 - suffix] == high[nh - 1 - suffix]
         && !is_digit_at (low + nl - 1 - suffix))
    suffix++;
  while (prefix < nl - suffix && prefix < nh && low[prefix] == high[prefix]
         && !is_digit_at (low + prefix) && low[prefix] != '-')
    prefix++;
  /* Only whole units: a shared "." or "," is part of a number. */
  if (suffix > 0 && strchr (".,", low[nl - suffix]) != NULL)
    suffix = 0;
  if (g_str_has_prefix (low, "−") || g_str_has_prefix (high, "−"))
    prefix = 0;
  /* The end that keeps the unit must still have a number in it. */
  if (prefix >= nh - suffix || suffix >= nl - prefix)
    return g_strdup_printf ("%s–%s", low, high);
  /* UTF-8: step back to a character boundary. */
  while (suffix > 0 && (low[nl - suffix] & 0xC0) == 0x80)
    suffix--;
  while (prefix > 0 && (high[prefix] & 0xC0) == 0x80)
    prefix--;
  return g_strdup_printf ("%.*s–%s", (int) (nl - suffix), low, high + prefix);
}

char *
gr_key_figure_range (const GrKeyFigure  *figure,
                     const GrMonteCarlo *uncertainty)
{
  const GrMonteCarloMetric *mc;
  g_autofree char *p10 = NULL;
  g_autofree char *p90 = NULL;
  g_autofree char *range = NULL;

  if (uncertainty == NULL || figure->path == NULL)
    return NULL;
  mc = gr_monte_carlo_find (uncertainty, figure->path);
  if (mc == NULL || !isfinite (mc->p10) || !isfinite (mc->p90))
    return NULL;
  p10 = figure->format (mc->p10);
  p90 = figure->format (mc->p90);
  if (g_str_equal (p10, p90))
    /* TRANSLATORS: beneath a key figure: no uncertain input moves it */
    return g_strdup (_("P10–P90: no spread"));
  range = join_range (p10, p90);
  /* TRANSLATORS: beneath a key figure: its 10th to 90th percentile over the
   * Monte Carlo samples, e.g. "P10–P90: 0.41–0.58" */
  return g_strdup_printf (_("P10–P90: %s"), range);
}

char *
gr_briefing_score_range (const GrMonteCarlo *uncertainty,
                         const char         *path)
{
  GrKeyFigure figure = { .path = path, .format = format_hundredths };

  return gr_key_figure_range (&figure, uncertainty);
}

char *
gr_briefing_pillar_path (GrInstrument instrument)
{
  return g_strconcat ("index.pillars.", gr_instrument_to_string (instrument), NULL);
}

static GrChart *
guarantees_chart (const GrScenario *scenario,
                  const GrMetrics  *metrics)
{
  static const GrCommitment order[] = {
    GR_COMMITMENT_AUTOMATIC, GR_COMMITMENT_CONSULTATIVE, GR_COMMITMENT_ASSISTANCE,
  };
  const char *labels[] = {
    _("Automatic (Article 5-like)"), _("Consultative"), _("Assistance only"),
  };
  GrChart *chart = gr_chart_new (_("Guarantor states by commitment"));
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  guint states;

  gr_chart_set_subtitle (chart, _("An automatic commitment answers an attack without a new "
                                  "decision; assistance promises help, not defence."));
  gr_chart_set_orientation (chart, GR_CHART_HORIZONTAL);
  gr_chart_set_value_axis (chart, _("States"), GR_CHART_UNIT_COUNT);
  gr_chart_set_empty_message (chart, _("The scenario has no guarantor states."));
  states = gr_chart_add_series (chart, GR_SERIES_BAR, _("States"), 0);
  gr_chart_series_set_look (chart, states, GR_RGB_BLUE, GR_FILL_SOLID, GR_MARKER_NONE);
  gr_chart_series_set_labelled (chart, states, TRUE);
  if (metrics->guarantees.n_guarantors > 0)
    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      {
        gr_chart_add_category (chart, labels[i]);
        gr_chart_series_set_value (chart, states, i, metrics->guarantees.by_commitment[order[i]]);
      }
  for (guint i = 0; scenario->guarantors != NULL && i < scenario->guarantors->len; i++)
    {
      const GrGuarantor *g = &g_array_index (scenario->guarantors, GrGuarantor, i);

      gr_figures_collect (ids, &g->response_days, 1);
    }
  gr_figures_set_sources (chart, scenario, ids);
  return chart;
}

static GrChart *
industry_chart (const GrScenario *scenario,
                const GrMetrics  *metrics)
{
  const GrIndustry *industry = &scenario->industry;
  GrChart *chart = gr_chart_new (_("Defence industry: monthly output against use"));
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  const double ratios[] = {
    metrics->industry.fpv_ratio, metrics->industry.shells_ratio, metrics->industry.vehicles_ratio,
  };
  const char *labels[] = { _("FPV drones"), _("155 mm shells"), _("Armoured vehicles") };
  guint series;

  gr_chart_set_subtitle (chart, _("Output divided by what the front uses or loses each month; "
                                  "below 1 the stock shrinks."));
  gr_chart_set_orientation (chart, GR_CHART_HORIZONTAL);
  gr_chart_set_value_axis (chart, _("Output ÷ use"), GR_CHART_UNIT_SCORE);
  series = gr_chart_add_series (chart, GR_SERIES_BAR, _("Output ÷ use"), 0);
  gr_chart_series_set_look (chart, series, GR_RGB_BLUISH_GREEN, GR_FILL_SOLID, GR_MARKER_NONE);
  for (guint i = 0; i < G_N_ELEMENTS (ratios); i++)
    {
      g_autofree char *ratio = format_ratio (ratios[i]);
      g_autofree char *label = g_strdup_printf ("%s\n%s", labels[i], ratio);

      gr_chart_add_category (chart, label);
      gr_chart_series_set_value (chart, series, i, ratios[i]);
    }
  gr_chart_add_reference (chart, 1, _("output = use"));
  gr_figures_collect (ids, &industry->fpv_drones_per_month, 1);
  gr_figures_collect (ids, &industry->fpv_drones_used_per_month, 1);
  gr_figures_collect (ids, &industry->shells_155_per_month, 1);
  gr_figures_collect (ids, &industry->shells_155_used_per_month, 1);
  gr_figures_collect (ids, &industry->armored_vehicles_per_month, 1);
  gr_figures_collect (ids, &industry->armored_vehicles_lost_per_month, 1);
  gr_figures_set_sources (chart, scenario, ids);
  return chart;
}

/* The fund's flow by year: its military part and the rest, stacked, so
 * the bars add up to the total the key figures state. */
static GrChart *
danish_chart (const GrScenario *scenario,
              const GrMetrics  *metrics)
{
  const GrDanishMetrics *danish = &metrics->danish;
  GrChart *chart = gr_chart_new (_("Danish-model fund: money for Ukrainian-made weapons"));
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  guint n = danish->years != NULL ? danish->years->len : 0;
  guint military, other;

  gr_chart_set_subtitle (chart, _("Contributions by year, converted to dollars; the military "
                                  "part buys from Ukraine's own industry."));
  gr_chart_set_value_axis (chart, _("US$, billions a year"), GR_CHART_UNIT_USD);
  gr_chart_set_empty_message (chart, _("The scenario has no Danish-model contributions."));
  military = gr_chart_add_series (chart, GR_SERIES_BAR, _("Military"), 0);
  other = gr_chart_add_series (chart, GR_SERIES_BAR, _("Other"), 0);
  gr_chart_series_set_look (chart, military, GR_RGB_BLUE, GR_FILL_SOLID, GR_MARKER_NONE);
  gr_chart_series_set_look (chart, other, GR_RGB_SKY_BLUE, GR_FILL_LIGHT, GR_MARKER_NONE);
  gr_chart_series_set_labelled (chart, military, TRUE);
  for (guint i = 0; i < n; i++)
    {
      const GrDanishYear *year = &g_array_index (danish->years, GrDanishYear, i);
      g_autofree char *label = g_strdup_printf ("%d", year->year);

      gr_chart_add_category (chart, label);
      gr_chart_series_set_value (chart, military, i, year->military_busd * 1e9);
      gr_chart_series_set_value (chart, other, i,
                                 MAX (year->total_busd - year->military_busd, 0) * 1e9);
    }
  gr_figures_collect (ids, &scenario->danish.usd_per_eur, 1);
  for (guint i = 0; scenario->danish.contributions != NULL
                    && i < scenario->danish.contributions->len; i++)
    gr_figures_collect (ids, &g_array_index (scenario->danish.contributions,
                                             GrDanishContribution, i).meur, 1);
  gr_figures_set_sources (chart, scenario, ids);
  return chart;
}

GrChart *
gr_briefing_chart_new (const GrScenario   *scenario,
                       const GrMetrics    *metrics,
                       GrInstrument        instrument,
                       const GrMonteCarlo *uncertainty)
{
  const char *id = gr_briefing_chart_id (instrument);

  if (id != NULL)
    {
      GrChart *chart = gr_figure_new_by_id (id, scenario, metrics);

      if (uncertainty != NULL)
        gr_figure_add_ranges (chart, id, scenario, metrics, uncertainty);
      return chart;
    }
  if (instrument == GR_INSTRUMENT_GUARANTEES)
    return guarantees_chart (scenario, metrics);
  if (instrument == GR_INSTRUMENT_DANISH_MODEL)
    return danish_chart (scenario, metrics);
  return industry_chart (scenario, metrics);
}

void
gr_key_figures_clear (GrKeyFigure *f,
                      guint        n)
{
  for (guint i = 0; i < n; i++)
    g_clear_pointer (&f[i].value, g_free);
}
