/* gr-metrics-explain.c — one label and one explanation per metric
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The explanations state the formula in words, so a reader of the briefing
 * can redo the number by hand; keep them in step with the code.
 */

#include "config.h"

#include "gr-metrics.h"

#include <glib/gi18n-lib.h>

typedef struct
{
  const char *name;
  const char *label;
  const char *explanation;
} MetricText;

static const MetricText texts[GR_N_METRICS] = {
  [GR_METRIC_TERRITORY_COVERED] = { "territory_covered", N_("Territory covered"),
    N_("Share of Ukraine’s territory within reach of at least one battery against cruise missiles, on a 5 km equal-area grid") },
  [GR_METRIC_POPULATION_COVERED] = { "population_covered", N_("Population covered"),
    N_("Share of the population of Ukraine’s cities within reach of at least one battery against cruise missiles") },
  [GR_METRIC_EFFECTIVE_RADIUS] = { "effective_radius", N_("Effective radius"),
    N_("Missile range, cut to the radar horizon 4.12 (√mast height + √target height) km for low fliers; ballistic range for ballistic missiles") },
  [GR_METRIC_ENGAGED] = { "engaged", N_("Engaged"),
    N_("Launches a month times the share aimed at covered places; attacks are assumed aimed at cities in proportion to population") },
  [GR_METRIC_INTERCEPTED] = { "intercepted", N_("Intercepted"),
    N_("Downed by batteries (each fires its own interceptors at what flies inside its own rings, ballistic first, then cruise missiles, then drones, letting (1 − p)^shots through; layers multiply) plus what the other means (electronic warfare, mobile fire groups, fighters) down of everything the batteries let through, up to their monthly capacity") },
  [GR_METRIC_LEAKED] = { "leaked", N_("Leaked"),
    N_("Launches a month that are not intercepted") },
  [GR_METRIC_INTERCEPTORS_USED] = { "interceptors_used", N_("Interceptors used"),
    N_("Engagements times shots per engagement, limited by each system’s monthly interceptor supply") },
  [GR_METRIC_INTERCEPTOR_COST] = { "interceptor_cost", N_("Interceptor cost"),
    N_("Interceptors used a month times their unit cost, million US dollars") },
  [GR_METRIC_COST_EXCHANGE] = { "cost_exchange_ratio", N_("Cost-exchange ratio"),
    N_("Defender’s interceptor spending per dollar the attacker spends on the weapons launched") },
  [GR_METRIC_SUPPLY_SHORTFALL] = { "supply_shortfall", N_("Interceptor shortfall"),
    N_("Interceptors a month that engaging every covered attack would need beyond the supply; unserved attacks leak") },
  [GR_METRIC_PATROL_AREA] = { "patrol_area", N_("Patrol zone area"),
    N_("Area of the patrol zone on the WGS 84 ellipsoid") },
  [GR_METRIC_PATROL_AIRCRAFT_REQUIRED] = { "aircraft_required", N_("Aircraft required"),
    N_("Stations × aircraft per station × cycle time ÷ time on station ÷ mission-capable rate, plus quick-reaction alert (RAND sortie model)") },
  [GR_METRIC_PATROL_SUSTAINABLE] = { "sustainable", N_("Sustainable"),
    N_("The aircraft assigned are at least the aircraft required, and the station is reachable with time to spare") },
  [GR_METRIC_PATROL_REACH] = { "reach", N_("Zone within reach"),
    N_("Share of the zone within speed × (endurance − reserve) ÷ 2 of the fighters’ base") },
  [GR_METRIC_PATROL_TIME_ON_STATION] = { "time_on_station", N_("Time on station"),
    N_("Endurance minus the flight out and back to the zone’s centre minus the fuel reserve") },
  [GR_METRIC_PATROL_SORTIES] = { "sorties_per_day", N_("Sorties a day"),
    N_("Sorties a day to keep every station of the zone manned around the clock") },
  [GR_METRIC_FORCE_DEPLOYED] = { "deployed_troops", N_("Troops deployed"),
    N_("Sum of the stabilisation force’s deployments") },
  [GR_METRIC_FORCE_BAND] = { "within_band", N_("Within the planned band"),
    N_("Whether the troops deployed fall inside the planned band (10,000–15,000 in the article); a plan, flagged when missed, not scored") },
  [GR_METRIC_FORCE_ROTATION] = { "required_with_rotation", N_("Troops to sustain"),
    N_("Troops deployed × (1 + dwell ÷ deployment): 1:2 needs three times the force deployed") },
  [GR_METRIC_FORCE_COST] = { "annual_cost", N_("Annual cost"),
    N_("Troops deployed × cost per soldier-year, billion US dollars") },
  [GR_METRIC_FORCE_NATIONS] = { "nations", N_("Contributing nations"),
    N_("Number of nations with troops deployed") },
  [GR_METRIC_FORCE_BORDER_REGIONS] = { "border_regions", N_("Border regions within reach"),
    N_("Oblasts on the land border with Russia or Belarus with a deployment within reach of their stretch of the border") },
  [GR_METRIC_ROUTE_LENGTH] = { "route_length", N_("Route length"),
    N_("Sum of the route’s legs along great circles") },
  [GR_METRIC_ROUTE_COVERED] = { "route_covered", N_("Route covered"),
    N_("Share of the route’s length within the radius of a patrol ship, escort group or partner air cover") },
  [GR_METRIC_ROUTE_ESCORTS] = { "escorts_required", N_("Escorts required"),
    N_("Ships departing a day × the escorts’ round trip (twice the transit days) ÷ ships per convoy × escorts per convoy") },
  [GR_METRIC_ROUTE_TRANSIT] = { "transit_days", N_("Transit time"),
    N_("Route length ÷ (convoy speed × 24 hours)") },
  [GR_METRIC_ROUTE_THROUGHPUT] = { "throughput", N_("Exports"),
    N_("Ships a month × cargo per ship, million tonnes a month") },
  [GR_METRIC_FUNDING_NEED] = { "need", N_("Defence need"),
    N_("Ukraine’s defence need for the year, billion US dollars") },
  [GR_METRIC_FUNDING_COMMITTED] = { "committed", N_("Committed"),
    N_("Every pledge for the year, promised or allocated, billion US dollars") },
  [GR_METRIC_FUNDING_ALLOCATED] = { "allocated", N_("Allocated"),
    N_("Pledges earmarked to deliveries or contracts for the year, billion US dollars") },
  [GR_METRIC_FUNDING_GAP] = { "gap", N_("Funding gap"),
    N_("Need minus allocated; negative is a surplus") },
  [GR_METRIC_FUNDING_COVERAGE] = { "coverage", N_("Need covered"),
    N_("Allocated ÷ need") },
  [GR_METRIC_FUNDING_CERTAINTY] = { "certainty", N_("Multi-year certainty"),
    N_("Share of the following years’ need already committed, each year counted up to its need") },
  [GR_METRIC_DANISH_FLOW] = { "danish_flow", N_("Danish-model flow"),
    N_("Contributions buying Ukrainian-made weapons, converted at the scenario’s dollar–euro rate, by year") },
  [GR_METRIC_DANISH_SHARE] = { "danish_share", N_("Share of need"),
    N_("Military part of the Danish-model flow over 2026–2030 ÷ the defence need over the same years") },
  [GR_METRIC_DANISH_PREDICTABILITY] = { "predictability", N_("Predictability"),
    N_("1 − the coefficient of variation of the yearly military flow: a steady flow scores 1") },
  [GR_METRIC_READINESS_TRAINED] = { "trained", N_("Trained abroad"),
    N_("Each year the trained force loses its separation share and gains twelve months of training") },
  [GR_METRIC_INDUSTRY_RATIO] = { "output_ratio", N_("Output ÷ consumption"),
    N_("Monthly production ÷ monthly use at the front; above 1 the stock grows") },
  [GR_METRIC_INDUSTRY_STOCK] = { "months_of_stock", N_("Months of stock"),
    N_("155 mm shell stock ÷ monthly use, without new production") },
  [GR_METRIC_COMMITMENT_STRENGTH] = { "commitment_strength", N_("Commitment strength"),
    N_("The strongest guarantor: its commitment (automatic 1, consultative 0.5, assistance only 0.2) × 30 ÷ (30 + its response days)") },
  [GR_METRIC_RESPONSE_DELAY] = { "response_days", N_("Response delay"),
    N_("Days until the strongest guarantor responds") },
  [GR_METRIC_INDEX_COMPOSITE] = { "composite", N_("Guarantee strength"),
    N_("Weighted geometric mean of the instrument scores: one missing instrument pulls the whole down (a proposal, not a published index)") },
  [GR_METRIC_INDEX_WEAKEST] = { "weakest", N_("Weakest link"),
    N_("The instrument whose raise to 1 would lift the guarantee strength most: the largest weight × −ln score") },
  [GR_METRIC_SCORE_GUARANTEES] = { "guarantees", N_("Diplomatic guarantees"),
    N_("Score: commitment strength, which a slow response halves at 30 days") },
  [GR_METRIC_SCORE_FUNDING] = { "funding", N_("Army funding"),
    N_("Score: mean over 2026–2030 of each year’s (allocated + half the rest committed) ÷ need, each at most 1") },
  [GR_METRIC_SCORE_INDUSTRY] = { "industry", N_("Defence industry"),
    N_("Score: mean of output ÷ consumption for drones, shells and armoured vehicles, each at most 1") },
  [GR_METRIC_SCORE_PRESENCE] = { "presence", N_("Foreign presence"),
    N_("Score: local balance — per border region, troops within reach L gives L ÷ (L + 1,000, one NATO battlegroup), weighted by border length") },
  [GR_METRIC_SCORE_DANISH_MODEL] = { "danish_model", N_("Danish model"),
    N_("Score: share of the 2026–2030 need funded through the Danish model ÷ 5 %, at most 1") },
  [GR_METRIC_SCORE_AIR_DEFENSE] = { "air_defense", N_("Air defence"),
    N_("Score: 2^(−L ÷ 764), L the leakers a month weighted by consequence (drone 1, cruise missile 9, ballistic 11); 764 is the article’s month with a fifth getting through") },
  [GR_METRIC_SCORE_MARITIME] = { "maritime", N_("Black Sea security"),
    N_("Score: half the ship-weighted share of the routes covered, half the escorts available ÷ required (at most 1)") },
  [GR_METRIC_SCORE_READINESS] = { "readiness", N_("Readiness"),
    N_("Score: trained force in 2030 ÷ 290,000 (a third of Ukraine’s forces), at most 1") },
};

const char *
gr_metric_to_string (GrMetricId id)
{
  g_return_val_if_fail (id < GR_N_METRICS, NULL);

  return texts[id].name;
}

const char *
gr_metric_label (GrMetricId id)
{
  g_return_val_if_fail (id < GR_N_METRICS, NULL);

  return g_dgettext (GETTEXT_PACKAGE, texts[id].label);
}

const char *
gr_metric_explain (GrMetricId id)
{
  g_return_val_if_fail (id < GR_N_METRICS, NULL);

  return g_dgettext (GETTEXT_PACKAGE, texts[id].explanation);
}

/* The section of docs/methodology.md that derives each instrument's score. */
static const char * const methodology_sections[GR_N_INSTRUMENTS] = {
  [GR_INSTRUMENT_GUARANTEES] = "guarantees",
  [GR_INSTRUMENT_FUNDING] = "funding",
  [GR_INSTRUMENT_INDUSTRY] = "industry",
  [GR_INSTRUMENT_PRESENCE] = "presence",
  [GR_INSTRUMENT_DANISH_MODEL] = "danish-model",
  [GR_INSTRUMENT_AIR_DEFENSE] = "air-defense",
  [GR_INSTRUMENT_MARITIME] = "maritime",
  [GR_INSTRUMENT_READINESS] = "readiness",
};

const char *
gr_instrument_methodology_section (GrInstrument instrument)
{
  g_return_val_if_fail (instrument < GR_N_INSTRUMENTS, NULL);

  return methodology_sections[instrument];
}

GrMetricId
gr_metric_for_instrument (GrInstrument instrument)
{
  g_return_val_if_fail (instrument < GR_N_INSTRUMENTS, GR_METRIC_INDEX_COMPOSITE);

  return GR_METRIC_SCORE_GUARANTEES + instrument;
}
