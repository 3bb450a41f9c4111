/* gr-scenario-walk.h — visit every uncertain input of a scenario by its path
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tornado and Monte Carlo move inputs without knowing the scenario's
 * layout: they walk it.  Each input is named by its dotted path in the
 * scenario file ("air_defense.threat.drone.per_month"); an element of a
 * list that has an "id" is named by it ("air_defense.systems.patriot.pk.
 * ballistic", "maritime.patrols.tr-bosporus.radius_km"), any other by its
 * index ("funding.pledges[5].busd").
 *
 * Two kinds of input:
 *  - quantities: every GrQuantity of the scenario, ranged or not, and
 *    every number kept plain with a GrRange beside it (a deployment's
 *    troops, the force band's ends "stabilization_force.band[0]", a
 *    zone's stations and aircraft_assigned), seen through a stand-in whose
 *    value (a count rounded to a whole number, at least 0) and range are
 *    written back;
 *  - choices: inputs that are not quantities but a real choice, given the
 *    documented ranges of docs/methodology.md ("Ranges of choices"):
 *    each guarantor's commitment type ("guarantees.guarantors[0].commitment",
 *    level 0 assistance, 1 consultative, 2 automatic, one level either way)
 *    and each index weight ("index.weights.air_defense", half to one and a
 *    half times its value).
 */

#pragma once

#include "gr-scenario.h"

G_BEGIN_DECLS

typedef enum
{
  GR_WALK_QUANTITIES = 1 << 0,
  GR_WALK_CHOICES = 1 << 1,
} GrWalkFlags;

/* Half to one and a half times an index weight. */
#define GR_WALK_WEIGHT_LOW_FACTOR 0.5
#define GR_WALK_WEIGHT_HIGH_FACTOR 1.5

/* @quantity is the scenario's own for a quantity: set its value to move the
 * input.  For a choice it is a stand-in holding the choice's value and
 * documented range; the walk writes its value back into the scenario after
 * the call (a commitment level is rounded to the nearest level). */
typedef void (*GrScenarioVisitFunc) (const char *path,
                                     GrQuantity *quantity,
                                     gpointer    user_data);

/* Visits the inputs @flags selects, always in the same order for the same
 * scenario layout (the order of the file). */
void gr_scenario_walk (GrScenario          *scenario,
                       GrWalkFlags          flags,
                       GrScenarioVisitFunc  func,
                       gpointer             user_data);

G_END_DECLS
