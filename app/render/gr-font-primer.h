/* gr-font-primer.h — fonts loaded on another CPU while a job does its sums
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

typedef struct _GrFontPrimer GrFontPrimer;

GrFontPrimer *gr_font_primer_start  (PangoFontMap *font_map,
                                     GPtrArray    *fonts);
GPtrArray    *gr_font_primer_finish (GrFontPrimer *primer,
                                     gboolean      every_font);
void          gr_font_primer_free   (GrFontPrimer *primer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrFontPrimer, gr_font_primer_free)

G_END_DECLS
