/* gr-export-png.h — fast PNG encoding of an image surface
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Appends a PNG of image (ARGB32 or RGB24) to out.  Opaque images are
 * written as RGB, others as straight-alpha RGBA.  FALSE with a libpng
 * message in error_message (to free) on failure. */
gboolean gr_export_png_encode (cairo_surface_t  *image,
                               GByteArray       *out,
                               char            **error_message);

G_END_DECLS
