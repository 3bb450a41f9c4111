/* gr-mercator.h — Web Mercator (EPSG:3857) pixel projection, as libshumate uses it
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define GR_TILE_SIZE 256
#define GR_MERCATOR_MAX_LAT 85.05112878

/* A rectangle of the Web Mercator world at one zoom: its top-left corner in
 * world pixels (the world is GR_TILE_SIZE · 2^zoom pixels wide) and its size
 * in device units.  A tile is the view (x·256, y·256, 256, 256). */
typedef struct
{
  double zoom;
  double x;
  double y;
  double width;
  double height;
} GrMapView;

double   gr_mercator_world_size      (double zoom);
void     gr_mercator_project         (double zoom,
                                      double lon,
                                      double lat,
                                      double *x,
                                      double *y);
void     gr_mercator_unproject       (double zoom,
                                      double x,
                                      double y,
                                      double *lon,
                                      double *lat);
double   gr_mercator_meters_per_pixel (double zoom,
                                       double lat);

void     gr_map_view_init_tile       (GrMapView *view,
                                      guint      zoom,
                                      guint      tile_x,
                                      guint      tile_y);
void     gr_map_view_init_centered   (GrMapView *view,
                                      double     zoom,
                                      double     center_lon,
                                      double     center_lat,
                                      double     width,
                                      double     height);
/* Device coordinates of a place inside the view. */
void     gr_map_view_to_device       (const GrMapView *view,
                                      double           lon,
                                      double           lat,
                                      double          *x,
                                      double          *y);
void     gr_map_view_from_device     (const GrMapView *view,
                                      double           x,
                                      double           y,
                                      double          *lon,
                                      double          *lat);
/* The lon/lat box the view shows (before any margin). */
void     gr_map_view_get_bounds      (const GrMapView *view,
                                      double          *min_lon,
                                      double          *min_lat,
                                      double          *max_lon,
                                      double          *max_lat);

G_END_DECLS
