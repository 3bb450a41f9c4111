/* gr-overlay.h — GTK-free painters for the scenario's instruments over the base map
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each painter draws one concern (air defence, air-patrol zones, the
 * stabilisation force, the Black Sea) for one GrMapView into a cairo context
 * whose origin is the view's top-left corner.  The same painters serve the
 * on-screen map layers (one view per widget) and the map export, so what is
 * exported is what is shown.  Symbols keep a constant screen size (growing a
 * little with the zoom); areas and rings are geodesic.
 *
 * In a ShumateLayer's snapshot: take the viewport's zoom level and centre,
 * gr_map_view_init_centered (&view, zoom, lon, lat, widget width, height)
 * (libshumate's 256 px Web Mercator is ours; rotation must be 0), then call
 * the layer's painter on gtk_snapshot_append_cairo()'s context, and
 * gr_overlay_hit_test() with the same view and style from a GtkGestureClick
 * or GtkGestureDrag on the map.
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "gr-mercator.h"
#include "gr-metrics.h"
#include "gr-scenario-edit.h"
#include "gr-scenario.h"

G_BEGIN_DECLS

/* Which layers are visible: a bitmask the GUI's layer toggles, the legend
 * and the export share. */
typedef enum
{
  GR_OVERLAY_AIR_DEFENSE  = 1 << 0,
  GR_OVERLAY_PATROL_ZONES = 1 << 1,
  GR_OVERLAY_FORCE        = 1 << 2,
  GR_OVERLAY_MARITIME     = 1 << 3,
  GR_OVERLAY_ALL          = 0xf
} GrOverlayLayers;

/* What a click landed on (and what may be selected). */
typedef struct
{
  GrEditItemKind kind;
  guint index;
  guint vertex;        /* for ZONE_VERTEX and ROUTE_POINT, else 0 */
  const char *id;      /* the item's id in the scenario (borrowed), or NULL */
} GrOverlayHit;

/* Rings drawn around each battery: the nominal missile range (against
 * aircraft at altitude) and the effective radius per threat class (limited
 * by the radar horizon for low fliers). */
typedef enum
{
  GR_OVERLAY_RING_NOMINAL   = 1 << 0,
  GR_OVERLAY_RING_DRONE     = 1 << (1 + GR_THREAT_DRONE),
  GR_OVERLAY_RING_CRUISE    = 1 << (1 + GR_THREAT_CRUISE),
  GR_OVERLAY_RING_BALLISTIC = 1 << (1 + GR_THREAT_BALLISTIC),
} GrOverlayRings;

typedef struct
{
  GrOverlayLayers layers;   /* visible layers (painters called directly draw anyway) */
  GrOverlayRings rings;     /* which battery rings to draw */
  double symbol_scale;      /* 1 on screen; > 1 for presentation mode */
  GrOverlayHit selected;    /* highlighted item; kind NONE for none */
  gboolean show_labels;     /* names of zones, routes, deployments */
  gboolean dark;            /* over a dark base map: text on dark halos */
} GrOverlayStyle;

void     gr_overlay_style_init          (GrOverlayStyle   *style);

void     gr_overlay_air_defense_draw    (cairo_t          *cr,
                                         const GrMapView  *view,
                                         const GrScenario *s,
                                         const GrMetrics  *m,
                                         const GrOverlayStyle *style);
void     gr_overlay_patrol_zones_draw   (cairo_t          *cr,
                                         const GrMapView  *view,
                                         const GrScenario *s,
                                         const GrMetrics  *m,
                                         const GrOverlayStyle *style);
void     gr_overlay_force_draw          (cairo_t          *cr,
                                         const GrMapView  *view,
                                         const GrScenario *s,
                                         const GrMetrics  *m,
                                         const GrOverlayStyle *style);
void     gr_overlay_maritime_draw       (cairo_t          *cr,
                                         const GrMapView  *view,
                                         const GrScenario *s,
                                         const GrMetrics  *m,
                                         const GrOverlayStyle *style);
/* All visible layers in their stacking order (areas under lines under
 * symbols): patrol zones, air defence, maritime, force. */
void     gr_overlay_draw_all            (cairo_t          *cr,
                                         const GrMapView  *view,
                                         const GrScenario *s,
                                         const GrMetrics  *m,
                                         const GrOverlayStyle *style);

/* A leader line from a displaced symbol to its true position, in device
 * units of the view. */
typedef struct
{
  double x0, y0, x1, y1;
} GrOverlaySegment;

/* Whether the segment passes through the inside of the box (touching its
 * edge does not count). */
gboolean gr_overlay_segment_meets_box   (const GrOverlaySegment  *segment,
                                         const cairo_rectangle_t *box);

/* A compared scenario's instruments of the visible layers as dashed,
 * unfilled outlines (batteries with their nominal range, zones,
 * deployments, routes), drawn over gr_overlay_draw_all() of the other. */
void     gr_overlay_ghost_draw          (cairo_t          *cr,
                                         const GrMapView  *view,
                                         const GrScenario *s,
                                         const GrOverlayStyle *style);

/* gr_overlay_draw_all(), noting as it draws the boxes that
 * gr_overlay_text_boxes() returns, in device units of @cr as it is when
 * called (that of the view when it draws the view at the origin): new
 * arrays in @texts and, unless NULL, @symbols and @leaders
 * (GrOverlaySegment). */
void     gr_overlay_draw_all_with_boxes (cairo_t          *cr,
                                         const GrMapView  *view,
                                         const GrScenario *s,
                                         const GrMetrics  *m,
                                         const GrOverlayStyle *style,
                                         GArray          **texts,
                                         GArray          **symbols,
                                         GArray          **leaders);

/* The boxes (cairo_rectangle_t, device units of the view) of every text
 * gr_overlay_draw_all() draws for the view: names, counts, partner tabs;
 * and, if @symbols is not NULL, a new array there of its symbols' boxes
 * (batteries, units, ports, bases), and if @leaders is not NULL, one of
 * its leader lines (GrOverlaySegment).  The base map's place names, drawn
 * over the instruments, keep clear of all three.  Free with
 * g_array_unref(). */
GArray  *gr_overlay_text_boxes          (const GrMapView  *view,
                                         const GrScenario *s,
                                         const GrMetrics  *m,
                                         const GrOverlayStyle *style,
                                         GArray          **symbols,
                                         GArray          **leaders);

/* The topmost item of the visible layers at device point (x, y) of the view;
 * vertices and symbols win over areas.  Returns FALSE (and kind NONE) when
 * there is none. */
gboolean gr_overlay_hit_test            (const GrMapView  *view,
                                         const GrScenario *s,
                                         const GrOverlayStyle *style,
                                         double            x,
                                         double            y,
                                         GrOverlayHit     *hit);

G_END_DECLS
