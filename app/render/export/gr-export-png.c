/* gr-export-png.c — fast PNG encoding of an image surface, in bands
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cairo_surface_write_to_png() uses libpng's defaults (zlib level 6, every
 * row filter tried): about 65 ms for a 1920×1080 chart, twice the time it
 * takes to draw the chart.  Charts are mostly flat colour, so zlib level 1
 * without row filters is 4–5× faster for files about 1.5× larger, and
 * gr-deflate.c, which looks for repeats in three places only, three times
 * faster again for files within 15 % of level 1's.
 *
 * The image data is one zlib stream, but deflate blocks need not refer
 * back across a flush point: each horizontal band of rows is deflated on
 * its own (raw deflate, ended by a sync flush so the next band starts on
 * a byte), possibly on its own thread, and the bands are joined behind one
 * zlib header, with the Adler-32 of the whole combined from the bands'
 * (the way pigz compresses in parallel).  A band does not reuse the 32 KB
 * of history before it: the file grows by a few bytes per band.
 */

#include "config.h"

#include "gr-export-png.h"

#include "gr-adler32.h"
#include "gr-deflate.h"
#include "gr-thread.h"

#include <string.h>
#include <zlib.h>

/* Rows of at least this many bytes in all are worth a second thread. */
#define MIN_PARALLEL_BYTES ((gsize) 1 << 20)

/* cairo stores premultiplied native-endian 0xAARRGGBB words.  Returns
 * whether the row is opaque, as far as RGB cares to know: the check rides
 * on the conversion (a separate pass over a 1920×1080 image took 1.5 ms). */
static gboolean
convert_row (const guint32 *in,
             guint8        *out,
             int            width,
             gboolean       alpha)
{
  if (!alpha)
    {
      guint32 all = 0xffffffff;

      for (int x = 0; x < width; x++, out += 3)
        {
          guint32 pixel = in[x];

          all &= pixel;
          out[0] = pixel >> 16;
          out[1] = pixel >> 8;
          out[2] = pixel;
        }
      return (all >> 24) == 0xff;
    }
  for (int x = 0; x < width; x++)
    {
      guint32 pixel = in[x];
      guint a = pixel >> 24;
      guint r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

      if (a != 0 && a != 0xff)
        {
          r = (r * 255 + a / 2) / a;
          g = (g * 255 + a / 2) / a;
          b = (b * 255 + a / 2) / a;
        }
      *out++ = r;
      *out++ = g;
      *out++ = b;
      *out++ = a;
    }
  return TRUE;
}

/* The bytes of a PNG row: its filter byte, then the pixels. */
static gsize
row_bytes_of (int      width,
              gboolean alpha)
{
  return 1 + (gsize) width * (alpha ? 4 : 3);
}

/* A band's fields, set first, so that a band refused below still joins
 * and frees. */
static void
band_init (gboolean   alpha,
           GrPngBand *band)
{
  band->deflated = g_byte_array_new ();
  band->adler = adler32 (0, NULL, 0);
  band->length = 0;
  band->alpha = alpha;
}

/* The deflate state (a 64 KB hash table, two rows, its output) of @band,
 * after band_init(). */
static GrDeflate *
band_deflate_new (int        width,
                  gboolean   alpha,
                  gboolean   last,
                  GrPngBand *band)
{
  return gr_deflate_new (row_bytes_of (width, alpha), alpha ? 4 : 3, last, band->deflated);
}

/* Rows y0 to y1 (excluded) of @data into @band through @deflate, which
 * it finishes (and so frees). */
static void
band_run (GrDeflate    *deflate,
          const guint8 *data,
          int           width,
          int           stride,
          int           y0,
          int           y1,
          gboolean      alpha,
          gint         *not_opaque,
          GrPngBand    *band)
{
  gsize row_bytes = row_bytes_of (width, alpha);
  uLong row_adler = 0;

  band->length = row_bytes * (y1 - y0);

  /* No row filter (see above).  A row like the one above (half the rows
   * of a chart: margins, gaps, the insides of bars) is neither converted
   * nor summed again: its sum is the row above's, combined in. */
  for (int y = y0; y < y1; y++)
    {
      const guint32 *pixels = (const guint32 *) (data + (gsize) y * stride);

      if (not_opaque != NULL && g_atomic_int_get (not_opaque))
        break;
      if (y > y0 && memcmp (pixels, data + (gsize) (y - 1) * stride, (gsize) width * 4) == 0)
        gr_deflate_repeat_row (deflate);
      else
        {
          guint8 *row = gr_deflate_row_buffer (deflate);

          row[0] = 0;
          if (!convert_row (pixels, row + 1, width, alpha) && not_opaque != NULL)
            {
              g_atomic_int_set (not_opaque, TRUE);
              break;
            }
          row_adler = gr_adler32 (1, row, row_bytes);
          gr_deflate_push_row (deflate);
        }
      band->adler = adler32_combine (band->adler, row_adler, row_bytes);
    }
  gr_deflate_finish (deflate);
}

void
gr_export_png_band_encode (const guint8 *data,
                           int           width,
                           int           stride,
                           int           y0,
                           int           y1,
                           gboolean      alpha,
                           gboolean      last,
                           gint         *not_opaque,
                           GrPngBand    *band)
{
  g_return_if_fail (band != NULL);

  band_init (alpha, band);
  g_return_if_fail (data != NULL && width > 0 && 0 <= y0 && y0 <= y1);
  band_run (band_deflate_new (width, alpha, last, band), data, width, stride, y0, y1, alpha,
            not_opaque, band);
}

void
gr_export_png_band_clear (GrPngBand *band)
{
  g_clear_pointer (&band->deflated, g_byte_array_unref);
}

static void
put_u32 (guint8  *p,
         guint32  v)
{
  p[0] = v >> 24;
  p[1] = v >> 16;
  p[2] = v >> 8;
  p[3] = v;
}

/* (crc32() and adler32() of a NULL buffer return their initial value.) */
static uLong
append_summed (GByteArray   *out,
               uLong         crc,
               const guint8 *data,
               gsize         length)
{
  if (length == 0)
    return crc;
  g_byte_array_append (out, data, length);
  return crc32 (crc, data, length);
}

/* A chunk whose data is @head, the bands' deflated data, then @tail. */
static void
append_chunk (GByteArray       *out,
              const char       *type,
              const guint8     *head,
              gsize             head_len,
              const GrPngBand  *bands,
              guint             n_bands,
              const guint8     *tail,
              gsize             tail_len)
{
  gsize length = head_len + tail_len;
  guint8 word[4];
  uLong crc;

  for (guint i = 0; i < n_bands; i++)
    length += bands[i].deflated->len;
  g_assert (length < G_MAXINT32);
  put_u32 (word, length);
  g_byte_array_append (out, word, 4);
  g_byte_array_append (out, (const guint8 *) type, 4);
  crc = crc32 (0, (const guint8 *) type, 4);
  crc = append_summed (out, crc, head, head_len);
  for (guint i = 0; i < n_bands; i++)
    crc = append_summed (out, crc, bands[i].deflated->data, bands[i].deflated->len);
  crc = append_summed (out, crc, tail, tail_len);
  put_u32 (word, crc);
  g_byte_array_append (out, word, 4);
}

void
gr_export_png_assemble (int              width,
                        int              height,
                        const GrPngBand *bands,
                        guint            n_bands,
                        GByteArray      *out)
{
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  /* deflate, 32 KB window, fastest level; a multiple of 31 */
  static const guint8 zlib_header[2] = { 0x78, 0x01 };
  guint8 ihdr[13], adler[4];
  uLong sum;

  g_return_if_fail (n_bands > 0);

  g_byte_array_append (out, signature, sizeof signature);
  put_u32 (ihdr, width);
  put_u32 (ihdr + 4, height);
  ihdr[8] = 8;                                  /* bits per sample */
  ihdr[9] = bands[0].alpha ? 6 : 2;             /* RGBA or RGB */
  ihdr[10] = ihdr[11] = ihdr[12] = 0;           /* deflate, adaptive filters, no interlace */
  append_chunk (out, "IHDR", ihdr, sizeof ihdr, NULL, 0, NULL, 0);

  sum = bands[0].adler;
  for (guint i = 1; i < n_bands; i++)
    sum = adler32_combine (sum, bands[i].adler, bands[i].length);
  put_u32 (adler, sum);
  append_chunk (out, "IDAT", zlib_header, sizeof zlib_header, bands, n_bands, adler,
                sizeof adler);
  append_chunk (out, "IEND", NULL, 0, NULL, 0, NULL, 0);
}

typedef struct
{
  const guint8 *data;
  int width;
  int stride;
  int y0;
  int y1;
  gboolean alpha;
  gboolean last;
  gint *not_opaque;
  GrPngBand band;
  GrDeflate *deflate;
} EncodeJob;

static gpointer
encode_job (gpointer user_data)
{
  EncodeJob *job = user_data;

  band_run (g_steal_pointer (&job->deflate), job->data, job->width, job->stride, job->y0,
            job->y1, job->alpha, job->not_opaque, &job->band);
  return NULL;
}

/* Encodes @n_jobs bands at once, the calling thread taking the first. */
static void
encode_jobs (EncodeJob *jobs,
             guint      n_jobs)
{
  GrThread *threads[GR_EXPORT_PNG_MAX_BANDS] = { NULL };

  /* Each band's memory is made here, by the thread that starts the
   * helpers: made by a helper, it came from a heap of the helper's own,
   * page by page (some 45 page faults, 0.45 ms on our test machine, on
   * the band that finishes last). */
  for (guint i = 0; i < n_jobs; i++)
    {
      band_init (jobs[i].alpha, &jobs[i].band);
      jobs[i].deflate = band_deflate_new (jobs[i].width, jobs[i].alpha, jobs[i].last,
                                          &jobs[i].band);
    }
  for (guint i = 1; i < n_jobs; i++)
    threads[i] = gr_thread_new ("gr-png-band", encode_job, &jobs[i]);
  encode_job (&jobs[0]);
  for (guint i = 1; i < n_jobs; i++)
    gr_thread_join (threads[i]);
}

guint
gr_export_png_n_threads (int width,
                         int height)
{
  guint n = CLAMP (g_get_num_processors (), 1, GR_EXPORT_PNG_MAX_BANDS);

  if ((gsize) width * height * 4 < MIN_PARALLEL_BYTES)
    n = 1;
  return MIN (n, (guint) MAX (height, 1));
}

void
gr_export_png_encode_threads (cairo_surface_t *image,
                              guint            n_threads,
                              GByteArray      *out)
{
  EncodeJob jobs[GR_EXPORT_PNG_MAX_BANDS];
  GrPngBand bands[GR_EXPORT_PNG_MAX_BANDS];
  const guint8 *data;
  int width, height, stride;
  gint not_opaque = FALSE;
  gboolean has_alpha;

  g_return_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_ARGB32
                    || cairo_image_surface_get_format (image) == CAIRO_FORMAT_RGB24);

  cairo_surface_flush (image);
  data = cairo_image_surface_get_data (image);
  width = cairo_image_surface_get_width (image);
  height = cairo_image_surface_get_height (image);
  stride = cairo_image_surface_get_stride (image);
  /* RGB24's alpha byte means nothing; ARGB32 is tried as RGB (charts and
   * maps are opaque) and encoded again as RGBA if a pixel is not. */
  has_alpha = cairo_image_surface_get_format (image) == CAIRO_FORMAT_ARGB32;
  n_threads = CLAMP (n_threads, 1, MIN (GR_EXPORT_PNG_MAX_BANDS, (guint) MAX (height, 1)));

  for (guint i = 0; i < n_threads; i++)
    jobs[i] = (EncodeJob) { data, width, stride, height * i / n_threads,
                            height * (i + 1) / n_threads, FALSE, i + 1 == n_threads,
                            has_alpha ? &not_opaque : NULL, { NULL }, NULL };
  encode_jobs (jobs, n_threads);
  if (not_opaque)
    {
      for (guint i = 0; i < n_threads; i++)
        {
          gr_export_png_band_clear (&jobs[i].band);
          jobs[i].alpha = TRUE;
          jobs[i].not_opaque = NULL;
        }
      encode_jobs (jobs, n_threads);
    }
  for (guint i = 0; i < n_threads; i++)
    bands[i] = jobs[i].band;
  gr_export_png_assemble (width, height, bands, n_threads, out);
  for (guint i = 0; i < n_threads; i++)
    gr_export_png_band_clear (&bands[i]);
}

void
gr_export_png_encode (cairo_surface_t *image,
                      GByteArray      *out)
{
  gr_export_png_encode_threads (image,
                                gr_export_png_n_threads (cairo_image_surface_get_width (image),
                                                         cairo_image_surface_get_height (image)),
                                out);
}
