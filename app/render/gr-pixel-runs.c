/* gr-pixel-runs.c — 32-bit pixels packed as runs, for tiles that keep their pixels small
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A base-map tile is mostly flat land and sea: packed as runs of equal
 * pixels it takes a sixth to a quarter of its size (zoom 6 over Ukraine),
 * and unpacks at about the speed of a copy.  The packing lives only in memory, so it is in the machine's
 * byte order.
 *
 * Each row is a sequence of blocks, each a 16-bit header and pixels:
 * with the top bit set, the next pixel repeats (header & 0x7fff) + 1
 * times; without, (header + 1) pixels follow as they are.  A row's blocks
 * cover exactly its width.
 */

#include "config.h"

#include "gr-pixel-runs.h"

#include <string.h>

#define REPEAT 0x8000u
#define MAX_BLOCK 0x8000            /* pixels in one block */

static inline guint32
pixel_at (const guint8 *row,
          int           x)
{
  guint32 pixel;

  memcpy (&pixel, row + (gsize) x * 4, 4);
  return pixel;
}

static void
put_header (GByteArray *out,
            guint16     header)
{
  g_byte_array_append (out, (const guint8 *) &header, sizeof header);
}

/* How many pixels from @x on equal the one at @x, at most MAX_BLOCK. */
static int
run_length (const guint8 *row,
            int           x,
            int           width)
{
  guint32 pixel = pixel_at (row, x);
  int end = x + 1;

  while (end < width && end - x < MAX_BLOCK && pixel_at (row, end) == pixel)
    end++;
  return end - x;
}

/**
 * gr_pixel_runs_pack:
 * @data: @height rows of @width 32-bit pixels
 * @stride: bytes from one row to the next
 *
 * Returns: (transfer full): the pixels packed as runs.
 */
GBytes *
gr_pixel_runs_pack (const guint8 *data,
                    int           width,
                    int           height,
                    int           stride)
{
  GByteArray *out = g_byte_array_new ();

  g_return_val_if_fail (data != NULL && width > 0 && height > 0, NULL);
  g_return_val_if_fail (stride >= width * 4, NULL);

  for (int y = 0; y < height; y++)
    {
      const guint8 *row = data + (gsize) y * stride;
      int x = 0;

      while (x < width)
        {
          int run = run_length (row, x, width);
          int literal_end;

          if (run >= 2)
            {
              guint32 pixel = pixel_at (row, x);

              put_header (out, (guint16) (REPEAT | (run - 1)));
              g_byte_array_append (out, (const guint8 *) &pixel, 4);
              x += run;
              continue;
            }
          /* Literal pixels up to the next pair of equal ones. */
          literal_end = x + 1;
          while (literal_end < width && literal_end - x < MAX_BLOCK &&
                 run_length (row, literal_end, width) < 2)
            literal_end++;
          put_header (out, (guint16) (literal_end - x - 1));
          g_byte_array_append (out, row + (gsize) x * 4, (guint) (literal_end - x) * 4);
          x = literal_end;
        }
    }
  return g_byte_array_free_to_bytes (out);
}

/**
 * gr_pixel_runs_unpack:
 * @runs: what gr_pixel_runs_pack() made of @height rows of @width pixels
 * @data: where the pixels go
 * @stride: bytes from one row to the next in @data
 *
 * Returns: %FALSE when @runs does not hold exactly that many pixels; then
 * @data holds what could be read.
 */
gboolean
gr_pixel_runs_unpack (GBytes *runs,
                      guint8 *data,
                      int     width,
                      int     height,
                      int     stride)
{
  gsize size;
  const guint8 *in = g_bytes_get_data (runs, &size);
  const guint8 *end = in + size;

  g_return_val_if_fail (data != NULL && width > 0 && height > 0, FALSE);
  g_return_val_if_fail (stride >= width * 4, FALSE);

  for (int y = 0; y < height; y++)
    {
      guint8 *row = data + (gsize) y * stride;
      int x = 0;

      while (x < width)
        {
          guint16 header;
          int count;

          if (end - in < 2)
            return FALSE;
          memcpy (&header, in, 2);
          in += 2;
          count = (header & ~REPEAT) + 1;
          if (count > width - x)
            return FALSE;
          if (header & REPEAT)
            {
              guint32 pixel;

              if (end - in < 4)
                return FALSE;
              memcpy (&pixel, in, 4);
              in += 4;
              for (int i = 0; i < count; i++)
                memcpy (row + (gsize) (x + i) * 4, &pixel, 4);
            }
          else
            {
              if ((gsize) (end - in) < (gsize) count * 4)
                return FALSE;
              memcpy (row + (gsize) x * 4, in, (gsize) count * 4);
              in += (gsize) count * 4;
            }
          x += count;
        }
    }
  return in == end;
}
