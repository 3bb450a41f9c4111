/* test-cli-options.c — the launcher's command line: its guess that a line names a
 * drawing job, and the options of such a line read as a GApplication reads them
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

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

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The options as text, member by member in name order, each with its
 * type: "name 'type' value\n". */
static char *
describe_options (GVariantDict *options)
{
  g_autoptr(GVariant) all = g_variant_ref_sink (g_variant_dict_end (options));
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  GVariantIter iter;
  const char *name;
  GVariant *value;

  g_variant_iter_init (&iter, all);
  while (g_variant_iter_next (&iter, "{&sv}", &name, &value))
    {
      g_autofree char *shown = g_variant_print (value, FALSE);

      g_ptr_array_add (lines, g_strdup_printf ("%s '%s' %s\n", name,
                                               g_variant_get_type_string (value), shown));
      g_variant_unref (value);
    }
  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append (text, g_ptr_array_index (lines, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static int
record_options_cb (GVariantDict *options,
                   gpointer      user_data)
{
  char **seen = user_data;

  *seen = describe_options (options);
  return 0;
}

static int
record_local_options_cb (GApplication *app,
                         GVariantDict *options,
                         char        **seen)
{
  return record_options_cb (options, seen);
}

/* What a GApplication with the same options makes of @argv. */
static int
parse_as_application (char **argv,
                      char **seen)
{
  g_autoptr(GApplication) app = g_application_new ("io.github.guarantor.Guarantor.Test",
                                                   G_APPLICATION_HANDLES_OPEN);

  gr_cli_add_options (app);
  g_signal_connect (app, "handle-local-options", G_CALLBACK (record_local_options_cb), seen);
  return g_application_run (app, g_strv_length (argv), argv);
}

/* A drawing job's command line is parsed without a GApplication (a
 * fortieth of an export's time): into the same options, of the same
 * types, and refused with the same status. */
static void
test_job_options (void)
{
  static const char *lines[][8] = {
    { "guarantor", "--export=index", "--size=640x360", "--output=a b.png", NULL },
    { "guarantor", "--export", "map", "--output", "m.pdf", "--scenario", "s.json", NULL },
    { "guarantor", "--briefing=b.pdf", "--slides", "--compare=r.json", "--samples=20", NULL },
    { "guarantor", "--export=funding", "--seed=3", "--threads=2", "file.json", NULL },
    { "guarantor", "--export=index", "--present", "--metrics=x.json", NULL },
    { "guarantor", "--export=index", "--", "--size=1x1", NULL },
    { "guarantor", "--export=index", "--bogus", NULL },
    { "guarantor", "--export", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_auto(GStrv) ours_argv = g_strdupv ((char **) lines[i]);
      g_auto(GStrv) app_argv = g_strdupv ((char **) lines[i]);
      g_autofree char *ours = NULL;
      g_autofree char *theirs = NULL;
      int status, app_status;

      g_test_message ("line %u", i);
      g_assert_true (gr_cli_names_painter_job (ours_argv));
      status = gr_cli_run (g_strv_length (ours_argv), ours_argv, record_options_cb, &ours);
      app_status = parse_as_application (app_argv, &theirs);
      g_assert_cmpint (status, ==, app_status);
      g_assert_cmpstr (ours, ==, theirs);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli-options/painter-job-guess", test_guess);
  g_test_add_func ("/cli-options/job-options", test_job_options);
  return g_test_run ();
}
