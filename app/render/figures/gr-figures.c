/* gr-figures.c — the chart registry, export by id, and the builders' helpers
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-figures-private.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdarg.h>

#include "gr-export.h"
#include "gr-font-primer.h"
#include "gr-geo-names.h"

typedef struct
{
  const char *id;
  GrChart *(*build) (const GrScenario *, const GrMetrics *);
} ChartEntry;

static const ChartEntry entries[] = {
  { "index", gr_figures_index },
  { "funding", gr_figures_funding },
  { "air-defense", gr_figures_air_defense },
  { "interception", gr_figures_interception },
  { "air-patrol", gr_figures_air_patrol },
  { "stabilization", gr_figures_stabilization },
  { "maritime", gr_figures_maritime },
  { "readiness", gr_figures_readiness },
  { "tornado", gr_figures_tornado },
  { "attribution", gr_figures_attribution },
};

const char * const *
gr_figure_list_ids (void)
{
  static const char *ids[G_N_ELEMENTS (entries) + 1];

  if (ids[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
      ids[i] = entries[i].id;
  return ids;
}

static const ChartEntry *
find_entry (const char *id)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (entries); i++)
    if (g_str_equal (entries[i].id, id))
      return &entries[i];
  return NULL;
}

gboolean
gr_figure_id_is_known (const char *id)
{
  return find_entry (id) != NULL;
}

GrChart *
gr_figure_new_by_id (const char       *id,
                     const GrScenario *scenario,
                     const GrMetrics  *metrics)
{
  const ChartEntry *entry = find_entry (id);

  g_return_val_if_fail (scenario != NULL, NULL);
  g_return_val_if_fail (metrics != NULL, NULL);

  return entry != NULL ? entry->build (scenario, metrics) : NULL;
}

GrChart *
gr_figure_new_compared (const char       *id,
                        const GrScenario *scenario,
                        const GrMetrics  *metrics,
                        const GrScenario *other,
                        const GrMetrics  *other_metrics)
{
  const ChartEntry *entry = find_entry (id);
  g_autoptr(GrChart) ghost = NULL;
  g_autofree char *name = NULL;
  GrChart *chart;

  g_return_val_if_fail (other != NULL && other_metrics != NULL, NULL);

  chart = gr_figure_new_by_id (id, scenario, metrics);
  if (chart == NULL)
    return NULL;
  ghost = entry->build (other, other_metrics);
  /* TRANSLATORS: the legend of the scenario compared with, drawn as a ghost */
  name = g_strdup_printf (_("B: %s"), other->name != NULL ? other->name : "");
  gr_chart_add_ghost (chart, ghost, name);
  return chart;
}

void
gr_figures_set_range (GrChart            *chart,
                      guint               series,
                      guint               category,
                      const GrMonteCarlo *monte_carlo,
                      double              factor,
                      gboolean            whole,
                      const char         *path_format,
                      ...)
{
  g_autofree char *path = NULL;
  const GrMonteCarloMetric *m;
  double low, high;
  va_list args;

  va_start (args, path_format);
  path = g_strdup_vprintf (path_format, args);
  va_end (args);
  m = gr_monte_carlo_find (monte_carlo, path);
  if (m == NULL)
    return;
  low = m->p10 * factor;
  high = m->p90 * factor;
  if (whole)
    low = floor (low), high = ceil (high);
  /* A value that does not vary has no range to draw. */
  if (high > low)
    gr_chart_series_set_interval (chart, series, category, low, high);
}

/* Per threat (the categories, in threat order) the range of
 * air_defense.threats.THREAT.@member on @series. */
static void
set_threat_ranges (GrChart            *chart,
                   guint               series,
                   const GrMonteCarlo *monte_carlo,
                   const char         *member,
                   double              factor)
{
  for (GrThreatClass t = 0; t < GR_N_THREATS; t++)
    gr_figures_set_range (chart, series, t, monte_carlo, factor, FALSE,
                          "air_defense.threats.%s.%s", gr_threat_to_string (t), member);
}

void
gr_figure_add_ranges (GrChart            *chart,
                      const char         *id,
                      const GrScenario   *scenario,
                      const GrMetrics    *metrics,
                      const GrMonteCarlo *monte_carlo)
{
  g_return_if_fail (chart != NULL && id != NULL && monte_carlo != NULL);
  g_return_if_fail (scenario != NULL && metrics != NULL);

  /* Only where a chart's category has a metric of its own.  An empty
   * chart has no categories to range. */
  if (gr_chart_is_empty (chart))
    return;
  if (g_str_equal (id, "index"))
    {
      /* One bar per instrument, in instrument order. */
      for (GrInstrument i = 0; i < GR_N_INSTRUMENTS; i++)
        gr_figures_set_range (chart, 0, i, monte_carlo, 1, FALSE, "index.pillars.%s",
                              gr_instrument_to_string (i));
    }
  else if (g_str_equal (id, "air-defense"))
    {
      /* Territory (series 0) and population (1) per threat, in percent. */
      set_threat_ranges (chart, 0, monte_carlo, "territory_covered_pct", 0.01);
      set_threat_ranges (chart, 1, monte_carlo, "population_covered_pct", 0.01);
    }
  else if (g_str_equal (id, "interception"))
    {
      /* The stack of a threat adds up to what is launched. */
      set_threat_ranges (chart, 0, monte_carlo, "launched_per_month", 1);
    }
  else if (g_str_equal (id, "stabilization"))
    {
      /* The stack of those deployed, and what sustaining them takes. */
      gr_figures_set_range (chart, 0, 0, monte_carlo, 1, FALSE,
                            "stabilization_force.deployed_troops");
      gr_figures_set_range (chart, 0, 1, monte_carlo, 1, FALSE,
                            "stabilization_force.required_with_rotation");
    }
  else if (g_str_equal (id, "funding"))
    gr_figures_funding_ranges (chart, scenario, metrics, monte_carlo);
  else if (g_str_equal (id, "readiness"))
    gr_figures_readiness_ranges (chart, metrics, monte_carlo);
  else if (g_str_equal (id, "air-patrol"))
    gr_figures_air_patrol_ranges (chart, metrics, monte_carlo);
  else if (g_str_equal (id, "maritime"))
    gr_figures_maritime_ranges (chart, metrics, monte_carlo);
}

double
gr_figure_export_auto_scale (int width,
                             int height)
{
  /* Lay out as for a 1280×720 window, never smaller than 1:1. */
  return MAX (1.0, MIN (width / 1280.0, height / 720.0));
}

GPtrArray *
gr_figure_export_fonts (const char *path,
                        int         width,
                        int         height)
{
  GrExportFormat format;

  g_return_val_if_fail (path != NULL, NULL);

  /* A vector page lays text out in fonts of its own (gr-chart-text.c). */
  if (!gr_export_format_from_path (path, &format) || format != GR_EXPORT_PNG)
    return NULL;
  /* The figures keep a new chart's text scale, 1. */
  return gr_chart_pixel_fonts (1, gr_figure_export_auto_scale (width, height));
}

typedef struct
{
  GrChart *chart;
  GrFontPrimer **primer;
} PrimedDrawing;

/* The chart, once the primer has given the font map back: by then the
 * file and the surface, its pages faulted in, exist. */
static void
draw_primed (cairo_t *cr,
             double   width,
             double   height,
             gpointer user_data)
{
  PrimedDrawing *drawing = user_data;

  g_clear_pointer (drawing->primer, gr_font_primer_free);
  gr_chart_draw_func (cr, width, height, drawing->chart);
}

gboolean
gr_figure_export (const char         *id,
                  const GrScenario   *scenario,
                  const GrMetrics    *metrics,
                  const GrMonteCarlo *monte_carlo,
                  const char         *path,
                  int                 width,
                  int                 height,
                  double              scale,
                  GrFontPrimer       *primer,
                  GError            **error)
{
  g_autoptr(GrFontPrimer) fonts_loading = primer;
  g_autoptr(GrChart) chart = NULL;
  PrimedDrawing drawing;
  GrChartStyle style;

  g_return_val_if_fail (path != NULL, FALSE);

  chart = gr_figure_new_by_id (id, scenario, metrics);
  if (chart == NULL)
    {
      g_autofree char *known = g_strjoinv (", ", (char **) gr_figure_list_ids ());

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("Unknown chart “%s”; the charts are: %s"), id, known);
      return FALSE;
    }
  if (monte_carlo != NULL)
    gr_figure_add_ranges (chart, id, scenario, metrics, monte_carlo);
  if (!(scale > 0))
    scale = gr_figure_export_auto_scale (width, height);
  gr_chart_get_style (chart, &style);
  style.whole_source = TRUE;
  gr_chart_set_style (chart, &style);
  drawing = (PrimedDrawing) { chart, &fonts_loading };
  return gr_export_draw_to_file (path, width, height, scale, draw_primed, &drawing, error);
}

void
gr_figures_collect (GPtrArray        *ids,
                    const GrQuantity *quantities,
                    guint             n)
{
  for (guint i = 0; i < n; i++)
    if (quantities[i].source != NULL)
      g_ptr_array_add (ids, quantities[i].source);
}

static const char *
source_title (const GrScenario *scenario,
              const char       *id)
{
  const GrSource *source = gr_scenario_find_source (scenario, id);

  return source != NULL && source->title != NULL && *source->title != '\0' ? source->title : id;
}

char *
gr_figures_source_line (const GrScenario  *scenario,
                        const char *const *ids)
{
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  if (scenario->name != NULL && *scenario->name != '\0')
    g_string_printf (line, _("Guarantor model, scenario “%s”"),
                     gr_local_name (scenario->name, scenario->name_uk));
  else
    g_string_assign (line, _("Guarantor model"));

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const char *title = source_title (scenario, ids[i]);
      gboolean seen = FALSE;

      for (guint j = 0; j < titles->len && !seen; j++)
        seen = g_str_equal (g_ptr_array_index (titles, j), title);
      if (!seen)
        g_ptr_array_add (titles, (gpointer) title);
    }

  /* Every citation: an exported chart must name them all. */
  for (guint i = 0; i < titles->len; i++)
    g_string_append_printf (line, "; %s", (char *) g_ptr_array_index (titles, i));
  return g_string_free (g_steal_pointer (&line), FALSE);
}

void
gr_figures_set_sources (GrChart          *chart,
                        const GrScenario *scenario,
                        GPtrArray        *ids)
{
  g_autofree char *line = NULL;

  g_ptr_array_add (ids, NULL);
  line = gr_figures_source_line (scenario, (const char * const *) ids->pdata);
  gr_chart_set_source (chart, line);
}

typedef struct
{
  char *id;
  char *name;
} NamedHead;

const char *
gr_figures_name_by_id (const GArray *items,
                       const char   *id,
                       gsize         name_uk_offset)
{
  guint size;

  if (items == NULL)
    return id;
  size = g_array_get_element_size ((GArray *) items);
  g_return_val_if_fail (size >= sizeof (NamedHead), id);

  for (guint i = 0; i < items->len; i++)
    {
      const NamedHead *head = (const NamedHead *) (items->data + (gsize) i * size);

      const char *name_uk = G_STRUCT_MEMBER (const char *, (gpointer) head, name_uk_offset);

      if (g_strcmp0 (head->id, id) == 0)
        return gr_item_name (head->name, name_uk, id);
    }
  return id;
}

const char *
gr_figures_threat_label (GrThreatClass threat)
{
  switch (threat)
    {
    case GR_THREAT_DRONE:
      return _("Attack drones");
    case GR_THREAT_CRUISE:
      return _("Cruise missiles");
    case GR_THREAT_BALLISTIC:
      return _("Ballistic missiles");
    case GR_N_THREATS:
    default:
      return "";
    }
}

const char *
gr_figures_instrument_label (GrInstrument instrument)
{
  switch (instrument)
    {
    case GR_INSTRUMENT_GUARANTEES:
      return _("Diplomatic guarantees");
    case GR_INSTRUMENT_FUNDING:
      return _("Army funding");
    case GR_INSTRUMENT_INDUSTRY:
      return _("Defence industry");
    case GR_INSTRUMENT_PRESENCE:
      return _("Foreign presence");
    case GR_INSTRUMENT_DANISH_MODEL:
      return _("Danish-model fund");
    case GR_INSTRUMENT_AIR_DEFENSE:
      return _("Integrated air defence");
    case GR_INSTRUMENT_MARITIME:
      return _("Black Sea security");
    case GR_INSTRUMENT_READINESS:
      return _("Readiness");
    case GR_N_INSTRUMENTS:
    default:
      return "";
    }
}
