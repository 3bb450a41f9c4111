/* gr-basemap.h — the offline base map: sea, land, water, borders, places, drawn with cairo
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One painter for every surface: a 256 px tile for the on-screen map, a whole
 * page for a PNG/PDF/SVG export.  The result depends only on the view (zoom
 * and world-pixel rectangle), never on how the world is cut into tiles, so
 * neighbouring tiles join without seams and labels are never cut at tile
 * edges.
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "gr-geodata.h"
#include "gr-mercator.h"

G_BEGIN_DECLS

typedef enum
{
  GR_BASEMAP_STYLE_LIGHT,
  GR_BASEMAP_STYLE_DARK,
  GR_BASEMAP_STYLE_HIGH_CONTRAST,
} GrBasemapStyle;

typedef enum
{
  GR_BASEMAP_LAYER_NONE       = 0,
  GR_BASEMAP_LAYER_BATHYMETRY = 1 << 0,
  GR_BASEMAP_LAYER_WATER      = 1 << 1,  /* lakes, reservoirs and rivers */
  GR_BASEMAP_LAYER_ADMIN1     = 1 << 2,  /* Ukraine's oblast boundaries */
  GR_BASEMAP_LAYER_PLACES     = 1 << 3,  /* city dots */
  GR_BASEMAP_LAYER_LABELS     = 1 << 4,  /* sea, country, oblast and river names */
  GR_BASEMAP_LAYER_PLACE_NAMES = 1 << 5, /* city and town names */
  GR_BASEMAP_LAYER_ALL        = 0x3f,
} GrBasemapLayers;

/* How to draw; zero-initialised fields mean the defaults (light, all
 * layers, scale 1, a piece of a larger picture).  `scale` multiplies line
 * widths, dot sizes and type, e.g. 2 for a HiDPI tile drawn at 512 device
 * pixels for a 256 px view.  `framed` says the view's edges are the
 * picture's (an export, a page, the names over a whole map widget), not a
 * tile's: every name then lies wholly inside the view, moved inward along
 * what it names (another side of a city's dot, another point of a river,
 * further into a country) or left out, never cut by the edge. */
typedef struct
{
  GrBasemapStyle style;
  GrBasemapLayers layers;   /* GR_BASEMAP_LAYER_NONE means ALL */
  double scale;             /* 0 means 1 */
  gboolean framed;
} GrBasemapOptions;

/* Immutable after creation; drawing is thread-safe. */
typedef struct _GrBasemap GrBasemap;

#define GR_TYPE_BASEMAP (gr_basemap_get_type ())
GType      gr_basemap_get_type  (void) G_GNUC_CONST;

GrBasemap *gr_basemap_new       (GrGeodata              *geodata);
GrBasemap *gr_basemap_ref       (GrBasemap              *self);
void       gr_basemap_unref     (GrBasemap              *self);

/* Draws the view into cr, device rect (0,0,view->width,view->height). */
void       gr_basemap_draw      (GrBasemap              *self,
                                 cairo_t                *cr,
                                 const GrMapView        *view);
/* Only the names options->layers asks for (LABELS, PLACE_NAMES), where a
 * full drawing of the view puts them, over what cr holds: the map's
 * instruments are drawn between the rest of the base map and the place
 * names, so that no symbol hides a city's name.  Boxes are
 * cairo_rectangle_t in the view's device units, and may be NULL.  A place
 * name whose box meets one of @avoid (the instruments' own text), of
 * @clear (their symbols) or of @leaders (their leader lines,
 * GrOverlaySegment) moves to a free place near its dot, or is left out.
 * @drawn, unless NULL, gets the boxes of the place names drawn. */
void       gr_basemap_draw_names (GrBasemap             *self,
                                  cairo_t               *cr,
                                  const GrMapView       *view,
                                  const GrBasemapOptions *options,
                                  const GArray          *avoid,
                                  const GArray          *clear,
                                  const GArray          *leaders,
                                  GArray                *drawn);
void       gr_basemap_draw_full (GrBasemap              *self,
                                 cairo_t                *cr,
                                 const GrMapView        *view,
                                 const GrBasemapOptions *options);

/* The sea colour of a style: what a renderer paints where there is no tile. */
void       gr_basemap_get_sea_color (GrBasemapStyle style,
                                     double        *r,
                                     double        *g,
                                     double        *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrBasemap, gr_basemap_unref)

G_END_DECLS
