/* test-chart-ghost.c — scenario B as a ghost beside A, and P10–P90 as whiskers and fans
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What is drawn is found through the hit regions of the draw (the
 * tooltips) and through the pixels: a ghost bar's slot, a fan's tint.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "chart-sample.h"
#include "gr-figures.h"

#define WIDTH 800
#define HEIGHT 500
/* a whisker's line and its two caps (gr_chart_get_range()) */
#define WHISKER_MARKS 3

typedef struct
{
  cairo_surface_t *surface;
  cairo_t *cr;
} Canvas;

static void
canvas_draw (Canvas  *canvas,
             GrChart *chart)
{
  canvas->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  canvas->cr = cairo_create (canvas->surface);
  gr_chart_draw (chart, canvas->cr, WIDTH, HEIGHT);
  cairo_surface_flush (canvas->surface);
}

static void
canvas_clear (Canvas *canvas)
{
  cairo_destroy (canvas->cr);
  cairo_surface_destroy (canvas->surface);
}

/* The pixel at (x, y) as 0xRRGGBB. */
static guint32
pixel (Canvas *canvas,
       int     x,
       int     y)
{
  const guint8 *data = cairo_image_surface_get_data (canvas->surface);
  int stride = cairo_image_surface_get_stride (canvas->surface);

  return *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

/* The leftmost and rightmost x along the row y whose tooltip holds @text;
 * FALSE when none does. */
static gboolean
find_tooltip (GrChart    *chart,
              double      y,
              const char *text,
              double     *first,
              double     *last)
{
  gboolean found = FALSE;

  for (double x = 0; x < WIDTH; x += 1)
    {
      g_autofree char *tip = NULL;

      if (gr_chart_query (chart, x, y, &tip) && tip != NULL && strstr (tip, text) != NULL)
        {
          if (!found)
            *first = x;
          *last = x;
          found = TRUE;
        }
    }
  return found;
}

/* Two bar groups per category (like air defence's territory and
 * population), B's values of the first series. */
static GrChart *
bar_chart (gboolean with_ghost)
{
  GrChart *chart = gr_chart_new ("Coverage");
  g_autoptr(GrChart) other = gr_chart_new ("Coverage");

  /* The lines after the first may differ between scenarios. */
  gr_chart_add_category (chart, "Drones\n200 launched");
  gr_chart_add_category (other, "Drones\n300 launched");
  for (GrChart **c = (GrChart *[]) { chart, other, NULL }; *c != NULL; c++)
    {
      gr_chart_set_value_range (*c, 0, 1);
      gr_chart_add_series (*c, GR_SERIES_BAR, "Territory", 0);
      gr_chart_add_series (*c, GR_SERIES_BAR, "Population", 1);
    }
  gr_chart_series_set_value (chart, 0, 0, 0.4);
  gr_chart_series_set_value (chart, 1, 0, 0.5);
  gr_chart_series_set_value (other, 0, 0, 0.8);
  gr_chart_series_set_value (other, 1, 0, 0.9);
  if (with_ghost)
    gr_chart_add_ghost (chart, other, "B: reinforced");
  return chart;
}

/* B's bar stands in a slot of its own right after A's first group and
 * before the second, to the height of B's value; its outline is ink on a
 * pale inside; a chart without B has no such bar. */
static void
test_ghost_bar_beside (void)
{
  g_autoptr(GrChart) chart = bar_chart (TRUE);
  g_autoptr(GrChart) plain = bar_chart (FALSE);
  Canvas canvas, bare;
  cairo_rectangle_t plot;
  double vmin, vmax, y_low, y_high, a0, a1, b0, b1, p0, p1;
  guint32 inside;

  canvas_draw (&canvas, chart);
  g_assert_true (gr_chart_get_plot_area (chart, &plot, &vmin, &vmax));
  /* At 0.2 all three bars stand; at 0.6 only B's (0.8) of the first two. */
  y_low = plot.y + plot.height * (1 - (0.2 - vmin) / (vmax - vmin));
  y_high = plot.y + plot.height * (1 - (0.6 - vmin) / (vmax - vmin));
  g_assert_true (find_tooltip (chart, y_low, "Territory", &a0, &a1));
  g_assert_true (find_tooltip (chart, y_low, "B: reinforced", &b0, &b1));
  g_assert_true (find_tooltip (chart, y_low, "Population", &p0, &p1));
  g_assert_cmpfloat (a1, <, b0);
  g_assert_cmpfloat (b1, <, p0);
  g_assert_true (find_tooltip (chart, y_high, "B: reinforced", &b0, &b1));
  g_assert_false (find_tooltip (chart, y_high, "Territory", &a0, &a1));
  /* Pale inside (the ink outline is dark): a light theme's ghost is no
   * solid bar. */
  inside = pixel (&canvas, (int) ((b0 + b1) / 2), (int) y_high);
  g_assert_cmpuint ((inside >> 16) & 0xff, >, 0x90);

  canvas_draw (&bare, plain);
  g_assert_false (find_tooltip (plain, y_low, "B: reinforced", &b0, &b1));
  canvas_clear (&canvas);
  canvas_clear (&bare);
}

/* In the dark theme the ghost is drawn in the light ink: its outline
 * shows on the dark background. */
static void
test_ghost_bar_dark (void)
{
  g_autoptr(GrChart) chart = bar_chart (TRUE);
  GrChartStyle style = { GR_CHART_THEME_DARK, 1.0, FALSE };
  Canvas canvas;
  cairo_rectangle_t plot;
  double vmin, vmax, y, b0, b1;
  guint bright = 0;

  gr_chart_set_style (chart, &style);
  canvas_draw (&canvas, chart);
  g_assert_true (gr_chart_get_plot_area (chart, &plot, &vmin, &vmax));
  y = plot.y + plot.height * (1 - (0.6 - vmin) / (vmax - vmin));
  g_assert_true (find_tooltip (chart, y, "B: reinforced", &b0, &b1));
  /* Near the row (the outline is dashed), the ghost's left and right
   * edges are light. */
  for (int side = 0; side < 2; side++)
    {
      int edge = (int) (side == 0 ? b0 : b1);
      gboolean lit = FALSE;

      for (int row = (int) y - 10; row <= (int) y + 10; row++)
        for (int x = edge - 3; x <= edge + 3; x++)
          lit |= ((pixel (&canvas, x, row) >> 8) & 0xff) > 0xb0;
      bright += lit;
    }
  g_assert_cmpuint (bright, ==, 2);
  canvas_clear (&canvas);
}

/* A line's ghost follows B's values point by point, dashed: along its
 * path some pixels are ink and some are not. */
static void
test_ghost_line_dashed (void)
{
  g_autoptr(GrChart) chart = gr_chart_new ("Trained");
  g_autoptr(GrChart) other = gr_chart_new ("Trained");
  Canvas canvas;
  cairo_rectangle_t plot;
  double vmin, vmax, y, first, last;
  guint ink = 0, clear = 0;

  for (GrChart **c = (GrChart *[]) { chart, other, NULL }; *c != NULL; c++)
    {
      gr_chart_set_value_range (*c, 0, 100);
      gr_chart_add_category (*c, "2026");
      gr_chart_add_category (*c, "2027");
      gr_chart_add_series (*c, GR_SERIES_LINE, "Trained force", 0);
    }
  gr_chart_series_set_value (chart, 0, 0, 20);
  gr_chart_series_set_value (chart, 0, 1, 30);
  /* B flat at 70, far from A's line */
  gr_chart_series_set_value (other, 0, 0, 70);
  gr_chart_series_set_value (other, 0, 1, 70);
  gr_chart_add_ghost (chart, other, "B: reinforced");

  canvas_draw (&canvas, chart);
  g_assert_true (gr_chart_get_plot_area (chart, &plot, &vmin, &vmax));
  y = plot.y + plot.height * (1 - (70 - vmin) / (vmax - vmin));
  g_assert_true (find_tooltip (chart, y, "B: reinforced", &first, &last));
  /* Between the markers the dashes alternate with gaps. */
  for (int x = (int) (plot.x + plot.width * 0.35); x < (int) (plot.x + plot.width * 0.65); x++)
    {
      guint32 p = pixel (&canvas, x, (int) round (y));

      if (((p >> 8) & 0xff) < 0x60)
        ink++;
      else if (((p >> 8) & 0xff) > 0xd0)
        clear++;
    }
  g_test_message ("ink %u, clear %u", ink, clear);
  g_assert_cmpuint (ink, >, 10);
  g_assert_cmpuint (clear, >, 10);
  canvas_clear (&canvas);
}

static GrChart *
line_chart (gboolean with_ranges)
{
  GrChart *chart = gr_chart_new ("Trained");

  gr_chart_set_value_range (chart, 0, 100);
  for (guint c = 0; c < 3; c++)
    {
      g_autofree char *year = g_strdup_printf ("%u", 2026 + c);

      gr_chart_add_category (chart, year);
    }
  gr_chart_add_series (chart, GR_SERIES_LINE, "Trained force", 0);
  gr_chart_series_set_look (chart, 0, GR_RGB_BLUE, GR_FILL_SOLID, GR_MARKER_CIRCLE);
  for (guint c = 0; c < 3; c++)
    {
      gr_chart_series_set_value (chart, 0, c, 50);
      if (with_ranges)
        gr_chart_series_set_interval (chart, 0, c, 30, 70);
    }
  return chart;
}

/* Whether the last draw of @chart wrote @text. */
static gboolean
drew_text (GrChart    *chart,
           const char *text)
{
  for (guint i = 0; i < gr_chart_get_n_texts (chart); i++)
    if (g_strcmp0 (gr_chart_get_text (chart, i, NULL), text) == 0)
      return TRUE;
  return FALSE;
}

/* A stack's ghost is B's stack, part by part: each part's tooltip names
 * it, and the legend names B once. */
static void
test_ghost_stack (void)
{
  g_autoptr(GrChart) chart = gr_chart_new ("Route");
  g_autoptr(GrChart) other = gr_chart_new ("Route");
  Canvas canvas;
  cairo_rectangle_t plot;
  double vmin, vmax, y, first, last, edge;
  guint keys = 0;

  for (GrChart **c = (GrChart *[]) { chart, other, NULL }; *c != NULL; c++)
    {
      gr_chart_set_value_range (*c, 0, 1000);
      gr_chart_add_category (*c, "Corridor");
      gr_chart_add_series (*c, GR_SERIES_BAR, "Covered", 0);
      gr_chart_add_series (*c, GR_SERIES_BAR, "Not covered", 0);
    }
  gr_chart_series_set_value (chart, 0, 0, 300);
  gr_chart_series_set_value (chart, 1, 0, 400);
  gr_chart_series_set_value (other, 0, 0, 600);
  gr_chart_series_set_value (other, 1, 0, 100);
  gr_chart_add_ghost (chart, other, "B: reinforced");

  canvas_draw (&canvas, chart);
  g_assert_true (gr_chart_get_plot_area (chart, &plot, &vmin, &vmax));
  /* B's covered part reaches 600, its uncovered part 600 to 700 */
  y = plot.y + plot.height * (1 - (500 - vmin) / (vmax - vmin));
  g_assert_true (find_tooltip (chart, y, "B: reinforced — Covered", &first, &last));
  edge = (first + last) / 2;
  y = plot.y + plot.height * (1 - (650 - vmin) / (vmax - vmin));
  g_assert_true (find_tooltip (chart, y, "B: reinforced — Not covered", &first, &last));
  g_assert_cmpfloat (fabs ((first + last) / 2 - edge), <, 2);
  for (guint i = 0; i < gr_chart_get_n_texts (chart); i++)
    keys += g_str_has_prefix (gr_chart_get_text (chart, i, NULL), "B: reinforced");
  g_assert_cmpuint (keys, ==, 1);
  canvas_clear (&canvas);
}

/* A line's ranges make a fan: tinted between P10 and P90 from point to
 * point, with the range in the tooltip and a key in the legend; none
 * without ranges. */
static void
test_fan (void)
{
  g_autoptr(GrChart) chart = line_chart (TRUE);
  g_autoptr(GrChart) plain = line_chart (FALSE);
  Canvas canvas, bare;
  cairo_rectangle_t plot;
  double vmin, vmax, y_in, y_out, first, last;
  int x;

  canvas_draw (&canvas, chart);
  canvas_draw (&bare, plain);
  g_assert_true (gr_chart_get_plot_area (chart, &plot, &vmin, &vmax));
  y_in = plot.y + plot.height * (1 - (40 - vmin) / (vmax - vmin));
  y_out = plot.y + plot.height * (1 - (85 - vmin) / (vmax - vmin));
  /* between the first two points, inside the band and off the line */
  x = (int) (plot.x + plot.width / 3);
  g_assert_cmpuint (pixel (&canvas, x, (int) y_in), !=, pixel (&bare, x, (int) y_in));
  g_assert_cmpuint (pixel (&canvas, x, (int) y_out), ==, pixel (&bare, x, (int) y_out));
  g_assert_true (find_tooltip (chart, y_in, "P10–P90: 30–70", &first, &last));
  g_assert_false (find_tooltip (plain, y_in, "P10–P90", &first, &last));
  g_assert_false (gr_chart_equal (chart, plain));
  /* and the legend names it */
  g_assert_true (drew_text (chart, "P10–P90 (Monte Carlo)"));
  g_assert_false (drew_text (plain, "P10–P90 (Monte Carlo)"));
  canvas_clear (&canvas);
  canvas_clear (&bare);
}

/* A stack's range is drawn over the whole stack, whichever of its series
 * carries it, and widens the value axis when it reaches past the data. */
static void
test_stack_whisker (void)
{
  g_autoptr(GrChart) chart = gr_chart_new ("Launches");
  Canvas canvas;
  cairo_rectangle_t plot;
  double vmin, vmax, y, first, last;

  gr_chart_add_category (chart, "Drones");
  gr_chart_add_series (chart, GR_SERIES_BAR, "Intercepted", 0);
  gr_chart_add_series (chart, GR_SERIES_BAR, "Leaked", 0);
  gr_chart_series_set_value (chart, 0, 0, 600);
  gr_chart_series_set_value (chart, 1, 0, 400);
  gr_chart_series_set_interval (chart, 1, 0, 800, 1500);

  canvas_draw (&canvas, chart);
  g_assert_true (gr_chart_get_plot_area (chart, &plot, &vmin, &vmax));
  g_assert_cmpfloat (vmax, >=, 1500);
  y = plot.y + plot.height * (1 - (1200 - vmin) / (vmax - vmin));
  g_assert_true (find_tooltip (chart, y, "P10–P90", &first, &last));
  canvas_clear (&canvas);
}

static void
add_metric (GrMonteCarlo *mc,
            const char   *path,
            double        p10,
            double        p90)
{
  GrMonteCarloMetric m = { g_strdup (path), (p10 + p90) / 2, p10, (p10 + p90) / 2, p90 };

  g_array_append_val (mc->metrics, m);
}

static void
metric_clear (gpointer data)
{
  g_free (((GrMonteCarloMetric *) data)->path);
}

/* The dashboard's charts take the ranges of the metrics they show: index,
 * air defence, interception, stabilisation; a headline total gives the
 * funding chart no range (its years have paths of their own). */
static void
test_figure_ranges (void)
{
  g_autoptr(GrScenario) scenario = sample_scenario ();
  GrMetrics *metrics = sample_metrics ();
  GrMonteCarlo mc = { 1000, 1, g_array_new (FALSE, TRUE, sizeof (GrMonteCarloMetric)) };
  const char *ranged[] = { "index", "air-defense", "interception", "stabilization" };

  g_array_set_clear_func (mc.metrics, metric_clear);
  for (GrInstrument i = 0; i < GR_N_INSTRUMENTS; i++)
    {
      g_autofree char *path = g_strdup_printf ("index.pillars.%s", gr_instrument_to_string (i));

      add_metric (&mc, path, 0.2, 0.6);
    }
  for (GrThreatClass t = 0; t < GR_N_THREATS; t++)
    {
      const char *threat = gr_threat_to_string (t);
      g_autofree char *territory = g_strdup_printf ("air_defense.threats.%s.territory_covered_pct",
                                                    threat);
      g_autofree char *launched = g_strdup_printf ("air_defense.threats.%s.launched_per_month",
                                                   threat);

      add_metric (&mc, territory, 10, 30);
      add_metric (&mc, launched, 100, 300);
    }
  add_metric (&mc, "stabilization_force.deployed_troops", 9000, 15000);
  add_metric (&mc, "funding.need_busd", 40, 60);

  for (guint i = 0; i < G_N_ELEMENTS (ranged); i++)
    {
      g_autoptr(GrChart) chart = gr_figure_new_by_id (ranged[i], scenario, metrics);
      g_autoptr(GrChart) plain = gr_figure_new_by_id (ranged[i], scenario, metrics);

      gr_figure_add_ranges (chart, ranged[i], scenario, metrics, &mc);
      g_test_message ("%s", ranged[i]);
      g_assert_false (gr_chart_equal (chart, plain));
    }
  {
    g_autoptr(GrChart) chart = gr_figure_new_by_id ("funding", scenario, metrics);
    g_autoptr(GrChart) plain = gr_figure_new_by_id ("funding", scenario, metrics);

    gr_figure_add_ranges (chart, "funding", scenario, metrics, &mc);
    g_assert_true (gr_chart_equal (chart, plain));
  }
  g_array_unref (mc.metrics);
  sample_metrics_free (metrics);
}

/* Whether the box (x, y, w, h) holds a pixel for which @test holds. */
static gboolean
any_pixel (Canvas                  *canvas,
           const cairo_rectangle_t *box,
           gboolean               (*test) (guint32 rgb))
{
  int x0 = MAX (0, (int) floor (box->x)), x1 = MIN (WIDTH, (int) ceil (box->x + box->width));
  int y0 = MAX (0, (int) floor (box->y)), y1 = MIN (HEIGHT, (int) ceil (box->y + box->height));

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      if (test (pixel (canvas, x, y)))
        return TRUE;
  return FALSE;
}

/* The whisker's ink: near black on the light theme. */
static gboolean
is_ink (guint32 rgb)
{
  return (rgb >> 16 & 0xff) < 0x60 && (rgb >> 8 & 0xff) < 0x60 && (rgb & 0xff) < 0x60;
}

static gboolean
is_tinted (guint32 rgb)
{
  return rgb != 0xffffff;
}

/* The four charts of per-item series take the ranges of their years,
 * routes and zones (gr-metric-table.h): whiskers on the bars, a fan on
 * the trained force, a band on the funding need; drawn, not just noted
 * (the whiskers' ink is there), and nothing without a Monte Carlo run. */
static void
test_series_ranges (void)
{
  g_autoptr(GrScenario) scenario = sample_scenario ();
  GrMetrics *metrics = sample_metrics ();
  GrMonteCarlo mc = { 1000, 1, g_array_new (FALSE, TRUE, sizeof (GrMonteCarloMetric)) };
  const char *ids[] = { "funding", "readiness", "maritime", "air-patrol" };
  guint whiskers[G_N_ELEMENTS (ids)] = { 0 }, bands[G_N_ELEMENTS (ids)] = { 0 };

  g_array_set_clear_func (mc.metrics, metric_clear);
  for (guint i = 0; i < metrics->funding.years->len; i++)
    {
      const GrFundingYear *y = &g_array_index (metrics->funding.years, GrFundingYear, i);
      g_autofree char *need = g_strdup_printf ("funding.years.%d.need_busd", y->year);
      g_autofree char *committed = g_strdup_printf ("funding.years.%d.committed_busd", y->year);
      g_autofree char *allocated = g_strdup_printf ("funding.years.%d.allocated_busd", y->year);

      add_metric (&mc, need, y->need_busd * 0.8, y->need_busd * 1.1);
      add_metric (&mc, committed, y->committed_busd * 0.9, y->committed_busd * 1.1);
      add_metric (&mc, allocated, y->allocated_busd * 0.9, y->allocated_busd * 1.1);
      /* a stack's whisker and the commitments', the need's band */
      whiskers[0] += WHISKER_MARKS * ((y->allocated_busd > 0) + (y->committed_busd > 0));
      bands[0] += y->need_busd > 0;
    }
  for (guint i = 0; i < metrics->readiness.by_year->len; i++)
    {
      const GrReadinessYear *y = &g_array_index (metrics->readiness.by_year, GrReadinessYear, i);
      g_autofree char *path = g_strdup_printf ("readiness.by_year.%d.trained", y->year);

      add_metric (&mc, path, y->trained * 0.9, y->trained * 1.1);
      bands[1]++;
    }
  for (guint i = 0; i < metrics->maritime.routes->len; i++)
    {
      const GrRouteMetrics *r = &g_array_index (metrics->maritime.routes, GrRouteMetrics, i);
      g_autofree char *path = g_strdup_printf ("maritime.routes.%s.covered_km", r->id);

      add_metric (&mc, path, r->covered_km * 0.8, r->covered_km * 1.1);
      whiskers[2] += WHISKER_MARKS;
    }
  for (guint i = 0; i < metrics->air_patrol.zones->len; i++)
    {
      const GrPatrolZoneMetrics *z = &g_array_index (metrics->air_patrol.zones,
                                                     GrPatrolZoneMetrics, i);
      g_autofree char *required = g_strdup_printf ("air_patrol.zones.%s.aircraft_required", z->id);
      g_autofree char *assigned = g_strdup_printf ("air_patrol.zones.%s.aircraft_assigned", z->id);

      add_metric (&mc, required, z->aircraft_required * 0.7, z->aircraft_required * 1.3);
      add_metric (&mc, assigned, z->aircraft_assigned - 2, z->aircraft_assigned + 2);
      whiskers[3] += 2 * WHISKER_MARKS;
    }

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GrChart) plain = gr_figure_new_by_id (ids[i], scenario, metrics);
      g_autoptr(GrChart) chart = gr_figure_new_by_id (ids[i], scenario, metrics);
      Canvas canvas, bare;
      guint n_whiskers = 0, n_bands = 0;

      g_test_message ("%s", ids[i]);
      canvas_draw (&bare, plain);
      g_assert_cmpuint (gr_chart_get_n_ranges (plain), ==, 0);
      canvas_clear (&bare);

      gr_figure_add_ranges (chart, ids[i], scenario, metrics, &mc);
      canvas_draw (&canvas, chart);
      for (guint k = 0; k < gr_chart_get_n_ranges (chart); k++)
        {
          cairo_rectangle_t box;

          if (gr_chart_get_range (chart, k, &box))
            {
              n_whiskers++;
              g_assert_true (any_pixel (&canvas, &box, is_ink));
            }
          else
            {
              n_bands++;
              g_assert_true (any_pixel (&canvas, &box, is_tinted));
            }
        }
      g_assert_cmpuint (n_whiskers, ==, whiskers[i]);
      g_assert_cmpuint (n_bands, ==, bands[i]);
      g_assert_cmpuint (n_whiskers + n_bands, >, 0);
      canvas_clear (&canvas);
    }
  g_array_unref (mc.metrics);
  sample_metrics_free (metrics);
}

/* Every chart that can show B does, and its PNG differs from A's alone. */
static void
test_figure_ghosts (void)
{
  g_autoptr(GrScenario) scenario = sample_scenario ();
  GrMetrics *metrics = sample_metrics ();
  GrMetrics *other = sample_metrics ();
  const char *ids[] = { "index", "funding", "readiness", "air-defense", "interception",
                        "air-patrol", "stabilization", "maritime" };

  other->index.score[0] *= 0.5;
  other->air_defense.threat[0].territory_covered_pct += 20;
  other->air_defense.threat[0].intercepted_by_batteries_per_month += 50;
  other->force.deployed_troops += 4000;
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GrChart) chart = gr_figure_new_compared (ids[i], scenario, metrics,
                                                         scenario, other);
      g_autofree char *text = gr_chart_describe (chart);

      g_test_message ("%s", ids[i]);
      g_assert_nonnull (strstr (text, "B: "));
    }
  sample_metrics_free (other);
  sample_metrics_free (metrics);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/render/chart-ghost/bar-beside", test_ghost_bar_beside);
  g_test_add_func ("/render/chart-ghost/bar-dark", test_ghost_bar_dark);
  g_test_add_func ("/render/chart-ghost/stack", test_ghost_stack);
  g_test_add_func ("/render/chart-ghost/line-dashed", test_ghost_line_dashed);
  g_test_add_func ("/render/chart-ghost/fan", test_fan);
  g_test_add_func ("/render/chart-ghost/stack-whisker", test_stack_whisker);
  g_test_add_func ("/render/chart-ghost/figure-ranges", test_figure_ranges);
  g_test_add_func ("/render/chart-ghost/series-ranges", test_series_ranges);
  g_test_add_func ("/render/chart-ghost/figure-ghosts", test_figure_ghosts);

  return g_test_run ();
}
