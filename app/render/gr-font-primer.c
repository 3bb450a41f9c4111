/* gr-font-primer.c — fonts loaded on another CPU while a job does its sums
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first text a chart draws in a font waits for pango to load that
 * font: a fontconfig match and sort (on two threads of pango's), the face
 * in FreeType and HarfBuzz, and the font's metrics, taken from a sample
 * text laid out in it.  A PNG chart export drew its first texts in four
 * fonts, 5 ms of its 33 (the first, in which all of that code runs for
 * the first time, 2.5 ms).  Its other CPU meanwhile stood idle.
 *
 * A primer loads the fonts a drawing will use on a helper on the other
 * CPU (gr-thread.h), while the job reads its scenario and evaluates it,
 * and lays a sample out in each font and draws it.  The font map keeps
 * what it loaded, so the drawing finds the fonts ready.  A font map
 * serves one thread at a time: the job touches neither pango nor the
 * font map until it has finished the primer.
 *
 * Chart export, medians of 120 interleaved runs: 33.9 -> 33.0 ms in a
 * quiet spell, 43.0 -> 39.6 ms in a busy one.  With both CPUs busy each
 * runs slower here, so the first font took the helper twice as long as
 * it took the job; the job does not wait for fonts the primer has not
 * begun.
 */

#include "config.h"

#include "gr-font-primer.h"

#include <pango/pangocairo.h>

#include "gr-thread.h"

/* Letters and the digits every chart draws: their glyphs are rendered
 * once, into the font's cache, which the drawing shares. */
#define SAMPLE "Ag 0123456789"

struct _GrFontPrimer
{
  PangoFontMap *font_map;
  GPtrArray *fonts;            /* PangoFontDescription, in the order to load */
  GPtrArray *loaded;           /* PangoFont, as loaded: the helper's until joined */
  int stop;                    /* atomic */
  GrThread *thread;
};

static gpointer
prime (gpointer data)
{
  GrFontPrimer *self = data;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_font_map_create_context (self->font_map);
  PangoLayout *layout;

  /* Font options from an image surface, as pango_cairo_create_context()
   * gives the drawing on its image surface: the same fonts, not look-alikes
   * loaded again. */
  pango_cairo_update_context (cr, context);
  layout = pango_layout_new (context);
  pango_layout_set_text (layout, SAMPLE, -1);
  for (guint i = 0; i < self->fonts->len && !g_atomic_int_get (&self->stop); i++)
    {
      const PangoFontDescription *font = g_ptr_array_index (self->fonts, i);
      PangoRectangle extents;

      pango_layout_set_font_description (layout, font);
      pango_layout_get_extents (layout, NULL, &extents);
      pango_cairo_show_layout (cr, layout);
      g_ptr_array_add (self->loaded, pango_context_load_font (context, font));
    }

  g_object_unref (layout);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return NULL;
}

/**
 * gr_font_primer_start:
 * @font_map: the font map the drawing will use
 * @fonts: (transfer full) (element-type PangoFontDescription): the fonts to
 *   load, the first needed first
 *
 * Starts loading @fonts into @font_map on a helper.  Until
 * gr_font_primer_finish(), the caller must not use @font_map, pango or
 * fontconfig.
 *
 * Returns: (transfer full): the primer
 */
GrFontPrimer *
gr_font_primer_start (PangoFontMap *font_map,
                      GPtrArray    *fonts)
{
  GrFontPrimer *self;

  g_return_val_if_fail (PANGO_IS_FONT_MAP (font_map), NULL);
  g_return_val_if_fail (fonts != NULL, NULL);

  self = g_new0 (GrFontPrimer, 1);
  self->font_map = g_object_ref (font_map);
  self->fonts = fonts;
  self->loaded = g_ptr_array_new_with_free_func (g_object_unref);
  self->thread = gr_thread_new ("gr-font-primer", prime, self);
  return self;
}

/**
 * gr_font_primer_finish:
 * @primer: (transfer full): a primer
 * @every_font: whether to wait for every font, else only for the one the
 *   primer is loading
 *
 * Waits for the primer and frees it: the font map is the caller's again.
 *
 * Returns: (transfer full) (element-type PangoFont): the fonts the primer
 *   loaded, in order
 */
GPtrArray *
gr_font_primer_finish (GrFontPrimer *primer,
                       gboolean      every_font)
{
  GPtrArray *loaded;

  g_return_val_if_fail (primer != NULL, NULL);

  if (!every_font)
    g_atomic_int_set (&primer->stop, TRUE);
  gr_thread_join (primer->thread);
  loaded = primer->loaded;
  g_ptr_array_unref (primer->fonts);
  g_object_unref (primer->font_map);
  g_free (primer);
  return loaded;
}

/**
 * gr_font_primer_free:
 * @primer: (transfer full): a primer
 *
 * Finishes the primer without waiting for fonts it has not begun: those
 * the drawing loads itself.
 */
void
gr_font_primer_free (GrFontPrimer *primer)
{
  g_ptr_array_unref (gr_font_primer_finish (primer, FALSE));
}
