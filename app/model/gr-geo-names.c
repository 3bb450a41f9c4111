/* gr-geo-names.c — which name of a map feature or scenario item the user reads
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-geo-names.h"

#include <string.h>

/* "uk", "uk_UA", "uk_UA.UTF-8", "uk@…" but not "ukx". */
static gboolean
is_language (const char *locale,
             const char *language)
{
  size_t n = strlen (language);

  return strncmp (locale, language, n) == 0 &&
         (locale[n] == '\0' || locale[n] == '_' || locale[n] == '.' || locale[n] == '@');
}

gboolean
gr_geo_names_ukrainian (void)
{
  const char * const *languages = g_get_language_names ();

  for (guint i = 0; languages[i] != NULL; i++)
    {
      if (is_language (languages[i], "uk"))
        return TRUE;
      if (is_language (languages[i], "en") || g_str_equal (languages[i], "C"))
        return FALSE;
    }
  return FALSE;
}

const char *
gr_local_name (const char *name,
               const char *name_uk)
{
  if (name_uk != NULL && *name_uk != '\0' && gr_geo_names_ukrainian ())
    return name_uk;
  return name;
}

const char *
gr_item_name (const char *name,
              const char *name_uk,
              const char *fallback)
{
  const char *local = gr_local_name (name, name_uk);

  return local != NULL && *local != '\0' ? local : fallback;
}

const char *
gr_geo_feature_local_name (const GrGeoFeature *feature,
                           gboolean            ukrainian)
{
  g_return_val_if_fail (feature != NULL, NULL);

  if (ukrainian && feature->name_uk != NULL && *feature->name_uk != '\0')
    return feature->name_uk;
  return feature->name;
}
