/* gr-pixel-runs.h — 32-bit pixels packed as runs, for tiles that keep their pixels small
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GBytes   *gr_pixel_runs_pack   (const guint8 *data,
                                int           width,
                                int           height,
                                int           stride);
gboolean  gr_pixel_runs_unpack (GBytes       *runs,
                                guint8       *data,
                                int           width,
                                int           height,
                                int           stride);

G_END_DECLS
