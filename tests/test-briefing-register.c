/* test-briefing-register.c — the register's pages: full, and no widowed last row
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A register that runs over several pages must not end on a page that
 * carries one row.  The pagination is checked on made-up row heights,
 * where what fits is known by hand, and on briefings of the baseline with
 * ever more pledges, where it is measured with the briefing's own type.
 */

#include "config.h"

#include <math.h>

#include "gr-briefing-private.h"
#include "gr-scenario-io.h"

#define MIN_ROWS GR_BRIEFING_MIN_LAST_ROWS

static GrModel *model;

/* Checks a split of n rows: pages in order, none over room, and the last
 * of several carries min rows; returns the number of pages. */
static guint
check_split (GArray       *starts,
             const double *heights,
             guint         n,
             double        room)
{
  g_assert_cmpuint (starts->len, >=, 1);
  g_assert_cmpuint (g_array_index (starts, guint, 0), ==, 0);
  for (guint p = 0; p < starts->len; p++)
    {
      guint first = g_array_index (starts, guint, p);
      guint end = p + 1 < starts->len ? g_array_index (starts, guint, p + 1) : n;
      double used = 0;

      g_assert_cmpuint (end, >, first);
      for (guint i = first; i < end; i++)
        used += heights[i];
      g_assert_cmpfloat (used, <=, room);
      if (starts->len > 1)
        g_assert_cmpuint (end - first, >=, MIN_ROWS);
    }
  return starts->len;
}

/* Rows of 1, 2 and 3 units in turn on pages of 20 units, for every count
 * from one page to ten. */
static void
test_paginate (void)
{
  for (guint n = 1; n <= 95; n++)
    {
      g_autofree double *heights = g_new (double, n);
      g_autoptr(GArray) starts = NULL;
      double total = 0;

      for (guint i = 0; i < n; i++)
        total += heights[i] = 1 + i % 3;
      starts = gr_briefing_paginate (heights, n, 20, MIN_ROWS);
      check_split (starts, heights, n, 20);
      /* Never more pages than filling each would take: a full page holds
       * 18 units or more (the next row, at most 3, did not fit), and any
       * 8 rows in turn hold at most 17, so at least 9 rows. */
      g_assert_cmpuint (starts->len, <=, (n + 8) / 9);
      if (total <= 20)
        g_assert_cmpuint (starts->len, ==, 1);
    }
}

/* Eleven rows of one unit on pages of ten: ten fit, and the last page
 * would carry one; it takes three more, so it carries four. */
static void
test_paginate_widow (void)
{
  double heights[11];
  g_autoptr(GArray) starts = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (heights); i++)
    heights[i] = 1;
  starts = gr_briefing_paginate (heights, G_N_ELEMENTS (heights), 10, 4);
  g_assert_cmpuint (starts->len, ==, 2);
  g_assert_cmpuint (g_array_index (starts, guint, 1), ==, 7);
}

/* A first page too short to give rows away keeps them: two rows of 6 on
 * pages of 10 go one to a page. */
static void
test_paginate_short (void)
{
  const double heights[] = { 6, 6 };
  g_autoptr(GArray) starts = gr_briefing_paginate (heights, 2, 10, 4);

  g_assert_cmpuint (starts->len, ==, 2);
  g_assert_cmpuint (g_array_index (starts, guint, 1), ==, 1);
}

static void
add_pledges (GrScenario *scenario,
             guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      GrPledge pledge = {
        .donor = g_strdup ("SE"), .year = 2027 + i % 3,
        .busd = { 0.5 + i, NAN, NAN, NULL },
        .kind = GR_PLEDGE_COMMITMENT, .channel = GR_CHANNEL_BILATERAL,
      };

      g_array_append_val (scenario->pledges, pledge);
    }
}

/* Registers of every length from the baseline's to forty rows more, on A4
 * and on slides: every row on exactly one page, in order, and no page of a
 * register over several pages with fewer than MIN_ROWS rows. */
static void
test_lengths (gconstpointer data)
{
  gboolean slides = GPOINTER_TO_INT (data);

  for (guint extra = 0; extra <= 40; extra += slides ? 3 : 1)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GrScenario) scenario = gr_scenario_load_bundled ("baseline", &error);
      g_autoptr(GrBriefing) briefing = NULL;
      GrBriefingOptions options = { .slides = slides };
      guint n_pages = 0, next = 0, expected;

      g_assert_no_error (error);
      expected = scenario->pledges->len + extra;
      add_pledges (scenario, extra);
      briefing = gr_briefing_new (model, scenario, &options);
      g_assert_cmpuint (briefing->register_rows->len, >=, expected);
      for (guint p = 0; p < briefing->pages->len; p++)
        {
          const GrBriefingPage *page = &g_array_index (briefing->pages, GrBriefingPage, p);

          if (page->kind != GR_BRIEFING_PAGE_REGISTER)
            continue;
          g_assert_cmpuint (page->first_row, ==, next);
          next += page->n_rows;
          n_pages++;
        }
      g_assert_cmpuint (next, ==, briefing->register_rows->len);
      g_assert_cmpuint (n_pages, >, 1);
      for (guint p = 0; p < briefing->pages->len; p++)
        {
          const GrBriefingPage *page = &g_array_index (briefing->pages, GrBriefingPage, p);

          if (page->kind == GR_BRIEFING_PAGE_REGISTER)
            {
              if (page->n_rows < MIN_ROWS)
                g_test_message ("%u extra rows: a page of %u rows", extra, page->n_rows);
              g_assert_cmpuint (page->n_rows, >=, MIN_ROWS);
            }
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  model = gr_model_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/render/briefing-register/paginate", test_paginate);
  g_test_add_func ("/render/briefing-register/paginate-widow", test_paginate_widow);
  g_test_add_func ("/render/briefing-register/paginate-short", test_paginate_short);
  g_test_add_data_func ("/render/briefing-register/lengths-a4", GINT_TO_POINTER (FALSE),
                        test_lengths);
  g_test_add_data_func ("/render/briefing-register/lengths-slides", GINT_TO_POINTER (TRUE),
                        test_lengths);

  status = g_test_run ();
  gr_model_unref (model);
  return status;
}
