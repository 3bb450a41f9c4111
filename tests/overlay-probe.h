/* overlay-probe.h — drawing the overlay painters onto an image and reading its pixels, for tests
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <math.h>

#include "gr-overlay.h"
#include "render-fixture.h"

static inline cairo_surface_t *
paint (const GrMapView      *view,
       const GrScenario     *s,
       const GrOverlayStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) view->width,
                                                         (int) view->height);
  cairo_t *cr = cairo_create (surface);

  gr_overlay_draw_all (cr, view, s, NULL, style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Premultiplied ARGB32 of pixel (x, y). */
static inline guint32
pixel (cairo_surface_t *surface,
       double           x,
       double           y)
{
  int ix = (int) floor (x), iy = (int) floor (y);
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (iy, <, cairo_image_surface_get_height (surface));
  return *(guint32 *) (data + iy * stride + ix * 4);
}

static inline guint
alpha_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  return pixel (surface, x, y) >> 24;
}

/* Web Mercator by hand (not through gr-mercator): x = (λ + 180)/360 · W,
 * y = (1 − asinh(tan φ)/π)/2 · W with W = 256 · 2^zoom. */
static inline void
project_by_hand (double  zoom,
                 double  lon,
                 double  lat,
                 double *x,
                 double *y)
{
  double world = 256.0 * pow (2.0, zoom);

  *x = (lon + 180.0) / 360.0 * world;
  *y = (1.0 - asinh (tan (lat * G_PI / 180.0)) / G_PI) / 2.0 * world;
}

static inline GrScenario *
one_battery (double lon,
             double lat)
{
  GrScenario *s = gr_scenario_new ();

  fixture_add_system (s, "patriot", "Patriot", 100, 0, 10);
  fixture_add_battery (s, "b1", "patriot", lon, lat);
  return s;
}
