/* test-charts.c — the dashboard's charts from a scenario and hand-made metrics
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <locale.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "chart-sample.h"
#include "gr-export.h"
#include "gr-figures.h"
#include "tmp-dir.h"

typedef struct
{
  GrScenario *scenario;
  GrMetrics *metrics;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->scenario = sample_scenario ();
  f->metrics = sample_metrics ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gr_scenario_free (f->scenario);
  sample_metrics_free (f->metrics);
}

static void
test_ids (void)
{
  const char * const *ids = gr_figure_list_ids ();
  const char *expected[] = { "funding", "readiness", "air-defense", "interception",
                             "air-patrol", "stabilization", "maritime", "index",
                             "tornado", "attribution" };

  g_assert_cmpuint (g_strv_length ((char **) ids), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_true (g_strv_contains (ids, expected[i]));
      g_assert_true (gr_figure_id_is_known (expected[i]));
    }
  g_assert_false (gr_figure_id_is_known ("pie"));
  g_assert_false (gr_figure_id_is_known (NULL));
}

static void
test_unknown (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (gr_figure_new_by_id ("pie", f->scenario, f->metrics));
  g_assert_false (gr_figure_export ("pie", f->scenario, f->metrics, NULL, "pie.png", 100, 100, 1,
                                    NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "pie"));
  g_assert_nonnull (strstr (error->message, "funding"));
}

/* Every chart has a plot and words with its key figures; the expected
 * strings are the sample's hand-written inputs, formatted by hand. */
static void
test_every_chart (Fixture       *f,
                  gconstpointer  data)
{
  const struct { const char *id; const char *words[3]; } cases[] = {
    /* 2026: need 120, allocated 59.4 → gap 60.6 */
    { "funding", { "Gap $60.6B", "Allocated: Danish model", "$120B" } },
    { "readiness", { "2030: Trained force 250,000", "120,000 trained abroad", NULL } },
    { "air-defense", { "Territory covered 34\u00a0%", "Population covered 58\u00a0%", NULL } },
    { "interception", { "Leaked through 170", "Intercepted by batteries 350", NULL } },
    /* West: 30.6 required rounds up to 31, 24 assigned → short by 7 */
    { "air-patrol", { "Short by 7", "Required 31", NULL } },
    /* 4,500 + 3,500 + … = 12,000 deployed, × 3 = 36,000 */
    { "stabilization", { "United Kingdom 4,500", "36,000",
                         "By role: training 5,000, border 7,000." } },
    /* 410 of 640 km = 64 % */
    { "maritime", { "64\u00a0% covered", "Not covered 230", NULL } },
    { "index", { "weakest link", "Danish-model fund", "Composite 0.53" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GrChart) chart = gr_figure_new_by_id (cases[i].id, f->scenario, f->metrics);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 720);
      cairo_t *cr = cairo_create (surface);
      g_autofree char *text = NULL;

      g_test_message ("chart %s", cases[i].id);
      g_assert_nonnull (chart);
      g_assert_false (gr_chart_is_empty (chart));
      gr_chart_draw (chart, cr, 1280, 720);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      g_assert_true (gr_chart_get_plot_area (chart, NULL, NULL, NULL));
      cairo_destroy (cr);
      cairo_surface_destroy (surface);

      text = gr_chart_describe (chart);
      for (guint w = 0; w < G_N_ELEMENTS (cases[i].words) && cases[i].words[w] != NULL; w++)
        if (strstr (text, cases[i].words[w]) == NULL)
          g_error ("%s: “%s” not in “%s”", cases[i].id, cases[i].words[w], text);
      g_assert_nonnull (strstr (text, "Source: Guarantor model, scenario"));
    }
}

/* The index composite is Π sᵢ^wᵢ over the sample's scores and weights:
 * 0.5^0.15 · 0.33^0.15 · 0.8^0.1 · 0.8^0.1 · 0.28^0.05 · 0.62^0.2 · 0.55^0.15 · 0.45^0.1
 * = 0.5253, worked out with a calculator; the chart prints it as 0.53. */
static void
test_index_reference (Fixture       *f,
                      gconstpointer  data)
{
  g_assert_cmpfloat_with_epsilon (f->metrics->index.composite, 0.5253, 5e-4);
}

/* A scenario with nothing in it gives explained empty charts, not crashes. */
static void
test_empty_scenario (void)
{
  g_autoptr(GrScenario) scenario = gr_scenario_new ();
  GrMetrics metrics = { 0 };
  const char * const *ids = gr_figure_list_ids ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GrChart) chart = gr_figure_new_by_id (ids[i], scenario, &metrics);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 640, 360);
      cairo_t *cr = cairo_create (surface);
      g_autofree char *text = NULL;

      g_test_message ("chart %s", ids[i]);
      g_assert_true (gr_chart_is_empty (chart));
      gr_chart_draw (chart, cr, 640, 360);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      text = gr_chart_describe (chart);
      g_assert_nonnull (strstr (text, "No data to show"));
      /* …and says why, in a sentence of its own. */
      g_assert_cmpuint (strlen (strstr (text, "No data to show")), >, strlen ("No data to show. "));
    }
}

/* The dashboard redraws a chart only when it is not equal to the one it
 * shows: charts built twice from the same figures are equal, and a change
 * in the figures one chart plots changes that chart and no other. */
static void
test_equal (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GrChart) interception = gr_figure_new_by_id ("interception", f->scenario, f->metrics);
  g_autoptr(GrChart) funding = gr_figure_new_by_id ("funding", f->scenario, f->metrics);
  g_autoptr(GrChart) interception_again = gr_figure_new_by_id ("interception", f->scenario, f->metrics);
  g_autoptr(GrChart) funding_again = NULL;
  g_autoptr(GrChart) interception_changed = NULL;
  GrChartStyle dark = { GR_CHART_THEME_DARK, 1.0 };

  g_assert_true (gr_chart_equal (interception, interception_again));
  g_assert_false (gr_chart_equal (interception, funding));

  /* batteries down more drones: the interception chart changes, funding
   * does not */
  f->metrics->air_defense.threat[GR_THREAT_DRONE].intercepted_by_batteries_per_month += 100;
  interception_changed = gr_figure_new_by_id ("interception", f->scenario, f->metrics);
  funding_again = gr_figure_new_by_id ("funding", f->scenario, f->metrics);
  g_assert_false (gr_chart_equal (interception, interception_changed));
  g_assert_true (gr_chart_equal (funding, funding_again));

  /* the style is part of what is drawn */
  gr_chart_set_style (funding_again, &dark);
  g_assert_false (gr_chart_equal (funding, funding_again));
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(TmpDir) dir = tmp_dir_new ("test-figures");
  g_autofree char *path = g_build_filename (dir, "funding.png", NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;

  g_assert_true (gr_figure_export ("funding", f->scenario, f->metrics, NULL, path, 1920, 1080, 0,
                                   NULL, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1920);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 1080);
  cairo_surface_destroy (image);

  /* 1920 × 1080 is laid out like a 1280 × 720 window: scale 1.5. */
  g_assert_cmpfloat (gr_figure_export_auto_scale (1920, 1080), ==, 1.5);
  g_assert_cmpfloat (gr_figure_export_auto_scale (640, 360), ==, 1.0);
}

static GrFontPrimer *
prime_fonts_for (const char *path)
{
  return gr_font_primer_start (pango_cairo_font_map_get_default (),
                               gr_figure_export_fonts (path, 1920, 1080));
}

/* With its fonts loaded ahead by a primer, an export is the same file;
 * a failed one finishes the primer too. */
static void
test_export_primed (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(TmpDir) dir = tmp_dir_new ("test-figures");
  g_autofree char *plain = g_build_filename (dir, "plain.png", NULL);
  g_autofree char *primed = g_build_filename (dir, "primed.png", NULL);
  g_autofree char *unwritable = g_build_filename (dir, "no-such-dir", "x.png", NULL);
  g_autofree char *plain_bytes = NULL;
  g_autofree char *primed_bytes = NULL;
  gsize plain_length, primed_length;
  g_autoptr(GError) error = NULL;

  g_assert_true (gr_figure_export ("index", f->scenario, f->metrics, NULL, plain, 1920, 1080, 0,
                                   NULL, &error));
  g_assert_no_error (error);
  g_assert_true (gr_figure_export ("index", f->scenario, f->metrics, NULL, primed, 1920, 1080, 0,
                                   prime_fonts_for (primed), &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (plain, &plain_bytes, &plain_length, NULL));
  g_assert_true (g_file_get_contents (primed, &primed_bytes, &primed_length, NULL));
  g_assert_cmpmem (plain_bytes, plain_length, primed_bytes, primed_length);

  g_assert_false (gr_figure_export ("index", f->scenario, f->metrics, NULL, unwritable, 1920,
                                    1080, 0, prime_fonts_for (unwritable), &error));
  g_assert_error (error, GR_EXPORT_ERROR, GR_EXPORT_ERROR_WRITE);
  g_clear_error (&error);
  g_assert_false (gr_figure_export ("pie", f->scenario, f->metrics, NULL, primed, 1920, 1080, 0,
                                    prime_fonts_for (primed), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* The patrol total is the sum of the zones' whole aircraft, as the chart
 * draws them: 28.6 and 13.6 need 29 + 14 = 43, not round (42.2) = 42. */
static void
test_patrol_total (void)
{
  GrMetrics metrics = { 0 };
  GrPatrolZoneMetrics zones[2] = { { .aircraft_required = 28.6 }, { .aircraft_required = 13.6 } };

  metrics.air_patrol.zones = g_array_new (FALSE, TRUE, sizeof (GrPatrolZoneMetrics));
  g_array_append_vals (metrics.air_patrol.zones, zones, 2);
  metrics.air_patrol.aircraft_required = 42.2;
  g_assert_cmpfloat (gr_figures_patrol_aircraft_required (&metrics), ==, 43);
  g_array_unref (metrics.air_patrol.zones);
}

static void
add_input (GArray     *inputs,
           const char *path,
           double      at_low,
           double      at_high)
{
  GrSensitivityInput in = { g_strdup (path), 1, 0, 2, at_low, at_high, fabs (at_high - at_low) };

  g_array_append_val (inputs, in);
}

static void
clear_input (gpointer data)
{
  g_free (((GrSensitivityInput *) data)->path);
}

/* The tornado shows the inputs that move the metric, as changes from the
 * scenario's value; one that does not move it has no bar. */
static void
test_tornado (void)
{
  g_autoptr(GArray) inputs = g_array_new (FALSE, FALSE, sizeof (GrSensitivityInput));
  GrSensitivity tornado = { (char *) "air_defense.leaked_per_month", 100, inputs };
  g_autoptr(GrChart) chart = NULL;
  g_autofree char *text = NULL;

  g_array_set_clear_func (inputs, clear_input);
  add_input (inputs, "air_defense.threat.drone.per_month", 60, 180);
  add_input (inputs, "maritime.speed_knots", 90, 110);
  add_input (inputs, "readiness.reservists", 100, 100);
  chart = gr_figure_tornado_new (NULL, &tornado);
  g_assert_false (gr_chart_is_empty (chart));
  text = gr_chart_describe (chart);
  g_assert_nonnull (strstr (text, "air_defense.threat.drone.per_month"));
  g_assert_nonnull (strstr (text, "maritime.speed_knots"));
  g_assert_null (strstr (text, "readiness.reservists"));
  /* −40 and +80 from the base of 100. */
  g_assert_nonnull (strstr (text, "80"));
  g_assert_nonnull (strstr (text, "−40"));
}

/* The attribution's total is the sum of its parts; an infinite part
 * (a composite of 0) leaves nothing to split. */
static void
test_attribution (void)
{
  g_autoptr(GArray) parts = g_array_new (FALSE, FALSE, sizeof (GrAttribution));
  GrComparison comparison = { (char *) "A", (char *) "B", NULL, parts, 0.5, 0.6 };
  GrAttribution at[] = { { (char *) "funding", 0.25 }, { (char *) "maritime", -0.06 } };
  g_autoptr(GrChart) chart = NULL;
  g_autoptr(GrChart) empty = NULL;
  g_autofree char *text = NULL;

  g_array_append_vals (parts, at, G_N_ELEMENTS (at));
  chart = gr_figure_attribution_new (NULL, &comparison);
  text = gr_chart_describe (chart);
  g_assert_nonnull (strstr (text, "0.19"));
  g_assert_nonnull (strstr (text, "Army funding"));

  g_array_index (parts, GrAttribution, 1).contribution = -INFINITY;
  empty = gr_figure_attribution_new (NULL, &comparison);
  g_assert_true (gr_chart_is_empty (empty));
}

/* B's values sit beside A's as a ghost, matched by category label, in a
 * series of their own that the description names. */
static void
test_ghost (void)
{
  g_autoptr(GrChart) a = gr_chart_new ("A");
  g_autoptr(GrChart) b = gr_chart_new ("B");
  g_autofree char *text = NULL;
  guint sa, sb;

  gr_chart_add_category (a, "Patriot");
  gr_chart_add_category (a, "NASAMS");
  sa = gr_chart_add_series (a, GR_SERIES_BAR, "Batteries", 0);
  gr_chart_series_set_value (a, sa, 0, 2);
  gr_chart_series_set_value (a, sa, 1, 3);
  gr_chart_add_category (b, "NASAMS");
  gr_chart_add_category (b, "IRIS-T");
  sb = gr_chart_add_series (b, GR_SERIES_BAR, "Batteries", 0);
  gr_chart_series_set_value (b, sb, 0, 7);
  gr_chart_series_set_value (b, sb, 1, 5);

  gr_chart_add_ghost (a, b, "B: reinforced");
  text = gr_chart_describe (a);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "B: reinforced"));
  g_assert_nonnull (strstr (text, "7"));
  /* IRIS-T is not one of A's categories: its 5 is not drawn. */
  g_assert_null (strstr (text, "5"));
}

/* Monte Carlo's P10–P90 as a whisker on a bar: a horizontal chart 0..1
 * drawn 600 px wide, the whisker's tooltip where the range lies, none
 * outside it; and a chart with a whisker is not equal to one without. */
static void
test_interval (void)
{
  g_autoptr(GrChart) chart = gr_chart_new ("Scores");
  g_autoptr(GrChart) plain = gr_chart_new ("Scores");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 300);
  cairo_t *cr = cairo_create (surface);
  cairo_rectangle_t plot;
  double vmin, vmax, y;
  gboolean inside = FALSE, outside = FALSE;

  for (GrChart **c = (GrChart *[]) { chart, plain, NULL }; *c != NULL; c++)
    {
      gr_chart_set_orientation (*c, GR_CHART_HORIZONTAL);
      gr_chart_set_value_range (*c, 0, 1);
      gr_chart_add_category (*c, "Funding");
      gr_chart_add_series (*c, GR_SERIES_BAR, "Score", 0);
      gr_chart_series_set_value (*c, 0, 0, 0.5);
    }
  gr_chart_series_set_interval (chart, 0, 0, 0.7, 0.3);
  g_assert_false (gr_chart_equal (chart, plain));

  gr_chart_draw (chart, cr, 600, 300);
  g_assert_true (gr_chart_get_plot_area (chart, &plot, &vmin, &vmax));
  y = plot.y + plot.height / 2;
  /* Along the bar's middle: tooltips naming the range at 0.3..0.7 only. */
  for (double v = 0.02; v < 0.98; v += 0.02)
    {
      double x = plot.x + (v - vmin) / (vmax - vmin) * plot.width;
      g_autofree char *tip = NULL;
      gboolean whisker;

      whisker = gr_chart_query (chart, x, y, &tip) && strstr (tip, "P10–P90") != NULL;
      if (v > 0.32 && v < 0.68)
        inside |= whisker;
      if (v < 0.27 || v > 0.73)
        outside |= whisker;
    }
  g_assert_true (inside);
  g_assert_false (outside);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/render/charts/ids", test_ids);
  g_test_add ("/render/charts/unknown", Fixture, NULL, fixture_set_up, test_unknown,
              fixture_tear_down);
  g_test_add ("/render/charts/every-chart", Fixture, NULL, fixture_set_up, test_every_chart,
              fixture_tear_down);
  g_test_add ("/render/charts/index-reference", Fixture, NULL, fixture_set_up,
              test_index_reference, fixture_tear_down);
  g_test_add_func ("/render/charts/empty-scenario", test_empty_scenario);
  g_test_add_func ("/render/charts/patrol-total", test_patrol_total);
  g_test_add_func ("/render/charts/tornado", test_tornado);
  g_test_add_func ("/render/charts/attribution", test_attribution);
  g_test_add_func ("/render/charts/ghost", test_ghost);
  g_test_add_func ("/render/charts/interval", test_interval);
  g_test_add ("/render/charts/equal", Fixture, NULL, fixture_set_up, test_equal,
              fixture_tear_down);
  g_test_add ("/render/charts/export", Fixture, NULL, fixture_set_up, test_export,
              fixture_tear_down);
  g_test_add ("/render/charts/export-primed", Fixture, NULL, fixture_set_up, test_export_primed,
              fixture_tear_down);

  return g_test_run ();
}
