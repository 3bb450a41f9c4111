/* gr-compare.h — two scenarios side by side, and what explains the change
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every numeric headline metric (gr-metric-table.h) of A and of B with the
 * difference B − A, and the attribution of the composite's change to the
 * pillars.  The composite is a weighted geometric mean, ln C = Σ w·ln s, so
 * Δ ln C = Σ (w_B·ln s_B − w_A·ln s_A) exactly: each pillar's term is its
 * contribution, which is w·Δ ln s when the weights are the same.  A pillar
 * with weight 0 contributes 0; a weighted score of 0 gives an infinite
 * contribution (the composite is 0), written as null.
 */

#pragma once

#include "gr-metric-table.h"
#include "gr-metrics.h"

G_BEGIN_DECLS

typedef struct
{
  char *path;
  double a;
  double b;
  double difference;           /* b − a */
} GrCompareMetric;

typedef struct
{
  char *pillar;                /* "guarantees" … as in index.pillars */
  double contribution;         /* w_B ln s_B − w_A ln s_A */
} GrAttribution;

typedef struct
{
  char *a;                     /* the scenarios' names */
  char *b;
  GArray *metrics;             /* GrCompareMetric, in A's table order */
  GArray *attribution;         /* GrAttribution, in index.pillars order */
  double composite_a;
  double composite_b;
} GrComparison;

/* Pillar scores and weights are read from the tables at these prefixes. */
#define GR_COMPARE_PILLARS_PREFIX "index.pillars."
#define GR_COMPARE_WEIGHTS_PREFIX "index.weights."
#define GR_COMPARE_COMPOSITE "index.composite"

GrComparison *gr_comparison_new         (const GrMetrics    *a,
                                         const GrMetrics    *b,
                                         GrModel            *model);
GrComparison *gr_comparison_new_from_tables (const char     *a_name,
                                         const GrMetricTable *a,
                                         const char         *b_name,
                                         const GrMetricTable *b);
void          gr_comparison_free        (GrComparison       *self);

/* The entry for @path, NULL when neither scenario has it. */
const GrCompareMetric *gr_comparison_find (const GrComparison *self,
                                           const char         *path);

/* {"a", "b", "metrics": [{"path", "a", "b", "difference"}],
 *  "attribution": [{"pillar", "contribution"}]} */
char         *gr_comparison_to_json     (const GrComparison *self,
                                         gboolean            pretty);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrComparison, gr_comparison_free)

G_END_DECLS
