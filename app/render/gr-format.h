/* gr-format.h — numbers for people: separators, money, percent, axis ticks
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every function returns a newly allocated UTF-8 string.  The thousands
 * separator follows the locale when it defines one (LC_NUMERIC) and is a
 * comma otherwise, so "C" and English locales read "132,000".
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  GR_CURRENCY_USD,
  GR_CURRENCY_EUR,
  GR_N_CURRENCIES
} GrCurrency;

/* 132000 → "132,000"; 1234.5 with 1 decimal → "1,234.5"; −0 prints as "0". */
char *gr_format_number   (double     value,
                          int        decimals);

/* A count rounded to a whole number: "132,000". */
char *gr_format_count    (double     value);

/* value in currency units: 38e9 → "$38B", 1.2e9 (EUR) → "€1.2B",
 * 4.5e6 → "$4.5M", 750e3 → "$750k", 120 → "$120".  At most one decimal,
 * none when it would be ".0"; negative values get a leading minus. */
char *gr_format_money    (double     value,
                          GrCurrency currency);

/* A fraction as percent: 0.41 → "41 %" (decimals = 0); 0.125, 1 → "12.5 %". */
char *gr_format_percent  (double     fraction,
                          int        decimals);

/* Short form for axis ticks: 120000 → "120k", 1500000 → "1.5M", 0.25 → "0.25". */
char *gr_format_compact  (double     value);

G_END_DECLS
