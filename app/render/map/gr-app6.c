/* gr-app6.c — APP-6-style friendly land-unit symbols for the stabilisation force
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After NATO APP-6(D): the friendly frame is a rectangle (3:2) filled with
 * the friend colour, the role icon is drawn inside, the echelon (size)
 * indicator sits above the frame, text modifiers beside it.  Drawn with
 * cairo paths only, so symbols stay sharp at every scale and vector in
 * exports.
 */

#include "config.h"

#include <math.h>

#include "gr-format.h"
#include "gr-overlay-private.h"

#define FRAME_W 30.0
#define FRAME_H 20.0

void
gr_overlay_force_frame_size (double  k,
                             double *half_w,
                             double *half_h)
{
  *half_w = FRAME_W * k / 2;
  *half_h = FRAME_H * k / 2;
}

/* Echelon by troop count: company I (< 300), battalion II (< 1 000),
 * regiment III (< 3 000), brigade X (< 8 000), division XX. */
static void
draw_echelon (cairo_t *cr,
              double   x,
              double   top,
              double   k,
              double   troops)
{
  double h = 6.5 * k;
  double y0 = top - 2.5 * k - h;
  int bars = 0, crosses = 0;

  if (troops < 300)
    bars = 1;
  else if (troops < 1000)
    bars = 2;
  else if (troops < 3000)
    bars = 3;
  else if (troops < 8000)
    crosses = 1;
  else
    crosses = 2;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  for (int i = 0; i < bars; i++)
    {
      double bx = x + (i - (bars - 1) / 2.0) * 3.2 * k;
      cairo_move_to (cr, bx, y0);
      cairo_line_to (cr, bx, y0 + h);
    }
  for (int i = 0; i < crosses; i++)
    {
      double cx = x + (i - (crosses - 1) / 2.0) * 6.5 * k;
      double w = 2.6 * k;
      cairo_move_to (cr, cx - w, y0);
      cairo_line_to (cr, cx + w, y0 + h);
      cairo_move_to (cr, cx + w, y0);
      cairo_line_to (cr, cx - w, y0 + h);
    }
  /* a halo under the strokes, as under text, for dark and busy maps */
  gr_palette_set_source (cr, GR_OVERLAY_RGB_HALO, 0.85);
  cairo_set_line_width (cr, 3.6 * k);
  cairo_stroke_preserve (cr);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_INK, 1);
  cairo_set_line_width (cr, 1.6 * k);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
gr_overlay_draw_anchor (cairo_t *cr,
                        double   x,
                        double   y,
                        double   k,
                        GrRgb    ink)
{
  double s = 6.0 * k;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, 1.4 * k);
  gr_palette_set_source (cr, ink, 1);
  cairo_new_path (cr);
  /* ring, shank, stock and the curved arms with flukes */
  cairo_arc (cr, x, y - s * 0.82, s * 0.18, 0, 2 * G_PI);
  cairo_move_to (cr, x, y - s * 0.64);
  cairo_line_to (cr, x, y + s * 0.85);
  cairo_move_to (cr, x - s * 0.4, y - s * 0.35);
  cairo_line_to (cr, x + s * 0.4, y - s * 0.35);
  cairo_new_sub_path (cr);
  cairo_arc_negative (cr, x, y + s * 0.15, s * 0.7, G_PI, 0);
  cairo_stroke (cr);
  cairo_move_to (cr, x - s * 0.7, y + s * 0.15);
  cairo_rel_line_to (cr, -s * 0.15, -s * 0.3);
  cairo_move_to (cr, x - s * 0.7, y + s * 0.15);
  cairo_rel_line_to (cr, s * 0.3, -s * 0.12);
  cairo_move_to (cr, x + s * 0.7, y + s * 0.15);
  cairo_rel_line_to (cr, s * 0.15, -s * 0.3);
  cairo_move_to (cr, x + s * 0.7, y + s * 0.15);
  cairo_rel_line_to (cr, -s * 0.3, -s * 0.12);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Role icons inside a frame of half size (hw, hh) centred at (x, y). */
static void
draw_role_icon (cairo_t *cr,
                double   x,
                double   y,
                double   hw,
                double   hh,
                double   k,
                GrRole   role)
{
  cairo_save (cr);
  cairo_set_line_width (cr, 1.3 * k);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_INK, 1);
  switch (role)
    {
    case GR_ROLE_BORDER:
      /* infantry: the crossed diagonals */
      cairo_move_to (cr, x - hw, y - hh);
      cairo_line_to (cr, x + hw, y + hh);
      cairo_move_to (cr, x + hw, y - hh);
      cairo_line_to (cr, x - hw, y + hh);
      cairo_stroke (cr);
      break;
    case GR_ROLE_RESERVE:
      /* mechanised infantry (a manoeuvre reserve): cross plus the armour oval */
      cairo_move_to (cr, x - hw, y - hh);
      cairo_line_to (cr, x + hw, y + hh);
      cairo_move_to (cr, x + hw, y - hh);
      cairo_line_to (cr, x - hw, y + hh);
      cairo_stroke (cr);
      cairo_save (cr);
      cairo_translate (cr, x, y);
      cairo_scale (cr, hw * 0.62, hh * 0.5);
      cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
      cairo_restore (cr);
      cairo_stroke (cr);
      break;
    case GR_ROLE_AIR:
      /* aviation, fixed wing: the two-lobed "propeller" */
      cairo_move_to (cr, x, y);
      cairo_curve_to (cr, x + hw * 0.35, y - hh * 0.75, x + hw * 0.75, y - hh * 0.45,
                      x + hw * 0.75, y);
      cairo_curve_to (cr, x + hw * 0.75, y + hh * 0.45, x + hw * 0.35, y + hh * 0.75, x, y);
      cairo_curve_to (cr, x - hw * 0.35, y - hh * 0.75, x - hw * 0.75, y - hh * 0.45,
                      x - hw * 0.75, y);
      cairo_curve_to (cr, x - hw * 0.75, y + hh * 0.45, x - hw * 0.35, y + hh * 0.75, x, y);
      cairo_close_path (cr);
      cairo_stroke (cr);
      break;
    case GR_ROLE_NAVAL:
      gr_overlay_draw_anchor (cr, x, y + hh * 0.1, k * hh / (8.0 * k), GR_OVERLAY_RGB_INK);
      break;
    case GR_ROLE_TRAINING:
    case GR_N_ROLES:
    default:
      /* no standard icon: the NATO abbreviation as a text icon */
      gr_overlay_symbol_text (cr, "TRG", x, y, hh * 0.95, GR_OVERLAY_RGB_INK);
      break;
    }
  cairo_restore (cr);
}

void
gr_overlay_draw_unit (cairo_t    *cr,
                      double      x,
                      double      y,
                      double      k,
                      GrRole      role,
                      double      troops,
                      const char *nation,
                      guint       stacked,
                      gboolean    selected)
{
  double hw, hh;
  double step = 3.0 * k;
  guint behind = stacked > 1 ? MIN (stacked - 1, 2) : 0;
  g_autofree char *count = gr_format_count (troops);

  gr_overlay_force_frame_size (k, &hw, &hh);

  /* the frames and, above them, the echelon marks */
  gr_overlay_log_symbol (cr, x - hw, y - hh - behind * step - 9 * k,
                         2 * hw + behind * step, 2 * hh + behind * step + 9 * k);
  cairo_save (cr);
  cairo_new_path (cr);
  if (selected)
    {
      cairo_rectangle (cr, x - hw - 4 * k, y - hh - 4 * k - behind * step,
                       2 * hw + 8 * k + behind * step, 2 * hh + 8 * k + behind * step);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_SELECTION, 0.9);
      cairo_fill (cr);
    }
  /* A stack: frames offset up and right behind the front one. */
  for (guint i = behind; i > 0; i--)
    {
      cairo_rectangle (cr, x - hw + i * step, y - hh - i * step, 2 * hw, 2 * hh);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_FRIEND, 1);
      cairo_fill_preserve (cr);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_INK, 1);
      cairo_set_line_width (cr, 1.2 * k);
      cairo_stroke (cr);
    }
  cairo_rectangle (cr, x - hw, y - hh, 2 * hw, 2 * hh);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_FRIEND, 1);
  cairo_fill_preserve (cr);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_INK, 1);
  cairo_set_line_width (cr, 1.6 * k);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  cairo_stroke (cr);

  cairo_save (cr);
  cairo_rectangle (cr, x - hw, y - hh, 2 * hw, 2 * hh);
  cairo_clip (cr);
  draw_role_icon (cr, x, y, hw, hh, k, role);
  cairo_restore (cr);

  if (troops > 0)
    draw_echelon (cr, x, y - hh - behind * step, k, troops);
  cairo_restore (cr);

  if (troops <= 0)
    return;
  gr_overlay_text_boxed (cr, nation, x - hw - 3 * k, y, 1, 0.5, 10.5 * k, TRUE, GR_OVERLAY_RGB_INK);
  gr_overlay_text_boxed (cr, count, x + hw + 3 * k + behind * step, y, 0, 0.5, 10.5 * k, FALSE,
                   GR_OVERLAY_RGB_INK);
}
