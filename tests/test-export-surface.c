/* test-export-surface.c — the image surface PNG exports draw into
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "gr-export-surface.h"

static const int sizes[][2] = { { 1920, 1080 }, { 3840, 2160 }, { 333, 201 }, { 1, 1 } };

/* A drawing that touches every kind of pixel: a background, antialiased
 * edges, transparency. */
static void
draw_sample (cairo_surface_t *surface,
             int              width,
             int              height)
{
  cairo_t *cr = cairo_create (surface);

  cairo_rectangle (cr, 0, 0, width * 0.7, height * 0.8);
  cairo_set_source_rgb (cr, 0.95, 0.96, 0.98);
  cairo_fill (cr);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 3.0, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, 0.1, 0.3, 0.8, 0.6);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 3.3);
  cairo_set_source_rgb (cr, 0.8, 0.1, 0.1);
  cairo_stroke (cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
}

/* Like cairo_image_surface_create(): the size, the format, every pixel
 * transparent black. */
static void
test_blank (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      int width = sizes[i][0], height = sizes[i][1];
      cairo_surface_t *surface = gr_export_image_surface_new (width, height);
      const guint8 *data;
      int stride;

      g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_format (surface), ==, CAIRO_FORMAT_ARGB32);
      g_assert_cmpint (cairo_image_surface_get_width (surface), ==, width);
      g_assert_cmpint (cairo_image_surface_get_height (surface), ==, height);
      stride = cairo_image_surface_get_stride (surface);
      g_assert_cmpint (stride, >=, width * 4);
      data = cairo_image_surface_get_data (surface);
      for (int y = 0; y < height; y++)
        for (int x = 0; x < width * 4; x++)
          if (data[(gsize) y * stride + x] != 0)
            g_error ("%d × %d: byte %d of row %d is %u, not 0", width, height, x, y,
                     data[(gsize) y * stride + x]);
      cairo_surface_destroy (surface);
    }
}

/* The same drawing gives the same pixels as on cairo's own surface. */
static void
test_same_pixels (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      int width = sizes[i][0], height = sizes[i][1];
      cairo_surface_t *ours = gr_export_image_surface_new (width, height);
      cairo_surface_t *cairos = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      int stride = cairo_image_surface_get_stride (ours);
      const guint8 *a, *b;

      g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (cairos));
      draw_sample (ours, width, height);
      draw_sample (cairos, width, height);
      a = cairo_image_surface_get_data (ours);
      b = cairo_image_surface_get_data (cairos);
      for (int y = 0; y < height; y++)
        g_assert_cmpmem (a + (gsize) y * stride, width * 4, b + (gsize) y * stride, width * 4);
      cairo_surface_destroy (ours);
      cairo_surface_destroy (cairos);
    }
}

/* An export-sized surface has its pixels on a 2 MB boundary, where the
 * kernel can give it huge pages (the point of the module); a small one
 * is cairo's own. */
static void
test_huge_page_aligned (void)
{
#if defined(__linux__)
  cairo_surface_t *big = gr_export_image_surface_new (1920, 1080);
  cairo_surface_t *small = gr_export_image_surface_new (100, 100);

  g_assert_cmpuint ((guintptr) cairo_image_surface_get_data (big) % (2 << 20), ==, 0);
  g_assert_cmpint (cairo_surface_status (small), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (big);
  cairo_surface_destroy (small);
#else
  g_test_skip ("huge pages are only asked for on Linux");
#endif
}

#if defined(__linux__)
/* The process's address space in bytes, from /proc/self/statm. */
static guint64
address_space (void)
{
  g_autofree char *statm = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL));
  return g_ascii_strtoull (statm, NULL, 10) * 4096;
}
#endif

/* A surface's memory goes with it: a hundred 8 MB surfaces made and
 * destroyed leave the address space as it was (give or take one). */
static void
test_freed (void)
{
#if defined(__linux__)
  guint64 before;
  cairo_surface_t *surface = gr_export_image_surface_new (1920, 1080);

  /* one first, so that any allocator's first growth is counted before */
  cairo_surface_destroy (surface);
  before = address_space ();
  for (guint i = 0; i < 100; i++)
    {
      surface = gr_export_image_surface_new (1920, 1080);
      g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (surface);
    }
  g_assert_cmpuint (address_space (), <, before + (8 << 20));
#else
  g_test_skip ("reads /proc/self/statm");
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/export-surface/blank", test_blank);
  g_test_add_func ("/render/export-surface/same-pixels", test_same_pixels);
  g_test_add_func ("/render/export-surface/huge-page-aligned", test_huge_page_aligned);
  g_test_add_func ("/render/export-surface/freed", test_freed);

  return g_test_run ();
}
