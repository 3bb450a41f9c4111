/* gr-briefing-register.c — the assumptions register and the source list
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every input of the scenario with its value, range, unit and source
 * (title, date, URL), so that a reader can redo any number by hand; then
 * every source of the scenario.  Long tables continue on further pages,
 * their headings repeated; the last of them never carries a lone row.
 */

#include "config.h"

#include "gr-briefing-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "gr-figures-private.h"
#include "gr-format.h"

/* Column edges of the register as shares of the width. */
static const double register_cols[] = { 0, 0.30, 0.39, 0.50, 0.60, 1 };
static const double source_cols[] = { 0, 0.20, 0.62, 0.72, 1 };

static void
row_free (gpointer data)
{
  GrRegisterRow *row = data;

  g_free (row->section);
  g_free (row->name);
  g_free (row->value);
  g_free (row->range);
  g_free (row);
}

/* The fewest decimals (up to 3) that show the value exactly. */
static char *
format_exact (double value)
{
  int decimals = 0;

  while (decimals < 3 && fabs (value * pow (10, decimals) - round (value * pow (10, decimals))) > 1e-6)
    decimals++;
  return gr_format_number (value, decimals);
}

static void
add (GPtrArray        *rows,
     const char       *section,
     const char       *name,
     const char       *unit,
     const GrQuantity *q)
{
  GrRegisterRow *row = g_new0 (GrRegisterRow, 1);

  row->section = g_strdup (section);
  row->name = g_strdup (name);
  row->value = format_exact (q->value);
  if (gr_quantity_has_range (q))
    {
      g_autofree char *low = format_exact (q->low);
      g_autofree char *high = format_exact (q->high);

      row->range = g_strdup_printf ("%s – %s", low, high);
    }
  else
    row->range = g_strdup ("");
  row->unit = unit;
  row->source = q->source;
  g_ptr_array_add (rows, row);
}

/* A number the scenario keeps plain, with its range and source beside it;
 * @name is "<what> · <item>" when @item is given. */
static void
add_ranged (GPtrArray     *rows,
            const char    *section,
            const char    *what,
            const char    *item,
            const char    *unit,
            double         value,
            const GrRange *range)
{
  GrQuantity q = gr_quantity_view (value, range);
  g_autofree char *name = item != NULL ? g_strdup_printf ("%s · %s", what, item) : NULL;

  add (rows, section, name != NULL ? name : what, unit, &q);
}

static void
add_air_defense (GPtrArray        *rows,
                 const GrScenario *s)
{
  const GrAirDefense *air = &s->air_defense;
  const char *section = _("Air defence");

  for (guint i = 0; air->systems != NULL && i < air->systems->len; i++)
    {
      const GrAirDefenseSystem *sys = &g_array_index (air->systems, GrAirDefenseSystem, i);
      g_autofree char *sec = g_strdup_printf ("%s · %s", section, sys->name != NULL ? sys->name : sys->id);

      add (rows, sec, _("Range against aircraft and cruise missiles"), _("km"), &sys->range_km);
      add (rows, sec, _("Range against ballistic missiles"), _("km"), &sys->range_ballistic_km);
      add (rows, sec, _("Radar height"), _("m"), &sys->radar_height_m);
      for (GrThreatClass t = 0; t < GR_N_THREATS; t++)
        {
          /* TRANSLATORS: %s is a threat class, e.g. "Attack drones" */
          g_autofree char *name = g_strdup_printf (_("Kill probability per shot: %s"),
                                                   gr_figures_threat_label (t));

          add (rows, sec, name, _("0 to 1"), &sys->pk[t]);
        }
      add (rows, sec, _("Shots per engagement"), _("interceptors"), &sys->shots_per_engagement);
      add (rows, sec, _("Interceptor supply per battery"), _("a month"),
           &sys->interceptors_per_month);
      add (rows, sec, _("Interceptor cost"), _("$ million"), &sys->interceptor_cost_musd);
      add (rows, sec, _("Battery cost"), _("$ million"), &sys->battery_cost_musd);
    }
  for (GrThreatClass t = 0; t < GR_N_THREATS; t++)
    {
      g_autofree char *sec = g_strdup_printf ("%s · %s", _("Threat"), gr_figures_threat_label (t));

      add (rows, sec, _("Launched"), _("a month"), &air->threat[t].per_month);
      add (rows, sec, _("Flight altitude"), _("m"), &air->threat[t].altitude_m);
      add (rows, sec, _("Unit cost"), _("$ million"), &air->threat[t].unit_cost_musd);
      add (rows, sec, _("Downed by other means"), _("share"), &air->threat[t].other_kill_share);
    }
}

static void
add_patrol_and_sea (GPtrArray        *rows,
                    const GrScenario *s)
{
  const GrAircraft *a = &s->air_patrol.aircraft;
  const GrMaritime *sea = &s->maritime;
  const char *sec = _("Joint air patrols · aircraft");

  add (rows, sec, _("Cruise speed"), _("km/h"), &a->cruise_kmh);
  add (rows, sec, _("Endurance"), _("hours"), &a->endurance_h);
  add (rows, sec, _("Fuel reserve"), _("hours"), &a->reserve_h);
  add (rows, sec, _("Turnaround"), _("hours"), &a->turnaround_h);
  add (rows, sec, _("Maintenance per sortie"), _("hours"), &a->maintenance_h);
  add (rows, sec, _("Mission-capable rate"), _("share"), &a->mission_capable);
  add (rows, sec, _("Aircraft on each station"), _("aircraft"), &a->per_station);
  add (rows, sec, _("Quick-reaction alert per zone"), _("aircraft"), &a->qra_aircraft);
  for (guint i = 0; s->air_patrol.zones != NULL && i < s->air_patrol.zones->len; i++)
    {
      const GrPatrolZone *z = &g_array_index (s->air_patrol.zones, GrPatrolZone, i);
      const char *zone = z->name != NULL ? z->name : z->id;

      add_ranged (rows, _("Joint air patrols"), _("Stations"), zone, _("stations"),
                  z->stations, &z->stations_range);
      add_ranged (rows, _("Joint air patrols"), _("Aircraft assigned"), zone, _("aircraft"),
                  z->aircraft_assigned, &z->aircraft_assigned_range);
    }

  sec = _("Black Sea");
  add (rows, sec, _("Convoy speed"), _("knots"), &sea->speed_knots);
  add (rows, sec, _("Ships per convoy"), _("ships"), &sea->ships_per_convoy);
  add (rows, sec, _("Escorts per convoy"), _("escorts"), &sea->escorts_per_convoy);
  add (rows, sec, _("Cargo per ship"), _("tonnes"), &sea->tonnes_per_ship);
  add (rows, sec, _("Escorts available"), _("escorts"), &sea->escorts_available);
  for (guint i = 0; sea->routes != NULL && i < sea->routes->len; i++)
    {
      const GrRoute *route = &g_array_index (sea->routes, GrRoute, i);
      g_autofree char *name = g_strdup_printf ("%s · %s", _("Ships"),
                                               route->name != NULL ? route->name : route->id);

      add (rows, sec, name, _("a month"), &route->ships_per_month);
    }
  for (guint i = 0; sea->patrols != NULL && i < sea->patrols->len; i++)
    {
      const GrMaritimePatrol *p = &g_array_index (sea->patrols, GrMaritimePatrol, i);
      g_autofree char *name = g_strdup_printf ("%s · %s", _("Patrol radius"),
                                               p->name != NULL ? p->name : p->id);

      add (rows, sec, name, _("km"), &p->radius_km);
    }
}

static void
add_money_and_people (GPtrArray        *rows,
                      const GrScenario *s)
{
  const char *sec = _("Army funding");

  for (guint i = 0; s->needs != NULL && i < s->needs->len; i++)
    {
      const GrFundingNeed *need = &g_array_index (s->needs, GrFundingNeed, i);
      /* TRANSLATORS: %d is a year */
      g_autofree char *name = g_strdup_printf (_("Defence need %d"), need->year);

      add (rows, sec, name, _("$ billion"), &need->busd);
    }
  for (guint i = 0; s->pledges != NULL && i < s->pledges->len; i++)
    {
      const GrPledge *p = &g_array_index (s->pledges, GrPledge, i);
      /* TRANSLATORS: %1$s a donor (ISO code), %2$d a year, %3$s "commitment" or "allocation" */
      g_autofree char *name = g_strdup_printf (_("Pledge %1$s %2$d (%3$s)"), p->donor, p->year,
                                               gr_pledge_kind_to_string (p->kind));

      add (rows, sec, name, _("$ billion"), &p->busd);
    }

  sec = _("Danish-model fund");
  add (rows, sec, _("Exchange rate"), _("$ per €"), &s->danish.usd_per_eur);
  for (guint i = 0; s->danish.contributions != NULL && i < s->danish.contributions->len; i++)
    {
      const GrDanishContribution *c = &g_array_index (s->danish.contributions,
                                                      GrDanishContribution, i);
      g_autofree char *name = g_strdup_printf (_("Contribution %1$s %2$d"), c->donor, c->year);

      add (rows, sec, name, _("€ million"), &c->meur);
    }

  sec = _("Defence industry");
  add (rows, sec, _("Facilities"), _("facilities"), &s->industry.facilities);
  add (rows, sec, _("FPV drones made"), _("a month"), &s->industry.fpv_drones_per_month);
  add (rows, sec, _("FPV drones used"), _("a month"), &s->industry.fpv_drones_used_per_month);
  add (rows, sec, _("155 mm shells made"), _("a month"), &s->industry.shells_155_per_month);
  add (rows, sec, _("155 mm shells used"), _("a month"), &s->industry.shells_155_used_per_month);
  add (rows, sec, _("155 mm shell stock"), _("shells"), &s->industry.shells_155_stock);
  add (rows, sec, _("Armoured vehicles made"), _("a month"),
       &s->industry.armored_vehicles_per_month);
  add (rows, sec, _("Armoured vehicles lost"), _("a month"),
       &s->industry.armored_vehicles_lost_per_month);

  sec = _("Readiness");
  add (rows, sec, _("Trained abroad so far"), _("people"), &s->readiness.trained_abroad);
  add (rows, sec, _("Training rate"), _("people a month"), &s->readiness.trained_per_month);
  add (rows, sec, _("Separations"), _("share a year"), &s->readiness.separations_per_year);
  add (rows, sec, _("Reservists"), _("people"), &s->readiness.reservists);

  sec = _("Foreign presence");
  add (rows, sec, _("Dwell to deployment ratio"), _("ratio"), &s->force.dwell_ratio);
  add (rows, sec, _("Cost per soldier-year"), _("$ million"), &s->force.cost_per_troop_year_musd);
  add (rows, sec, _("Reach of a deployment"), _("km"), &s->force.reach_km);
  add_ranged (rows, sec, _("Planned band, lower end"), NULL, _("troops"),
              s->force.band_low, &s->force.band_low_range);
  add_ranged (rows, sec, _("Planned band, upper end"), NULL, _("troops"),
              s->force.band_high, &s->force.band_high_range);
  for (guint i = 0; s->force.deployments != NULL && i < s->force.deployments->len; i++)
    {
      const GrDeployment *d = &g_array_index (s->force.deployments, GrDeployment, i);

      add_ranged (rows, sec, _("Troops"), d->name != NULL ? d->name : d->id, _("troops"),
                  d->troops, &d->troops_range);
    }

  for (guint i = 0; s->guarantors != NULL && i < s->guarantors->len; i++)
    {
      const GrGuarantor *g = &g_array_index (s->guarantors, GrGuarantor, i);
      g_autofree char *name = g_strdup_printf (_("Response time %s"), g->state);

      add (rows, _("Diplomatic guarantees"), name, _("days"), &g->response_days);
    }
}

GPtrArray *
gr_briefing_register_rows (const GrScenario *scenario)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (row_free);

  add_money_and_people (rows, scenario);
  add_air_defense (rows, scenario);
  add_patrol_and_sea (rows, scenario);
  return rows;
}

static gboolean
is_assumption (const char *id)
{
  return id == NULL || *id == '\0' || g_str_equal (id, "assumption");
}

/* "Title, date [id]" then the URL; "Assumption" for none. */
static char *
source_cell (const GrScenario *scenario,
             const char       *id)
{
  const GrSource *source = gr_scenario_find_source (scenario, id);
  GString *text = g_string_new (NULL);

  /* The scenario may describe "assumption" as a source: one word says it. */
  if (is_assumption (id))
    return g_string_free (g_string_assign (text, _("Assumption")), FALSE);
  if (source == NULL)
    {
      g_string_append_printf (text, "[%s]", id);
      return g_string_free (text, FALSE);
    }
  g_string_append (text, source->title != NULL && *source->title != '\0' ? source->title : id);
  if (source->date != NULL && *source->date != '\0')
    g_string_append_printf (text, ", %s", source->date);
  g_string_append_printf (text, " [%s]", id);
  if (source->url != NULL && *source->url != '\0')
    g_string_append_printf (text, "\n%s", source->url);
  return g_string_free (text, FALSE);
}

/* The cells of register row i (or of source i when sources). */
static void
cells (GrBriefing *self,
       gboolean    sources,
       guint       i,
       char      **out)
{
  if (sources)
    {
      const GrSource *s = &g_array_index (self->scenario->sources, GrSource, i);

      out[0] = g_strdup (s->id);
      out[1] = g_strdup (s->title != NULL ? s->title : "");
      out[2] = g_strdup (s->date != NULL ? s->date : "");
      out[3] = g_strdup (s->url != NULL ? s->url : "");
      out[4] = NULL;
    }
  else
    {
      const GrRegisterRow *row = g_ptr_array_index (self->register_rows, i);

      out[0] = g_strdup_printf ("%s\n%s", row->section, row->name);
      out[1] = g_strdup (row->value);
      out[2] = g_strdup (row->range);
      out[3] = g_strdup (row->unit);
      out[4] = source_cell (self->scenario, row->source);
    }
}

#define CELL_SIZE 0.8
#define CELL_PAD 0.35

static double
row_height (GrBriefingPaint *paint,
            char           **texts,
            const double    *cols,
            guint            n_cols,
            double           width)
{
  double height = 0;

  for (guint c = 0; c < n_cols; c++)
    height = MAX (height, gr_briefing_text_height (paint, texts[c],
                                                   (cols[c + 1] - cols[c]) * width - paint->u,
                                                   CELL_SIZE, FALSE));
  return height + 2 * CELL_PAD * paint->u;
}

GArray *
gr_briefing_paginate (const double *heights,
                      guint         n_rows,
                      double        room,
                      guint         min_last)
{
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint first = 0;
  double used = 0;
  guint last, before;

  g_array_append_val (starts, first);
  for (guint i = 0; i < n_rows; i++)
    {
      /* A row taller than the page still goes on a page of its own. */
      if (used + heights[i] > room && i > first)
        {
          first = i;
          g_array_append_val (starts, first);
          used = 0;
        }
      used += heights[i];
    }
  if (starts->len < 2)
    return starts;

  /* No widow: the last page takes rows from the end of the one before
   * until it carries min_last, as long as they fit and that page keeps
   * as many itself. */
  last = g_array_index (starts, guint, starts->len - 1);
  before = g_array_index (starts, guint, starts->len - 2);
  used = 0;
  for (guint i = last; i < n_rows; i++)
    used += heights[i];
  while (n_rows - last < min_last && last - 1 - before >= min_last
         && used + heights[last - 1] <= room)
    {
      last--;
      used += heights[last];
    }
  g_array_index (starts, guint, starts->len - 1) = last;
  return starts;
}

/* The rows of a table that fit on each page: appends one page per run. */
static void
plan_table (GrBriefing         *self,
            GrBriefingPaint    *paint,
            GrBriefingPageKind  kind,
            const char         *title,
            guint               n_rows,
            const double       *cols,
            guint               n_cols)
{
  g_autofree double *heights = g_new0 (double, MAX (n_rows, 1));
  g_autoptr(GArray) starts = NULL;
  GrBriefingBox box;

  box = gr_briefing_page_header (paint, title, "");
  /* The column headings take one row. */
  box.height -= 2 * paint->u;
  for (guint i = 0; i < n_rows; i++)
    {
      char *texts[5] = { NULL };

      cells (self, kind == GR_BRIEFING_PAGE_SOURCES, i, texts);
      heights[i] = row_height (paint, texts, cols, n_cols, box.width);
      for (guint c = 0; c < 5; c++)
        g_free (texts[c]);
    }
  starts = gr_briefing_paginate (heights, n_rows, box.height, GR_BRIEFING_MIN_LAST_ROWS);
  for (guint p = 0; p < starts->len; p++)
    {
      guint first = g_array_index (starts, guint, p);
      guint end = p + 1 < starts->len ? g_array_index (starts, guint, p + 1) : n_rows;
      GrBriefingPage *page;

      gr_briefing_add_page (self, kind, title);
      page = &g_array_index (self->pages, GrBriefingPage, self->pages->len - 1);
      page->first_row = first;
      page->n_rows = end - first;
    }
}

void
gr_briefing_plan_register (GrBriefing *self,
                           double      width,
                           double      height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  GrBriefingPaint paint;
  guint n_sources = self->scenario->sources != NULL ? self->scenario->sources->len : 0;

  gr_briefing_paint_init (&paint, self, self->table_look, cr, width, height);
  plan_table (self, &paint, GR_BRIEFING_PAGE_REGISTER, _("Assumptions register"),
              self->register_rows->len, register_cols, G_N_ELEMENTS (register_cols) - 1);
  if (n_sources > 0)
    plan_table (self, &paint, GR_BRIEFING_PAGE_SOURCES, _("Sources"), n_sources, source_cols,
                G_N_ELEMENTS (source_cols) - 1);
  gr_briefing_paint_clear (&paint);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
draw_table (GrBriefingPaint      *paint,
            const GrBriefingPage *page,
            const char * const   *headings,
            const double         *cols,
            guint                 n_cols)
{
  GrBriefing *self = paint->briefing;
  g_autofree char *subtitle = NULL;
  GrBriefingBox box;
  double y;

  if (page->kind == GR_BRIEFING_PAGE_REGISTER)
    /* TRANSLATORS: %1$u–%2$u rows shown of %3$u */
    subtitle = g_strdup_printf (_("Every input of the scenario with its range and source: "
                                  "inputs %1$u–%2$u of %3$u."), page->first_row + 1,
                                page->first_row + page->n_rows, self->register_rows->len);
  else
    subtitle = g_strdup_printf (_("The sources the scenario cites: %1$u–%2$u of %3$u."),
                                page->first_row + 1, page->first_row + page->n_rows,
                                self->scenario->sources->len);
  box = gr_briefing_page_header (paint, page->title, subtitle);
  y = box.y;
  for (guint c = 0; c < n_cols; c++)
    gr_briefing_text (paint, headings[c], FALSE, box.x + cols[c] * box.width, y, 0, CELL_SIZE,
                      TRUE, paint->text);
  y += 1.6 * paint->u;

  for (guint i = page->first_row; i < page->first_row + page->n_rows; i++)
    {
      char *texts[5] = { NULL };
      double h;

      cells (self, page->kind == GR_BRIEFING_PAGE_SOURCES, i, texts);
      h = row_height (paint, texts, cols, n_cols, box.width);
      gr_briefing_rule (paint, box.x, y, box.width);
      for (guint c = 0; c < n_cols; c++)
        gr_briefing_text (paint, texts[c], FALSE, box.x + cols[c] * box.width,
                          y + CELL_PAD * paint->u, (cols[c + 1] - cols[c]) * box.width - paint->u,
                          CELL_SIZE, FALSE, c == 0 || c == 1 ? paint->text : paint->secondary);
      for (guint c = 0; c < 5; c++)
        g_free (texts[c]);
      y += h;
    }
}

void
gr_briefing_draw_register (GrBriefingPaint      *paint,
                           const GrBriefingPage *page)
{
  const char *headings[] = { _("Input"), _("Value"), _("Range"), _("Unit"), _("Source") };

  draw_table (paint, page, headings, register_cols, G_N_ELEMENTS (headings));
}

void
gr_briefing_draw_sources (GrBriefingPaint      *paint,
                          const GrBriefingPage *page)
{
  const char *headings[] = { _("Id"), _("Title"), _("Date"), _("Address") };

  draw_table (paint, page, headings, source_cols, G_N_ELEMENTS (headings));
}
