/* gr-figures-private.h — what the concrete chart builders share
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "gr-figures.h"

G_BEGIN_DECLS

/* One builder per chart id, in gr-figures-*.c. */
GrChart *gr_figures_funding       (const GrScenario *scenario,
                                   const GrMetrics  *metrics);
GrChart *gr_figures_readiness     (const GrScenario *scenario,
                                   const GrMetrics  *metrics);
GrChart *gr_figures_stabilization (const GrScenario *scenario,
                                   const GrMetrics  *metrics);
GrChart *gr_figures_air_defense   (const GrScenario *scenario,
                                   const GrMetrics  *metrics);
GrChart *gr_figures_interception  (const GrScenario *scenario,
                                   const GrMetrics  *metrics);
GrChart *gr_figures_air_patrol    (const GrScenario *scenario,
                                   const GrMetrics  *metrics);
GrChart *gr_figures_maritime      (const GrScenario *scenario,
                                   const GrMetrics  *metrics);
GrChart *gr_figures_tornado       (const GrScenario *scenario,
                                   const GrMetrics  *metrics);
GrChart *gr_figures_attribution   (const GrScenario *scenario,
                                   const GrMetrics  *metrics);
GrChart *gr_figures_index         (const GrScenario *scenario,
                                   const GrMetrics  *metrics);

/* The ranges (gr_figure_add_ranges()) of the charts whose categories are
 * items of a series, beside their builders. */
void     gr_figures_funding_ranges   (GrChart            *chart,
                                      const GrScenario   *scenario,
                                      const GrMetrics    *metrics,
                                      const GrMonteCarlo *monte_carlo);
void     gr_figures_readiness_ranges (GrChart            *chart,
                                      const GrMetrics    *metrics,
                                      const GrMonteCarlo *monte_carlo);
void     gr_figures_air_patrol_ranges (GrChart           *chart,
                                       const GrMetrics   *metrics,
                                       const GrMonteCarlo *monte_carlo);
void     gr_figures_maritime_ranges  (GrChart            *chart,
                                      const GrMetrics    *metrics,
                                      const GrMonteCarlo *monte_carlo);
/* P10–P90 of the metric at @path (printf-style), times @factor, on
 * @series in @category; nothing when the run has no such metric or its
 * P10 and P90 are equal.  A
 * @whole range is rounded out to whole numbers, as a chart of whole
 * aircraft shows them. */
void     gr_figures_set_range        (GrChart            *chart,
                                      guint               series,
                                      guint               category,
                                      const GrMonteCarlo *monte_carlo,
                                      double              factor,
                                      gboolean            whole,
                                      const char         *path_format,
                                      ...) G_GNUC_PRINTF (7, 8);

/* "Guarantor model, scenario “Name”; Title A; Title B and 2 more" from the
 * source ids of the quantities that fed the chart (NULLs and repeats are
 * skipped).  ids is NULL-terminated. */
char    *gr_figures_source_line   (const GrScenario  *scenario,
                                   const char *const *ids);
/* Appends the source ids of n quantities to a GPtrArray of const char *. */
void     gr_figures_collect       (GPtrArray         *ids,
                                   const GrQuantity  *quantities,
                                   guint              n);
void     gr_figures_set_sources   (GrChart           *chart,
                                   const GrScenario  *scenario,
                                   GPtrArray         *ids);

/* The local name (gr_item_name()) of the element with this id in an array
 * of scenario structs that begin with "char *id; char *name;" (GrPatrolZone,
 * GrRoute, GrDeployment, GrMaritimePatrol) and hold "char *name_uk" at
 * @name_uk_offset; the id itself when it has none. */
const char *gr_figures_name_by_id       (const GArray *items,
                                         const char   *id,
                                         gsize         name_uk_offset);

const char *gr_figures_threat_label     (GrThreatClass threat);
const char *gr_figures_instrument_label (GrInstrument  instrument);

G_END_DECLS
