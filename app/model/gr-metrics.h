/* gr-metrics.h — what the model computes from a scenario, per instrument
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three pieces:
 *
 *  - GrModel: the immutable, precomputed geographic context (an equal-area
 *    grid of Ukraine clipped to its internationally recognised border,
 *    Crimea included; city points with population; border regions).  Built
 *    once from the geodata, reference counted, safe to share between threads.
 *
 *  - GrMetrics: a plain value with every metric, grouped by instrument.
 *    gr_model_evaluate() is a pure function of (model, scenario).
 *
 *  - GrEvaluator: the same function with a cache of per-battery footprints,
 *    for re-evaluating on every pointer motion while a battery is dragged.
 *    Its results are identical to gr_model_evaluate()'s.  Not thread-safe;
 *    use one per thread.
 *
 * Units are in the member names: _km, _km2, _pct (0..100), _share (0..1),
 * _busd (billion US dollars), _musd (million US dollars), _per_month,
 * _per_day, _h (hours).  Every metric has a one-line, translatable
 * explanation: gr_metric_explain().
 */

#pragma once

#include <gio/gio.h>

#include "gr-geodata.h"
#include "gr-scenario.h"

G_BEGIN_DECLS

/* Side of a coverage-grid cell on the equal-area projection. */
#define GR_MODEL_CELL_KM 5.0

/* Ukraine's area inside its internationally recognised borders, for
 * reference and tests; the model computes its own from the polygon. */
#define GR_UKRAINE_AREA_KM2 603550.0

#define GR_MODEL_ERROR (gr_model_error_quark ())

typedef enum
{
  GR_MODEL_ERROR_NO_UKRAINE,   /* the geodata has no polygon for Ukraine */
} GrModelError;

/* ------------------------------------------------------------------------ */
/* The precomputed context                                                   */

typedef struct _GrModel GrModel;

/* A border region: an oblast on Ukraine's land border with Russia or
 * Belarus.  @border_points are sampled points of that border stretch. */
typedef struct
{
  char *code;                  /* ISO 3166-2, e.g. "UA-59" */
  char *name;
  char *name_uk;
  GrLonLat label;
  const GrLonLat *border_points;
  guint n_border_points;
  double border_km;            /* length of its stretch of the land border */
} GrBorderRegion;

/* A city used to weight coverage by population. */
typedef struct
{
  char *name;
  char *name_uk;
  GrLonLat position;
  double population;
} GrCity;

GQuark                gr_model_error_quark        (void);

#define GR_TYPE_MODEL (gr_model_get_type ())
GType                 gr_model_get_type           (void) G_GNUC_CONST;

GrModel              *gr_model_new                (GrGeodata     *geo,
                                                   GError       **error);
/* The layers of the geodata a model reads. */
#define GR_MODEL_LAYERS (GR_GEODATA_COUNTRIES | GR_GEODATA_ADMIN1 | GR_GEODATA_PLACES)

/* Loads the bundled geodata (GR_MODEL_LAYERS of it) and builds a model
 * from it. */
GrModel              *gr_model_new_default        (GError       **error);
/* The same in a worker thread: the GUI's main thread stays free. */
void                  gr_model_new_default_async  (GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GrModel              *gr_model_new_default_finish (GAsyncResult  *result,
                                                   GError       **error);
GrModel              *gr_model_ref                (GrModel       *self);
void                  gr_model_unref              (GrModel       *self);

/* The geodata the model was built on: with GR_MODEL_LAYERS at least. */
GrGeodata            *gr_model_get_geodata        (GrModel       *self);
const GrGeoFeature   *gr_model_get_ukraine        (GrModel       *self);
/* Area of Ukraine's polygon on the WGS 84 ellipsoid, km². */
double                gr_model_get_area_km2       (GrModel       *self);
/* Grid cells whose centre lies inside Ukraine. */
guint                 gr_model_get_n_cells        (GrModel       *self);
const GrLonLat       *gr_model_get_cell_centres   (GrModel       *self);
/* Area of one cell, km² (every cell has the same area: the grid is equal-area). */
double                gr_model_get_cell_area_km2  (GrModel       *self);
const GrCity         *gr_model_get_cities         (GrModel       *self,
                                                   guint         *n_cities);
const GrBorderRegion *gr_model_get_border_regions (GrModel       *self,
                                                   guint         *n_regions);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrModel, gr_model_unref)

/* ------------------------------------------------------------------------ */
/* Air defence                                                               */

/* Effective radius of @system against @klass flying at @threat's altitude:
 * min(missile range, radar horizon 4.12 (√h_radar + √h_target)) for drones
 * and cruise missiles; the ballistic range (no horizon limit) for ballistic
 * missiles, 0 when the system cannot engage them.  The map draws rings with it. */
double gr_air_defense_radius_km   (const GrAirDefenseSystem *system,
                                   const GrThreat           *threat,
                                   GrThreatClass             klass);

/* Radar horizon in km for two heights in metres: 4.12 (√h1 + √h2). */
double gr_radar_horizon_km        (double radar_height_m,
                                   double target_height_m);

typedef struct
{
  char *id;                    /* GrBattery.id */
  char *system;                /* GrAirDefenseSystem.id */
  GrLonLat position;
  /* FALSE when the scenario names no such system (or it is past the 32nd
   * system, the most one evaluation handles). */
  gboolean known_system;
  double radius_km[GR_N_THREATS];
  /* Share of Ukraine's territory inside this battery's own ring, 0..100. */
  double territory_pct[GR_N_THREATS];
  /* FALSE when no ring reaches Ukraine: the battery defends nothing. */
  gboolean in_reach;
  /* Its own supply, what it fired and what it downed, a month. */
  double interceptors_supplied_per_month;
  double interceptors_used_per_month;
  double intercepted_per_month;
} GrBatteryMetrics;

typedef struct
{
  char *id;                    /* GrAirDefenseSystem.id */
  guint batteries;
  double radius_km[GR_N_THREATS];
  double interceptors_supplied_per_month;
  double interceptors_demanded_per_month;  /* what full engagement would use */
  double interceptors_used_per_month;      /* min(demanded, supplied) */
  double served_share;                     /* used / demanded, 1 when no demand */
  double interceptor_cost_musd_per_month;
} GrSystemMetrics;

typedef struct
{
  double launched_per_month;
  double territory_covered_pct;     /* 0..100 */
  double population_covered_pct;    /* 0..100; the share of targets inside coverage */
  double engaged_per_month;         /* launched × population-weighted share inside coverage */
  double engaged_share;             /* engaged / launched */
  double unserved_per_month;        /* engagements dropped for lack of interceptors */
  double intercepted_by_batteries_per_month;
  /* Other means (and the patrols' fighters) down other_kill_share of what
   * the batteries let through, at most their capacity. */
  double intercepted_by_other_per_month;
  double other_capacity_per_month;  /* the scenario's plus the patrols' */
  double intercepted_per_month;
  double leaked_per_month;
  double intercepted_share;         /* intercepted / launched, 0..1 */
  double interceptors_used_per_month;
  double interceptor_cost_musd_per_month;
  double attacker_cost_musd_per_month;
  /* Leaked × the class's consequence weight (Shahed-equivalents). */
  double weighted_leaked_per_month;
} GrThreatMetrics;

/* Interception (gr-metrics-air.c): attacks aim at cities in proportion to
 * population; each battery covering a city is one layer (longest range
 * first), letting (1 − pk)^shots through, from its own interceptors, which
 * go to ballistic, then cruise missiles, then drones; what every battery
 * lets through passes to the other means, which down other_kill_share of
 * it up to their monthly capacity per class. */
typedef struct
{
  /* Headlines use the cruise-missile class (the ring most maps show). */
  double territory_covered_pct;
  double population_covered_pct;

  GrThreatMetrics threat[GR_N_THREATS];

  double launched_per_month;
  double engaged_per_month;
  double intercepted_per_month;
  double leaked_per_month;
  double intercepted_share;         /* 0..1 */
  double interceptors_used_per_month;
  double interceptor_cost_musd_per_month;
  double attacker_cost_musd_per_month;
  /* Defender's interceptor spending per unit of attacker spending (lower is
   * better for the defender); 0 when the attacker spends nothing. */
  double cost_exchange_ratio;
  /* Interceptors a month that full engagement would need beyond supply. */
  double supply_shortfall_per_month;
  /* Σ leaked × consequence weight, in Shahed-equivalents a month. */
  double weighted_leaked_per_month;

  GArray *batteries;                /* GrBatteryMetrics, in scenario order */
  GArray *systems;                  /* GrSystemMetrics, in scenario order */
} GrAirDefenseMetrics;

/* ------------------------------------------------------------------------ */
/* Joint air patrols (RAND sortie model, see MODEL.md)                       */

typedef struct
{
  char *id;
  double area_km2;
  int stations;
  GrLonLat centroid;
  double distance_km;               /* base to the zone's centroid */
  double reach_km;                  /* fighter reach from the base: V (E − reserve) / 2 */
  double reach_pct;                 /* share of the zone within reach_km of the base, 0..100 */
  gboolean station_reachable;       /* time on station > 0 at distance_km */
  double transit_h;                 /* out and back */
  double time_on_station_h;
  double cycle_h;
  double aircraft_per_station;      /* k · cycle / time on station */
  double sorties_per_day;           /* per zone, all stations */
  double aircraft_required;         /* stations · per station / MC + QRA; 0 when unreachable */
  int aircraft_assigned;
  gboolean sustainable;             /* reachable and assigned ≥ required */
} GrPatrolZoneMetrics;

typedef struct
{
  GArray *zones;                    /* GrPatrolZoneMetrics, in scenario order */
  double aircraft_required;
  int aircraft_assigned;
  guint zones_sustainable;
  /* Stations held around the clock: each reachable zone's stations ×
   * min(1, assigned ÷ required); an unreachable zone holds none. */
  double stations_held;
} GrAirPatrolMetrics;

/* ------------------------------------------------------------------------ */
/* Stabilisation force                                                       */

typedef enum
{
  GR_BAND_BELOW = -1,
  GR_BAND_WITHIN = 0,
  GR_BAND_ABOVE = 1,
} GrBandPosition;

typedef struct
{
  double deployed_troops;
  double band_low;
  double band_high;
  GrBandPosition band;
  gboolean within_band;
  double rotation_factor;           /* 1 + dwell/deploy */
  double required_with_rotation;    /* deployed × rotation_factor */
  double annual_cost_busd;
  guint n_nations;
  char **nations;                   /* sorted, NULL-terminated */
  double by_role[GR_N_ROLES];
  /* Border regions (oblasts on the land border with Russia or Belarus)
   * with a deployment within reach_km of their border stretch. */
  guint border_regions_reached;
  guint border_regions_total;
  gboolean *region_reached;         /* per gr_model_get_border_regions() entry */
  double border_km_reached;
  double border_km_total;
  /* Troops within reach of the border, each deployment shared equally
   * among the border regions it reaches. */
  double troops_in_reach;
} GrForceMetrics;

/* ------------------------------------------------------------------------ */
/* Black Sea                                                                 */

/* One stretch of a route, all covered or all not: the map draws these. */
typedef struct
{
  GrLonLat from;
  GrLonLat to;
  gboolean covered;
} GrRouteSegment;

typedef struct
{
  char *id;
  double length_km;                 /* great-circle sum of the legs */
  double covered_km;
  double covered_pct;               /* 0..100 */
  double ships_per_month;
  double ships_per_day;
  double transit_days;
  double escorts_required;
  double throughput_mt_per_month;
  GArray *segments;                 /* GrRouteSegment, in route order */
} GrRouteMetrics;

typedef struct
{
  GArray *routes;                   /* GrRouteMetrics, in scenario order */
  double escorts_required;
  double escorts_available;
  gboolean escorts_sufficient;
  double covered_pct;               /* ship-weighted over routes, 0..100 */
  double throughput_mt_per_month;
  guint n_partners;
  char **partners;                  /* sorted, NULL-terminated */
} GrMaritimeMetrics;

/* ------------------------------------------------------------------------ */
/* Funding and the Danish model                                              */

typedef struct
{
  int year;
  double need_busd;
  double committed_busd;            /* all pledges: commitments and allocations */
  double allocated_busd;            /* allocations only */
  double danish_model_busd;         /* allocated through the Danish-model channel */
  double gap_busd;                  /* need − allocated (negative: surplus) */
  double coverage;                  /* allocated / need, 0 when no need */
} GrFundingYear;

typedef struct
{
  GArray *years;                    /* GrFundingYear, ascending; every year with a need or a pledge */
  double need_busd;
  double committed_busd;
  double allocated_busd;
  double gap_busd;
  double coverage;                  /* allocated / need over all years */
  /* Share of the need of the years after the first already committed,
   * each year capped at its need (1 year only: that year). */
  double multi_year_certainty;
  /* The score's basis: the mean, over the fixed window (2026–2030), of
   * each year's (allocated + discount × the rest committed) ÷ need, each
   * at most 1; a year of the window without a need counts 0. */
  double window_coverage;
} GrFundingMetrics;

typedef struct
{
  int year;
  double total_busd;                /* converted with the scenario's usd_per_eur */
  double military_busd;
  double share_of_need;             /* military / need of that year, 0 when none */
} GrDanishYear;

typedef struct
{
  GArray *years;                    /* GrDanishYear, ascending */
  double total_busd;
  double military_busd;
  /* Military flow over the fixed window (2026–2030) ÷ the window's need. */
  double share_of_need;
  /* 1 − coefficient of variation of the yearly military flow over the
   * years it spans, clamped to 0..1: a steady flow is predictable. */
  double predictability;
  guint n_donors;
} GrDanishMetrics;

/* ------------------------------------------------------------------------ */
/* Readiness, industry, guarantees                                           */

typedef struct
{
  int year;
  double trained;
} GrReadinessYear;

typedef struct
{
  double trained_start;
  double trained_total;             /* at the end of the horizon */
  double trained_per_year;
  double separations_per_year;      /* in the last year of the horizon */
  double reservists;
  GArray *by_year;                  /* GrReadinessYear, start_year … start_year + horizon */
  /* Trained at the common assessment year (the window's end, 2030). */
  double trained_at_assessment;
} GrReadinessMetrics;

typedef struct
{
  double facilities;
  double fpv_ratio;                 /* output / consumption; 0 when no consumption */
  double shells_ratio;
  double vehicles_ratio;
  double shells_months_of_stock;    /* stock / monthly use; 0 when no use */
} GrIndustryMetrics;

typedef struct
{
  guint n_guarantors;
  guint by_commitment[GR_N_COMMITMENTS];
  /* The strongest guarantor's commitment weight (automatic 1,
   * consultative 0.5, assistance 0.2) × H / (H + response days), H the
   * reference delay; 0 when there is none. */
  double commitment_strength;
  /* Response days of that guarantor; 0 when there is none. */
  double response_days;
  double response_days_mean;
} GrGuaranteesMetrics;

/* ------------------------------------------------------------------------ */
/* The guarantee-strength index                                              */

typedef struct
{
  double score[GR_N_INSTRUMENTS];   /* 0..1 each, see gr_metric_explain() */
  double weight[GR_N_INSTRUMENTS];  /* the scenario's weights normalised to sum 1 */
  double composite;                 /* Π score^weight; 0 when a weighted score is 0 */
  GrInstrument weakest;             /* largest −w · ln s: raising it to 1 lifts the composite most */
} GrIndexMetrics;

/* ------------------------------------------------------------------------ */
/* Everything                                                                */

/* Something the reader of the metrics should know about one input: an
 * asset out of reach, a planned band missed.  @path is the input's JSON
 * path in the scenario file, e.g. "air_defense.batteries[3]". */
typedef struct
{
  char *path;
  char *message;               /* translated */
} GrMetricsWarning;

typedef struct
{
  char *scenario;                   /* the scenario's name */
  GrAirDefenseMetrics air_defense;
  GrAirPatrolMetrics air_patrol;
  GrForceMetrics force;
  GrMaritimeMetrics maritime;
  GrFundingMetrics funding;
  GrDanishMetrics danish;
  GrReadinessMetrics readiness;
  GrIndustryMetrics industry;
  GrGuaranteesMetrics guarantees;
  GrIndexMetrics index;
  GArray *warnings;                 /* GrMetricsWarning, in scenario order */
} GrMetrics;

#define GR_TYPE_METRICS (gr_metrics_get_type ())

GType      gr_metrics_get_type (void) G_GNUC_CONST;
GrMetrics *gr_model_evaluate (GrModel          *model,
                              const GrScenario *scenario);
GrMetrics *gr_metrics_copy   (const GrMetrics  *metrics);
void       gr_metrics_free   (GrMetrics        *metrics);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrMetrics, gr_metrics_free)

/* ------------------------------------------------------------------------ */
/* Incremental evaluation                                                    */

typedef struct _GrEvaluator GrEvaluator;

GrEvaluator *gr_evaluator_new      (GrModel          *model);
void         gr_evaluator_free     (GrEvaluator      *self);
/* Same result as gr_model_evaluate (model, scenario); faster when only a
 * few batteries changed since the previous call. */
GrMetrics   *gr_evaluator_evaluate (GrEvaluator      *self,
                                    const GrScenario *scenario);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrEvaluator, gr_evaluator_free)

/* ------------------------------------------------------------------------ */
/* Explanations                                                              */

typedef enum
{
  GR_METRIC_TERRITORY_COVERED,
  GR_METRIC_POPULATION_COVERED,
  GR_METRIC_EFFECTIVE_RADIUS,
  GR_METRIC_ENGAGED,
  GR_METRIC_INTERCEPTED,
  GR_METRIC_LEAKED,
  GR_METRIC_INTERCEPTORS_USED,
  GR_METRIC_INTERCEPTOR_COST,
  GR_METRIC_COST_EXCHANGE,
  GR_METRIC_SUPPLY_SHORTFALL,
  GR_METRIC_PATROL_AREA,
  GR_METRIC_PATROL_AIRCRAFT_REQUIRED,
  GR_METRIC_PATROL_SUSTAINABLE,
  GR_METRIC_PATROL_REACH,
  GR_METRIC_PATROL_TIME_ON_STATION,
  GR_METRIC_PATROL_SORTIES,
  GR_METRIC_FORCE_DEPLOYED,
  GR_METRIC_FORCE_BAND,
  GR_METRIC_FORCE_ROTATION,
  GR_METRIC_FORCE_COST,
  GR_METRIC_FORCE_NATIONS,
  GR_METRIC_FORCE_BORDER_REGIONS,
  GR_METRIC_ROUTE_LENGTH,
  GR_METRIC_ROUTE_COVERED,
  GR_METRIC_ROUTE_ESCORTS,
  GR_METRIC_ROUTE_TRANSIT,
  GR_METRIC_ROUTE_THROUGHPUT,
  GR_METRIC_FUNDING_NEED,
  GR_METRIC_FUNDING_COMMITTED,
  GR_METRIC_FUNDING_ALLOCATED,
  GR_METRIC_FUNDING_GAP,
  GR_METRIC_FUNDING_COVERAGE,
  GR_METRIC_FUNDING_CERTAINTY,
  GR_METRIC_DANISH_FLOW,
  GR_METRIC_DANISH_SHARE,
  GR_METRIC_DANISH_PREDICTABILITY,
  GR_METRIC_READINESS_TRAINED,
  GR_METRIC_INDUSTRY_RATIO,
  GR_METRIC_INDUSTRY_STOCK,
  GR_METRIC_COMMITMENT_STRENGTH,
  GR_METRIC_RESPONSE_DELAY,
  GR_METRIC_INDEX_COMPOSITE,
  GR_METRIC_INDEX_WEAKEST,
  /* One per instrument score, in GrInstrument order. */
  GR_METRIC_SCORE_GUARANTEES,
  GR_METRIC_SCORE_FUNDING,
  GR_METRIC_SCORE_INDUSTRY,
  GR_METRIC_SCORE_PRESENCE,
  GR_METRIC_SCORE_DANISH_MODEL,
  GR_METRIC_SCORE_AIR_DEFENSE,
  GR_METRIC_SCORE_MARITIME,
  GR_METRIC_SCORE_READINESS,
  GR_N_METRICS
} GrMetricId;

/* A stable machine name, e.g. "territory_covered". */
const char *gr_metric_to_string        (GrMetricId   id);
/* A short translated label for a panel or chart axis. */
const char *gr_metric_label            (GrMetricId   id);
/* The one-line translated explanation the UI and the briefing show. */
const char *gr_metric_explain          (GrMetricId   id);
/* GR_METRIC_SCORE_GUARANTEES + instrument. */
GrMetricId  gr_metric_for_instrument   (GrInstrument instrument);
/* The anchor of the instrument's section in docs/methodology.md, e.g.
 * "air-defense": the question, formula, references and limits. */
const char *gr_instrument_methodology_section (GrInstrument instrument);

/* Where the methodology is published; append "#" and a section. */
#define GR_METHODOLOGY_URL "https://github.com/guarantor/guarantor/blob/main/docs/methodology.md"


G_END_DECLS
