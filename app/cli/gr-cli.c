/* gr-cli.c — headless command-line jobs: metrics as JSON, exports
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-cli.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gr-display-text.h"
#include "gr-file-read.h"
#include "gr-metrics-json.h"
#include "gr-metrics.h"
#include "gr-monte-carlo.h"
#include "gr-scenario-io.h"

#define MIN_SIDE 16
#define MAX_SIDE 16384

/**
 * gr_cli_print_error:
 * @message: a message that may quote a file or its name
 *
 * Prints "guarantor: @message" on stderr, control characters escaped and
 * the length capped (gr_display_message()).
 */
void
gr_cli_print_error (const char *message)
{
  g_autofree char *shown = gr_display_message (message);

  g_printerr ("guarantor: %s\n", shown);
}

GrScenario *
gr_cli_load_scenario (const char  *path,
                      GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;

  if (path == NULL)
    return gr_scenario_load_bundled ("baseline", error);
  /* Never a URL: with GVfs it would reach the network. */
  file = gr_file_new_for_arg (path, &local_error);
  if (file == NULL)
    {
      g_set_error_literal (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_IO, local_error->message);
      return NULL;
    }
  return gr_scenario_load_file (file, NULL, error);
}

static gboolean
parse_side (const char  *text,
            const char  *end_expected,
            int         *side)
{
  char *end = NULL;
  gint64 v;

  errno = 0;
  v = g_ascii_strtoll (text, &end, 10);
  if (errno != 0 || end == text || end != end_expected || v < MIN_SIDE || v > MAX_SIDE)
    return FALSE;
  *side = (int) v;
  return TRUE;
}

gboolean
gr_cli_parse_size (const char  *size,
                   int         *width,
                   int         *height,
                   GError     **error)
{
  const char *x;
  int w, h;

  g_return_val_if_fail (width != NULL && height != NULL, FALSE);

  if (size == NULL)
    return TRUE;
  x = strchr (size, 'x');
  if (x == NULL || !parse_side (size, x, &w) || !parse_side (x + 1, x + 1 + strlen (x + 1), &h))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Size “%s” is not WIDTHxHEIGHT in pixels, each from %d to %d"),
                   size, MIN_SIDE, MAX_SIDE);
      return FALSE;
    }
  *width = w;
  *height = h;
  return TRUE;
}

int
gr_cli_metrics (const char *scenario_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) scenario = NULL;
  g_autoptr(GrModel) model = NULL;
  g_autoptr(GrMetrics) metrics = NULL;
  g_autofree char *json = NULL;

  scenario = gr_cli_load_scenario (scenario_path, &error);
  if (scenario == NULL)
    {
      gr_cli_print_error (error->message);
      return GR_CLI_EXIT_USAGE;
    }
  model = gr_model_new_default (&error);
  if (model == NULL)
    {
      gr_cli_print_error (error->message);
      return GR_CLI_EXIT_FAILURE;
    }
  metrics = gr_model_evaluate (model, scenario);
  json = gr_metrics_to_json (metrics, model, TRUE);
  return gr_cli_print (json);
}

int
gr_cli_fail (int         status,
             const char *message)
{
  gr_cli_print_error (message);
  return status;
}

int
gr_cli_print (const char *text)
{
  if (fputs (text, stdout) == EOF || fputc ('\n', stdout) == EOF || fflush (stdout) != 0)
    {
      gr_cli_print_error (g_strerror (errno));
      return GR_CLI_EXIT_FAILURE;
    }
  return GR_CLI_EXIT_OK;
}

gboolean
gr_cli_parse_count (const char  *option,
                    const char  *text,
                    guint64      min,
                    guint64      max,
                    guint64     *out,
                    int         *status)
{
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, min, max, out, &error))
    {
      g_autofree char *from = g_strdup_printf ("%" G_GUINT64_FORMAT, min);
      g_autofree char *to = g_strdup_printf ("%" G_GUINT64_FORMAT, max);
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("%s “%s” is not a whole number from %s to %s"),
                                 option, text, from, to);

      *status = gr_cli_fail (GR_CLI_EXIT_USAGE, message);
      return FALSE;
    }
  return TRUE;
}

gboolean
gr_cli_parse_monte_carlo (const char *samples_text,
                          const char *seed_text,
                          const char *threads_text,
                          guint64     min_samples,
                          guint64    *samples,
                          guint64    *seed,
                          guint64    *threads,
                          int        *status)
{
  *samples = GR_MONTE_CARLO_DEFAULT_SAMPLES;
  *seed = GR_MONTE_CARLO_DEFAULT_SEED;
  *threads = 0;
  return gr_cli_parse_count ("--samples", samples_text, min_samples, GR_MONTE_CARLO_MAX_SAMPLES,
                             samples, status)
         && gr_cli_parse_count ("--seed", seed_text, 0, G_MAXINT64, seed, status)
         && gr_cli_parse_count ("--threads", threads_text, 0, GR_MONTE_CARLO_MAX_THREADS,
                                threads, status);
}

gboolean
gr_cli_present_monte_carlo (GVariantDict *options,
                            guint64      *samples,
                            guint64      *seed,
                            guint64      *threads,
                            int          *status)
{
  g_auto(GrCliOptions) o = { 0 };

  gr_cli_options_read (options, &o);
  return gr_cli_parse_monte_carlo (o.samples, o.seed, o.threads, 0, samples, seed, threads,
                                   status);
}

gboolean
gr_cli_handle_compare (char **argv,
                       int   *status)
{
  guint n = argv != NULL ? g_strv_length (argv) : 0;

  /* With --briefing, --compare FILE is the briefing's second scenario. */
  for (guint i = 1; i < n && !g_str_equal (argv[i], "--"); i++)
    if (g_str_equal (argv[i], "--briefing") || g_str_has_prefix (argv[i], "--briefing="))
      return FALSE;
  for (guint i = 1; i < n; i++)
    {
      if (g_str_equal (argv[i], "--"))
        return FALSE;
      if (!g_str_equal (argv[i], "--compare") && !g_str_has_prefix (argv[i], "--compare="))
        continue;
      /* Exactly `guarantor --compare A B`: nothing else goes with it. */
      if (n == 4 && i == 1 && g_str_equal (argv[i], "--compare"))
        *status = gr_cli_compare (argv[2], argv[3]);
      else
        {
          g_printerr ("guarantor: %s\n", _("--compare needs two scenario files: --compare A B"));
          *status = GR_CLI_EXIT_USAGE;
        }
      return TRUE;
    }
  return FALSE;
}

static char *
lookup_path (GVariantDict *options,
             const char   *name)
{
  const char *value = NULL;

  /* Filename options arrive as byte strings.  An empty one is kept, and
   * refused where it is used: `--scenario ""` is a mistake, not a request
   * for the baseline. */
  if (g_variant_dict_lookup (options, name, "^&ay", &value) && value != NULL)
    return g_strdup (value);
  return NULL;
}

void
gr_cli_options_read (GVariantDict *options,
                     GrCliOptions *out)
{
  memset (out, 0, sizeof *out);
  out->metrics = lookup_path (options, "metrics");
  out->output = lookup_path (options, "output");
  out->scenario = lookup_path (options, "scenario");
  out->briefing = lookup_path (options, GR_CLI_OPTION_BRIEFING);
  out->compare = lookup_path (options, "compare");
  out->sensitivity = lookup_path (options, "sensitivity");
  out->monte_carlo = lookup_path (options, "monte-carlo");
  g_variant_dict_lookup (options, "slides", "b", &out->slides);
  g_variant_dict_lookup (options, "present", "b", &out->present);
  g_variant_dict_lookup (options, GR_CLI_OPTION_EXPORT, "&s", &out->what);
  g_variant_dict_lookup (options, "size", "&s", &out->size);
  g_variant_dict_lookup (options, "metric", "&s", &out->metric);
  g_variant_dict_lookup (options, "samples", "&s", &out->samples);
  g_variant_dict_lookup (options, "seed", "&s", &out->seed);
  g_variant_dict_lookup (options, "threads", "&s", &out->threads);
}

void
gr_cli_options_clear (GrCliOptions *options)
{
  g_free (options->metrics);
  g_free (options->output);
  g_free (options->scenario);
  g_free (options->briefing);
  g_free (options->compare);
  g_free (options->sensitivity);
  g_free (options->monte_carlo);
  memset (options, 0, sizeof *options);
}

int
gr_cli_handle_options (GVariantDict *options)
{
  g_auto(GrCliOptions) o = { 0 };

  gr_cli_options_read (options, &o);
  if (o.metrics != NULL)
    return gr_cli_metrics (o.metrics);
  if (o.briefing != NULL)
    return GR_CLI_PAINTER_JOB;
  if (o.sensitivity != NULL)
    return gr_cli_sensitivity (o.sensitivity, o.metric);
  if (o.monte_carlo != NULL)
    return gr_cli_monte_carlo (o.monte_carlo, o.samples, o.seed, o.threads);
  if (o.what != NULL)
    return GR_CLI_PAINTER_JOB;
  if (o.compare != NULL || o.slides)
    {
      gr_cli_print_error (_("--compare FILE and --slides need --briefing"));
      return GR_CLI_EXIT_USAGE;
    }
  if (o.metric != NULL)
    {
      gr_cli_print_error (_("--metric needs --sensitivity"));
      return GR_CLI_EXIT_USAGE;
    }
  if (o.present)
    {
      guint64 samples, seed, threads;
      int status;

      if (!gr_cli_present_monte_carlo (options, &samples, &seed, &threads, &status))
        return status;
    }
  else if (o.samples != NULL || o.seed != NULL || o.threads != NULL)
    {
      gr_cli_print_error (_("--samples, --seed and --threads need --monte-carlo, --briefing, "
                            "--export CHART or --present"));
      return GR_CLI_EXIT_USAGE;
    }
  if (o.output != NULL || o.size != NULL)
    {
      gr_cli_print_error (_("--output and --size need --export"));
      return GR_CLI_EXIT_USAGE;
    }
  return -1;
}
