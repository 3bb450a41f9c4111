/* gr-json-scan.h — strict JSON (RFC 8259), checked or read into a tree
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib's parser accepts more than JSON (single quotes, 0x1, a second
 * document after the first), keeps "\u0000" as a string terminator, wraps
 * integers beyond 2^63 and builds the whole tree before anyone can count
 * it.  This single pass over the raw bytes accepts exactly RFC 8259 JSON,
 * refuses numbers that a double cannot hold exactly enough, "\u0000",
 * lone surrogates and duplicate member names, and stops as soon as a limit
 * (nesting, entries, string length, values) is passed, building
 * json-glib's tree as it goes (gr_json_read(); gr_json_scan() only says
 * whether it would).  Its errors say "line L, column C: problem: “quote”"
 * with at most ~80 characters of the input, escaped.
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define GR_JSON_ERROR (gr_json_error_quark ())

typedef enum
{
  GR_JSON_ERROR_EMPTY,      /* nothing but white space */
  GR_JSON_ERROR_ENCODING,   /* not UTF-8, a byte order mark */
  GR_JSON_ERROR_SYNTAX,     /* not RFC 8259 JSON */
  GR_JSON_ERROR_NUMBER,     /* a number no double holds exactly enough */
  GR_JSON_ERROR_LIMIT,      /* nested, long or numerous beyond the limits */
} GrJsonError;

typedef struct
{
  guint max_depth;          /* lists and objects inside each other */
  guint max_items;          /* entries of one list */
  guint max_members;        /* members of one object */
  gsize max_string;         /* bytes of one string or member name, as written */
  gsize max_values;         /* values in the whole document */
  gsize max_objects;        /* objects in the whole document: each costs
                               json-glib a hash table, ~300 bytes */
} GrJsonLimits;

GQuark    gr_json_error_quark (void);

gboolean  gr_json_scan       (const char          *data,
                              gsize                length,
                              const GrJsonLimits  *limits,
                              GError             **error);
JsonNode *gr_json_read       (const char          *data,
                              gsize                length,
                              const GrJsonLimits  *limits,
                              GError             **error);

G_END_DECLS
