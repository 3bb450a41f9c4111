/* gr-analysis-json.h — JSON helpers shared by compare, tornado and Monte Carlo
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* A member holding @value, or null when it is not finite. */
void  gr_analysis_json_number    (JsonBuilder *builder,
                                  const char  *name,
                                  double       value);
void  gr_analysis_json_string    (JsonBuilder *builder,
                                  const char  *name,
                                  const char  *value);
char *gr_analysis_json_to_string (JsonNode    *root,
                                  gboolean     pretty);

G_END_DECLS
