/* test-briefing-uncertainty.c — the briefing's uncertainty page and the key figures' P10–P90
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF is read back with pdftotext, independent of cairo that wrote it;
 * the percentiles it must show come from a Monte Carlo run here, and the
 * ranges' wording is worked out by hand from the figures' formats.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cli-run.h"
#include "pdf-text.h"
#include "gr-briefing-private.h"
#include "gr-format.h"
#include "gr-monte-carlo.h"
#include "gr-scenario-io.h"

static char *tmpdir;
static GrModel *model;

static GrScenario *
load (const char *name)
{
  g_autoptr(GError) error = NULL;
  GrScenario *scenario = gr_scenario_load_bundled (name, &error);

  g_assert_no_error (error);
  return scenario;
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("the briefing does not say “%s”", needle);
}

static guint
count_kind (GrBriefing         *briefing,
            GrBriefingPageKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < gr_briefing_get_n_pages (briefing); i++)
    n += gr_briefing_get_page_kind (briefing, i) == kind;
  return n;
}

static guint
page_of_kind (GrBriefing         *briefing,
              GrBriefingPageKind  kind)
{
  for (guint i = 0; i < gr_briefing_get_n_pages (briefing); i++)
    if (gr_briefing_get_page_kind (briefing, i) == kind)
      return i;
  g_assert_not_reached ();
}

/* The page comes after the comparison and before the register, whether
 * the Monte Carlo is given or run by the briefing. */
static void
test_plan (void)
{
  g_autoptr(GrScenario) baseline = load ("baseline");
  g_autoptr(GrScenario) reinforced = load ("reinforced");
  g_autoptr(GError) error = NULL;
  g_autoptr(GrMonteCarlo) mc = gr_monte_carlo_run (model, baseline, 40, 5, 2, NULL, NULL, NULL,
                                                   &error);
  GrBriefingOptions plain = { .compare = reinforced };
  GrBriefingOptions given = { .compare = reinforced, .uncertainty = mc };
  g_autoptr(GrBriefing) without = gr_briefing_new (model, baseline, &plain);
  g_autoptr(GrBriefing) with = NULL;
  guint n = gr_briefing_get_n_pages (without);

  g_assert_no_error (error);
  g_assert_cmpuint (count_kind (without, GR_BRIEFING_PAGE_UNCERTAINTY), ==, 0);
  g_assert_null (gr_briefing_get_uncertainty (without));

  with = gr_briefing_new (model, baseline, &given);
  /* The briefing keeps a copy. */
  g_clear_pointer (&mc, gr_monte_carlo_free);
  g_assert_cmpuint (gr_briefing_get_n_pages (with), ==, n + 1);
  g_assert_cmpuint (page_of_kind (with, GR_BRIEFING_PAGE_UNCERTAINTY), ==,
                    page_of_kind (with, GR_BRIEFING_PAGE_COMPARISON) + 1);
  g_assert_cmpuint (page_of_kind (with, GR_BRIEFING_PAGE_REGISTER), ==,
                    page_of_kind (with, GR_BRIEFING_PAGE_UNCERTAINTY) + 1);
  g_assert_cmpstr (gr_briefing_get_page_title (with, page_of_kind (with,
                                                                   GR_BRIEFING_PAGE_UNCERTAINTY)),
                   ==, "Uncertainty");
  g_assert_cmpuint (gr_briefing_get_uncertainty (with)->samples, ==, 40);

  /* Run by the briefing: the same page, once, however often it is run. */
  g_assert_true (gr_briefing_run_uncertainty (without, 30, 2, 2, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (gr_briefing_run_uncertainty (without, 30, 2, 2, NULL, NULL, NULL, &error));
  g_assert_cmpuint (gr_briefing_get_n_pages (without), ==, n + 1);
  g_assert_cmpuint (count_kind (without, GR_BRIEFING_PAGE_UNCERTAINTY), ==, 1);
  g_assert_cmpuint (gr_briefing_get_uncertainty (without)->samples, ==, 30);
}

static void
cancel_cb (guint    done,
           guint    total,
           gpointer data)
{
  g_cancellable_cancel (data);
}

/* Cancelled: an error, and the briefing as it was. */
static void
test_cancel (void)
{
  g_autoptr(GrScenario) baseline = load ("baseline");
  g_autoptr(GrBriefing) briefing = gr_briefing_new (model, baseline, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  guint n = gr_briefing_get_n_pages (briefing);

  g_assert_false (gr_briefing_run_uncertainty (briefing, GR_MONTE_CARLO_MAX_SAMPLES, 1, 2,
                                               cancel_cb, cancellable, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (gr_briefing_get_n_pages (briefing), ==, n);
  g_assert_null (gr_briefing_get_uncertainty (briefing));
}

/* A Monte Carlo result with one metric, made by hand. */
static GrMonteCarlo *
fake_mc (const char *path,
         double      p10,
         double      p90)
{
  GrMonteCarlo *mc = g_new0 (GrMonteCarlo, 1);
  GrMonteCarloMetric m = { g_strdup (path), (p10 + p90) / 2, p10, (p10 + p90) / 2, p90 };

  mc->samples = 10;
  mc->metrics = g_array_new (FALSE, FALSE, sizeof (GrMonteCarloMetric));
  g_array_append_val (mc->metrics, m);
  return mc;
}

static void
free_fake (GrMonteCarlo *mc)
{
  g_free (g_array_index (mc->metrics, GrMonteCarloMetric, 0).path);
  g_array_unref (mc->metrics);
  g_free (mc);
}

typedef struct
{
  GrInstrument instrument;
  guint figure;
  const char *path;
  double p10;
  double p90;
  const char *expected;        /* worked out from the figure's format */
} RangeCase;

static const RangeCase range_cases[] = {
  /* Per cent of territory, whole numbers: 7.8 → 8 %, 8.99 → 9 %, the unit
   * (after a no-break space) once. */
  { GR_INSTRUMENT_AIR_DEFENSE, 0, "air_defense.territory_covered_pct", 7.8, 8.99,
    "P10–P90: 8–9\u00a0%" },
  /* Billions of dollars: the currency sign and the B once each. */
  { GR_INSTRUMENT_FUNDING, 1, "funding.gap_busd", 382.8, 437.96, "P10–P90: $383–438B" },
  /* Ratios with one decimal and a multiplication sign. */
  { GR_INSTRUMENT_INDUSTRY, 0, "industry.fpv_ratio", 0.29, 1.6, "P10–P90: 0.3–1.6×" },
  /* Escorts required keep their decimal: 3.86 is 3.9, not 4. */
  { GR_INSTRUMENT_MARITIME, 1, "maritime.escorts_required", 3.86, 8.34, "P10–P90: 3.9–8.3" },
  /* Counts with a thousands separator and no unit. */
  { GR_INSTRUMENT_READINESS, 0, "readiness.trained_total", 205633, 291303,
    "P10–P90: 205,633–291,303" },
  /* Both ends the same once written: no spread. */
  { GR_INSTRUMENT_GUARANTEES, 0, "guarantees.guarantors", 6, 6.2, "P10–P90: no spread" },
};

static void
test_key_range (gconstpointer data)
{
  const RangeCase *c = data;
  g_autoptr(GrScenario) baseline = load ("baseline");
  g_autoptr(GrMetrics) metrics = gr_model_evaluate (model, baseline);
  GrKeyFigure figures[GR_BRIEFING_N_KEY_FIGURES] = { { 0 } };
  GrMonteCarlo *mc = fake_mc (c->path, c->p10, c->p90);
  GrMonteCarlo *other = fake_mc ("no.such.metric", 1, 2);
  g_autofree char *range = NULL;
  g_autofree char *none = NULL;

  gr_briefing_key_figures (baseline, metrics, c->instrument, figures);
  g_assert_cmpstr (figures[c->figure].path, ==, c->path);
  range = gr_key_figure_range (&figures[c->figure], mc);
  g_assert_cmpstr (range, ==, c->expected);
  /* Nothing to show without Monte Carlo, or without the metric in it. */
  g_assert_null (gr_key_figure_range (&figures[c->figure], NULL));
  none = gr_key_figure_range (&figures[c->figure], other);
  g_assert_null (none);
  gr_key_figures_clear (figures, GR_BRIEFING_N_KEY_FIGURES);
  free_fake (mc);
  free_fake (other);
}

/* Every key figure names a metric Monte Carlo reports. */
static void
test_key_paths (void)
{
  g_autoptr(GrScenario) baseline = load ("baseline");
  g_autoptr(GrMetrics) metrics = gr_model_evaluate (model, baseline);
  g_autoptr(GError) error = NULL;
  g_autoptr(GrMonteCarlo) mc = gr_monte_carlo_run (model, baseline, 4, 1, 1, NULL, NULL, NULL,
                                                   &error);
  GrKeyFigure headlines[GR_BRIEFING_N_HEADLINES] = { { 0 } };
  guint n;

  g_assert_no_error (error);
  for (GrInstrument i = 0; i < GR_N_INSTRUMENTS; i++)
    {
      GrKeyFigure figures[GR_BRIEFING_N_KEY_FIGURES] = { { 0 } };

      gr_briefing_key_figures (baseline, metrics, i, figures);
      for (guint f = 0; f < GR_BRIEFING_N_KEY_FIGURES; f++)
        if (gr_monte_carlo_find (mc, figures[f].path) == NULL)
          g_error ("key figure “%s” has no metric “%s”", figures[f].label, figures[f].path);
      gr_key_figures_clear (figures, GR_BRIEFING_N_KEY_FIGURES);
    }
  n = gr_briefing_headline_figures (metrics, headlines);
  for (guint f = 0; f < n; f++)
    if (gr_monte_carlo_find (mc, headlines[f].path) == NULL)
      g_error ("headline “%s” has no metric “%s”", headlines[f].label, headlines[f].path);
  gr_key_figures_clear (headlines, n);
}

/* `--briefing` runs Monte Carlo with --samples and --seed and prints the
 * section, its method and the composite's P10–P90 on the index page. */
static void
test_cli (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "briefing.pdf", NULL);
  g_autoptr(GrScenario) baseline = load ("baseline");
  g_autoptr(GError) error = NULL;
  g_autoptr(GrMonteCarlo) mc = gr_monte_carlo_run (model, baseline, 200, 3, 0, NULL, NULL, NULL,
                                                   &error);
  const GrMonteCarloMetric *composite;
  g_autofree char *p10 = NULL;
  g_autofree char *p90 = NULL;
  g_autofree char *range = NULL;
  g_autofree char *text = NULL;
  g_auto(Run) run = { 0 };

  g_assert_no_error (error);
  composite = gr_monte_carlo_find (mc, "index.composite");
  p10 = gr_format_number (composite->p10, 2);
  p90 = gr_format_number (composite->p90, 2);
  range = g_strdup_printf ("P10–P90: %s–%s", p10, p90);

  g_assert_cmpint (run_guarantor (&run, "--briefing", path, "--samples", "200", "--seed", "3",
                                  NULL), ==, 0);
  text = pdf_text (path);
  assert_contains (text, "Uncertainty");
  assert_contains (text, "200 samples, seed 3");
  assert_contains (text, "triangular distribution");
  assert_contains (text, "P10");
  assert_contains (text, "P50");
  assert_contains (text, "P90");
  assert_contains (text, range);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* --samples 0 leaves the page out; a bad count is bad input. */
static void
test_cli_options (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "plain.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(Run) a = { 0 };
  g_auto(Run) b = { 0 };
  g_auto(Run) c = { 0 };

  g_assert_cmpint (run_guarantor (&a, "--briefing", path, "--samples", "0", NULL), ==, 0);
  text = pdf_text (path);
  g_assert_null (strstr (text, "Uncertainty"));
  g_assert_null (strstr (text, "P10–P90"));
  g_assert_cmpint (g_unlink (path), ==, 0);

  g_assert_cmpint (run_guarantor (&b, "--briefing", path, "--samples", "many", NULL), ==, 2);
  assert_contains (b.err, "--samples");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run_guarantor (&c, "--briefing", path, "--seed", "-1", NULL), ==, 2);
  assert_contains (c.err, "--seed");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  tmpdir = g_dir_make_tmp ("gr-briefing-uncertainty-XXXXXX", NULL);
  model = gr_model_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/render/briefing-uncertainty/plan", test_plan);
  g_test_add_func ("/render/briefing-uncertainty/cancel", test_cancel);
  for (guint i = 0; i < G_N_ELEMENTS (range_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/render/briefing-uncertainty/key-range/%s",
                                               range_cases[i].path);

      g_test_add_data_func (name, &range_cases[i], test_key_range);
    }
  g_test_add_func ("/render/briefing-uncertainty/key-paths", test_key_paths);
  g_test_add_func ("/render/briefing-uncertainty/cli", test_cli);
  g_test_add_func ("/render/briefing-uncertainty/cli-options", test_cli_options);

  status = g_test_run ();
  gr_model_unref (model);
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
