/* gr-format.c — numbers for people
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-format.h"

#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <math.h>
#include <string.h>

/* The locale's grouping separator, or "," when the locale has none (the C
 * locale has none, and a bare "132000" is hard to read).  A space of any
 * width (uk_UA's is the narrow no-break space U+202F, nearly invisible in
 * a chart's small type) is written as a full no-break space, U+00A0. */
static const char *
thousands_separator (void)
{
  const char *sep = nl_langinfo (THOUSEP);

  if (sep == NULL || *sep == '\0')
    return ",";
  if (g_unichar_isspace (g_utf8_get_char_validated (sep, -1)) ||
      g_utf8_get_char_validated (sep, -1) == 0x202F)
    return "\u00a0";
  return sep;
}

static const char *
decimal_point (void)
{
  const char *point = nl_langinfo (RADIXCHAR);

  return (point != NULL && *point != '\0') ? point : ".";
}

char *
gr_format_number (double value,
                  int    decimals)
{
  g_autoptr(GString) out = g_string_new (NULL);
  char digits[64];
  char format[8];
  const char *dot;
  gsize int_len;

  if (!isfinite (value))
    return g_strdup ("–");

  decimals = CLAMP (decimals, 0, 6);
  /* Round first so that −0.4 does not print as "−0". */
  value = round (value * pow (10, decimals)) / pow (10, decimals);
  if (value == 0)
    value = 0;

  /* Always a '.' here; the locale's radix is put back below. */
  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (digits, sizeof digits, format, fabs (value));

  if (value < 0)
    g_string_append (out, "−");

  dot = strchr (digits, '.');
  int_len = dot != NULL ? (gsize) (dot - digits) : strlen (digits);
  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append (out, thousands_separator ());
      g_string_append_c (out, digits[i]);
    }
  if (dot != NULL)
    {
      g_string_append (out, decimal_point ());
      g_string_append (out, dot + 1);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
gr_format_count (double value)
{
  return gr_format_number (value, 0);
}

/* One decimal when the figure has a significant one and is below 100,
 * none otherwise: "$1.2B", "$38B", "$120B". */
static int
short_decimals (double scaled)
{
  double rounded = round (fabs (scaled) * 10) / 10;

  if (rounded >= 100 || fabs (rounded - round (rounded)) < 1e-9)
    return 0;
  return 1;
}

char *
gr_format_money (double     value,
                 GrCurrency currency)
{
  static const char *symbols[GR_N_CURRENCIES] = { "$", "€" };
  const char *symbol;
  const char *sign;
  double scaled = fabs (value);
  g_autofree char *number = NULL;

  g_return_val_if_fail (currency < GR_N_CURRENCIES, NULL);

  if (!isfinite (value))
    return g_strdup ("–");

  symbol = symbols[currency];
  /* The unit is part of a translatable format because languages abbreviate
   * it differently and may put a space before it ("$120 млрд").
   * Rounding may carry into the next unit (999.96M is $1B, not $1,000M). */
  if (round (scaled / 1e8) >= 10)
    {
      number = gr_format_number (scaled / 1e9, short_decimals (scaled / 1e9));
      sign = value < 0 && number[0] != '0' ? "−" : "";
      /* Translators: money in billions, e.g. "−$120B": the first %s is a
       * minus sign or nothing, the second the currency sign, the third the
       * number. Reorder with %1$s, %2$s, %3$s if needed. */
      return g_strdup_printf (C_("money", "%s%s%sB"), sign, symbol, number);
    }
  if (round (scaled / 1e5) >= 10)
    {
      number = gr_format_number (scaled / 1e6, short_decimals (scaled / 1e6));
      sign = value < 0 && number[0] != '0' ? "−" : "";
      /* Translators: money in millions, e.g. "$1.2M"; as for billions. */
      return g_strdup_printf (C_("money", "%s%s%sM"), sign, symbol, number);
    }
  if (round (scaled / 1e2) >= 10)
    {
      number = gr_format_number (scaled / 1e3, short_decimals (scaled / 1e3));
      sign = value < 0 && number[0] != '0' ? "−" : "";
      /* Translators: money in thousands, e.g. "$800k"; as for billions. */
      return g_strdup_printf (C_("money", "%s%s%sk"), sign, symbol, number);
    }

  number = gr_format_number (scaled, 0);
  sign = value < 0 && number[0] != '0' ? "−" : "";
  return g_strdup_printf ("%s%s%s", sign, symbol, number);
}

char *
gr_format_percent (double fraction,
                   int    decimals)
{
  g_autofree char *number = gr_format_number (fraction * 100, decimals);

  /* A space before the sign, as ISO 80000 and most European style guides
   * write it; U+00A0 keeps the figure and the sign on one line. */
  return g_strdup_printf ("%s\u00a0%%", number);
}

/* Up to two decimals, trailing zeros dropped: 0.25, 1.5, 120. */
static char *
format_trimmed (double value)
{
  for (int decimals = 0; decimals < 2; decimals++)
    {
      double scaled = value * pow (10, decimals);

      if (fabs (scaled - round (scaled)) < 1e-6 * MAX (1, fabs (scaled)))
        return gr_format_number (value, decimals);
    }
  return gr_format_number (value, 2);
}

char *
gr_format_compact (double value)
{
  double magnitude = fabs (value);
  g_autofree char *number = NULL;

  if (!isfinite (value))
    return g_strdup ("–");

  /* Translatable units, as in gr_format_money (). */
  if (magnitude >= 1e9)
    {
      number = format_trimmed (value / 1e9);
      /* Translators: a count in billions, e.g. "1.5B"; %s is the number. */
      return g_strdup_printf (C_("count", "%sB"), number);
    }
  if (magnitude >= 1e6)
    {
      number = format_trimmed (value / 1e6);
      /* Translators: a count in millions, e.g. "1.5M"; %s is the number. */
      return g_strdup_printf (C_("count", "%sM"), number);
    }
  if (magnitude >= 1e4)
    {
      number = format_trimmed (value / 1e3);
      /* Translators: a count in thousands, e.g. "120k"; %s is the number. */
      return g_strdup_printf (C_("count", "%sk"), number);
    }
  return format_trimmed (value);
}
