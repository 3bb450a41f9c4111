/* gr-scale-bar.c — a scale bar of a round length for a Web Mercator map
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-scale-bar.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "gr-overlay-private.h"

double
gr_scale_bar_pick_km (double meters_per_px,
                      double max_px)
{
  double max_km = meters_per_px * max_px / 1000.0;
  double decade, best = 0;
  static const double steps[] = { 1, 2, 5 };

  if (!(max_km > 0) || !isfinite (max_km))
    return 0;
  decade = pow (10, floor (log10 (max_km)));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * decade <= max_km * (1 + 1e-9))
      best = steps[i] * decade;
  return best;
}

void
gr_scale_bar_draw (cairo_t         *cr,
                   const GrMapView *view,
                   double           x,
                   double           y,
                   double           max_px,
                   double           scale)
{
  double lon, lat, mpp, km, len, h = 6 * scale, note_w, note_h;
  g_autofree char *label = NULL;
  g_autofree char *note = NULL;
  int parts;

  gr_map_view_from_device (view, view->width / 2, view->height / 2, &lon, &lat);
  mpp = gr_mercator_meters_per_pixel (view->zoom, lat);
  km = gr_scale_bar_pick_km (mpp, max_px);
  if (km <= 0)
    return;
  len = km * 1000.0 / mpp;
  /* 1 and 5 split into 5 parts, 2 into 4, so every tick is round too */
  parts = fabs (km / pow (10, floor (log10 (km))) - 2) < 1e-9 ? 4 : 5;

  /* TRANSLATORS: where a Mercator scale bar is true, e.g. "at 48° N" */
  note = g_strdup_printf (_("at %.0f° %s"), fabs (lat), lat >= 0 ? _("N") : _("S"));
  gr_overlay_text_size (cr, note, 9 * scale, FALSE, &note_w, &note_h);

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, x - 8 * scale, y - h - 22 * scale,
                   len + note_w + 40 * scale, h + 28 * scale);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_HALO, 0.8);
  cairo_fill (cr);
  for (int i = 0; i < parts; i++)
    {
      cairo_rectangle (cr, x + len * i / parts, y - h, len / parts, h);
      if (i % 2 == 0)
        gr_palette_set_source (cr, GR_OVERLAY_RGB_INK, 1);
      else
        gr_palette_set_source (cr, GR_OVERLAY_RGB_HALO, 1);
      cairo_fill (cr);
    }
  cairo_rectangle (cr, x, y - h, len, h);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_INK, 1);
  cairo_set_line_width (cr, 1.0 * scale);
  cairo_stroke (cr);
  cairo_restore (cr);

  gr_overlay_text (cr, "0", x, y - h - 2 * scale, 0.5, 1, 10 * scale, FALSE, GR_OVERLAY_RGB_INK);
  /* TRANSLATORS: the scale bar's length, e.g. "200 km" */
  label = g_strdup_printf (_("%g km"), km);
  gr_overlay_text (cr, label, x + len, y - h - 2 * scale, 0.5, 1, 10 * scale, FALSE,
                   GR_OVERLAY_RGB_INK);
  gr_overlay_text (cr, note, x + len + 24 * scale, y - h / 2, 0, 0.5, 9 * scale, FALSE,
                   GR_OVERLAY_RGB_INK);
}
