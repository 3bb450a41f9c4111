/* gr-overlay-force.c — the stabilisation force's deployments, de-cluttered
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Symbols keep their screen size, so at small zooms deployments a few tens
 * of km apart would overlap.  The layout groups them deterministically
 * (largest first, ties by id): a group of two or three is fanned out into a
 * column beside its members' centroid with leader lines to the true places;
 * a larger group becomes one stacked symbol with the summed troops.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gr-overlay-private.h"

#define MAX_FANNED 3

typedef struct
{
  guint index;
  double troops;
  const char *id;
  double x, y;
} Item;

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *ia = a, *ib = b;

  if (ia->troops != ib->troops)
    return ia->troops > ib->troops ? -1 : 1;
  return g_strcmp0 (ia->id, ib->id) != 0 ? g_strcmp0 (ia->id, ib->id)
                                          : (int) ia->index - (int) ib->index;
}

static void
clear_symbol (gpointer data)
{
  GrForceSymbol *sym = data;

  g_clear_pointer (&sym->members, g_free);
}

/* Two symbols (with their text) collide when their boxes overlap. */
static gboolean
collide (double x0, double y0, double x1, double y1, double hw, double hh)
{
  return fabs (x0 - x1) < 2.0 * hw * 1.15 && fabs (y0 - y1) < 2.0 * hh * 1.7;
}

GArray *
gr_overlay_force_layout (const GrMapView      *view,
                         const GrScenario     *s,
                         const GrOverlayStyle *style)
{
  const GArray *deployments = s->force.deployments;
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  GArray *symbols = g_array_new (FALSE, TRUE, sizeof (GrForceSymbol));
  double k, hw, hh;

  g_array_set_clear_func (symbols, clear_symbol);
  style = gr_overlay_style_or_default (style);
  k = gr_overlay_symbol_scale (view, style);
  gr_overlay_force_frame_size (k, &hw, &hh);

  for (guint i = 0; deployments != NULL && i < deployments->len; i++)
    {
      const GrDeployment *d = &g_array_index (deployments, GrDeployment, i);
      Item it = { .index = i, .troops = d->troops, .id = d->id };

      gr_map_view_to_device (view, d->position.lon, d->position.lat, &it.x, &it.y);
      g_array_append_val (items, it);
    }
  g_array_sort (items, compare_items);

  /* Greedy grouping: each deployment joins the first group whose leader
   * (its largest member) it would overlap. */
  for (guint i = 0; i < items->len; i++)
    {
      const Item *it = &g_array_index (items, Item, i);
      GArray *group = NULL;

      for (guint g = 0; g < groups->len && group == NULL; g++)
        {
          GArray *candidate = g_ptr_array_index (groups, g);
          const Item *leader = &g_array_index (candidate, Item, 0);

          if (collide (it->x, it->y, leader->x, leader->y, hw, hh))
            group = candidate;
        }
      if (group == NULL)
        {
          group = g_array_new (FALSE, FALSE, sizeof (Item));
          g_ptr_array_add (groups, group);
        }
      g_array_append_val (group, *it);
    }

  for (guint g = 0; g < groups->len; g++)
    {
      GArray *group = g_ptr_array_index (groups, g);
      const Item *leader = &g_array_index (group, Item, 0);

      if (group->len == 1 || group->len > MAX_FANNED)
        {
          GrForceSymbol sym = {
            .x = leader->x, .y = leader->y, .ax = leader->x, .ay = leader->y,
            .first = leader->index, .n_members = group->len,
            .members = g_new (guint, group->len),
          };

          for (guint i = 0; i < group->len; i++)
            {
              sym.members[i] = g_array_index (group, Item, i).index;
              sym.troops += g_array_index (group, Item, i).troops;
            }
          g_array_append_val (symbols, sym);
          continue;
        }

      /* Fan out a small group: a column, ordered north to south like the
       * places it stands for, centred on the group's centroid and pushed
       * east so the leader lines stay short and readable. */
      {
        double cx = 0, cy = 0, row = 2.0 * hh * 1.75;
        g_autoptr(GArray) by_north = g_array_copy (group);

        for (guint i = 0; i < group->len; i++)
          {
            cx += g_array_index (group, Item, i).x / group->len;
            cy += g_array_index (group, Item, i).y / group->len;
          }
        for (guint i = 1; i < by_north->len; i++)
          for (guint j = i; j > 0 &&
               g_array_index (by_north, Item, j).y < g_array_index (by_north, Item, j - 1).y; j--)
            {
              Item tmp = g_array_index (by_north, Item, j);
              g_array_index (by_north, Item, j) = g_array_index (by_north, Item, j - 1);
              g_array_index (by_north, Item, j - 1) = tmp;
            }
        for (guint i = 0; i < by_north->len; i++)
          {
            const Item *it = &g_array_index (by_north, Item, i);
            GrForceSymbol sym = {
              .x = cx + 2.2 * hw,
              .y = cy + (i - (by_north->len - 1) / 2.0) * row,
              .ax = it->x, .ay = it->y,
              .first = it->index, .n_members = 1,
              .members = g_new (guint, 1),
              .troops = it->troops,
            };

            sym.members[0] = it->index;
            g_array_append_val (symbols, sym);
          }
      }
    }
  return symbols;
}

static char *
group_nations (const GrScenario    *s,
               const GrForceSymbol *sym)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < sym->n_members; i++)
    {
      const GrDeployment *d = &g_array_index (s->force.deployments, GrDeployment,
                                              sym->members[i]);
      gboolean dup = FALSE;

      for (guint j = 0; j < seen->len && !dup; j++)
        dup = g_strcmp0 (g_ptr_array_index (seen, j), d->nation) == 0;
      if (!dup && d->nation != NULL)
        g_ptr_array_add (seen, d->nation);
    }
  for (guint j = 0; j < seen->len && j < 3; j++)
    {
      if (j > 0)
        g_string_append (text, "·");
      g_string_append (text, g_ptr_array_index (seen, j));
    }
  if (seen->len > 3)
    g_string_append_printf (text, "+%u", seen->len - 3);
  return g_string_free (text, FALSE);
}

void
gr_overlay_force_draw (cairo_t              *cr,
                       const GrMapView      *view,
                       const GrScenario     *s,
                       const GrMetrics      *m,
                       const GrOverlayStyle *style)
{
  g_autoptr(GArray) symbols = NULL;
  double k, hw, hh;

  g_return_if_fail (cr != NULL && view != NULL && s != NULL);

  if (s->force.deployments == NULL || s->force.deployments->len == 0)
    return;

  style = gr_overlay_style_or_default (style);
  k = gr_overlay_symbol_scale (view, style);
  gr_overlay_force_frame_size (k, &hw, &hh);
  symbols = gr_overlay_force_layout (view, s, style);

  /* Leader lines and true-position dots first, under every symbol. */
  cairo_save (cr);
  for (guint i = 0; i < symbols->len; i++)
    {
      const GrForceSymbol *sym = &g_array_index (symbols, GrForceSymbol, i);

      if (sym->x == sym->ax && sym->y == sym->ay)
        continue;
      cairo_move_to (cr, sym->ax, sym->ay);
      cairo_line_to (cr, sym->x - hw, sym->y);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_HALO, 0.9);
      cairo_set_line_width (cr, 3.0 * k);
      cairo_stroke_preserve (cr);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_INK, 0.9);
      cairo_set_line_width (cr, 1.0 * k);
      cairo_stroke (cr);
      cairo_arc (cr, sym->ax, sym->ay, 2.5 * k, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  cairo_restore (cr);

  for (guint i = 0; i < symbols->len; i++)
    {
      const GrForceSymbol *sym = &g_array_index (symbols, GrForceSymbol, i);
      const GrDeployment *d = &g_array_index (s->force.deployments, GrDeployment, sym->first);
      g_autofree char *nations = group_nations (s, sym);
      gboolean selected = FALSE;

      if (sym->x < -4 * hw || sym->y < -4 * hh ||
          sym->x > view->width + 4 * hw || sym->y > view->height + 4 * hh)
        continue;
      for (guint j = 0; j < sym->n_members && !selected; j++)
        selected = gr_overlay_is_selected (style, GR_OVERLAY_ITEM_DEPLOYMENT, sym->members[j]);

      gr_overlay_draw_unit (cr, sym->x, sym->y, k, d->role, sym->troops, nations,
                            sym->n_members, selected);
      if (style->show_labels && sym->n_members == 1 && view->zoom >= 6.5 && d->name != NULL)
        gr_overlay_text (cr, d->name, sym->x, sym->y + hh + 2 * k, 0.5, 0, 10 * k, FALSE,
                         GR_OVERLAY_RGB_INK);
    }
}
