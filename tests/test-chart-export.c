/* test-chart-export.c — charts into PNG, PDF and SVG files, and the errors
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <locale.h>

#include "gr-chart.h"
#include "gr-export.h"
#include "tmp-dir.h"

static TmpDir *tmpdir;

static GrChart *
sample_chart (void)
{
  GrChart *chart = gr_chart_new ("Trained force");
  const double trained[] = { 120000, 150000, 180000 };
  guint s;

  gr_chart_set_subtitle (chart, "People trained abroad, end of each year");
  gr_chart_set_source (chart, "EUMAM; Interflex");
  gr_chart_set_value_axis (chart, "People", GR_CHART_UNIT_COUNT);
  gr_chart_add_category (chart, "2025");
  gr_chart_add_category (chart, "2026");
  gr_chart_add_category (chart, "2027");
  s = gr_chart_add_series (chart, GR_SERIES_BAR, "Trained", 0);
  gr_chart_series_set_values (chart, s, trained, 3);
  gr_chart_series_set_labelled (chart, s, TRUE);
  s = gr_chart_add_series (chart, GR_SERIES_LINE, "Trend", 1);
  gr_chart_series_set_values (chart, s, trained, 3);
  gr_chart_add_reference (chart, 120000, "The 120,000 mark");
  return chart;
}

static char *
export (GrChart    *chart,
        const char *name,
        int         width,
        int         height)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (tmpdir, name, NULL);

  g_assert_true (gr_export_draw_to_file (path, width, height, 1.5, gr_chart_draw_func,
                                         chart, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_png (void)
{
  g_autoptr(GrChart) chart = sample_chart ();
  const int sizes[][2] = { { 1920, 1080 }, { 1280, 720 }, { 333, 201 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *name = g_strdup_printf ("chart-%u.PNG", i);
      g_autofree char *path = export (chart, name, sizes[i][0], sizes[i][1]);
      cairo_surface_t *image = cairo_image_surface_create_from_png (path);

      g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (image), ==, sizes[i][0]);
      g_assert_cmpint (cairo_image_surface_get_height (image), ==, sizes[i][1]);
      cairo_surface_destroy (image);
    }
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH
                               | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  return out;
}

/* strstr for binary data: PDF streams hold NULs. */
static const char *
find_bytes (const char *haystack,
            const char *end,
            const char *needle)
{
  gsize n = strlen (needle);

  for (const char *p = haystack; p + n <= end; p++)
    if (memcmp (p, needle, n) == 0)
      return p;
  return NULL;
}

/* Inflates every Flate stream of the PDF, to look at the drawing operators. */
static GString *
pdf_content (const char *path)
{
  g_autofree char *data = NULL;
  GString *content = g_string_new (NULL);
  gsize length;
  const char *p;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  for (p = data; (p = find_bytes (p, data + length, "stream")) != NULL; p++)
    {
      const char *start = p + strlen ("stream");
      const char *end;
      g_autoptr(GConverter) inflate = NULL;
      g_autofree char *buffer = g_malloc (1 << 22);
      gsize read, written;

      if (p > data && p[-1] == 'd')    /* "endstream" */
        continue;
      if (*start == '\r')
        start++;
      if (*start == '\n')
        start++;
      end = find_bytes (start, data + length, "endstream");
      if (end == NULL)
        break;
      inflate = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB));
      if (g_converter_convert (inflate, start, end - start, buffer, 1 << 22,
                               G_CONVERTER_INPUT_AT_END, &read, &written, NULL)
          != G_CONVERTER_ERROR)
        {
          /* Font streams hold NULs; the page's operators are text. */
          for (gsize i = 0; i < written; i++)
            if (buffer[i] == '\0')
              buffer[i] = ' ';
          g_string_append_len (content, buffer, written);
        }
      p = end;
    }
  return content;
}

static void
test_pdf (void)
{
  g_autoptr(GrChart) chart = sample_chart ();
  g_autofree char *path = export (chart, "chart.pdf", 1200, 800);
  g_autoptr(GString) content = NULL;
  g_autoptr(GRegex) path_ops = NULL;
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdfinfo == NULL || pdftotext == NULL)
    {
      g_test_skip ("poppler-utils not installed");
      return;
    }

  {
    const char *info_argv[] = { "pdfinfo", path, NULL };
    g_autofree char *info = run (info_argv);

    g_assert_true (g_regex_match_simple ("^Pages:\\s+1$", info, G_REGEX_MULTILINE, 0));
    g_assert_true (g_regex_match_simple ("^Page size:\\s+1200 x 800 pts$", info,
                                         G_REGEX_MULTILINE, 0));
  }
  {
    /* The words are text, not pixels: title, legend, tick, reference, source. */
    const char *text_argv[] = { "pdftotext", path, "-", NULL };
    g_autofree char *text = run (text_argv);

    g_assert_nonnull (strstr (text, "Trained force"));
    g_assert_nonnull (strstr (text, "Trend"));
    g_assert_nonnull (strstr (text, "150,000"));
    g_assert_nonnull (strstr (text, "The 120,000 mark"));
    g_assert_nonnull (strstr (text, "Source: EUMAM; Interflex"));
  }

  /* Vector: rectangles ("re"), moves and lines ("m", "l") are in the page. */
  content = pdf_content (path);
  /* Raw: font programs in the content are not UTF-8. */
  path_ops = g_regex_new ("\\d re\\b", G_REGEX_RAW, 0, NULL);
  g_assert_true (g_regex_match (path_ops, content->str, 0, NULL));
  g_clear_pointer (&path_ops, g_regex_unref);
  path_ops = g_regex_new ("\\d m\\s[-\\d. ]+ l\\s", G_REGEX_RAW, 0, NULL);
  g_assert_true (g_regex_match (path_ops, content->str, 0, NULL));
}

/* A funding chart's worth of labels on a panel-sized chart: each year's
 * gap label, its need's value and its two bar totals all want the space
 * just above the need line.  Laid out 416 points wide, no two words the
 * PDF holds may overlap, and the gaps, ranked above the need, all stay;
 * on a full page every label has room. */
static GrChart *
crowded_chart (void)
{
  GrChart *chart = gr_chart_new ("Funding");
  const double allocated[] = { 81.5e9, 0, 0, 0, 0 };
  const double committed[] = { 108e9, 11.5e9, 9.1e9, 0, 0 };
  const double need[] = { 120e9, 110e9, 100e9, 95e9, 90e9 };
  guint s;

  gr_chart_set_value_axis (chart, "US$", GR_CHART_UNIT_USD);
  for (guint i = 0; i < G_N_ELEMENTS (need); i++)
    {
      g_autofree char *year = g_strdup_printf ("%u", 2026 + i);
      g_autofree char *gap = g_strdup_printf ("Gap $%.1fB", (need[i] - allocated[i]) / 1e9);

      gr_chart_add_category (chart, year);
      gr_chart_add_gap (chart, i, allocated[i], need[i], gap);
    }
  s = gr_chart_add_series (chart, GR_SERIES_BAR, "Allocated", 0);
  gr_chart_series_set_values (chart, s, allocated, G_N_ELEMENTS (allocated));
  gr_chart_series_set_labelled (chart, s, TRUE);
  s = gr_chart_add_series (chart, GR_SERIES_BAR, "Committed", 1);
  gr_chart_series_set_values (chart, s, committed, G_N_ELEMENTS (committed));
  gr_chart_series_set_labelled (chart, s, TRUE);
  s = gr_chart_add_series (chart, GR_SERIES_TARGET, "Need", 0);
  gr_chart_series_set_values (chart, s, need, G_N_ELEMENTS (need));
  gr_chart_series_set_labelled (chart, s, TRUE);
  return chart;
}

typedef struct
{
  double x0, y0, x1, y1;
} WordBox;

typedef struct
{
  GArray *boxes;               /* WordBox */
  GPtrArray *words;
  gboolean in_word;
} WordBoxes;

static void
word_start (GMarkupParseContext  *context,
            const char           *element_name,
            const char          **attribute_names,
            const char          **attribute_values,
            gpointer              user_data,
            GError              **error)
{
  WordBoxes *boxes = user_data;
  double box[4] = { 0 };
  const char *keys[] = { "xMin", "yMin", "xMax", "yMax" };
  WordBox word;

  if (strcmp (element_name, "word") != 0)
    return;
  for (guint i = 0; attribute_names[i] != NULL; i++)
    for (guint k = 0; k < 4; k++)
      if (strcmp (attribute_names[i], keys[k]) == 0)
        box[k] = g_ascii_strtod (attribute_values[i], NULL);
  word = (WordBox) { box[0], box[1], box[2], box[3] };
  g_array_append_val (boxes->boxes, word);
  boxes->in_word = TRUE;
}

static void
word_text (GMarkupParseContext  *context,
           const char           *text,
           gsize                 text_len,
           gpointer              user_data,
           GError              **error)
{
  WordBoxes *boxes = user_data;

  if (boxes->in_word)
    g_ptr_array_add (boxes->words, g_strndup (text, text_len));
  boxes->in_word = FALSE;
}

static guint
count_words (WordBoxes  *boxes,
             const char *prefix)
{
  guint n = 0;

  for (guint i = 0; i < boxes->words->len; i++)
    n += g_str_has_prefix (g_ptr_array_index (boxes->words, i), prefix);
  return n;
}

static void
read_word_boxes (const char *pdf,
                 WordBoxes  *boxes)
{
  const GMarkupParser parser = { word_start, NULL, word_text, NULL, NULL };
  const char *argv[] = { "pdftotext", "-bbox", pdf, "-", NULL };
  g_autofree char *html = run (argv);
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const char *body = strstr (html, "<body>");

  /* The head holds HTML the markup parser cannot read; the body is XML. */
  g_assert_nonnull (body);
  *strstr (html, "</html>") = '\0';
  context = g_markup_parse_context_new (&parser, 0, boxes, NULL);
  g_assert_true (g_markup_parse_context_parse (context, body, -1, &error));
  g_assert_no_error (error);
}

static void
test_crowded_labels (void)
{
  g_autoptr(GrChart) chart = crowded_chart ();
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const GrChartStyle compact = { GR_CHART_THEME_LIGHT, 0.9 };
  const int sizes[][2] = { { 416, 320 }, { 1600, 900 } };

  if (pdftotext == NULL)
    {
      g_test_skip ("poppler-utils not installed");
      return;
    }
  gr_chart_set_style (chart, &compact);
  for (guint size = 0; size < G_N_ELEMENTS (sizes); size++)
    {
      g_autofree char *name = g_strdup_printf ("crowded-%u.pdf", size);
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;
      WordBoxes boxes = { g_array_new (FALSE, FALSE, sizeof (WordBox)),
                          g_ptr_array_new_with_free_func (g_free) };

      path = g_build_filename (tmpdir, name, NULL);
      g_assert_true (gr_export_draw_to_file (path, sizes[size][0], sizes[size][1], 1.0,
                                             gr_chart_draw_func, chart, &error));
      g_assert_no_error (error);
      read_word_boxes (path, &boxes);

      /* Overlap by more than a point both ways: touching line boxes pass. */
      for (guint i = 0; i < boxes.boxes->len; i++)
        for (guint j = i + 1; j < boxes.boxes->len; j++)
          {
            const WordBox *a = &g_array_index (boxes.boxes, WordBox, i);
            const WordBox *b = &g_array_index (boxes.boxes, WordBox, j);
            double dx = MIN (a->x1, b->x1) - MAX (a->x0, b->x0);
            double dy = MIN (a->y1, b->y1) - MAX (a->y0, b->y0);

            if (dx > 1 && dy > 1)
              g_error ("at %d pt wide, “%s” overlaps “%s”", sizes[size][0],
                       (char *) g_ptr_array_index (boxes.words, i),
                       (char *) g_ptr_array_index (boxes.words, j));
          }
      g_assert_cmpuint (count_words (&boxes, "Gap"), ==, 5);
      /* On the full page the five needs are labelled as well ($120B …). */
      if (size == 1)
        g_assert_cmpuint (count_words (&boxes, "$1") + count_words (&boxes, "$9"), >=, 5 + 2);
      g_array_unref (boxes.boxes);
      g_ptr_array_unref (boxes.words);
    }
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element_name,
               const char          **attribute_names,
               const char          **attribute_values,
               gpointer              user_data,
               GError              **error)
{
  char **root = user_data;

  if (*root == NULL)
    *root = g_strdup (element_name);
}

static void
test_svg (void)
{
  g_autoptr(GrChart) chart = sample_chart ();
  g_autofree char *path = export (chart, "chart.svg", 960, 540);
  g_autofree char *data = NULL;
  g_autofree char *root = NULL;
  g_autoptr(GError) error = NULL;
  GMarkupParser parser = { .start_element = start_element };
  GMarkupParseContext *context;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  context = g_markup_parse_context_new (&parser, 0, &root, NULL);
  g_assert_true (g_markup_parse_context_parse (context, data, length, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_markup_parse_context_free (context);
  g_assert_cmpstr (root, ==, "svg");
  g_assert_nonnull (strstr (data, "width=\"960\""));
}

static void
test_unknown_extension (void)
{
  g_autoptr(GrChart) chart = sample_chart ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "chart.jpeg", NULL);

  g_assert_false (gr_export_draw_to_file (path, 100, 100, 1, gr_chart_draw_func, chart, &error));
  g_assert_error (error, GR_EXPORT_ERROR, GR_EXPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "chart.jpeg"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_unwritable (void)
{
  g_autoptr(GrChart) chart = sample_chart ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "no-such-dir", "chart.pdf", NULL);

  g_assert_false (gr_export_draw_to_file (path, 100, 100, 1, gr_chart_draw_func, chart, &error));
  g_assert_error (error, GR_EXPORT_ERROR, GR_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, path));
}

static void
test_bad_size (void)
{
  g_autoptr(GrChart) chart = sample_chart ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "chart.png", NULL);

  g_assert_false (gr_export_draw_to_file (path, 0, 100, 1, gr_chart_draw_func, chart, &error));
  g_assert_error (error, GR_EXPORT_ERROR, GR_EXPORT_ERROR_INVALID_SIZE);
}

static void
test_format_from_path (void)
{
  GrExportFormat format;

  g_assert_true (gr_export_format_from_path ("a/b.Pdf", &format));
  g_assert_cmpint (format, ==, GR_EXPORT_PDF);
  g_assert_true (gr_export_format_from_path ("x.svg", &format));
  g_assert_cmpint (format, ==, GR_EXPORT_SVG);
  g_assert_false (gr_export_format_from_path ("png", &format));
  g_assert_false (gr_export_format_from_path ("x.png.txt", &format));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  tmpdir = tmp_dir_new ("test-chart-export");

  g_test_add_func ("/render/export/png", test_png);
  g_test_add_func ("/render/export/pdf", test_pdf);
  g_test_add_func ("/render/export/svg", test_svg);
  g_test_add_func ("/render/export/crowded-labels", test_crowded_labels);
  g_test_add_func ("/render/export/unknown-extension", test_unknown_extension);
  g_test_add_func ("/render/export/unwritable", test_unwritable);
  g_test_add_func ("/render/export/bad-size", test_bad_size);
  g_test_add_func ("/render/export/format-from-path", test_format_from_path);

  status = g_test_run ();

  tmp_dir_free (tmpdir);
  return status;
}
