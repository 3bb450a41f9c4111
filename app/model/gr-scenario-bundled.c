/* gr-scenario-bundled.c — the scenarios that ship inside the program
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files of data/scenarios/ are compiled into gr-model as a GResource, so the
 * app, the command line and the tests find them without an install.
 */

#include "config.h"

#include "gr-scenario-io.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gr-scenario-resources.h"

#define SCENARIO_RESOURCE_DIR "/io/github/guarantor/Guarantor/scenarios/"

static GResource *
scenario_resource (void)
{
  static gsize registered = 0;

  /* Registered by hand: the resource lives in a static library, where a
   * constructor would be dropped by the linker. */
  if (g_once_init_enter (&registered))
    {
      gr_scenarios_register_resource ();
      g_once_init_leave (&registered, 1);
    }
  return gr_scenarios_get_resource ();
}

/**
 * gr_scenario_load_bundled:
 * @name: "baseline", "observed-2025" or "reinforced"
 *
 * Loads a bundled scenario through the same checks as any file.
 */
GrScenario *
gr_scenario_load_bundled (const char  *name,
                          GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *display_name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size = 0;
  const char *data;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = g_strconcat (name, ".json", NULL);
  if (strchr (name, '/') == NULL)
    {
      path = g_strconcat (SCENARIO_RESOURCE_DIR, display_name, NULL);
      bytes = g_resource_lookup_data (scenario_resource (), path,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
    }
  if (bytes == NULL)
    {
      g_set_error (error, GR_SCENARIO_ERROR, GR_SCENARIO_ERROR_IO,
                   _("There is no bundled scenario named “%s”"), name);
      return NULL;
    }
  data = g_bytes_get_data (bytes, &size);
  return gr_scenario_load_data (data, (gssize) size, display_name, error);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * gr_scenario_list_bundled:
 *
 * Returns: (transfer full): the names of the bundled scenarios, sorted, for
 *   gr_scenario_load_bundled().
 */
char **
gr_scenario_list_bundled (void)
{
  g_auto(GStrv) children = g_resource_enumerate_children (scenario_resource (),
                                                          SCENARIO_RESOURCE_DIR,
                                                          G_RESOURCE_LOOKUP_FLAGS_NONE,
                                                          NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    if (g_str_has_suffix (children[i], ".json"))
      g_ptr_array_add (names, g_strndup (children[i], strlen (children[i]) - strlen (".json")));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}
