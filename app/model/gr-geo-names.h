/* gr-geo-names.h — which name of a map feature or scenario item the user reads
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

/* @name_uk when the user reads Ukrainian (gr_geo_names_ukrainian()) and it
 * is set, else @name: for the scenario's names, which may carry a
 * Ukrainian form (docs/scenario-format.md). */
const char *gr_local_name             (const char         *name,
                                       const char         *name_uk);

/* The local name, or @fallback when it is NULL or empty. */
const char *gr_item_name              (const char         *name,
                                       const char         *name_uk,
                                       const char         *fallback);

/* A scenario item's (deployment, system, zone, route, patrol) local name,
 * or its id when it has no name. */
#define GR_ITEM_NAME(item) gr_item_name ((item)->name, (item)->name_uk, (item)->id)

/* The feature's Ukrainian name when @ukrainian and it has one, else its
 * English name; NULL when it has neither. */
const char *gr_geo_feature_local_name (const GrGeoFeature *feature,
                                       gboolean            ukrainian);

G_END_DECLS
