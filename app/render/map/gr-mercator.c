/* gr-mercator.c — Web Mercator (EPSG:3857) pixel projection
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-mercator.h"

#include <math.h>

#define EARTH_RADIUS_M 6378137.0

double
gr_mercator_world_size (double zoom)
{
  return GR_TILE_SIZE * exp2 (zoom);
}

void
gr_mercator_project (double  zoom,
                     double  lon,
                     double  lat,
                     double *x,
                     double *y)
{
  double size = gr_mercator_world_size (zoom);
  double phi = CLAMP (lat, -GR_MERCATOR_MAX_LAT, GR_MERCATOR_MAX_LAT) * G_PI / 180.0;

  *x = (lon + 180.0) / 360.0 * size;
  *y = (1.0 - log (tan (phi) + 1.0 / cos (phi)) / G_PI) / 2.0 * size;
}

void
gr_mercator_unproject (double  zoom,
                       double  x,
                       double  y,
                       double *lon,
                       double *lat)
{
  double size = gr_mercator_world_size (zoom);
  double n = G_PI - 2.0 * G_PI * y / size;

  *lon = x / size * 360.0 - 180.0;
  *lat = 180.0 / G_PI * atan (sinh (n));
}

double
gr_mercator_meters_per_pixel (double zoom,
                              double lat)
{
  return 2.0 * G_PI * EARTH_RADIUS_M * cos (lat * G_PI / 180.0) /
         gr_mercator_world_size (zoom);
}

void
gr_map_view_init_tile (GrMapView *view,
                       guint      zoom,
                       guint      tile_x,
                       guint      tile_y)
{
  view->zoom = zoom;
  view->x = (double) tile_x * GR_TILE_SIZE;
  view->y = (double) tile_y * GR_TILE_SIZE;
  view->width = GR_TILE_SIZE;
  view->height = GR_TILE_SIZE;
}

void
gr_map_view_init_centered (GrMapView *view,
                           double     zoom,
                           double     center_lon,
                           double     center_lat,
                           double     width,
                           double     height)
{
  double cx, cy;

  gr_mercator_project (zoom, center_lon, center_lat, &cx, &cy);
  view->zoom = zoom;
  view->x = cx - width / 2.0;
  view->y = cy - height / 2.0;
  view->width = width;
  view->height = height;
}

void
gr_map_view_to_device (const GrMapView *view,
                       double           lon,
                       double           lat,
                       double          *x,
                       double          *y)
{
  gr_mercator_project (view->zoom, lon, lat, x, y);
  *x -= view->x;
  *y -= view->y;
}

void
gr_map_view_from_device (const GrMapView *view,
                         double           x,
                         double           y,
                         double          *lon,
                         double          *lat)
{
  gr_mercator_unproject (view->zoom, x + view->x, y + view->y, lon, lat);
}

void
gr_map_view_get_bounds (const GrMapView *view,
                        double          *min_lon,
                        double          *min_lat,
                        double          *max_lon,
                        double          *max_lat)
{
  gr_map_view_from_device (view, 0, view->height, min_lon, min_lat);
  gr_map_view_from_device (view, view->width, 0, max_lon, max_lat);
}
