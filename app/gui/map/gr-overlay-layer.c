/* gr-overlay-layer.c — the scenario's instruments drawn over the map, by the export's painters
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One layer draws every visible instrument with gr_overlay_draw_all()
 * rather than one layer per instrument: the painters de-clutter across
 * instruments (a deployment's symbol steps aside from a battery's), stack
 * areas under lines under symbols in one fixed order, and hit-testing
 * assumes that same order; the export draws the same call.  One raster is
 * also cheaper than four full-size widgets.  Visibility is the style's
 * layer mask.
 *
 * The painters draw into an image surface, the raster, which the frame
 * then shows through GrRasterTiles: cut into tiles that keep their render
 * node while their pixels stay the same, so that while an item is dragged
 * GTK repaints only the tiles around it, not the whole map.  A cairo node
 * that held the painters' paths instead would be rasterised again on every
 * frame that repaints the map (tile fade-ins, panning) and, under GL,
 * uploaded again too.  The tiles are kept while the document, the style,
 * the zoom and the scale stay the same; a pan by whole device pixels that
 * stays inside them reuses them, shifted.  When a frame has to draw afresh
 * with nothing but the view changed (panning), it draws a margin around
 * the view as well, so the next frames of the pan reuse it; during a drag
 * the document changes every frame and the raster is only the view.
 * Drawing the view shifted by whole pixels draws the same pixels shifted:
 * the painters anchor everything (hatching included) to world pixels and
 * only cull by the view.
 *
 * When a scenario B is compared with, one of the two is drawn by the
 * painters and the other over it by gr_overlay_ghost_draw(), as outlines;
 * "swapped" says B is the solid one.
 *
 * Over the instruments go the offline base map's names (its tiles leave
 * them out), so that no symbol hides a city's name; the export draws
 * them last too.  They are a second raster, a plane of their own: an edit
 * does not touch it, so a drag redraws only the instruments.  What they
 * give way to is noted while the instruments are drawn; only when that
 * drawing does not cover the names' plane (a pan) is it worked out again.
 * The names are drawn framed by the view (gr-basemap.h), so that none is
 * cut by the map's edge (a country's name half off a presentation
 * slide); a pan shows the plane drawn for a wider view, shifted, and once
 * the map rests the names are drawn again for the view itself.
 */

#include "config.h"

#include "gr-overlay-layer.h"

#include "gr-raster-tiles.h"
#include "gr-tile-source.h"

#include <math.h>
#include <string.h>

/* A kept raster and what it shows. */
typedef struct
{
  GrRasterTiles *tiles;           /* device pixels of view */
  cairo_surface_t *raster;        /* drawn into, kept between the frames
                                   * of a drag; else NULL */
  gboolean drawn;
  GrMapView view;
  int scale;
  guint64 generation;
} Plane;

typedef void (*PlaneDrawFunc) (GrOverlayLayer  *self,
                               cairo_t         *cr,
                               const GrMapView *view);

struct _GrOverlayLayer
{
  ShumateLayer parent_instance;

  GrDocument *document;
  GrOverlayStyle style;
  gint64 last_draw_us;
  GrScenario *other;              /* B, or NULL when not comparing */
  GrMetrics *other_metrics;
  gboolean swapped;               /* B solid, the document's as outlines */

  /* Bumped whenever what the painters draw may change, but for the view. */
  guint64 generation;

  Plane instruments;
  guint n_rasters;
  guint n_changed_tiles;          /* by the last drawing of the instruments */

  /* The place names: drawn with this basemap and style, or none. */
  Plane names;
  GrBasemap *names_basemap;
  GrBasemapStyle names_style;
  guint64 names_generation;
  guint n_name_rasters;
  guint names_settle_id;          /* redraws the names for the view at rest */

  /* What the names give way to (the boxes of the text and symbols, the
   * leader lines), noted while the instruments were last drawn: in device
   * units of boxes_view, as of generation boxes_generation; NULL when
   * none were noted. */
  GArray *box_texts;
  GArray *box_symbols;
  GArray *box_leaders;
  GrMapView boxes_view;
  guint64 boxes_generation;
};

/* Logical pixels drawn around the view when panning: the names' margin
 * is wider, so that the two planes seldom need drawing in the same frame
 * of a pan. */
#define PAN_MARGIN 192
#define NAMES_PAN_MARGIN 288
/* How long the map rests after a pan before its names are drawn again to
 * fit the view. */
#define NAMES_SETTLE_MS 250

G_DEFINE_FINAL_TYPE (GrOverlayLayer, gr_overlay_layer, SHUMATE_TYPE_LAYER)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GrOverlayLayer *
gr_overlay_layer_new (ShumateViewport *viewport)
{
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);

  /* Without the map's viewport, ShumateLayer makes a private one that
   * would never follow the map. */
  return g_object_new (GR_TYPE_OVERLAY_LAYER, "viewport", viewport, NULL);
}

void
gr_overlay_layer_get_view (GrOverlayLayer *self,
                           GrMapView      *view)
{
  ShumateViewport *viewport;

  g_return_if_fail (GR_IS_OVERLAY_LAYER (self));
  g_return_if_fail (view != NULL);

  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  /* The map lays its tiles out around the viewport's centre, at 256 px
   * per tile (our source's tile size), which is what GrMapView assumes. */
  gr_map_view_init_centered (view, shumate_viewport_get_zoom_level (viewport),
                             shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                             shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                             gtk_widget_get_width (GTK_WIDGET (self)),
                             gtk_widget_get_height (GTK_WIDGET (self)));
}

/* Our tiles draw fastest as cairo nodes under the cairo renderer and as
 * textures under GL (see gr-tile-source.c); the map's own layers cannot
 * tell which renderer draws them, but we are drawn by the same one. */
static void
tell_tiles_the_renderer (GrOverlayLayer *self)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  ShumateMapSource *source = shumate_viewport_get_reference_map_source (viewport);
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;

  if (GR_IS_TILE_SOURCE (source) && renderer != NULL)
    gr_tile_source_set_paint_surfaces (GR_TILE_SOURCE (source),
                                       GSK_IS_CAIRO_RENDERER (renderer));
}

/* The map's tiles are laid out before we are drawn, so they learn the view
 * as soon as it changes (see gr_tile_source_set_view()). */
static void
tell_tiles_the_view (GrOverlayLayer *self)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  ShumateMapSource *source = shumate_viewport_get_reference_map_source (viewport);
  GrMapView view;

  if (!GR_IS_TILE_SOURCE (source))
    return;
  if (gtk_widget_get_width (GTK_WIDGET (self)) <= 0)
    {
      gr_tile_source_set_view (GR_TILE_SOURCE (source), NULL);
      return;
    }
  gr_overlay_layer_get_view (self, &view);
  gr_tile_source_set_view (GR_TILE_SOURCE (source), &view);
}

static void
viewport_changed_cb (GrOverlayLayer *self)
{
  tell_tiles_the_view (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
gr_overlay_layer_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  GTK_WIDGET_CLASS (gr_overlay_layer_parent_class)->size_allocate (widget, width, height, baseline);
  tell_tiles_the_view (GR_OVERLAY_LAYER (widget));
}

static void
plane_drop (Plane *plane)
{
  g_clear_pointer (&plane->raster, cairo_surface_destroy);
  gr_raster_tiles_clear (plane->tiles);
  plane->drawn = FALSE;
}

static void
invalidate (GrOverlayLayer *self)
{
  self->generation++;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The names make way for the instruments' text, but drawing them costs
 * several milliseconds: during a drag they wait for the drop. */
static void
document_changed_cb (GrOverlayLayer *self)
{
  invalidate (self);
  if (!gr_document_get_editing (self->document))
    self->names_generation++;
}

/* Whether the plane was drawn as of @generation at @view's zoom and this
 * scale: only the view may have moved since. */
static gboolean
plane_current (const Plane     *plane,
               const GrMapView *view,
               int              scale,
               guint64          generation)
{
  return plane->drawn && plane->generation == generation && plane->scale == scale &&
         plane->view.zoom == view->zoom;
}

/* Whether the current plane can be shown for @view shifted by whole device
 * pixels, if not all of it. */
static gboolean
plane_can_shift (const Plane     *plane,
                 const GrMapView *view,
                 int              scale,
                 guint64          generation)
{
  double dx = (view->x - plane->view.x) * scale;
  double dy = (view->y - plane->view.y) * scale;

  return plane_current (plane, view, scale, generation) &&
         fabs (dx - round (dx)) < 1e-3 && fabs (dy - round (dy)) < 1e-3;
}

/* Whether the plane shows all of @view, shifted by whole device pixels. */
static gboolean
plane_shows (const Plane     *plane,
             const GrMapView *view,
             int              scale,
             guint64          generation)
{
  const GrMapView *r = &plane->view;

  return plane_can_shift (plane, view, scale, generation) &&
         round ((view->x - r->x) * scale) >= 0 && round ((view->y - r->y) * scale) >= 0 &&
         (view->x + view->width - r->x - r->width) * scale < 1e-3 &&
         (view->y + view->height - r->y - r->height) * scale < 1e-3;
}

static gboolean
redraw_next_frame_cb (GtkWidget     *widget,
                      GdkFrameClock *clock,
                      gpointer       user_data)
{
  gtk_widget_queue_draw (widget);
  return G_SOURCE_REMOVE;
}

/* A clear raster of width × height device pixels at @scale: the plane's
 * kept one when it fits (a fresh one costs the system a page fault per
 * 4 KiB, most of a millisecond at 1280 × 800), else a new one. */
static cairo_surface_t *
plane_raster (Plane *plane,
              int    width,
              int    height,
              int    scale)
{
  cairo_surface_t *surface = g_steal_pointer (&plane->raster);
  double sx = 0, sy = 0;

  if (surface != NULL)
    cairo_surface_get_device_scale (surface, &sx, &sy);
  if (surface != NULL && cairo_image_surface_get_width (surface) == width &&
      cairo_image_surface_get_height (surface) == height && sx == scale)
    {
      cairo_surface_flush (surface);
      memset (cairo_image_surface_get_data (surface), 0,
              (gsize) cairo_image_surface_get_stride (surface) * height);
      cairo_surface_mark_dirty (surface);
      return surface;
    }
  g_clear_pointer (&surface, cairo_surface_destroy);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  /* A device scale rather than cairo_scale(): pango lays text out by the
   * user matrix, which is the identity in a cairo node's recording too. */
  cairo_surface_set_device_scale (surface, scale, scale);
  return surface;
}

static gboolean
views_equal (const GrMapView *a,
             const GrMapView *b)
{
  return a->zoom == b->zoom && a->x == b->x && a->y == b->y &&
         a->width == b->width && a->height == b->height;
}

/* Draws the plane afresh for @view unless it shows it already; returns
 * whether it drew. */
static gboolean
plane_update (GrOverlayLayer  *self,
              Plane           *plane,
              const GrMapView *view,
              int              scale,
              guint64          generation,
              gboolean         for_gl,
              double           pan_margin,
              PlaneDrawFunc    draw,
              gboolean         keep_raster,
              guint           *n_changed)
{
  GrMapView r = *view;
  cairo_surface_t *surface;
  gboolean same_place;
  double margin;
  guint changed;
  cairo_t *cr;

  if (plane_shows (plane, view, scale, generation))
    return FALSE;

  /* Only the view moved since the plane was drawn: a pan; draw a margin
   * for the frames that follow. */
  margin = plane_current (plane, view, scale, generation) ? pan_margin : 0;
  r.x -= margin;
  r.y -= margin;
  r.width += 2 * margin;
  r.height += 2 * margin;
  surface = plane_raster (plane, (int) ceil (r.width * scale), (int) ceil (r.height * scale),
                          scale);
  cr = cairo_create (surface);
  draw (self, cr, &r);
  cairo_destroy (cr);

  /* An edit redraws the same place: only the tiles it changed are new. */
  same_place = plane->drawn && plane->scale == scale && views_equal (&plane->view, &r);
  changed = gr_raster_tiles_update (plane->tiles, surface, scale, for_gl, same_place);
  if (n_changed != NULL)
    *n_changed = changed;
  /* The tiles copied what they show: the raster is kept only for the next
   * frame of a drag, and not while the map rests. */
  if (keep_raster)
    plane->raster = surface;
  else
    cairo_surface_destroy (surface);
  plane->drawn = TRUE;
  plane->view = r;
  plane->scale = scale;
  plane->generation = generation;
  return TRUE;
}

static void
plane_snapshot (const Plane     *plane,
                GtkSnapshot     *snapshot,
                const GrMapView *view)
{
  /* whole device pixels: plane_shows() checked the shift */
  gr_raster_tiles_snapshot (plane->tiles, snapshot,
                            round ((plane->view.x - view->x) * plane->scale) / plane->scale,
                            round ((plane->view.y - view->y) * plane->scale) / plane->scale);
}

static void
boxes_clear (GrOverlayLayer *self)
{
  g_clear_pointer (&self->box_texts, g_array_unref);
  g_clear_pointer (&self->box_symbols, g_array_unref);
  g_clear_pointer (&self->box_leaders, g_array_unref);
}

/* The scenario the painters draw solid, and its metrics. */
static const GrScenario *
solid_scenario (GrOverlayLayer   *self,
                const GrMetrics **metrics)
{
  if (self->swapped && self->other != NULL && self->other_metrics != NULL)
    {
      *metrics = self->other_metrics;
      return self->other;
    }
  *metrics = gr_document_get_metrics (self->document);
  return gr_document_get_scenario (self->document);
}

/* Draws the solid scenario and notes what the names are to give way to
 * in the same pass, for draw_names(). */
static void
draw_noting_boxes (GrOverlayLayer       *self,
                   cairo_t              *cr,
                   const GrMapView      *view,
                   const GrOverlayStyle *style)
{
  const GrMetrics *metrics = NULL;
  const GrScenario *solid = solid_scenario (self, &metrics);

  gr_overlay_draw_all_with_boxes (cr, view, solid, metrics, style,
                                  &self->box_texts, &self->box_symbols, &self->box_leaders);
  self->boxes_view = *view;
  self->boxes_generation = self->generation;
}

/* The boxes noted by the last drawing of the instruments, moved to
 * @view's device units, when they are current and cover @view. */
static gboolean
boxes_for_view (GrOverlayLayer  *self,
                const GrMapView *view,
                GArray         **texts,
                GArray         **symbols,
                GArray         **leaders)
{
  const GrMapView *r = &self->boxes_view;
  double dx = r->x - view->x, dy = r->y - view->y;

  if (self->box_texts == NULL || self->boxes_generation != self->generation ||
      r->zoom != view->zoom || dx > 0 || dy > 0 ||
      r->x + r->width < view->x + view->width || r->y + r->height < view->y + view->height)
    return FALSE;
  *texts = g_array_copy (self->box_texts);
  *symbols = g_array_copy (self->box_symbols);
  *leaders = g_array_copy (self->box_leaders);
  for (guint i = 0; i < (*texts)->len + (*symbols)->len; i++)
    {
      cairo_rectangle_t *box = i < (*texts)->len
        ? &g_array_index (*texts, cairo_rectangle_t, i)
        : &g_array_index (*symbols, cairo_rectangle_t, i - (*texts)->len);

      box->x += dx;
      box->y += dy;
    }
  for (guint i = 0; i < (*leaders)->len; i++)
    {
      GrOverlaySegment *seg = &g_array_index (*leaders, GrOverlaySegment, i);

      seg->x0 += dx;
      seg->y0 += dy;
      seg->x1 += dx;
      seg->y1 += dy;
    }
  return TRUE;
}

static void
draw_instruments (GrOverlayLayer  *self,
                  cairo_t         *cr,
                  const GrMapView *view)
{
  GrOverlayStyle style = self->style;

  /* The text's halos follow the base map under them. */
  style.dark = self->names_style == GR_BASEMAP_STYLE_DARK;
  boxes_clear (self);
  /* The document's selection means nothing on B. */
  if (self->swapped)
    style.selected.kind = GR_EDIT_ITEM_NONE;
  draw_noting_boxes (self, cr, view, &style);
  if (self->other != NULL && self->other_metrics != NULL)
    gr_overlay_ghost_draw (cr, view,
                           self->swapped ? gr_document_get_scenario (self->document) : self->other,
                           &style);
}

/* The place names give way to the instruments' own text (a unit's troop
 * count, a zone's name), which says more there. */
static void
draw_names (GrOverlayLayer  *self,
            cairo_t         *cr,
            const GrMapView *view)
{
  g_autoptr(GArray) texts = NULL;
  g_autoptr(GArray) symbols = NULL;
  g_autoptr(GArray) leaders = NULL;

  if (self->document != NULL && self->style.layers != 0)
    {
      const GrMetrics *metrics = NULL;
      const GrScenario *solid = solid_scenario (self, &metrics);

      /* from the instruments' own pass when it drew this state and place;
       * else a pass of its own */
      if (!boxes_for_view (self, view, &texts, &symbols, &leaders))
        texts = gr_overlay_text_boxes (view, solid, metrics, &self->style, &symbols,
                                       &leaders);
    }
  gr_basemap_draw_names (self->names_basemap, cr, view,
                         &(GrBasemapOptions) { .style = self->names_style,
                                               .layers = GR_BASEMAP_LAYER_LABELS |
                                                         GR_BASEMAP_LAYER_PLACE_NAMES,
                                               .framed = TRUE },
                         texts, symbols, leaders, NULL);
}

static gboolean
names_settle_cb (gpointer user_data)
{
  GrOverlayLayer *self = user_data;

  self->names_settle_id = 0;
  self->names_generation++;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

/* The names fit the view they were drawn for: when the plane shows
 * another (a wider one, during a pan), they are drawn again for this one
 * once the map rests. */
static void
names_settle (GrOverlayLayer  *self,
              const GrMapView *view)
{
  g_clear_handle_id (&self->names_settle_id, g_source_remove);
  if (!views_equal (&self->names.view, view))
    self->names_settle_id = g_timeout_add (NAMES_SETTLE_MS, names_settle_cb, self);
}

/* The offline tiles leave the place names to us; another source (the
 * online map) has its own. */
static void
follow_names_source (GrOverlayLayer *self)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  ShumateMapSource *source = shumate_viewport_get_reference_map_source (viewport);
  GrBasemap *basemap = NULL;
  GrBasemapStyle style = GR_BASEMAP_STYLE_LIGHT;

  if (GR_IS_TILE_SOURCE (source))
    {
      basemap = gr_tile_source_get_basemap (GR_TILE_SOURCE (source));
      style = gr_tile_source_get_style (GR_TILE_SOURCE (source));
    }
  if (basemap == self->names_basemap && style == self->names_style)
    return;
  g_clear_pointer (&self->names_basemap, gr_basemap_unref);
  self->names_basemap = basemap != NULL ? gr_basemap_ref (basemap) : NULL;
  self->names_style = style;
  self->names_generation++;
  invalidate (self);
}

static void
gr_overlay_layer_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  GrOverlayLayer *self = GR_OVERLAY_LAYER (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  gint64 start = g_get_monotonic_time ();
  GtkNative *native = gtk_widget_get_native (widget);
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;
  gboolean for_gl = renderer != NULL && !GSK_IS_CAIRO_RENDERER (renderer);
  gboolean instruments, names, drew, editing;
  int drag_scale;
  GrMapView view;

  tell_tiles_the_renderer (self);
  follow_names_source (self);
  instruments = self->document != NULL && self->style.layers != 0;
  names = self->names_basemap != NULL;
  if (!instruments)
    plane_drop (&self->instruments);
  if (!names)
    plane_drop (&self->names);
  if (width <= 0 || height <= 0 || (!instruments && !names))
    return;

  gr_overlay_layer_get_view (self, &view);
  /* A drag on a HiDPI screen draws the instruments at one pixel per
   * logical pixel, a quarter of the pixels, softer for as long as the drag
   * lasts; the drop draws them sharp again. */
  editing = self->document != NULL && gr_document_get_editing (self->document);
  drag_scale = editing ? 1 : scale;
  drew = instruments &&
         plane_update (self, &self->instruments, &view, drag_scale, self->generation, for_gl,
                       PAN_MARGIN, draw_instruments, editing, &self->n_changed_tiles);
  if (drew)
    self->n_rasters++;
  /* When both would be drawn (the first frame of a pan), the names show
   * what they have, shifted, and catch up in the next frame: for one frame
   * a strip at the edge may lack its names. */
  if (names && drew &&
      !plane_shows (&self->names, &view, scale, self->names_generation) &&
      plane_can_shift (&self->names, &view, scale, self->names_generation))
    gtk_widget_add_tick_callback (widget, redraw_next_frame_cb, NULL, NULL);
  else if (names &&
           plane_update (self, &self->names, &view, scale, self->names_generation, for_gl,
                         NAMES_PAN_MARGIN, draw_names, FALSE, NULL))
    self->n_name_rasters++;
  if (names)
    names_settle (self, &view);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (instruments)
    plane_snapshot (&self->instruments, snapshot, &view);
  if (names)
    plane_snapshot (&self->names, snapshot, &view);
  gtk_snapshot_pop (snapshot);
  self->last_draw_us = g_get_monotonic_time () - start;
}

GrDocument *
gr_overlay_layer_get_document (GrOverlayLayer *self)
{
  g_return_val_if_fail (GR_IS_OVERLAY_LAYER (self), NULL);
  return self->document;
}

void
gr_overlay_layer_set_document (GrOverlayLayer *self,
                               GrDocument     *document)
{
  g_return_if_fail (GR_IS_OVERLAY_LAYER (self));
  g_return_if_fail (document == NULL || GR_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, document_changed_cb, self);
  g_set_object (&self->document, document);
  /* "notify" too: the scenario and the metrics are properties. */
  if (document != NULL)
    {
      g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify", G_CALLBACK (document_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  self->names_generation++;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

void
gr_overlay_layer_set_comparison (GrOverlayLayer   *self,
                                 const GrScenario *other)
{
  g_return_if_fail (GR_IS_OVERLAY_LAYER (self));

  g_clear_pointer (&self->other, gr_scenario_free);
  g_clear_pointer (&self->other_metrics, gr_metrics_free);
  if (other != NULL && self->document != NULL && gr_document_get_model (self->document) != NULL)
    {
      self->other = gr_scenario_copy (other);
      self->other_metrics = gr_model_evaluate (gr_document_get_model (self->document),
                                               self->other);
    }
  if (self->other == NULL)
    self->swapped = FALSE;
  self->names_generation++;
  invalidate (self);
}

gboolean
gr_overlay_layer_get_comparing (GrOverlayLayer *self)
{
  g_return_val_if_fail (GR_IS_OVERLAY_LAYER (self), FALSE);
  return self->other != NULL;
}

const GrScenario *
gr_overlay_layer_get_other (GrOverlayLayer *self)
{
  g_return_val_if_fail (GR_IS_OVERLAY_LAYER (self), NULL);
  return self->other;
}

void
gr_overlay_layer_set_swapped (GrOverlayLayer *self,
                              gboolean        swapped)
{
  g_return_if_fail (GR_IS_OVERLAY_LAYER (self));

  swapped = swapped && self->other != NULL;
  if (self->swapped == swapped)
    return;
  self->swapped = swapped;
  self->names_generation++;
  invalidate (self);
}

gboolean
gr_overlay_layer_get_swapped (GrOverlayLayer *self)
{
  g_return_val_if_fail (GR_IS_OVERLAY_LAYER (self), FALSE);
  return self->swapped;
}

const GrOverlayStyle *
gr_overlay_layer_get_style (GrOverlayLayer *self)
{
  g_return_val_if_fail (GR_IS_OVERLAY_LAYER (self), NULL);
  return &self->style;
}

void
gr_overlay_layer_set_style (GrOverlayLayer       *self,
                            const GrOverlayStyle *style)
{
  g_return_if_fail (GR_IS_OVERLAY_LAYER (self));
  g_return_if_fail (style != NULL);

  /* The selection draws no text: selecting leaves the names alone. */
  if (style->layers != self->style.layers || style->show_labels != self->style.show_labels ||
      style->symbol_scale != self->style.symbol_scale)
    self->names_generation++;
  self->style = *style;
  invalidate (self);
}

/* How many times the painters drew since the layer was made: a frame that
 * reused the raster does not count. */
guint
gr_overlay_layer_get_n_rasters (GrOverlayLayer *self)
{
  g_return_val_if_fail (GR_IS_OVERLAY_LAYER (self), 0);
  return self->n_rasters;
}

int
gr_overlay_layer_get_raster_scale (GrOverlayLayer *self)
{
  g_return_val_if_fail (GR_IS_OVERLAY_LAYER (self), 0);
  return self->instruments.scale;
}

guint
gr_overlay_layer_get_n_name_rasters (GrOverlayLayer *self)
{
  g_return_val_if_fail (GR_IS_OVERLAY_LAYER (self), 0);
  return self->n_name_rasters;
}

/* How many tiles of the raster the last drawing changed, of how many. */
void
gr_overlay_layer_get_changed_tiles (GrOverlayLayer *self,
                                    guint          *changed,
                                    guint          *total)
{
  g_return_if_fail (GR_IS_OVERLAY_LAYER (self));
  *changed = self->n_changed_tiles;
  *total = gr_raster_tiles_get_n_tiles (self->instruments.tiles);
}

gint64
gr_overlay_layer_get_last_draw_us (GrOverlayLayer *self)
{
  g_return_val_if_fail (GR_IS_OVERLAY_LAYER (self), 0);
  return self->last_draw_us;
}

static void
keep_north_up_cb (ShumateViewport *viewport)
{
  if (shumate_viewport_get_rotation (viewport) != 0)
    shumate_viewport_set_rotation (viewport, 0);
}

static void
gr_overlay_layer_constructed (GObject *object)
{
  GrOverlayLayer *self = GR_OVERLAY_LAYER (object);

  G_OBJECT_CLASS (gr_overlay_layer_parent_class)->constructed (object);

  /* Pan and zoom change the view: redraw on every viewport change. */
  g_signal_connect_object (shumate_layer_get_viewport (SHUMATE_LAYER (self)), "notify",
                           G_CALLBACK (viewport_changed_cb), self, G_CONNECT_SWAPPED);
  /* GrMapView has no rotation: keep the map north-up (a two-finger
   * rotate on a touchpad would otherwise turn the tiles but not us). */
  g_signal_connect (shumate_layer_get_viewport (SHUMATE_LAYER (self)), "notify::rotation",
                    G_CALLBACK (keep_north_up_cb), NULL);
}

static void
gr_overlay_layer_dispose (GObject *object)
{
  GrOverlayLayer *self = GR_OVERLAY_LAYER (object);

  g_clear_object (&self->document);
  g_clear_handle_id (&self->names_settle_id, g_source_remove);
  plane_drop (&self->instruments);
  plane_drop (&self->names);
  boxes_clear (self);
  g_clear_pointer (&self->names_basemap, gr_basemap_unref);

  G_OBJECT_CLASS (gr_overlay_layer_parent_class)->dispose (object);
}

static void
gr_overlay_layer_finalize (GObject *object)
{
  GrOverlayLayer *self = GR_OVERLAY_LAYER (object);

  gr_raster_tiles_free (self->instruments.tiles);
  gr_raster_tiles_free (self->names.tiles);
  g_clear_pointer (&self->other, gr_scenario_free);
  g_clear_pointer (&self->other_metrics, gr_metrics_free);

  G_OBJECT_CLASS (gr_overlay_layer_parent_class)->finalize (object);
}

static void
gr_overlay_layer_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GrOverlayLayer *self = GR_OVERLAY_LAYER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gr_overlay_layer_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  GrOverlayLayer *self = GR_OVERLAY_LAYER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      gr_overlay_layer_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gr_overlay_layer_class_init (GrOverlayLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = gr_overlay_layer_constructed;
  object_class->dispose = gr_overlay_layer_dispose;
  object_class->finalize = gr_overlay_layer_finalize;
  object_class->get_property = gr_overlay_layer_get_property;
  object_class->set_property = gr_overlay_layer_set_property;
  widget_class->snapshot = gr_overlay_layer_snapshot;
  widget_class->size_allocate = gr_overlay_layer_size_allocate;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, GR_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gr_overlay_layer_init (GrOverlayLayer *self)
{
  gr_overlay_style_init (&self->style);
  self->instruments.tiles = gr_raster_tiles_new ();
  self->names.tiles = gr_raster_tiles_new ();
}
