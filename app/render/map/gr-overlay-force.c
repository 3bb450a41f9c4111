/* gr-overlay-force.c — the stabilisation force's deployments, de-cluttered
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Symbols keep their screen size, so at small zooms deployments a few tens
 * of km apart would overlap each other and the batteries and ports of the
 * other layers.  The layout is deterministic (largest deployment first,
 * ties by id): more than MAX_SPREAD deployments within one symbol's
 * footprint become one stacked symbol with the summed troops; every other
 * symbol takes the first free place on rings around its true position
 * (that position itself first), with a leader line when it moved.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gr-geo-names.h"
#include "gr-overlay-private.h"

#define MAX_SPREAD 3

typedef struct
{
  guint index;
  double troops;
  const char *id;
  double x, y;
} Item;

typedef struct
{
  double x0, y0, x1, y1;
} Box;

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

/* What a unit symbol covers: the frame, the echelon above, the nation code
 * on the left and the troop count on the right. */
static Box
footprint (double x,
           double y,
           double k,
           double hw,
           double hh)
{
  return (Box) { x - hw - 22 * k, y - hh - 11 * k, x + hw + 40 * k, y + hh + 3 * k };
}

void
gr_overlay_force_footprint (double             x,
                            double             y,
                            double             k,
                            cairo_rectangle_t *box)
{
  double hw, hh;
  Box b;

  gr_overlay_force_frame_size (k, &hw, &hh);
  b = footprint (x, y, k, hw, hh);
  *box = (cairo_rectangle_t) { b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0 };
}

static gboolean
boxes_overlap (const Box *a,
               const Box *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static gboolean
box_is_free (const Box *box,
             GArray    *taken)
{
  for (guint i = 0; i < taken->len; i++)
    if (boxes_overlap (box, &g_array_index (taken, Box, i)))
      return FALSE;
  return TRUE;
}

static gboolean
segment_meets (const GrOverlaySegment *seg,
               const Box              *box)
{
  cairo_rectangle_t r = { box->x0, box->y0, box->x1 - box->x0, box->y1 - box->y0 };

  return gr_overlay_segment_meets_box (seg, &r);
}

/* Whether two boxes lie within two pixels of each other (squared, as
 * thousands of batteries make this the layout's innermost test). */
static gboolean
boxes_touch (const Box *a,
             const Box *b)
{
  double dx = MAX (0, MAX (a->x0 - b->x1, b->x0 - a->x1));
  double dy = MAX (0, MAX (a->y0 - b->y1, b->y0 - a->y1));

  return dx * dx + dy * dy <= 4;
}

static guint
cluster_root (guint *parent,
              guint  i)
{
  while (parent[i] != i)
    i = parent[i] = parent[parent[i]];
  return i;
}

static int
compare_left (gconstpointer a,
              gconstpointer b,
              gpointer      boxes)
{
  double xa = ((const Box *) boxes)[*(const guint *) a].x0;
  double xb = ((const Box *) boxes)[*(const guint *) b].x0;

  return (xa > xb) - (xa < xb);
}

/* The clusters of the other layers' symbols (the first @n_obstacles of
 * @taken): symbols touching one another, and those touching these in
 * turn, as the batteries fanned out around a city are.  Each symbol gets
 * its cluster's root.  A sweep along x meets only neighbours, so a
 * thousand batteries cost a few thousand tests, not a million. */
static guint *
obstacle_clusters (GArray *taken,
                   guint   n_obstacles)
{
  const Box *boxes = (const Box *) (gpointer) taken->data;
  guint *parent = g_new (guint, MAX (n_obstacles, 1));
  g_autofree guint *order = g_new (guint, MAX (n_obstacles, 1));

  for (guint i = 0; i < n_obstacles; i++)
    parent[i] = order[i] = i;
  g_qsort_with_data (order, n_obstacles, sizeof (guint), compare_left, (gpointer) boxes);
  for (guint a = 0; a < n_obstacles; a++)
    for (guint b = a + 1; b < n_obstacles && boxes[order[b]].x0 <= boxes[order[a]].x1 + 2; b++)
      if (boxes_touch (&boxes[order[a]], &boxes[order[b]]))
        parent[cluster_root (parent, order[a])] = cluster_root (parent, order[b]);
  for (guint i = 0; i < n_obstacles; i++)
    parent[i] = cluster_root (parent, i);
  return parent;
}

/* Which of the other layers' symbols crowd the true position (ax, ay):
 * the clusters (@clusters, from obstacle_clusters()) of those within two
 * pixels of it.  A leader may start among them, and is drawn from past
 * them (leader_clear()).  NULL when no symbol is over the position. */
static gboolean *
crowd_of (double       ax,
          double       ay,
          GArray      *taken,
          guint        n_obstacles,
          const guint *clusters)
{
  const Box at = { ax, ay, ax, ay };
  g_autofree gboolean *root_crowds = NULL;
  gboolean *crowd = NULL;

  for (guint i = 0; i < n_obstacles; i++)
    if (boxes_touch (&at, &g_array_index (taken, Box, i)))
      {
        if (root_crowds == NULL)
          root_crowds = g_new0 (gboolean, n_obstacles);
        root_crowds[clusters[i]] = TRUE;
      }
  if (root_crowds == NULL)
    return NULL;
  crowd = g_new0 (gboolean, n_obstacles);
  for (guint i = 0; i < n_obstacles; i++)
    crowd[i] = root_crowds[clusters[i]];
  return crowd;
}

/* The leader from a true position (ax, ay) to the nearest point of the
 * frame of a symbol at (x, y). */
static GrOverlaySegment
leader_to (double ax,
           double ay,
           double x,
           double y,
           double hw,
           double hh)
{
  return (GrOverlaySegment) { ax, ay, CLAMP (ax, x - hw, x + hw), CLAMP (ay, y - hh, y + hh) };
}

/* What one unit's symbol is placed among: the view, the symbols' scale
 * and frame, what is placed already (@taken: the other layers' symbols,
 * the first @n_obstacles, then the units placed before it), the leader
 * lines drawn, its true position (ax, ay), and the crowd of other layers'
 * symbols over that position (crowd_of()). */
typedef struct
{
  const GrMapView *view;
  double k;
  double hw;
  double hh;
  GArray *taken;
  guint n_obstacles;
  const GArray *leaders;
  double ax;
  double ay;
  const gboolean *crowd;
} Placing;

/* Whether the symbol at (x, y) keeps clear of what is placed and of the
 * leader lines drawn, and its own leader crosses neither another unit nor
 * its own nation code and troop count, nor, unless @pass_obstacles, the
 * other layers' symbols (but those in its crowd, past which the leader
 * starts). */
static gboolean
spot_is_free (const Placing *p,
              double         x,
              double         y,
              gboolean       pass_obstacles)
{
  Box box = footprint (x, y, p->k, p->hw, p->hh);
  Box own_left = { box.x0, y - p->hh, x - p->hw, y + p->hh };
  Box own_right = { x + p->hw, y - p->hh, box.x1, y + p->hh };
  GrOverlaySegment lead = leader_to (p->ax, p->ay, x, y, p->hw, p->hh);
  gboolean moved = x != p->ax || y != p->ay;

  if (!box_is_free (&box, p->taken))
    return FALSE;
  for (guint i = 0; i < p->leaders->len; i++)
    if (segment_meets (&g_array_index (p->leaders, GrOverlaySegment, i), &box))
      return FALSE;
  if (!moved)
    return TRUE;
  if (segment_meets (&lead, &own_left) || segment_meets (&lead, &own_right))
    return FALSE;
  for (guint i = 0; i < p->taken->len; i++)
    {
      const Box *other = &g_array_index (p->taken, Box, i);

      if (i < p->n_obstacles && (pass_obstacles || (p->crowd != NULL && p->crowd[i])))
        continue;
      if (segment_meets (&lead, other))
        return FALSE;
    }
  return TRUE;
}

/* The symbols of the other visible layers a unit must not hide: battery
 * symbols and ports. */
static void
add_obstacles (const GrMapView      *view,
               const GrScenario     *s,
               const GrOverlayStyle *style,
               double                k,
               GArray               *taken,
               GArray               *leaders)
{
  double br = gr_overlay_battery_room (k);

  if (style->layers & GR_OVERLAY_AIR_DEFENSE)
    {
      g_autoptr(GArray) batteries = gr_overlay_battery_layout (view, s, style);

      for (guint i = 0; i < batteries->len; i++)
        {
          const GrOverlaySpot *spot = &g_array_index (batteries, GrOverlaySpot, i);
          Box box = { spot->x - br, spot->y - br, spot->x + br, spot->y + br };

          g_array_append_val (taken, box);
          if (hypot (spot->x - spot->ax, spot->y - spot->ay) > 0.5)
            g_array_append_val (leaders, ((GrOverlaySegment) { spot->ax, spot->ay,
                                                               spot->x, spot->y }));
        }
    }
  if (style->layers & GR_OVERLAY_MARITIME)
    {
      g_autoptr(GArray) ports = gr_overlay_port_positions (view, s);

      for (guint i = 0; i < ports->len; i++)
        {
          const double *xy = &g_array_index (ports, double, 2 * i);
          Box box = { xy[0] - br, xy[1] - br, xy[0] + br, xy[1] + br };

          g_array_append_val (taken, box);
        }
    }
}

/* What the symbol at (x, y) costs when no place is free: each unit it
 * covers, and being cut by the edge of the view.  The other layers'
 * symbols are not counted: in a place crowded with them, counting would
 * chase the unit towards wherever they thin out, off the map. */
static guint
spot_cost (const Placing *p,
           double         x,
           double         y)
{
  Box box = footprint (x, y, p->k, p->hw, p->hh);
  guint cost = box.x0 < 0 || box.y0 < 0 || box.x1 > p->view->width || box.y1 > p->view->height;

  for (guint i = p->n_obstacles; i < p->taken->len; i++)
    cost += boxes_overlap (&box, &g_array_index (p->taken, Box, i));
  return cost;
}

/* The first free place for the symbol: its true position itself, then
 * eight directions on rings one, two and three symbol heights away, with
 * a leader that passes no other symbol; then sixteen directions on rings
 * half a step apart; then (a crowded place) the eight directions again
 * with a leader that may pass the other layers' symbols.  When none is free, the first that covers
 * the fewest units and stays whole in the view (the true position first):
 * a unit's frame over another's figures hides both. */
static void
place (const Placing *p,
       double        *x,
       double        *y)
{
  static const struct { double step; guint n_dirs; gboolean pass; } tries[] = {
    { 1, 8, FALSE }, { 0.5, 16, FALSE }, { 1, 8, TRUE },
  };
  double ax = p->ax, ay = p->ay;
  double step_y = 2 * p->hh + 16 * p->k;
  double step_x = 2 * p->hw + 62 * p->k;
  guint best = spot_cost (p, ax, ay);

  *x = ax;
  *y = ay;
  if (spot_is_free (p, ax, ay, FALSE))
    return;
  for (guint t = 0; t < G_N_ELEMENTS (tries); t++)
    for (double ring = tries[t].step; ring <= 3; ring += tries[t].step)
      for (guint d = 0; d < tries[t].n_dirs; d++)
        {
          /* Clockwise from north.  Horizontal neighbours need the whole
           * text width, vertical ones only the frame and echelon, and
           * diagonals sit in between. */
          double angle = 2 * G_PI * d / tries[t].n_dirs;
          double dx = sin (angle), dy = -cos (angle);
          double cx = ax + dx * ring * step_x * (1 - 0.4 * fabs (dy));
          double cy = ay + dy * ring * step_y * (fabs (dx) > 0.1 ? MIN (1, fabs (dy) * 1.5) : 1);
          guint cost;

          /* the eight directions land where they always did */
          if (tries[t].n_dirs == 8)
            {
              static const double dirs[][2] = {
                { 0, -1 }, { 1, -1 }, { 1, 0 }, { 1, 1 }, { 0, 1 }, { -1, 1 }, { -1, 0 }, { -1, -1 },
              };

              cx = ax + dirs[d][0] * ring * (dirs[d][1] != 0 ? step_x * 0.6 : step_x);
              cy = ay + dirs[d][1] * ring * step_y;
            }
          if (spot_is_free (p, cx, cy, tries[t].pass))
            {
              *x = cx;
              *y = cy;
              return;
            }
          /* the best of those that are not free, in case none is */
          cost = spot_cost (p, cx, cy);
          if (cost < best)
            {
              best = cost;
              *x = cx;
              *y = cy;
            }
        }
}

/* How far from the true position the leader of the symbol placed at
 * (x, y) starts: past the other layers' symbols over or around that
 * position, so that it crosses none of them (0: from the position
 * itself). */
static double
leader_clear (const Placing *p,
              double         x,
              double         y)
{
  GrOverlaySegment lead = leader_to (p->ax, p->ay, x, y, p->hw, p->hh);
  double clear = 0;

  for (guint o = 0; p->crowd != NULL && o < p->n_obstacles; o++)
    {
      const Box *ob = &g_array_index (p->taken, Box, o);
      cairo_rectangle_t r = { ob->x0, ob->y0, ob->x1 - ob->x0, ob->y1 - ob->y0 };

      if (p->crowd[o])
        clear = MAX (clear, gr_overlay_segment_exit (&lead, &r));
    }
  return clear;
}

GArray *
gr_overlay_force_layout (const GrMapView      *view,
                         const GrScenario     *s,
                         const GrOverlayStyle *style)
{
  const GArray *deployments = s->force.deployments;
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (Box));
  g_autoptr(GArray) leaders = g_array_new (FALSE, FALSE, sizeof (GrOverlaySegment));
  g_autofree gboolean *stacked = NULL;
  g_autofree guint *clusters = NULL;
  guint n_obstacles;
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
  stacked = g_new0 (gboolean, MAX (items->len, 1));
  add_obstacles (view, s, style, k, taken, leaders);
  n_obstacles = taken->len;
  clusters = obstacle_clusters (taken, n_obstacles);

  for (guint i = 0; i < items->len; i++)
    {
      const Item *it = &g_array_index (items, Item, i);
      Box mine = footprint (it->x, it->y, k, hw, hh);
      g_autoptr(GArray) near_items = g_array_new (FALSE, FALSE, sizeof (guint));
      GrForceSymbol sym = { .ax = it->x, .ay = it->y, .first = it->index };
      g_autofree gboolean *crowd = NULL;
      Placing placing;

      if (stacked[i])
        continue;
      g_array_append_val (near_items, i);
      for (guint j = i + 1; j < items->len; j++)
        {
          const Item *other = &g_array_index (items, Item, j);
          Box theirs = footprint (other->x, other->y, k, hw, hh);

          if (!stacked[j] && boxes_overlap (&mine, &theirs))
            g_array_append_val (near_items, j);
        }

      /* Too many to spread legibly: one stack at the largest's place. */
      if (near_items->len > MAX_SPREAD)
        {
          sym.n_members = near_items->len;
          sym.members = g_new (guint, near_items->len);
          for (guint m = 0; m < near_items->len; m++)
            {
              guint j = g_array_index (near_items, guint, m);

              stacked[j] = TRUE;
              sym.members[m] = g_array_index (items, Item, j).index;
              sym.troops += g_array_index (items, Item, j).troops;
            }
        }
      else
        {
          sym.n_members = 1;
          sym.members = g_new (guint, 1);
          sym.members[0] = it->index;
          sym.troops = it->troops;
        }
      crowd = crowd_of (sym.ax, sym.ay, taken, n_obstacles, clusters);
      placing = (Placing) { view, k, hw, hh, taken, n_obstacles, leaders, sym.ax, sym.ay, crowd };
      place (&placing, &sym.x, &sym.y);
      sym.anchor_clear = leader_clear (&placing, sym.x, sym.y);
      mine = footprint (sym.x, sym.y, k, hw, hh);
      g_array_append_val (taken, mine);
      if (sym.x != sym.ax || sym.y != sym.ay)
        {
          GrOverlaySegment lead = leader_to (sym.ax, sym.ay, sym.x, sym.y, hw, hh);

          g_array_append_val (leaders, lead);
        }
      g_array_append_val (symbols, sym);
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

  style = gr_overlay_begin (cr, style);
  k = gr_overlay_symbol_scale (view, style);
  gr_overlay_force_frame_size (k, &hw, &hh);
  symbols = gr_overlay_force_layout (view, s, style);

  /* Leader lines and true-position dots first, under every symbol; each
   * ends on the nearest point of its symbol's frame. */
  for (guint i = 0; i < symbols->len; i++)
    {
      const GrForceSymbol *sym = &g_array_index (symbols, GrForceSymbol, i);

      if (sym->x == sym->ax && sym->y == sym->ay)
        continue;
      gr_overlay_draw_leader (cr, sym->ax, sym->ay,
                              CLAMP (sym->ax, sym->x - hw, sym->x + hw),
                              CLAMP (sym->ay, sym->y - hh, sym->y + hh),
                              sym->anchor_clear, k);
    }

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
        selected = gr_overlay_is_selected (style, GR_EDIT_ITEM_DEPLOYMENT, sym->members[j]);

      gr_overlay_draw_unit (cr, sym->x, sym->y, k, d->role, sym->troops, nations,
                            sym->n_members, selected);
      if (style->show_labels && sym->n_members == 1 && view->zoom >= 6.5 && d->name != NULL)
        gr_overlay_text (cr, gr_local_name (d->name, d->name_uk), sym->x, sym->y + hh + 2 * k, 0.5, 0, 10 * k, FALSE,
                         GR_OVERLAY_RGB_INK);
    }
}
