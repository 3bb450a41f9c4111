/* gr-scenario-limits.c — the valid range of every number in a scenario, in one table
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gr_scenario_check() refuses a number outside min…max; the dashboard's
 * levers accept the same range and size their sliders to the typical part
 * of it, so a value the checker takes can always be shown and typed, and a
 * lever never offers one it refuses.  Stored units (shares 0…1), as in the
 * file.
 */

#include "config.h"

#include "gr-scenario-limits.h"

#define HUGE_COUNT 1e12   /* far above any real count, far below overflow */

static const GrLimit limits[GR_N_LIMITS] = {
  [GR_LIMIT_RESPONSE_DAYS] = { 0, 3650, 0, 365 },
  [GR_LIMIT_FUNDING_BUSD] = { 0, 100000, 0, 500 },
  [GR_LIMIT_INDUSTRY_FACILITIES] = { 0, HUGE_COUNT, 0, 5000 },
  [GR_LIMIT_INDUSTRY_FPV_PER_MONTH] = { 0, HUGE_COUNT, 0, 2e6 },
  [GR_LIMIT_INDUSTRY_SHELLS_PER_MONTH] = { 0, HUGE_COUNT, 0, 1e6 },
  [GR_LIMIT_INDUSTRY_SHELLS_STOCK] = { 0, HUGE_COUNT, 0, 1e7 },
  [GR_LIMIT_INDUSTRY_VEHICLES_PER_MONTH] = { 0, HUGE_COUNT, 0, 1e4 },
  [GR_LIMIT_TRAINED_ABROAD] = { 0, 1e8, 0, 1e6 },
  [GR_LIMIT_TRAINED_PER_MONTH] = { 0, 1e7, 0, 50000 },
  [GR_LIMIT_SEPARATIONS_PER_YEAR] = { 0, 1, 0, 1 },
  [GR_LIMIT_RESERVISTS] = { 0, 1e8, 0, 5e6 },
  [GR_LIMIT_HORIZON_YEARS] = { 1, 50, 1, 50 },
  [GR_LIMIT_FORCE_BAND] = { 0, 1e6, 0, 200000 },
  [GR_LIMIT_DWELL_RATIO] = { 0, 10, 0, 10 },
  [GR_LIMIT_COST_PER_TROOP_YEAR_MUSD] = { 0, 100, 0, 100 },
  [GR_LIMIT_REACH_KM] = { 0, 2000, 0, 2000 },
  [GR_LIMIT_DEPLOYMENT_TROOPS] = { 0, 1e6, 0, 100000 },
  [GR_LIMIT_USD_PER_EUR] = { 0.01, 100, 0.5, 2 },
  [GR_LIMIT_CONTRIBUTION_MEUR] = { 0, 1e6, 0, 100000 },
  [GR_LIMIT_MILITARY_SHARE] = { 0, 1, 0, 1 },
  [GR_LIMIT_SYSTEM_RANGE_KM] = { 0, 1000, 0, 1000 },
  [GR_LIMIT_RADAR_HEIGHT_M] = { 0, 10000, 0, 10000 },
  [GR_LIMIT_PK] = { 0, 1, 0, 1 },
  [GR_LIMIT_SHOTS_PER_ENGAGEMENT] = { 1, 16, 1, 16 },
  [GR_LIMIT_INTERCEPTORS_PER_MONTH] = { 0, 1e5, 0, 1000 },
  [GR_LIMIT_INTERCEPTOR_COST_MUSD] = { 0, 1e3, 0, 1e3 },
  [GR_LIMIT_BATTERY_COST_MUSD] = { 0, 1e5, 0, 1e5 },
  [GR_LIMIT_DRONES_PER_MONTH] = { 0, 1e7, 0, 20000 },
  [GR_LIMIT_CRUISE_PER_MONTH] = { 0, 1e7, 0, 2000 },
  [GR_LIMIT_BALLISTIC_PER_MONTH] = { 0, 1e7, 0, 2000 },
  [GR_LIMIT_THREAT_ALTITUDE_M] = { 0, 1e6, 0, 1e6 },
  [GR_LIMIT_THREAT_UNIT_COST_MUSD] = { 0, 1e4, 0, 1e4 },
  [GR_LIMIT_OTHER_KILL_SHARE] = { 0, 1, 0, 1 },
  [GR_LIMIT_OTHER_CAPACITY_PER_MONTH] = { 0, 1e7, 0, 1e7 },
  [GR_LIMIT_CRUISE_KMH] = { 1, 5000, 1, 5000 },
  [GR_LIMIT_ENDURANCE_H] = { 0.1, 48, 0.1, 48 },
  [GR_LIMIT_RESERVE_H] = { 0, 48, 0, 48 },
  [GR_LIMIT_SERVICE_H] = { 0, 240, 0, 240 },
  [GR_LIMIT_MISSION_CAPABLE] = { 0.01, 1, 0.1, 1 },
  [GR_LIMIT_PER_STATION] = { 0, 100, 1, 8 },
  [GR_LIMIT_QRA_AIRCRAFT] = { 0, 1000, 0, 1000 },
  [GR_LIMIT_ZONE_STATIONS] = { 0, 100, 0, 100 },
  [GR_LIMIT_ZONE_AIRCRAFT_ASSIGNED] = { 0, 10000, 0, 500 },
  [GR_LIMIT_SPEED_KNOTS] = { 0.1, 60, 1, 40 },
  [GR_LIMIT_SHIPS_PER_CONVOY] = { 1, 1000, 1, 100 },
  [GR_LIMIT_ESCORTS_PER_CONVOY] = { 0, 100, 0, 20 },
  [GR_LIMIT_TONNES_PER_SHIP] = { 1, 1e6, 1, 1e6 },
  [GR_LIMIT_ESCORTS_AVAILABLE] = { 0, 10000, 0, 200 },
  [GR_LIMIT_ROUTE_SHIPS_PER_MONTH] = { 0, 1e5, 0, 2000 },
  [GR_LIMIT_PATROL_RADIUS_KM] = { 0, 2000, 0, 2000 },
  [GR_LIMIT_WEIGHT] = { 0, 1, 0, 1 },
};

/**
 * gr_limit:
 * @id: which number
 *
 * Returns: (transfer none): its valid and typical range, in stored units
 */
const GrLimit *
gr_limit (GrLimitId id)
{
  g_return_val_if_fail (id < GR_N_LIMITS, &limits[GR_LIMIT_WEIGHT]);
  return &limits[id];
}
