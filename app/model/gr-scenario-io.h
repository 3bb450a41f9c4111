/* gr-scenario-io.h — scenario files: load with validation, check, save
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format is documented in docs/scenario-format.md.  Loading never
 * trusts the file: sizes are capped before parsing, every member is type-
 * and range-checked, and a failed load returns NULL with an error that names
 * the file, the JSON path and the problem.
 */

#pragma once

#include <gio/gio.h>

#include "gr-scenario.h"

G_BEGIN_DECLS

#define GR_SCENARIO_ERROR (gr_scenario_error_quark ())

typedef enum
{
  GR_SCENARIO_ERROR_IO,        /* cannot read or write the file */
  GR_SCENARIO_ERROR_PARSE,     /* not JSON: empty, truncated, not UTF-8 */
  GR_SCENARIO_ERROR_INVALID,   /* JSON, but a member has the wrong type or value */
  GR_SCENARIO_ERROR_TOO_LARGE, /* file, array, string or nesting beyond its cap */
  GR_SCENARIO_ERROR_VERSION,   /* not a scenario, or a newer format version */
} GrScenarioError;

/* The format version this build reads and writes. */
#define GR_SCENARIO_FORMAT_VERSION 2

/* Caps that keep a hostile file from exhausting memory or the stack. */
#define GR_SCENARIO_MAX_FILE_SIZE  (16 * 1024 * 1024)
#define GR_SCENARIO_MAX_DEPTH      20
#define GR_SCENARIO_MAX_ELEMENTS   1000    /* any list but a point list */
#define GR_SCENARIO_MAX_POINTS     10000   /* points of one polygon or route */
#define GR_SCENARIO_MAX_STRING     4096    /* bytes of any string but the description */
#define GR_SCENARIO_MAX_TEXT       65536   /* bytes of the description */

GQuark      gr_scenario_error_quark  (void);

GrScenario *gr_scenario_load_file    (GFile         *file,
                                      GCancellable  *cancellable,
                                      GError       **error);
GrScenario *gr_scenario_load_data    (const char    *data,
                                      gssize         length,
                                      const char    *display_name,
                                      GError       **error);
GrScenario *gr_scenario_load_bundled (const char    *name,
                                      GError       **error);
char      **gr_scenario_list_bundled (void);

gboolean    gr_scenario_check        (const GrScenario *self,
                                      GError          **error);

char       *gr_scenario_to_data      (const GrScenario *self,
                                      gsize            *length);
gboolean    gr_scenario_save_file    (const GrScenario *self,
                                      GFile            *file,
                                      GCancellable     *cancellable,
                                      GError          **error);

G_END_DECLS
