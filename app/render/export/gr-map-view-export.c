/* gr-map-view-export.c — the map exactly as a window shows it: one view, PNG, PDF or SVG
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gr-map-export.c frames Ukraine on a page with a title; this draws the
 * view the user has panned and zoomed to, with the same painters the
 * screen's tiles and overlay layer use, laid out like the screen (legend
 * bottom left above the scale bar, attribution bottom right), so "Export
 * Map…" gives what is on the screen, in vector for PDF and SVG.
 */

#include "config.h"

#include "gr-map-view-export.h"

#include <glib/gi18n-lib.h>

#include "gr-export.h"
#include "gr-legend.h"
#include "gr-map-export.h"
#include "gr-overlay-private.h"
#include "gr-scale-bar.h"

/* As on screen: the legend card 10 px in and 62 px up (over the scale
 * bar), the bar 12 px from the corner. */
#define MARGIN 10.0
#define LEGEND_BOTTOM 62.0

void
gr_map_view_page_draw (cairo_t *cr,
                       double   width,
                       double   height,
                       gpointer user_data)
{
  const GrMapViewPage *page = user_data;
  GrOverlayStyle style;
  GrMapView view;
  double r, g, b, lw, lh;

  g_return_if_fail (cr != NULL && page != NULL && page->scenario != NULL);

  style = page->style;
  style.selected = (GrOverlayHit) { .kind = GR_EDIT_ITEM_NONE };
  view = page->view;
  view.width = width;
  view.height = height;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  gr_basemap_get_sea_color (page->basemap_style, &r, &g, &b);
  cairo_set_source_rgb (cr, r, g, b);
  cairo_paint (cr);
  gr_map_draw_layers (cr, &view, page->basemap, page->basemap_style, page->scenario,
                      page->metrics, &style);
  if (page->ghost != NULL)
    gr_overlay_ghost_draw (cr, &view, page->ghost, &style);

  if (page->show_legend)
    {
      gr_legend_measure (cr, page->scenario, page->metrics, &style, 1.0, &lw, &lh);
      if (lw > 0 && lh > 0)
        gr_legend_draw (cr, MARGIN, height - LEGEND_BOTTOM - lh, page->scenario, page->metrics,
                        &style, 1.0);
    }
  gr_scale_bar_draw (cr, &view, MARGIN + 8, height - 12, 170, 1.0);
  gr_overlay_text (cr, _("Map data: Natural Earth"), width - MARGIN, height - 3, 1, 1, 9.5,
                   FALSE, GR_OVERLAY_RGB_INK);
  cairo_restore (cr);
}

gboolean
gr_map_view_export (const GrMapViewPage *page,
                    const char          *path,
                    double               scale,
                    GError             **error)
{
  g_return_val_if_fail (page != NULL && page->scenario != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (scale > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return gr_export_draw_to_file (path, (int) (page->view.width * scale + 0.5),
                                 (int) (page->view.height * scale + 0.5), scale,
                                 gr_map_view_page_draw, (gpointer) page, error);
}
