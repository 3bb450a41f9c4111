/* gr-legend.c — the map legend: only visible layers, only the symbols present
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows are derived from the same scenario, metrics and style the
 * overlay painters draw, and each swatch is drawn by the painter's own symbol
 * function, so the legend cannot drift from the map.
 */

#include "config.h"

#include "gr-legend.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "gr-geo-names.h"
#include "gr-labels.h"
#include "gr-overlay-private.h"

typedef enum
{
  ROW_HEADING,
  ROW_BATTERY,       /* param: index of a battery with that system */
  ROW_RING,          /* param: GrOverlayRings bit */
  ROW_ZONE,
  ROW_ZONE_SHORT,
  ROW_AIR_BASE,
  ROW_UNIT,          /* param: GrRole */
  ROW_ROUTE,         /* coverage unknown (no metrics) */
  ROW_ROUTE_COVERED,
  ROW_ROUTE_OPEN,
  ROW_PORT,
  ROW_SEA_PATROL,
} RowKind;

typedef struct
{
  RowKind kind;
  guint param;
  char *label;
} Row;

#define ROW_H 21.0
#define SWATCH_W 36.0
#define PAD 10.0
#define TEXT_SIZE 11.5

static void
clear_row (gpointer data)
{
  g_free (((Row *) data)->label);
}

static void
add_row (GArray     *rows,
         RowKind     kind,
         guint       param,
         const char *label)
{
  Row row = { kind, param, g_strdup (label) };

  g_array_append_val (rows, row);
}

static const char *
ring_label (GrOverlayRings ring)
{
  switch (ring)
    {
    case GR_OVERLAY_RING_CRUISE:
      return _("Covered against cruise missiles");
    case GR_OVERLAY_RING_DRONE:
      return _("Reach against low drones (radar horizon)");
    case GR_OVERLAY_RING_BALLISTIC:
      return _("Reach against ballistic missiles");
    case GR_OVERLAY_RING_NOMINAL:
    default:
      return _("Nominal missile range (aircraft)");
    }
}

static void
air_defense_rows (GArray               *rows,
                  const GrScenario     *s,
                  const GrOverlayStyle *style)
{
  static const GrOverlayRings rings[] = {
    GR_OVERLAY_RING_NOMINAL, GR_OVERLAY_RING_CRUISE, GR_OVERLAY_RING_DRONE,
    GR_OVERLAY_RING_BALLISTIC,
  };
  const GArray *batteries = s->air_defense.batteries;
  g_autoptr(GPtrArray) systems = g_ptr_array_new ();

  if (batteries == NULL || batteries->len == 0)
    return;
  add_row (rows, ROW_HEADING, 0, _("Air defence"));
  for (guint i = 0; i < batteries->len; i++)
    {
      const GrBattery *b = &g_array_index (batteries, GrBattery, i);
      const GrAirDefenseSystem *sys = gr_scenario_find_system (s, b->system);
      g_autofree char *label = NULL;
      gboolean seen = FALSE;
      guint n = 0;

      for (guint j = 0; j < systems->len && !seen; j++)
        seen = g_strcmp0 (g_ptr_array_index (systems, j), b->system) == 0;
      if (seen)
        continue;
      g_ptr_array_add (systems, b->system);
      for (guint j = i; j < batteries->len; j++)
        n += g_strcmp0 (g_array_index (batteries, GrBattery, j).system, b->system) == 0;
      /* TRANSLATORS: a legend row: air-defence system and its battery count */
      label = g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%s (%u battery)",
                                          "%s (%u batteries)", n),
                               sys != NULL ? GR_ITEM_NAME (sys) : b->system, n);
      add_row (rows, ROW_BATTERY, i, label);
    }
  for (guint r = 0; r < G_N_ELEMENTS (rings); r++)
    {
      gboolean any = FALSE;

      if (!(style->rings & rings[r]))
        continue;
      for (guint i = 0; i < batteries->len && !any; i++)
        {
          const GrBattery *b = &g_array_index (batteries, GrBattery, i);
          any = gr_overlay_ring_radius_km (s, gr_scenario_find_system (s, b->system),
                                           rings[r]) > 0;
        }
      if (any)
        add_row (rows, ROW_RING, rings[r], ring_label (rings[r]));
    }
}

static void
patrol_rows (GArray           *rows,
             const GrScenario *s,
             const GrMetrics  *m)
{
  const GArray *zones = s->air_patrol.zones;
  gboolean any_short = FALSE, any_held = FALSE;

  if (zones == NULL || zones->len == 0)
    return;
  for (guint i = 0; i < zones->len; i++)
    {
      const GrPatrolZoneMetrics *zm = gr_overlay_zone_metrics (m, i);
      gboolean is_short = zm != NULL && !zm->sustainable;

      any_short |= is_short;
      any_held |= !is_short;
    }
  add_row (rows, ROW_HEADING, 0, _("Joint air patrols"));
  /* the hatching is the zone's sign; its solid outline says "held" */
  if (any_held)
    add_row (rows, ROW_ZONE, 0, m != NULL ? _("Patrol zone (stations held)")
                                          : _("Patrol zone"));
  if (any_short)
    add_row (rows, ROW_ZONE_SHORT, 0, _("Not sustainable with assigned aircraft"));
  add_row (rows, ROW_AIR_BASE, 0, _("Fighter base"));
}

static void
force_rows (GArray           *rows,
            const GrScenario *s)
{
  const GArray *deployments = s->force.deployments;
  gboolean present[GR_N_ROLES] = { FALSE };

  if (deployments == NULL || deployments->len == 0)
    return;
  add_row (rows, ROW_HEADING, 0, _("Stabilisation force"));
  for (guint i = 0; i < deployments->len; i++)
    {
      GrRole role = g_array_index (deployments, GrDeployment, i).role;
      if (role < GR_N_ROLES)
        present[role] = TRUE;
    }
  for (guint r = 0; r < GR_N_ROLES; r++)
    if (present[r])
      add_row (rows, ROW_UNIT, r, gr_role_legend_label (r));
}

static void
maritime_rows (GArray           *rows,
               const GrScenario *s,
               const GrMetrics  *m)
{
  const GArray *routes = s->maritime.routes;
  const GArray *patrols = s->maritime.patrols;
  gboolean has_routes = routes != NULL && routes->len > 0;
  gboolean has_patrols = patrols != NULL && patrols->len > 0;

  if (!has_routes && !has_patrols)
    return;
  add_row (rows, ROW_HEADING, 0, _("Black Sea"));
  if (has_routes)
    {
      gboolean any_covered = FALSE, any_open = FALSE;
      gboolean known = m != NULL && m->maritime.routes != NULL && m->maritime.routes->len > 0;

      for (guint r = 0; known && r < m->maritime.routes->len; r++)
        {
          const GArray *segs = g_array_index (m->maritime.routes, GrRouteMetrics, r).segments;

          for (guint i = 0; segs != NULL && i < segs->len; i++)
            {
              gboolean covered = g_array_index (segs, GrRouteSegment, i).covered;
              any_covered |= covered;
              any_open |= !covered;
            }
        }
      if (any_covered)
        add_row (rows, ROW_ROUTE_COVERED, 0, _("Route covered by a patrol"));
      if (any_open)
        add_row (rows, ROW_ROUTE_OPEN, 0, _("Route not covered"));
      if (!any_covered && !any_open)
        add_row (rows, ROW_ROUTE, 0, _("Shipping route"));
      add_row (rows, ROW_PORT, 0, _("Port"));
    }
  if (has_patrols)
    add_row (rows, ROW_SEA_PATROL, 0, _("Patrol area, partner"));
}

static GArray *
build_rows (const GrScenario     *s,
            const GrMetrics      *m,
            const GrOverlayStyle *style)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (Row));

  g_array_set_clear_func (rows, clear_row);
  /* Same order as the stacking, topmost first: what the eye meets first. */
  if (style->layers & GR_OVERLAY_FORCE)
    force_rows (rows, s);
  if (style->layers & GR_OVERLAY_AIR_DEFENSE)
    air_defense_rows (rows, s, style);
  if (style->layers & GR_OVERLAY_PATROL_ZONES)
    patrol_rows (rows, s, m);
  if (style->layers & GR_OVERLAY_MARITIME)
    maritime_rows (rows, s, m);
  return rows;
}

void
gr_legend_measure (cairo_t              *cr,
                   const GrScenario     *s,
                   const GrMetrics      *m,
                   const GrOverlayStyle *style,
                   double                scale,
                   double               *width,
                   double               *height)
{
  g_autoptr(GArray) rows = NULL;
  double w = 0;

  g_return_if_fail (cr != NULL && s != NULL && width != NULL && height != NULL);

  style = gr_overlay_style_or_default (style);
  rows = build_rows (s, m, style);
  *width = *height = 0;
  if (rows->len == 0)
    return;
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);
      double tw, th, x0 = row->kind == ROW_HEADING ? 0 : SWATCH_W + 8;

      gr_overlay_text_size (cr, row->label, TEXT_SIZE * scale, row->kind == ROW_HEADING,
                            &tw, &th);
      w = MAX (w, x0 * scale + tw);
    }
  *width = w + 2 * PAD * scale;
  *height = rows->len * ROW_H * scale + 2 * PAD * scale;
}

static void
draw_swatch (cairo_t          *cr,
             const Row        *row,
             const GrScenario *s,
             double            x,
             double            y,
             double            k)
{
  double w = SWATCH_W * k, h = ROW_H * k * 0.7;
  double cx = x + w / 2;

  cairo_save (cr);
  switch (row->kind)
    {
    case ROW_BATTERY:
      gr_overlay_draw_battery (cr, cx, y, k * 0.9,
                               g_array_index (s->air_defense.batteries, GrBattery,
                                              row->param).system,
                               FALSE);
      break;
    case ROW_RING:
      cairo_rectangle (cr, x + 2 * k, y - h / 2, w - 4 * k, h);
      if (row->param == GR_OVERLAY_RING_CRUISE || row->param == GR_OVERLAY_RING_NOMINAL)
        {
          gr_palette_set_source (cr, GR_OVERLAY_RGB_AIR_DEFENSE,
                                 row->param == GR_OVERLAY_RING_CRUISE ? 0.15 : 0.06);
          cairo_fill_preserve (cr);
        }
      cairo_new_path (cr);
      cairo_move_to (cr, x + 2 * k, y - h / 2);
      cairo_line_to (cr, x + w - 2 * k, y - h / 2);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_AIR_DEFENSE, 0.9);
      cairo_set_line_width (cr, 1.6 * k);
      gr_overlay_set_ring_dash (cr, row->param, k);
      cairo_stroke (cr);
      break;
    case ROW_ZONE:
    case ROW_ZONE_SHORT:
      cairo_rectangle (cr, x + 2 * k, y - h / 2, w - 4 * k, h);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_PATROL, 0.07);
      cairo_fill_preserve (cr);
      cairo_save (cr);
      cairo_clip_preserve (cr);
      for (double c = x - h; c < x + w + h; c += 9.0)
        {
          cairo_move_to (cr, c + h, y - h / 2);
          cairo_line_to (cr, c, y + h / 2);
        }
      gr_palette_set_source (cr, GR_OVERLAY_RGB_PATROL, 0.35);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
      cairo_restore (cr);
      cairo_rectangle (cr, x + 2 * k, y - h / 2, w - 4 * k, h);
      gr_overlay_set_zone_outline (cr, row->kind == ROW_ZONE_SHORT, k);
      cairo_stroke (cr);
      if (row->kind == ROW_ZONE_SHORT)
        gr_overlay_draw_warning (cr, cx, y, k * 0.85);
      break;
    case ROW_AIR_BASE:
      gr_overlay_draw_air_base (cr, cx, y, k, FALSE);
      break;
    case ROW_UNIT:
      gr_overlay_draw_unit (cr, cx, y, k * 0.7, row->param, 0, NULL, 1, FALSE);
      break;
    case ROW_ROUTE:
    case ROW_ROUTE_COVERED:
    case ROW_ROUTE_OPEN:
      cairo_move_to (cr, x + 2 * k, y);
      cairo_line_to (cr, x + w - 2 * k, y);
      gr_overlay_set_route_style (cr, row->kind != ROW_ROUTE_OPEN, k);
      if (row->kind == ROW_ROUTE)
        cairo_set_line_width (cr, 2.5 * k);
      cairo_stroke (cr);
      break;
    case ROW_PORT:
      gr_overlay_draw_port (cr, cx, y, k);
      break;
    case ROW_SEA_PATROL:
      cairo_arc (cr, cx, y, h / 2 + 1 * k, 0, 2 * G_PI);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_MARITIME, 0.10);
      cairo_fill_preserve (cr);
      gr_palette_set_source (cr, GR_OVERLAY_RGB_MARITIME, 0.95);
      cairo_set_line_width (cr, 1.8 * k);
      cairo_stroke (cr);
      gr_overlay_text (cr, "TR", cx, y, 0.5, 0.5, 8.5 * k, TRUE, GR_OVERLAY_RGB_INK);
      break;
    case ROW_HEADING:
    default:
      break;
    }
  cairo_restore (cr);
}

void
gr_legend_draw (cairo_t              *cr,
                double                x,
                double                y,
                const GrScenario     *s,
                const GrMetrics      *m,
                const GrOverlayStyle *style,
                double                scale)
{
  g_autoptr(GArray) rows = NULL;
  double w, h, ty;

  g_return_if_fail (cr != NULL && s != NULL);

  style = gr_overlay_style_or_default (style);
  gr_legend_measure (cr, s, m, style, scale, &w, &h);
  if (w <= 0)
    return;
  rows = build_rows (s, m, style);

  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  gr_palette_set_source (cr, GR_OVERLAY_RGB_HALO, 0.92);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.35);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);

  ty = y + PAD * scale + ROW_H * scale / 2;
  for (guint i = 0; i < rows->len; i++, ty += ROW_H * scale)
    {
      const Row *row = &g_array_index (rows, Row, i);

      if (row->kind == ROW_HEADING)
        {
          gr_overlay_text (cr, row->label, x + PAD * scale, ty + 2 * scale, 0, 0.5,
                           TEXT_SIZE * scale, TRUE, GR_OVERLAY_RGB_INK);
          continue;
        }
      draw_swatch (cr, row, s, x + PAD * scale, ty, scale);
      gr_overlay_text (cr, row->label, x + (PAD + SWATCH_W + 8) * scale, ty, 0, 0.5,
                       TEXT_SIZE * scale, FALSE, GR_OVERLAY_RGB_INK);
    }
}
