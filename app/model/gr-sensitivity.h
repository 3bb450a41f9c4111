/* gr-sensitivity.h — the tornado: which input moves a metric most
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each ranged input (every GrQuantity with a low and a high, and the
 * choices of gr-scenario-walk.h) is moved to its low end and to its high
 * end, one at a time, the others held at their values; the chosen metric
 * is re-evaluated each time.  Swing = |at_high − at_low|; inputs are sorted
 * by swing, largest first (ties by path), an input whose metric is not
 * finite at either end last.
 *
 * The metric is any path of the metric table with its series
 * (gr-metric-table.h, GR_METRIC_TABLE_SERIES), the paths Monte Carlo
 * reports: a headline ("index.composite") or a member of a series' item
 * ("readiness.by_year.2030.trained").
 */

#pragma once

#include "gr-metrics.h"
#include "gr-scenario.h"

G_BEGIN_DECLS

#define GR_SENSITIVITY_ERROR (gr_sensitivity_error_quark ())

typedef enum
{
  GR_SENSITIVITY_ERROR_UNKNOWN_METRIC,
} GrSensitivityError;

typedef struct
{
  char *path;                  /* the input's path (gr-scenario-walk.h) */
  double value;
  double low;
  double high;
  double at_low;               /* the metric with the input at its low end */
  double at_high;
  double swing;                /* |at_high − at_low| */
} GrSensitivityInput;

typedef struct
{
  char *metric;                /* the metric's path (gr-metric-table.h) */
  double base;                 /* its value with every input at its value */
  GArray *inputs;              /* GrSensitivityInput, largest swing first */
} GrSensitivity;

#define GR_SENSITIVITY_DEFAULT_METRIC "index.composite"

GQuark         gr_sensitivity_error_quark (void);

/* @metric NULL means the composite index.  Errors: an unknown metric (the
 * message lists what is there where the path goes astray). */
GrSensitivity *gr_sensitivity_run     (GrModel             *model,
                                       const GrScenario    *scenario,
                                       const char          *metric,
                                       GError             **error);
void           gr_sensitivity_free    (GrSensitivity       *self);

/* {"metric", "base", "inputs": [{"path", "low", "high", "at_low",
 *  "at_high", "swing"}]} */
char          *gr_sensitivity_to_json (const GrSensitivity *self,
                                       gboolean             pretty);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrSensitivity, gr_sensitivity_free)

G_END_DECLS
