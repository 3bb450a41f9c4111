/* gr-references.h — the fixed yardsticks every score is measured against
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table, held by the model and never by a scenario, so that scenarios
 * stay comparable and none can raise its score by moving its yardstick
 * (MODEL.md, "Fixed yardsticks").  Each entry carries the value used, its
 * plausible range and where it comes from; docs/methodology.md explains
 * each one and --metrics lists them under "references".
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  /* Air defence: consequence weights (Shahed-equivalents by warhead mass)
   * and the leakers at which the score is one half. */
  GR_REF_WEIGHT_DRONE,
  GR_REF_WEIGHT_CRUISE,
  GR_REF_WEIGHT_BALLISTIC,
  GR_REF_AIR_HALF_LEAKERS,
  /* Joint air patrols: what one continuously held station downs a month. */
  GR_REF_PATROL_DRONES_PER_STATION,
  GR_REF_PATROL_CRUISE_PER_STATION,
  /* Funding: the window assessed and the weight of a commitment. */
  GR_REF_WINDOW_FIRST_YEAR,
  GR_REF_WINDOW_LAST_YEAR,
  GR_REF_COMMITMENT_DISCOUNT,
  GR_REF_DANISH_SHARE,
  /* Readiness: the trained force scoring 1 (a third of ≈880,000). */
  GR_REF_READINESS_TRAINED,
  /* Presence: troops per border region scoring one half. */
  GR_REF_PRESENCE_TROOPS_PER_REGION,
  /* Guarantees: response delay that halves a commitment's weight. */
  GR_REF_RESPONSE_HALF_DAYS,
  GR_N_REFS
} GrReferenceId;

typedef struct
{
  char *name;                  /* machine name, e.g. "air_half_leakers" */
  double value;
  double low;
  double high;
  char *unit;                  /* "Shahed-equivalents", "days" … */
  char *meaning;               /* what the value is and rests on */
  char *source;                /* id in the table's sources */
  char *source_title;          /* that source's title */
  char *url;                   /* its URL; NULL when none is known */
} GrReference;

/* The table lives in data/model/references.json, compiled into the model
 * as a resource and read once, strictly, on first use. */
const GrReference *gr_reference       (GrReferenceId id);
double             gr_reference_value (GrReferenceId id);

/* Reads a reference table: every reference above exactly once, each with
 * value, range, unit, meaning and a source listed in the file.  Errors
 * (GR_SCENARIO_ERROR) name @display_name, the place and the problem.
 * Returns: (transfer full): GR_N_REFS references in GrReferenceId order,
 *   each cleared by gr_reference_clear(). */
GArray            *gr_references_load_data (const char  *data,
                                            gssize       length,
                                            const char  *display_name,
                                            GError     **error);
void               gr_reference_clear      (gpointer     reference);

/* The bundled table's text (data/model/references.json). */
GBytes            *gr_references_bundled_bytes (void);

/* The year every time-dependent pillar is assessed at: the window's end. */
#define GR_ASSESSMENT_YEAR ((int) gr_reference_value (GR_REF_WINDOW_LAST_YEAR))

G_END_DECLS
