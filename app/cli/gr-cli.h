/* gr-cli.h — headless command-line jobs: metrics as JSON, exports
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * These run from GApplication's handle-local-options, before the
 * application registers on the bus or initialises GTK, so they work with
 * no display at all.
 */

#pragma once

#include <gio/gio.h>

#include "gr-scenario.h"

G_BEGIN_DECLS

/* Exit statuses of command-line jobs. */
enum
{
  GR_CLI_EXIT_OK = 0,
  GR_CLI_EXIT_FAILURE = 1,     /* the job itself failed (the bundled map data) */
  GR_CLI_EXIT_USAGE = 2,       /* bad input: a scenario that does not load, a bad option,
                                  an output file that cannot be written */
};

/* The options both entry points parse (gr-cli-options.c); those of the
 * jobs that draw, by name. */
#define GR_CLI_OPTION_EXPORT "export"
#define GR_CLI_OPTION_BRIEFING "briefing"
void        gr_cli_add_options    (GApplication  *app);
gboolean    gr_cli_names_painter_job (char      **argv);
/* setlocale() and the message catalogues, for either entry point. */
void        gr_cli_setup_locale   (void);
/* The heap of a job that runs once, and its end (gr-cli-heap.c). */
void        gr_cli_heap_tune        (void);
void        gr_cli_heap_tune_thread (void);
G_NORETURN void gr_cli_heap_exit    (int            status);

/* The command line as parsed: filenames owned, strings borrowed from the
 * options (gr_cli_options_read()). */
typedef struct
{
  char *metrics;
  char *output;
  char *scenario;
  char *briefing;
  char *compare;
  char *sensitivity;
  char *monte_carlo;
  gboolean slides;
  gboolean present;
  const char *what;
  const char *size;
  const char *metric;
  const char *samples;
  const char *seed;
  const char *threads;
} GrCliOptions;

void        gr_cli_options_read   (GVariantDict  *options,
                                   GrCliOptions  *out);
void        gr_cli_options_clear  (GrCliOptions  *options);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GrCliOptions, gr_cli_options_clear)

/* What the parsed options run; returns the exit status. */
typedef int (*GrCliOptionsFunc) (GVariantDict *options,
                                 gpointer      user_data);

/* The main() of `guarantor`: the locale, `--compare A B`, then the
 * options, parsed as a GApplication with the options below parses them,
 * handed to @handle_options. */
int         gr_cli_run            (int               argc,
                                   char             *argv[],
                                   GrCliOptionsFunc  handle_options,
                                   gpointer          user_data);

/* gr_cli_handle_options() when the options ask for a painter's job. */
#define GR_CLI_PAINTER_JOB (-2)

/* Runs the job the options ask for and returns its exit status, -1 when
 * they ask for none (the application starts as usual), or
 * GR_CLI_PAINTER_JOB for --export and --briefing, which draw: only a
 * program linking the painters runs those, with
 * gr_cli_handle_painter_options(). */
int         gr_cli_handle_options (GVariantDict  *options);
/* The painter's job (--briefing, else --export) the options ask for;
 * implemented in gr-cli-painter.c, which links cairo and pango. */
int         gr_cli_handle_painter_options (GVariantDict *options);
/* Makes, on the calling thread, the font map the next painter's job uses
 * (gr-cli-painter.c). */
void        gr_cli_painter_prepare        (void);

/* --metrics FILE: the metrics of the scenario in FILE as JSON on stdout. */
int         gr_cli_metrics        (const char    *scenario_path);

/* --compare A B, --sensitivity FILE [--metric PATH], --monte-carlo FILE
 * [--samples N] [--seed S] [--threads T]; implemented in gr-cli-analysis.c. */
int         gr_cli_compare        (const char    *a_path,
                                   const char    *b_path);
int         gr_cli_sensitivity    (const char    *scenario_path,
                                   const char    *metric);
/* @samples, @seed and @threads are the options' text, NULL for defaults. */
int         gr_cli_monte_carlo    (const char    *scenario_path,
                                   const char    *samples,
                                   const char    *seed,
                                   const char    *threads);

/* `--compare A B` takes two arguments, which GOption cannot parse: the
 * application looks for it in the raw arguments first.  TRUE, with the
 * exit status in @status, when @argv holds --compare. */
gboolean    gr_cli_handle_compare (char         **argv,
                                   int           *status);

/* --export WHAT [--output FILE] [--scenario FILE] [--size WxH]
 * [--samples N] [--seed S] [--threads T]: a chart with the P10–P90 of a
 * Monte Carlo run as for --monte-carlo when any of the last three is
 * given, "--samples 0" for none; implemented in gr-cli-export.c. */
int         gr_cli_export         (const char    *what,
                                   const char    *output,
                                   const char    *scenario_path,
                                   const char    *size,
                                   const char    *samples,
                                   const char    *seed,
                                   const char    *threads);

/* --briefing OUT.pdf [--scenario FILE] [--compare FILE] [--slides]
 * [--samples N] [--seed S] [--threads T]: the uncertainty page's Monte
 * Carlo as for --monte-carlo, "--samples 0" for none; implemented in
 * gr-cli-briefing.c. */
int         gr_cli_briefing       (const char    *output,
                                   const char    *scenario_path,
                                   const char    *compare_path,
                                   gboolean       slides,
                                   const char    *samples,
                                   const char    *seed,
                                   const char    *threads);

/* --present [--samples N] [--seed S] [--threads T]: the Monte Carlo whose
 * P10–P90 the slides show once it has run in the background, with
 * --briefing's defaults (1000 samples, seed 1; "--samples 0" for none).
 * FALSE, with a usage error printed and its exit status in @status, for
 * a value out of range. */
gboolean    gr_cli_present_monte_carlo (GVariantDict *options,
                                        guint64      *samples,
                                        guint64      *seed,
                                        guint64      *threads,
                                        int          *status);

/* Shared by the jobs.  A scenario from @path, or the bundled baseline when
 * @path is NULL; the error names the file, the JSON path and the problem. */
GrScenario *gr_cli_load_scenario  (const char    *path,
                                   GError       **error);
/* "guarantor: MESSAGE" on stderr, escaped and capped. */
void        gr_cli_print_error    (const char    *message);
/* Prints "guarantor: @message" on stderr and returns @status. */
int         gr_cli_fail           (int            status,
                                   const char    *message);
/* Writes @text and a newline to stdout; the exit status. */
int         gr_cli_print          (const char    *text);
/* A whole number from @min to @max in @text (NULL leaves @out as it is),
 * or FALSE with a usage error printed and its exit status in @status. */
gboolean    gr_cli_parse_count    (const char    *option,
                                   const char    *text,
                                   guint64        min,
                                   guint64        max,
                                   guint64       *out,
                                   int           *status);
/* --samples, --seed and --threads of a Monte Carlo run, each NULL for its
 * default (GR_MONTE_CARLO_DEFAULT_SAMPLES, _SEED, a thread per
 * processor); samples from @min_samples (0 lets "--samples 0" say none).
 * FALSE with a usage error printed and its exit status in @status. */
gboolean    gr_cli_parse_monte_carlo (const char *samples_text,
                                      const char *seed_text,
                                      const char *threads_text,
                                      guint64     min_samples,
                                      guint64    *samples,
                                      guint64    *seed,
                                      guint64    *threads,
                                      int        *status);
/* "1600x900" → 1600, 900; NULL keeps the defaults passed in.  Each side
 * must be 16 to 16384 pixels. */
gboolean    gr_cli_parse_size     (const char    *size,
                                   int           *width,
                                   int           *height,
                                   GError       **error);

G_END_DECLS
