/* gr-texture.h — a GdkTexture over the pixels of a cairo image surface
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gdk/gdk.h>

G_BEGIN_DECLS

GdkTexture *gr_texture_new_for_surface (cairo_surface_t *surface);

G_END_DECLS
