/* gr-references.c — the model's reference table
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The values and their basis; docs/methodology.md gives the reasoning.
 * Air-defence half-leakers: the article's month (1,000 drones and 300
 * missiles, split 240 cruise / 60 ballistic) with 20 % getting through
 * (its "over 80 % shot down"), in Shahed-equivalents:
 * 0.2 × (1,000 × 1 + 240 × 9 + 60 × 11) = 764.
 */

#include "config.h"

#include "gr-references.h"

static const GrReference references[GR_N_REFS] = {
  [GR_REF_WEIGHT_DRONE] = {
    "weight_drone", 1, 1, 1,
    "Shahed-136/Geran-2 warhead about 50 kg: the unit of consequence",
    "https://missilethreat.csis.org/" },
  [GR_REF_WEIGHT_CRUISE] = {
    "weight_cruise", 9, 6, 10,
    "Kh-101 and Kalibr warheads about 400-450 kg, nine Shahed warheads",
    "https://missilethreat.csis.org/" },
  [GR_REF_WEIGHT_BALLISTIC] = {
    "weight_ballistic", 11, 10, 14,
    "Iskander-M and KN-23 warheads about 480-700 kg, faster and harder to stop",
    "https://missilethreat.csis.org/" },
  [GR_REF_AIR_HALF_LEAKERS] = {
    "air_half_leakers", 764, 600, 900,
    "The article's month (1,000 drones, 300 missiles) with 20 % getting through, weighted",
    NULL },
  [GR_REF_PATROL_DRONES_PER_STATION] = {
    "patrol_drones_per_station", 30, 10, 60,
    "Assumption: one fighter pair held on station downs about one drone a day",
    NULL },
  [GR_REF_PATROL_CRUISE_PER_STATION] = {
    "patrol_cruise_per_station", 3, 1, 6,
    "Assumption: one fighter pair held on station downs a few cruise missiles a month",
    NULL },
  [GR_REF_WINDOW_FIRST_YEAR] = {
    "window_first_year", 2026, 2026, 2026,
    "The article's first year of need ($120B in 2026)", NULL },
  [GR_REF_WINDOW_LAST_YEAR] = {
    "window_last_year", 2030, 2030, 2030,
    "Five years: the span of multi-year pledges such as the Danish Ukraine Fund (2023-28)",
    NULL },
  [GR_REF_COMMITMENT_DISCOUNT] = {
    "commitment_discount", 0.5, 0.3, 0.7,
    "Kiel Ukraine Support Tracker: allocations lag commitments; half is assumed to arrive",
    "https://www.ifw-kiel.de/topics/war-against-ukraine/ukraine-support-tracker/" },
  [GR_REF_DANISH_SHARE] = {
    "danish_share", 0.05, 0.02, 0.1,
    "Assumption: the Danish model at full scale funds 5 % of the defence need",
    NULL },
  [GR_REF_READINESS_TRAINED] = {
    "readiness_trained", 290000, 220000, 440000,
    "A third of Ukraine's about 880,000 forces (January 2025)", NULL },
  [GR_REF_PRESENCE_TROOPS_PER_REGION] = {
    "presence_troops_per_region", 1000, 600, 1900,
    "A NATO eFP battlegroup (600-1,900 troops, 2022) per border region",
    "https://www.nato.int/cps/en/natohq/topics_136388.htm" },
  [GR_REF_RESPONSE_HALF_DAYS] = {
    "response_half_days", 30, 10, 30,
    "NATO Force Model: tier 2 forces ready in 10-30 days", NULL },
};

const GrReference *
gr_reference (GrReferenceId id)
{
  g_return_val_if_fail (id < GR_N_REFS, &references[0]);
  return &references[id];
}

double
gr_reference_value (GrReferenceId id)
{
  return gr_reference (id)->value;
}
