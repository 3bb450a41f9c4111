/* gr-export-png.c — fast PNG encoding of an image surface
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cairo_surface_write_to_png() uses libpng's defaults (zlib level 6, every
 * row filter tried): about 65 ms for a 1920×1080 chart, twice the time it
 * takes to draw the chart.  Charts are mostly flat colour, so zlib level 1
 * without row filters is 4–5× faster for files about 1.5× larger.
 */

#include "config.h"

#include "gr-export-png.h"

#include <png.h>
#include <setjmp.h>

typedef struct
{
  GByteArray *out;
  char *error_message;
} Sink;

static void
write_cb (png_structp png,
          png_bytep   data,
          png_size_t  length)
{
  Sink *sink = png_get_io_ptr (png);

  g_byte_array_append (sink->out, data, length);
}

static void
flush_cb (png_structp png)
{
}

static void
error_cb (png_structp     png,
          png_const_charp message)
{
  Sink *sink = png_get_error_ptr (png);

  if (sink->error_message == NULL)
    sink->error_message = g_strdup (message);
  png_longjmp (png, 1);
}

static void
warning_cb (png_structp     png,
            png_const_charp message)
{
}

static gboolean
is_opaque (const guint8 *data,
           int           width,
           int           height,
           int           stride)
{
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (data + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        if ((row[x] >> 24) != 0xff)
          return FALSE;
    }
  return TRUE;
}

/* cairo stores premultiplied native-endian 0xAARRGGBB words. */
static void
convert_row (const guint32 *in,
             guint8        *out,
             int            width,
             gboolean       alpha)
{
  for (int x = 0; x < width; x++)
    {
      guint32 pixel = in[x];
      guint a = pixel >> 24;
      guint r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

      if (!alpha)
        {
          *out++ = r;
          *out++ = g;
          *out++ = b;
          continue;
        }
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
}

gboolean
gr_export_png_encode (cairo_surface_t  *image,
                      GByteArray       *out,
                      char            **error_message)
{
  Sink sink = { out, NULL };
  png_structp png;
  png_infop info;
  const guint8 *data;
  int width, height, stride;
  gboolean alpha;
  guint8 *volatile row = NULL;

  g_return_val_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_ARGB32
                        || cairo_image_surface_get_format (image) == CAIRO_FORMAT_RGB24, FALSE);

  cairo_surface_flush (image);
  data = cairo_image_surface_get_data (image);
  width = cairo_image_surface_get_width (image);
  height = cairo_image_surface_get_height (image);
  stride = cairo_image_surface_get_stride (image);
  alpha = cairo_image_surface_get_format (image) == CAIRO_FORMAT_ARGB32
          && !is_opaque (data, width, height, stride);

  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, &sink, error_cb, warning_cb);
  if (png == NULL)
    {
      *error_message = g_strdup ("out of memory");
      return FALSE;
    }
  info = png_create_info_struct (png);
  if (info == NULL || setjmp (png_jmpbuf (png)))
    {
      png_destroy_write_struct (&png, &info);
      g_free (row);
      *error_message = sink.error_message != NULL ? sink.error_message
                                                  : g_strdup ("out of memory");
      return FALSE;
    }

  png_set_write_fn (png, &sink, write_cb, flush_cb);
  png_set_compression_level (png, 1);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_set_IHDR (png, info, width, height, 8,
                alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB,
                PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
  png_write_info (png, info);

  row = g_malloc ((gsize) width * (alpha ? 4 : 3));
  for (int y = 0; y < height; y++)
    {
      convert_row ((const guint32 *) (data + (gsize) y * stride), row, width, alpha);
      png_write_row (png, row);
    }
  png_write_end (png, NULL);
  png_destroy_write_struct (&png, &info);
  g_free (row);
  return TRUE;
}
