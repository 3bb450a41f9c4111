/* gr-figures-force.c — readiness (trained force) and the stabilisation force
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-figures-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "gr-labels.h"

/* The article's figure: trained abroad by mid-2025. */
#define ARTICLE_TRAINED 120000.0

/* Nations stacked one by one; the rest are summed. */
#define MAX_NATIONS_SHOWN 6

GrChart *
gr_figures_readiness (const GrScenario *scenario,
                      const GrMetrics  *metrics)
{
  const GrReadinessMetrics *readiness = &metrics->readiness;
  GrChart *chart = gr_chart_new (_("Readiness: Ukrainian troops trained abroad"));
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  guint n_years = readiness->by_year != NULL ? readiness->by_year->len : 0;
  guint trained;

  gr_chart_set_subtitle (chart, _("Trained force at the start of each year: what has been "
                                  "trained so far, plus new training, minus those who leave."));
  gr_chart_set_value_axis (chart, _("People trained"), GR_CHART_UNIT_COUNT);
  gr_chart_set_empty_message (chart, _("The scenario has no readiness horizon."));

  trained = gr_chart_add_series (chart, GR_SERIES_LINE, _("Trained force"), 0);
  gr_chart_series_set_look (chart, trained, GR_RGB_BLUE, GR_FILL_SOLID, GR_MARKER_CIRCLE);
  gr_chart_series_set_labelled (chart, trained, TRUE);

  for (guint y = 0; y < n_years; y++)
    {
      const GrReadinessYear *year = &g_array_index (readiness->by_year, GrReadinessYear, y);
      g_autofree char *label = g_strdup_printf ("%d", year->year);

      gr_chart_add_category (chart, label);
      gr_chart_series_set_value (chart, trained, y, year->trained);
    }
  if (n_years > 0)
    {
      g_autofree char *total = gr_format_count (readiness->trained_total);
      g_autofree char *rate = gr_format_count (readiness->trained_per_year);
      g_autofree char *reservists = gr_format_count (readiness->reservists);
      g_autofree char *summary = g_strdup_printf (_("The trained force reaches %s at the end "
                                                    "of the horizon, training %s a year; "
                                                    "reservists: %s."),
                                                  total, rate, reservists);

      gr_chart_set_summary (chart, summary);
      gr_chart_add_reference (chart, ARTICLE_TRAINED,
                              _("120,000 trained abroad by mid-2025 (article)"));
    }

  gr_figures_collect (ids, &scenario->readiness.trained_abroad, 1);
  gr_figures_collect (ids, &scenario->readiness.trained_per_month, 1);
  gr_figures_collect (ids, &scenario->readiness.separations_per_year, 1);
  gr_figures_set_sources (chart, scenario, ids);
  return chart;
}

void
gr_figures_readiness_ranges (GrChart            *chart,
                             const GrMetrics    *metrics,
                             const GrMonteCarlo *monte_carlo)
{
  const GrReadinessMetrics *readiness = &metrics->readiness;

  for (guint y = 0; readiness->by_year != NULL && y < readiness->by_year->len; y++)
    gr_figures_set_range (chart, 0, y, monte_carlo, 1, FALSE, "readiness.by_year.%d.trained",
                          g_array_index (readiness->by_year, GrReadinessYear, y).year);
}

/* "By role: training 4,000, border 6,500." — roles with troops only. */
static char *
roles_sentence (const GrForceMetrics *force)
{
  g_autoptr(GString) roles = g_string_new (NULL);

  for (GrRole r = 0; r < GR_N_ROLES; r++)
    if (force->by_role[r] > 0)
      {
        g_autofree char *troops = gr_format_count (force->by_role[r]);

        g_string_append_printf (roles, "%s%s %s", roles->len > 0 ? ", " : "",
                                gr_role_label_in_sentence (r), troops);
      }
  if (roles->len == 0)
    return g_strdup ("");
  return g_strdup_printf (_("By role: %s."), roles->str);
}

static const char *
nation_name (const char *code)
{
  static const struct { const char *code; const char *name; } names[] = {
    { "AU", N_("Australia") }, { "BE", N_("Belgium") }, { "BG", N_("Bulgaria") },
    { "CA", N_("Canada") }, { "CZ", N_("Czechia") }, { "DE", N_("Germany") },
    { "DK", N_("Denmark") }, { "EE", N_("Estonia") }, { "ES", N_("Spain") },
    { "FI", N_("Finland") }, { "FR", N_("France") }, { "GB", N_("United Kingdom") },
    { "IT", N_("Italy") }, { "LT", N_("Lithuania") }, { "LV", N_("Latvia") },
    { "NL", N_("Netherlands") }, { "NO", N_("Norway") }, { "PL", N_("Poland") },
    { "RO", N_("Romania") }, { "SE", N_("Sweden") }, { "TR", N_("Türkiye") },
    { "UA", N_("Ukraine") }, { "US", N_("United States") },
  };

  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (names[i].code, code) == 0)
      return _(names[i].name);
  return code != NULL ? code : _("Unknown");
}

typedef struct
{
  const char *nation;
  double troops;
} NationTotal;

static int
by_troops_descending (gconstpointer a,
                      gconstpointer b)
{
  const NationTotal *x = a, *y = b;

  return (x->troops < y->troops) - (x->troops > y->troops);
}

static GArray *
nation_totals (const GrScenario *scenario)
{
  const GArray *deployments = scenario->force.deployments;
  GArray *totals = g_array_new (FALSE, TRUE, sizeof (NationTotal));

  for (guint i = 0; deployments != NULL && i < deployments->len; i++)
    {
      const GrDeployment *d = &g_array_index (deployments, GrDeployment, i);
      guint j;

      for (j = 0; j < totals->len; j++)
        if (g_strcmp0 (g_array_index (totals, NationTotal, j).nation, d->nation) == 0)
          break;
      if (j == totals->len)
        {
          NationTotal fresh = { d->nation, 0 };

          g_array_append_val (totals, fresh);
        }
      g_array_index (totals, NationTotal, j).troops += d->troops;
    }
  g_array_sort (totals, by_troops_descending);
  return totals;
}

GrChart *
gr_figures_stabilization (const GrScenario *scenario,
                          const GrMetrics  *metrics)
{
  const GrForceMetrics *force = &metrics->force;
  GrChart *chart = gr_chart_new (_("Stabilisation force: deployed troops against the plan"));
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GArray) totals = nation_totals (scenario);
  g_autofree char *band = NULL;
  g_autofree char *low = gr_format_count (force->band_low);
  g_autofree char *high = gr_format_count (force->band_high);
  g_autofree char *sustain_label = NULL;
  double other = 0;
  guint sustain;

  gr_chart_set_subtitle (chart, _("Troops deployed by nation, and the force it takes to keep "
                                  "them there with rotation (deploy, then rest and retrain)."));
  gr_chart_set_orientation (chart, GR_CHART_HORIZONTAL);
  gr_chart_set_value_axis (chart, _("Troops"), GR_CHART_UNIT_COUNT);
  gr_chart_set_empty_message (chart, _("The scenario deploys no foreign troops."));

  if (force->deployed_troops > 0)
    {
      g_autofree char *rotation = gr_format_compact (force->rotation_factor);

      sustain_label = g_strdup_printf (_("Needed to sustain\n(rotation ×%s)"), rotation);
      gr_chart_add_category (chart, _("Deployed"));
      gr_chart_add_category (chart, sustain_label);
    }

  for (guint i = 0; i < totals->len; i++)
    {
      const NationTotal *total = &g_array_index (totals, NationTotal, i);
      guint s;

      if (i >= MAX_NATIONS_SHOWN && totals->len > MAX_NATIONS_SHOWN + 1)
        {
          other += total->troops;
          continue;
        }
      s = gr_chart_add_series (chart, GR_SERIES_BAR, nation_name (total->nation), 0);
      gr_chart_series_set_labelled (chart, s, TRUE);
      if (force->deployed_troops > 0)
        gr_chart_series_set_value (chart, s, 0, total->troops);
    }
  if (other > 0)
    {
      guint s = gr_chart_add_series (chart, GR_SERIES_BAR, _("Other nations"), 0);

      gr_chart_series_set_look (chart, s, (GrRgb) { 0.6, 0.6, 0.6 }, GR_FILL_DOTS,
                                GR_MARKER_NONE);
      gr_chart_series_set_labelled (chart, s, TRUE);
      gr_chart_series_set_value (chart, s, 0, other);
    }

  sustain = gr_chart_add_series (chart, GR_SERIES_BAR, _("All nations, with rotation"), 0);
  gr_chart_series_set_look (chart, sustain, (GrRgb) { 0.45, 0.45, 0.45 }, GR_FILL_LIGHT,
                            GR_MARKER_NONE);
  gr_chart_series_set_labelled (chart, sustain, TRUE);

  if (force->deployed_troops > 0)
    {
      g_autofree char *deployed = gr_format_count (force->deployed_troops);
      g_autofree char *needed = gr_format_count (force->required_with_rotation);
      g_autofree char *cost = gr_format_money (force->annual_cost_busd * 1e9, GR_CURRENCY_USD);
      const char *position = force->band == GR_BAND_WITHIN ? _("within the planned band")
                             : force->band == GR_BAND_BELOW ? _("below the planned band")
                             : _("above the planned band");
      g_autofree char *summary = NULL;

      gr_chart_series_set_value (chart, sustain, 1, force->required_with_rotation);
      g_autofree char *roles = roles_sentence (force);
      g_autofree char *full = NULL;

      summary = g_strdup_printf (ngettext ("%s troops from %u nation are deployed, %s; "
                                           "sustaining them takes %s and costs %s a year. "
                                           "%u of %u border regions are within reach.",
                                           "%s troops from %u nations are deployed, %s; "
                                           "sustaining them takes %s and costs %s a year. "
                                           "%u of %u border regions are within reach.",
                                           force->n_nations),
                                 deployed, force->n_nations, position, needed, cost,
                                 force->border_regions_reached, force->border_regions_total);
      full = g_strconcat (summary, *roles != '\0' ? " " : "", roles, NULL);
      gr_chart_set_summary (chart, full);
      if (force->deployed_troops < force->band_low)
        {
          g_autofree char *missing = gr_format_count (force->band_low - force->deployed_troops);
          g_autofree char *text = g_strdup_printf (_("%s short of the band"), missing);

          gr_chart_add_gap (chart, 0, force->deployed_troops, force->band_low, text);
        }
    }

  band = g_strdup_printf (_("Planned %s–%s"), low, high);
  if (force->deployed_troops > 0)
    gr_chart_add_band (chart, force->band_low, force->band_high, band);

  gr_figures_collect (ids, &scenario->force.dwell_ratio, 1);
  gr_figures_collect (ids, &scenario->force.cost_per_troop_year_musd, 1);
  gr_figures_set_sources (chart, scenario, ids);
  return chart;
}
