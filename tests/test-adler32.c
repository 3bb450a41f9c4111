/* test-adler32.c — gr_adler32() agrees with zlib's adler32()
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <zlib.h>

#include "gr-adler32.h"

/* Lengths around the 16-byte blocks and the 5,552-byte reductions, from
 * the checksum's start and from others, over noise and over bytes of 255
 * (the sums' largest). */
static void
test_agrees_with_zlib (void)
{
  static const gsize lengths[] = { 0, 1, 15, 16, 17, 31, 32, 33, 5551, 5552, 5553, 5567,
                                   5568, 11104, 11105, 65536, 100003 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (14);
  g_autofree guint8 *noise = g_malloc (100003 + 16);
  g_autofree guint8 *full = g_malloc (100003 + 16);

  for (gsize i = 0; i < 100003 + 16; i++)
    {
      noise[i] = g_rand_int (rand);
      full[i] = 255;
    }
  for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
    for (guint offset = 0; offset < 3; offset++)
      for (guint start = 0; start < 3; start++)
        {
          /* 1 (a stream's start), a middle one, the largest reduced sums */
          guint32 adler = start == 0 ? 1 : start == 1 ? 0x12345678 : 0xfff0fff0;

          g_assert_cmphex (gr_adler32 (adler, noise + offset, lengths[i]), ==,
                           adler32 (adler, noise + offset, lengths[i]));
          g_assert_cmphex (gr_adler32 (adler, full + offset, lengths[i]), ==,
                           adler32 (adler, full + offset, lengths[i]));
        }
}

/* A sum taken in pieces is the sum of the whole. */
static void
test_pieces (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint8 data[20000];
  guint32 whole, pieces = 1;
  gsize at = 0;

  for (gsize i = 0; i < sizeof data; i++)
    data[i] = g_rand_int (rand);
  whole = gr_adler32 (1, data, sizeof data);
  while (at < sizeof data)
    {
      gsize piece = MIN (sizeof data - at, (gsize) g_rand_int_range (rand, 0, 7000));

      pieces = gr_adler32 (pieces, data + at, piece);
      at += piece;
    }
  g_assert_cmphex (pieces, ==, whole);
  g_assert_cmphex (whole, ==, adler32 (1, data, sizeof data));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/adler32/agrees-with-zlib", test_agrees_with_zlib);
  g_test_add_func ("/render/adler32/pieces", test_pieces);
  return g_test_run ();
}
