/* test-headline-format.c — the words of headline numbers and their changes
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK-free: no display needed.  The expected strings are written by hand
 * from the unit rules in gr-headline-format.h (C locale: comma thousands).
 */

#include "config.h"

#include <math.h>

#include "gr-headline-format.h"

typedef struct
{
  GrHeadlineUnit unit;
  double value;
  const char *expected;
} ValueCase;

static const ValueCase value_cases[] = {
  { GR_HEADLINE_COUNT, 132000, "132,000" },
  { GR_HEADLINE_COUNT, 267423.6, "267,424" },      /* rounded to whole people */
  { GR_HEADLINE_PERCENT, 41.2, "41\u00A0%" },      /* 0..100 in, whole percent, no-break space */
  { GR_HEADLINE_PERCENT, 8.24, "8.2\u00A0%" },     /* below 10 %, one decimal */
  { GR_HEADLINE_BUSD, 38.5, "$38.5B" },            /* billions of dollars */
  { GR_HEADLINE_BUSD, 120, "$120B" },
  { GR_HEADLINE_SCORE, 0.537, "0.54" },            /* two decimals */
  { GR_HEADLINE_RATIO, 1.44, "1.4×" },
  { GR_HEADLINE_MONTHS, 2.77, "2.8 months" },
  { GR_HEADLINE_DAYS, 30, "30 days" },
  { GR_HEADLINE_REQUIRED, 3.4, "3.4" },            /* 3.4 escorts are not 3 */
  { GR_HEADLINE_REQUIRED, 2.96, "3.0" },
  { GR_HEADLINE_ESTIMATE, 267424, "267,000" },      /* three significant digits */
  { GR_HEADLINE_ESTIMATE, 5.346, "5.35" },          /* million tonnes */
  { GR_HEADLINE_ESTIMATE, 1999600, "2,000,000" },   /* rounding carries */
  { GR_HEADLINE_COUNT, NAN, "—" },                 /* no value */
};

static void
test_value (gconstpointer data)
{
  const ValueCase *c = data;
  g_autofree char *text = gr_headline_format_value (c->unit, c->value);

  g_assert_cmpstr (text, ==, c->expected);
}

typedef struct
{
  GrHeadlineUnit unit;
  double before;
  double after;
  const char *expected;        /* NULL: no visible change */
} ChangeCase;

static const ChangeCase change_cases[] = {
  /* 41.2 % → 44 %: 2.8 percentage points, one decimal below ten. */
  { GR_HEADLINE_PERCENT, 41.2, 44.0, "▲ 2.8 pts" },
  /* 41.2 % and 41.4 % both print "41 %": nothing to show. */
  { GR_HEADLINE_PERCENT, 41.2, 41.4, NULL },
  { GR_HEADLINE_PERCENT, 60, 35, "▼ 25 pts" },
  { GR_HEADLINE_BUSD, 38.5, 36, "▼ $2.5B" },
  { GR_HEADLINE_COUNT, 120000, 132000, "▲ 12,000" },
  /* 316,564.8 − 267,423.6 = 49,141.2 → whole people. */
  { GR_HEADLINE_COUNT, 267423.6, 316564.8, "▲ 49,141" },
  { GR_HEADLINE_SCORE, 0.54, 0.50, "▼ 0.04" },
  /* 0.5449 prints "0.54", 0.5451 "0.55": the change is the one read, 0.01. */
  { GR_HEADLINE_SCORE, 0.5449, 0.5451, "▲ 0.01" },
  /* 9.94 % prints "9.9 %", 9.96 % "10 %": 0.1 points. */
  { GR_HEADLINE_PERCENT, 9.94, 9.96, "▲ 0.1 pts" },
  /* A change the change's digits can show stays exact: $20M. */
  { GR_HEADLINE_BUSD, 1.24, 1.26, "▲ $20M" },
  /* Estimates to three digits: 267,424 → 316,565 is 267,000 → 317,000. */
  { GR_HEADLINE_ESTIMATE, 267424, 316565, "▲ 49,100" },
  /* 1.04× → 1.06× prints "1.0×" → "1.1×": 0.1, not "0.0×". */
  { GR_HEADLINE_RATIO, 1.04, 1.06, "▲ 0.1×" },
  /* The first value has nothing before it. */
  { GR_HEADLINE_COUNT, NAN, 5, NULL },
  { GR_HEADLINE_COUNT, 5, 5, NULL },
};

static void
test_change (gconstpointer data)
{
  const ChangeCase *c = data;
  g_autofree char *text = gr_headline_format_change (c->unit, c->before, c->after);

  g_assert_cmpstr (text, ==, c->expected);
}

/* B − A, signed: a = before (A), b = after (B). */
static const ChangeCase difference_cases[] = {
  /* 0.63 − 0.54 = +0.09 */
  { GR_HEADLINE_SCORE, 0.54, 0.63, "▲ +0.09" },
  /* $36B − $38.5B = −$2.5B */
  { GR_HEADLINE_BUSD, 38.5, 36, "▼ −$2.5B" },
  /* 35 % − 60 % = −25 points */
  { GR_HEADLINE_PERCENT, 60, 35, "▼ −25 pts" },
  /* Both print "41 %". */
  { GR_HEADLINE_PERCENT, 41.2, 41.4, "= no change" },
  { GR_HEADLINE_COUNT, NAN, 5, "—" },
};

static void
test_difference (gconstpointer data)
{
  const ChangeCase *c = data;
  g_autofree char *text = gr_headline_format_difference (c->unit, c->before, c->after);

  g_assert_cmpstr (text, ==, c->expected);
}

static void
test_range (void)
{
  g_autofree char *score = gr_headline_format_range (GR_HEADLINE_SCORE, 0.54, 0.47, 0.61);
  g_autofree char *money = gr_headline_format_range (GR_HEADLINE_BUSD, 38.5, 30, 45.25);
  g_autofree char *none = gr_headline_format_range (GR_HEADLINE_SCORE, 0.54, NAN, 0.61);

  /* The issue's own example. */
  g_assert_cmpstr (score, ==, "0.54, 0.47–0.61");
  g_assert_cmpstr (money, ==, "$38.5B, $30B–$45.3B");
  g_assert_cmpstr (none, ==, "0.54");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (value_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gui/headline-format/value/%u", i);

      g_test_add_data_func (path, &value_cases[i], test_value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (change_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gui/headline-format/change/%u", i);

      g_test_add_data_func (path, &change_cases[i], test_change);
    }
  for (guint i = 0; i < G_N_ELEMENTS (difference_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gui/headline-format/difference/%u", i);

      g_test_add_data_func (path, &difference_cases[i], test_difference);
    }
  g_test_add_func ("/gui/headline-format/range", test_range);
  return g_test_run ();
}
