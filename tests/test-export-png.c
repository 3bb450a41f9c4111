/* test-export-png.c — PNGs encoded in bands decode to the same pixels
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "gr-export-png.h"

typedef struct
{
  const guint8 *data;
  gsize length;
  gsize offset;
} Reader;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *data,
         unsigned int   length)
{
  Reader *reader = closure;

  if (reader->offset + length > reader->length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

/* Decodes with libpng, through cairo (premultiplied, like the source). */
static cairo_surface_t *
decode (GByteArray *png)
{
  Reader reader = { png->data, png->len, 0 };
  cairo_surface_t *image = cairo_image_surface_create_from_png_stream (read_cb, &reader);

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  return image;
}

/* The colour type byte of the header: 2 RGB, 6 RGBA. */
static int
colour_type (GByteArray *png)
{
  g_assert_cmpuint (png->len, >, 26);
  g_assert_cmpmem (png->data + 12, 4, "IHDR", 4);
  return png->data[25];
}

/* Every pixel of b equals a's, compared as straight colour and alpha; a
 * decoded RGB image is opaque whatever the source's alpha. */
static void
assert_same_pixels (cairo_surface_t *a,
                    cairo_surface_t *b)
{
  int width = cairo_image_surface_get_width (a), height = cairo_image_surface_get_height (a);
  const guint8 *pa, *pb;
  int sa, sb;

  cairo_surface_flush (a);
  cairo_surface_flush (b);
  g_assert_cmpint (cairo_image_surface_get_width (b), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, height);
  pa = cairo_image_surface_get_data (a);
  pb = cairo_image_surface_get_data (b);
  sa = cairo_image_surface_get_stride (a);
  sb = cairo_image_surface_get_stride (b);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 u = ((const guint32 *) (pa + (gsize) y * sa))[x];
        guint32 v = ((const guint32 *) (pb + (gsize) y * sb))[x];

        if (u != v)
          g_error ("pixel %d,%d: %08x, decoded %08x", x, y, u, v);
      }
}

/* A picture with flat colour, antialiased edges and, unless @opaque,
 * transparent rows below its upper 60 %, the boundary inside a row. */
static void
draw_sample (cairo_t  *cr,
             double    width,
             double    height,
             gboolean  opaque)
{
  cairo_set_source_rgb (cr, 0.95, 0.96, 0.98);
  if (opaque)
    cairo_paint (cr);
  else
    {
      cairo_rectangle (cr, 0, 0, width, height * 0.6);
      cairo_fill (cr);
    }
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 3.0, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, 0.1, 0.3, 0.8, 0.6);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 3.3);
  cairo_set_source_rgb (cr, 0.8, 0.1, 0.1);
  cairo_stroke (cr);
}

static cairo_surface_t *
sample (int      width,
        int      height,
        gboolean opaque)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (image);

  draw_sample (cr, width, height, opaque);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (image);
  return image;
}

/* 11,000 pixels make rows longer than deflate's window. */
static const int sizes[][2] = {
  { 333, 201 }, { 640, 1 }, { 1, 1 }, { 1, 7 }, { 97, 3 }, { 11000, 9 },
};

/* One to four bands (as many as there are rows at most), opaque and not:
 * the same pixels back, RGB exactly when opaque. */
static void
test_encode_bands (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (int opaque = 0; opaque <= 1; opaque++)
      for (guint n = 1; n <= GR_EXPORT_PNG_MAX_BANDS; n++)
        {
          cairo_surface_t *image = sample (sizes[i][0], sizes[i][1], opaque);
          g_autoptr(GByteArray) png = g_byte_array_new ();
          cairo_surface_t *decoded;

          gr_export_png_encode_threads (image, n, png);
          /* the smallest samples have no transparent pixel */
          if (sizes[i][0] * sizes[i][1] > 7)
            g_assert_cmpint (colour_type (png), ==, opaque ? 2 : 6);
          decoded = decode (png);
          assert_same_pixels (image, decoded);
          cairo_surface_destroy (decoded);
          cairo_surface_destroy (image);
        }
}

/* One translucent pixel, the image's last: every band but the last is
 * opaque and may be done as RGB before the last finds it; all of them are
 * encoded again as RGBA. */
static void
test_late_alpha (void)
{
  for (guint n = 1; n <= GR_EXPORT_PNG_MAX_BANDS; n++)
    {
      cairo_surface_t *image = sample (333, 201, TRUE);
      guint8 *data = cairo_image_surface_get_data (image);
      int stride = cairo_image_surface_get_stride (image);
      g_autoptr(GByteArray) png = g_byte_array_new ();
      cairo_surface_t *decoded;

      ((guint32 *) (data + (gsize) 200 * stride))[332] = 0x80402010;
      cairo_surface_mark_dirty (image);
      gr_export_png_encode_threads (image, n, png);
      g_assert_cmpint (colour_type (png), ==, 6);
      decoded = decode (png);
      assert_same_pixels (image, decoded);
      cairo_surface_destroy (decoded);
      cairo_surface_destroy (image);
    }
}

/* RGB24's fourth byte is not alpha: whatever it holds, the PNG is RGB. */
static void
test_rgb24 (void)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 64, 9);
  guint8 *data = cairo_image_surface_get_data (image);
  int stride = cairo_image_surface_get_stride (image);
  g_autoptr(GByteArray) png = g_byte_array_new ();
  cairo_surface_t *decoded;

  for (int y = 0; y < 9; y++)
    for (int x = 0; x < 64; x++)
      ((guint32 *) (data + (gsize) y * stride))[x] = (guint32) (x * 4) << 16 | y << 8 | 0x55
                                                     | (guint32) (x ^ y) << 24;
  cairo_surface_mark_dirty (image);
  gr_export_png_encode_threads (image, 2, png);
  g_assert_cmpint (colour_type (png), ==, 2);
  decoded = decode (png);
  cairo_surface_flush (decoded);
  for (int y = 0; y < 9; y++)
    for (int x = 0; x < 64; x++)
      g_assert_cmphex (((guint32 *) (cairo_image_surface_get_data (decoded)
                                     + (gsize) y * cairo_image_surface_get_stride (decoded)))[x],
                       ==, 0xff000000 | (guint32) (x * 4) << 16 | y << 8 | 0x55);
  cairo_surface_destroy (decoded);
  cairo_surface_destroy (image);
}

/* Bands put together by hand at uneven rows, an empty one among them. */
static void
test_assemble (void)
{
  cairo_surface_t *image = sample (101, 77, FALSE);
  const int rows[] = { 0, 1, 1, 40, 77 };
  GrPngBand bands[4];
  g_autoptr(GByteArray) png = g_byte_array_new ();
  cairo_surface_t *decoded;

  for (guint i = 0; i < 4; i++)
    gr_export_png_band_encode (cairo_image_surface_get_data (image), 101,
                               cairo_image_surface_get_stride (image), rows[i], rows[i + 1],
                               TRUE, i == 3, NULL, &bands[i]);
  gr_export_png_assemble (101, 77, bands, 4, png);
  decoded = decode (png);
  assert_same_pixels (image, decoded);
  for (guint i = 0; i < 4; i++)
    gr_export_png_band_clear (&bands[i]);
  cairo_surface_destroy (decoded);
  cairo_surface_destroy (image);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/export-png/encode-bands", test_encode_bands);
  g_test_add_func ("/render/export-png/late-alpha", test_late_alpha);
  g_test_add_func ("/render/export-png/rgb24", test_rgb24);
  g_test_add_func ("/render/export-png/assemble", test_assemble);
  return g_test_run ();
}
