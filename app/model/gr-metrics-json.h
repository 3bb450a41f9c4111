/* gr-metrics-json.h — metrics as JSON, for `guarantor --metrics` and tests
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "gr-metrics.h"

G_BEGIN_DECLS

/* @model, when not NULL, names the border regions. */
JsonNode *gr_metrics_to_json_node (const GrMetrics *metrics,
                                   GrModel         *model);
char     *gr_metrics_to_json      (const GrMetrics *metrics,
                                   GrModel         *model,
                                   gboolean         pretty);

/* The headline numbers of that JSON (gr-metric-table.h) straight from
 * @metrics, in its order, into @values (cleared first), and their dotted
 * paths appended to @paths when it is not NULL: what walking the JSON
 * finds, without building it. */
void      gr_metrics_collect_headlines (const GrMetrics *metrics,
                                        GrModel         *model,
                                        GPtrArray       *paths,
                                        GArray          *values);
/* The same with @series: the numbers of the items of the series the
 * charts draw item by item too (gr-metric-table.h). */
void      gr_metrics_collect           (const GrMetrics *metrics,
                                        GrModel         *model,
                                        gboolean         series,
                                        GPtrArray       *paths,
                                        GArray          *values);

G_END_DECLS
