/* test-font-primer.c — fonts loaded ahead of a drawing, on a helper
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <pango/pangocairo.h>

#include "gr-chart.h"
#include "gr-figures.h"
#include "gr-font-primer.h"

/* A copy of @fonts, for a primer to take. */
static GPtrArray *
copy_fonts (GPtrArray *fonts)
{
  return g_ptr_array_copy (fonts, (GCopyFunc) pango_font_description_copy, NULL);
}

/* The fonts a chart's drawing gets on an image surface: those the primer
 * loaded, not equal ones loaded again (the same objects, from the font
 * map's cache). */
static void
test_drawing_gets_primed_fonts (void)
{
  g_autoptr(PangoFontMap) map = pango_cairo_font_map_new ();
  g_autoptr(GPtrArray) fonts = gr_chart_pixel_fonts (1, 1.5);
  g_autoptr(GPtrArray) loaded = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context;

  g_assert_cmpuint (fonts->len, >=, 3);
  loaded = gr_font_primer_finish (gr_font_primer_start (map, copy_fonts (fonts)), TRUE);
  g_assert_cmpuint (loaded->len, ==, fonts->len);

  /* As gr_chart_paint_init() makes its context on an export's surface. */
  pango_cairo_font_map_set_default (PANGO_CAIRO_FONT_MAP (map));
  context = pango_cairo_create_context (cr);
  for (guint i = 0; i < fonts->len; i++)
    {
      g_autoptr(PangoFont) font = pango_context_load_font (context, g_ptr_array_index (fonts, i));

      g_assert_true (font == g_ptr_array_index (loaded, i));
    }

  pango_cairo_font_map_set_default (NULL);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Finishing does not wait for fonts the primer has not begun. */
static void
test_finish_stops (void)
{
  g_autoptr(PangoFontMap) map = pango_cairo_font_map_new ();
  g_autoptr(GPtrArray) fonts = g_ptr_array_new_with_free_func (
    (GDestroyNotify) pango_font_description_free);
  g_autoptr(GPtrArray) loaded = NULL;

  /* Each size a font of its own, about a millisecond each. */
  for (guint i = 0; i < 200; i++)
    {
      PangoFontDescription *font = pango_font_description_from_string ("Cantarell");

      pango_font_description_set_absolute_size (font, (8 + i * 0.25) * PANGO_SCALE);
      g_ptr_array_add (fonts, font);
    }
  loaded = gr_font_primer_finish (gr_font_primer_start (map, g_ptr_array_ref (fonts)), FALSE);
  g_assert_cmpuint (loaded->len, <, fonts->len);
}

/* Fonts to prime for a PNG; a vector page has fonts of its own. */
static void
test_export_fonts (void)
{
  g_autoptr(GPtrArray) png = gr_figure_export_fonts ("chart.PNG", 1920, 1080);
  g_autoptr(GPtrArray) small = gr_figure_export_fonts ("chart.png", 1280, 720);
  g_autoptr(GPtrArray) pdf = gr_figure_export_fonts ("chart.pdf", 1920, 1080);
  g_autoptr(GPtrArray) svg = gr_figure_export_fonts ("chart.svg", 1920, 1080);

  g_assert_nonnull (png);
  g_assert_nonnull (small);
  g_assert_null (pdf);
  g_assert_null (svg);
  /* Laid out at 1.5 times a 1280-wide window's size. */
  g_assert_cmpfloat_with_epsilon (pango_font_description_get_size (g_ptr_array_index (png, 0)),
                                  pango_font_description_get_size (g_ptr_array_index (small, 0))
                                  * 1.5, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/font-primer/drawing-gets-primed-fonts", test_drawing_gets_primed_fonts);
  g_test_add_func ("/font-primer/finish-stops", test_finish_stops);
  g_test_add_func ("/font-primer/export-fonts", test_export_fonts);

  return g_test_run ();
}
