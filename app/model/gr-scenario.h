/* gr-scenario.h — a security-guarantee scenario: the seven instruments' inputs
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GrScenario is a plain value: copy it, compare it, free it.  The model
 * evaluates it (gr-metrics.h), the painters draw it, and every edit in the
 * application replaces or mutates it through one owner (the document), so
 * undo can keep copies.  The on-disk JSON format is documented in
 * docs/scenario-format.md.
 */

#pragma once

#include <glib-object.h>

#include "gr-geodata.h"

G_BEGIN_DECLS

/* An input that may be uncertain: the value used, its plausible range (NAN
 * when none is given) and the id of its source in the scenario's source list
 * (NULL when it is an assumption). */
typedef struct
{
  double value;
  double low;
  double high;
  char *source;
} GrQuantity;

/* The range and source of an input held as a plain number, a count or a
 * band end (troops, the force band, patrol stations, assigned aircraft),
 * so that the number can be read, written, checked and walked as a
 * GrQuantity (gr_quantity_view()) while the code using it keeps its type.
 * All zero is "no range, no source". */
typedef struct
{
  gboolean ranged;             /* low and high are given */
  double low;
  double high;
  char *source;
} GrRange;

typedef enum
{
  GR_COMMITMENT_AUTOMATIC,     /* "Article 5-like": response without a new decision */
  GR_COMMITMENT_CONSULTATIVE,  /* consultations, then a decision */
  GR_COMMITMENT_ASSISTANCE,    /* assistance only */
  GR_N_COMMITMENTS /*< skip >*/
} GrCommitment;

typedef struct
{
  char *state;                 /* ISO 3166-1 alpha-2, e.g. "GB" */
  GrCommitment commitment;
  GrQuantity response_days;
} GrGuarantor;

typedef struct
{
  int year;
  GrQuantity busd;             /* defence need, billion US dollars */
} GrFundingNeed;

typedef enum
{
  GR_PLEDGE_COMMITMENT,        /* promised */
  GR_PLEDGE_ALLOCATION,        /* earmarked to a delivery or contract */
  GR_N_PLEDGE_KINDS /*< skip >*/
} GrPledgeKind;

typedef enum
{
  GR_CHANNEL_BILATERAL,
  GR_CHANNEL_DANISH_MODEL,
  GR_CHANNEL_EU,
  GR_CHANNEL_OTHER,
  GR_N_CHANNELS /*< skip >*/
} GrChannel;

typedef struct
{
  char *donor;                 /* ISO alpha-2, or "EU" */
  int year;
  GrQuantity busd;
  GrPledgeKind kind;
  GrChannel channel;
} GrPledge;

typedef struct
{
  GrQuantity facilities;
  GrQuantity fpv_drones_per_month;
  GrQuantity shells_155_per_month;
  GrQuantity armored_vehicles_per_month;
  GrQuantity fpv_drones_used_per_month;      /* consumption at the front */
  GrQuantity shells_155_used_per_month;
  GrQuantity armored_vehicles_lost_per_month;
  GrQuantity shells_155_stock;               /* for months of stock */
} GrIndustry;

typedef struct
{
  GrQuantity trained_abroad;        /* total so far, at start_year */
  GrQuantity trained_per_month;
  GrQuantity separations_per_year;  /* share of the trained force leaving, 0..1 */
  GrQuantity reservists;
  int start_year;
  int horizon_years;
} GrReadiness;

typedef enum
{
  GR_ROLE_TRAINING,
  GR_ROLE_BORDER,
  GR_ROLE_RESERVE,
  GR_ROLE_AIR,
  GR_ROLE_NAVAL,
  GR_N_ROLES /*< skip >*/
} GrRole;

typedef struct
{
  char *id;
  char *name;
  GrLonLat position;
  double troops;
  GrRole role;
  char *nation;                /* ISO alpha-2 */
  char *name_uk;               /* Ukrainian display name, or NULL */
  GrRange troops_range;
} GrDeployment;

typedef struct
{
  double band_low;             /* 10 000 in the article */
  double band_high;            /* 15 000 */
  GrRange band_low_range;
  GrRange band_high_range;
  GrQuantity dwell_ratio;      /* 2 means 1:2 deploy:dwell, so 3× to sustain */
  GrQuantity cost_per_troop_year_musd;
  GrQuantity reach_km;         /* radius within which a deployment covers a border region */
  GArray *deployments;         /* GrDeployment */
} GrForce;

typedef struct
{
  char *donor;
  int year;
  GrQuantity meur;
  GrQuantity military_share;   /* 0..1 */
} GrDanishContribution;

typedef struct
{
  GrQuantity usd_per_eur;
  GArray *contributions;       /* GrDanishContribution */
} GrDanishModel;

typedef enum
{
  GR_THREAT_DRONE,             /* Shahed-type one-way attack drones */
  GR_THREAT_CRUISE,            /* cruise missiles */
  GR_THREAT_BALLISTIC,         /* ballistic missiles */
  GR_N_THREATS /*< skip >*/
} GrThreatClass;

typedef struct
{
  char *id;                    /* "patriot", "iris-t-slm", "nasams", "samp-t" */
  char *name;
  char *name_uk;               /* Ukrainian display name, or NULL */
  GrQuantity range_km;         /* against aircraft and cruise missiles */
  GrQuantity range_ballistic_km;  /* 0 when it cannot engage ballistic targets */
  GrQuantity radar_height_m;
  GrQuantity pk[GR_N_THREATS];    /* single-shot kill probability, 0..1 */
  GrQuantity shots_per_engagement;
  GrQuantity interceptors_per_month;  /* supply per battery */
  GrQuantity interceptor_cost_musd;
  GrQuantity battery_cost_musd;
} GrAirDefenseSystem;

typedef struct
{
  char *id;
  char *system;                /* GrAirDefenseSystem.id */
  GrLonLat position;
} GrBattery;

typedef struct
{
  GrQuantity per_month;
  GrQuantity altitude_m;       /* for the radar horizon */
  GrQuantity unit_cost_musd;   /* attacker's cost, for the exchange ratio */
  /* Means outside the batteries (electronic warfare, mobile fire groups,
   * fighters) engage what the batteries let through: they down
   * other_kill_share of it, at most other_capacity_per_month a month. */
  GrQuantity other_kill_share;
  GrQuantity other_capacity_per_month;
} GrThreat;

typedef struct
{
  GArray *systems;             /* GrAirDefenseSystem */
  GArray *batteries;           /* GrBattery */
  GrThreat threat[GR_N_THREATS];
} GrAirDefense;

typedef struct
{
  GrQuantity cruise_kmh;
  GrQuantity endurance_h;
  GrQuantity reserve_h;
  GrQuantity turnaround_h;
  GrQuantity maintenance_h;
  GrQuantity mission_capable;  /* 0..1 */
  GrQuantity per_station;      /* aircraft airborne on each station */
  GrQuantity qra_aircraft;     /* quick-reaction alert, per zone */
} GrAircraft;

typedef struct
{
  char *id;
  char *name;
  GArray *polygon;             /* GrLonLat, not closed (first != last) */
  int stations;
  int aircraft_assigned;
  GrLonLat base;
  char *name_uk;               /* Ukrainian display name, or NULL */
  GrRange stations_range;
  GrRange aircraft_assigned_range;
} GrPatrolZone;

typedef struct
{
  GrAircraft aircraft;
  GArray *zones;               /* GrPatrolZone */
} GrAirPatrol;

typedef struct
{
  char *id;
  char *name;
  GArray *path;                /* GrLonLat, ports first and last */
  GrQuantity ships_per_month;
  char *name_uk;               /* Ukrainian display name, or NULL */
} GrRoute;

typedef struct
{
  char *id;
  char *name;
  GrLonLat position;
  GrQuantity radius_km;
  char *partner;               /* ISO alpha-2: TR, GB, RO, BG, UA … */
  char *name_uk;               /* Ukrainian display name, or NULL */
} GrMaritimePatrol;

typedef struct
{
  GrQuantity speed_knots;
  GrQuantity ships_per_convoy;
  GrQuantity escorts_per_convoy;
  GrQuantity tonnes_per_ship;
  GrQuantity escorts_available;
  GArray *routes;              /* GrRoute */
  GArray *patrols;             /* GrMaritimePatrol */
} GrMaritime;

/* The instruments the guarantee index scores. */
typedef enum
{
  GR_INSTRUMENT_GUARANTEES,
  GR_INSTRUMENT_FUNDING,
  GR_INSTRUMENT_INDUSTRY,
  GR_INSTRUMENT_PRESENCE,
  GR_INSTRUMENT_DANISH_MODEL, /*< nick=danish_model >*/
  GR_INSTRUMENT_AIR_DEFENSE, /*< nick=air_defense >*/
  GR_INSTRUMENT_MARITIME,
  GR_INSTRUMENT_READINESS,
  GR_N_INSTRUMENTS /*< skip >*/
} GrInstrument;

typedef struct
{
  char *id;
  char *title;
  char *url;
  char *date;
} GrSource;

typedef struct
{
  char *name;
  char *name_uk;               /* Ukrainian display name, or NULL */
  char *description;

  GArray *guarantors;          /* GrGuarantor */
  GArray *needs;               /* GrFundingNeed, by year */
  GArray *pledges;             /* GrPledge */
  GrIndustry industry;
  GrReadiness readiness;
  GrForce force;
  GrDanishModel danish;
  GrAirDefense air_defense;
  GrAirPatrol air_patrol;
  GrMaritime maritime;
  double weights[GR_N_INSTRUMENTS];
  GArray *sources;             /* GrSource */
} GrScenario;

/* GrQuantity helpers: a quantity owns its source string. */
void        gr_quantity_init      (GrQuantity       *quantity,
                                   double            value);
void        gr_quantity_set       (GrQuantity       *quantity,
                                   double            value,
                                   double            low,
                                   double            high,
                                   const char       *source);
void        gr_quantity_copy      (GrQuantity       *dest,
                                   const GrQuantity *src);
void        gr_quantity_clear     (GrQuantity       *quantity);
gboolean    gr_quantity_equal     (const GrQuantity *a,
                                   const GrQuantity *b);
gboolean    gr_quantity_has_range (const GrQuantity *quantity);

/* Frees what a GrSource owns (a GArray clear function). */
void        gr_source_clear       (gpointer          source);

/* GrRange helpers: a range owns its source string. */
void        gr_range_copy         (GrRange          *dest,
                                   const GrRange    *src);
void        gr_range_clear        (GrRange          *range);
gboolean    gr_range_equal        (const GrRange    *a,
                                   const GrRange    *b);
/* @value with @range as a quantity that borrows the range's source: valid
 * while @range is unchanged, never to be cleared. */
GrQuantity  gr_quantity_view      (double            value,
                                   const GrRange    *range);
/* Moves @quantity's range and source into @range (freeing what it held)
 * and returns its value; @quantity is left without a source. */
double      gr_range_take         (GrRange          *range,
                                   GrQuantity       *quantity);

#define GR_TYPE_SCENARIO (gr_scenario_get_type ())
GType       gr_scenario_get_type  (void) G_GNUC_CONST;

GrScenario *gr_scenario_new       (void);
GrScenario *gr_scenario_copy      (const GrScenario *self);
/* The source with this id in the scenario's list, or NULL. */
const GrSource *gr_scenario_find_source (const GrScenario *self,
                                         const char       *id);
void        gr_scenario_free      (GrScenario       *self);
gboolean    gr_scenario_equal     (const GrScenario *a,
                                   const GrScenario *b);

/* Widens each GrRange to hold the number it goes with, as an edit of a
 * quantity does (gr-scenario-edit.c): an edit moved the number outside
 * what its source gave, and the user's choice stands. */
void        gr_scenario_widen_ranges (GrScenario *self);

const GrAirDefenseSystem *gr_scenario_find_system (const GrScenario *self,
                                                   const char       *system_id);

const char *gr_instrument_to_string  (GrInstrument instrument);  /* "air_defense" … */
const char *gr_role_to_string        (GrRole       role);        /* "training" … */
const char *gr_commitment_to_string  (GrCommitment commitment);
const char *gr_threat_to_string      (GrThreatClass threat);     /* "drone" … */
const char *gr_pledge_kind_to_string (GrPledgeKind kind);        /* "commitment" … */
const char *gr_channel_to_string     (GrChannel    channel);     /* "danish-model" … */

/* The inverses: TRUE and *out set when name is one of the strings above. */
gboolean    gr_instrument_from_string  (const char    *name,
                                        GrInstrument  *out);
gboolean    gr_role_from_string        (const char    *name,
                                        GrRole        *out);
gboolean    gr_commitment_from_string  (const char    *name,
                                        GrCommitment  *out);
gboolean    gr_threat_from_string      (const char    *name,
                                        GrThreatClass *out);
gboolean    gr_pledge_kind_from_string (const char    *name,
                                        GrPledgeKind  *out);
gboolean    gr_channel_from_string     (const char    *name,
                                        GrChannel     *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrScenario, gr_scenario_free)

G_END_DECLS
