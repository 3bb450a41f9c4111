/* gr-geodata.h — the bundled Natural Earth layers, parsed and indexed
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define GR_GEODATA_ERROR (gr_geodata_error_quark ())

typedef enum
{
  GR_GEODATA_ERROR_MISSING,
  GR_GEODATA_ERROR_INVALID,
} GrGeodataError;

typedef struct
{
  double lon;
  double lat;
} GrLonLat;

typedef struct
{
  double min_lon;
  double min_lat;
  double max_lon;
  double max_lat;
} GrBounds;

typedef enum
{
  GR_GEOM_POINT,
  GR_GEOM_LINE,
  GR_GEOM_POLYGON,
} GrGeomKind;

/* One ring of a polygon (outer rings and holes alike: fill even-odd) or one
 * line string; a slice of the feature's points. */
typedef struct
{
  guint start;
  guint n_points;
} GrGeoPart;

typedef struct
{
  GrGeomKind kind;
  char *name;       /* display name, or NULL */
  char *name_uk;    /* Ukrainian name where the layer has one, or NULL */
  char *code;       /* iso_n3, ISO 3166-2 or ISO alpha-3, by layer; or NULL */
  int rank;         /* Natural Earth scalerank; 0 when the layer has none */
  double value;     /* pop_max for places, depth in metres for bathymetry */
  GrLonLat label;   /* label point where the layer has one, else NAN */
  GrBounds bounds;
  GrLonLat *points;
  guint n_points;
  GrGeoPart *parts;
  guint n_parts;
} GrGeoFeature;

typedef struct
{
  char *name;
  GrBounds bounds;
  GrGeoFeature *features;
  guint n_features;
} GrGeoLayer;

/* Every layer the map and the model use; immutable once loaded, so it may be
 * shared between threads. */
typedef struct
{
  GrGeoLayer *countries;       /* 1:10m country polygons */
  GrGeoLayer *countries_50m;   /* 1:50m, for small zooms */
  GrGeoLayer *borders;         /* land borders, one line per country pair */
  GrGeoLayer *borders_50m;
  GrGeoLayer *coastline;
  GrGeoLayer *coastline_50m;
  GrGeoLayer *admin1;          /* Ukraine's oblasts, Crimea, Kyiv, Sevastopol */
  GrGeoLayer *places;          /* populated places, largest first */
  GrGeoLayer *rivers;
  GrGeoLayer *lakes;
  GrGeoLayer *seas;
  GrGeoLayer *bathymetry;      /* nested depth bands, shallow first */
} GrGeodata;

GQuark              gr_geodata_error_quark    (void);

GrGeodata          *gr_geodata_load           (GError       **error);
GrGeodata          *gr_geodata_load_shared    (GError       **error);
GrGeodata          *gr_geodata_ref            (GrGeodata     *self);
void                gr_geodata_unref          (GrGeodata     *self);
const GrGeoFeature *gr_geodata_find_country   (const GrGeodata *self,
                                               const char      *iso_n3);

#define GR_ISO_N3_UKRAINE "804"

GrGeoLayer         *gr_geo_layer_parse        (GBytes        *bytes,
                                               const char    *name,
                                               GError       **error);
void                gr_geo_layer_free         (GrGeoLayer    *layer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrGeodata, gr_geodata_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrGeoLayer, gr_geo_layer_free)

G_END_DECLS
