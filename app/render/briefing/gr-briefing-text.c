/* gr-briefing-text.c — text, rules and page headers for the briefing painters
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-briefing-private.h"

#define GR_BRIEFING_FONTS "Cantarell, DejaVu Sans, sans-serif"

/* Unhinted metrics: text measured while planning pages on one surface
 * breaks the same way when drawn on another (PDF, screen). */
PangoLayout *
gr_briefing_layout_new (cairo_t *cr)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  PangoLayout *layout = pango_cairo_create_layout (cr);

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  pango_layout_context_changed (layout);
  cairo_font_options_destroy (options);
  return layout;
}

static void
prepare (GrBriefingPaint *paint,
         const char      *text,
         gboolean         markup,
         double           width,
         double           size,
         gboolean         bold)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (GR_BRIEFING_FONTS);

  pango_font_description_set_absolute_size (font, size * paint->u * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (paint->layout, font);
  pango_layout_set_width (paint->layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  pango_layout_set_wrap (paint->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_attributes (paint->layout, NULL);
  if (markup)
    pango_layout_set_markup (paint->layout, text, -1);
  else
    pango_layout_set_text (paint->layout, text, -1);
}

double
gr_briefing_text (GrBriefingPaint *paint,
                  const char      *text,
                  gboolean         markup,
                  double           x,
                  double           y,
                  double           width,
                  double           size,
                  gboolean         bold,
                  GrRgb            colour)
{
  PangoRectangle logical;

  if (text == NULL || *text == '\0')
    return 0;
  prepare (paint, text, markup, width, size, bold);
  pango_layout_get_extents (paint->layout, NULL, &logical);
  gr_palette_set_source (paint->cr, colour, 1);
  cairo_move_to (paint->cr, x, y);
  pango_cairo_show_layout (paint->cr, paint->layout);
  return (double) logical.height / PANGO_SCALE;
}

double
gr_briefing_text_line (GrBriefingPaint *paint,
                       const char      *text,
                       double           x,
                       double           y,
                       double           width,
                       double           size,
                       gboolean         bold,
                       GrRgb            colour)
{
  double natural = gr_briefing_text_width (paint, text, size, bold);
  double height;

  /* Smaller type down to four fifths, then an ellipsis. */
  if (natural > width && natural > 0)
    size *= MAX (width / natural, 0.8);
  /* gr_briefing_text() leaves the ellipsis as it finds it. */
  pango_layout_set_ellipsize (paint->layout, PANGO_ELLIPSIZE_END);
  height = gr_briefing_text (paint, text, FALSE, x, y, width, size, bold, colour);
  pango_layout_set_ellipsize (paint->layout, PANGO_ELLIPSIZE_NONE);
  return height;
}

static PangoRectangle
measure (GrBriefingPaint *paint,
         const char      *text,
         double           width,
         double           size,
         gboolean         bold)
{
  PangoRectangle logical = { 0 };

  if (text != NULL && *text != '\0')
    {
      prepare (paint, text, FALSE, width, size, bold);
      pango_layout_get_extents (paint->layout, NULL, &logical);
    }
  return logical;
}

double
gr_briefing_text_height (GrBriefingPaint *paint,
                         const char      *text,
                         double           width,
                         double           size,
                         gboolean         bold)
{
  return (double) measure (paint, text, width, size, bold).height / PANGO_SCALE;
}

double
gr_briefing_text_width (GrBriefingPaint *paint,
                        const char      *text,
                        double           size,
                        gboolean         bold)
{
  return (double) measure (paint, text, 0, size, bold).width / PANGO_SCALE;
}

void
gr_briefing_rule (GrBriefingPaint *paint,
                  double           x,
                  double           y,
                  double           width)
{
  cairo_save (paint->cr);
  gr_palette_set_source (paint->cr, paint->rule, 1);
  cairo_set_line_width (paint->cr, paint->projector ? 1.2 : 0.6);
  cairo_move_to (paint->cr, x, y);
  cairo_line_to (paint->cr, x + width, y);
  cairo_stroke (paint->cr);
  cairo_restore (paint->cr);
}

GrBriefingBox
gr_briefing_page_header (GrBriefingPaint *paint,
                         const char      *title,
                         const char      *subtitle)
{
  double m = paint->margin;
  double y = 0.75 * m;
  double text_width = paint->width - 2 * m;

  y += gr_briefing_text (paint, title, FALSE, m, y, text_width, 1.9, TRUE, paint->text);
  if (subtitle != NULL && *subtitle != '\0')
    y += 0.2 * paint->u + gr_briefing_text (paint, subtitle, FALSE, m, y + 0.2 * paint->u,
                                            text_width, 1.0, FALSE, paint->secondary);
  y += 0.6 * paint->u;
  cairo_save (paint->cr);
  gr_palette_set_source (paint->cr, paint->accent, 1);
  cairo_rectangle (paint->cr, m, y, 3 * paint->u, paint->projector ? 4 : 2.5);
  cairo_fill (paint->cr);
  cairo_restore (paint->cr);
  y += 1.2 * paint->u;

  return (GrBriefingBox) {
    .x = m, .y = y, .width = text_width,
    .height = paint->height - gr_briefing_footer_height (paint) - 0.8 * paint->u - y,
  };
}

/* Splits box into a chart area on the left and a column on the right. */
void
gr_briefing_split (GrBriefingPaint *paint,
                   GrBriefingBox    box,
                   double           share,
                   GrBriefingBox   *left,
                   GrBriefingBox   *right)
{
  double gap = 2 * paint->u;

  *left = box;
  left->width = (box.width - gap) * share;
  *right = box;
  right->x = box.x + left->width + gap;
  right->width = box.width - left->width - gap;
}
