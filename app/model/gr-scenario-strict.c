/* gr-scenario-strict.c — every member of a scenario file must be known
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A misspelt member ("other_kill" for "other_kill_share") would otherwise
 * be ignored and silently change the result.  The reader records, per
 * JSON object, every member name it asked for (gr_reader_member()); after
 * reading, this walks the file and fails on the first member of such an
 * object that was never asked for, with its path and the nearest known
 * name.  Objects whose member names are data (the systems by id, the
 * weights by instrument) are never asked by name and are checked where
 * they are read.  A member whose name starts with "_" is a note and is
 * allowed anywhere.
 */

#include "config.h"

#include "gr-scenario-io.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gr-scenario-read-private.h"

void
gr_reader_asked (GrReader   *r,
                 JsonObject *obj,
                 const char *name)
{
  GHashTable *names;

  if (r->asked == NULL || obj == NULL)
    return;
  names = g_hash_table_lookup (r->asked, obj);
  if (names == NULL)
    {
      names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (r->asked, obj, names);
    }
  g_hash_table_add (names, g_strdup (name));
}

/* Levenshtein distance, bytes; the names are short ASCII. */
static guint
distance (const char *a,
          const char *b)
{
  gsize n = strlen (a), m = strlen (b);
  g_autofree guint *row = g_new (guint, m + 1);

  for (gsize j = 0; j <= m; j++)
    row[j] = j;
  for (gsize i = 1; i <= n; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (gsize j = 1; j <= m; j++)
        {
          guint up = row[j];

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] != b[j - 1]));
          diagonal = up;
        }
    }
  return row[m];
}

/* The known name nearest to @name, or NULL when none is near. */
static const char *
suggest (GHashTable *known,
         const char *name)
{
  GHashTableIter iter;
  gpointer key;
  const char *best = NULL;
  guint best_d = G_MAXUINT;

  g_hash_table_iter_init (&iter, known);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint d = distance (name, key);

      /* A truncated name is a near miss however long the rest. */
      if (g_str_has_prefix (key, name) || g_str_has_prefix (name, key))
        d = MIN (d, 1);
      if (d < best_d || (d == best_d && g_strcmp0 (key, best) < 0))
        {
          best = key;
          best_d = d;
        }
    }
  /* Near: a few edits, and fewer than the name has letters ("x" is not
   * a misspelt "id"). */
  return best != NULL && best_d <= MAX (2, strlen (name) / 3) && best_d < strlen (name)
         ? best : NULL;
}

static gboolean
check_node (GrReader *r,
            JsonNode *node)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          gsize mark = gr_scenario_path_enter_index (r->path, i);

          if (!check_node (r, json_array_get_element (array, i)))
            return FALSE;
          gr_scenario_path_leave (r->path, mark);
        }
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *obj = json_node_get_object (node);
      GHashTable *known = g_hash_table_lookup (r->asked, obj);
      g_autoptr(GList) names = json_object_get_members (obj);

      for (GList *l = names; l != NULL; l = l->next)
        {
          const char *name = l->data;
          gsize mark = gr_scenario_path_enter (r->path, name);

          if (known != NULL && name[0] != '_' && !g_hash_table_contains (known, name))
            {
              const char *near = suggest (known, name);

              if (near != NULL)
                return gr_scenario_path_fail (r->path, r->error, GR_SCENARIO_ERROR_INVALID,
                                              _("unknown member %s; did you mean %s?"),
                                              name, near);
              return gr_scenario_path_fail (r->path, r->error, GR_SCENARIO_ERROR_INVALID,
                                            _("unknown member %s"), name);
            }
          if (name[0] != '_' && !check_node (r, json_object_get_member (obj, name)))
            return FALSE;
          gr_scenario_path_leave (r->path, mark);
        }
    }
  return TRUE;
}

gboolean
gr_reader_check_unknown (GrReader *r,
                         JsonNode *root)
{
  gsize mark = r->path->len;

  if (r->asked == NULL)
    return TRUE;
  if (!check_node (r, root))
    return FALSE;
  gr_scenario_path_leave (r->path, mark);
  return TRUE;
}
