/* test-json-scan.c — the strict JSON front end: what it accepts and refuses
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "gr-display-text.h"
#include "gr-json-scan.h"

static const GrJsonLimits limits = { 8, 5, 4, 64, 40, 6 };

typedef struct
{
  const char *name;
  const char *text;
  int code;                 /* -1: accepted */
  const char *where;        /* "line L, column C" the message starts with */
  const char *problem;      /* in the message */
} Case;

static const Case cases[] = {
  /* Accepted: RFC 8259 and nothing else. */
  { "object", "{\"a\": [1, -0.5, 2e3, 1E-2, true], \"b\": [false, null, \"x\"]}", -1, NULL, NULL },
  { "scalar", " 42 ", -1, NULL, NULL },
  { "escapes", "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00\"]", -1, NULL, NULL },
  { "max-exact", "[9007199254740992, -9007199254740992]", -1, NULL, NULL },
  { "tiny-normal", "[2.3e-308, 1e-300, 0e-999, 0.0]", -1, NULL, NULL },
  { "empty-containers", "[[], {}, [[]]]", -1, NULL, NULL },
  { "string-at-limit", "[\"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"]", -1, NULL, NULL },

  /* Refused: not JSON. */
  { "empty", "", GR_JSON_ERROR_EMPTY, NULL, "the file is empty" },
  { "blank", " \n\t\r ", GR_JSON_ERROR_EMPTY, NULL, "the file is empty" },
  { "single-quotes", "{'a': 1}", GR_JSON_ERROR_SYNTAX, "line 1, column 2:", "member name in double quotes" },
  { "single-quoted-value", "[1, 'a']", GR_JSON_ERROR_SYNTAX, "line 1, column 5:", "single quotes" },
  { "hex", "[0x1]", GR_JSON_ERROR_SYNTAX, "line 1, column 2:", "must not start with 0" },
  { "leading-zero", "[01]", GR_JSON_ERROR_SYNTAX, "line 1, column 2:", "must not start with 0" },
  { "bare-fraction", "[.5]", GR_JSON_ERROR_SYNTAX, "line 1, column 2:", "expected a value" },
  { "trailing-point", "[5.]", GR_JSON_ERROR_SYNTAX, "line 1, column 2:", "digits after the point" },
  { "plus", "[+1]", GR_JSON_ERROR_SYNTAX, "line 1, column 2:", "expected a value" },
  { "bare-exponent", "[1e]", GR_JSON_ERROR_SYNTAX, "line 1, column 2:", "digits in its exponent" },
  { "nan", "[NaN]", GR_JSON_ERROR_SYNTAX, "line 1, column 2:", "not a JSON value" },
  { "infinity", "[-Infinity]", GR_JSON_ERROR_SYNTAX, "line 1, column 2:", "digit after the sign" },
  { "word", "[nul]", GR_JSON_ERROR_SYNTAX, "line 1, column 2:", "not a JSON value" },
  { "word-prefix", "[truex]", GR_JSON_ERROR_SYNTAX, "line 1, column 2:", "not a JSON value" },
  { "raw-tab", "[\"a\tb\"]", GR_JSON_ERROR_SYNTAX, "line 1, column 4:", "control character (U+0009)" },
  { "raw-newline", "[\"a\nb\"]", GR_JSON_ERROR_SYNTAX, "line 1, column 4:", "control character (U+000A)" },
  { "raw-escape", "[\"\x1b[31m\"]", GR_JSON_ERROR_SYNTAX, "line 1, column 3:", "control character (U+001B)" },
  { "two-values", "{} {}", GR_JSON_ERROR_SYNTAX, "line 1, column 4:", "more text after the end" },
  { "trailing-garbage", "[1]\n]", GR_JSON_ERROR_SYNTAX, "line 2, column 1:", "more text after the end" },
  { "trailing-comma-list", "[1,]", GR_JSON_ERROR_SYNTAX, "line 1, column 4:", "no trailing comma" },
  { "trailing-comma-object", "{\"a\": 1,}", GR_JSON_ERROR_SYNTAX, "line 1, column 9:", "no trailing comma" },
  { "missing-colon", "{\"a\" 1}", GR_JSON_ERROR_SYNTAX, "line 1, column 6:", "expected “:”" },
  { "missing-comma", "[1 2]", GR_JSON_ERROR_SYNTAX, "line 1, column 4:", "expected “,” or “]”" },
  { "unclosed", "[1, [2]", GR_JSON_ERROR_SYNTAX, "line 1, column 8:", "ends inside a list" },
  { "unterminated-string", "[\"abc", GR_JSON_ERROR_SYNTAX, "line 1, column 2:", "ends inside this string" },
  { "bad-escape", "[\"\\x41\"]", GR_JSON_ERROR_SYNTAX, "line 1, column 3:", "not a JSON escape" },
  { "short-unicode", "[\"\\u12\"]", GR_JSON_ERROR_SYNTAX, "line 1, column 3:", "four hexadecimal digits" },
  { "nul-escape", "[\"b\\u0000one\"]", GR_JSON_ERROR_SYNTAX, "line 1, column 4:", "\\u0000" },
  { "lone-high", "[\"\\ud800\"]", GR_JSON_ERROR_SYNTAX, "line 1, column 3:", "lone high surrogate" },
  { "lone-high-then-text", "[\"\\ud800\\u0041\"]", GR_JSON_ERROR_SYNTAX, "line 1, column 3:", "lone high surrogate" },
  { "lone-low", "[\"\\udc00\"]", GR_JSON_ERROR_SYNTAX, "line 1, column 3:", "lone low surrogate" },
  { "duplicate-name", "{\"a\": 1, \"b\": 2, \"a\": 3}", GR_JSON_ERROR_SYNTAX, "line 1, column 18:", "appears twice" },
  { "duplicate-escaped", "{\"a\": 1, \"\\u0061\": 2}", GR_JSON_ERROR_SYNTAX, "line 1, column 10:", "appears twice" },
  { "comment", "[1] // note", GR_JSON_ERROR_SYNTAX, "line 1, column 5:", "more text after" },
  { "bom", "\xef\xbb\xbf[1]", GR_JSON_ERROR_ENCODING, "line 1, column 1:", "byte order mark" },
  { "not-utf8", "[\"\xff\"]", GR_JSON_ERROR_ENCODING, "line 1, column 3:", "invalid byte 0xFF" },

  /* Refused: numbers a double does not hold. */
  { "above-2^53", "[9007199254740993]", GR_JSON_ERROR_NUMBER, "line 1, column 2:", "beyond ±2^53" },
  { "2^63", "[9223372036854775808]", GR_JSON_ERROR_NUMBER, "line 1, column 2:", "beyond ±2^53" },
  { "below--2^53", "[-9007199254740993]", GR_JSON_ERROR_NUMBER, "line 1, column 2:", "beyond ±2^53" },
  { "overflow", "[1e999]", GR_JSON_ERROR_NUMBER, "line 1, column 2:", "too large to hold" },
  { "underflow", "[1e-400]", GR_JSON_ERROR_NUMBER, "line 1, column 2:", "too close to zero" },
  { "subnormal", "[1e-320]", GR_JSON_ERROR_NUMBER, "line 1, column 2:", "too close to zero" },

  /* Refused: beyond the limits, found while scanning. */
  { "many-objects", "[{}, [{}, {}], {}, [[{}], {}], {\"a\": {}}]", GR_JSON_ERROR_LIMIT, "line 1, column 32:",
    "more than 6 objects" },
  { "deep", "[[[[[[[[[1]]]]]]]]]", GR_JSON_ERROR_LIMIT, "line 1, column 9:", "deeper than 8 levels" },
  { "long-string", "[\"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdefg\"]", GR_JSON_ERROR_LIMIT, "line 1, column 2:", "longer than 64 bytes" },
  { "long-name", "{\"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdefg\": 1}", GR_JSON_ERROR_LIMIT, "line 1, column 2:", "longer than 64 bytes" },
  { "many-items", "[1, 2, 3, 4, 5, 6]", GR_JSON_ERROR_LIMIT, "line 1, column 17:", "more than 5 entries" },
  { "many-members", "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5}", GR_JSON_ERROR_LIMIT, "line 1, column 26:", "more than 4 members" },
  { "many-values", "[[[1,2,3,4,5],[1,2,3,4,5]],[[1,2,3,4,5],[1,2,3,4,5]],[[1,2,3,4,5],[1,2,3,4,5]],[[1,2,3,4,5],[1,2,3,4,5]]]",
    GR_JSON_ERROR_LIMIT, "line 1, column 80:", "more than 40 values" },
  { "long-number", "[1.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000]",
    GR_JSON_ERROR_LIMIT, "line 1, column 2:", "more than 100 characters" },
};

/* Fails saying where in the tree. */
#define SAME(condition) \
  G_STMT_START { \
    if (!(condition)) \
      { \
        g_test_message ("the trees differ at %s", path); \
        g_assert_true (condition); \
      } \
  } G_STMT_END

/* The same tree to the last detail json-glib keeps: node and value types
 * (a whole number is an int64, any other a double), values, the order of
 * members. */
static void
assert_same_tree (JsonNode   *ours,
                  JsonNode   *glib,
                  const char *path)
{
  SAME (json_node_get_node_type (ours) == json_node_get_node_type (glib));
  switch (json_node_get_node_type (glib))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *a = json_node_get_object (ours), *b = json_node_get_object (glib);
        g_autoptr(GList) names_a = json_object_get_members (a);
        g_autoptr(GList) names_b = json_object_get_members (b);

        SAME (g_list_length (names_a) == g_list_length (names_b));
        for (GList *x = names_a, *y = names_b; x != NULL; x = x->next, y = y->next)
          {
            g_autofree char *inner = g_strdup_printf ("%s.%s", path, (char *) y->data);

            SAME (strcmp (x->data, y->data) == 0);
            assert_same_tree (json_object_get_member (a, x->data),
                              json_object_get_member (b, y->data), inner);
          }
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *a = json_node_get_array (ours), *b = json_node_get_array (glib);

        SAME (json_array_get_length (a) == json_array_get_length (b));
        for (guint i = 0; i < json_array_get_length (b); i++)
          {
            g_autofree char *inner = g_strdup_printf ("%s[%u]", path, i);

            assert_same_tree (json_array_get_element (a, i), json_array_get_element (b, i),
                              inner);
          }
      }
      break;
    case JSON_NODE_VALUE:
      SAME (json_node_get_value_type (ours) == json_node_get_value_type (glib));
      if (json_node_get_value_type (glib) == G_TYPE_STRING)
        SAME (strcmp (json_node_get_string (ours), json_node_get_string (glib)) == 0);
      else if (json_node_get_value_type (glib) == G_TYPE_INT64)
        SAME (json_node_get_int (ours) == json_node_get_int (glib));
      else if (json_node_get_value_type (glib) == G_TYPE_DOUBLE)
        SAME (json_node_get_double (ours) == json_node_get_double (glib));
      else
        SAME (json_node_get_boolean (ours) == json_node_get_boolean (glib));
      break;
    case JSON_NODE_NULL:
    default:
      break;
    }
}

/* gr_json_read() reads @text as json-glib does. */
static void
assert_reads_as_json_glib (const char         *text,
                           gsize               length,
                           const GrJsonLimits *with)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) ours = gr_json_read (text, length, with, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ours);
  g_assert_true (json_parser_load_from_data (parser, text, (gssize) length, NULL));
  assert_same_tree (ours, json_parser_get_root (parser), "$");
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) read_error = NULL;
  gboolean ok = gr_json_scan (c->text, strlen (c->text), &limits, &error);
  g_autoptr(JsonNode) read = NULL;

  if (c->code < 0)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
      assert_reads_as_json_glib (c->text, strlen (c->text), &limits);
      return;
    }
  g_assert_false (ok);
  g_assert_error (error, GR_JSON_ERROR, c->code);
  g_test_message ("%s", error->message);
  if (c->where != NULL)
    g_assert_true (g_str_has_prefix (error->message, c->where));
  g_assert_nonnull (strstr (error->message, c->problem));

  /* Reading refuses it with the same words, and keeps nothing. */
  read = gr_json_read (c->text, strlen (c->text), &limits, &read_error);
  g_assert_null (read);
  g_assert_error (read_error, GR_JSON_ERROR, c->code);
  g_assert_cmpstr (read_error->message, ==, error->message);
}

/* The files the program reads, as json-glib reads them. */
static void
test_read_data_files (void)
{
  static const char * const files[][2] = {
    { "scenarios", "baseline.json" }, { "scenarios", "observed-2025.json" },
    { "scenarios", "reinforced.json" }, { "model", "references.json" },
    { "geo", "lakes.geojson" }, { "geo", "borders_50m.geojson" },
  };
  static const GrJsonLimits generous = { 64, 1 << 20, 1 << 16, 1 << 20, 1 << 24, 1 << 20 };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", files[i][0],
                                                     files[i][1], NULL);
      g_autofree char *text = NULL;
      gsize length = 0;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", path);
      g_file_get_contents (path, &text, &length, &error);
      g_assert_no_error (error);
      assert_reads_as_json_glib (text, length, &generous);
    }
}

/* The quote is short and shows control characters as escapes. */
static void
test_quote (void)
{
  g_autoptr(GString) text = g_string_new ("{\"a\": 1, \x1b]0;owned\x07");
  g_autoptr(GError) error = NULL;
  static const GrJsonLimits big = { 8, 100, 100, 1 << 20, 1000, 100 };

  for (guint i = 0; i < 1000; i++)
    g_string_append (text, "zzzzzzzzzz");
  g_assert_false (gr_json_scan (text->str, text->len, &big, &error));
  g_test_message ("%s", error->message);
  g_assert_null (strchr (error->message, '\x1b'));
  g_assert_null (strchr (error->message, '\x07'));
  g_assert_nonnull (strstr (error->message, "\\u001B]0;owned\\u0007zzz"));
  g_assert_cmpint (g_utf8_strlen (error->message, -1), <, 250);
}

/* A 15 MiB member name stops the scan at the limit, not at its end, and
 * the message stays short. */
static void
test_huge_name (void)
{
  const gsize n = 15 * 1024 * 1024;
  g_autofree char *text = g_malloc (n + 8);
  g_autoptr(GError) error = NULL;
  static const GrJsonLimits scenario = { 20, 10000, 1000, 65536, 1000000, 100000 };

  memcpy (text, "{\"", 2);
  memset (text + 2, 'k', n);
  memcpy (text + 2 + n, "\": 1}", 5);
  g_assert_false (gr_json_scan (text, n + 7, &scenario, &error));
  g_assert_error (error, GR_JSON_ERROR, GR_JSON_ERROR_LIMIT);
  g_assert_cmpint (strlen (error->message), <, 400);
}

/* The display helpers escape what a terminal would obey and cap length. */
static void
test_display (void)
{
  g_autofree char *a = gr_display_text ("ok\x1b[2J\r\n\xc2\x9b\xe2\x80\xae" "end\xff", -1, 100);
  g_autofree char *b = gr_display_text ("abcdef", -1, 3);
  g_autofree char *long_message = g_strnfill (100000, 'x');
  g_autofree char *c = gr_display_message (long_message);

  g_assert_cmpstr (a, ==, "ok\\u001B[2J\\r\\n\\u009B\\u202Eend\\xFF");
  g_assert_cmpstr (b, ==, "abc…");
  g_assert_cmpint (g_utf8_strlen (c, -1), <=, GR_DISPLAY_MAX_MESSAGE + 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/json-scan/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/model/json-scan/read-data-files", test_read_data_files);
  g_test_add_func ("/model/json-scan/quote", test_quote);
  g_test_add_func ("/model/json-scan/huge-name", test_huge_name);
  g_test_add_func ("/model/json-scan/display", test_display);
  return g_test_run ();
}
