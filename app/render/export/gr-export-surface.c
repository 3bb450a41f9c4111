/* gr-export-surface.c — the image surface a PNG export draws into
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A 1920 × 1080 ARGB32 surface is 8 MB: the first fill of its background
 * touches 2,025 fresh 4 KB pages, a page fault each: about 30 ms of a
 * chart export's 120 ms CPU on our 2-core (virtual) test machine.
 * Its pixels here live in their own mapping, aligned to and advised for
 * transparent huge pages where the kernel has them: four faults of 2 MB,
 * taken as the surface is made.
 * Without them (another system, THP "never") it is an ordinary mapping;
 * either way zero-filled, like cairo_image_surface_create()'s.
 */

#include "config.h"

#include "gr-export-surface.h"

#ifdef G_OS_UNIX
#include <sys/mman.h>
#endif

/* The x86-64 and arm64 (4 KB pages) size of a transparent huge page. */
#define HUGE_PAGE ((gsize) 2 << 20)

#if defined(G_OS_UNIX) && defined(MADV_HUGEPAGE)

typedef struct
{
  void *data;
  gsize size;
} Mapping;

static const cairo_user_data_key_t mapping_key;

static void
mapping_free (void *user_data)
{
  Mapping *mapping = user_data;

  munmap (mapping->data, mapping->size);
  g_free (mapping);
}

/* @size bytes of zeroes at a huge-page boundary, or NULL. */
static void *
map_aligned (gsize size)
{
  guint8 *base, *data;
  gsize head;

  base = mmap (NULL, size + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
               -1, 0);
  if (base == MAP_FAILED)
    return NULL;
  /* Keep only the aligned part. */
  data = (guint8 *) (((guintptr) base + HUGE_PAGE - 1) & ~(guintptr) (HUGE_PAGE - 1));
  head = data - base;
  if (head > 0)
    munmap (base, head);
  munmap (data + size, HUGE_PAGE - head);
  /* Only a hint: refused, the pages are ordinary ones. */
  madvise (data, size, MADV_HUGEPAGE);
  /* Faulted in now, while the caller may be waiting on other work, rather
   * than by the drawing's first fill. */
  for (gsize offset = 0; offset < size; offset += 4096)
    data[offset] = 0;
  return data;
}

static cairo_surface_t *
surface_new_mapped (int width,
                    int height)
{
  int stride = cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, width);
  gsize size;
  cairo_surface_t *surface;
  Mapping *mapping;
  void *data;

  if (stride <= 0)
    return NULL;
  size = (gsize) stride * height;
  /* Smaller than one huge page, ordinary memory is as good. */
  if (size < HUGE_PAGE)
    return NULL;
  size = (size + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
  data = map_aligned (size);
  if (data == NULL)
    return NULL;

  surface = cairo_image_surface_create_for_data (data, CAIRO_FORMAT_ARGB32, width, height,
                                                 stride);
  mapping = g_new (Mapping, 1);
  mapping->data = data;
  mapping->size = size;
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS
      || cairo_surface_set_user_data (surface, &mapping_key, mapping, mapping_free)
         != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      mapping_free (mapping);
      return NULL;
    }
  return surface;
}

#else

static cairo_surface_t *
surface_new_mapped (int width,
                    int height)
{
  return NULL;
}

#endif

/**
 * gr_export_image_surface_new:
 * @width: pixels
 * @height: pixels
 *
 * An ARGB32 image surface, fully transparent, as from
 * cairo_image_surface_create(), whose pixels are quick to touch for the
 * first time.  Its memory goes with the surface.
 *
 * Returns: (transfer full): the surface; check cairo_surface_status()
 */
cairo_surface_t *
gr_export_image_surface_new (int width,
                             int height)
{
  cairo_surface_t *surface = NULL;

  if (width > 0 && height > 0)
    surface = surface_new_mapped (width, height);
  if (surface == NULL)
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  return surface;
}
