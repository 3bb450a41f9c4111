/* test-cli-export.c — `guarantor --export CHART` run as a user runs it
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Spawns the built binary (GR_GUARANTOR, set by meson) with no display:
 * chart export is a headless job on the bundled baseline scenario.
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cli-run.h"
#include "tmp-dir.h"

static TmpDir *tmpdir;

static void
test_list (void)
{
  g_auto(Run) run = { 0 };
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run_guarantor (&run, "--export", "list", NULL), ==, 0);
  lines = g_strsplit (g_strstrip (run.out), "\n", -1);
  /* the map, the eight dashboard charts, the tornado and the attribution */
  g_assert_cmpuint (g_strv_length (lines), ==, 11);
  g_assert_true (g_strv_contains ((const char * const *) lines, "map"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "funding"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "index"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "tornado"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "attribution"));
}

/* The default size is 1920×1080; --size changes it. */
static void
test_png (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "funding.png", NULL);
  g_auto(Run) run = { 0 };
  g_auto(Run) run2 = { 0 };
  cairo_surface_t *image;

  g_assert_cmpint (run_guarantor (&run, "--export", "funding", "--output", path, NULL), ==, 0);
  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1920);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 1080);
  cairo_surface_destroy (image);

  g_assert_cmpint (run_guarantor (&run2, "--export", "index", "--output", path,
                                  "--size", "1280x720", NULL), ==, 0);
  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1280);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 720);
  cairo_surface_destroy (image);
  g_unlink (path);
}

static void
test_pdf_svg (void)
{
  const char *names[] = { "air-defense.pdf", "air-defense.svg" };
  const char *magic[] = { "%PDF-", "<?xml" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (tmpdir, names[i], NULL);
      g_autofree char *data = NULL;
      g_auto(Run) run = { 0 };

      g_assert_cmpint (run_guarantor (&run, "--export", "air-defense", "--output", path, NULL),
                       ==, 0);
      g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
      g_assert_true (g_str_has_prefix (data, magic[i]));
      g_unlink (path);
    }
}

/* Bad input exits with 2 and a message that names what is wrong. */
static void
test_bad_input (void)
{
  g_autofree char *jpeg = g_build_filename (tmpdir, "chart.jpeg", NULL);
  g_autofree char *png = g_build_filename (tmpdir, "chart.png", NULL);
  g_auto(Run) a = { 0 };
  g_auto(Run) b = { 0 };
  g_auto(Run) c = { 0 };
  g_auto(Run) d = { 0 };
  g_auto(Run) e = { 0 };

  g_assert_cmpint (run_guarantor (&a, "--export", "funding", "--output", jpeg, NULL), ==, 2);
  g_assert_nonnull (strstr (a.err, "chart.jpeg"));
  g_assert_cmpint (run_guarantor (&b, "--export", "funding", NULL), ==, 2);
  g_assert_nonnull (strstr (b.err, "--output"));
  g_assert_cmpint (run_guarantor (&c, "--export", "funding", "--output", png,
                                  "--size", "wide", NULL), ==, 2);
  g_assert_nonnull (strstr (c.err, "wide"));
  g_assert_cmpint (run_guarantor (&d, "--export", "funding", "--output", png,
                                  "--scenario", "/nonexistent/scenario.json", NULL), ==, 2);
  g_assert_nonnull (strstr (d.err, "scenario.json"));
  g_assert_cmpint (run_guarantor (&e, "--export", "pie", "--output", png, NULL), ==, 2);
  g_assert_nonnull (strstr (e.err, "--export list"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
}

/* The readiness chart exported with up to six more arguments (NULL ends
 * them), as bytes. */
static char *
export_bytes (const char *name,
              gsize      *length,
              const char *a1,
              const char *a2,
              const char *a3,
              const char *a4,
              const char *a5,
              const char *a6)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;
  char *bytes = NULL;

  g_assert_cmpint (run_guarantor (&run, "--export", "readiness", "--size", "640x360",
                                  "--output", path, a1, a2, a3, a4, a5, a6, NULL), ==, 0);
  g_file_get_contents (path, &bytes, length, &error);
  g_assert_no_error (error);
  g_unlink (path);
  return bytes;
}

/* --samples draws the Monte Carlo's ranges on a chart: the same file for
 * the same seed, another without; --samples 0 draws none; the map has
 * none to draw. */
static void
test_ranges (void)
{
  gsize n_plain, n_none, n_a, n_b;
  g_autofree char *plain = export_bytes ("plain.png", &n_plain, NULL, NULL, NULL, NULL, NULL,
                                         NULL);
  g_autofree char *none = export_bytes ("none.png", &n_none, "--samples", "0", NULL, NULL, NULL,
                                        NULL);
  g_autofree char *a = export_bytes ("a.png", &n_a, "--samples", "50", "--seed", "3", NULL, NULL);
  g_autofree char *b = export_bytes ("b.png", &n_b, "--samples", "50", "--seed", "3",
                                     "--threads", "1");
  g_autofree char *png = g_build_filename (tmpdir, "map.png", NULL);
  g_auto(Run) run = { 0 };

  g_assert_true (n_plain == n_none && memcmp (plain, none, n_plain) == 0);
  g_assert_true (n_a == n_b && memcmp (a, b, n_a) == 0);
  g_assert_false (n_a == n_plain && memcmp (a, plain, n_a) == 0);

  g_assert_cmpint (run_guarantor (&run, "--export", "map", "--samples", "5", "--output", png,
                                  NULL), ==, 2);
  g_assert_nonnull (strstr (run.err, "--samples"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
}

/* A folder that does not exist: the export fails (1) and names the file. */
static void
test_unwritable (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "missing", "chart.pdf", NULL);
  g_auto(Run) run = { 0 };

  g_assert_cmpint (run_guarantor (&run, "--export", "funding", "--output", path, NULL), ==, 2);
  g_assert_nonnull (strstr (run.err, path));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  tmpdir = tmp_dir_new ("test-cli-export");

  g_test_add_func ("/render/cli-export/list", test_list);
  g_test_add_func ("/render/cli-export/png", test_png);
  g_test_add_func ("/render/cli-export/pdf-svg", test_pdf_svg);
  g_test_add_func ("/render/cli-export/bad-input", test_bad_input);
  g_test_add_func ("/render/cli-export/ranges", test_ranges);
  g_test_add_func ("/render/cli-export/unwritable", test_unwritable);

  status = g_test_run ();
  tmp_dir_free (tmpdir);
  return status;
}
