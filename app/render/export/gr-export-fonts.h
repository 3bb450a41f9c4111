/* gr-export-fonts.h — the font configuration of exports made without a window
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean gr_export_fonts_use (void);

G_END_DECLS
