/* gr-geo-names.h — which name of a map feature the user reads
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "gr-geodata.h"

G_BEGIN_DECLS

/* TRUE when the user's message languages (LANGUAGE, LC_ALL, LC_MESSAGES,
 * LANG, as gettext reads them) put Ukrainian before English or "C": the
 * base map's names then follow the translated interface. */
gboolean    gr_geo_names_ukrainian    (void);

/* The feature's Ukrainian name when @ukrainian and it has one, else its
 * English name; NULL when it has neither. */
const char *gr_geo_feature_local_name (const GrGeoFeature *feature,
                                       gboolean            ukrainian);

G_END_DECLS
