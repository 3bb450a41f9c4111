/* gr-chart-view.c — a chart painter on screen, with tooltips, export and copy
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view rebuilds its GrChart from the document whenever the metrics
 * change and paints it with the same gr_chart_draw() the exports use, so a
 * PNG, PDF or SVG shows what the screen shows.  The screen follows the
 * style manager (dark, high contrast); exports and the clipboard always use
 * the light look, because they go into papers.  Files are written in a
 * worker thread from a chart snapshot, so the window never waits for them.
 */

#include "config.h"

#include "gr-chart-view.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gr-export-toast.h"
#include "gr-export.h"
#include "gr-figures.h"
#include "gr-texture.h"
#include "gr-toast.h"

/* What Copy Image puts on the clipboard: a 1280×720 layout at 1.5×. */
#define COPY_WIDTH 1920
#define COPY_HEIGHT 1080

struct _GrChartView
{
  GtkWidget parent_instance;

  GrDocument *document;
  char *chart_id;
  gboolean compact;
  GrChart *chart;
  GrScenario *other;           /* B, drawn as a ghost; NULL when not comparing */
  GrMetrics *other_metrics;
  GrMonteCarlo *monte_carlo;   /* ranges to draw, or NULL */
  guint rebuild_tick;          /* a rebuild waiting for a frame of its own */

  /* template children */
  GtkWidget *area;
  GtkWidget *large_button;
  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (GrChartView, gr_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_CHART_ID,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
gr_chart_view_new (GrDocument *document,
                   const char *chart_id,
                   gboolean    compact)
{
  return g_object_new (GR_TYPE_CHART_VIEW,
                       "document", document,
                       "chart-id", chart_id,
                       "compact", compact,
                       NULL);
}

GrDocument *
gr_chart_view_get_document (GrChartView *self)
{
  g_return_val_if_fail (GR_IS_CHART_VIEW (self), NULL);
  return self->document;
}

const char *
gr_chart_view_get_chart_id (GrChartView *self)
{
  g_return_val_if_fail (GR_IS_CHART_VIEW (self), NULL);
  return self->chart_id;
}

gboolean
gr_chart_view_get_compact (GrChartView *self)
{
  g_return_val_if_fail (GR_IS_CHART_VIEW (self), FALSE);
  return self->compact;
}

GrChart *
gr_chart_view_get_chart (GrChartView *self)
{
  g_return_val_if_fail (GR_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

/* A chart of @scenario (the document's, or a copy of it) with the
 * document's metrics, B's ghost and the ranges as the view shows them;
 * NULL when there are no metrics yet. */
static GrChart *
build_chart_of (GrChartView      *self,
                const GrScenario *scenario)
{
  const GrMetrics *metrics;
  GrChart *chart;

  metrics = gr_document_get_metrics (self->document);
  if (metrics == NULL)
    return NULL;
  if (self->other != NULL)
    chart = gr_figure_new_compared (self->chart_id, scenario, metrics,
                                    self->other, self->other_metrics);
  else
    chart = gr_figure_new_by_id (self->chart_id, scenario, metrics);
  if (chart != NULL && self->monte_carlo != NULL)
    gr_figure_add_ranges (chart, self->chart_id, scenario, metrics, self->monte_carlo);
  return chart;
}

static GrChart *
build_chart (GrChartView *self)
{
  if (self->document == NULL || self->chart_id == NULL)
    return NULL;
  return build_chart_of (self, gr_document_get_scenario (self->document));
}

/* The chart for a file, with what the screen shows of B and the ranges:
 * its source line names the scenario as it is now (its file or title,
 * "modified") and the day. */
static GrChart *
build_export_chart (GrChartView *self)
{
  g_autoptr(GrScenario) stamped = NULL;

  if (self->document == NULL || self->chart_id == NULL)
    return NULL;
  stamped = gr_scenario_copy (gr_document_get_scenario (self->document));
  gr_export_stamp_scenario (stamped, gr_document_get_title (self->document),
                            gr_document_get_modified (self->document));
  return build_chart_of (self, stamped);
}

static void
rebuild (GrChartView *self)
{
  g_autofree char *description = NULL;
  GrChart *fresh = build_chart (self);

  if (fresh != NULL)
    {
      description = gr_chart_describe (fresh);
      /* A compact chart leaves its explanation to the tooltip, the
       * description and the large view: in a side panel it would crowd
       * out the plot.  Exports always carry it. */
      if (self->compact)
        gr_chart_set_subtitle (fresh, NULL);
    }

  /* Most edits leave most charts as they were (a battery moved: the
   * funding chart stays); drawing one again costs about a millisecond, on
   * every frame of a drag. */
  if (fresh != NULL && self->chart != NULL)
    {
      GrChartStyle style;

      gr_chart_get_style (self->chart, &style);
      gr_chart_set_style (fresh, &style);
      if (gr_chart_equal (fresh, self->chart))
        {
          gr_chart_free (fresh);
          return;
        }
    }
  g_clear_pointer (&self->chart, gr_chart_free);
  self->chart = fresh;
  if (self->chart != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->area),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, gr_chart_get_title (self->chart),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
  gtk_widget_queue_draw (self->area);
}

void
gr_chart_view_set_comparison (GrChartView      *self,
                              const GrScenario *other)
{
  g_return_if_fail (GR_IS_CHART_VIEW (self));

  g_clear_pointer (&self->other, gr_scenario_free);
  g_clear_pointer (&self->other_metrics, gr_metrics_free);
  g_clear_pointer (&self->monte_carlo, gr_monte_carlo_free);
  if (other != NULL && self->document != NULL)
    {
      self->other = gr_scenario_copy (other);
      self->other_metrics = gr_model_evaluate (gr_document_get_model (self->document),
                                               self->other);
    }
  rebuild (self);
}

void
gr_chart_view_set_monte_carlo (GrChartView        *self,
                               const GrMonteCarlo *monte_carlo)
{
  g_return_if_fail (GR_IS_CHART_VIEW (self));

  g_clear_pointer (&self->monte_carlo, gr_monte_carlo_free);
  if (monte_carlo != NULL)
    self->monte_carlo = gr_monte_carlo_copy (monte_carlo);
  rebuild (self);
}

/* The charts of one window share its frame clock; the clock remembers the
 * frame in which one of them last redrew during a drag, so that each
 * window's charts take turns among themselves. */
#define DRAG_REDRAW_FRAME_KEY "gr-chart-view-drag-redraw-frame"

static gboolean
rebuild_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  GrChartView *self = GR_CHART_VIEW (widget);
  gint64 frame = gdk_frame_clock_get_frame_counter (clock);
  gint64 *last = g_object_get_data (G_OBJECT (clock), DRAG_REDRAW_FRAME_KEY);

  if (last == NULL)
    {
      last = g_new (gint64, 1);
      *last = -1;
      g_object_set_data_full (G_OBJECT (clock), DRAG_REDRAW_FRAME_KEY, last, g_free);
    }
  if (frame == *last)
    return G_SOURCE_CONTINUE;
  *last = frame;
  self->rebuild_tick = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* A drag on the map can change several charts in one step (a patrol post
 * moved onto a route changes the Black Sea chart and the index), and
 * drawing each costs a millisecond or two: while the drag lasts, the
 * charts take turns, one a frame, so that no frame of the drag draws
 * them all.  The headline numbers above them follow every step. */
static void
document_changed_cb (GrChartView *self)
{
  if (gr_document_get_editing (self->document) && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      if (self->rebuild_tick == 0)
        self->rebuild_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), rebuild_tick_cb,
                                                           NULL, NULL);
      return;
    }
  if (self->rebuild_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->rebuild_tick);
      self->rebuild_tick = 0;
    }
  rebuild (self);
}

static GrChartTheme
current_theme (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);

  if (adw_style_manager_get_high_contrast (manager))
    return dark ? GR_CHART_THEME_HIGH_CONTRAST_DARK : GR_CHART_THEME_HIGH_CONTRAST;
  return dark ? GR_CHART_THEME_DARK : GR_CHART_THEME_LIGHT;
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  GrChartView *self = GR_CHART_VIEW (user_data);
  GrChartStyle style = { current_theme (), self->compact ? 0.9 : 1.0 };

  if (self->chart == NULL)
    return;
  /* The text-size setting, and in the large view text that grows with
   * the window, so it carries across a room. */
  style.text_scale *= g_settings_get_double (self->settings, "text-scale");
  if (!self->compact)
    style.text_scale *= CLAMP (MIN (width / 1000.0, height / 620.0), 1.0, 2.5);
  gr_chart_set_style (self->chart, &style);
  gr_chart_draw (self->chart, cr, width, height);
}

static gboolean
query_tooltip_cb (GtkWidget  *area,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  GrChartView *self = GR_CHART_VIEW (user_data);
  g_autofree char *text = NULL;

  if (keyboard || self->chart == NULL)
    return FALSE;
  if (!gr_chart_query (self->chart, x, y, &text) || text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
style_changed_cb (GrChartView *self)
{
  gtk_widget_queue_draw (self->area);
}

/* ------------------------------------------------------------------------ */
/* Export                                                                    */

typedef struct
{
  GrChart *chart;
  int width;
  int height;
  double scale;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_pointer (&job->chart, gr_chart_free);
  g_free (job);
}

/* A GrExportFunc: the chart is the job's own, so it draws in a worker. */
static gboolean
export_func (const char        *path,
             gpointer           data,
             GrExportProgress  *progress,
             GCancellable      *cancellable,
             GError           **error)
{
  ExportJob *job = data;

  return gr_export_draw_to_file (path, job->width, job->height, job->scale,
                                 gr_chart_draw_func, job->chart, error);
}

/**
 * gr_chart_view_export_async:
 * @file: a local PNG, PDF or SVG file (the format comes from its extension)
 * @width: pixels (PNG) or points (PDF, SVG)
 * @scale: the layout scale (gr-export.h); ≤ 0 picks one from the size
 * @progress_func: (nullable): told the progress, in this thread
 *
 * Writes the chart as the document now has it, in the light look, in a
 * worker thread (gr-export-job.h).  A cancelled or failed export leaves
 * @file as it was.
 */
void
gr_chart_view_export_async (GrChartView          *self,
                            GFile                *file,
                            int                   width,
                            int                   height,
                            double                scale,
                            GCancellable         *cancellable,
                            GrExportProgressFunc  progress_func,
                            gpointer              progress_data,
                            GAsyncReadyCallback   callback,
                            gpointer              user_data)
{
  g_autofree char *path = NULL;
  ExportJob *job;
  GrChart *chart;
  GrChartStyle style;

  g_return_if_fail (GR_IS_CHART_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  chart = build_export_chart (self);
  if (path == NULL || chart == NULL)
    {
      g_clear_pointer (&chart, gr_chart_free);
      gr_export_job_report_error (self, path == NULL ? _("Only local files can be written")
                                                     : _("There is nothing to export yet"),
                                  callback, user_data);
      return;
    }
  /* A file has the room to name every source. */
  gr_chart_get_style (chart, &style);
  style.whole_source = TRUE;
  gr_chart_set_style (chart, &style);

  job = g_new0 (ExportJob, 1);
  job->chart = chart;
  job->width = width;
  job->height = height;
  job->scale = scale > 0 ? scale : gr_figure_export_auto_scale (width, height);
  gr_export_job_run_async (self, path, export_func, job, (GDestroyNotify) export_job_free,
                           progress_func, progress_data, cancellable, callback, user_data);
}

gboolean
gr_chart_view_export_finish (GrChartView   *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (GR_IS_CHART_VIEW (self), FALSE);

  return gr_export_job_finish (result, error);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GrChartView *self = GR_CHART_VIEW (object);
  g_autoptr(GrExportToast) toast = user_data;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  gr_chart_view_export_finish (self, result, &error);
  text = gr_export_toast_describe (toast, error);
  gr_toast_show (GTK_WIDGET (self), text);
}

/**
 * gr_chart_view_export:
 *
 * As gr_chart_view_export_async(), showing its progress in a toast with a
 * Cancel button, and then how it went.
 */
void
gr_chart_view_export (GrChartView *self,
                      GFile       *file,
                      int          width,
                      int          height,
                      double       scale)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *name = g_file_get_basename (file);
  GrExportToast *toast = gr_export_toast_new (ADW_TOAST_OVERLAY (overlay), name);

  gr_chart_view_export_async (self, file, width, height, scale,
                              gr_export_toast_get_cancellable (toast),
                              gr_export_toast_progress, toast, export_done_cb, toast);
}

typedef struct
{
  int width;
  int height;
  double scale;
} ExportSize;

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  GrChartView *self = GR_CHART_VIEW (user_data);
  ExportSize *size = g_object_get_data (G_OBJECT (chooser), "gr-export-size");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      gr_chart_view_export (self, file, size->width, size->height, size->scale);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
choose_file (GrChartView *self,
             const char  *extension,
             int          width,
             int          height,
             double       scale)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strdup_printf ("*.%s", extension);
  const char *scenario = self->document != NULL ? gr_document_get_title (self->document) : NULL;
  GFile *file = self->document != NULL ? gr_document_get_file (self->document) : NULL;
  g_autoptr(GFile) folder = file != NULL ? g_file_get_parent (file) : NULL;
  g_autofree char *name = NULL;
  ExportSize *size = g_new0 (ExportSize, 1);

  /* TRANSLATORS: the suggested file name of a chart export: the scenario,
   * the chart's id, the extension */
  name = g_strdup_printf (_("%s — %s.%s"), scenario != NULL ? scenario : _("Scenario"),
                          self->chart_id, extension);
  g_strdelimit (name, "/\\", '-');

  chooser = gtk_file_chooser_native_new (_("Export Chart"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  /* Beside the scenario's file, when it has one. */
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);

  size->width = width;
  size->height = height;
  size->scale = scale;
  g_object_set_data_full (G_OBJECT (chooser), "gr-export-size", size, g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
custom_size_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         gpointer          user_data)
{
  GrChartView *self = GR_CHART_VIEW (user_data);

  if (g_str_equal (response, "export"))
    {
      GtkSpinButton *width = g_object_get_data (G_OBJECT (dialog), "gr-width");
      GtkSpinButton *height = g_object_get_data (G_OBJECT (dialog), "gr-height");

      choose_file (self, "png",
                   gtk_spin_button_get_value_as_int (width),
                   gtk_spin_button_get_value_as_int (height), 0);
    }
  g_object_unref (self);
}

static GtkWidget *
size_spin (GtkGrid    *grid,
           int         row,
           const char *label,
           double      value,
           double      upper)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkWidget *spin = gtk_spin_button_new_with_range (200, upper, 10);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), spin);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, spin, 1, row, 1, 1);
  return spin;
}

static void
ask_custom_size (GrChartView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;
  GtkWidget *grid = gtk_grid_new ();

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Export at a Custom Size"),
                                   _("The chart keeps the layout of a 1280 × 720 window and is magnified to fill larger pictures."));
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_halign (grid, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (dialog), "gr-width",
                     size_spin (GTK_GRID (grid), 0, _("_Width (pixels)"), 1920, 7680));
  g_object_set_data (G_OBJECT (dialog), "gr-height",
                     size_spin (GTK_GRID (grid), 1, _("_Height (pixels)"), 1080, 4320));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), grid);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Choose File…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  g_signal_connect (dialog, "response", G_CALLBACK (custom_size_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GrChartView *self = GR_CHART_VIEW (widget);
  const char *what = g_variant_get_string (parameter, NULL);

  if (g_str_equal (what, "png-1920"))
    choose_file (self, "png", 1920, 1080, 0);
  else if (g_str_equal (what, "png-1280"))
    choose_file (self, "png", 1280, 720, 1);
  else if (g_str_equal (what, "png-hidpi"))
    /* The 1280×720 layout at twice the pixel density, for HiDPI screens. */
    choose_file (self, "png", 2560, 1440, 2);
  else if (g_str_equal (what, "png-custom"))
    ask_custom_size (self);
  else if (g_str_equal (what, "pdf"))
    choose_file (self, "pdf", 1280, 720, 1);
  else if (g_str_equal (what, "svg"))
    choose_file (self, "svg", 1280, 720, 1);
  else
    g_warning ("Unknown export “%s”", what);
}

/* ------------------------------------------------------------------------ */
/* Copy and open large                                                       */

/* The chart in the light look at @width × @height pixels, laid out at @scale. */
static GdkTexture *
render_texture (GrChart *chart,
                int      width,
                int      height,
                double   scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  GdkTexture *texture;

  cairo_scale (cr, scale, scale);
  gr_chart_draw (chart, cr, width / scale, height / scale);
  cairo_destroy (cr);
  texture = gr_texture_new_for_surface (surface);
  cairo_surface_destroy (surface);
  return texture;
}

static void
copy_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GrChartView *self = GR_CHART_VIEW (widget);
  g_autoptr(GrChart) chart = build_chart (self);
  g_autoptr(GdkTexture) texture = NULL;

  if (chart == NULL)
    return;
  texture = render_texture (chart, COPY_WIDTH, COPY_HEIGHT,
                            gr_figure_export_auto_scale (COPY_WIDTH, COPY_HEIGHT));
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  gr_toast_show (GTK_WIDGET (self), _("Chart copied to the clipboard"));
}

static void
open_large_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GrChartView *self = GR_CHART_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *view = gr_chart_view_new (self->document, self->chart_id, FALSE);
  GtkWidget *title = adw_window_title_new (self->chart != NULL ? gr_chart_get_title (self->chart) : "",
                                           NULL);
  GtkWidget *header = adw_header_bar_new ();

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_widget_set_vexpand (view, TRUE);
  gtk_widget_set_margin_start (view, 12);
  gtk_widget_set_margin_end (view, 12);
  gtk_widget_set_margin_bottom (view, 12);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), view);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), overlay);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 680);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_present (GTK_WINDOW (window));
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                   */

static void
gr_chart_view_constructed (GObject *object)
{
  GrChartView *self = GR_CHART_VIEW (object);
  AdwStyleManager *manager = adw_style_manager_get_default ();

  G_OBJECT_CLASS (gr_chart_view_parent_class)->constructed (object);

  if (self->document != NULL)
    g_signal_connect_object (self->document, "notify::metrics",
                             G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);

  /* Compact charts sit in a side panel; the large one fills its window. */
  gtk_widget_set_size_request (self->area, -1, self->compact ? 320 : 420);
  /* The large view is already large. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.open-large", self->compact);
  gtk_widget_set_visible (self->large_button, self->compact);
  rebuild (self);
}

static void
gr_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  GrChartView *self = GR_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_CHART_ID:
      g_value_set_string (value, self->chart_id);
      break;
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gr_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  GrChartView *self = GR_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    case PROP_CHART_ID:
      self->chart_id = g_value_dup_string (value);
      break;
    case PROP_COMPACT:
      self->compact = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gr_chart_view_dispose (GObject *object)
{
  GrChartView *self = GR_CHART_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GR_TYPE_CHART_VIEW);
  /* The template's unnamed root box is not a bound child: unparent it too. */
  {
    GtkWidget *child;

    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }
  g_clear_object (&self->document);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (gr_chart_view_parent_class)->dispose (object);
}

static void
gr_chart_view_finalize (GObject *object)
{
  GrChartView *self = GR_CHART_VIEW (object);

  g_clear_pointer (&self->chart, gr_chart_free);
  g_clear_pointer (&self->other, gr_scenario_free);
  g_clear_pointer (&self->other_metrics, gr_metrics_free);
  g_clear_pointer (&self->monte_carlo, gr_monte_carlo_free);
  g_free (self->chart_id);

  G_OBJECT_CLASS (gr_chart_view_parent_class)->finalize (object);
}

static void
gr_chart_view_class_init (GrChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = gr_chart_view_constructed;
  object_class->get_property = gr_chart_view_get_property;
  object_class->set_property = gr_chart_view_set_property;
  object_class->dispose = gr_chart_view_dispose;
  object_class->finalize = gr_chart_view_finalize;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, GR_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHART_ID] =
    g_param_spec_string ("chart-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/gr-chart-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GrChartView, area);
  gtk_widget_class_bind_template_child (widget_class, GrChartView, large_button);
  gtk_widget_class_set_css_name (widget_class, "chartview");

  gtk_widget_class_install_action (widget_class, "chart.export", "s", export_action_cb);
  gtk_widget_class_install_action (widget_class, "chart.copy", NULL, copy_action_cb);
  gtk_widget_class_install_action (widget_class, "chart.open-large", NULL, open_large_action_cb);
}

static void
gr_chart_view_init (GrChartView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->area), draw_cb, self, NULL);
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::text-scale",
                           G_CALLBACK (gtk_widget_queue_draw), self->area, G_CONNECT_SWAPPED);
  g_signal_connect (self->area, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
}
