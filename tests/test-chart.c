/* test-chart.c — the chart painter on image surfaces: geometry, ticks, words
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <cairo-pdf.h>
#include <math.h>

#include "gr-chart.h"

/* A colour no theme uses for anything but our test bars. */
#define PROBE ((GrRgb) { 1.0, 0.0, 1.0 })

typedef struct
{
  double lo, hi;
  int ticks;
  double nice_lo, nice_hi, step;
} TickCase;

/* Worked by hand with Heckbert's rule: raw = (hi − lo) / (ticks − 1),
 * rounded to 1, 2 or 5 × 10ⁿ (fraction < 1.5 → 1, < 3 → 2, < 7 → 5). */
static const TickCase tick_cases[] = {
  { 0, 120000, 7, 0, 120000, 20000 },    /* raw 20,000 → 2 × 10⁴ */
  { 0, 104, 6, 0, 120, 20 },             /* raw 20.8 → 2 × 10 */
  { 0, 0.87, 6, 0, 1.0, 0.2 },           /* raw 0.174 → 2 × 0.1 */
  { 3, 97, 5, 0, 100, 20 },              /* raw 23.5 → 2 × 10; 3 floors to 0 */
  { -35, 35, 8, -40, 40, 10 },           /* raw 10 → 1 × 10 */
  { 0, 0, 5, 0, 1, 0.2 },                /* flat at 0: 0..1, raw 0.25 → 0.2 */
  { 1.3e9, 1.3e9, 5, 0, 1.5e9, 5e8 },    /* flat above 0: from 0, raw 3.25e8 → 5e8 */
  { 0, 61, 4, 0, 80, 20 },               /* raw 20.3 → 2 × 10, 61 ceils to 80 */
};

static void
test_nice_scale (gconstpointer data)
{
  const TickCase *c = data;
  double lo, hi, step;

  gr_chart_nice_scale (c->lo, c->hi, c->ticks, &lo, &hi, &step);
  g_assert_cmpfloat_with_epsilon (step, c->step, c->step * 1e-9);
  g_assert_cmpfloat_with_epsilon (lo, c->nice_lo, c->step * 1e-9);
  g_assert_cmpfloat_with_epsilon (hi, c->nice_hi, c->step * 1e-9);
}

static cairo_surface_t *
draw_to_image (GrChart *chart,
               int      width,
               int      height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  gr_chart_draw (chart, cr, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static gboolean
is_probe (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32 pixel = *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4);

  /* ARGB32, opaque magenta. */
  return (pixel & 0xffffff) == 0xff00ff;
}

static GrChart *
probe_chart (GrChartOrientation orientation)
{
  GrChart *chart = gr_chart_new ("Probe");
  const double values[] = { 25, 50, 100 };
  guint s;

  gr_chart_set_orientation (chart, orientation);
  gr_chart_set_value_axis (chart, "Units", GR_CHART_UNIT_COUNT);
  gr_chart_set_value_range (chart, 0, 200);
  gr_chart_add_category (chart, "A");
  gr_chart_add_category (chart, "B");
  gr_chart_add_category (chart, "C");
  s = gr_chart_add_series (chart, GR_SERIES_BAR, "Probe", 0);
  gr_chart_series_set_values (chart, s, values, 3);
  gr_chart_series_set_look (chart, s, PROBE, GR_FILL_SOLID, GR_MARKER_NONE);
  return chart;
}

/* Bars of 25, 50 and 100 on a fixed 0..200 axis: the bar of value v ends
 * v/200 of the plot height above the plot's bottom edge, so its top pixel
 * row is bottom − h·v/200 (the mapping y = y₀ + h (1 − v / 200)). */
static void
test_bar_heights (void)
{
  g_autoptr(GrChart) chart = probe_chart (GR_CHART_VERTICAL);
  cairo_surface_t *surface = draw_to_image (chart, 800, 600);
  const double values[] = { 25, 50, 100 };
  cairo_rectangle_t plot;
  double lo, hi;

  g_assert_true (gr_chart_get_plot_area (chart, &plot, &lo, &hi));
  g_assert_cmpfloat (lo, ==, 0);
  g_assert_cmpfloat (hi, ==, 200);

  for (guint i = 0; i < 3; i++)
    {
      /* The category's centre: three equal columns across the plot. */
      int x = (int) (plot.x + plot.width * (i + 0.5) / 3);
      double expected_top = plot.y + plot.height * (1 - values[i] / 200);
      double bottom = plot.y + plot.height;
      int top = -1, last = -1;

      for (int y = 0; y < 600; y++)
        if (is_probe (surface, x, y))
          {
            if (top < 0)
              top = y;
            last = y;
          }
      g_assert_cmpint (top, >=, 0);
      /* A pixel row y covers [y, y + 1): allow one row of anti-aliasing. */
      g_assert_cmpfloat (fabs (top - expected_top), <=, 1.0);
      g_assert_cmpfloat (fabs (last + 1 - bottom), <=, 1.0);
    }
  cairo_surface_destroy (surface);
}

/* The same bars lying down: the bar of value v ends at x₀ + w·v/200. */
static void
test_bar_lengths_horizontal (void)
{
  g_autoptr(GrChart) chart = probe_chart (GR_CHART_HORIZONTAL);
  cairo_surface_t *surface = draw_to_image (chart, 800, 600);
  const double values[] = { 25, 50, 100 };
  cairo_rectangle_t plot;

  g_assert_true (gr_chart_get_plot_area (chart, &plot, NULL, NULL));
  for (guint i = 0; i < 3; i++)
    {
      int y = (int) (plot.y + plot.height * (i + 0.5) / 3);
      double expected_end = plot.x + plot.width * values[i] / 200;
      int first = -1, last = -1;

      for (int x = 0; x < 800; x++)
        if (is_probe (surface, x, y))
          {
            if (first < 0)
              first = x;
            last = x;
          }
      g_assert_cmpint (first, >=, 0);
      g_assert_cmpfloat (fabs (first - plot.x), <=, 1.0);
      g_assert_cmpfloat (fabs (last + 1 - expected_end), <=, 1.0);
    }
  cairo_surface_destroy (surface);
}

/* Two stacked series, 30 then 50, on 0..100: the stack's top is at
 * 80/100 of the plot height, the joint at 30/100. */
static void
test_stacked (void)
{
  g_autoptr(GrChart) chart = gr_chart_new ("Stack");
  cairo_surface_t *surface;
  cairo_rectangle_t plot;
  guint a, b;
  int x, top = -1;

  gr_chart_set_value_range (chart, 0, 100);
  gr_chart_add_category (chart, "Only");
  a = gr_chart_add_series (chart, GR_SERIES_BAR, "Lower", 7);
  b = gr_chart_add_series (chart, GR_SERIES_BAR, "Upper", 7);
  gr_chart_series_set_value (chart, a, 0, 30);
  gr_chart_series_set_value (chart, b, 0, 50);
  gr_chart_series_set_look (chart, a, GR_RGB_BLUE, GR_FILL_SOLID, GR_MARKER_NONE);
  gr_chart_series_set_look (chart, b, PROBE, GR_FILL_SOLID, GR_MARKER_NONE);
  surface = draw_to_image (chart, 640, 480);
  g_assert_true (gr_chart_get_plot_area (chart, &plot, NULL, NULL));

  x = (int) (plot.x + plot.width / 2);
  for (int y = 0; y < 480 && top < 0; y++)
    if (is_probe (surface, x, y))
      top = y;
  /* The first whole row of the probe: below the top edge, and below the
   * half of the 1-pixel hairline that parts stacked segments. */
  g_assert_cmpfloat (fabs (top - (plot.y + plot.height * 0.2 + 0.5)), <=, 1.0);
  /* Just below the joint is the lower series, not the probe. */
  g_assert_false (is_probe (surface, x, (int) (plot.y + plot.height * 0.7) + 2));
  g_assert_true (is_probe (surface, x, (int) (plot.y + plot.height * 0.7) - 3));
  cairo_surface_destroy (surface);
}

static void
test_query (void)
{
  g_autoptr(GrChart) chart = probe_chart (GR_CHART_VERTICAL);
  cairo_surface_t *surface = draw_to_image (chart, 800, 600);
  g_autofree char *tooltip = NULL;
  cairo_rectangle_t plot;

  g_assert_true (gr_chart_get_plot_area (chart, &plot, NULL, NULL));
  /* Inside the third bar (value 100, half the plot high). */
  g_assert_true (gr_chart_query (chart, plot.x + plot.width * 2.5 / 3,
                                 plot.y + plot.height * 0.9, &tooltip));
  g_assert_nonnull (strstr (tooltip, "C"));
  g_assert_nonnull (strstr (tooltip, "100"));
  /* Above it, in empty plot space. */
  g_assert_false (gr_chart_query (chart, plot.x + plot.width * 2.5 / 3,
                                  plot.y + plot.height * 0.1, NULL));
  cairo_surface_destroy (surface);
}

static void
test_describe (void)
{
  g_autoptr(GrChart) chart = probe_chart (GR_CHART_VERTICAL);
  g_autofree char *text = NULL;

  gr_chart_set_source (chart, "Hand-made");
  gr_chart_add_reference (chart, 120, "The 120 mark");
  gr_chart_add_category (chart, "D\nsecond line");
  gr_chart_add_gap (chart, 3, 0, 10, "Short by 10");
  text = gr_chart_describe (chart);
  g_assert_nonnull (strstr (text, "Probe."));
  g_assert_nonnull (strstr (text, "A: Probe 25."));
  g_assert_nonnull (strstr (text, "C: Probe 100."));
  g_assert_nonnull (strstr (text, "The 120 mark."));
  /* A category with no value is not read out, but its gap is; a line
   * break in a label is read as a comma. */
  g_assert_null (strstr (text, "D, second line: Probe"));
  g_assert_nonnull (strstr (text, "D, second line: Short by 10."));
  g_assert_nonnull (strstr (text, "Source: Hand-made."));
}

/* No categories, or categories without a single value: the chart says so
 * in the picture and in words, and records no plot. */
static void
test_empty (void)
{
  g_autoptr(GrChart) bare = gr_chart_new ("Nothing");
  g_autoptr(GrChart) blank = gr_chart_new ("Blank");
  cairo_surface_t *surface;
  g_autofree char *text = NULL;

  gr_chart_set_empty_message (bare, "The scenario has no pledges.");
  g_assert_true (gr_chart_is_empty (bare));
  surface = draw_to_image (bare, 400, 300);
  g_assert_false (gr_chart_get_plot_area (bare, NULL, NULL, NULL));
  cairo_surface_destroy (surface);
  text = gr_chart_describe (bare);
  g_assert_nonnull (strstr (text, "No data to show"));
  g_assert_nonnull (strstr (text, "The scenario has no pledges."));

  gr_chart_add_category (blank, "2026");
  gr_chart_add_series (blank, GR_SERIES_BAR, "Nothing yet", 0);
  gr_chart_add_band (blank, 10, 15, "Band");
  g_assert_true (gr_chart_is_empty (blank));
  surface = draw_to_image (blank, 400, 300);
  cairo_surface_destroy (surface);

  /* A tiny surface must not upset the layout either. */
  surface = draw_to_image (blank, 3, 3);
  cairo_surface_destroy (surface);
}

/* The dark theme paints a dark background; larger type pushes the plot down. */
static void
test_style (void)
{
  g_autoptr(GrChart) chart = probe_chart (GR_CHART_VERTICAL);
  GrChartStyle style = { GR_CHART_THEME_DARK, 1.0 };
  cairo_surface_t *surface;
  cairo_rectangle_t normal, large;
  const guint8 *data;

  surface = draw_to_image (chart, 800, 600);
  g_assert_true (gr_chart_get_plot_area (chart, &normal, NULL, NULL));
  data = cairo_image_surface_get_data (surface);
  g_assert_cmpint (data[0], >, 200);   /* light: white-ish blue channel */
  cairo_surface_destroy (surface);

  gr_chart_set_style (chart, &style);
  surface = draw_to_image (chart, 800, 600);
  data = cairo_image_surface_get_data (surface);
  g_assert_cmpint (data[0], <, 60);
  cairo_surface_destroy (surface);

  style.text_scale = 1.6;
  gr_chart_set_style (chart, &style);
  surface = draw_to_image (chart, 800, 600);
  g_assert_true (gr_chart_get_plot_area (chart, &large, NULL, NULL));
  g_assert_cmpfloat (large.y, >, normal.y);
  g_assert_cmpfloat (large.x, >, normal.x);
  cairo_surface_destroy (surface);
}

/* Ink (a pixel darker than the light theme's axis lines: text) in the device
 * pixels of a box given in user units of @scale. */
static guint
ink_in_box (cairo_surface_t         *surface,
            const cairo_rectangle_t *box,
            double                   scale)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint ink = 0;

  for (int y = (int) (box->y * scale); y < (int) ((box->y + box->height) * scale); y++)
    for (int x = (int) (box->x * scale); x < (int) ((box->x + box->width) * scale); x++)
      ink += (*(const guint32 *) (data + (gsize) y * stride + x * 4) & 0xff) < 100;
  return ink;
}

/* Drawn enlarged (as an export at 1.5x is), text is laid out in device
 * pixels: the boxes the chart notes are still in user units, within a
 * pixel's rounding of the boxes drawn at scale 1, and the words are drawn
 * inside them. */
static void
test_scaled_text (void)
{
  g_autoptr(GrChart) chart = probe_chart (GR_CHART_VERTICAL);
  cairo_surface_t *plain = draw_to_image (chart, 800, 600);
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  cairo_surface_t *large = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 2000, 1500);
  cairo_t *cr = cairo_create (large);
  guint n;

  n = gr_chart_get_n_texts (chart);
  g_assert_cmpuint (n, >=, 5);
  for (guint i = 0; i < n; i++)
    {
      cairo_rectangle_t box;

      gr_chart_get_text (chart, i, &box);
      g_array_append_val (boxes, box);
    }
  cairo_scale (cr, 2.5, 2.5);
  gr_chart_draw (chart, cr, 800, 600);
  cairo_destroy (cr);
  cairo_surface_flush (large);

  g_assert_cmpuint (gr_chart_get_n_texts (chart), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const cairo_rectangle_t *before = &g_array_index (boxes, cairo_rectangle_t, i);
      cairo_rectangle_t box;
      const char *text = gr_chart_get_text (chart, i, &box);

      g_test_message ("“%s”: %.1f,%.1f %.1f×%.1f, at 2.5x %.1f,%.1f %.1f×%.1f", text,
                      before->x, before->y, before->width, before->height,
                      box.x, box.y, box.width, box.height);
      g_assert_cmpfloat (fabs (box.x - before->x), <=, 2);
      g_assert_cmpfloat (fabs (box.y - before->y), <=, 2);
      g_assert_cmpfloat (fabs (box.width - before->width), <=, 2);
      g_assert_cmpfloat (fabs (box.height - before->height), <=, 2);
      g_assert_cmpuint (ink_in_box (large, &box, 2.5), >, box.width * box.height / 4);
    }
  cairo_surface_destroy (large);
  cairo_surface_destroy (plain);
}

/* The box of the text @text drew last, or FALSE. */
static gboolean
find_text (GrChart           *chart,
           const char        *text,
           cairo_rectangle_t *box)
{
  gboolean found = FALSE;

  for (guint i = 0; i < gr_chart_get_n_texts (chart); i++)
    if (g_strcmp0 (gr_chart_get_text (chart, i, NULL), text) == 0)
      found = (gr_chart_get_text (chart, i, box), TRUE);
  return found;
}

/* The left and right ends of the dark pixels in @box. */
static void
ink_span (cairo_surface_t         *surface,
          const cairo_rectangle_t *box,
          int                     *left,
          int                     *right)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  *left = G_MAXINT;
  *right = -1;
  for (int y = (int) box->y; y < (int) (box->y + box->height); y++)
    for (int x = (int) box->x; x < (int) (box->x + box->width); x++)
      if ((*(const guint32 *) (data + (gsize) y * stride + x * 4) & 0xff) < 100)
        {
          *left = MIN (*left, x);
          *right = MAX (*right, x);
        }
}

/* Each kind of text is measured and drawn at its own size: on an image in
 * a font of that size, on a PDF page laid out at the body's size and
 * scaled (gr_chart_paint_init()).  The title's box is 1.55/0.95 the height
 * of a body label's (within a hinted pixel's rounding), and its letters
 * fill the box's width. */
static void
test_text_kinds (void)
{
  g_autoptr(GrChart) chart = gr_chart_new ("Heading");
  cairo_surface_t *targets[] = {
    cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 600),
    cairo_pdf_surface_create (NULL, 800, 600),
  };

  gr_chart_set_value_axis (chart, "Units", GR_CHART_UNIT_COUNT);
  gr_chart_set_value_range (chart, 0, 200);
  gr_chart_add_category (chart, "A");
  gr_chart_series_set_value (chart, gr_chart_add_series (chart, GR_SERIES_BAR, "Bars", 0), 0, 50);

  for (guint t = 0; t < G_N_ELEMENTS (targets); t++)
    {
      cairo_t *cr = cairo_create (targets[t]);
      cairo_rectangle_t title, body;
      int left, right;

      gr_chart_draw (chart, cr, 800, 600);
      cairo_destroy (cr);
      g_assert_true (find_text (chart, "Heading", &title));
      g_assert_true (find_text (chart, "Units", &body));
      g_test_message ("title %.2f×%.2f, body %.2f×%.2f", title.width, title.height, body.width,
                      body.height);
      g_assert_cmpfloat (fabs (title.height / body.height - 1.55 / 0.95), <, 0.12);
      if (t > 0)
        continue;
      cairo_surface_flush (targets[t]);
      ink_span (targets[t], &title, &left, &right);
      g_assert_cmpfloat (right + 1 - left, >, 0.85 * title.width);
    }
  for (guint t = 0; t < G_N_ELEMENTS (targets); t++)
    cairo_surface_destroy (targets[t]);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tick_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/render/chart/nice-scale/%u", i);

      g_test_add_data_func (path, &tick_cases[i], test_nice_scale);
    }
  g_test_add_func ("/render/chart/bar-heights", test_bar_heights);
  g_test_add_func ("/render/chart/bar-lengths-horizontal", test_bar_lengths_horizontal);
  g_test_add_func ("/render/chart/stacked", test_stacked);
  g_test_add_func ("/render/chart/query", test_query);
  g_test_add_func ("/render/chart/describe", test_describe);
  g_test_add_func ("/render/chart/empty", test_empty);
  g_test_add_func ("/render/chart/style", test_style);
  g_test_add_func ("/render/chart/scaled-text", test_scaled_text);
  g_test_add_func ("/render/chart/text-kinds", test_text_kinds);

  return g_test_run ();
}
