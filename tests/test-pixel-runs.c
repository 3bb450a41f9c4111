/* test-pixel-runs.c — pixels packed as runs unpack to the same pixels, and bad runs are refused
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "gr-pixel-runs.h"

typedef enum
{
  FLAT,          /* one colour: one block a row */
  NOISE,         /* no two neighbours equal: literals only */
  MIXED,         /* runs of 1 to 9 pixels, pairs among them */
} Pattern;

/* @height rows of @width pixels in rows of @stride bytes; the padding
 * between rows is set to a marker that must survive unpacking. */
static guint8 *
make_pixels (Pattern pattern,
             int     width,
             int     height,
             int     stride,
             guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint8 *data = g_malloc ((gsize) stride * height);

  memset (data, 0xa5, (gsize) stride * height);
  for (int y = 0; y < height; y++)
    {
      guint32 pixel = 0xff336699;
      int left = 0;

      for (int x = 0; x < width; x++)
        {
          if (pattern == NOISE)
            pixel = ((guint32) x << 8) ^ (guint32) y ^ 0x80000000u;
          else if (pattern == MIXED && left-- <= 0)
            {
              pixel = g_rand_int (rand);
              left = g_rand_int_range (rand, 0, 9);
            }
          memcpy (data + (gsize) y * stride + (gsize) x * 4, &pixel, 4);
        }
    }
  return data;
}

static void
round_trip (Pattern pattern,
            int     width,
            int     height,
            int     stride)
{
  g_autofree guint8 *pixels = make_pixels (pattern, width, height, stride, width + height);
  g_autofree guint8 *back = g_malloc ((gsize) stride * height);
  g_autoptr(GBytes) runs = gr_pixel_runs_pack (pixels, width, height, stride);
  gsize raw = (gsize) width * height * 4;

  memset (back, 0xa5, (gsize) stride * height);
  g_assert_true (gr_pixel_runs_unpack (runs, back, width, height, stride));
  g_assert_cmpmem (back, (gsize) stride * height, pixels, (gsize) stride * height);

  if (pattern == FLAT)
    /* One repeat block a row, however wide, up to 32768 pixels a block. */
    g_assert_cmpuint (g_bytes_get_size (runs), ==, (gsize) height * 6 * ((width + 32767) / 32768));
  else if (pattern == NOISE)
    /* Literals cost their pixels and a header per 32768. */
    g_assert_cmpuint (g_bytes_get_size (runs), <=, raw + (gsize) height * 2 * ((width + 32767) / 32768));
  else if (width >= 64)
    /* Runs of three to nine pay for the literals' headers. */
    g_assert_cmpuint (g_bytes_get_size (runs), <, raw);
}

static void
test_round_trip (void)
{
  static const int widths[] = { 1, 2, 3, 127, 256, 32768, 32769, 70001 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    for (Pattern pattern = FLAT; pattern <= MIXED; pattern++)
      {
        int width = widths[i], height = width > 1000 ? 2 : 37;

        round_trip (pattern, width, height, width * 4);
        round_trip (pattern, width, height, width * 4 + 12);
      }
}

/* Runs that do not cover the rows exactly are refused, whatever is cut or
 * added, and unpacking writes no byte past the rows it was given. */
static void
test_refuses_bad_runs (void)
{
  const int width = 64, height = 8, stride = width * 4;
  g_autofree guint8 *pixels = make_pixels (MIXED, width, height, stride, 7);
  g_autoptr(GBytes) runs = gr_pixel_runs_pack (pixels, width, height, stride);
  gsize size;
  const guint8 *packed = g_bytes_get_data (runs, &size);
  g_autofree guint8 *back = g_malloc (stride * height + 64);

  for (gsize cut = 0; cut < size; cut++)
    {
      g_autoptr(GBytes) shorter = g_bytes_new (packed, cut);

      memset (back, 0x5a, stride * height + 64);
      g_assert_false (gr_pixel_runs_unpack (shorter, back, width, height, stride));
      for (int i = 0; i < 64; i++)
        g_assert_cmpuint (back[stride * height + i], ==, 0x5a);
    }
  {
    g_autofree guint8 *longer = g_malloc (size + 2);
    g_autoptr(GBytes) more = NULL;

    memcpy (longer, packed, size);
    memset (longer + size, 0, 2);
    more = g_bytes_new (longer, size + 2);
    g_assert_false (gr_pixel_runs_unpack (more, back, width, height, stride));
  }
  {
    /* A first block longer than the row. */
    guint16 header = 0x8000 | (width + 5);
    guint8 bad[6] = { 0 };
    g_autoptr(GBytes) too_long = NULL;

    memcpy (bad, &header, 2);
    too_long = g_bytes_new (bad, sizeof bad);
    memset (back, 0x5a, stride * height + 64);
    g_assert_false (gr_pixel_runs_unpack (too_long, back, width, height, stride));
    g_assert_cmpuint (back[0], ==, 0x5a);
  }
  /* The right rows for other sizes are wrong too. */
  g_assert_false (gr_pixel_runs_unpack (runs, back, width, height - 1, stride));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pixel-runs/round-trip", test_round_trip);
  g_test_add_func ("/pixel-runs/refuses-bad-runs", test_refuses_bad_runs);
  return g_test_run ();
}
