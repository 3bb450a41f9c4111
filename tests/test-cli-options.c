/* test-cli-options.c — the launcher's guess that a command line names a drawing job
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "gr-cli.h"

typedef struct
{
  const char *argv[4];
  gboolean painter;
} GuessCase;

static const GuessCase cases[] = {
  { { "guarantor", "--export=index", NULL }, TRUE },
  { { "guarantor", "--export", "map", NULL }, TRUE },
  { { "guarantor", "--scenario=a.json", "--briefing=b.pdf", NULL }, TRUE },
  { { "guarantor", "--briefing", "b.pdf", NULL }, TRUE },
  /* another option, or one that only starts like it */
  { { "guarantor", "--metrics=a.json", NULL }, FALSE },
  { { "guarantor", "--exports", NULL }, FALSE },
  { { "guarantor", "-export", NULL }, FALSE },
  /* a file named like the option, after the end of the options */
  { { "guarantor", "--", "--export", NULL }, FALSE },
  { { "guarantor", NULL }, FALSE },
};

static void
test_guess (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u", i);
      g_assert_cmpint (gr_cli_names_painter_job ((char **) cases[i].argv), ==, cases[i].painter);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli-options/painter-job-guess", test_guess);
  return g_test_run ();
}
