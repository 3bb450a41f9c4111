/* box-overlap.h — whether two boxes overlap, for tests that keep texts and symbols apart
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

/* Whether @a and @b share more than @hair both ways (0: any overlap at
 * all; touching edges do not count). */
static inline gboolean
box_overlap (const cairo_rectangle_t *a,
             const cairo_rectangle_t *b,
             double                   hair)
{
  double w = MIN (a->x + a->width, b->x + b->width) - MAX (a->x, b->x);
  double h = MIN (a->y + a->height, b->y + b->height) - MAX (a->y, b->y);

  return w > hair && h > hair;
}
