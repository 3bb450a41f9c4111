/* gr-texture.c — a GdkTexture over the pixels of a cairo image surface
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-texture.h"

/**
 * gr_texture_new_for_surface:
 * @surface: an ARGB32 image surface that nobody draws to any more
 *
 * Wraps the surface's pixels without copying them: the texture keeps a
 * reference to the surface for as long as it lives.
 */
GdkTexture *
gr_texture_new_for_surface (cairo_surface_t *surface)
{
  int stride = cairo_image_surface_get_stride (surface);
  int height = cairo_image_surface_get_height (surface);
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_ARGB32, NULL);

  cairo_surface_flush (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * height,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));
  /* cairo's ARGB32 is premultiplied BGRA in memory on little-endian
   * machines and ARGB on big-endian ones. */
  return gdk_memory_texture_new (cairo_image_surface_get_width (surface), height,
                                 G_BYTE_ORDER == G_LITTLE_ENDIAN
                                 ? GDK_MEMORY_B8G8R8A8_PREMULTIPLIED
                                 : GDK_MEMORY_A8R8G8B8_PREMULTIPLIED,
                                 bytes, stride);
}
