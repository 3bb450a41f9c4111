/* gr-metric-table.c — every numeric headline metric as (dotted path, value)
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-metric-table.h"

#include <math.h>
#include <string.h>

#include "gr-metrics-json.h"

/* The walk gr_metrics_collect_headlines() makes without the JSON. */
static void
walk (JsonNode  *node,
      GString   *path,
      GPtrArray *paths,
      GArray    *values)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        json_object_iter_init_ordered (&iter, json_node_get_object (node));
        while (json_object_iter_next_ordered (&iter, &name, &member))
          {
            gsize mark = path->len;

            if (path->len > 0)
              g_string_append_c (path, '.');
            g_string_append (path, name);
            walk (member, path, paths, values);
            g_string_truncate (path, mark);
          }
      }
      break;

    case JSON_NODE_VALUE:
      {
        GType type = json_node_get_value_type (node);
        double value;

        if (type == G_TYPE_DOUBLE)
          value = json_node_get_double (node);
        else if (type == G_TYPE_INT64)
          value = (double) json_node_get_int (node);
        else
          return;
        if (paths != NULL)
          g_ptr_array_add (paths, g_strdup (path->str));
        g_array_append_val (values, value);
      }
      break;

    case JSON_NODE_NULL:
      {
        double value = NAN;

        if (paths != NULL)
          g_ptr_array_add (paths, g_strdup (path->str));
        g_array_append_val (values, value);
      }
      break;

    case JSON_NODE_ARRAY:
    default:
      break;
    }
}

GrMetricTable *
gr_metric_table_new_from_json (JsonNode *root)
{
  g_autoptr(GString) path = g_string_new (NULL);
  GrMetricTable *self;

  g_return_val_if_fail (root != NULL, NULL);

  self = g_new0 (GrMetricTable, 1);
  self->paths = g_ptr_array_new_with_free_func (g_free);
  self->values = g_array_new (FALSE, FALSE, sizeof (double));
  walk (root, path, self->paths, self->values);
  return self;
}

GrMetricTable *
gr_metric_table_new (const GrMetrics *metrics,
                     GrModel         *model)
{
  return gr_metric_table_new_full (metrics, model, GR_METRIC_TABLE_HEADLINES);
}

GrMetricTable *
gr_metric_table_new_full (const GrMetrics    *metrics,
                          GrModel            *model,
                          GrMetricTableFlags  flags)
{
  GrMetricTable *self;

  g_return_val_if_fail (metrics != NULL, NULL);

  self = g_new0 (GrMetricTable, 1);
  self->paths = g_ptr_array_new_with_free_func (g_free);
  self->values = g_array_new (FALSE, FALSE, sizeof (double));
  gr_metrics_collect (metrics, model, (flags & GR_METRIC_TABLE_SERIES) != 0, self->paths,
                      self->values);
  return self;
}

void
gr_metric_table_collect (const GrMetrics *metrics,
                         GrModel         *model,
                         GArray          *values)
{
  gr_metric_table_collect_full (metrics, model, GR_METRIC_TABLE_HEADLINES, values);
}

void
gr_metric_table_collect_full (const GrMetrics    *metrics,
                              GrModel            *model,
                              GrMetricTableFlags  flags,
                              GArray             *values)
{
  g_return_if_fail (metrics != NULL);
  g_return_if_fail (values != NULL);

  gr_metrics_collect (metrics, model, (flags & GR_METRIC_TABLE_SERIES) != 0, NULL, values);
}

void
gr_metric_table_free (GrMetricTable *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->paths);
  g_array_unref (self->values);
  g_free (self);
}

guint
gr_metric_table_get_n (const GrMetricTable *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->paths->len;
}

const char *
gr_metric_table_get_path (const GrMetricTable *self,
                          guint                index)
{
  g_return_val_if_fail (self != NULL && index < self->paths->len, NULL);
  return g_ptr_array_index (self->paths, index);
}

double
gr_metric_table_get_value (const GrMetricTable *self,
                           guint                index)
{
  g_return_val_if_fail (self != NULL && index < self->values->len, NAN);
  return g_array_index (self->values, double, index);
}

int
gr_metric_table_find (const GrMetricTable *self,
                      const char          *path)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; path != NULL && i < self->paths->len; i++)
    if (g_str_equal (g_ptr_array_index (self->paths, i), path))
      return (int) i;
  return -1;
}

double
gr_metric_table_lookup (const GrMetricTable *self,
                        const char          *path)
{
  int i = gr_metric_table_find (self, path);

  return i >= 0 ? g_array_index (self->values, double, i) : NAN;
}

/* Whether table path @path lies under @group ("" is the top). */
static gboolean
in_group (const char *path,
          const char *group,
          gsize       len)
{
  return len == 0 || (strncmp (path, group, len) == 0 && path[len] == '.');
}

char *
gr_metric_table_suggest (const GrMetricTable *self,
                         const char          *path,
                         char               **group)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  gsize len = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (group != NULL, NULL);

  /* The longest prefix of @path, cut at a dot, that some metric lies under. */
  for (const char *dot = strchr (path, '.'); ; dot = strchr (dot + 1, '.'))
    {
      gsize cut = dot != NULL ? (gsize) (dot - path) : strlen (path);
      gboolean found = FALSE;

      for (guint i = 0; !found && i < self->paths->len; i++)
        found = in_group (g_ptr_array_index (self->paths, i), path, cut);
      if (!found)
        break;
      len = cut;
      if (dot == NULL)
        break;
    }

  for (guint i = 0; i < self->paths->len; i++)
    {
      const char *p = g_ptr_array_index (self->paths, i);
      const char *name, *end;
      char *next;

      /* only then is p at least len + 1 bytes long */
      if (!in_group (p, path, len))
        continue;
      name = len > 0 ? p + len + 1 : p;
      end = strchr (name, '.');
      next = g_strndup (name, end != NULL ? (gsize) (end - name) : strlen (name));
      if (!g_hash_table_add (seen, next))
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, next);
    }
  *group = g_strndup (path, len);
  return g_string_free (g_steal_pointer (&names), FALSE);
}
