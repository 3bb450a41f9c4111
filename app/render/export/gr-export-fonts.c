/* gr-export-fonts.c — the font configuration of exports made without a window
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `guarantor --export` and `--briefing` draw with the fonts installed on
 * the system, under a fontconfig configuration of our own instead of the
 * desktop's (/etc/fonts and its sixty files):
 *
 * - the file does not depend on who exports it: no desktop or user
 *   setting (subpixel colour fringes, another hinting, another alias for
 *   "Sans") reaches a picture that is shown on other screens;
 * - reading the desktop's configuration took 5 ms of CPU, the most of any
 *   one step of a chart export, and every font the painters asked for was
 *   matched through its hundreds of rules.
 *
 * On a stock system the pictures are byte for byte those drawn under the
 * desktop's configuration.  FONTCONFIG_FILE or FONTCONFIG_PATH in the
 * environment asks for a configuration by name: fontconfig then reads it,
 * as it would for any program.  The window follows the desktop.
 */

#include "config.h"

#include "gr-export-fonts.h"

#include <fontconfig/fontconfig.h>

/* One family's rule: fontconfig tests one value at a time. */
#define UNHINTED_BELOW_8_PIXELS(family) \
  "  <match target=\"font\"><test name=\"family\"><string>" family "</string></test>\n" \
  "    <test name=\"pixelsize\" compare=\"less\"><double>7.5</double></test>\n" \
  "    <edit name=\"hinting\" mode=\"assign\"><bool>false</bool></edit></match>\n"

/* The font directories and caches are those of Debian's and fontconfig's
 * default configuration.  Fallback for what a family lacks goes to the
 * common sans-serif families, as the desktop's does; the painters' own
 * font options (hinting, metrics) still apply on top of these. */
static const char configuration[] =
  "<?xml version=\"1.0\"?>\n"
  "<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n"
  "<fontconfig>\n"
  "  <dir>/usr/share/fonts</dir>\n"
  "  <dir>/usr/local/share/fonts</dir>\n"
  "  <dir prefix=\"xdg\">fonts</dir>\n"
  "  <dir>~/.fonts</dir>\n"
  "  <cachedir>/var/cache/fontconfig</cachedir>\n"
  "  <cachedir prefix=\"xdg\">fontconfig</cachedir>\n"
  /* Cantarell's missing letters come from the sans-serif families below:
   * this rule must run before theirs. */
  "  <alias binding=\"same\"><family>Cantarell</family>\n"
  "    <default><family>sans-serif</family></default></alias>\n"
  "  <alias binding=\"same\"><family>sans</family>\n"
  "    <prefer><family>sans-serif</family></prefer></alias>\n"
  "  <alias binding=\"same\"><family>sans-serif</family>\n"
  "    <prefer><family>DejaVu Sans</family><family>Noto Sans</family>\n"
  "      <family>Liberation Sans</family><family>Cantarell</family></prefer></alias>\n"
  "  <alias binding=\"same\"><family>serif</family>\n"
  "    <prefer><family>DejaVu Serif</family><family>Noto Serif</family>\n"
  "      <family>Liberation Serif</family></prefer></alias>\n"
  "  <alias binding=\"same\"><family>monospace</family>\n"
  "    <prefer><family>DejaVu Sans Mono</family><family>Noto Sans Mono</family>\n"
  "      <family>Liberation Mono</family></prefer></alias>\n"
  /* Greyscale antialiasing and slight hinting, as Debian's defaults;
   * never subpixel (coloured) edges in a picture for any screen. */
  "  <match target=\"pattern\">\n"
  "    <edit name=\"antialias\" mode=\"assign\"><bool>true</bool></edit>\n"
  "    <edit name=\"hintstyle\" mode=\"append\"><const>hintslight</const></edit>\n"
  "    <edit name=\"lcdfilter\" mode=\"assign\"><const>lcddefault</const></edit>\n"
  "    <edit name=\"rgba\" mode=\"assign\"><const>none</const></edit>\n"
  "  </match>\n"
  /* DejaVu's and Vera's hinting spoils their letters below 8 pixels (the
   * fonts' own rule, which FreeType ignores). */
  UNHINTED_BELOW_8_PIXELS ("DejaVu Sans")
  UNHINTED_BELOW_8_PIXELS ("DejaVu Sans Mono")
  UNHINTED_BELOW_8_PIXELS ("DejaVu Serif")
  UNHINTED_BELOW_8_PIXELS ("Bitstream Vera Sans")
  /* Bitmap fonts blur or jag when scaled: never used. */
  "  <selectfont><rejectfont><pattern><patelt name=\"scalable\"><bool>false</bool></patelt>"
  "</pattern></rejectfont></selectfont>\n"
  /* A family without a bold or an italic face is drawn bold or slanted
   * rather than plain. */
  "  <match target=\"font\">\n"
  "    <test name=\"weight\" compare=\"less_eq\"><const>medium</const></test>\n"
  "    <test target=\"pattern\" name=\"weight\" compare=\"more_eq\"><const>bold</const></test>\n"
  "    <edit name=\"embolden\" mode=\"assign\"><bool>true</bool></edit>\n"
  "    <edit name=\"weight\" mode=\"assign\"><const>bold</const></edit>\n"
  "  </match>\n"
  "  <match target=\"font\">\n"
  "    <test name=\"slant\"><const>roman</const></test>\n"
  "    <test target=\"pattern\" name=\"slant\" compare=\"not_eq\"><const>roman</const></test>\n"
  "    <edit name=\"matrix\" mode=\"assign\"><times><name>matrix</name>\n"
  "      <matrix><double>1</double><double>0.2</double><double>0</double><double>1</double>"
  "</matrix></times></edit>\n"
  "    <edit name=\"slant\" mode=\"assign\"><const>oblique</const></edit>\n"
  "  </match>\n"
  "</fontconfig>\n";

/**
 * gr_export_fonts_use:
 *
 * Makes the export configuration fontconfig's current one, unless the
 * environment names a configuration.  Call it once, before anything in
 * the process uses fontconfig (pango's font maps start it).
 *
 * Returns: %TRUE if the export configuration is in use, %FALSE if
 *   fontconfig is left to its own (named, or the export one would not
 *   load: no font directory at all)
 */
gboolean
gr_export_fonts_use (void)
{
  FcConfig *config;
  FcFontSet *fonts;
  gboolean used;

  if (g_getenv ("FONTCONFIG_FILE") != NULL || g_getenv ("FONTCONFIG_PATH") != NULL)
    return FALSE;

  config = FcConfigCreate ();
  if (config == NULL)
    return FALSE;
  /* The fonts come from the caches fc-cache wrote, or from a scan of a
   * directory without one; FcConfigSetCurrent() takes its own reference. */
  used = FcConfigParseAndLoadFromMemory (config, (const FcChar8 *) configuration, FcTrue)
         && FcConfigBuildFonts (config);
  fonts = used ? FcConfigGetFonts (config, FcSetSystem) : NULL;
  used = fonts != NULL && fonts->nfont > 0 && FcConfigSetCurrent (config);
  FcConfigDestroy (config);
  return used;
}
