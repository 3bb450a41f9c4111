/* gr-format.c — numbers for people
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-format.h"

#include <langinfo.h>
#include <math.h>
#include <string.h>

/* The locale's grouping separator, or "," when the locale has none (the C
 * locale has none, and a bare "132000" is hard to read). */
static const char *
thousands_separator (void)
{
  const char *sep = nl_langinfo (THOUSEP);

  return (sep != NULL && *sep != '\0') ? sep : ",";
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
  const char *suffix = "";
  double scaled = fabs (value);
  g_autofree char *number = NULL;

  g_return_val_if_fail (currency < GR_N_CURRENCIES, NULL);

  if (!isfinite (value))
    return g_strdup ("–");

  /* Rounding may carry into the next unit (999.96M is $1B, not $1,000M). */
  if (round (scaled / 1e8) >= 10)
    scaled /= 1e9, suffix = "B";
  else if (round (scaled / 1e5) >= 10)
    scaled /= 1e6, suffix = "M";
  else if (round (scaled / 1e2) >= 10)
    scaled /= 1e3, suffix = "k";

  number = gr_format_number (scaled, *suffix != '\0' ? short_decimals (scaled) : 0);
  return g_strdup_printf ("%s%s%s%s", value < 0 && number[0] != '0' ? "−" : "",
                          symbols[currency], number, suffix);
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

char *
gr_format_compact (double value)
{
  double magnitude = fabs (value);
  const char *suffix = "";
  g_autofree char *number = NULL;

  if (!isfinite (value))
    return g_strdup ("–");

  if (magnitude >= 1e9)
    value /= 1e9, suffix = "B";
  else if (magnitude >= 1e6)
    value /= 1e6, suffix = "M";
  else if (magnitude >= 1e4)
    value /= 1e3, suffix = "k";

  /* Up to two decimals, trailing zeros dropped: 0.25, 1.5M, 120k. */
  for (int decimals = 0; decimals <= 2; decimals++)
    {
      double scaled = value * pow (10, decimals);

      if (fabs (scaled - round (scaled)) < 1e-6 * MAX (1, fabs (scaled)) || decimals == 2)
        {
          number = gr_format_number (value, decimals);
          break;
        }
    }

  return g_strdup_printf ("%s%s", number, suffix);
}
