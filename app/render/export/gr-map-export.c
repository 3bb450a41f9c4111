/* gr-map-export.c — the whole scenario map as one page: PNG, PDF or SVG
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is drawn by the same painters as the screen (base map, overlay
 * layers, legend), so PDF and SVG exports are vector throughout.  The
 * legend has its own column to the right of the map.  It is laid
 * out on a 1280 × 720-like canvas and magnified to the asked size, so a
 * 1920 × 1080 PNG and an A4 PDF have the same proportions of type to map.
 */

#include "config.h"

#include "gr-map-export.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "gr-export.h"
#include "gr-format.h"
#include "gr-geo-names.h"
#include "gr-legend.h"
#include "gr-overlay-private.h"
#include "gr-scale-bar.h"

/* Ukraine (Crimea included) and the Black Sea to the Bosporus. */
#define FRAME_MIN_LON 22.0
#define FRAME_MAX_LON 40.4
#define FRAME_MIN_LAT 40.6
#define FRAME_MAX_LAT 52.6

/* The bundled base-map data ends here; a wide page must not show past it. */
#define DATA_MIN_LON 12.0
#define DATA_MAX_LON 45.0

#define TITLE_BAND 58.0
#define MARGIN 12.0
/* Below this width the legend column is left out. */
#define MIN_MAP_WIDTH 160.0
#define LAYOUT_WIDTH 1280.0
#define LAYOUT_HEIGHT 720.0

void
gr_map_label_log_clear (GrMapLabelLog *log)
{
  g_clear_pointer (&log->texts, g_array_unref);
  g_clear_pointer (&log->symbols, g_array_unref);
  g_clear_pointer (&log->leaders, g_array_unref);
  g_clear_pointer (&log->names, g_array_unref);
}

void
gr_map_draw_layers (cairo_t              *cr,
                    const GrMapView      *view,
                    GrBasemap            *basemap,
                    GrBasemapStyle        basemap_style,
                    const GrScenario     *scenario,
                    const GrMetrics      *metrics,
                    const GrOverlayStyle *style)
{
  gr_map_draw_layers_logged (cr, view, basemap, basemap_style, scenario, metrics, style, NULL);
}

void
gr_map_draw_layers_logged (cairo_t              *cr,
                           const GrMapView      *view,
                           GrBasemap            *basemap,
                           GrBasemapStyle        basemap_style,
                           const GrScenario     *scenario,
                           const GrMetrics      *metrics,
                           const GrOverlayStyle *style,
                           GrMapLabelLog        *log)
{
  GrMapLabelLog own = { NULL };
  GrOverlayStyle over;

  g_return_if_fail (cr != NULL && view != NULL && scenario != NULL && style != NULL);

  /* The text's halos follow the base map under them. */
  over = *style;
  over.dark = basemap != NULL && basemap_style == GR_BASEMAP_STYLE_DARK;

  if (basemap != NULL)
    gr_basemap_draw_full (basemap, cr, view,
                          &(GrBasemapOptions) { .style = basemap_style,
                                                .layers = GR_BASEMAP_LAYER_ALL &
                                                          ~GR_BASEMAP_LAYER_PLACE_NAMES,
                                                .framed = TRUE });
  if (basemap == NULL)
    {
      gr_overlay_draw_all (cr, view, scenario, metrics, &over);
      return;
    }
  if (log == NULL)
    log = &own;
  gr_map_label_log_clear (log);
  log->names = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  /* the names give way to the text, symbols and leaders this pass draws */
  gr_overlay_draw_all_with_boxes (cr, view, scenario, metrics, &over, &log->texts,
                                  &log->symbols, &log->leaders);
  gr_basemap_draw_names (basemap, cr, view,
                         &(GrBasemapOptions) { .style = basemap_style,
                                               .layers = GR_BASEMAP_LAYER_PLACE_NAMES,
                                               .framed = TRUE },
                         log->texts, log->symbols, log->leaders, log->names);
  gr_map_label_log_clear (&own);
}

void
gr_map_page_get_view (double     width,
                      double     height,
                      GrMapView *view,
                      double    *map_top)
{
  double x0, y0, x1, y1, dx0, dx1, dummy, map_h = MAX (1.0, height - TITLE_BAND);
  double zoom, cx;

  width = MAX (1.0, width);
  /* World pixels at zoom 0 of the frame's corners; the zoom that fits them
   * into the map area with a small margin. */
  gr_mercator_project (0, FRAME_MIN_LON, FRAME_MAX_LAT, &x0, &y0);
  gr_mercator_project (0, FRAME_MAX_LON, FRAME_MIN_LAT, &x1, &y1);
  zoom = log2 (MIN (width / (x1 - x0), map_h / (y1 - y0)) * 0.97);
  /* A page wider than the frame shows more east and west; zoom in just
   * enough that it stays within the data, and keep it inside. */
  gr_mercator_project (0, DATA_MIN_LON, 0, &dx0, &dummy);
  gr_mercator_project (0, DATA_MAX_LON, 0, &dx1, &dummy);
  zoom = MAX (zoom, log2 (width / (dx1 - dx0)));
  cx = CLAMP ((x0 + x1) / 2, dx0 + width / 2 / exp2 (zoom), dx1 - width / 2 / exp2 (zoom));

  view->zoom = zoom;
  view->width = width;
  view->height = map_h;
  /* centred in Mercator y, not in latitude */
  view->x = cx * exp2 (zoom) - width / 2;
  view->y = (y0 + y1) / 2 * exp2 (zoom) - map_h / 2;
  if (map_top != NULL)
    *map_top = TITLE_BAND;
}

static char *
layers_subtitle (GrOverlayLayers layers)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (layers & GR_OVERLAY_AIR_DEFENSE)
    g_ptr_array_add (parts, (gpointer) _("Integrated air defence"));
  if (layers & GR_OVERLAY_PATROL_ZONES)
    g_ptr_array_add (parts, (gpointer) _("joint air patrols"));
  if (layers & GR_OVERLAY_FORCE)
    g_ptr_array_add (parts, (gpointer) _("stabilisation force"));
  if (layers & GR_OVERLAY_MARITIME)
    g_ptr_array_add (parts, (gpointer) _("Black Sea security"));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* The headline figures of the visible layers, one line each, so that the
 * page read on its own says what the map shows. */
static GPtrArray *
key_figures (const GrMetrics *m,
             GrOverlayLayers  layers)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  if (m == NULL)
    return lines;
  if (layers & GR_OVERLAY_AIR_DEFENSE)
    {
      g_autofree char *pct = gr_format_percent (m->air_defense.territory_covered_pct / 100, 0);

      g_ptr_array_add (lines, g_strdup_printf (_("Territory covered (cruise missiles): %s"), pct));
    }
  if ((layers & GR_OVERLAY_PATROL_ZONES) && m->air_patrol.zones != NULL &&
      m->air_patrol.zones->len > 0)
    g_ptr_array_add (lines, g_strdup_printf (_("Patrol zones held: %u of %u (%d of %.0f aircraft)"),
                                             m->air_patrol.zones_sustainable,
                                             m->air_patrol.zones->len,
                                             m->air_patrol.aircraft_assigned,
                                             ceil (m->air_patrol.aircraft_required - 1e-9)));
  if (layers & GR_OVERLAY_FORCE)
    {
      g_autofree char *deployed = gr_format_count (m->force.deployed_troops);
      g_autofree char *low = gr_format_count (m->force.band_low);
      g_autofree char *high = gr_format_count (m->force.band_high);

      g_ptr_array_add (lines, g_strdup_printf (_("Force deployed: %s (band %s–%s), %u nations"),
                                               deployed, low, high, m->force.n_nations));
    }
  if ((layers & GR_OVERLAY_MARITIME) && m->maritime.routes != NULL &&
      m->maritime.routes->len > 0)
    {
      g_autofree char *pct = gr_format_percent (m->maritime.covered_pct / 100, 0);

      g_ptr_array_add (lines, g_strdup_printf (_("Shipping routes covered: %s"), pct));
    }
  return lines;
}

#define KEY_LINE 17.0
#define KEY_SIZE 10.5

/* Width of the key figures block. */
static double
key_figures_width (cairo_t   *cr,
                   GPtrArray *lines)
{
  double width = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      double w, h;

      gr_overlay_text_size (cr, g_ptr_array_index (lines, i), KEY_SIZE, FALSE, &w, &h);
      width = MAX (width, w);
    }
  return width;
}

/* Whether the key figures, heading and lines, fit from @y to @bottom. */
static gboolean
key_figures_fit (GPtrArray *lines,
                 double     y,
                 double     bottom)
{
  return lines->len > 0 && y + (lines->len + 1) * KEY_LINE <= bottom;
}

static void
draw_key_figures (cairo_t   *cr,
                  GPtrArray *lines,
                  double     x,
                  double     y)
{
  gr_overlay_text (cr, _("Key figures"), x, y, 0, 0, 11.5, TRUE, GR_OVERLAY_RGB_INK);
  for (guint i = 0; i < lines->len; i++)
    gr_overlay_text (cr, g_ptr_array_index (lines, i), x, y + (i + 1) * KEY_LINE + 3, 0, 0,
                     KEY_SIZE, FALSE, GR_OVERLAY_RGB_INK);
}

void
gr_map_page_draw (cairo_t *cr,
                  double   width,
                  double   height,
                  gpointer user_data)
{
  const GrMapPage *page = user_data;
  GrOverlayStyle style;
  GrMapView view;
  g_autofree char *subtitle = NULL;
  g_autoptr(GPtrArray) figures = NULL;
  double map_top, lw, lh, panel, r, g, b, legend_scale = 1.0, figures_y;
  gboolean show_figures;

  g_return_if_fail (cr != NULL && page != NULL && page->scenario != NULL);

  gr_overlay_style_init (&style);
  style.layers = page->layers;

  /* The legend stands in a column on the right, off the map, so it never
   * hides a part of the country; the map takes the rest. */
  gr_legend_measure (cr, page->scenario, page->metrics, &style, 1.0, &lw, &lh);
  /* A short page (a 16:9 slide) shrinks the legend to its height rather
   * than cut its last rows off. */
  if (lh > height - TITLE_BAND - 2 * MARGIN && lh > 0)
    {
      legend_scale = MAX (height - TITLE_BAND - 2 * MARGIN, 1.0) / lh;
      gr_legend_measure (cr, page->scenario, page->metrics, &style, legend_scale, &lw, &lh);
    }
  figures = key_figures (page->metrics, page->layers);
  /* The key figures go under the legend where there is room for them,
   * and only then widen its column. */
  figures_y = TITLE_BAND + MARGIN + lh + 16;
  show_figures = lw > 0 && key_figures_fit (figures, figures_y, height - MARGIN);
  if (show_figures)
    lw = MAX (lw, key_figures_width (cr, figures) + 20);
  panel = lw > 0 ? lw + 2 * MARGIN : 0;
  /* A narrow page has no room for both: the map keeps it. */
  if (width - panel < MIN_MAP_WIDTH)
    lw = panel = 0;
  gr_map_page_get_view (width - panel, height, &view, &map_top);

  cairo_save (cr);
  cairo_rectangle (cr, width - panel, map_top, panel, height - map_top);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  cairo_restore (cr);
  if (lw > 0)
    {
      gr_legend_draw (cr, width - lw - MARGIN, map_top + MARGIN, page->scenario, page->metrics,
                      &style, legend_scale);
      if (show_figures)
        draw_key_figures (cr, figures, width - lw - MARGIN + 10, figures_y);
    }

  /* the map */
  cairo_save (cr);
  cairo_translate (cr, 0, map_top);
  cairo_rectangle (cr, 0, 0, view.width, view.height);
  cairo_clip (cr);
  gr_basemap_get_sea_color (GR_BASEMAP_STYLE_LIGHT, &r, &g, &b);
  cairo_set_source_rgb (cr, r, g, b);
  cairo_paint (cr);
  gr_map_draw_layers_logged (cr, &view, page->basemap, GR_BASEMAP_STYLE_LIGHT, page->scenario,
                             page->metrics, &style, page->log);
  if (page->ghost != NULL)
    gr_overlay_ghost_draw (cr, &view, page->ghost, &style);

  /* scale bar bottom-left, attribution bottom-right */
  gr_scale_bar_draw (cr, &view, MARGIN + 8, view.height - MARGIN, 170, 1.0);
  gr_overlay_text (cr, _("Map data: Natural Earth"), view.width - MARGIN, view.height - 3,
                   1, 1, 9.5, FALSE, GR_OVERLAY_RGB_INK);
  cairo_restore (cr);

  /* the title band */
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, map_top);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  cairo_move_to (cr, 0, map_top - 0.5);
  cairo_line_to (cr, width, map_top - 0.5);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.3);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  cairo_restore (cr);
  gr_overlay_text (cr, gr_item_name (page->scenario->name, page->scenario->name_uk,
                                    _("Untitled scenario")),
                   MARGIN + 8, 9, 0, 0, 22, TRUE, GR_OVERLAY_RGB_INK);
  subtitle = layers_subtitle (page->layers);
  gr_overlay_text (cr, subtitle, MARGIN + 8, 38, 0, 0, 12.5, FALSE,
                   (GrRgb) { 0.3, 0.3, 0.33 });
}

gboolean
gr_map_export (const GrScenario *scenario,
               const GrMetrics  *metrics,
               GrBasemap        *basemap,
               GrOverlayLayers   layers,
               const char       *path,
               int               width,
               int               height,
               GError          **error)
{
  GrMapPage page = { scenario, metrics, basemap, layers, NULL, NULL };

  g_return_val_if_fail (scenario != NULL, FALSE);

  return gr_map_export_page (&page, path, width, height, error);
}

gboolean
gr_map_export_page (const GrMapPage  *page,
                    const char       *path,
                    int               width,
                    int               height,
                    GError          **error)
{
  double scale;

  g_return_val_if_fail (page != NULL && page->scenario != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (width == 0 && height == 0)
    {
      width = GR_MAP_EXPORT_DEFAULT_WIDTH;
      height = GR_MAP_EXPORT_DEFAULT_HEIGHT;
    }
  /* Lay out as on a 1280 × 720 screen, magnified; never shrink the type
   * below its screen size on a small page. */
  scale = MAX (1.0, MIN (width / LAYOUT_WIDTH, height / LAYOUT_HEIGHT));
  return gr_export_draw_to_file (path, width, height, scale, gr_map_page_draw, (gpointer) page,
                                 error);
}
