/* gr-chart-text.c — themes, fonts and text placement for the chart painter
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-chart-private.h"

#include <math.h>
#include <string.h>

/* One family: fontconfig follows it with the sans-serif fonts for
 * what it lacks, and pango, which takes each font's metrics by laying out
 * a sample in a font described by its family alone, then finds the fonts
 * it already has (with a list of families it looked them all up again). */
#define GR_CHART_FONTS "Cantarell"

/* Body text size in user units at text_scale 1: comfortable in a 1280×720
 * window and in a 1920×1080 export drawn at scale 1.5. */
#define GR_CHART_BODY_SIZE 13.0
/* The body kinds' size in those units; on a vector page, every kind's font's. */
#define GR_CHART_BODY_KIND 0.95

static GrRgb
grey (double level)
{
  return (GrRgb) { level, level, level };
}

void
gr_chart_ink_init (GrChartInk   *ink,
                   GrChartTheme  theme)
{
  switch (theme)
    {
    case GR_CHART_THEME_DARK:
      *ink = (GrChartInk) {
        .background = { 0.118, 0.118, 0.125 }, .text = grey (0.94),
        .secondary = grey (0.72), .grid = grey (0.26), .axis = grey (0.62),
        .band = GR_RGB_SKY_BLUE, .alert = { 1.0, 0.55, 0.25 }, .line = 1.0, .dark = TRUE,
      };
      break;
    case GR_CHART_THEME_HIGH_CONTRAST:
      *ink = (GrChartInk) {
        .background = grey (1), .text = grey (0), .secondary = grey (0),
        .grid = grey (0.6), .axis = grey (0), .band = GR_RGB_BLUE,
        .alert = GR_RGB_VERMILLION, .line = 1.6, .dark = FALSE,
      };
      break;
    case GR_CHART_THEME_HIGH_CONTRAST_DARK:
      *ink = (GrChartInk) {
        .background = grey (0), .text = grey (1), .secondary = grey (1),
        .grid = grey (0.5), .axis = grey (1), .band = GR_RGB_SKY_BLUE,
        .alert = { 1.0, 0.6, 0.3 }, .line = 1.6, .dark = TRUE,
      };
      break;
    case GR_CHART_THEME_LIGHT:
    default:
      *ink = (GrChartInk) {
        .background = grey (1), .text = grey (0.10), .secondary = grey (0.36),
        .grid = grey (0.88), .axis = grey (0.45), .band = GR_RGB_SKY_BLUE,
        .alert = GR_RGB_VERMILLION, .line = 1.0, .dark = FALSE,
      };
      break;
    }
}

/* GUARANTOR_PSEUDO_LOCALE=1 lengthens every word the charts draw by 40 %,
 * as a long translation would: a test that the layout has room for any
 * language. */
static gboolean
pseudo_locale (void)
{
  return g_strcmp0 (g_getenv ("GUARANTOR_PSEUDO_LOCALE"), "1") == 0;
}

/* A page or drawing of vector shapes: no pixel grid. */
static gboolean
vector_target (cairo_t *cr)
{
  switch (cairo_surface_get_type (cairo_get_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
    case CAIRO_SURFACE_TYPE_SCRIPT:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Each text kind's size in body text units, and its weight. */
static const struct
{
  double size;
  PangoWeight weight;
} kinds[GR_N_TEXT_KINDS] = {
  [GR_TEXT_TITLE] = { 1.55, PANGO_WEIGHT_BOLD },
  [GR_TEXT_BODY] = { GR_CHART_BODY_KIND, PANGO_WEIGHT_NORMAL },
  [GR_TEXT_BODY_BOLD] = { GR_CHART_BODY_KIND, PANGO_WEIGHT_BOLD },
  [GR_TEXT_SMALL] = { 0.85, PANGO_WEIGHT_NORMAL },
  [GR_TEXT_TINY] = { 0.7, PANGO_WEIGHT_NORMAL },
};

/* The font of @kind at @size body units of @u user units, laid out at
 * @device_scale device pixels per user unit. */
static PangoFontDescription *
kind_font (GrTextKind kind,
           double     size,
           double     u,
           double     device_scale)
{
  PangoFontDescription *font = pango_font_description_from_string (GR_CHART_FONTS);

  pango_font_description_set_absolute_size (font, size * u * device_scale * PANGO_SCALE);
  pango_font_description_set_weight (font, kinds[kind].weight);
  return font;
}

/**
 * gr_chart_pixel_fonts:
 * @text_scale: the style's text scale
 * @device_scale: image pixels per user unit, at least 1
 *
 * The fonts a chart lays its text out in on an image surface drawn at
 * @device_scale, one per kind of text every chart draws, in the order a
 * chart first uses them (the title, the subtitle, the source, the values):
 * the fonts to load ahead of drawing (gr-font-primer.h).
 *
 * Returns: (transfer full) (element-type PangoFontDescription): the fonts
 */
GPtrArray *
gr_chart_pixel_fonts (double text_scale,
                      double device_scale)
{
  static const GrTextKind first_used[] = { GR_TEXT_TITLE, GR_TEXT_BODY, GR_TEXT_SMALL,
                                           GR_TEXT_BODY_BOLD };
  GPtrArray *fonts = g_ptr_array_new_with_free_func (
    (GDestroyNotify) pango_font_description_free);
  double u = GR_CHART_BODY_SIZE * (text_scale > 0 ? text_scale : 1);

  for (guint i = 0; i < G_N_ELEMENTS (first_used); i++)
    g_ptr_array_add (fonts, kind_font (first_used[i], kinds[first_used[i]].size, u,
                                       device_scale));
  return fonts;
}

void
gr_chart_paint_init (GrChartPaint *paint,
                     GrChart      *chart,
                     cairo_t      *cr)
{
  double scale = chart->style.text_scale > 0 ? chart->style.text_scale : 1;
  cairo_matrix_t ctm;

  *paint = (GrChartPaint) { .chart = chart, .cr = cr, .device_scale = 1,
                            .pseudo_locale = pseudo_locale () };
  paint->u = GR_CHART_BODY_SIZE * scale;
  gr_chart_ink_init (&paint->ink, chart->style.theme);

  /* Text is laid out and drawn in device units when user units are only
   * enlarged (a PNG export at 1.5x): pango then needs one set of fonts,
   * where in scaled user units it also loads each font again at its
   * device size times the scale, to take its metrics from a sample text:
   * a fifth of the drawing of a chart.  Glyphs fall on whole device
   * pixels rather than whole user units, finer still.  Smaller device
   * units (a chart on a PDF page, in points) would place glyphs more
   * coarsely: those stay in user units. */
  cairo_get_matrix (cr, &ctm);
  if (ctm.xy == 0 && ctm.yx == 0 && ctm.xx == ctm.yy && ctm.xx >= 1)
    {
      paint->device_scale = ctm.xx;
      cairo_save (cr);
      cairo_identity_matrix (cr);
      paint->context = pango_cairo_create_context (cr);
      cairo_restore (cr);
    }
  else
    paint->context = pango_cairo_create_context (cr);
  /* On a vector page (PDF, SVG) glyphs need no grid: unrounded, their
   * advances are the font's own and scale exactly.  There every kind is
   * laid out at the body's size, in its regular or bold font, and the
   * title and the smaller kinds are drawn scaled from it: each further
   * size would cost pango a fontconfig match and sort (on two threads of
   * its own), a face and a sample text laid out for its metrics, about
   * 0.8 ms each.  On pixels each kind keeps its own size: its advances
   * are hinted to whole pixels at that size, and scaled they would space
   * letters unevenly (small text at 1x, the title at 2x). */
  paint->scaled_kinds = vector_target (cr);
  if (paint->scaled_kinds)
    pango_context_set_round_glyph_positions (paint->context, FALSE);
  paint->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  for (guint i = 0; i < GR_N_TEXT_KINDS; i++)
    {
      double size = paint->scaled_kinds ? GR_CHART_BODY_KIND : kinds[i].size;

      paint->fonts[i] = kind_font (i, size, paint->u, paint->device_scale);
      paint->enlarge[i] = kinds[i].size / size;
    }
}

void
gr_chart_paint_clear (GrChartPaint *paint)
{
  g_clear_pointer (&paint->labels, g_array_unref);
  g_clear_pointer (&paint->layouts, g_hash_table_unref);
  g_clear_object (&paint->context);
  for (guint i = 0; i < GR_N_TEXT_KINDS; i++)
    g_clear_pointer (&paint->fonts[i], pango_font_description_free);
}

/* Each run of letters gets 40 % more (its last letter repeated); digits,
 * signs and spaces stay, so numbers read the same. */
static char *
lengthen (const char *text)
{
  GString *out = g_string_new (NULL);
  guint run = 0;
  gunichar last = 0;

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalpha (c))
        {
          run++;
          last = c;
        }
      else
        {
          for (guint i = 0; i < (run * 2 + 4) / 5; i++)
            g_string_append_unichar (out, last);
          run = 0;
        }
      if (c == 0)
        break;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* What pango lays out for @text: long translations simulated, and a text
 * cut after max_lines run on as one paragraph. */
static char *
text_to_lay_out (GrChartPaint *paint,
                 const char   *text)
{
  g_autofree char *longer = NULL;
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return g_strdup ("");
  if (!paint->pseudo_locale && (paint->max_lines <= 0 || strchr (text, '\n') == NULL))
    return g_strdup (text);
  longer = paint->pseudo_locale ? lengthen (text) : g_strdup (text);
  if (paint->max_lines <= 0)
    return g_steal_pointer (&longer);
  /* Pango counts max_lines per paragraph. */
  lines = g_strsplit (longer, "\n", -1);
  return g_strjoinv (" · ", lines);
}

/* The text of @kind laid out @wrap_width wide (-1: on one line per
 * paragraph).  A chart measures most texts before it draws them, some
 * several times: each is laid out (itemized, shaped, broken into lines)
 * once per drawing, and kept in paint->layouts.  The layout is the
 * cache's: the caller must not change it. */
PangoLayout *
gr_chart_text_layout (GrChartPaint   *paint,
                      GrTextKind      kind,
                      const char     *text,
                      double          wrap_width,
                      PangoAlignment  alignment)
{
  double scale = paint->device_scale / paint->enlarge[kind];
  int width = wrap_width > 0 ? (int) (wrap_width * scale * PANGO_SCALE) : -1;
  g_autofree char *laid_out = text_to_lay_out (paint, text);
  char *key;
  PangoLayout *layout;

  /* Unwrapped text on one line starts at its left edge however aligned. */
  if (width < 0 && strchr (laid_out, '\n') == NULL)
    alignment = PANGO_ALIGN_LEFT;
  key = g_strdup_printf ("%d %d %d %d %s", kind, width, paint->max_lines, alignment, laid_out);
  layout = g_hash_table_lookup (paint->layouts, key);
  if (layout != NULL)
    {
      g_free (key);
      return layout;
    }

  layout = pango_layout_new (paint->context);
  pango_layout_set_font_description (layout, paint->fonts[kind]);
  pango_layout_set_width (layout, width);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, paint->max_lines > 0 ? -paint->max_lines : -1);
  pango_layout_set_ellipsize (layout, paint->max_lines > 0 ? PANGO_ELLIPSIZE_END
                                                           : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, laid_out, -1);
  g_hash_table_insert (paint->layouts, key, layout);
  return layout;
}

/* @layout's logical rectangle in user units. */
static void
text_extents (GrChartPaint      *paint,
              GrTextKind         kind,
              PangoLayout       *layout,
              cairo_rectangle_t *extents)
{
  double scale = paint->device_scale / paint->enlarge[kind];
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  extents->x = (double) logical.x / PANGO_SCALE / scale;
  extents->y = (double) logical.y / PANGO_SCALE / scale;
  extents->width = (double) logical.width / PANGO_SCALE / scale;
  extents->height = (double) logical.height / PANGO_SCALE / scale;
}

void
gr_chart_text_size (GrChartPaint *paint,
                    GrTextKind    kind,
                    const char   *text,
                    double        wrap_width,
                    double       *width,
                    double       *height)
{
  PangoLayout *layout = gr_chart_text_layout (paint, kind, text, wrap_width, PANGO_ALIGN_LEFT);
  cairo_rectangle_t extents;

  text_extents (paint, kind, layout, &extents);
  if (width != NULL)
    *width = extents.width;
  if (height != NULL)
    *height = extents.height;
}

double
gr_chart_text_draw (GrChartPaint *paint,
                    GrTextKind    kind,
                    const char   *text,
                    double        wrap_width,
                    double        x,
                    double        y,
                    double        xalign,
                    double        yalign,
                    GrRgb         colour)
{
  PangoAlignment alignment = xalign > 0.75 ? PANGO_ALIGN_RIGHT
                             : xalign > 0.25 ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT;
  PangoLayout *layout = gr_chart_text_layout (paint, kind, text, wrap_width, alignment);
  cairo_rectangle_t extents;
  double w, h, dx, dy;

  text_extents (paint, kind, layout, &extents);
  w = extents.width;
  h = extents.height;

  gr_chart_set_colour (paint, colour, 1);
  dx = x - xalign * w - extents.x;
  dy = y - yalign * h - extents.y;
  cairo_save (paint->cr);
  if (paint->device_scale != 1)
    {
      cairo_user_to_device (paint->cr, &dx, &dy);
      cairo_identity_matrix (paint->cr);
    }
  cairo_translate (paint->cr, dx, dy);
  cairo_scale (paint->cr, paint->enlarge[kind], paint->enlarge[kind]);
  cairo_move_to (paint->cr, 0, 0);
  pango_cairo_show_layout (paint->cr, layout);
  cairo_restore (paint->cr);
  if (w > 0 && h > 0)
    {
      GrHit drawn = { { x - xalign * w, y - yalign * h, w, h },
                      g_strdup (pango_layout_get_text (layout)) };

      g_array_append_val (paint->chart->texts, drawn);
    }
  return h;
}

void
gr_chart_set_colour (GrChartPaint *paint,
                     GrRgb         colour,
                     double        alpha)
{
  /* Black stands for "the ink": it turns white on dark themes. */
  if (colour.r == 0 && colour.g == 0 && colour.b == 0)
    colour = paint->ink.text;
  gr_palette_set_source (paint->cr, colour, alpha);
}

void
gr_chart_add_hit (GrChart *chart,
                  double   x,
                  double   y,
                  double   width,
                  double   height,
                  char    *text)
{
  GrHit hit = { { x, y, width, height }, text };

  g_array_append_val (chart->hits, hit);
}
