/* gr-overlay-common.c — geodesy, paths, text and style shared by the overlay painters
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-overlay-private.h"

#include "gr-geodesy.h"

#include <math.h>
#include <string.h>

#define DEG (G_PI / 180.0)

void
gr_overlay_style_init (GrOverlayStyle *style)
{
  g_return_if_fail (style != NULL);

  *style = (GrOverlayStyle) {
    .layers = GR_OVERLAY_ALL,
    /* The cruise-missile ring is the headline (as in the metrics); the
     * nominal range, drones and ballistic missiles are outlines around it. */
    .rings = GR_OVERLAY_RING_NOMINAL | GR_OVERLAY_RING_CRUISE | GR_OVERLAY_RING_DRONE |
             GR_OVERLAY_RING_BALLISTIC,
    .symbol_scale = 1.0,
    .selected = { .kind = GR_EDIT_ITEM_NONE },
    .show_labels = TRUE,
  };
}

const GrOverlayStyle *
gr_overlay_style_or_default (const GrOverlayStyle *style)
{
  static GrOverlayStyle fallback;
  static gsize initialised;

  if (style != NULL)
    return style;
  if (g_once_init_enter (&initialised))
    {
      gr_overlay_style_init (&fallback);
      g_once_init_leave (&initialised, 1);
    }
  return &fallback;
}

static const cairo_user_data_key_t dark_key;

const GrOverlayStyle *
gr_overlay_begin (cairo_t              *cr,
                  const GrOverlayStyle *style)
{
  style = gr_overlay_style_or_default (style);
  cairo_set_user_data (cr, &dark_key, style->dark ? GINT_TO_POINTER (1) : NULL, NULL);
  return style;
}

static gboolean
drawing_dark (cairo_t *cr)
{
  return cairo_get_user_data (cr, &dark_key) != NULL;
}

gboolean
gr_overlay_is_selected (const GrOverlayStyle *style,
                        GrEditItemKind     kind,
                        guint                 index)
{
  return style->selected.kind == kind && style->selected.index == index;
}

guint
gr_overlay_circle_points (const GrMapView *view,
                          GrLonLat         center,
                          double           radius_km,
                          GArray          *points)
{
  double mpp = gr_mercator_meters_per_pixel (view->zoom, center.lat);
  double radius_px = radius_km * 1000.0 / mpp;
  /* Enough vertices that a chord strays less than ~0.25 px from the arc. */
  int n = CLAMP ((int) ceil (G_PI / acos (1 - MIN (0.25 / MAX (radius_px, 0.25), 1.0))), 24, 360);

  /* gr_geodesy_destination() for each bearing, the same operations in the
   * same order (so the same bits), with what does not depend on the
   * bearing worked out once: half the sines and cosines of a ring. */
  double d = radius_km / GR_EARTH_RADIUS_KM;
  double la1 = center.lat * DEG, lo1 = center.lon * DEG;
  double sin_la1 = sin (la1), cos_la1 = cos (la1), sin_d = sin (d), cos_d = cos (d);
  double *xy;

  g_array_set_size (points, points->len + 2 * n);
  xy = &g_array_index (points, double, points->len - 2 * n);
  for (int i = 0; i < n; i++)
    {
      double th = 360.0 * i / n * DEG;
      double la2 = asin (sin_la1 * cos_d + cos_la1 * sin_d * cos (th));
      double lo2 = lo1 + atan2 (sin (th) * sin_d * cos_la1, cos_d - sin_la1 * sin (la2));

      gr_map_view_to_device (view, remainder (lo2 / DEG, 360.0), la2 / DEG,
                             &xy[2 * i], &xy[2 * i + 1]);
    }
  return n;
}

void
gr_overlay_points_path (cairo_t      *cr,
                        const double *xy,
                        guint         n,
                        gboolean      closed)
{
  for (guint i = 0; i < n; i++)
    if (i == 0)
      cairo_move_to (cr, xy[0], xy[1]);
    else
      cairo_line_to (cr, xy[2 * i], xy[2 * i + 1]);
  if (closed && n > 0)
    cairo_close_path (cr);
}

void
gr_overlay_circle_path (cairo_t         *cr,
                        const GrMapView *view,
                        GrLonLat         center,
                        double           radius_km)
{
  g_autoptr(GArray) points = g_array_sized_new (FALSE, FALSE, sizeof (double), 2 * 360);
  guint n = gr_overlay_circle_points (view, center, radius_km, points);

  gr_overlay_points_path (cr, (const double *) points->data, n, TRUE);
}

gboolean
gr_overlay_circle_visible (const GrMapView *view,
                           GrLonLat         center,
                           double           radius_km,
                           double           margin)
{
  double x, y;
  /* Mercator stretches north–south by up to 1/cos of the circle's pole-most
   * latitude; pad the pixel radius by the northern edge's scale. */
  double lat_n = MIN (center.lat + radius_km / 111.0, 85.0);
  double r = radius_km * 1000.0 / gr_mercator_meters_per_pixel (view->zoom, lat_n) + margin;

  gr_map_view_to_device (view, center.lon, center.lat, &x, &y);
  return x + r >= 0 && y + r >= 0 && x - r <= view->width && y - r <= view->height;
}

void
gr_overlay_polygon_path (cairo_t         *cr,
                         const GrMapView *view,
                         const GArray    *polygon)
{
  if (polygon == NULL || polygon->len < 2)
    return;

  for (guint i = 0; i < polygon->len; i++)
    {
      const GrLonLat *p = &g_array_index (polygon, GrLonLat, i);
      double x, y;

      gr_map_view_to_device (view, p->lon, p->lat, &x, &y);
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_close_path (cr);
}

/* Even-odd point-in-polygon on the projected vertices. */
gboolean
gr_overlay_point_in_polygon (const GrMapView *view,
                             const GArray    *polygon,
                             double           x,
                             double           y)
{
  gboolean inside = FALSE;

  for (guint i = 0, j = polygon->len - 1; i < polygon->len; j = i++)
    {
      const GrLonLat *a = &g_array_index (polygon, GrLonLat, i);
      const GrLonLat *b = &g_array_index (polygon, GrLonLat, j);
      double ax, ay, bx, by;

      gr_map_view_to_device (view, a->lon, a->lat, &ax, &ay);
      gr_map_view_to_device (view, b->lon, b->lat, &bx, &by);
      if ((ay > y) != (by > y) && x < (bx - ax) * (y - ay) / (by - ay) + ax)
        inside = !inside;
    }
  return inside;
}

gboolean
gr_overlay_first_crossing (const GrMapView *view,
                           const GArray    *polygon,
                           double           x0,
                           double           y0,
                           double           x1,
                           double           y1,
                           double          *ix,
                           double          *iy)
{
  double best = 2;

  for (guint i = 0; i < polygon->len; i++)
    {
      const GrLonLat *p = &g_array_index (polygon, GrLonLat, i);
      const GrLonLat *q = &g_array_index (polygon, GrLonLat, (i + 1) % polygon->len);
      double ax, ay, bx, by, den, t, u;

      gr_map_view_to_device (view, p->lon, p->lat, &ax, &ay);
      gr_map_view_to_device (view, q->lon, q->lat, &bx, &by);
      den = (x1 - x0) * (by - ay) - (y1 - y0) * (bx - ax);
      if (fabs (den) < 1e-12)
        continue;
      t = ((ax - x0) * (by - ay) - (ay - y0) * (bx - ax)) / den;
      u = ((ax - x0) * (y1 - y0) - (ay - y0) * (x1 - x0)) / den;
      if (t >= 0 && t <= 1 && u >= 0 && u <= 1 && t < best)
        best = t;
    }
  if (best > 1)
    return FALSE;
  *ix = x0 + best * (x1 - x0);
  *iy = y0 + best * (y1 - y0);
  return best > 0.02;
}

double
gr_overlay_symbol_scale (const GrMapView      *view,
                         const GrOverlayStyle *style)
{
  /* 1 at zoom 6 (the whole country on a laptop), 10 % more per zoom level,
   * kept between 0.8 and 1.4 so symbols neither vanish nor swamp the map. */
  double k = CLAMP (1.0 + 0.1 * (view->zoom - 6.0), 0.8, 1.4);

  return k * (style->symbol_scale > 0 ? style->symbol_scale : 1.0);
}

static PangoLayout *
make_layout (cairo_t    *cr,
             const char *text,
             double      size,
             gboolean    bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: the same text measures the same on screen and in a
   * PDF, so labels do not shift between the two. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  pango_layout_context_changed (layout);
  cairo_font_options_destroy (options);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* The layouts made on a cairo context, kept with it: a thousand batteries
 * show a handful of letters, and making a layout (its context, font and
 * shaping) costs far more than showing it again elsewhere.  A layout is
 * reused only for the target and user matrix it was made for. */
typedef struct
{
  PangoLayout *layout;
  cairo_surface_t *target;     /* not a reference: compared only */
  cairo_matrix_t matrix;
} KeptLayout;

static const cairo_user_data_key_t layouts_key;

static void
kept_layout_free (gpointer data)
{
  KeptLayout *kept = data;

  g_object_unref (kept->layout);
  g_free (kept);
}

/* A layout of @text for @cr, with a reference for the caller. */
static PangoLayout *
create_layout (cairo_t    *cr,
               const char *text,
               double      size,
               gboolean    bold)
{
  GHashTable *kept_layouts = cairo_get_user_data (cr, &layouts_key);
  g_autofree char *key = g_strdup_printf ("%c%.17g %s", bold ? 'b' : 'r', size, text);
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_matrix_t matrix;
  KeptLayout *kept;

  cairo_get_matrix (cr, &matrix);
  if (kept_layouts == NULL)
    {
      kept_layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, kept_layout_free);
      if (cairo_set_user_data (cr, &layouts_key, kept_layouts,
                               (cairo_destroy_func_t) g_hash_table_unref) != CAIRO_STATUS_SUCCESS)
        {
          g_hash_table_unref (kept_layouts);
          return make_layout (cr, text, size, bold);
        }
    }
  kept = g_hash_table_lookup (kept_layouts, key);
  if (kept == NULL || kept->target != target ||
      memcmp (&kept->matrix, &matrix, sizeof matrix) != 0)
    {
      kept = g_new (KeptLayout, 1);
      kept->layout = make_layout (cr, text, size, bold);
      kept->target = target;
      kept->matrix = matrix;
      g_hash_table_replace (kept_layouts, g_steal_pointer (&key), kept);
    }
  return g_object_ref (kept->layout);
}

void
gr_overlay_text_size (cairo_t    *cr,
                      const char *text,
                      double      size,
                      gboolean    bold,
                      double     *width,
                      double     *height)
{
  g_autoptr(PangoLayout) layout = create_layout (cr, text, size, bold);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *width = (double) logical.width / PANGO_SCALE;
  *height = (double) logical.height / PANGO_SCALE;
}

void
gr_overlay_text_boxed (cairo_t    *cr,
                       const char *text,
                       double      x,
                       double      y,
                       double      xalign,
                       double      yalign,
                       double      size,
                       gboolean    bold,
                       GrRgb       ink)
{
  double w, h, pad = size * 0.2;

  if (text == NULL || *text == '\0')
    return;
  gr_overlay_text_size (cr, text, size, bold, &w, &h);
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, x - xalign * w - pad, y - yalign * h, w + 2 * pad, h);
  /* the box is the halo's colour: dark on a dark map */
  gr_palette_set_source (cr, drawing_dark (cr) ? GR_OVERLAY_RGB_DARK_HALO : GR_OVERLAY_RGB_HALO,
                         0.82);
  cairo_fill (cr);
  cairo_restore (cr);
  gr_overlay_text (cr, text, x, y, xalign, yalign, size, bold, ink);
}

/* Where gr_overlay_draw_all_with_boxes() collects the boxes of the text
 * and of the symbols drawn, in device units of the view; NULL when nobody
 * asked. */
typedef struct
{
  GArray *texts;
  GArray *symbols;             /* NULL: not wanted */
  GArray *leaders;             /* NULL: not wanted */
  cairo_matrix_t to_view;      /* device units of the target → of the view */
  gboolean only;               /* nobody sees the drawing: only the boxes count */
} BoxLog;

static GPrivate box_log;

static void
log_box (cairo_t      *cr,
         const BoxLog *log,
         GArray       *boxes,
         double        x,
         double        y,
         double        width,
         double        height)
{
  double xs[4] = { x, x + width, x, x + width };
  double ys[4] = { y, y, y + height, y + height };
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  cairo_rectangle_t box;

  for (int i = 0; i < 4; i++)
    {
      cairo_user_to_device (cr, &xs[i], &ys[i]);
      cairo_matrix_transform_point (&log->to_view, &xs[i], &ys[i]);
      x0 = MIN (x0, xs[i]);
      y0 = MIN (y0, ys[i]);
      x1 = MAX (x1, xs[i]);
      y1 = MAX (y1, ys[i]);
    }
  box = (cairo_rectangle_t) { x0, y0, x1 - x0, y1 - y0 };
  g_array_append_val (boxes, box);
}

gboolean
gr_overlay_noting_only (void)
{
  BoxLog *log = g_private_get (&box_log);

  return log != NULL && log->only;
}

static void
log_text_box (cairo_t *cr,
              double   x,
              double   y,
              double   width,
              double   height)
{
  BoxLog *log = g_private_get (&box_log);

  if (log != NULL)
    log_box (cr, log, log->texts, x, y, width, height);
}

void
gr_overlay_log_symbol (cairo_t *cr,
                       double   x,
                       double   y,
                       double   width,
                       double   height)
{
  BoxLog *log = g_private_get (&box_log);

  if (log != NULL && log->symbols != NULL)
    log_box (cr, log, log->symbols, x, y, width, height);
}

static void
log_leader (cairo_t *cr,
            double   x0,
            double   y0,
            double   x1,
            double   y1)
{
  BoxLog *log = g_private_get (&box_log);
  GrOverlaySegment seg = { x0, y0, x1, y1 };

  if (log == NULL || log->leaders == NULL)
    return;
  cairo_user_to_device (cr, &seg.x0, &seg.y0);
  cairo_matrix_transform_point (&log->to_view, &seg.x0, &seg.y0);
  cairo_user_to_device (cr, &seg.x1, &seg.y1);
  cairo_matrix_transform_point (&log->to_view, &seg.x1, &seg.y1);
  g_array_append_val (log->leaders, seg);
}

/* Liang–Barsky: clip the segment's parameter range to the box's slabs. */
static gboolean
clip_to_box (const GrOverlaySegment  *segment,
             const cairo_rectangle_t *box,
             double                  *exit)
{
  double dx = segment->x1 - segment->x0, dy = segment->y1 - segment->y0;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { segment->x0 - box->x, box->x + box->width - segment->x0,
                  segment->y0 - box->y, box->y + box->height - segment->y0 };
  double t0 = 0, t1 = 1;

  for (int i = 0; i < 4; i++)
    {
      if (p[i] == 0)
        {
          if (q[i] <= 0)
            return FALSE;
          continue;
        }
      if (p[i] < 0)
        t0 = MAX (t0, q[i] / p[i]);
      else
        t1 = MIN (t1, q[i] / p[i]);
    }
  *exit = t1;
  /* a stretch of positive length inside, not a graze at a corner */
  return t1 - t0 > 1e-9 && hypot (dx, dy) * (t1 - t0) > 0.01;
}

gboolean
gr_overlay_segment_meets_box (const GrOverlaySegment  *segment,
                              const cairo_rectangle_t *box)
{
  double exit = -1;

  return clip_to_box (segment, box, &exit);
}

double
gr_overlay_segment_exit (const GrOverlaySegment  *segment,
                         const cairo_rectangle_t *box)
{
  double exit = -1;

  if (!clip_to_box (segment, box, &exit))
    return -1;
  return exit * hypot (segment->x1 - segment->x0, segment->y1 - segment->y0);
}

static void
draw_noting (cairo_t              *cr,
             const GrMapView      *view,
             const GrScenario     *s,
             const GrMetrics      *m,
             const GrOverlayStyle *style,
             gboolean              only,
             GArray              **texts,
             GArray              **symbols,
             GArray              **leaders)
{
  BoxLog log = { .only = only };

  *texts = log.texts = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  if (symbols != NULL)
    *symbols = log.symbols = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  if (leaders != NULL)
    *leaders = log.leaders = g_array_new (FALSE, FALSE, sizeof (GrOverlaySegment));
  g_return_if_fail (cr != NULL && view != NULL && s != NULL);

  /* the view's device units are those of the target as the call finds it */
  cairo_get_matrix (cr, &log.to_view);
  if (cairo_matrix_invert (&log.to_view) != CAIRO_STATUS_SUCCESS)
    cairo_matrix_init_identity (&log.to_view);
  g_private_set (&box_log, &log);
  gr_overlay_draw_all (cr, view, s, m, style);
  g_private_set (&box_log, NULL);
}

void
gr_overlay_draw_all_with_boxes (cairo_t              *cr,
                                const GrMapView      *view,
                                const GrScenario     *s,
                                const GrMetrics      *m,
                                const GrOverlayStyle *style,
                                GArray              **texts,
                                GArray              **symbols,
                                GArray              **leaders)
{
  g_return_if_fail (texts != NULL);

  draw_noting (cr, view, s, m, style, FALSE, texts, symbols, leaders);
}

GArray *
gr_overlay_text_boxes (const GrMapView      *view,
                       const GrScenario     *s,
                       const GrMetrics      *m,
                       const GrOverlayStyle *style,
                       GArray              **symbols,
                       GArray              **leaders)
{
  GArray *boxes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  /* The painters lay the view out and cull by it, not by the surface: one
   * pixel to draw on is enough, and costs next to no rasterising. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  draw_noting (cr, view, s, m, style, TRUE, &boxes, symbols, leaders);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return boxes;
}

/* A white halo keeps text legible over rivers, borders and fills.  On a
 * raster the glyphs are drawn around a small ring: the glyph cache makes
 * that several times cheaper than stroking their outlines, which costs
 * most of an on-screen overlay frame.  A vector file gets the stroked
 * outline, so that its text stays one copy of each word. */
static void
draw_halo (cairo_t     *cr,
           PangoLayout *layout,
           double       size)
{
  double x0, y0;

  cairo_get_current_point (cr, &x0, &y0);
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE)
    {
      double r = MAX (1.0, size / 8.0);

      gr_palette_set_source (cr, drawing_dark (cr) ? GR_OVERLAY_RGB_DARK_HALO : GR_OVERLAY_RGB_HALO,
                             1.0);
      for (int i = 0; i < 8; i++)
        {
          cairo_move_to (cr, x0 + r * cos (i * G_PI / 4), y0 + r * sin (i * G_PI / 4));
          pango_cairo_show_layout (cr, layout);
        }
    }
  else
    {
      pango_cairo_layout_path (cr, layout);
      gr_palette_set_source (cr, drawing_dark (cr) ? GR_OVERLAY_RGB_DARK_HALO : GR_OVERLAY_RGB_HALO,
                             0.85);
      cairo_set_line_width (cr, MAX (2.0, size / 4.0));
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
    }
  cairo_move_to (cr, x0, y0);
}

static void
draw_text (cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      xalign,
           double      yalign,
           double      size,
           gboolean    bold,
           GrRgb       ink,
           gboolean    label)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;

  if (text == NULL || *text == '\0' || (!label && gr_overlay_noting_only ()))
    return;

  layout = create_layout (cr, text, size, bold);
  pango_layout_get_extents (layout, NULL, &logical);

  if (label)
    log_text_box (cr, x - xalign * logical.width / PANGO_SCALE,
                  y - yalign * logical.height / PANGO_SCALE,
                  logical.width / (double) PANGO_SCALE, logical.height / (double) PANGO_SCALE);
  if (gr_overlay_noting_only ())
    return;
  cairo_save (cr);
  cairo_move_to (cr,
                 x - xalign * logical.width / PANGO_SCALE,
                 y - yalign * logical.height / PANGO_SCALE);
  draw_halo (cr, layout, size);
  /* On a dark map, dark ink (a route's name) would vanish into its halo:
   * it turns light; coloured ink keeps its hue. */
  if (drawing_dark (cr) && 0.2126 * ink.r + 0.7152 * ink.g + 0.0722 * ink.b < 0.35)
    ink = GR_OVERLAY_RGB_DARK_INK;
  gr_palette_set_source (cr, ink, 1.0);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

void
gr_overlay_text (cairo_t    *cr,
                 const char *text,
                 double      x,
                 double      y,
                 double      xalign,
                 double      yalign,
                 double      size,
                 gboolean    bold,
                 GrRgb       ink)
{
  draw_text (cr, text, x, y, xalign, yalign, size, bold, ink, TRUE);
}

/* Text inside a symbol (a battery's letter): part of the symbol, which the
 * place names may cover, not a label they give way to. */
void
gr_overlay_symbol_text (cairo_t    *cr,
                        const char *text,
                        double      x,
                        double      y,
                        double      size,
                        GrRgb       ink)
{
  draw_text (cr, text, x, y, 0.5, 0.5, size, TRUE, ink, FALSE);
}

double
gr_overlay_ring_radius_km (const GrScenario         *s,
                           const GrAirDefenseSystem *sys,
                           GrOverlayRings            ring)
{
  GrThreatClass threat;

  if (sys == NULL)
    return 0;
  if (ring == GR_OVERLAY_RING_NOMINAL)
    return MAX (sys->range_km.value, 0);

  threat = (GrThreatClass) (g_bit_nth_lsf (ring, -1) - 1);
  g_return_val_if_fail (threat < GR_N_THREATS, 0);
  return gr_air_defense_radius_km (sys, &s->air_defense.threat[threat], threat);
}

const GrPatrolZoneMetrics *
gr_overlay_zone_metrics (const GrMetrics *m,
                         guint            zone)
{
  if (m == NULL || m->air_patrol.zones == NULL || zone >= m->air_patrol.zones->len)
    return NULL;
  return &g_array_index (m->air_patrol.zones, GrPatrolZoneMetrics, zone);
}

void
gr_overlay_draw_handle (cairo_t *cr,
                        double   x,
                        double   y,
                        double   k)
{
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, x - 4 * k, y - 4 * k, 8 * k, 8 * k);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_HALO, 1);
  cairo_fill_preserve (cr);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_SELECTION, 1);
  cairo_set_line_width (cr, 1.5 * k);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
gr_overlay_set_zone_outline (cairo_t  *cr,
                             gboolean  short_of_aircraft,
                             double    k)
{
  double dash[] = { 9 * k, 5 * k };

  if (short_of_aircraft)
    {
      cairo_set_dash (cr, dash, 2, 0);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_WARNING, 1);
      cairo_set_line_width (cr, 2.6 * k);
    }
  else
    {
      cairo_set_dash (cr, NULL, 0, 0);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_PATROL, 0.95);
      cairo_set_line_width (cr, 2.0 * k);
    }
}

void
gr_overlay_set_route_style (cairo_t  *cr,
                            gboolean  covered,
                            double    k)
{
  double dash[] = { 6 * k, 4 * k };

  if (covered)
    {
      cairo_set_dash (cr, NULL, 0, 0);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_ROUTE, 1);
      cairo_set_line_width (cr, 4.0 * k);
    }
  else
    {
      cairo_set_dash (cr, dash, 2, 0);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_WARNING, 1);
      cairo_set_line_width (cr, 2.6 * k);
    }
}

void
gr_overlay_draw_leader (cairo_t *cr,
                        double   ax,
                        double   ay,
                        double   x,
                        double   y,
                        double   clear,
                        double   k)
{
  double d = hypot (x - ax, y - ay);

  if (clear > 0 && d <= clear)
    return;
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (clear > 0)
    {
      cairo_move_to (cr, ax + (x - ax) / d * clear, ay + (y - ay) / d * clear);
      log_leader (cr, ax + (x - ax) / d * clear, ay + (y - ay) / d * clear, x, y);
    }
  else
    {
      cairo_move_to (cr, ax, ay);
      log_leader (cr, ax, ay, x, y);
    }
  if (gr_overlay_noting_only ())
    {
      cairo_restore (cr);
      return;
    }
  cairo_line_to (cr, x, y);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_HALO, 0.9);
  cairo_set_line_width (cr, 3.0 * k);
  cairo_stroke_preserve (cr);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_INK, 0.9);
  cairo_set_line_width (cr, 1.0 * k);
  cairo_stroke (cr);
  if (clear > 0)
    {
      cairo_restore (cr);
      return;
    }
  cairo_arc (cr, ax, ay, 2.5 * k, 0, 2 * G_PI);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_HALO, 1);
  cairo_fill_preserve (cr);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_INK, 1);
  cairo_set_line_width (cr, 1.0 * k);
  cairo_stroke (cr);
  cairo_restore (cr);
}

GArray *
gr_overlay_port_positions (const GrMapView  *view,
                           const GrScenario *s)
{
  GArray *ports = g_array_new (FALSE, FALSE, sizeof (double) * 2);
  const GArray *routes = s->maritime.routes;

  for (guint i = 0; routes != NULL && i < routes->len; i++)
    {
      const GArray *path = g_array_index (routes, GrRoute, i).path;

      for (guint end = 0; path != NULL && path->len > 0 && end < 2; end++)
        {
          const GrLonLat *p = &g_array_index (path, GrLonLat, end ? path->len - 1 : 0);
          double xy[2];

          gr_map_view_to_device (view, p->lon, p->lat, &xy[0], &xy[1]);
          g_array_append_val (ports, xy);
        }
    }
  return ports;
}
