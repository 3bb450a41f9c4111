/* gr-scenario-limits.h — the valid range of every number in a scenario, in one table
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One entry per number the scenario check bounds; the levers that edit a
 * number take their range from the same entry. */
typedef enum
{
  GR_LIMIT_RESPONSE_DAYS,
  GR_LIMIT_FUNDING_BUSD,
  GR_LIMIT_INDUSTRY_FACILITIES,
  GR_LIMIT_INDUSTRY_FPV_PER_MONTH,
  GR_LIMIT_INDUSTRY_SHELLS_PER_MONTH,
  GR_LIMIT_INDUSTRY_SHELLS_STOCK,
  GR_LIMIT_INDUSTRY_VEHICLES_PER_MONTH,
  GR_LIMIT_TRAINED_ABROAD,
  GR_LIMIT_TRAINED_PER_MONTH,
  GR_LIMIT_SEPARATIONS_PER_YEAR,
  GR_LIMIT_RESERVISTS,
  GR_LIMIT_HORIZON_YEARS,
  GR_LIMIT_FORCE_BAND,
  GR_LIMIT_DWELL_RATIO,
  GR_LIMIT_COST_PER_TROOP_YEAR_MUSD,
  GR_LIMIT_REACH_KM,
  GR_LIMIT_DEPLOYMENT_TROOPS,
  GR_LIMIT_USD_PER_EUR,
  GR_LIMIT_CONTRIBUTION_MEUR,
  GR_LIMIT_MILITARY_SHARE,
  GR_LIMIT_SYSTEM_RANGE_KM,
  GR_LIMIT_RADAR_HEIGHT_M,
  GR_LIMIT_PK,
  GR_LIMIT_SHOTS_PER_ENGAGEMENT,
  GR_LIMIT_INTERCEPTORS_PER_MONTH,
  GR_LIMIT_INTERCEPTOR_COST_MUSD,
  GR_LIMIT_BATTERY_COST_MUSD,
  GR_LIMIT_DRONES_PER_MONTH,   /* the three threat classes share the valid */
  GR_LIMIT_CRUISE_PER_MONTH,   /* range; the levers' typical ranges differ */
  GR_LIMIT_BALLISTIC_PER_MONTH,
  GR_LIMIT_THREAT_ALTITUDE_M,
  GR_LIMIT_THREAT_UNIT_COST_MUSD,
  GR_LIMIT_OTHER_KILL_SHARE,
  GR_LIMIT_OTHER_CAPACITY_PER_MONTH,
  GR_LIMIT_CRUISE_KMH,
  GR_LIMIT_ENDURANCE_H,
  GR_LIMIT_RESERVE_H,
  GR_LIMIT_SERVICE_H,          /* turnaround and maintenance */
  GR_LIMIT_MISSION_CAPABLE,
  GR_LIMIT_PER_STATION,
  GR_LIMIT_QRA_AIRCRAFT,
  GR_LIMIT_ZONE_STATIONS,
  GR_LIMIT_ZONE_AIRCRAFT_ASSIGNED,
  GR_LIMIT_SPEED_KNOTS,
  GR_LIMIT_SHIPS_PER_CONVOY,
  GR_LIMIT_ESCORTS_PER_CONVOY,
  GR_LIMIT_TONNES_PER_SHIP,
  GR_LIMIT_ESCORTS_AVAILABLE,
  GR_LIMIT_ROUTE_SHIPS_PER_MONTH,
  GR_LIMIT_PATROL_RADIUS_KM,
  GR_LIMIT_WEIGHT,
  GR_N_LIMITS
} GrLimitId;

typedef struct
{
  double min;                  /* gr_scenario_check() accepts min…max */
  double max;
  double typical_min;          /* a lever's slider spans typical_min…typical_max, */
  double typical_max;          /* always inside min…max */
} GrLimit;

const GrLimit *gr_limit (GrLimitId id);

G_END_DECLS
