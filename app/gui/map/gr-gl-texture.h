/* gr-gl-texture.h — pixels copied into the current GL context, for GTK's GL renderer to draw as they are
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gdk/gdk.h>

G_BEGIN_DECLS

GdkTexture *gr_gl_texture_upload (cairo_surface_t *surface);

G_END_DECLS
