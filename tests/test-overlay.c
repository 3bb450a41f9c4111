/* test-overlay.c — the overlay painters, hit-testing and legend against hand-worked pixels
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gr-legend.h"
#include "gr-scale-bar.h"
#include "box-overlap.h"
#include "overlay-probe.h"

/* The selected battery gets an orange halo; none without selection. */
static void
test_selection (void)
{
  g_autoptr(GrScenario) s = one_battery (30.0, 50.0);
  GrOverlayStyle style;
  GrMapView view;
  cairo_surface_t *plain, *selected;
  guint32 p, q;

  gr_overlay_style_init (&style);
  style.rings = 0;
  gr_map_view_init_centered (&view, 7, 30.0, 50.0, 100, 100);
  plain = paint (&view, s, &style);
  style.selected = (GrOverlayHit) { .kind = GR_EDIT_ITEM_BATTERY, .index = 0 };
  selected = paint (&view, s, &style);

  /* just outside the 9 px symbol (1.7 r square: corners at ±7.65 px) */
  p = pixel (plain, 50 + 10.5, 50);
  q = pixel (selected, 50 + 10.5, 50);
  g_assert_cmpuint (p >> 24, ==, 0);
  /* orange (230, 159, 0): red above green above blue */
  g_assert_cmpuint (q >> 24, >, 200);
  g_assert_cmpuint ((q >> 16) & 0xff, >, (q >> 8) & 0xff);
  g_assert_cmpuint ((q >> 8) & 0xff, >, q & 0xff);
  cairo_surface_destroy (plain);
  cairo_surface_destroy (selected);
}

/* ---- patrol zones ------------------------------------------------------- */

static void
test_zone_fill (void)
{
  g_autoptr(GrScenario) s = gr_scenario_new ();
  static const double square[] = { 28, 48, 30, 48, 30, 49.5, 28, 49.5 };
  GrOverlayStyle style;
  GrMapView view;
  cairo_surface_t *surface;
  double x0, y0, x1, y1;

  fixture_add_zone (s, "z", "Zone", square, 4, 1, 10, 29, 48.75);
  gr_overlay_style_init (&style);
  style.show_labels = FALSE;
  gr_map_view_init_centered (&view, 7, 29, 48.75, 900, 700);
  project_by_hand (7, 28, 49.5, &x0, &y0);
  project_by_hand (7, 30, 48, &x1, &y1);
  x0 -= view.x, x1 -= view.x, y0 -= view.y, y1 -= view.y;
  surface = paint (&view, s, &style);

  /* the fill reaches into every corner, inside the outline's width */
  g_assert_cmpuint (alpha_at (surface, x0 + 6, y0 + 6), >, 0);
  g_assert_cmpuint (alpha_at (surface, x1 - 6, y0 + 6), >, 0);
  g_assert_cmpuint (alpha_at (surface, x0 + 6, y1 - 6), >, 0);
  g_assert_cmpuint (alpha_at (surface, x1 - 6, y1 - 6), >, 0);
  g_assert_cmpuint (alpha_at (surface, (x0 + x1) / 2 - 40, (y0 + y1) / 2 + 30), >, 0);
  /* and nothing outside */
  g_assert_cmpuint (alpha_at (surface, x0 - 6, y0 + 20), ==, 0);
  g_assert_cmpuint (alpha_at (surface, x1 + 6, y1 - 20), ==, 0);
  g_assert_cmpuint (alpha_at (surface, (x0 + x1) / 2, y0 - 6), ==, 0);
  g_assert_cmpuint (alpha_at (surface, (x0 + x1) / 2, y1 + 6), ==, 0);
  g_assert_cmpuint (alpha_at (surface, 5, 5), ==, 0);
  cairo_surface_destroy (surface);
}

/* The zone of test_zone_hatching, drawn on an image with the context
 * scaled by @scale, straight or (@vector) through a recording surface,
 * which is what the PDF and SVG exports draw on. */
static cairo_surface_t *
paint_zone_scaled (const GrMapView      *view,
                   const GrScenario     *s,
                   const GrOverlayStyle *style,
                   double                scale,
                   gboolean              vector)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                       (int) (view->width * scale),
                                                       (int) (view->height * scale));
  cairo_surface_t *target = image;
  cairo_t *cr;

  if (vector)
    target = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (target);
  cairo_scale (cr, scale, scale);
  gr_overlay_draw_all (cr, view, s, NULL, style);
  cairo_destroy (cr);
  if (vector)
    {
      cr = cairo_create (image);
      cairo_set_source_surface (cr, target, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_destroy (target);
    }
  cairo_surface_flush (image);
  return image;
}

/* On an image surface the hatching is a repeating 9 px square when the
 * scale makes it whole device pixels, and lines otherwise (an export's
 * 1.5) and on vector surfaces.  Each must draw what the lines draw: the
 * vector drawing replayed onto an image is compared with the image drawn
 * directly, inside the zone, at the scale given. */
static void
test_zone_hatching (gconstpointer data)
{
  double scale = *(const double *) data;
  double period = 9 * scale;
  g_autoptr(GrScenario) s = gr_scenario_new ();
  static const double square[] = { 28, 48, 30, 48, 30, 49.5, 28, 49.5 };
  GrOverlayStyle style;
  GrMapView view;
  cairo_surface_t *direct, *replayed;
  double x0, y0, x1, y1, bx, by;
  guint differ = 0, inside = 0, lo = 255, hi = 0;

  fixture_add_zone (s, "z", "Zone", square, 4, 1, 10, 29, 48.75);
  gr_overlay_style_init (&style);
  style.show_labels = FALSE;
  gr_map_view_init_centered (&view, 7, 29, 48.75, 900, 700);
  project_by_hand (7, 28, 49.5, &x0, &y0);
  project_by_hand (7, 30, 48, &x1, &y1);
  x0 = (x0 - view.x) * scale, x1 = (x1 - view.x) * scale;
  y0 = (y0 - view.y) * scale, y1 = (y1 - view.y) * scale;
  /* the air base's symbol at the zone's centre, the view's centre */
  bx = 450 * scale, by = 350 * scale;
  direct = paint_zone_scaled (&view, s, &style, scale, FALSE);
  replayed = paint_zone_scaled (&view, s, &style, scale, TRUE);

  /* inside the zone, clear of the outline and of the base */
  for (double y = y0 + 8 * scale; y < y1 - 8 * scale; y += 1)
    for (double x = x0 + 8 * scale; x < x1 - 8 * scale; x += 1)
      {
        guint a = alpha_at (direct, x, y);

        if (fabs (x - bx) < 30 * scale && fabs (y - by) < 30 * scale)
          continue;
        inside++;
        differ += ABS ((int) a - (int) alpha_at (replayed, x, y)) > 8;
        lo = MIN (lo, a);
        hi = MAX (hi, a);
        /* whole pixels apart, the lines repeat every 9 user units across */
        if (period == round (period) && x + period < x1 - 8 * scale &&
            !(fabs (x + period - bx) < 30 * scale && fabs (y - by) < 30 * scale))
          g_assert_cmpint (ABS ((int) a - (int) alpha_at (direct, x + period, y)), <=, 2);
      }
  /* hatched, not flat: the 7 % fill between lines, 35 % on them */
  g_assert_cmpuint (lo, <, 30);
  g_assert_cmpuint (hi, >, 60);
  g_assert_cmpuint (differ, <, inside / 100);
  cairo_surface_destroy (direct);
  cairo_surface_destroy (replayed);
}

/* Metrics for a scenario of one patrol zone, sustainable, its station in
 * reach, @aircraft_required to hold it; free m->air_patrol.zones. */
static void
one_zone_metrics (GrMetrics *m,
                  double     aircraft_required)
{
  GrPatrolZoneMetrics zm = { .sustainable = TRUE, .station_reachable = TRUE,
                             .aircraft_required = aircraft_required };

  *m = (GrMetrics) { 0 };
  m->air_patrol.zones = g_array_new (FALSE, TRUE, sizeof (GrPatrolZoneMetrics));
  g_array_append_val (m->air_patrol.zones, zm);
}

/* A zone the metrics call unsustainable is outlined in vermillion (213, 94,
 * 0: red over green over blue), a held one in reddish purple (204, 121,
 * 167: blue over green). */
static void
test_zone_short (void)
{
  g_autoptr(GrScenario) s = gr_scenario_new ();
  static const double square[] = { 28, 48, 30, 48, 30, 49.5, 28, 49.5 };
  GrMetrics m;
  GrOverlayStyle style;
  GrMapView view;
  double x0, y0, x1, y1;

  fixture_add_zone (s, "z", "Zone", square, 4, 1, 10, 29, 48.75);
  gr_overlay_style_init (&style);
  style.show_labels = FALSE;
  one_zone_metrics (&m, 8);
  gr_map_view_init_centered (&view, 7, 29, 48.75, 900, 700);
  project_by_hand (7, 28, 49.5, &x0, &y0);
  project_by_hand (7, 30, 48, &x1, &y1);
  x0 -= view.x, x1 -= view.x, y0 -= view.y, y1 -= view.y;

  for (int held = 1; held >= 0; held--)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 900, 700);
      cairo_t *cr = cairo_create (surface);
      guint32 p;
      guint r, g, b;

      g_array_index (m.air_patrol.zones, GrPatrolZoneMetrics, 0).sustainable = held;
      gr_overlay_patrol_zones_draw (cr, &view, s, &m, &style);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      /* on the left edge, a third of the way down: a dash in either case
       * (the dashes start at the first corner and are 9 + 5 px) */
      p = pixel (surface, x0, y0 + 4);
      r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
      g_assert_cmpuint (p >> 24, >, 200);
      if (held)
        g_assert_cmpuint (b, >, g);
      else
        {
          g_assert_cmpuint (r, >, g);
          g_assert_cmpuint (g, >, b);
        }
      cairo_surface_destroy (surface);
    }
  g_array_unref (m.air_patrol.zones);
}

/* A zone's name has a white halo on the light map and a dark one on the
 * dark map (GrOverlayStyle.dark): the white pixels left are the base's
 * symbol, the same in both. */
static void
test_dark_labels (void)
{
  g_autoptr(GrScenario) s = gr_scenario_new ();
  static const double square[] = { 28, 48, 30, 48, 30, 49.5, 28, 49.5 };
  GrMetrics m = { 0 };
  GrOverlayStyle style;
  GrMapView view;
  guint white[2] = { 0 }, black[2] = { 0 };

  fixture_add_zone (s, "z", "Western Ukraine", square, 4, 1, 10, 29, 48.75);
  gr_overlay_style_init (&style);
  gr_map_view_init_centered (&view, 7, 29, 48.75, 900, 700);

  for (int dark = 0; dark <= 1; dark++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 900, 700);
      cairo_t *cr = cairo_create (surface);

      style.dark = dark;
      gr_overlay_patrol_zones_draw (cr, &view, s, &m, &style);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      for (int y = 0; y < 700; y++)
        for (int x = 0; x < 900; x++)
          {
            guint32 p = pixel (surface, x, y);
            guint a = p >> 24, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

            if (a > 240 && r > 235 && g > 235 && b > 235)
              white[dark]++;
            if (a > 240 && r < 40 && g < 40 && b < 45)
              black[dark]++;
          }
      g_test_message ("dark %d: %u white, %u black pixels", dark, white[dark], black[dark]);
      cairo_surface_destroy (surface);
    }
  g_assert_cmpuint (white[0], >, 100 + 5 * white[1]);
  g_assert_cmpuint (black[1], >, 100 + 5 * black[0]);
}

/* ---- Black Sea ------------------------------------------------------------ */

/* A route the metrics split into a covered and an open stretch: solid ink
 * (26, 26, 31) along the first, vermillion dashes with gaps along the
 * second. */
static void
test_route_coverage (void)
{
  g_autoptr(GrScenario) s = gr_scenario_new ();
  static const double path[] = { 29, 46, 31, 46, 33, 46 };
  GrRoute route = { .id = g_strdup ("r"), .name = g_strdup ("R"),
                    .path = fixture_points (path, 3) };
  GrRouteSegment covered = { { 29, 46 }, { 31, 46 }, TRUE };
  GrRouteSegment open = { { 31, 46 }, { 33, 46 }, FALSE };
  GrRouteMetrics rm = { 0 };
  GrMetrics m = { 0 };
  GrOverlayStyle style;
  GrMapView view;
  cairo_surface_t *surface;
  cairo_t *cr;
  double ax, bx, y, dummy;
  guint vermillion = 0, ink = 0;

  g_array_append_val (s->maritime.routes, route);
  rm.segments = g_array_new (FALSE, FALSE, sizeof (GrRouteSegment));
  g_array_append_val (rm.segments, covered);
  g_array_append_val (rm.segments, open);
  m.maritime.routes = g_array_new (FALSE, TRUE, sizeof (GrRouteMetrics));
  g_array_append_val (m.maritime.routes, rm);

  gr_overlay_style_init (&style);
  style.show_labels = FALSE;
  gr_map_view_init_centered (&view, 7, 31, 46, 1400, 200);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1400, 200);
  cr = cairo_create (surface);
  gr_overlay_maritime_draw (cr, &view, s, &m, &style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* sample the line of the route (the great circle bulges north of the
   * parallel by under a pixel over 150 km at this zoom) between the ports
   * and the middle vertex, away from the arrows' chevrons */
  project_by_hand (7, 29.5, 46, &ax, &y);
  project_by_hand (7, 32.5, 46, &bx, &dummy);
  ax -= view.x, bx -= view.x, y -= view.y;
  for (int dx = -40; dx <= 40; dx++)
    {
      guint32 a = pixel (surface, ax + dx, y), b = pixel (surface, bx + dx, y);

      ink += ((a >> 16) & 0xff) < 60 && (a >> 24) == 255;
      vermillion += ((b >> 16) & 0xff) > 180 && ((b >> 8) & 0xff) < 140 && (b & 0xff) < 60;
    }
  /* covered: ink nearly all along (chevrons aside); open: dashes, not a line */
  g_assert_cmpuint (ink, >, 70);
  g_assert_cmpuint (vermillion, >, 20);
  g_assert_cmpuint (vermillion, <, 70);

  g_array_unref (rm.segments);
  g_array_unref (m.maritime.routes);
  cairo_surface_destroy (surface);
}

/* ---- stabilisation force ------------------------------------------------ */

/* A lone deployment's frame is centred on its projected place: at zoom 6
 * the friendly frame is 30 × 20 px filled with APP-6 friend blue
 * (128, 224, 255); the infantry cross runs corner to corner, so the frame's
 * middle row half-way to the side is plain fill. */
static void
test_deployment_position (void)
{
  g_autoptr(GrScenario) s = gr_scenario_new ();
  GrOverlayStyle style;
  GrMapView view;
  cairo_surface_t *surface;
  double x, y;
  guint32 p;

  fixture_add_deployment (s, "d", "Border", 31.0, 49.0, 1200, GR_ROLE_BORDER, "CA");
  gr_overlay_style_init (&style);
  style.show_labels = FALSE;
  gr_map_view_init_centered (&view, 6, 30.0, 48.0, 400, 300);
  project_by_hand (6, 31.0, 49.0, &x, &y);
  x -= view.x;
  y -= view.y;
  surface = paint (&view, s, &style);

  p = pixel (surface, x + 7.5, y);
  g_assert_cmpuint (p >> 24, ==, 255);
  g_assert_cmpuint ((p >> 16) & 0xff, ==, 128);
  g_assert_cmpuint ((p >> 8) & 0xff, ==, 224);
  g_assert_cmpuint (p & 0xff, ==, 255);
  p = pixel (surface, x - 7.5, y + 1);
  g_assert_cmpuint ((p >> 8) & 0xff, ==, 224);
  /* the frame's edge is dark, and beyond it (below; the echelon is above)
   * nothing */
  g_assert_cmpuint ((pixel (surface, x, y + 10) >> 8) & 0xff, <, 100);
  g_assert_cmpuint (alpha_at (surface, x, y + 16), ==, 0);
  cairo_surface_destroy (surface);
}

/* The boxes of the instruments' text, which the base map's place names
 * give way to: a battery's letter belongs to its symbol and makes none; a
 * deployment's nation code and troop count make boxes beside its symbol,
 * and each box is where that text was drawn (its pixels are not clear). */
static void
test_text_boxes (void)
{
  g_autoptr(GrScenario) s = one_battery (30.0, 48.0);
  g_autoptr(GArray) battery_only = NULL;
  g_autoptr(GArray) with_unit = NULL;
  GrOverlayStyle style;
  GrMapView view;
  cairo_surface_t *surface;
  double x, y;

  gr_overlay_style_init (&style);
  gr_map_view_init_centered (&view, 6, 30.0, 48.0, 400, 300);
  battery_only = gr_overlay_text_boxes (&view, s, NULL, &style, NULL, NULL);
  g_assert_cmpuint (battery_only->len, ==, 0);

  fixture_add_deployment (s, "d", "Border", 31.5, 49.0, 1200, GR_ROLE_BORDER, "CA");
  with_unit = gr_overlay_text_boxes (&view, s, NULL, &style, NULL, NULL);
  g_assert_cmpuint (with_unit->len, >=, 2);
  project_by_hand (6, 31.5, 49.0, &x, &y);
  x -= view.x;
  y -= view.y;
  surface = paint (&view, s, &style);
  for (guint i = 0; i < with_unit->len; i++)
    {
      const cairo_rectangle_t *b = &g_array_index (with_unit, cairo_rectangle_t, i);
      guint inked = 0;

      /* beside the symbol: within 60 px of it */
      g_assert_cmpfloat (fabs (b->x + b->width / 2 - x), <, 60);
      g_assert_cmpfloat (fabs (b->y + b->height / 2 - y), <, 60);
      for (double py = b->y; py < b->y + b->height; py++)
        for (double px = b->x; px < b->x + b->width; px++)
          inked += alpha_at (surface, px, py) > 0;
      g_assert_cmpuint (inked, >, b->width * b->height / 4);
    }
  cairo_surface_destroy (surface);
}

/* The warning before "needs N more aircraft" notes a symbol's box, beside
 * its words: the base map's names keep off the sign as off the words. */
static void
test_zone_warning_box (void)
{
  g_autoptr(GrScenario) s = gr_scenario_new ();
  static const double square[] = { 28, 48, 30, 48, 30, 49.5, 28, 49.5 };
  GrMetrics m;
  GrOverlayStyle style;
  GrMapView view;
  g_autoptr(GArray) held_texts = NULL, held_symbols = NULL, short_texts = NULL;
  g_autoptr(GArray) short_symbols = NULL;
  const cairo_rectangle_t *sign = NULL;
  gboolean beside = FALSE;

  fixture_add_zone (s, "z", "Zone", square, 4, 1, 10, 26, 47);
  gr_overlay_style_init (&style);
  one_zone_metrics (&m, 12);
  gr_map_view_init_centered (&view, 7, 29, 48.75, 900, 700);
  held_texts = gr_overlay_text_boxes (&view, s, &m, &style, &held_symbols, NULL);
  g_array_index (m.air_patrol.zones, GrPatrolZoneMetrics, 0).sustainable = FALSE;
  short_texts = gr_overlay_text_boxes (&view, s, &m, &style, &short_symbols, NULL);
  g_array_unref (m.air_patrol.zones);

  /* one more text (the words) and one more symbol (the sign) */
  g_assert_cmpuint (short_texts->len, ==, held_texts->len + 1);
  g_assert_cmpuint (short_symbols->len, ==, held_symbols->len + 1);
  for (guint i = 0; i < short_symbols->len && sign == NULL; i++)
    {
      const cairo_rectangle_t *b = &g_array_index (short_symbols, cairo_rectangle_t, i);
      gboolean known = FALSE;

      for (guint j = 0; j < held_symbols->len; j++)
        known |= memcmp (b, &g_array_index (held_symbols, cairo_rectangle_t, j),
                         sizeof *b) == 0;
      if (!known)
        sign = b;
    }
  g_assert_nonnull (sign);
  for (guint i = 0; i < short_texts->len; i++)
    {
      const cairo_rectangle_t *t = &g_array_index (short_texts, cairo_rectangle_t, i);

      /* its right edge within a few pixels of a text's left, level with it */
      beside |= fabs (t->x - (sign->x + sign->width)) < 6 &&
                fabs ((t->y + t->height / 2) - (sign->y + sign->height / 2)) < 4;
    }
  g_assert_true (beside);
}

#define LONG_NAME "The northern and north-western part of the sea"

/* The box of the zone's name (the widest text) in a 900 × 700 drawing of
 * @s at zoom 7 around 29° E 48.75° N, asserted wider than the 160 px the
 * label used to assume and, if @clear, clear of every symbol's box. */
static cairo_rectangle_t
long_name_box (GrScenario *s,
               gboolean    clear)
{
  g_autoptr(GArray) texts = NULL;
  g_autoptr(GArray) symbols = NULL;
  cairo_rectangle_t name = { 0 };
  GrOverlayStyle style;
  GrMapView view;

  gr_overlay_style_init (&style);
  gr_map_view_init_centered (&view, 7, 29, 48.75, 900, 700);
  texts = gr_overlay_text_boxes (&view, s, NULL, &style, &symbols, NULL);
  for (guint i = 0; i < texts->len; i++)
    if (g_array_index (texts, cairo_rectangle_t, i).width > name.width)
      name = g_array_index (texts, cairo_rectangle_t, i);
  g_assert_cmpfloat (name.width, >, 200);
  g_assert_cmpuint (symbols->len, >, 0);
  for (guint i = 0; clear && i < symbols->len; i++)
    g_assert_false (box_overlap (&name, &g_array_index (symbols, cairo_rectangle_t, i), 0));
  return name;
}

/* A patrol zone's label makes room for its whole name: a long one (as a
 * Ukrainian name is) keeps off a unit beside the zone that the middle of
 * the name would otherwise cover (near the top, where the label goes
 * first). */
static void
test_zone_long_name (void)
{
  g_autoptr(GrScenario) s = gr_scenario_new ();
  static const double square[] = { 28, 48, 30, 48, 30, 49.5, 28, 49.5 };

  fixture_add_zone (s, "z", LONG_NAME, square, 4, 1, 10, 26, 47);
  fixture_add_deployment (s, "d", "Naval", 30.4, 49.3, 1200, GR_ROLE_NAVAL, "TR");
  long_name_box (s, TRUE);
}

/* A zone too small for its label (28.8–29.2° E, 48.6–48.9° N), a unit
 * over its middle, one where the label would go west of it and one at its
 * east edge. */
static GrScenario *
small_crowded_zone (void)
{
  GrScenario *s = gr_scenario_new ();
  static const double square[] = { 28.8, 48.6, 29.2, 48.6, 29.2, 48.9, 28.8, 48.9 };

  fixture_add_zone (s, "z", LONG_NAME, square, 4, 1, 10, 26, 47);
  fixture_add_deployment (s, "middle", "Middle", 29.0, 48.75, 1200, GR_ROLE_NAVAL, "TR");
  fixture_add_deployment (s, "west", "West", 26.87, 48.75, 1200, GR_ROLE_NAVAL, "BG");
  fixture_add_deployment (s, "edge", "Edge", 29.176, 48.75, 1200, GR_ROLE_NAVAL, "RO");
  return s;
}

/* With a unit east of the small crowded zone as well, the label would
 * have to slide past it, far from the zone: it goes under the zone,
 * next to it. */
static void
test_zone_label_below (void)
{
  g_autoptr(GrScenario) s = small_crowded_zone ();
  cairo_rectangle_t name;
  GrMapView view;
  double x0, x1, bottom, y;

  fixture_add_deployment (s, "east", "East", 30.3, 48.75, 1200, GR_ROLE_NAVAL, "PL");
  name = long_name_box (s, TRUE);
  gr_map_view_init_centered (&view, 7, 29, 48.75, 900, 700);
  gr_map_view_to_device (&view, 28.8, 48.6, &x0, &bottom);
  gr_map_view_to_device (&view, 29.2, 48.6, &x1, &y);
  /* centred under the zone, within a line of its bottom edge */
  g_assert_cmpfloat (name.x + name.width / 2, >, x0);
  g_assert_cmpfloat (name.x + name.width / 2, <, x1);
  g_assert_cmpfloat (name.y, >, bottom);
  g_assert_cmpfloat (name.y, <, bottom + 20);
}

/* A zone at the west edge of the view, with units east of, under and over
 * it: west of it, the only spot that hides nothing, the view would cut
 * the label; it goes where it hides the least, whole. */
static void
test_zone_label_in_view (void)
{
  g_autoptr(GrScenario) s = gr_scenario_new ();
  static const double square[] = { 25.0, 48.6, 25.4, 48.6, 25.4, 48.9, 25.0, 48.9 };
  cairo_rectangle_t name;

  fixture_add_zone (s, "z", LONG_NAME, square, 4, 1, 10, 26, 47);
  fixture_add_deployment (s, "middle", "Middle", 25.2, 48.75, 1200, GR_ROLE_NAVAL, "TR");
  fixture_add_deployment (s, "east", "East", 26.0, 48.75, 1200, GR_ROLE_NAVAL, "PL");
  fixture_add_deployment (s, "east2", "East 2", 27.0, 48.75, 1200, GR_ROLE_NAVAL, "CA");
  fixture_add_deployment (s, "under", "Under", 25.2, 48.42, 1200, GR_ROLE_NAVAL, "GB");
  fixture_add_deployment (s, "over", "Over", 25.2, 49.08, 1200, GR_ROLE_NAVAL, "NL");
  name = long_name_box (s, FALSE);
  g_assert_cmpfloat (name.x, >=, 0);
  g_assert_cmpfloat (name.y, >=, 0);
}

/* With units under and over the small crowded zone as well, the label
 * goes east, and slides clear of the unit at the zone's east edge, whose
 * point lies just outside the label's box but whose frame does not. */
static void
test_zone_label_slides (void)
{
  g_autoptr(GrScenario) s = small_crowded_zone ();

  fixture_add_deployment (s, "under", "Under", 29.0, 48.42, 1200, GR_ROLE_NAVAL, "GB");
  fixture_add_deployment (s, "over", "Over", 29.0, 49.08, 1200, GR_ROLE_NAVAL, "NL");
  /* east of the zone */
  g_assert_cmpfloat (long_name_box (s, TRUE).x, >, 450);
}

/* With units under and over the small crowded zone, and none west of it
 * this time, the label goes west, where it need not slide.  With a
 * route's line running north to south just west of the zone, a label
 * there would read as the route's: it goes east, though it slides there
 * past the unit at the zone's edge. */
static void
test_zone_label_not_across_route (void)
{
  g_autoptr(GrScenario) s = small_crowded_zone ();
  static const double line[] = { 28.65, 50.5, 28.65, 47.0 };
  GrRoute route = { .id = g_strdup ("line"), .name = g_strdup ("Line") };
  cairo_rectangle_t name;
  GrMapView view;
  double x0, x1, y;

  gr_map_view_init_centered (&view, 7, 29, 48.75, 900, 700);
  gr_map_view_to_device (&view, 28.65, 48.6, &x0, &y);
  gr_map_view_to_device (&view, 29.2, 48.6, &x1, &y);
  g_array_remove_index (s->force.deployments, 1);   /* the one west */
  fixture_add_deployment (s, "under", "Under", 29.0, 48.42, 1200, GR_ROLE_NAVAL, "GB");
  fixture_add_deployment (s, "over", "Over", 29.0, 49.08, 1200, GR_ROLE_NAVAL, "NL");
  name = long_name_box (s, TRUE);
  g_assert_cmpfloat (name.x + name.width, <, x0);

  route.path = fixture_points (line, 2);
  gr_quantity_init (&route.ships_per_month, 100);
  g_array_append_val (s->maritime.routes, route);
  name = long_name_box (s, TRUE);
  g_assert_cmpfloat (name.x, >, x1);
}

/* ---- hit-testing -------------------------------------------------------- */

typedef struct
{
  const char *name;
  double lon, lat;
  GrEditItemKind kind;
  guint index;
  guint vertex;
} HitCase;

static const HitCase hit_cases[] = {
  /* a battery with nothing else near (Vinnytsia) */
  { "battery", 28.47, 49.23, GR_EDIT_ITEM_BATTERY, 8, 0 },
  /* a deployment with no battery under it (Starokostiantyniv) */
  { "deployment", 27.21, 49.76, GR_EDIT_ITEM_DEPLOYMENT, 5, 0 },
  /* the Bulgarian patrol's ship */
  { "patrol-post", 28.40, 42.90, GR_EDIT_ITEM_PATROL_POST, 2, 0 },
  /* a bend of the corridor inside the Romanian patrol: the point wins */
  { "route-point", 29.35, 44.25, GR_EDIT_ITEM_ROUTE_POINT, 0, 3 },
  /* the western zone's first corner */
  { "zone-vertex", 22.2, 51.6, GR_EDIT_ITEM_ZONE_VERTEX, 0, 0 },
  /* the western zone's base, Rzeszów */
  { "zone-base", 22.02, 50.11, GR_EDIT_ITEM_ZONE_BASE, 0, 0 },
  /* open water inside the sea zone, 64 km from the nearest patrol */
  { "zone", 32.3, 44.9, GR_EDIT_ITEM_ZONE, 1, 0 },
  /* the Sea of Azov: nothing */
  { "nothing", 36.5, 46.2, GR_EDIT_ITEM_NONE, 0, 0 },
};

static void
test_hit (gconstpointer data)
{
  const HitCase *c = data;
  g_autoptr(GrScenario) s = fixture_baseline_like ();
  GrMapView view;
  GrOverlayHit hit;
  double x, y;
  gboolean found;

  gr_map_view_init_centered (&view, 7, 30, 47, 2400, 1600);
  project_by_hand (7, c->lon, c->lat, &x, &y);
  found = gr_overlay_hit_test (&view, s, NULL, x - view.x, y - view.y, &hit);
  g_assert_cmpint (found, ==, c->kind != GR_EDIT_ITEM_NONE);
  g_assert_cmpint (hit.kind, ==, c->kind);
  if (c->kind == GR_EDIT_ITEM_NONE)
    return;
  g_assert_cmpuint (hit.index, ==, c->index);
  g_assert_cmpuint (hit.vertex, ==, c->vertex);
  g_assert_nonnull (hit.id);
}

/* A hidden layer is not hit: with the force off, the click on the
 * deployment lands on the western patrol zone under it. */
static void
test_hit_hidden_layer (void)
{
  g_autoptr(GrScenario) s = fixture_baseline_like ();
  GrOverlayStyle style;
  GrMapView view;
  GrOverlayHit hit;
  double x, y;

  gr_overlay_style_init (&style);
  style.layers &= ~GR_OVERLAY_FORCE;
  gr_map_view_init_centered (&view, 7, 30, 47, 2400, 1600);
  project_by_hand (7, 27.21, 49.76, &x, &y);
  g_assert_true (gr_overlay_hit_test (&view, s, &style, x - view.x, y - view.y, &hit));
  g_assert_cmpint (hit.kind, ==, GR_EDIT_ITEM_ZONE);
  g_assert_cmpstr (hit.id, ==, "west");
}

/* ---- legend and scale bar ------------------------------------------------ */

/* Rows are 21 units tall with 10 of padding above and below: a legend of
 * the force alone, all of one role, is a heading and one row, 62 tall.
 * A second role adds a row; hiding every layer leaves no legend. */
static void
test_legend_rows (void)
{
  g_autoptr(GrScenario) s = gr_scenario_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (surface);
  GrOverlayStyle style;
  double w, h;

  gr_overlay_style_init (&style);
  fixture_add_deployment (s, "a", "A", 30, 50, 1000, GR_ROLE_TRAINING, "GB");
  fixture_add_deployment (s, "b", "B", 31, 50, 2000, GR_ROLE_TRAINING, "FR");
  gr_legend_measure (cr, s, NULL, &style, 1.0, &w, &h);
  g_assert_cmpfloat_with_epsilon (h, 62, 1e-9);
  g_assert_cmpfloat (w, >, 0);

  fixture_add_deployment (s, "c", "C", 32, 50, 500, GR_ROLE_NAVAL, "TR");
  gr_legend_measure (cr, s, NULL, &style, 1.0, &w, &h);
  g_assert_cmpfloat_with_epsilon (h, 83, 1e-9);

  style.layers = 0;
  gr_legend_measure (cr, s, NULL, &style, 1.0, &w, &h);
  g_assert_cmpfloat (w, ==, 0);
  g_assert_cmpfloat (h, ==, 0);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Patrol zones: a heading, the zone swatch and the base make 3 rows (83
 * tall); when the metrics say one zone is held and one is not, both
 * outlines are explained: 4 rows, 104. */
static void
test_legend_zones (void)
{
  g_autoptr(GrScenario) s = gr_scenario_new ();
  static const double square[] = { 28, 48, 30, 48, 30, 49.5, 28, 49.5 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (surface);
  GrMetrics m = { 0 };
  GrPatrolZoneMetrics held = { .sustainable = TRUE }, short_of = { .sustainable = FALSE };
  double w, h;

  fixture_add_zone (s, "a", "A", square, 4, 1, 10, 29, 48.75);
  fixture_add_zone (s, "b", "B", square, 4, 1, 2, 29, 48.75);
  gr_legend_measure (cr, s, NULL, NULL, 1.0, &w, &h);
  g_assert_cmpfloat_with_epsilon (h, 83, 1e-9);

  m.air_patrol.zones = g_array_new (FALSE, TRUE, sizeof (GrPatrolZoneMetrics));
  g_array_append_val (m.air_patrol.zones, held);
  g_array_append_val (m.air_patrol.zones, short_of);
  gr_legend_measure (cr, s, &m, NULL, 1.0, &w, &h);
  g_assert_cmpfloat_with_epsilon (h, 104, 1e-9);

  g_array_unref (m.air_patrol.zones);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The longest 1-2-5 length that fits: 1 000 m/px × 170 px = 170 km → 100;
 * 1 500 × 170 = 255 km → 200; 3 000 × 170 = 510 km → 500; 40 × 170 =
 * 6.8 km → 5. */
static void
test_scale_bar_pick (void)
{
  g_assert_cmpfloat (gr_scale_bar_pick_km (1000, 170), ==, 100);
  g_assert_cmpfloat (gr_scale_bar_pick_km (1500, 170), ==, 200);
  g_assert_cmpfloat (gr_scale_bar_pick_km (3000, 170), ==, 500);
  g_assert_cmpfloat (gr_scale_bar_pick_km (40, 170), ==, 5);
  g_assert_cmpfloat (gr_scale_bar_pick_km (0, 170), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  static const double scales[] = { 1.0, 1.5, 2.0 };

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/render/overlay/selection", test_selection);
  g_test_add_func ("/render/overlay/zone-fill", test_zone_fill);
  g_test_add_data_func ("/render/overlay/zone-hatching/1", &scales[0], test_zone_hatching);
  g_test_add_data_func ("/render/overlay/zone-hatching/1.5", &scales[1], test_zone_hatching);
  g_test_add_data_func ("/render/overlay/zone-hatching/2", &scales[2], test_zone_hatching);
  g_test_add_func ("/render/overlay/zone-short", test_zone_short);
  g_test_add_func ("/render/overlay/dark-labels", test_dark_labels);
  g_test_add_func ("/render/overlay/route-coverage", test_route_coverage);
  g_test_add_func ("/render/overlay/deployment-position", test_deployment_position);
  g_test_add_func ("/render/overlay/text-boxes", test_text_boxes);
  g_test_add_func ("/render/overlay/zone-long-name", test_zone_long_name);
  g_test_add_func ("/render/overlay/zone-warning-box", test_zone_warning_box);
  g_test_add_func ("/render/overlay/zone-label-below", test_zone_label_below);
  g_test_add_func ("/render/overlay/zone-label-slides", test_zone_label_slides);
  g_test_add_func ("/render/overlay/zone-label-in-view", test_zone_label_in_view);
  g_test_add_func ("/render/overlay/zone-label-not-across-route",
                   test_zone_label_not_across_route);
  for (guint i = 0; i < G_N_ELEMENTS (hit_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/render/overlay/hit/%s", hit_cases[i].name);
      g_test_add_data_func (path, &hit_cases[i], test_hit);
    }
  g_test_add_func ("/render/overlay/hit-hidden-layer", test_hit_hidden_layer);
  g_test_add_func ("/render/legend/rows", test_legend_rows);
  g_test_add_func ("/render/legend/zones", test_legend_zones);
  g_test_add_func ("/render/scale-bar/pick", test_scale_bar_pick);

  return g_test_run ();
}
