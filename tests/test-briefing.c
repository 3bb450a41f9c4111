/* test-briefing.c — the PDF briefing: its plan, its file, the command line
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF is read back with poppler-utils (pdfinfo, pdftotext, pdffonts),
 * independent of cairo that wrote it.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cli-run.h"
#include "gr-briefing.h"
#include "gr-export.h"
#include "gr-figures-private.h"
#include "gr-metrics.h"
#include "gr-scenario-io.h"
#include "pdf-text.h"

static char *tmpdir;

static void assert_contains (const char *text,
                             const char *needle);
static GrModel *model;

static char *
scenario_path (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".json", NULL);

  return g_test_build_filename (G_TEST_DIST, "..", "data", "scenarios", file, NULL);
}

static GrScenario *
load (const char *name)
{
  g_autoptr(GError) error = NULL;
  GrScenario *scenario = gr_scenario_load_bundled (name, &error);

  g_assert_no_error (error);
  return scenario;
}

/* stdout of a poppler tool run on path. */
static char *
poppler (const char *tool,
         const char *path)
{
  const char *argv[] = { tool, path, NULL, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (g_str_equal (tool, "pdftotext"))
    argv[2] = "-";
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = poppler ("pdfinfo", path);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

/* The inputs the register must list, counted from the scenario's shape:
 * per system 3 + 3 kill probabilities + 4, per threat class 4, the
 * aircraft's 8, the sea's 5 (escorts available included), industry's 8,
 * readiness's 4, the force's 5 (the band's two ends included), the
 * exchange rate, one per need, pledge, contribution, guarantor, route,
 * patrol post and deployment (its troops), and two per patrol zone (its
 * stations and aircraft). */
static guint
expected_inputs (const GrScenario *s)
{
  return s->air_defense.systems->len * 10 + GR_N_THREATS * 4 + 8 + 4 + 8 + 5 + 5 + 1
         + s->needs->len + s->pledges->len + s->danish.contributions->len
         + s->guarantors->len + s->maritime.routes->len + s->maritime.patrols->len
         + 2 * s->air_patrol.zones->len + s->force.deployments->len;
}

static void
test_plan (void)
{
  g_autoptr(GrScenario) baseline = load ("baseline");
  g_autoptr(GrScenario) reinforced = load ("reinforced");
  g_autoptr(GrBriefing) alone = gr_briefing_new (model, baseline, NULL);
  GrBriefingOptions options = { .compare = reinforced };
  g_autoptr(GrBriefing) both = gr_briefing_new (model, baseline, &options);
  guint n = gr_briefing_get_n_pages (alone);
  guint kinds[GR_BRIEFING_PAGE_SOURCES + 1] = { 0 };
  double width, height;

  for (guint i = 0; i < n; i++)
    kinds[gr_briefing_get_page_kind (alone, i)]++;
  g_assert_cmpuint (kinds[GR_BRIEFING_PAGE_COVER], ==, 1);
  g_assert_cmpuint (kinds[GR_BRIEFING_PAGE_MAP], ==, 1);
  g_assert_cmpuint (kinds[GR_BRIEFING_PAGE_INDEX], ==, 1);
  g_assert_cmpuint (kinds[GR_BRIEFING_PAGE_INSTRUMENT], ==, GR_N_INSTRUMENTS);
  g_assert_cmpuint (kinds[GR_BRIEFING_PAGE_COMPARISON], ==, 0);
  /* A hundred-odd inputs do not fit one page; twenty sources might. */
  g_assert_cmpuint (kinds[GR_BRIEFING_PAGE_REGISTER], >=, 3);
  g_assert_cmpuint (kinds[GR_BRIEFING_PAGE_SOURCES], >=, 1);
  g_assert_cmpuint (gr_briefing_get_page_kind (alone, 0), ==, GR_BRIEFING_PAGE_COVER);
  g_assert_cmpuint (gr_briefing_get_page_kind (alone, n - 1), ==, GR_BRIEFING_PAGE_SOURCES);

  g_assert_cmpuint (gr_briefing_get_n_pages (both), ==, n + 1);
  gr_briefing_get_page_size (alone, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 297 / 25.4 * 72, 0.1);
  g_assert_cmpfloat_with_epsilon (height, 210 / 25.4 * 72, 0.1);
  g_assert_nonnull (strstr (gr_briefing_get_footer (alone), baseline->name));
}

static void
test_footer (void)
{
  g_autoptr(GrScenario) baseline = load ("baseline");
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 3, 9, 12, 0, 0);
  GrBriefingOptions options = { .title = "mine.json", .modified = TRUE, .date = date };
  g_autoptr(GrBriefing) briefing = gr_briefing_new (model, baseline, &options);
  const char *footer = gr_briefing_get_footer (briefing);

  g_assert_nonnull (strstr (footer, "mine.json"));
  g_assert_nonnull (strstr (footer, "modified"));
  g_assert_nonnull (strstr (footer, "9 March 2026"));
}

/* Every export names the scenario as it is now and the day. */
static void
test_stamp (void)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 12, 24, 9, 0, 0);
  g_autofree char *plain = gr_export_stamp ("baseline.json", FALSE, date);
  g_autofree char *edited = gr_export_stamp ("baseline.json", TRUE, date);
  g_autofree char *untitled = gr_export_stamp (NULL, FALSE, date);

  g_assert_cmpstr (plain, ==, "baseline.json · 24 December 2026");
  g_assert_cmpstr (edited, ==, "baseline.json (modified) · 24 December 2026");
  g_assert_cmpstr (untitled, ==, "Untitled scenario · 24 December 2026");
}

/* A chart exported from the command line names the scenario, the day and
 * every source title, with no "and N more". */
static void
test_cli_chart_sources (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "interception.pdf", NULL);
  g_autoptr(GrScenario) baseline = load ("baseline");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%-d %B %Y");
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_auto(Run) run = { 0 };
  const char *titles[] = { "Bundeswehr", "NASAMS", "SAMP/T" };

  g_assert_cmpint (run_guarantor (&run, "--export", "interception", "--output", path, NULL),
                   ==, 0);
  text = poppler ("pdftotext", path);
  /* Lines break anywhere: compare with the line breaks as spaces. */
  flat = g_strdelimit (g_strdup (text), "\n", ' ');
  assert_contains (flat, baseline->name);
  assert_contains (flat, day);
  g_assert_null (strstr (flat, "more"));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    assert_contains (flat, titles[i]);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* Every input of the scenario is a row of the register: the pages'
 * subtitles count them ("inputs 1–18 of N"). */
static void
test_register (void)
{
  g_autoptr(GrScenario) baseline = load ("baseline");
  g_autoptr(GrBriefing) briefing = gr_briefing_new (model, baseline, NULL);
  g_autofree char *path = g_build_filename (tmpdir, "register.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *of = g_strdup_printf ("of %u.", expected_inputs (baseline));
  g_autoptr(GError) error = NULL;

  g_assert_true (gr_briefing_render_to_path (briefing, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  text = poppler ("pdftotext", path);
  g_assert_nonnull (strstr (text, of));
  g_assert_cmpint (g_unlink (path), ==, 0);
}

static void
count_cb (guint    done,
          guint    total,
          gpointer user_data)
{
  guint *calls = user_data;

  g_assert_cmpuint (done, ==, *calls + 1);
  (*calls)++;
}

static void
cancel_cb (guint    done,
           guint    total,
           gpointer user_data)
{
  if (done == 3)
    g_cancellable_cancel (user_data);
}

static gboolean
folder_is_empty (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);

  return dir != NULL && g_dir_read_name (dir) == NULL;
}

/* Progress counts every page; a cancelled render leaves no file, not even
 * its temporary one. */
static void
test_progress_cancel (void)
{
  g_autoptr(GrScenario) baseline = load ("baseline");
  g_autoptr(GrBriefing) briefing = gr_briefing_new (model, baseline, NULL);
  g_autofree char *dir = g_build_filename (tmpdir, "cancel", NULL);
  g_autofree char *path = g_build_filename (dir, "b.pdf", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  guint calls = 0;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_true (gr_briefing_render_to_path (briefing, path, count_cb, &calls, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls, ==, gr_briefing_get_n_pages (briefing));
  g_assert_cmpuint (pdf_pages (path), ==, calls);
  g_assert_cmpint (g_unlink (path), ==, 0);

  g_assert_false (gr_briefing_render_to_path (briefing, path, cancel_cb, cancellable,
                                              cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (folder_is_empty (dir));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("the briefing does not say “%s”", needle);
}

/* The headless briefing with a comparison: sections, sources, fonts. */
static void
test_cli_pdf (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "briefing.pdf", NULL);
  g_autofree char *compare = scenario_path ("reinforced");
  g_autoptr(GrScenario) baseline = load ("baseline");
  g_autoptr(GrScenario) reinforced = load ("reinforced");
  GrBriefingOptions options = { .compare = reinforced };
  g_autoptr(GrBriefing) planned = gr_briefing_new (model, baseline, &options);
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *info = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(Run) run = { 0 };
  const char *titles[] = { "Summary", "Map", "Guarantee-strength index", "Comparison",
                           "Uncertainty", "Assumptions register", "Sources" };
  guint n_fonts = 0;

  g_assert_cmpint (run_guarantor (&run, "--briefing", path, "--compare", compare, "--samples",
                                  "100", NULL), ==, 0);
  /* The command line adds the uncertainty page. */
  g_assert_cmpuint (pdf_pages (path), ==, gr_briefing_get_n_pages (planned) + 1);

  text = poppler ("pdftotext", path);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    assert_contains (text, titles[i]);
  for (GrInstrument i = 0; i < GR_N_INSTRUMENTS; i++)
    assert_contains (text, gr_figures_instrument_label (i));
  for (guint i = 0; i < baseline->sources->len; i++)
    assert_contains (text, g_array_index (baseline->sources, GrSource, i).id);
  assert_contains (text, reinforced->name);
  assert_contains (text, "Page 3 of");

  info = poppler ("pdfinfo", path);
  assert_contains (info, "Title:");
  assert_contains (info, baseline->name);
  assert_contains (info, "A4");

  /* pdffonts: two heading lines, then one line per font, "yes" in emb. */
  fonts = poppler ("pdffonts", path);
  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cols = NULL;
      guint n = 0;

      if (*lines[i] == '\0')
        continue;
      cols = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      for (guint j = 0; cols[j] != NULL; j++)
        if (*cols[j] != '\0')
          n++;
      /* name type… encoding emb sub uni object ID: emb is the 5th from the end */
      g_assert_cmpuint (n, >=, 6);
      {
        const char *fields[16];
        guint k = 0;

        for (guint j = 0; cols[j] != NULL && k < 16; j++)
          if (*cols[j] != '\0')
            fields[k++] = cols[j];
        g_assert_cmpstr (fields[k - 5], ==, "yes");
      }
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

static void
test_cli_slides (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "slides.pdf", NULL);
  g_autofree char *info = NULL;
  g_auto(Run) run = { 0 };

  g_assert_cmpint (run_guarantor (&run, "--briefing", path, "--slides", "--samples", "0", NULL),
                   ==, 0);
  info = poppler ("pdfinfo", path);
  assert_contains (info, "960 x 540 pts");
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* The cover's contents name every section, down to the source list, on
 * A4 and on 16:9 pages, with a comparison and an uncertainty page (the
 * longest contents; on a slide they once ran off the page before
 * "Sources"). */
static void
test_contents (gconstpointer data)
{
  g_autoptr(GrScenario) baseline = load ("baseline");
  g_autoptr(GrScenario) reinforced = load ("reinforced");
  GrBriefingOptions options = { .compare = reinforced, .slides = GPOINTER_TO_INT (data) };
  g_autoptr(GrBriefing) briefing = gr_briefing_new (model, baseline, &options);
  g_autofree char *path = g_build_filename (tmpdir, "contents.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (gr_briefing_run_uncertainty (briefing, 20, 1, 1, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (gr_briefing_render_to_path (briefing, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  text = pdf_pages_text (path, 1, 1);
  assert_contains (text, "Contents");
  for (guint i = 1; i < gr_briefing_get_n_pages (briefing); i++)
    assert_contains (text, gr_briefing_get_page_title (briefing, i));
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* Bad input exits 2, says what is wrong and leaves nothing behind. */
static void
test_cli_bad_input (void)
{
  g_autofree char *dir = g_build_filename (tmpdir, "bad", NULL);
  g_autofree char *pdf = g_build_filename (dir, "b.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "b.png", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", "b.pdf", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.json", NULL);
  g_auto(Run) a = { 0 };
  g_auto(Run) b = { 0 };
  g_auto(Run) c = { 0 };
  g_auto(Run) d = { 0 };
  g_auto(Run) e = { 0 };

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_cmpint (run_guarantor (&a, "--briefing", png, NULL), ==, 2);
  assert_contains (a.err, "b.png");
  g_assert_cmpint (run_guarantor (&b, "--briefing", pdf, "--scenario",
                                  "/nonexistent/scenario.json", NULL), ==, 2);
  assert_contains (b.err, "scenario.json");
  g_assert_true (g_file_set_contents (broken, "{ \"format\": ", -1, NULL));
  g_assert_cmpint (run_guarantor (&c, "--briefing", pdf, "--compare", broken, NULL), ==, 2);
  assert_contains (c.err, "broken.json");
  g_assert_cmpint (run_guarantor (&d, "--briefing", missing, NULL), ==, 2);
  assert_contains (d.err, missing);
  g_assert_cmpint (run_guarantor (&e, "--slides", NULL), ==, 2);
  assert_contains (e.err, "--briefing");

  g_assert_cmpint (g_unlink (broken), ==, 0);
  g_assert_true (folder_is_empty (dir));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  tmpdir = g_dir_make_tmp ("gr-briefing-XXXXXX", NULL);
  model = gr_model_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/render/briefing/plan", test_plan);
  g_test_add_func ("/render/briefing/footer", test_footer);
  g_test_add_func ("/render/briefing/register", test_register);
  g_test_add_data_func ("/render/briefing/contents-a4", GINT_TO_POINTER (FALSE), test_contents);
  g_test_add_data_func ("/render/briefing/contents-slides", GINT_TO_POINTER (TRUE),
                        test_contents);
  g_test_add_func ("/render/briefing/stamp", test_stamp);
  g_test_add_func ("/render/briefing/cli-chart-sources", test_cli_chart_sources);
  g_test_add_func ("/render/briefing/progress-cancel", test_progress_cancel);
  g_test_add_func ("/render/briefing/cli-pdf", test_cli_pdf);
  g_test_add_func ("/render/briefing/cli-slides", test_cli_slides);
  g_test_add_func ("/render/briefing/cli-bad-input", test_cli_bad_input);

  status = g_test_run ();
  gr_model_unref (model);
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
