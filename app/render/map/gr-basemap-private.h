/* gr-basemap-private.h — the base map's projected shapes, styles and labels, shared by its parts
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "gr-basemap.h"
#include "gr-thread.h"

G_BEGIN_DECLS

/* Zoom levels whose label sets are placed when the painter is created; a
 * view at a fractional zoom uses the set of the level below it (distances
 * only grow, so no two labels can overlap), deeper views the last set. */
#define GR_BASEMAP_MAX_LABEL_ZOOM 14

/* A box in normalised Web Mercator coordinates: the world is [0,1]², so a
 * point's world pixel at zoom z is its coordinate times 256·2^z. */
typedef struct
{
  double x0;
  double y0;
  double x1;
  double y1;
} GrBmBox;

/* One ring or line string: a slice of its shape's coordinates. */
typedef struct
{
  guint start;
  guint n_points;
  GrBmBox box;
} GrBmPart;

typedef enum
{
  GR_BM_SHAPE_UKRAINE = 1 << 0,   /* Ukraine itself, or a border of Ukraine */
} GrBmShapeFlags;

typedef struct
{
  const GrGeoFeature *feature;    /* name, rank and value; may be NULL */
  GrBmShapeFlags flags;
  GrBmBox box;
  double *xy;                     /* x0 y0 x1 y1 …, normalised */
  guint n_points;
  GrBmPart *parts;
  guint n_parts;
} GrBmShape;

typedef struct
{
  GrBmShape *shapes;
  guint n_shapes;
} GrBmLayer;

typedef enum
{
  GR_BM_LABEL_CAPITAL,
  GR_BM_LABEL_CITY,
  GR_BM_LABEL_TOWN,
  GR_BM_LABEL_FOREIGN_CITY,
  GR_BM_LABEL_COUNTRY,
  GR_BM_LABEL_SUBJECT_COUNTRY,    /* Ukraine's name */
  GR_BM_LABEL_SEA,
  GR_BM_LABEL_OBLAST,
  GR_BM_LABEL_RIVER,              /* along its river, rotated */
  GR_BM_N_LABEL_KINDS,
} GrBmLabelKind;

#define GR_BM_MAX_ANCHORS 3

/* A point a label may hang on, normalised, and the text's direction there
 * in radians (0 is level). */
typedef struct
{
  double x;
  double y;
  double angle;
} GrBmAnchor;

/* Something that may be named on the map, measured once.  It is placed at
 * the first of its anchors where it fits. */
typedef struct
{
  GrBmLabelKind kind;
  char *text;
  GrBmAnchor anchors[GR_BM_MAX_ANCHORS];
  guint n_anchors;
  gboolean has_dot;               /* a place: dot at the anchor, text beside */
  const GrBmShape *shape;         /* the area it names (a country, a sea), or NULL */
  gboolean ukrainian;             /* in Ukraine: darker dot and text */
  double min_zoom;
  double max_zoom;
  double priority;                /* lower is placed first */
  double width;                   /* ink box of the text at scale 1, px */
  double height;                  /* (both measured once a zoom needs them) */
  gboolean measured;
} GrBmCandidate;

/* One placed label: a candidate and the box its text (turned by the
 * candidate's angle) occupies, relative to the anchor, in pixels. */
typedef struct
{
  const GrBmCandidate *candidate;
  guint anchor;
  double dx;
  double dy;
  double width;
  double height;
} GrBmLabel;

typedef struct
{
  GrBmLabel *labels;
  guint n_labels;
} GrBmLabelSet;

struct _GrBasemap
{
  gatomicrefcount ref_count;
  GrGeodata *geodata;

  /* The 1:10m layers (countries, borders, coastline) serve zoom 6 and
   * more: made the first time such a zoom is drawn (detail_ready). */
  gsize detail_ready;
  GrBmLayer countries;
  GrBmLayer countries_50m;
  GrBmLayer borders;
  GrBmLayer borders_50m;
  GrBmLayer coastline;
  GrBmLayer coastline_50m;
  GrBmLayer admin1_lines;         /* boundaries between two units only */
  GrBmLayer rivers;
  GrBmLayer lakes;
  GrBmLayer bathymetry;
  GrBmLayer seas;
  GrBmBox data_box;               /* where the bundled layers have data */

  /* The labels are measured and placed for a zoom the first time it is
   * drawn (an export needs one of the fifteen), under labels_lock: tiles
   * are drawn in several threads at once. */
  GMutex labels_lock;
  /* The candidates are gathered on their own thread while the painter is
   * put to use (finding a point inside each country is slow); the first
   * use of the labels joins it. */
  GrThread *candidates_thread;
  gboolean ukrainian;
  GrBmCandidate *candidates;
  guint n_candidates;
  GrBmLabelSet label_sets[GR_BASEMAP_MAX_LABEL_ZOOM + 1];
  guint32 label_sets_placed;      /* a bit per zoom */
};

typedef struct
{
  double r, g, b, a;
} GrBmColor;

typedef struct
{
  GrBmColor sea;
  GrBmColor depth[3];             /* 200, 1000, 2000 m */
  GrBmColor land;
  GrBmColor ukraine;
  GrBmColor lake;
  GrBmColor river;
  GrBmColor coast;
  GrBmColor admin1;
  GrBmColor border;
  GrBmColor border_ukraine;
  GrBmColor border_ukraine_casing;
  GrBmColor dot;
  GrBmColor dot_ukraine;
  GrBmColor halo;
  GrBmColor outside;               /* beyond the bundled data's box */
  GrBmColor text[GR_BM_N_LABEL_KINDS];
} GrBmStyle;

/* Geometry (gr-basemap-geom.c) */
void     gr_bm_project              (const GrLonLat     *p,
                                     double             *x,
                                     double             *y);
void     gr_bm_layer_init_from_geo  (GrBmLayer          *layer,
                                     const GrGeoLayer   *geo,
                                     guint               max_line_points);
void     gr_bm_layer_clear          (GrBmLayer          *layer);
void     gr_bm_shape_init_lines     (GrBmShape          *shape,
                                     GArray             *xy,
                                     GArray             *parts);
/* The drawing context of one view: its world scale and the clip box that
 * paths are cut to (the view plus a margin), in device pixels. */
typedef struct
{
  double world;                   /* world size in pixels at this zoom */
  double ox;                      /* view origin in world pixels */
  double oy;
  GrBmBox clip;                   /* device pixels */
  GrBmBox world_clip;             /* the same, normalised */
  double tolerance;               /* simplification tolerance, px */
} GrBmFrame;

void     gr_bm_frame_init           (GrBmFrame          *frame,
                                     const GrMapView    *view,
                                     double              margin);
gboolean gr_bm_box_intersects       (const GrBmBox      *a,
                                     const GrBmBox      *b);
/* Appends the shape's polygons (all rings, fill even-odd) cut to the frame. */
void     gr_bm_path_polygon         (cairo_t            *cr,
                                     const GrBmFrame    *frame,
                                     const GrBmShape    *shape);
void     gr_bm_path_lines           (cairo_t            *cr,
                                     const GrBmFrame    *frame,
                                     const GrBmShape    *shape);
/* Whether the normalised point lies inside the polygon (even-odd). */
gboolean gr_bm_shape_contains       (const GrBmShape    *shape,
                                     double              x,
                                     double              y);
/* A point well inside a polygon (far from its edges), normalised. */
void     gr_bm_shape_interior_point (const GrBmShape    *shape,
                                     double             *x,
                                     double             *y);

/* Labels (gr-basemap-labels.c): chosen, measured and placed per zoom */

/* Space kept between two names, and the halo drawn around a name's
 * letters, at scale 1, in pixels. */
#define GR_BM_LABEL_PAD 2.0
#define GR_BM_HALO_WIDTH 3.0

void     gr_bm_labels_init          (GrBasemap          *self);
void     gr_bm_labels_clear         (GrBasemap          *self);
/* The placed labels for a view; a fresh set in @scratch when the symbols
 * are scaled (an export with large type), whose labels the caller frees.
 * Once returned, a set and the candidates it names no longer change. */
const GrBmLabelSet *gr_bm_labels_get_set (GrBasemap       *self,
                                          const GrMapView *view,
                                          double           scale,
                                          GrBmLabelSet    *scratch);
/* The radius of a place's dot at scale 1, in pixels. */
double   gr_bm_label_dot_radius     (const GrBmCandidate *c);
/* Where a place's name may sit around its dot, relative to the anchor, in
 * the order tried; returns how many (at most 6). */
guint    gr_bm_label_dot_offsets    (const GrBmCandidate *c,
                                     double               scale,
                                     double               offsets[][2]);
/* The bounding box of a name turned along its line at @an, relative to
 * the anchor. */
void     gr_bm_label_turned_box     (const GrBmCandidate *c,
                                     const GrBmAnchor    *an,
                                     double               scale,
                                     double              *dx,
                                     double              *dy,
                                     double              *width,
                                     double              *height);
/* Unhinted text, the same at every scale and on every thread. */
PangoContext *gr_bm_label_create_context (PangoFontMap        *font_map);
PangoLayout  *gr_bm_label_create_layout  (PangoContext        *context,
                                          const GrBmCandidate *c,
                                          double               scale);
/* The text box: logical extents relative to the layout origin. */
void     gr_bm_label_layout_box     (PangoLayout        *layout,
                                     double             *x,
                                     double             *y,
                                     double             *width,
                                     double             *height);

/* Names (gr-basemap-names.c): the placed labels drawn into one view */
void     gr_bm_labels_draw          (GrBasemap          *self,
                                     cairo_t            *cr,
                                     const GrBmFrame    *frame,
                                     const GrMapView    *view,
                                     const GrBmStyle    *style,
                                     double              scale,
                                     GrBasemapLayers     layers,
                                     gboolean            framed,
                                     const GArray       *avoid,
                                     const GArray       *clear,
                                     const GArray       *leaders,
                                     GArray             *drawn);

static inline void
gr_bm_set_color (cairo_t         *cr,
                 const GrBmColor *c)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, c->a);
}

G_END_DECLS
