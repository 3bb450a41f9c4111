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
  GBytes *pack;     /* where the features' points and names lie (a
                     * layer read from the packed form), or NULL: they
                     * are the layer's own */
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

#define GR_GEODATA_N_LAYERS 12

/* Bits for GrGeodata's members, in their order. */
typedef enum
{
  GR_GEODATA_COUNTRIES = 1 << 0,
  GR_GEODATA_COUNTRIES_50M = 1 << 1,
  GR_GEODATA_BORDERS = 1 << 2,
  GR_GEODATA_BORDERS_50M = 1 << 3,
  GR_GEODATA_COASTLINE = 1 << 4,
  GR_GEODATA_COASTLINE_50M = 1 << 5,
  GR_GEODATA_ADMIN1 = 1 << 6,
  GR_GEODATA_PLACES = 1 << 7,
  GR_GEODATA_RIVERS = 1 << 8,
  GR_GEODATA_LAKES = 1 << 9,
  GR_GEODATA_SEAS = 1 << 10,
  GR_GEODATA_BATHYMETRY = 1 << 11,
  GR_GEODATA_LAYERS_ALL = (1 << GR_GEODATA_N_LAYERS) - 1,
} GrGeodataLayers;

GQuark              gr_geodata_error_quark    (void);

/* The name of member @layer of GrGeodata (as in data/geo/<name>.geojson). */
const char         *gr_geodata_layer_name     (guint          layer);

/* A copy of its own with every layer. */
GrGeodata          *gr_geodata_load           (GError       **error);
GrGeodata          *gr_geodata_load_shared    (GError       **error);
GrGeodata          *gr_geodata_load_shared_layers (GrGeodataLayers layers,
                                                   GError        **error);
GrGeodata          *gr_geodata_ref            (GrGeodata     *self);
void                gr_geodata_unref          (GrGeodata     *self);
const GrGeoFeature *gr_geodata_find_country   (const GrGeodata *self,
                                               const char      *iso_n3);

#define GR_ISO_N3_UKRAINE "804"

GrGeoLayer         *gr_geo_layer_parse        (GBytes        *bytes,
                                               const char    *name,
                                               GError       **error);
void                gr_geo_layer_free         (GrGeoLayer    *layer);
/* The first feature of @layer whose code is @code, or NULL. */
const GrGeoFeature *gr_geo_layer_find         (const GrGeoLayer *layer,
                                               const char       *code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrGeodata, gr_geodata_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrGeoLayer, gr_geo_layer_free)

G_END_DECLS
