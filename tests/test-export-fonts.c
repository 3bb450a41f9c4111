/* test-export-fonts.c — the font configuration of exports made without a window
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fontconfig's current configuration belongs to the process, and
 * fontconfig reads its environment once: each case runs in a subprocess
 * of its own.  The fonts are those the set-up script installs
 * (fonts-cantarell, fonts-dejavu-core).
 */

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "gr-export-fonts.h"
#include "tmp-dir.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FcPattern, FcPatternDestroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FcFontSet, FcFontSetDestroy)

/* The export configuration, whatever the environment named. */
static void
use_export_fonts (void)
{
  g_unsetenv ("FONTCONFIG_FILE");
  g_unsetenv ("FONTCONFIG_PATH");
  g_assert_true (gr_export_fonts_use ());
}

/* @request as fontconfig completes it for matching (FcFontMatch()'s first
 * steps). */
static FcPattern *
substituted (const char *request)
{
  FcPattern *pattern = FcNameParse ((const FcChar8 *) request);

  g_assert_nonnull (pattern);
  g_assert_true (FcConfigSubstitute (NULL, pattern, FcMatchPattern));
  FcDefaultSubstitute (pattern);
  return pattern;
}

/* The font fontconfig picks for @request, with its edits applied. */
static FcPattern *
match (const char *request)
{
  g_autoptr(FcPattern) pattern = substituted (request);
  FcResult result;
  FcPattern *font = FcFontMatch (NULL, pattern, &result);

  g_assert_nonnull (font);
  return font;
}

static char *
string_of (FcPattern  *pattern,
           const char *object)
{
  FcChar8 *value = NULL;

  g_assert_cmpint (FcPatternGetString (pattern, object, 0, &value), ==, FcResultMatch);
  return g_strdup ((const char *) value);
}

static int
int_of (FcPattern  *pattern,
        const char *object)
{
  int value = -1;

  g_assert_cmpint (FcPatternGetInteger (pattern, object, 0, &value), ==, FcResultMatch);
  return value;
}

/* Whether @object is there and true (an edit's flag is absent otherwise;
 * FcDefaultSubstitute() sets the rendering ones). */
static gboolean
flag_of (FcPattern  *pattern,
         const char *object)
{
  FcBool value = FcFalse;

  return FcPatternGetBool (pattern, object, 0, &value) == FcResultMatch && value;
}

static void
test_families_in_use (void)
{
  g_autoptr(FcPattern) bold = NULL;
  g_autoptr(FcPattern) sans = NULL;
  g_autofree char *bold_family = NULL;
  g_autofree char *bold_file = NULL;
  g_autofree char *sans_family = NULL;

  use_export_fonts ();

  /* The painters' family, in its own bold face. */
  bold = match ("Cantarell:weight=bold");
  bold_family = string_of (bold, FC_FAMILY);
  bold_file = string_of (bold, FC_FILE);
  g_assert_cmpstr (bold_family, ==, "Cantarell");
  g_assert_true (g_str_has_suffix (bold_file, "Cantarell-Bold.otf"));
  /* not the regular face emboldened */
  g_assert_false (flag_of (bold, FC_EMBOLDEN));

  /* The generic name the map's symbols ask for. */
  sans = match ("Sans");
  sans_family = string_of (sans, FC_FAMILY);
  g_assert_cmpstr (sans_family, ==, "DejaVu Sans");
}

static void
test_rendering (void)
{
  g_autoptr(FcPattern) request = NULL;
  g_autoptr(FcPattern) tiny = NULL;
  g_autoptr(FcPattern) body = NULL;

  use_export_fonts ();

  /* Greyscale, slightly hinted: never coloured subpixel edges. */
  request = substituted ("Cantarell:pixelsize=20");
  g_assert_true (flag_of (request, FC_ANTIALIAS));
  g_assert_cmpint (int_of (request, FC_HINT_STYLE), ==, FC_HINT_SLIGHT);
  g_assert_cmpint (int_of (request, FC_RGBA), ==, FC_RGBA_NONE);

  /* DejaVu goes unhinted below 8 pixels, as its own rule asks. */
  tiny = match ("DejaVu Sans:pixelsize=6");
  body = match ("DejaVu Sans:pixelsize=12");
  g_assert_false (flag_of (tiny, FC_HINTING));
  g_assert_true (flag_of (body, FC_HINTING));
}

/* The family of the first font in @sorted that is not Cantarell and, if
 * @letter is not 0, has @letter. */
static char *
first_fallback (FcFontSet *sorted,
                gunichar   letter)
{
  for (int i = 0; i < sorted->nfont; i++)
    {
      g_autofree char *family = string_of (sorted->fonts[i], FC_FAMILY);
      FcCharSet *charset = NULL;

      if (g_str_equal (family, "Cantarell"))
        continue;
      if (letter == 0
          || (FcPatternGetCharSet (sorted->fonts[i], FC_CHARSET, 0, &charset) == FcResultMatch
              && FcCharSetHasChar (charset, letter)))
        return g_steal_pointer (&family);
    }
  return NULL;
}

/* What Cantarell lacks comes from the sans-serif family: next after
 * Cantarell, and first among the fonts that have it (Arabic here). */
static void
test_fallback (void)
{
  g_autoptr(FcPattern) request = NULL;
  g_autoptr(FcFontSet) sorted = NULL;
  g_autofree char *next = NULL;
  g_autofree char *arabic = NULL;
  FcResult result;

  use_export_fonts ();

  request = substituted ("Cantarell");
  sorted = FcFontSort (NULL, request, FcFalse, NULL, &result);
  g_assert_nonnull (sorted);
  next = first_fallback (sorted, 0);
  arabic = first_fallback (sorted, 0x0627 /* ARABIC LETTER ALEF */);
  g_assert_cmpstr (next, ==, "DejaVu Sans");
  g_assert_cmpstr (arabic, ==, "DejaVu Sans");
}

/* A configuration named in the environment is the user's choice: it is
 * the one fontconfig loads. */
static void
test_named_configuration_kept (void)
{
  g_autoptr(TmpDir) dir = tmp_dir_new ("test-export-fonts");
  g_autofree char *path = g_build_filename (dir, "only-dejavu.conf", NULL);
  g_autoptr(FcPattern) font = NULL;
  g_autofree char *family = NULL;
  const char *only_dejavu = "<?xml version=\"1.0\"?>\n"
                            "<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir>"
                            "<cachedir>/var/cache/fontconfig</cachedir></fontconfig>\n";

  g_assert_true (g_file_set_contents (path, only_dejavu, -1, NULL));
  g_setenv ("FONTCONFIG_FILE", path, TRUE);
  g_assert_false (gr_export_fonts_use ());

  /* No Cantarell in that configuration. */
  font = match ("Cantarell");
  family = string_of (font, FC_FAMILY);
  g_assert_true (g_str_has_prefix (family, "DejaVu"));
}

/* Runs the case @data names in a process of its own. */
static void
in_subprocess (gconstpointer data)
{
  g_test_trap_subprocess (data, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  static const struct { const char *path; GTestFunc run; } cases[] = {
    { "/export-fonts/families", test_families_in_use },
    { "/export-fonts/rendering", test_rendering },
    { "/export-fonts/fallback", test_fallback },
    { "/export-fonts/named-configuration", test_named_configuration_kept },
  };

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *subprocess = g_strconcat (cases[i].path, "/subprocess", NULL);

      g_test_add_func (subprocess, cases[i].run);
      g_test_add_data_func (cases[i].path, g_intern_string (subprocess), in_subprocess);
    }
  return g_test_run ();
}
