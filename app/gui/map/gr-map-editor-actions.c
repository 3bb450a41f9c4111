/* gr-map-editor-actions.c — the map's actions, toolbar and context menu: layers, add, delete, export
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The "map.*" actions live on the map widget.  Layer and ring toggles are
 * GSettings actions (g_settings_create_action), so a toggle persists across
 * runs and the menus show its state with no code of ours.  "map.add"
 * places a new item at the map's centre (toolbar), "map.add-here" where
 * the context menu was opened; both take "battery:<system>",
 * "deployment", "patrol-post" or "zone-vertex".
 */

#include "config.h"

#include "gr-geo-names.h"
#include "gr-map-editor-private.h"

#include <glib/gi18n.h>

#include "gr-export-toast.h"
#include "gr-export.h"
#include "gr-map-export.h"
#include "gr-map-view-export.h"

static const char * const setting_actions[] = {
  "map-layer-air-defense",
  "map-layer-patrol-zones",
  "map-layer-force",
  "map-layer-maritime",
  "map-ring-nominal",
  "map-ring-drone",
  "map-ring-cruise",
  "map-ring-ballistic",
  "map-labels",
  "map-legend",
};

/* Adding */

static void
show_layer_of (GrMapEditor    *self,
               GrEditItemKind  kind)
{
  const char *key = NULL;

  /* What was just added must be seen. */
  if (kind == GR_EDIT_ITEM_BATTERY)
    key = "map-layer-air-defense";
  else if (kind == GR_EDIT_ITEM_DEPLOYMENT)
    key = "map-layer-force";
  else if (kind == GR_EDIT_ITEM_PATROL_POST)
    key = "map-layer-maritime";
  else if (kind == GR_EDIT_ITEM_ZONE_VERTEX)
    key = "map-layer-patrol-zones";
  if (key != NULL)
    g_settings_set_boolean (self->settings, key, TRUE);
}

/* The zone a new corner goes to: the selected zone, else the one with a
 * corner nearest to @at. */
static guint
zone_for_vertex (GrMapEditor *self,
                 GrLonLat     at)
{
  const GArray *zones = gr_document_get_scenario (self->document)->air_patrol.zones;
  double best = G_MAXDOUBLE;
  guint zone = 0;

  if (self->selection.kind == GR_EDIT_ITEM_ZONE || self->selection.kind == GR_EDIT_ITEM_ZONE_VERTEX
      || self->selection.kind == GR_EDIT_ITEM_ZONE_BASE)
    return self->selection.index;
  for (guint i = 0; i < zones->len; i++)
    {
      const GArray *polygon = g_array_index (zones, GrPatrolZone, i).polygon;

      for (guint v = 0; v < polygon->len; v++)
        {
          GrLonLat p = g_array_index (polygon, GrLonLat, v);
          double d = (p.lon - at.lon) * (p.lon - at.lon) + (p.lat - at.lat) * (p.lat - at.lat);

          if (d < best)
            {
              best = d;
              zone = i;
            }
        }
    }
  return zone;
}

static void
add_at (GrMapEditor *self,
        const char  *what,
        GrLonLat     at)
{
  g_autoptr(GError) error = NULL;
  GrEditItem added = { GR_EDIT_ITEM_NONE };
  gboolean ok = FALSE;

  if (self->document == NULL)
    return;
  if (g_str_has_prefix (what, "battery:"))
    ok = gr_edit_add_battery (self->document, what + strlen ("battery:"), at, &added, &error);
  else if (g_str_equal (what, "deployment"))
    ok = gr_edit_add_deployment (self->document, at, &added, &error);
  else if (g_str_equal (what, "patrol-post"))
    ok = gr_edit_add_patrol_post (self->document, at, &added, &error);
  else if (g_str_equal (what, "zone-vertex"))
    {
      if (gr_document_get_scenario (self->document)->air_patrol.zones->len == 0)
        {
          _gr_map_editor_toast (self, _("The scenario has no air-patrol zone to add a corner to"));
          return;
        }
      ok = gr_edit_add_zone_vertex (self->document, zone_for_vertex (self, at), at, &added, &error);
    }
  else
    g_return_if_reached ();

  if (!ok)
    {
      _gr_map_editor_toast (self, error->message);
      return;
    }
  show_layer_of (self, added.kind);
  gr_map_editor_set_selection (self, &added);
}

static void
add_activated_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  GrMapEditor *self = user_data;
  ShumateViewport *viewport = gr_map_widget_get_viewport (self->map);
  GrLonLat centre = {
    shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
    shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
  };

  add_at (self, g_variant_get_string (parameter, NULL), centre);
}

static void
add_here_activated_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GrMapEditor *self = user_data;

  add_at (self, g_variant_get_string (parameter, NULL), self->menu_point);
}

static void
delete_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GrMapEditor *self = user_data;
  GrEditItem item = self->selection;
  g_autoptr(GError) error = NULL;

  if (self->document == NULL || item.kind == GR_EDIT_ITEM_NONE)
    return;
  if (!gr_edit_delete (self->document, &item, &error))
    {
      _gr_map_editor_toast (self, error->message);
      return;
    }
  gr_map_editor_set_selection (self, NULL);
}

/* Exporting */

typedef struct
{
  GrScenario *scenario;
  GrScenario *ghost;        /* the compared scenario drawn as outlines, or NULL */
  GrModel *model;
  GrBasemap *basemap;
  GrOverlayStyle style;
  GrMapView view;           /* width 0: the framed page of gr_map_export() */
  gboolean show_legend;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_pointer (&job->scenario, gr_scenario_free);
  g_clear_pointer (&job->ghost, gr_scenario_free);
  g_clear_pointer (&job->model, gr_model_unref);
  g_clear_pointer (&job->basemap, gr_basemap_unref);
  g_free (job);
}

/* A GrExportFunc, in a worker: a 1920 × 1080 page takes a noticeable time
 * to draw, and the metrics are evaluated afresh from the copied scenario
 * (the document's own may change meanwhile). */
static gboolean
export_func (const char        *path,
             gpointer           data,
             GrExportProgress  *progress,
             GCancellable      *cancellable,
             GError           **error)
{
  ExportJob *job = data;
  g_autoptr(GrMetrics) metrics = NULL;

  if (job->model != NULL)
    metrics = gr_model_evaluate (job->model, job->scenario);
  gr_export_progress_set (progress, 0.3);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (job->view.width > 0)
    {
      GrMapViewPage page = {
        job->scenario, metrics, job->basemap, GR_BASEMAP_STYLE_LIGHT, job->style, job->view,
        job->show_legend, job->ghost,
      };
      GrExportFormat kind = GR_EXPORT_PNG;

      /* A PNG at twice the screen's pixels; PDF and SVG are vector. */
      gr_export_format_from_path (path, &kind);
      return gr_map_view_export (&page, path, kind == GR_EXPORT_PNG ? 2.0 : 1.0, error);
    }
  return gr_map_export_page (&(GrMapPage) { job->scenario, metrics, job->basemap,
                                           job->style.layers, NULL, job->ghost },
                             path, 0, 0, error);
}

/**
 * gr_map_editor_export_async:
 * @file: a local PNG, PDF or SVG file (the format comes from its extension)
 * @region: %GR_MAP_EXPORT_VIEW (what the map shows now, at twice its pixels
 *   for a PNG) or %GR_MAP_EXPORT_COUNTRY (the framed page with a title)
 * @progress_func: (nullable): told the progress, in this thread
 *
 * Draws the scenario as the document now has it, in the light look, in a
 * worker thread (gr-export-job.h).  A cancelled or failed export leaves
 * @file as it was.
 */
void
gr_map_editor_export_async (GrMapEditor          *self,
                            GFile                *file,
                            GrMapExportRegion     region,
                            GCancellable         *cancellable,
                            GrExportProgressFunc  progress_func,
                            gpointer              progress_data,
                            GAsyncReadyCallback   callback,
                            gpointer              user_data)
{
  g_autofree char *path = NULL;
  ExportJob *job;
  GrBasemap *basemap;
  GrModel *model;

  g_return_if_fail (GR_IS_MAP_EDITOR (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL || self->document == NULL || self->map == NULL)
    {
      gr_export_job_report_error (self, path == NULL ? _("Only local files can be written")
                                                     : _("There is nothing to export yet"),
                                  callback, user_data);
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->scenario = gr_scenario_copy (gr_document_get_scenario (self->document));
  /* The file names the scenario as it is now: its file, "modified", the day. */
  gr_export_stamp_scenario (job->scenario, gr_document_get_title (self->document),
                            gr_document_get_modified (self->document));
  /* As the map shows it: B in outlines over the document's instruments,
   * or, swapped, B solid and the document's in outlines. */
  if (gr_overlay_layer_get_other (self->layer) != NULL)
    {
      job->ghost = gr_scenario_copy (gr_overlay_layer_get_other (self->layer));
      if (gr_overlay_layer_get_swapped (self->layer))
        {
          GrScenario *solid = job->ghost;

          job->ghost = job->scenario;
          job->scenario = solid;
        }
    }
  model = gr_document_get_model (self->document);
  job->model = model != NULL ? gr_model_ref (model) : NULL;
  basemap = gr_map_widget_get_basemap (self->map);
  job->basemap = basemap != NULL ? gr_basemap_ref (basemap) : NULL;
  job->style = self->style;
  job->show_legend = g_settings_get_boolean (self->settings, "map-legend");
  if (region == GR_MAP_EXPORT_VIEW)
    gr_overlay_layer_get_view (self->layer, &job->view);
  gr_export_job_run_async (self, path, export_func, job, (GDestroyNotify) export_job_free,
                           progress_func, progress_data, cancellable, callback, user_data);
}

gboolean
gr_map_editor_export_finish (GrMapEditor   *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (GR_IS_MAP_EDITOR (self), FALSE);

  return gr_export_job_finish (result, error);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GrMapEditor *self = GR_MAP_EDITOR (object);
  g_autoptr(GrExportToast) toast = user_data;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  gr_map_editor_export_finish (self, result, &error);
  message = gr_export_toast_describe (toast, error);
  /* The window may have closed meanwhile. */
  if (self->map != NULL)
    _gr_map_editor_toast (self, message);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  GrMapEditor *self = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      GrExportToast *toast = gr_export_toast_new (self->toasts, name);
      /* "view": what the map shows now; "country": Ukraine framed on a page. */
      const char *choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "region");

      gr_map_editor_export_async (self, file,
                                  g_strcmp0 (choice, "country") == 0 ? GR_MAP_EXPORT_COUNTRY
                                                                     : GR_MAP_EXPORT_VIEW,
                                  gr_export_toast_get_cancellable (toast),
                                  gr_export_toast_progress, toast, export_done_cb, toast);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
export_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GrMapEditor *self = user_data;
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self->map));
  const char *name = self->document != NULL ? gr_document_get_scenario (self->document)->name : NULL;
  g_autofree char *suggested = NULL;

  chooser = gtk_file_chooser_native_new (_("Export Map"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* TRANSLATORS: the suggested file name of a map export; %s is the scenario */
  suggested = g_strdup_printf (_("%s — map.png"), name != NULL && *name != '\0' ? name : _("Scenario"));
  g_strdelimit (suggested, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  /* Beside the scenario's file, when it has one. */
  if (self->document != NULL && gr_document_get_file (self->document) != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (gr_document_get_file (self->document));

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PNG, PDF or SVG (by the name’s extension)"));
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_filter_add_suffix (filter, "svg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  /* TRANSLATORS: which part of the map to export, not an administrative region */
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "region", _("Region"),
                               (const char *[]) { "view", "country", NULL },
                               (const char *[]) { _("What the map shows now"),
                                                  _("Ukraine and the Black Sea, with a title"),
                                                  NULL });
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "region", "view");

  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Menus */

/* g_menu_append copies the detailed action; this wrapper frees ours. */
static void
append_detailed (GMenu      *menu,
                 const char *label,
                 const char *action,
                 const char *target)
{
  g_autofree char *detailed = g_strdup_printf ("%s::%s", action, target);

  g_menu_append (menu, label, detailed);
}

static GMenuModel *
add_menu (GrMapEditor *self,
          const char  *action)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) batteries = g_menu_new ();
  const GArray *systems = self->document != NULL
                          ? gr_document_get_scenario (self->document)->air_defense.systems : NULL;

  for (guint i = 0; systems != NULL && i < systems->len; i++)
    {
      const GrAirDefenseSystem *sys = &g_array_index (systems, GrAirDefenseSystem, i);
      g_autofree char *target = g_strdup_printf ("battery:%s", sys->id);
      g_autoptr(GMenuItem) item = g_menu_item_new (GR_ITEM_NAME (sys), NULL);

      g_menu_item_set_action_and_target (item, action, "s", target);
      g_menu_append_item (batteries, item);
    }
  g_menu_append_submenu (menu, _("Air-Defence _Battery"), G_MENU_MODEL (batteries));
  append_detailed (menu, _("Stabilisation-Force _Deployment"), action, "deployment");
  append_detailed (menu, _("Maritime _Patrol Post"), action, "patrol-post");
  append_detailed (menu, _("Air-Patrol _Zone Corner"), action, "zone-vertex");
  return G_MENU_MODEL (menu);
}

void
_gr_map_editor_popup_menu (GrMapEditor *self,
                           double       x,
                           double       y)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuModel) add = add_menu (self, "map.add-here");
  g_autoptr(GMenu) edit = g_menu_new ();

  g_menu_append_section (menu, _("Add Here"), add);
  g_menu_append (edit, _("_Delete Selection"), "map.delete");
  g_menu_append (edit, _("_Export Map…"), "map.export");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));

  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  self->context_menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self->map));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static GMenuModel *
layers_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) layers = g_menu_new ();
  g_autoptr(GMenu) rings = g_menu_new ();
  g_autoptr(GMenu) labels = g_menu_new ();

  g_menu_append (layers, _("_Air Defence"), "map.map-layer-air-defense");
  g_menu_append (layers, _("Joint Air _Patrols"), "map.map-layer-patrol-zones");
  g_menu_append (layers, _("_Stabilisation Force"), "map.map-layer-force");
  g_menu_append (layers, _("_Maritime"), "map.map-layer-maritime");
  g_menu_append_section (menu, _("Layers"), G_MENU_MODEL (layers));
  g_menu_append (rings, _("_Nominal Range"), "map.map-ring-nominal");
  g_menu_append (rings, _("Against _Drones"), "map.map-ring-drone");
  g_menu_append (rings, _("Against _Cruise Missiles"), "map.map-ring-cruise");
  g_menu_append (rings, _("Against _Ballistic Missiles"), "map.map-ring-ballistic");
  g_menu_append_section (menu, _("Air-Defence Rings"), G_MENU_MODEL (rings));
  g_menu_append (labels, _("_Labels"), "map.map-labels");
  g_menu_append (labels, _("L_egend"), "map.map-legend");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (labels));
  return G_MENU_MODEL (menu);
}

static GtkWidget *
tool_button (const char *icon,
             const char *tooltip,
             const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  return button;
}

GtkWidget *
_gr_map_editor_build_toolbar (GrMapEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *layers = gtk_menu_button_new ();
  g_autoptr(GMenuModel) layers_model = layers_menu ();

  gtk_widget_add_css_class (box, "toolbar");
  gtk_widget_add_css_class (box, "osd");
  gtk_widget_add_css_class (box, "map-toolbar");
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_widget_set_margin_top (box, 10);

  gtk_menu_button_set_label (GTK_MENU_BUTTON (layers), _("Layers"));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (layers), layers_model);
  gtk_widget_set_tooltip_text (layers, _("Show or Hide Map Layers"));
  gtk_box_append (GTK_BOX (box), layers);

  self->add_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->add_button), "list-add-symbolic");
  gtk_widget_set_tooltip_text (self->add_button, _("Add an Item at the Map’s Centre"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add an Item at the Map’s Centre"), -1);
  gtk_box_append (GTK_BOX (box), self->add_button);

  /* Only while a scenario B is compared with (gr_map_editor_set_comparison). */
  self->swap_button = gtk_toggle_button_new_with_label (_("A ⇄ B"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->swap_button), "map.swap-comparison");
  gtk_widget_set_tooltip_text (self->swap_button,
                               _("Swap A and B: Draw the Compared Scenario Solid and This One "
                                 "as Outlines (Ctrl+B)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->swap_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Swap which scenario the map draws solid"),
                                  GTK_ACCESSIBLE_PROPERTY_KEY_SHORTCUTS, "Control+B",
                                  -1);
  gtk_widget_set_visible (self->swap_button, FALSE);
  gtk_box_append (GTK_BOX (box), self->swap_button);

  gtk_box_append (GTK_BOX (box), tool_button ("user-trash-symbolic",
                                              _("Delete the Selection (Delete)"), "map.delete"));
  gtk_box_append (GTK_BOX (box), tool_button ("document-send-symbolic", _("Export Map…"),
                                              "map.export"));
  return box;
}

/* The battery types the add menu offers, as one string to compare. */
static char *
systems_key (GrMapEditor *self)
{
  const GArray *systems = self->document != NULL
                          ? gr_document_get_scenario (self->document)->air_defense.systems : NULL;
  GString *key = g_string_new (NULL);

  for (guint i = 0; systems != NULL && i < systems->len; i++)
    {
      const GrAirDefenseSystem *sys = &g_array_index (systems, GrAirDefenseSystem, i);

      g_string_append_printf (key, "%s\x1f%s\x1e", sys->id, GR_ITEM_NAME (sys));
    }
  return g_string_free (key, FALSE);
}

void
_gr_map_editor_actions_update (GrMapEditor *self)
{
  GAction *delete = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "delete");
  g_autoptr(GMenuModel) model = NULL;
  g_autofree char *systems = NULL;
  GtkPopover *popover = NULL;

  g_simple_action_set_enabled (G_SIMPLE_ACTION (delete),
                               self->selection.kind != GR_EDIT_ITEM_NONE
                               && self->selection.kind != GR_EDIT_ITEM_ZONE_BASE);
  if (self->add_button == NULL)
    return;
  /* The battery types come from the scenario; a new menu rebuilds the
   * popover, so only when they changed, and never while it is open. */
  systems = systems_key (self);
  if (g_strcmp0 (systems, self->add_menu_systems) == 0)
    return;
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->add_button));
  if (popover == NULL || !gtk_widget_get_visible (GTK_WIDGET (popover)))
    {
      model = add_menu (self, "map.add");
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->add_button), model);
      g_free (self->add_menu_systems);
      self->add_menu_systems = g_steal_pointer (&systems);
    }
}

static void
swap_comparison_changed_cb (GSimpleAction *action,
                            GVariant      *state,
                            gpointer       user_data)
{
  gr_map_editor_set_swapped (GR_MAP_EDITOR (user_data), g_variant_get_boolean (state));
}

void
_gr_map_editor_actions_init (GrMapEditor *self)
{
  static const GActionEntry entries[] = {
    { "add", add_activated_cb, "s" },
    { "add-here", add_here_activated_cb, "s" },
    { "delete", delete_activated_cb },
    { "export", export_activated_cb },
    { "swap-comparison", NULL, NULL, "false", swap_comparison_changed_cb },
  };

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries),
                                   self);
  for (guint i = 0; i < G_N_ELEMENTS (setting_actions); i++)
    {
      g_autoptr(GAction) action = g_settings_create_action (self->settings, setting_actions[i]);

      g_action_map_add_action (G_ACTION_MAP (self->actions), action);
    }
  gtk_widget_insert_action_group (GTK_WIDGET (self->map), "map", G_ACTION_GROUP (self->actions));
}
