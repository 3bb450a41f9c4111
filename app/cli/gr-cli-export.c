/* gr-cli-export.c — `guarantor --export WHAT`: charts, the map, the briefing
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One branch per thing to export; each uses gr_cli_parse_size() and
 * gr_cli_load_scenario() from gr-cli.c.  Charts are exported by id
 * (gr-figures.h), with the P10–P90 of a Monte Carlo run when --samples,
 * --seed or --threads is given; `--export list` names what can be
 * exported.
 *
 * Exit statuses: 0 done; 2 bad input (unknown export, no or unusable
 * --output name, bad --size, a scenario that does not load); 1 the export
 * itself failed (geodata, writing the file).
 */

#include "config.h"

#include "gr-cli.h"

#include <glib/gi18n.h>

#include "gr-basemap.h"
#include "gr-figures.h"
#include "gr-font-primer.h"
#include "gr-export.h"
#include "gr-map-export.h"
#include "gr-metrics.h"
#include "gr-monte-carlo.h"

#include <pango/pangocairo.h>

#define DEFAULT_WIDTH 1920
#define DEFAULT_HEIGHT 1080

static int
list_exports (void)
{
  const char * const *ids = gr_figure_list_ids ();

  g_print ("map\n");
  for (guint i = 0; ids[i] != NULL; i++)
    g_print ("%s\n", ids[i]);
  return GR_CLI_EXIT_OK;
}

/* Checks that do not need the scenario: the output name and the size. */
static int
check_output (const char *output,
              const char *size,
              int        *width,
              int        *height)
{
  g_autoptr(GError) error = NULL;

  if (output == NULL)
    return gr_cli_fail (GR_CLI_EXIT_USAGE, _("--export needs --output FILE (.png, .pdf or .svg)"));
  if (!gr_export_format_from_path (output, NULL))
    {
      g_autofree char *display = g_filename_display_name (output);
      g_autofree char *message = g_strdup_printf (_("cannot export “%s”: the name must end in "
                                                    ".png, .pdf or .svg"), display);

      return gr_cli_fail (GR_CLI_EXIT_USAGE, message);
    }
  *width = DEFAULT_WIDTH;
  *height = DEFAULT_HEIGHT;
  if (!gr_cli_parse_size (size, width, height, &error))
    return gr_cli_fail (GR_CLI_EXIT_USAGE, error->message);
  return GR_CLI_EXIT_OK;
}

/**
 * gr_cli_export_picture:
 * @id: a chart id from gr_figure_list_ids(), or "map"
 * @output: the file to write; its extension picks PNG, PDF or SVG
 * @scenario_path: (nullable): a scenario file, or %NULL for the baseline
 * @size: (nullable): "WIDTHxHEIGHT", 1920x1080 when %NULL
 * @samples, @seed, @threads: (nullable): the Monte Carlo run whose
 *   P10–P90 a chart draws; all %NULL for none
 *
 * Evaluates the scenario and writes the chart, or the whole map (Ukraine
 * and the Black Sea, every layer, legend, scale bar, attribution), laid
 * out as on a 1280×720 screen and scaled up to the size asked.
 */
static int
gr_cli_export_picture (const char *id,
                       const char *output,
                       const char *scenario_path,
                       const char *size,
                       const char *samples_text,
                       const char *seed_text,
                       const char *threads_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrScenario) scenario = NULL;
  g_autoptr(GrModel) model = NULL;
  g_autoptr(GrMetrics) metrics = NULL;
  g_autoptr(GrMonteCarlo) monte_carlo = NULL;
  g_autoptr(GrBasemap) basemap = NULL;
  g_autoptr(GrFontPrimer) primer = NULL;
  g_autoptr(GPtrArray) fonts = NULL;
  gboolean ranges = samples_text != NULL || seed_text != NULL || threads_text != NULL;
  guint64 samples, seed, threads;
  int width, height, status = GR_CLI_EXIT_OK;
  gboolean done;

  if (ranges && g_str_equal (id, "map"))
    return gr_cli_fail (GR_CLI_EXIT_USAGE, _("--samples, --seed and --threads need "
                                             "--monte-carlo, --briefing, --export CHART or "
                                             "--present"));
  if (!gr_cli_parse_monte_carlo (samples_text, seed_text, threads_text, 0, &samples, &seed,
                                 &threads, &status))
    return status;
  status = check_output (output, size, &width, &height);
  if (status != GR_CLI_EXIT_OK)
    return status;

  /* A chart's fonts load on the other CPU while the scenario is read and
   * evaluated (gr-font-primer.c); pango is the primer's until
   * gr_figure_export() draws. */
  fonts = g_str_equal (id, "map") ? NULL : gr_figure_export_fonts (output, width, height);
  if (fonts != NULL)
    primer = gr_font_primer_start (pango_cairo_font_map_get_default (), g_steal_pointer (&fonts));

  scenario = gr_cli_load_scenario (scenario_path, &error);
  if (scenario == NULL)
    return gr_cli_fail (GR_CLI_EXIT_USAGE, error->message);
  model = gr_model_new_default (&error);
  if (model == NULL)
    return gr_cli_fail (GR_CLI_EXIT_FAILURE, error->message);
  metrics = gr_model_evaluate (model, scenario);
  /* The file names the scenario and the day it was drawn. */
  gr_export_stamp_scenario (scenario, NULL, FALSE);

  if (g_str_equal (id, "map"))
    {
      g_autoptr(GrGeodata) geodata = gr_geodata_load_shared (&error);

      if (geodata == NULL)
        return gr_cli_fail (GR_CLI_EXIT_FAILURE, error->message);
      basemap = gr_basemap_new (geodata);
      done = gr_map_export (scenario, metrics, basemap, GR_OVERLAY_ALL, output, width, height,
                            &error);
    }
  else
    {
      if (ranges && samples > 0)
        {
          /* Cannot be cancelled here, so cannot fail. */
          monte_carlo = gr_monte_carlo_run (model, scenario, samples, seed, threads, NULL, NULL,
                                            NULL, &error);
          if (monte_carlo == NULL)
            return gr_cli_fail (GR_CLI_EXIT_FAILURE, error->message);
        }
      done = gr_figure_export (id, scenario, metrics, monte_carlo, output, width, height, 0,
                               g_steal_pointer (&primer), &error);
    }
  /* The painters cannot fail on a loaded scenario, so a failed export is a
   * path the user gave that cannot be written: bad input, like the others. */
  if (!done)
    return gr_cli_fail (GR_CLI_EXIT_USAGE, error->message);
  return GR_CLI_EXIT_OK;
}

int
gr_cli_export (const char *what,
               const char *output,
               const char *scenario_path,
               const char *size,
               const char *samples,
               const char *seed,
               const char *threads)
{
  g_return_val_if_fail (what != NULL, GR_CLI_EXIT_USAGE);

  if (g_str_equal (what, "list"))
    return list_exports ();
  if (gr_figure_id_is_known (what) || g_str_equal (what, "map"))
    return gr_cli_export_picture (what, output, scenario_path, size, samples, seed, threads);

  {
    /* TRANSLATORS: %s is what the user asked to export, e.g. "map" */
    g_autofree char *message = g_strdup_printf (_("unknown export “%s”; `guarantor --export list` "
                                                  "names the exports"), what);

    return gr_cli_fail (GR_CLI_EXIT_USAGE, message);
  }
}
