/* gr-export-surface.h — the image surface a PNG export draws into
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

cairo_surface_t *gr_export_image_surface_new (int width,
                                              int height);

G_END_DECLS
