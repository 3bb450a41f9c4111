/* gr-monte-carlo.h — how sure are we: percentiles of every headline metric and series
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every ranged GrQuantity (gr-scenario-walk.h; choices are not sampled:
 * they are decisions, not uncertain facts) is drawn from the triangular
 * distribution with its low, value (the mode) and high; a zero-width range
 * gives the value itself.  Sample i draws its inputs, in walk order, from a
 * generator seeded with (seed, i) alone, and its metrics are stored at i, so
 * the result does not depend on the number of threads or their timing.
 *
 * Per metric of the table with series (gr-metric-table.h: the headlines,
 * then per year, route and zone what the charts draw item by item, e.g.
 * "funding.years.2031.allocated_busd"): mean, P10, P50 and P90 over the samples
 * whose value is finite (percentiles interpolate linearly between order
 * statistics); all samples equal give exactly that value.
 */

#pragma once

#include <gio/gio.h>

#include "gr-metrics.h"
#include "gr-scenario.h"

G_BEGIN_DECLS

#define GR_MONTE_CARLO_DEFAULT_SAMPLES 1000
#define GR_MONTE_CARLO_DEFAULT_SEED 1
/* Every sample of every metric is kept: a few kB a sample. */
#define GR_MONTE_CARLO_MAX_SAMPLES 100000
#define GR_MONTE_CARLO_MAX_THREADS 64

typedef struct
{
  char *path;
  double mean;
  double p10;
  double p50;
  double p90;
} GrMonteCarloMetric;

typedef struct
{
  guint samples;
  guint64 seed;
  GArray *metrics;             /* GrMonteCarloMetric, in table order */
} GrMonteCarlo;

/* Called from the worker threads after each sample, with the number done. */
typedef void (*GrMonteCarloProgress) (guint    done,
                                      guint    total,
                                      gpointer user_data);

/* @threads 0 means one per processor (at most GR_MONTE_CARLO_MAX_THREADS).  Returns NULL with
 * G_IO_ERROR_CANCELLED when @cancellable is cancelled. */
GrMonteCarlo *gr_monte_carlo_run       (GrModel              *model,
                                        const GrScenario     *scenario,
                                        guint                 samples,
                                        guint64               seed,
                                        guint                 threads,
                                        GCancellable         *cancellable,
                                        GrMonteCarloProgress  progress,
                                        gpointer              user_data,
                                        GError              **error);
#define GR_TYPE_MONTE_CARLO (gr_monte_carlo_get_type ())
GType         gr_monte_carlo_get_type  (void) G_GNUC_CONST;
GrMonteCarlo *gr_monte_carlo_copy      (const GrMonteCarlo   *self);
void          gr_monte_carlo_free      (GrMonteCarlo         *self);

const GrMonteCarloMetric *gr_monte_carlo_find (const GrMonteCarlo *self,
                                               const char         *path);

/* {"samples", "seed", "metrics": [{"path", "mean", "p10", "p50", "p90"}]} */
char         *gr_monte_carlo_to_json   (const GrMonteCarlo   *self,
                                        gboolean              pretty);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrMonteCarlo, gr_monte_carlo_free)

G_END_DECLS
