/* gr-metrics-private.h — the model's insides, shared by the evaluators
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "gr-geodesy.h"
#include "gr-metrics.h"

G_BEGIN_DECLS

struct _GrModel
{
  gatomicrefcount ref_count;
  GrGeodata *geo;
  const GrGeoFeature *ukraine;
  double area_km2;

  /* The coverage grid: square cells of cell_km on the equal-area
   * projection; grid[j * nx + i] is a cell index or -1 outside Ukraine. */
  GrEqualArea proj;
  double cell_km;
  double x0;
  double y0;
  int nx;
  int ny;
  const int *grid;
  guint n_cells;
  const GrLonLat *centres;
  const double *vectors;       /* 3 per cell: unit vectors */
  GBytes *grid_data;           /* holds grid, centres and vectors */

  GrCity *cities;
  guint n_cities;
  double *city_vectors;        /* 3 per city */
  double population;

  GrBorderRegion *regions;
  const double **region_vectors; /* per region, 3 per border point */
  GBytes *border_data;         /* holds the border points and vectors */
  guint n_regions;
  double border_km;
};

/* Cells within @radius_km of @centre, ascending; the caller frees. */
GArray *gr_model_footprint (GrModel  *model,
                            GrLonLat  centre,
                            double    radius_km);

/* The cells of the largest footprint around a centre, nearest first:
 * every smaller footprint there is cut from it without a search, which
 * is what Monte Carlo needs, its radii changing every sample and its
 * positions never. */
typedef struct
{
  double dot;                  /* cosine of the angle from the centre */
  guint cell;
  int i;                       /* column and row on the grid */
  int j;
} GrRingCell;

typedef struct
{
  double x;                    /* the centre, projected */
  double y;
  double cos_r;                /* the cells with dot ≥ cos_r … */
  int box[4];                  /* … in these columns and rows, inclusive */
  GrRingCell *cells;           /* dot descending */
  guint n_cells;
} GrCellRing;

GrCellRing *gr_model_cell_ring_new       (GrModel          *model,
                                          GrLonLat          centre,
                                          double            radius_km);
void        gr_cell_ring_free            (GrCellRing       *ring);
/* Appends the cells of gr_model_footprint (model, centre, @radius_km) to
 * @cells, nearest first; FALSE, appending none, when the ring does not
 * hold them all. */
gboolean    gr_model_footprint_from_ring (GrModel          *model,
                                          const GrCellRing *ring,
                                          double            radius_km,
                                          GArray           *cells);

/* Footprints come from the evaluator's cache, in no set order;
 * @max_radius_km is the largest this evaluation asks at @centre. */
const GArray *gr_evaluator_footprint (GrEvaluator *self,
                                      GrLonLat     centre,
                                      double       radius_km,
                                      double       max_radius_km);

/* What a patrol zone's metrics need from its geometry: sampled, so it is
 * the slow part of a patrol evaluation and the evaluator caches it.  It
 * does not depend on the reach, which Monte Carlo varies every sample: the
 * share within reach is counted from the distances when asked. */
typedef struct
{
  double area_km2;
  GrLonLat centroid;
  double *distances;           /* km from the base, no NaN */
  guint n_distances;
  guint n_samples;             /* the share's denominator, ≥ n_distances */
  gboolean sorted;             /* distances ascending: a binary search */
} GrZoneGeometry;

void   gr_zone_geometry_compute     (const GArray         *polygon,
                                     GrLonLat              base,
                                     GrZoneGeometry       *out);
void   gr_zone_geometry_clear       (GrZoneGeometry       *geometry);
/* Worth it once the geometry is asked again, with another reach. */
void   gr_zone_geometry_sort        (GrZoneGeometry       *geometry);
/* 0..1 of the zone within @reach_km of its base. */
double gr_zone_geometry_reach_share (const GrZoneGeometry *geometry,
                                     double                reach_km);

const GrZoneGeometry *gr_evaluator_zone_geometry (GrEvaluator  *self,
                                                  const GArray *polygon,
                                                  GrLonLat      base);

/* One function per instrument; each fills its part of GrMetrics. */
/* After the patrols: their held stations add to the other means. */
void gr_metrics_eval_air_defense  (GrEvaluator         *evaluator,
                                   GrModel             *model,
                                   const GrScenario    *scenario,
                                   const GrAirPatrolMetrics *patrol,
                                   GrAirDefenseMetrics *out);
void gr_metrics_eval_air_patrol   (GrEvaluator         *evaluator,
                                   const GrScenario    *scenario,
                                   GrAirPatrolMetrics  *out);
void gr_metrics_eval_force        (GrModel             *model,
                                   const GrScenario    *scenario,
                                   GrForceMetrics      *out);
void gr_metrics_force_local       (GrModel             *model,
                                   const GrScenario    *scenario,
                                   double              *local,
                                   double              *in_reach);
void gr_metrics_eval_maritime     (const GrScenario    *scenario,
                                   GrMaritimeMetrics   *out);
void gr_metrics_eval_funding      (const GrScenario    *scenario,
                                   GrFundingMetrics    *out);
void gr_metrics_eval_danish       (const GrScenario    *scenario,
                                   GrDanishMetrics     *out);
void gr_metrics_eval_readiness    (const GrScenario    *scenario,
                                   GrReadinessMetrics  *out);
void gr_metrics_eval_industry     (const GrScenario    *scenario,
                                   GrIndustryMetrics   *out);
void gr_metrics_eval_guarantees   (const GrScenario    *scenario,
                                   GrGuaranteesMetrics *out);
/* Needs every other part evaluated first. */
void gr_metrics_eval_index        (GrModel             *model,
                                   const GrScenario    *scenario,
                                   GrMetrics           *metrics);
/* Assets out of reach, bands missed: needs every part evaluated. */
void gr_metrics_eval_warnings     (GrModel             *model,
                                   const GrScenario    *scenario,
                                   GrMetrics           *metrics);

/* Adds a warning about the input at @path (printf-style message). */
void gr_metrics_warn (GrMetrics  *metrics,
                      const char *path,
                      const char *format,
                      ...) G_GNUC_PRINTF (3, 4);

/* A sorted, NULL-terminated copy of the distinct non-empty strings. */
char **gr_metrics_distinct_strings (GPtrArray *strings);

G_END_DECLS
