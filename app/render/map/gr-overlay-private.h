/* gr-overlay-private.h — helpers the overlay painters, hit-testing and legend share
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "gr-geodesy.h"
#include "gr-overlay.h"
#include "gr-palette.h"

G_BEGIN_DECLS

/* Colours by meaning (Okabe–Ito), each paired with a shape or pattern. */
#define GR_OVERLAY_RGB_AIR_DEFENSE  GR_RGB_BLUE
#define GR_OVERLAY_RGB_PATROL       GR_RGB_REDDISH_PURPLE
#define GR_OVERLAY_RGB_WARNING      GR_RGB_VERMILLION
#define GR_OVERLAY_RGB_MARITIME     GR_RGB_BLUISH_GREEN
#define GR_OVERLAY_RGB_ROUTE        ((GrRgb) { 0.10, 0.10, 0.12 })
#define GR_OVERLAY_RGB_SELECTION    GR_RGB_ORANGE
#define GR_OVERLAY_RGB_INK          ((GrRgb) { 0.08, 0.08, 0.10 })
#define GR_OVERLAY_RGB_HALO         ((GrRgb) { 1.0, 1.0, 1.0 })
#define GR_OVERLAY_RGB_DARK_HALO    ((GrRgb) { 0.11, 0.11, 0.13 })
#define GR_OVERLAY_RGB_DARK_INK     ((GrRgb) { 0.93, 0.93, 0.95 })
/* APP-6 affiliation colours: friend frame fill ("crystal blue"). */
#define GR_OVERLAY_RGB_FRIEND       ((GrRgb) { 0.502, 0.878, 1.000 })

/* Adds a closed geodesic circle (a projected polygon of points at
 * radius_km around center) to the current path, as a new subpath. */
void     gr_overlay_circle_path      (cairo_t          *cr,
                                      const GrMapView  *view,
                                      GrLonLat          center,
                                      double            radius_km);
/* The same circle's vertices, appended to points (doubles, x, y pairs in
 * device units) starting due north and turning clockwise; returns how
 * many vertices. */
guint    gr_overlay_circle_points    (const GrMapView  *view,
                                      GrLonLat          center,
                                      double            radius_km,
                                      GArray           *points);
/* Adds n device points (x, y pairs) as a new subpath, closed or open. */
void     gr_overlay_points_path      (cairo_t          *cr,
                                      const double     *xy,
                                      guint             n,
                                      gboolean          closed);
/* Whether a geodesic circle can touch the view (with a margin in px). */
gboolean gr_overlay_circle_visible   (const GrMapView  *view,
                                      GrLonLat          center,
                                      double            radius_km,
                                      double            margin);

/* Adds a polygon (GrLonLat array, not closed) as a closed subpath. */
void     gr_overlay_polygon_path     (cairo_t          *cr,
                                      const GrMapView  *view,
                                      const GArray     *polygon);

/* Adds a route (two points or more) as an open subpath, great circle by
 * leg, as the maritime painter draws it. */
void     gr_overlay_route_path       (cairo_t          *cr,
                                      const GrMapView  *view,
                                      const GrRoute    *route);

/* Even-odd test of device point (x, y) against the projected polygon. */
gboolean gr_overlay_point_in_polygon (const GrMapView  *view,
                                      const GArray     *polygon,
                                      double            x,
                                      double            y);

/* Where the segment from (x0, y0) to (x1, y1) first crosses the projected
 * polygon's outline, in (*ix, *iy); FALSE when it does not, or only at its
 * very start (the start is on the outline). */
gboolean gr_overlay_first_crossing   (const GrMapView  *view,
                                      const GArray     *polygon,
                                      double            x0,
                                      double            y0,
                                      double            x1,
                                      double            y1,
                                      double           *ix,
                                      double           *iy);

/* Symbol scale for the view's zoom: constant on screen, a little larger
 * at large zooms, times the style's symbol_scale. */
double   gr_overlay_symbol_scale     (const GrMapView  *view,
                                      const GrOverlayStyle *style);

const GrOverlayStyle *gr_overlay_style_or_default (const GrOverlayStyle *style);
/* gr_overlay_style_or_default(), and tells the text @cr draws whether the
 * map under it is dark (style->dark): a painter calls it first. */
const GrOverlayStyle *gr_overlay_begin            (cairo_t              *cr,
                                                   const GrOverlayStyle *style);

gboolean gr_overlay_is_selected      (const GrOverlayStyle *style,
                                      GrEditItemKind kind,
                                      guint             index);

/* Text with a white halo, anchored at (x, y): xalign/yalign 0 = left/top,
 * 0.5 = centre, 1 = right/bottom.  size_pt is in device units at scale 1. */
void     gr_overlay_text             (cairo_t          *cr,
                                      const char       *text,
                                      double            x,
                                      double            y,
                                      double            xalign,
                                      double            yalign,
                                      double            size,
                                      gboolean          bold,
                                      GrRgb             ink);
/* The same on a translucent white box, for text that must stay legible
 * over the base map's own labels. */
/* Whether the drawing under way is gr_overlay_text_boxes()'s, which only
 * notes boxes: a painter may then skip ink that notes none (areas, rings,
 * the symbols' shapes), as long as it notes the same boxes. */
gboolean gr_overlay_noting_only      (void);
/* Notes a symbol's box (user units) for gr_overlay_text_boxes(). */
void     gr_overlay_log_symbol       (cairo_t          *cr,
                                     double            x,
                                     double            y,
                                     double            width,
                                     double            height);
void     gr_overlay_symbol_text      (cairo_t          *cr,
                                     const char       *text,
                                     double            x,
                                     double            y,
                                     double            size,
                                     GrRgb             ink);
void     gr_overlay_text_boxed       (cairo_t          *cr,
                                      const char       *text,
                                      double            x,
                                      double            y,
                                      double            xalign,
                                      double            yalign,
                                      double            size,
                                      gboolean          bold,
                                      GrRgb             ink);
void     gr_overlay_text_size        (cairo_t          *cr,
                                      const char       *text,
                                      double            size,
                                      gboolean          bold,
                                      double           *width,
                                      double           *height);

/* Radius of a battery's ring: the missile's nominal range, or its effective
 * radius against a threat class (gr_air_defense_radius_km: limited by the
 * radar horizon for low fliers).  ring is one GrOverlayRings bit.  Returns
 * 0 when the system cannot engage. */
double   gr_overlay_ring_radius_km   (const GrScenario *s,
                                      const GrAirDefenseSystem *sys,
                                      GrOverlayRings    ring);

/* The metrics of air-patrol zone i, or NULL when there are none. */
const GrPatrolZoneMetrics *gr_overlay_zone_metrics (const GrMetrics *m,
                                                    guint            zone);

/* A symbol's place after de-cluttering: drawn at (x, y), standing for the
 * true position (ax, ay) of item index. */
typedef struct
{
  double x, y;
  double ax, ay;
  guint index;
} GrOverlaySpot;

/* The battery symbols, fanned out on a small circle where they would
 * overlap (several batteries defending one city). */
GArray  *gr_overlay_battery_layout   (const GrMapView  *view,
                                      const GrScenario *s,
                                      const GrOverlayStyle *style);
/* A thin leader line from a true position to a displaced symbol, with a dot
 * at the true position; (x, y) is the symbol's nearest edge point.  With
 * clear > 0 the line starts that far from the true position, without the
 * dot (another symbol marks the place). */
void     gr_overlay_draw_leader      (cairo_t          *cr,
                                      double            ax,
                                      double            ay,
                                      double            x,
                                      double            y,
                                      double            clear,
                                      double            k);
/* Ports (the ends of every route) in device units, as x, y pairs. */
GArray  *gr_overlay_port_positions   (const GrMapView  *view,
                                      const GrScenario *s);

/* The force symbols after de-cluttering, shared by the painter and the
 * hit-test so that a click lands on what is drawn. */
typedef struct
{
  double x, y;           /* symbol centre, device units */
  double ax, ay;         /* the deployment's true position (leader line) */
  guint first;           /* deployments[first] is the group's largest */
  guint n_members;       /* > 1: a stacked symbol for several deployments */
  guint *members;        /* indices into force.deployments */
  double troops;
  double anchor_clear;   /* > 0: the true position is under or among other
                          * layers' symbols; the leader starts this far
                          * from it, past them */
} GrForceSymbol;

/* How far along @segment, from its start, it leaves @box; -1 if it does
 * not pass through it.  A leader that starts under a crowd of symbols
 * starts that far out instead (the anchor_clear of GrForceSymbol). */
double   gr_overlay_segment_exit     (const GrOverlaySegment  *segment,
                                      const cairo_rectangle_t *box);

GArray  *gr_overlay_force_layout     (const GrMapView  *view,
                                      const GrScenario *s,
                                      const GrOverlayStyle *style);
/* The frame's half width and half height for a symbol at scale k. */
void     gr_overlay_force_frame_size (double            k,
                                      double           *half_w,
                                      double           *half_h);
/* The room gr_overlay_force_layout() keeps for a unit at (x, y): frame,
 * echelon, nation code and troop count. */
void     gr_overlay_force_footprint  (double             x,
                                      double             y,
                                      double             k,
                                      cairo_rectangle_t *box);

/* Symbols, shared with the legend.  (x, y) is the symbol's centre, k its
 * scale (gr_overlay_symbol_scale). */
typedef enum
{
  GR_BATTERY_SHAPE_SQUARE,     /* Patriot: P */
  GR_BATTERY_SHAPE_CIRCLE,     /* IRIS-T SLM: I */
  GR_BATTERY_SHAPE_DIAMOND,    /* NASAMS: N */
  GR_BATTERY_SHAPE_TRIANGLE,   /* SAMP/T: S */
  GR_BATTERY_SHAPE_HEXAGON,    /* any other system: its initial */
} GrBatteryShape;

GrBatteryShape gr_overlay_battery_shape (const char *system_id,
                                         char       *letter);
void     gr_overlay_draw_battery     (cairo_t          *cr,
                                      double            x,
                                      double            y,
                                      double            k,
                                      const char       *system_id,
                                      gboolean          selected);
/* Half size of a battery symbol at scale k, for hit-testing. */
double   gr_overlay_battery_radius   (double            k);
/* The room a battery's symbol takes around its centre, its outline and a
 * margin included: what other symbols keep off. */
double   gr_overlay_battery_room     (double            k);

void     gr_overlay_draw_anchor      (cairo_t          *cr,
                                      double            x,
                                      double            y,
                                      double            k,
                                      GrRgb             ink);
void     gr_overlay_draw_air_base    (cairo_t          *cr,
                                      double            x,
                                      double            y,
                                      double            k,
                                      gboolean          selected);
void     gr_overlay_draw_port        (cairo_t          *cr,
                                      double            x,
                                      double            y,
                                      double            k);
void     gr_overlay_draw_warning     (cairo_t          *cr,
                                      double            x,
                                      double            y,
                                      double            k);
/* A square drag handle on a vertex of the selected zone or route. */
void     gr_overlay_draw_handle      (cairo_t          *cr,
                                      double            x,
                                      double            y,
                                      double            k);
/* Source, width and dash of a zone's outline: solid purple, or dashed
 * vermillion when its stations cannot be held. */
void     gr_overlay_set_zone_outline (cairo_t          *cr,
                                      gboolean          short_of_aircraft,
                                      double            k);
/* Source, width and dash of a route stretch: solid and thick where a patrol
 * covers it, dashed vermillion where none does. */
void     gr_overlay_set_route_style  (cairo_t          *cr,
                                      gboolean          covered,
                                      double            k);
/* The dash pattern of each battery ring kind (solid for nominal). */
void     gr_overlay_set_ring_dash    (cairo_t          *cr,
                                      GrOverlayRings    ring,
                                      double            k);

/* An APP-6 friendly land unit: frame, role icon, echelon above, nation on
 * the left and troops on the right; stacked > 1 draws a stack behind.
 * troops ≤ 0 draws the frame and icon only (for the legend). */
void     gr_overlay_draw_unit        (cairo_t          *cr,
                                      double            x,
                                      double            y,
                                      double            k,
                                      GrRole            role,
                                      double            troops,
                                      const char       *nation,
                                      guint             stacked,
                                      gboolean          selected);

/* What zones' labels keep off (gr-overlay-zone-label.c): the other
 * visible layers' symbols and the routes' lines, for one drawing at
 * symbol scale @k. */
typedef struct _GrZoneLabelObstacles GrZoneLabelObstacles;

GrZoneLabelObstacles *gr_overlay_zone_label_obstacles_new (const GrMapView      *view,
                                                           const GrScenario     *s,
                                                           const GrOverlayStyle *style,
                                                           double                k);
void     gr_overlay_zone_label_obstacles_free (GrZoneLabelObstacles *obstacles);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrZoneLabelObstacles, gr_overlay_zone_label_obstacles_free)

/* Where the zone's label hides the fewest of the @obstacles, in order of
 * preference: under the zone's top edge, at its centroid, above its
 * bottom edge, any point of a grid over the zone whose label box lies
 * wholly inside it, then beside the zone: east or west of it, slid as far
 * as the symbols there need, a step down the preferences per 30 px of the
 * slide (a label slid far from its zone reads as another's: one slid
 * 60 px or more loses to a place under or over the zone), or under or
 * over it, and rather where no route's line runs between it and the zone
 * (it would read as the route's); anywhere, rather than cut by the edge
 * of the view.  @top and @bottom are the zone's extent, @hw the label's
 * half width, @line its line height, all in device units; (*cx, *cy) is
 * the zone's centroid on entry and the label's centre on return. */
void     gr_overlay_zone_label_place (const GrMapView            *view,
                                      const GrZoneLabelObstacles *obstacles,
                                      const GArray               *polygon,
                                      double                      top,
                                      double                      bottom,
                                      double                      k,
                                      double                      hw,
                                      double                      line,
                                      double                     *cx,
                                      double                     *cy);

G_END_DECLS
