/* gr-metric-table.h — every numeric headline metric as (dotted path, value)
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Compare, the tornado and Monte Carlo speak of metrics by their dotted
 * member path in `guarantor --metrics` ("index.composite",
 * "air_defense.threats.drone.leaked_per_month").  The table is what a walk
 * of that JSON finds, collected by the same writer without building the
 * JSON, so a metric added there appears here with no change.
 *
 * Headline metrics are the numbers reached through objects only: every
 * number (and every null, which is a metric with no finite value, kept as
 * NAN) of an object member.  Arrays are skipped whole: they hold per-item
 * detail (batteries, zones, routes, years, border regions) whose items
 * differ from one scenario to another, so they are neither comparable nor
 * headlines.  Booleans and strings are not numeric and are skipped.
 *
 * A table with series (GR_METRIC_TABLE_SERIES, for Monte Carlo, whose
 * samples all share the scenario's items) adds the numbers of the items
 * the charts draw one by one: the funding years ("funding.years"), the
 * trained force by year ("readiness.by_year"), the routes
 * ("maritime.routes") and the patrol zones ("air_patrol.zones").  An item
 * is named by its key, as gr-scenario-walk.h names a list's elements by
 * their id: "funding.years.2031.gap_busd", "readiness.by_year.2030.trained",
 * "maritime.routes.odesa-bosporus.covered_km",
 * "air_patrol.zones.west.aircraft_required"; the key itself is not a
 * metric.  Arrays inside an item (a route's segments) are still skipped.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "gr-metrics.h"

G_BEGIN_DECLS

typedef struct
{
  GPtrArray *paths;            /* char *, in the order of the JSON */
  GArray *values;              /* double, one per path */
} GrMetricTable;

typedef enum
{
  GR_METRIC_TABLE_HEADLINES = 0,
  GR_METRIC_TABLE_SERIES = 1 << 0,
} GrMetricTableFlags;

GrMetricTable *gr_metric_table_new        (const GrMetrics     *metrics,
                                           GrModel             *model);
GrMetricTable *gr_metric_table_new_full   (const GrMetrics     *metrics,
                                           GrModel             *model,
                                           GrMetricTableFlags   flags);
/* The same table walking a JSON document: any --metrics output. */
GrMetricTable *gr_metric_table_new_from_json (JsonNode         *root);
void           gr_metric_table_free       (GrMetricTable       *self);

guint          gr_metric_table_get_n      (const GrMetricTable *self);
const char    *gr_metric_table_get_path   (const GrMetricTable *self,
                                           guint                index);
double         gr_metric_table_get_value  (const GrMetricTable *self,
                                           guint                index);
/* The index of @path, or -1 when the table has no such metric. */
int            gr_metric_table_find       (const GrMetricTable *self,
                                           const char          *path);
/* The value at @path, NAN when there is none. */
double         gr_metric_table_lookup     (const GrMetricTable *self,
                                           const char          *path);
/* For a @path the table lacks: the longest group of metrics @path starts
 * with ("funding.years" for "funding.years.2099.gap_busd", "" when not
 * even its first part is one) in @group, and the names one level below
 * it, in table order, joined by ", " ("2023, 2024, …"), what a user who
 * mistyped @path may have meant. */
char          *gr_metric_table_suggest    (const GrMetricTable *self,
                                           const char          *path,
                                           char               **group);

/* The values alone, in table order, into @values (cleared first): cheaper
 * than a new table when the paths are already known. */
void           gr_metric_table_collect    (const GrMetrics     *metrics,
                                           GrModel             *model,
                                           GArray              *values);
void           gr_metric_table_collect_full (const GrMetrics   *metrics,
                                             GrModel           *model,
                                             GrMetricTableFlags flags,
                                             GArray            *values);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrMetricTable, gr_metric_table_free)

G_END_DECLS
