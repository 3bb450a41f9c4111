/* gr-export-png.h — fast PNG encoding of an image surface, in bands
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The most bands (and threads) one image is encoded in. */
#define GR_EXPORT_PNG_MAX_BANDS 4

/* Rows y0 to y1 (excluded) of an image, compressed on their own. */
typedef struct
{
  GByteArray *deflated;   /* raw deflate; ends in a final block only in the last band */
  guint32 adler;          /* Adler-32 of the band's filtered rows */
  gsize length;           /* and their length in bytes */
  gboolean alpha;         /* RGBA rather than RGB */
} GrPngBand;

/* Compresses rows y0 to y1 (excluded) of premultiplied ARGB32 data as RGB
 * or straight-alpha RGBA; @last for the image's last band.  As RGB, their
 * alpha is ignored if @not_opaque is NULL; otherwise a pixel that is not
 * opaque sets *@not_opaque and stops the band, and a band stops when it
 * finds it set (by another band encoded at the same time): the band is then
 * to be thrown away and encoded as RGBA.  Free with
 * gr_export_png_band_clear(). */
void     gr_export_png_band_encode  (const guint8    *data,
                                     int              width,
                                     int              stride,
                                     int              y0,
                                     int              y1,
                                     gboolean         alpha,
                                     gboolean         last,
                                     gint            *not_opaque,
                                     GrPngBand       *band);
void     gr_export_png_band_clear   (GrPngBand       *band);
/* Appends a PNG of the bands, top to bottom, covering width × height; all
 * bands alike in alpha, the last one @last. */
void     gr_export_png_assemble     (int              width,
                                     int              height,
                                     const GrPngBand *bands,
                                     guint            n_bands,
                                     GByteArray      *out);

/* How many threads are worth encoding (or drawing) a width × height image:
 * one per processor, at most GR_EXPORT_PNG_MAX_BANDS, one for small ones. */
guint    gr_export_png_n_threads    (int              width,
                                     int              height);
/* Appends a PNG of image (ARGB32 or RGB24) to out, encoded in @n_threads
 * bands at once.  Opaque images are written as RGB, others as
 * straight-alpha RGBA. */
void     gr_export_png_encode_threads (cairo_surface_t *image,
                                       guint            n_threads,
                                       GByteArray      *out);
/* The same on gr_export_png_n_threads() threads. */
void     gr_export_png_encode       (cairo_surface_t *image,
                                     GByteArray      *out);

G_END_DECLS
