/* test-chart-overlap.c — every chart lays out any translation without overlapping text
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each of the dashboard's charts is drawn from the bundled baseline, in
 * Ukrainian (the catalogue the build makes) and in the pseudo-locale
 * (GUARANTOR_PSEUDO_LOCALE=1: every word 40 % longer), in a side panel's
 * size and an export's; no two of the texts it drew may overlap.  The
 * funding chart's gap labels are each drawn, over their own year.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>

#include "box-overlap.h"
#include "gr-document.h"
#include "gr-figures.h"
#include "gr-format.h"

typedef struct
{
  const char *language;        /* LANGUAGE for gettext */
  gboolean pseudo;             /* GUARANTOR_PSEUDO_LOCALE=1 */
  const char *chart;
  double width;
  double height;
  gboolean ranged;             /* with the Monte Carlo's P10–P90 */
} Case;

static GrDocument *document;
static GrMonteCarlo *monte_carlo;

#ifdef __GLIBC__
extern int _nl_msg_cat_cntr;
#endif

/* GNU gettext's documented way to make a new LANGUAGE take effect. */
static void
forget_translations (void)
{
#ifdef __GLIBC__
  ++_nl_msg_cat_cntr;
#endif
}

/* The chart's height in its panel (gr_panel_add_chart() in gr-panel-*.c). */
static double
panel_height (const char *chart)
{
  static const struct { const char *chart; double height; } heights[] = {
    { "index", 540 }, { "funding", 480 }, { "stabilization", 440 },
    { "interception", 400 }, { "air-defense", 400 }, { "air-patrol", 400 },
    /* the analysis pane's (ui/gr-analysis-pane.ui) */
    { "attribution", 480 }, { "tornado", 600 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (heights); i++)
    if (g_str_equal (heights[i].chart, chart))
      return heights[i].height;
  return 320;
}

/* The pseudo-locale's form of @text, from its rule: each run of n letters
 * gets 40 % more, rounded up: copies of its last letter. */
static char *
pseudo_form (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      guint run = 0;
      gunichar last = 0;

      while (c != 0 && g_unichar_isalpha (c))
        {
          g_string_append_unichar (out, c);
          last = c;
          run++;
          p = g_utf8_next_char (p);
          c = g_utf8_get_char (p);
        }
      for (guint i = 0; i < (guint) ceil (run * 0.4 - 1e-9); i++)
        g_string_append_unichar (out, last);
      if (c == 0)
        break;
      g_string_append_unichar (out, c);
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}

/* @text (freed) with no-break spaces made ordinary ones. */
static char *
plain_spaces (char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "\u00a0", -1);

  g_free (text);
  return g_strjoinv (" ", parts);
}

/* Every year short of its need has its gap label, and the label lies in
 * that year's band: the plot's width shared equally by the years. */
static void
check_gap_labels (GrChart    *chart,
                  gboolean    pseudo,
                  const char *where)
{
  const GrFundingMetrics *funding = &gr_document_get_metrics (document)->funding;
  guint n_years = funding->years->len, n_gaps = 0;
  cairo_rectangle_t plot;

  g_assert_true (gr_chart_get_plot_area (chart, &plot, NULL, NULL));
  for (guint y = 0; y < n_years; y++)
    {
      const GrFundingYear *year = &g_array_index (funding->years, GrFundingYear, y);
      g_autofree char *money = NULL;
      g_autofree char *label = NULL;
      g_autofree char *figure = NULL;
      double band_x0 = plot.x + plot.width * y / n_years;
      double band_x1 = plot.x + plot.width * (y + 1) / n_years;
      gboolean found = FALSE;

      if (year->gap_busd <= 0 || year->need_busd <= 0)
        continue;
      n_gaps++;
      money = gr_format_money (year->gap_busd * 1e9, GR_CURRENCY_USD);
      label = g_strdup_printf (_("Gap %s"), money);
      if (pseudo)
        {
          char *longer = pseudo_form (label);

          g_free (label);
          label = longer;
        }
      /* in a year too narrow for a word of the label, the sum alone (which
       * may break before its unit) */
      figure = plain_spaces (pseudo ? pseudo_form (money) : g_strdup (money));
      for (guint i = 0; i < gr_chart_get_n_texts (chart) && !found; i++)
        {
          cairo_rectangle_t box;
          const char *text = gr_chart_get_text (chart, i, &box);

          if (g_strcmp0 (text, label) != 0 && g_strcmp0 (text, figure) != 0)
            continue;
          /* (the sum alone may also be a tick's or a bar's label elsewhere) */
          if (box.x >= band_x0 - 0.5 && box.x + box.width <= band_x1 + 0.5)
            found = TRUE;
          else if (g_strcmp0 (text, label) == 0)
            g_test_message ("%s: “%s” (%.0f–%.0f) is not over %d (%.0f–%.0f)", where, text,
                            box.x, box.x + box.width, year->year, band_x0, band_x1);
        }
      if (!found)
        g_test_message ("%s: “%s” for %d is missing over its year", where, label, year->year);
      g_assert_true (found);
    }
  /* the baseline falls short in some years: the check checked something */
  g_assert_cmpuint (n_gaps, >, 0);
}

static void
test_no_overlap (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GString) clashes = g_string_new (NULL);
  GrChart *chart;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n;

  g_setenv ("LANGUAGE", c->language, TRUE);
  /* gettext keeps what it found until told the catalogues changed */
  forget_translations ();
  if (c->pseudo)
    g_setenv ("GUARANTOR_PSEUDO_LOCALE", "1", TRUE);
  else
    g_unsetenv ("GUARANTOR_PSEUDO_LOCALE");

  chart = gr_figure_new_by_id (c->chart, gr_document_get_scenario (document),
                               gr_document_get_metrics (document));
  g_assert_nonnull (chart);
  if (c->ranged)
    gr_figure_add_ranges (chart, c->chart, gr_document_get_scenario (document),
                          gr_document_get_metrics (document), monte_carlo);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) c->width, (int) c->height);
  cr = cairo_create (surface);
  gr_chart_draw (chart, cr, c->width, c->height);

  /* The plot itself has room: a long translation must not push it out. */
  g_assert_true (gr_chart_get_plot_area (chart, NULL, NULL, NULL));
  n = gr_chart_get_n_texts (chart);
  g_assert_cmpuint (n, >, 3);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        cairo_rectangle_t a, b;
        const char *ta = gr_chart_get_text (chart, i, &a);
        const char *tb = gr_chart_get_text (chart, j, &b);

        if (box_overlap (&a, &b, 0.5))
          g_string_append_printf (clashes, "\n  “%s” (%.0f,%.0f %.0f×%.0f) and “%s” (%.0f,%.0f %.0f×%.0f)",
                                  ta, a.x, a.y, a.width, a.height, tb, b.x, b.y, b.width, b.height);
      }
  /* No text crosses a whisker's line or caps. */
  for (guint i = 0; i < n; i++)
    for (guint k = 0; k < gr_chart_get_n_ranges (chart); k++)
      {
        cairo_rectangle_t a, b;
        const char *ta = gr_chart_get_text (chart, i, &a);

        if (gr_chart_get_range (chart, k, &b) && box_overlap (&a, &b, 0.5))
          g_string_append_printf (clashes, "\n  “%s” (%.0f,%.0f %.0f×%.0f) and a whisker "
                                  "(%.0f,%.0f %.0f×%.0f)", ta, a.x, a.y, a.width, a.height,
                                  b.x, b.y, b.width, b.height);
      }
  /* the ranged cases draw ranges: the check checked something */
  if (c->ranged)
    g_assert_cmpuint (gr_chart_get_n_ranges (chart), >, 0);
  if (clashes->len > 0)
    g_test_message ("%s at %.0f×%.0f:%s", c->chart, c->width, c->height, clashes->str);
  g_assert_cmpuint (clashes->len, ==, 0);
  if (g_str_equal (c->chart, "funding"))
    check_gap_labels (chart, c->pseudo, g_test_get_path ());

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  gr_chart_free (chart);
  g_unsetenv ("GUARANTOR_PSEUDO_LOCALE");
}

/* A slide's index chart (about 600 × 450 beside its headlines) with its
 * whiskers: every instrument keeps its score, the longest bar's too, whose
 * whisker reaches the end of the axis (its label goes into the room kept
 * past the plot for the values, not off the chart). */
static void
test_index_scores_kept (void)
{
  GrChart *chart = gr_figure_new_by_id ("index", gr_document_get_scenario (document),
                                        gr_document_get_metrics (document));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 450);
  cairo_t *cr = cairo_create (surface);
  guint scores = 0;

  GrChartStyle slide = { GR_CHART_THEME_HIGH_CONTRAST, 1.0, TRUE };

  g_setenv ("LANGUAGE", "en", TRUE);
  forget_translations ();
  /* as gr-briefing-pages.c draws it on a slide */
  gr_chart_set_style (chart, &slide);
  gr_chart_set_source (chart, NULL);
  gr_figure_add_ranges (chart, "index", gr_document_get_scenario (document),
                        gr_document_get_metrics (document), monte_carlo);
  gr_chart_draw (chart, cr, 600, 450);
  for (guint i = 0; i < gr_chart_get_n_texts (chart); i++)
    {
      const char *text = gr_chart_get_text (chart, i, NULL);
      char *end = NULL;
      double v = g_ascii_strtod (text, &end);

      /* a score is a bare number in [0, 1] with two decimals (the
       * axis ticks have one) */
      if (end != text && *end == '\0' && strchr (text, '.') != NULL
          && strlen (strchr (text, '.')) == 3 && v >= 0 && v <= 1)
        scores++;
    }
  g_assert_cmpuint (gr_chart_get_n_ranges (chart), >, 0);
  g_assert_cmpuint (scores, ==, GR_N_INSTRUMENTS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  gr_chart_free (chart);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrModel) model = NULL;
  g_autofree char *localedir = NULL;
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_free);
  const char * const *ids = gr_figure_list_ids ();
  /* The side panel's charts at the window's narrowest side area (440 px,
   * less its padding) and their heights there (gr-panel-*.c), and an
   * export's 1280 × 720. */
  static const double sizes[][2] = { { 400, 320 }, { 1280, 720 } };
  int status;

  /* Not the C locale, where gettext ignores LANGUAGE. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* Every chart, language and size is reported, not just the first. */
  g_test_set_nonfatal_assertions ();
  localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* GLib decides once, at the first g_dgettext(), whether the libraries'
   * strings are translated at all: only if the catalogue answers then. */
  g_setenv ("LANGUAGE", "uk", TRUE);
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Map of Ukraine and the Black Sea"), ==,
                   "Карта України та Чорного моря");

  model = gr_model_new_default (&error);
  g_assert_no_error (error);
  document = gr_document_new_from_bundled (model, "baseline", &error);
  g_assert_no_error (error);
  monte_carlo = gr_monte_carlo_run (model, gr_document_get_scenario (document), 200, 1, 2, NULL,
                                    NULL, NULL, &error);
  g_assert_no_error (error);

  /* Each chart as it is, then with the whiskers and fans of a Monte
   * Carlo run (the analysis charts have none); English as written only
   * for the funding chart's gap labels. */
  for (guint r = 0; r < 2; r++)
    for (guint l = 0; l < 3; l++)
      for (guint i = 0; ids[i] != NULL; i++)
        for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
          {
            Case *c;
            g_autofree char *path = NULL;

            if (l == 2 && !g_str_equal (ids[i], "funding"))
              continue;
            if (r == 1 && (g_str_equal (ids[i], "tornado") || g_str_equal (ids[i], "attribution")))
              continue;
            c = g_new0 (Case, 1);
            c->language = l == 0 ? "uk" : "en";
            c->pseudo = l == 1;
            c->chart = ids[i];
            c->width = sizes[s][0];
            c->height = sizes[s][1];
            c->ranged = r == 1;
            if (s == 0)
              c->height = panel_height (ids[i]);
            path = g_strdup_printf ("/render/chart-overlap/%s%s/%s/%.0fx%.0f",
                                    c->ranged ? "ranged/" : "",
                                    c->pseudo ? "pseudo" : c->language, c->chart,
                                    c->width, c->height);
            g_ptr_array_add (cases, c);
            g_test_add_data_func (path, c, test_no_overlap);
          }

  /* The Ukrainian catalogue is there: a test in English would pass. */
  g_setenv ("LANGUAGE", "uk", TRUE);
  g_assert_cmpstr (_("Map of Ukraine and the Black Sea"), ==, "Карта України та Чорного моря");

  g_test_add_func ("/chart/overlap/index-scores-kept", test_index_scores_kept);
  status = g_test_run ();
  gr_monte_carlo_free (monte_carlo);
  g_object_unref (document);
  return status;
}
