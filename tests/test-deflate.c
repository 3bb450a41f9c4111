/* test-deflate.c — gr-deflate.c's streams inflate, with zlib, to their rows
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>
#include <zlib.h>

#include "gr-deflate.h"

/* deflate's window: the farthest a match may reach back */
#define WINDOW 32768

/* Rows of a kind: each fills @row (row_length bytes) for row @y. */
typedef void (*FillRow) (guint8 *row, gsize length, guint y, GRand *rand);

static void
fill_noise (guint8 *row, gsize length, guint y, GRand *rand)
{
  (void) y;
  for (gsize i = 0; i < length; i++)
    row[i] = g_rand_int (rand);
}

static void
fill_flat (guint8 *row, gsize length, guint y, GRand *rand)
{
  (void) y;
  (void) rand;
  memset (row, 0xe5, length);
}

/* RGB pixels that repeat along the row, a new colour every 7 pixels. */
static void
fill_stripes (guint8 *row, gsize length, guint y, GRand *rand)
{
  (void) rand;
  for (gsize i = 0; i < length; i++)
    row[i] = (i / 21 + y / 3) * 37 + i % 3;
}

/* A hatch: a 9-byte motif shifted one byte a row, with a little noise. */
static void
fill_hatch (guint8 *row, gsize length, guint y, GRand *rand)
{
  static const guint8 motif[9] = { 200, 10, 99, 200, 10, 99, 1, 2, 3 };

  for (gsize i = 0; i < length; i++)
    row[i] = motif[(i + y) % 9];
  if (length > 40 && y % 5 == 0)
    row[g_rand_int_range (rand, 0, length)] ^= 0x55;
}

/* Inflates a whole raw deflate stream of @expected_length bytes. */
static guint8 *
inflate_all (GByteArray *deflated,
             gsize       expected_length)
{
  guint8 *inflated = g_malloc (expected_length + 1);
  z_stream z = { 0 };

  g_assert_cmpint (inflateInit2 (&z, -15), ==, Z_OK);
  z.next_in = deflated->data;
  z.avail_in = deflated->len;
  z.next_out = inflated;
  z.avail_out = expected_length + 1;
  g_assert_cmpint (inflate (&z, Z_FINISH), ==, Z_STREAM_END);
  g_assert_cmpuint (z.avail_in, ==, 0);
  g_assert_cmpuint (z.total_out, ==, expected_length);
  inflateEnd (&z);
  return inflated;
}

/* Parts of @rows rows each (the last one the stream's end), inflated as one
 * raw deflate stream, equal the rows; returns the compressed size. */
static gsize
round_trip (gsize           row_length,
            guint           bpp,
            const guint    *parts,
            guint           n_parts,
            FillRow         fill)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GByteArray) expected = g_byte_array_new ();
  g_autoptr(GByteArray) deflated = g_byte_array_new ();
  g_autofree guint8 *inflated = NULL;
  guint y = 0;

  for (guint p = 0; p < n_parts; p++)
    {
      GrDeflate *deflate = gr_deflate_new (row_length, bpp, p + 1 == n_parts, deflated);

      for (guint r = 0; r < parts[p]; r++, y++)
        {
          guint8 *row = gr_deflate_row_buffer (deflate);

          fill (row, row_length, y, rand);
          g_byte_array_append (expected, row, row_length);
          gr_deflate_push_row (deflate);
        }
      gr_deflate_finish (deflate);
    }

  inflated = inflate_all (deflated, expected->len);
  g_assert_cmpmem (inflated, expected->len, expected->data, expected->len);
  return deflated->len;
}

static void
test_kinds (void)
{
  static const FillRow fills[] = { fill_noise, fill_flat, fill_stripes, fill_hatch };
  static const gsize lengths[] = { 1, 2, 3, 4, 5, 9, 259, 1000, 5761 };
  static const guint one[] = { 40 };

  for (guint f = 0; f < G_N_ELEMENTS (fills); f++)
    for (guint l = 0; l < G_N_ELEMENTS (lengths); l++)
      for (guint bpp = 3; bpp <= 4; bpp++)
        round_trip (lengths[l], bpp, one, 1, fills[f]);
}

/* Matches reach as far back as deflate allows: the row above at exactly
 * 32 KB, and repeats the hash finds a whole row back; rows longer than the
 * window, whose row above is out of reach, too. */
static void
test_longest_rows (void)
{
  static const guint rows[] = { 6 };

  round_trip (WINDOW, 4, rows, 1, fill_flat);
  round_trip (WINDOW, 3, rows, 1, fill_hatch);
  round_trip (WINDOW - 1, 3, rows, 1, fill_stripes);
  round_trip (WINDOW + 1, 3, rows, 1, fill_hatch);
  round_trip (40000, 4, rows, 1, fill_noise);
  round_trip (40000, 3, rows, 1, fill_stripes);
}

/* Parts joined as the PNG writer joins bands, empty ones among them. */
static void
test_parts (void)
{
  static const guint parts[] = { 0, 3, 17, 0, 1 };
  static const guint empty[] = { 0 };

  round_trip (97, 3, parts, G_N_ELEMENTS (parts), fill_hatch);
  round_trip (97, 3, empty, 1, fill_flat);
}

/* Rows told to repeat the one above come out as copies of it, at every
 * length, short rows and rows of a whole window among them. */
static void
test_repeat (void)
{
  static const gsize lengths[] = { 1, 2, 3, 4, 258, 259, 260, 261, 517, 5761, WINDOW, 40000 };

  for (guint l = 0; l < G_N_ELEMENTS (lengths); l++)
    {
      gsize n = lengths[l];
      g_autoptr(GRand) rand = g_rand_new_with_seed (11);
      g_autoptr(GByteArray) expected = g_byte_array_new ();
      g_autoptr(GByteArray) deflated = g_byte_array_new ();
      g_autofree guint8 *inflated = NULL;
      GrDeflate *deflate = gr_deflate_new (n, 3, TRUE, deflated);

      for (guint y = 0; y < 12; y++)
        {
          /* rows 1-3 and 7-11 repeat */
          if (y % 6 != 0 && y != 4 && y != 5)
            {
              g_autofree guint8 *above = g_memdup2 (expected->data + expected->len - n, n);

              g_byte_array_append (expected, above, n);
              gr_deflate_repeat_row (deflate);
              continue;
            }
          (y == 4 ? fill_flat : y == 5 ? fill_hatch : fill_noise) (gr_deflate_row_buffer (deflate),
                                                                  n, y, rand);
          g_byte_array_append (expected, gr_deflate_row_buffer (deflate), n);
          gr_deflate_push_row (deflate);
        }
      gr_deflate_finish (deflate);
      inflated = inflate_all (deflated, expected->len);
      g_assert_cmpmem (inflated, expected->len, expected->data, expected->len);
    }
}

/* It compresses: flat rows to under 1 % (a match of 258 bytes, the
 * longest, takes 13 bits), a hatch well, noise to at most 9 bits a byte (a
 * literal's longest code) and a little. */
static void
test_sizes (void)
{
  static const guint rows[] = { 100 };

  g_assert_cmpuint (round_trip (1000, 3, rows, 1, fill_flat), <, 100000 / 100);
  g_assert_cmpuint (round_trip (1000, 3, rows, 1, fill_hatch), <, 100000 / 10);
  g_assert_cmpuint (round_trip (1000, 3, rows, 1, fill_noise), <=, 100000 * 9 / 8 + 8);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/deflate/kinds", test_kinds);
  g_test_add_func ("/render/deflate/longest-rows", test_longest_rows);
  g_test_add_func ("/render/deflate/parts", test_parts);
  g_test_add_func ("/render/deflate/repeat", test_repeat);
  g_test_add_func ("/render/deflate/sizes", test_sizes);
  return g_test_run ();
}
