/* gr-display-text.c — untrusted text made safe to show: escaped and capped
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-display-text.h"

#include <string.h>

#define ELLIPSIS "…"

/* Characters that move the cursor, start an escape sequence or reorder
 * the text around them: C0 and C1 controls, DEL, and the bidirectional
 * embeddings, overrides and isolates. */
static gboolean
needs_escape (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c <= 0x9f)
         || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
         || c == 0x2028 || c == 0x2029 || c == 0xfeff;
}

static void
append_escaped (GString  *out,
                gunichar  c)
{
  switch (c)
    {
    case '\n':
      g_string_append (out, "\\n");
      break;
    case '\r':
      g_string_append (out, "\\r");
      break;
    case '\t':
      g_string_append (out, "\\t");
      break;
    default:
      g_string_append_printf (out, "\\u%04X", c);
      break;
    }
}

/* Appends text[0 … length) escaped, at most max_chars characters of it;
 * returns FALSE when it stopped short. */
static gboolean
append_text (GString    *out,
             const char *text,
             gsize       length,
             gsize       max_chars)
{
  const char *p = text;
  const char *end = text + length;
  gsize n = 0;

  while (p < end)
    {
      const char *next;
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (n >= max_chars)
        return FALSE;
      n++;
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* Not UTF-8: show the byte. */
          g_string_append_printf (out, "\\x%02X", (guint) (guchar) *p);
          p++;
          continue;
        }
      next = g_utf8_next_char (p);
      if (needs_escape (c))
        append_escaped (out, c);
      else
        g_string_append_len (out, p, next - p);
      p = next;
    }
  return TRUE;
}

/**
 * gr_display_text:
 * @text: untrusted text, not necessarily UTF-8
 * @length: its length in bytes, or -1 when NUL-terminated
 * @max_chars: how many characters of it to show at most
 *
 * Returns: (transfer full): @text with every control character escaped
 *   ("\n", "\u001B"), bytes that are not UTF-8 as "\xFF", cut after
 *   @max_chars characters with "…"
 */
char *
gr_display_text (const char *text,
                 gssize      length,
                 gsize       max_chars)
{
  GString *out;
  gsize len;

  if (text == NULL)
    return g_strdup ("");
  len = length >= 0 ? (gsize) length : strlen (text);
  out = g_string_sized_new (MIN (len, max_chars) + 8);
  if (!append_text (out, text, len, max_chars))
    g_string_append (out, ELLIPSIS);
  return g_string_free (out, FALSE);
}

/**
 * gr_display_message:
 * @message: an error message that may quote untrusted text
 *
 * Escapes control characters as gr_display_text() does and keeps at most
 * about %GR_DISPLAY_MAX_MESSAGE characters: the beginning (the file and
 * the place) and the end (the problem), with "…" between them.
 *
 * Returns: (transfer full): the message, safe to print or to show
 */
char *
gr_display_message (const char *message)
{
  const gsize half = GR_DISPLAY_MAX_MESSAGE / 2;
  g_autofree char *escaped = gr_display_text (message, -1, G_MAXSIZE);
  const char *tail;
  GString *out;

  if (g_utf8_strlen (escaped, -1) <= (glong) GR_DISPLAY_MAX_MESSAGE)
    return g_steal_pointer (&escaped);

  out = g_string_new (NULL);
  g_string_append_len (out, escaped, g_utf8_offset_to_pointer (escaped, half) - escaped);
  g_string_append (out, " " ELLIPSIS " ");
  tail = g_utf8_offset_to_pointer (escaped, g_utf8_strlen (escaped, -1) - half);
  g_string_append (out, tail);
  return g_string_free (out, FALSE);
}
