/* test-format.c — number formatting for people
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The test environment runs in C.UTF-8, whose LC_NUMERIC has no thousands
 * separator: gr-format falls back to ",", and the radix is ".".
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "gr-format.h"

typedef struct
{
  double value;
  int extra;                   /* decimals or currency */
  const char *expected;
} Case;

static void
test_number (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *text = gr_format_number (c->value, c->extra);

  g_assert_cmpstr (text, ==, c->expected);
}

static void
test_money (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *text = gr_format_money (c->value, c->extra);

  g_assert_cmpstr (text, ==, c->expected);
}

static void
test_percent (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *text = gr_format_percent (c->value, c->extra);

  g_assert_cmpstr (text, ==, c->expected);
}

static void
test_compact (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *text = gr_format_compact (c->value);

  g_assert_cmpstr (text, ==, c->expected);
}

static void
test_count (void)
{
  g_autofree char *a = gr_format_count (132000);
  g_autofree char *b = gr_format_count (119999.6);  /* rounds up to a new group */
  g_autofree char *c = gr_format_count (NAN);

  g_assert_cmpstr (a, ==, "132,000");
  g_assert_cmpstr (b, ==, "120,000");
  g_assert_cmpstr (c, ==, "–");
}

static const Case numbers[] = {
  { 0, 0, "0" },
  { 7, 0, "7" },
  { 999, 0, "999" },
  { 1000, 0, "1,000" },
  { 132000, 0, "132,000" },
  { 1234567.891, 2, "1,234,567.89" },
  { -45000, 0, "−45,000" },
  { -0.4, 0, "0" },            /* no "−0" */
  { 0.125, 3, "0.125" },
};

static const Case money[] = {
  { 38e9, GR_CURRENCY_USD, "$38B" },
  { 1.2e9, GR_CURRENCY_EUR, "€1.2B" },
  { 4.5e6, GR_CURRENCY_USD, "$4.5M" },
  { 120e9, GR_CURRENCY_USD, "$120B" },
  { 1.25e9, GR_CURRENCY_USD, "$1.3B" },       /* one decimal, rounded half up */
  { 999.96e6, GR_CURRENCY_USD, "$1B" },       /* rounding carries into billions */
  { 750e3, GR_CURRENCY_USD, "$750k" },
  { 120, GR_CURRENCY_USD, "$120" },
  { 0, GR_CURRENCY_EUR, "€0" },
  { -3e9, GR_CURRENCY_USD, "−$3B" },
  { 1500e9, GR_CURRENCY_USD, "$1,500B" },
};

static const Case percents[] = {
  { 0.41, 0, "41\u00a0%" },
  { 0.125, 1, "12.5\u00a0%" },
  { 1, 0, "100\u00a0%" },
  { 0.8049, 0, "80\u00a0%" },
};

static const Case compacts[] = {
  { 120000, 0, "120k" },
  { 1500000, 0, "1.5M" },
  { 0.25, 0, "0.25" },
  { 5000, 0, "5,000" },
  { 2.4e9, 0, "2.4B" },
};

static void
add_cases (const char  *prefix,
           const Case  *cases,
           guint        n,
           GTestDataFunc func)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%u", prefix, i);

      g_test_add_data_func (path, &cases[i], func);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/render/format/count", test_count);
  add_cases ("/render/format/number", numbers, G_N_ELEMENTS (numbers), test_number);
  add_cases ("/render/format/money", money, G_N_ELEMENTS (money), test_money);
  add_cases ("/render/format/percent", percents, G_N_ELEMENTS (percents), test_percent);
  add_cases ("/render/format/compact", compacts, G_N_ELEMENTS (compacts), test_compact);

  return g_test_run ();
}
