/* gr-scenario-read-private.h — typed JSON access for the scenario reader
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each gr_reader_* reads one member of a JSON object, checks its type and
 * sets *error to "<path>: <problem>" on failure.  An absent optional member
 * leaves *out untouched and returns TRUE.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "gr-json-scan.h"
#include "gr-scenario.h"
#include "gr-scenario-path.h"

G_BEGIN_DECLS

/* The caps within which a scenario file, or a file like one (the
 * reference table), is read (gr-json-scan.h). */
extern const GrJsonLimits gr_scenario_json_limits;

typedef struct
{
  GrScenarioPath *path;
  GError **error;          /* never NULL */
  int version;             /* the file's format version, once the header is read */
  GHashTable *asked;       /* JsonObject → set of the member names read from it */
} GrReader;

typedef const char *(*GrEnumName)   (guint value);
typedef gboolean    (*GrReadElement) (GrReader *r, JsonObject *obj, gpointer element);

JsonNode *gr_reader_member      (GrReader *r, JsonObject *obj, const char *name, gboolean required);
gboolean  gr_reader_node_number (GrReader *r, JsonNode *node, double *out);
gboolean  gr_reader_number      (GrReader *r, JsonObject *obj, const char *name, gboolean required,
                                 double *out);
gboolean  gr_reader_int         (GrReader *r, JsonObject *obj, const char *name, gboolean required,
                                 int *out);
gboolean  gr_reader_string      (GrReader *r, JsonObject *obj, const char *name, gboolean required,
                                 gsize max_bytes, char **out);
gboolean  gr_reader_node_quantity (GrReader *r, JsonNode *node, GrQuantity *q);
gboolean  gr_reader_quantity    (GrReader *r, JsonObject *obj, const char *name, gboolean required,
                                 GrQuantity *q);
/* A number kept plain with a GrRange beside it, in either form of a quantity. */
gboolean  gr_reader_ranged      (GrReader *r, JsonObject *obj, const char *name, gboolean required,
                                 double *value, GrRange *range);
gboolean  gr_reader_ranged_count (GrReader *r, JsonObject *obj, const char *name, gboolean required,
                                  int *out, GrRange *range);
gboolean  gr_reader_lonlat      (GrReader *r, JsonObject *obj, const char *name, gboolean required,
                                 GrLonLat *out);
gboolean  gr_reader_points      (GrReader *r, JsonObject *obj, const char *name, GArray **out);
gboolean  gr_reader_enum        (GrReader *r, JsonObject *obj, const char *name, gboolean required,
                                 GrEnumName name_of, guint n, guint *out);
gboolean  gr_reader_object      (GrReader *r, JsonObject *obj, const char *name, JsonObject **out);
gboolean  gr_reader_array       (GrReader *r, JsonObject *obj, const char *name, gboolean required,
                                 guint max_length, JsonArray **out);
gboolean  gr_reader_elements    (GrReader *r, JsonObject *obj, const char *name, GArray *dest,
                                 GrReadElement read);

/* Strict members (gr-scenario-strict.c): record a name asked of @obj;
 * after reading, fail on the first member never asked for. */
void      gr_reader_asked         (GrReader *r, JsonObject *obj, const char *name);
gboolean  gr_reader_check_unknown (GrReader *r, JsonNode *root);

/* Turns what a version 1 file said into version 2 (gr-scenario-migrate.c). */
void      gr_scenario_migrate_v1 (GrScenario *self);

/* One entry of a "sources" list into a GrSource (gr-scenario-read-sections.c). */
gboolean  gr_reader_source      (GrReader *r, JsonObject *obj, gpointer element);

/* Every section of a scenario file into self (gr-scenario-read-sections.c). */
gboolean  gr_reader_sections    (GrReader *r, JsonObject *root, GrScenario *self);

G_END_DECLS
