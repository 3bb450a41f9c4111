/* gr-map-widget.c — the map: the offline base map (or, if asked, OpenStreetMap) with its controls
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The offline source is set at once, and its fills wait while the geodata
 * loads and the painter is built in a worker thread (about 0.1 s), so the
 * window never waits for the map.  The source is remade when the look
 * changes (dark or high-contrast style, HiDPI scale), because libshumate
 * caches tiles by source id.  The online OpenStreetMap source is made only
 * when the user turns it on in the preferences; until then nothing here
 * touches the network.
 */

#include "config.h"

#include "gr-map-widget.h"

#include <adwaita.h>
#include <langinfo.h>
#include <math.h>

#include "gr-map-editor.h"
#include "gr-tile-source.h"

/* Ukraine's extent (Crimea included), and south to the Bosporus, where
 * the Black Sea's shipping routes run; and how far the online map may zoom */
#define UKRAINE_WEST 22.1
#define UKRAINE_EAST 40.2
#define FRAME_SOUTH 40.9
#define UKRAINE_NORTH 52.4
/* The share of the free area's width and height kept as a margin around
 * the extent: the zoom buttons, legend button and scale bar float over
 * the map's edges.  The toolbar is taller, and in the middle: the extent
 * is framed below it (gr_map_widget_compute_frame). */
#define FRAME_MARGIN 0.10
#define ONLINE_MAX_ZOOM 17

struct _GrMapWidget
{
  GtkWidget parent_instance;

  AdwToastOverlay *toasts;
  GtkOverlay *overlay;
  ShumateSimpleMap *simple_map;
  GrMapEditor *editor;

  GSettings *settings;
  GCancellable *cancellable;
  GrBasemap *basemap;
  ShumateMapSource *source;
  ShumateMapSourceRegistry *registry;
  gboolean framed;
  /* The view the last framing chose */
  double framed_zoom;
  double framed_lat;
  double framed_lon;
  int framed_width, framed_height, framed_top;
};

G_DEFINE_FINAL_TYPE (GrMapWidget, gr_map_widget, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BASEMAP,
  PROP_N_PENDING_TILES,
  PROP_ONLINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
gr_map_widget_new (void)
{
  return g_object_new (GR_TYPE_MAP_WIDGET, NULL);
}

void
gr_map_widget_compute_frame (double  width,
                             double  height,
                             double  top,
                             double *zoom,
                             double *lat,
                             double *lon)
{
  double x0, y0, x1, y1, zx, zy, z, world, cx, cy;

  g_return_if_fail (zoom != NULL && lat != NULL && lon != NULL);

  /* Spans at zoom 0.  The zoom is fractional, so that the whole extent
   * fits any window: a whole level would either crop the east (Luhansk
   * at 1280 × 720) or show the country at half the size. */
  top = CLAMP (top, 0, height / 2);
  gr_mercator_project (0, UKRAINE_WEST, UKRAINE_NORTH, &x0, &y0);
  gr_mercator_project (0, UKRAINE_EAST, FRAME_SOUTH, &x1, &y1);
  zx = log2 (MAX (width, 1) * (1 - FRAME_MARGIN) / (x1 - x0));
  zy = log2 (MAX (height - top, 1) * (1 - FRAME_MARGIN) / (y1 - y0));
  z = CLAMP (MIN (zx, zy), GR_TILE_SOURCE_MIN_ZOOM, GR_TILE_SOURCE_MAX_ZOOM);

  /* The extent's Mercator centre goes to the middle of the area below
   * the toolbar: the view's centre is half the toolbar higher. */
  world = gr_mercator_world_size (z) / gr_mercator_world_size (0);
  cx = (x0 + x1) / 2 * world;
  cy = (y0 + y1) / 2 * world - top / 2;
  *zoom = z;
  gr_mercator_unproject (z, cx, cy, lon, lat);
}

/* How far down the map the toolbar reaches (0 while it is hidden). */
static int
toolbar_bottom (GrMapWidget *self)
{
  GtkWidget *toolbar = self->editor != NULL ? gr_map_editor_get_toolbar (self->editor) : NULL;
  int natural = 0;

  if (toolbar == NULL || !gtk_widget_get_visible (toolbar))
    return 0;
  gtk_widget_measure (toolbar, GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL, NULL);
  return gtk_widget_get_margin_top (toolbar) + natural + gtk_widget_get_margin_bottom (toolbar);
}

static void
frame_home (GrMapWidget *self,
            int          width,
            int          height)
{
  if (width <= 0 || height <= 0)
    {
      /* A first guess until the size is known. */
      width = 1280;
      height = 800;
    }
  self->framed_top = toolbar_bottom (self);
  gr_map_widget_compute_frame (width, height, self->framed_top,
                               &self->framed_zoom, &self->framed_lat, &self->framed_lon);
  shumate_viewport_set_zoom_level (gr_map_widget_get_viewport (self), self->framed_zoom);
  shumate_map_center_on (gr_map_widget_get_map (self), self->framed_lat, self->framed_lon);
}

void
gr_map_widget_go_home (GrMapWidget *self)
{
  g_return_if_fail (GR_IS_MAP_WIDGET (self));

  frame_home (self, gtk_widget_get_width (GTK_WIDGET (self)),
              gtk_widget_get_height (GTK_WIDGET (self)));
}

/* Whether the view is still the framing we chose: nobody panned or zoomed. */
static gboolean
still_framed (GrMapWidget *self)
{
  ShumateViewport *viewport = gr_map_widget_get_viewport (self);
  ShumateLocation *centre = SHUMATE_LOCATION (viewport);

  return shumate_viewport_get_zoom_level (viewport) == self->framed_zoom
         && fabs (shumate_location_get_latitude (centre) - self->framed_lat) < 1e-6
         && fabs (shumate_location_get_longitude (centre) - self->framed_lon) < 1e-6;
}

static void
source_n_pending_cb (GrMapWidget *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING_TILES]);
}

static GrBasemapStyle
current_style (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  if (adw_style_manager_get_high_contrast (manager))
    return GR_BASEMAP_STYLE_HIGH_CONTRAST;
  if (adw_style_manager_get_dark (manager))
    return GR_BASEMAP_STYLE_DARK;
  return GR_BASEMAP_STYLE_LIGHT;
}

/* The overlay layer draws the offline map's place names over the
 * instruments, with the source's basemap and style. */
static void
redraw_names (GrMapWidget *self)
{
  if (self->editor != NULL)
    gtk_widget_queue_draw (GTK_WIDGET (gr_map_editor_get_layer (self->editor)));
}

static void
set_source (GrMapWidget      *self,
            ShumateMapSource *source,
            guint             max_zoom)
{
  ShumateViewport *viewport = gr_map_widget_get_viewport (self);
  gboolean was_online = gr_map_widget_get_online (self);

  if (GR_IS_TILE_SOURCE (self->source))
    {
      /* Fills the old source holds for the basemap would wait forever. */
      g_signal_handlers_disconnect_by_func (self->source, source_n_pending_cb, self);
      gr_tile_source_cancel_waiting (GR_TILE_SOURCE (self->source));
    }
  g_set_object (&self->source, source);
  if (GR_IS_TILE_SOURCE (source))
    g_signal_connect_object (source, "notify::n-pending",
                             G_CALLBACK (source_n_pending_cb), self, G_CONNECT_SWAPPED);

  shumate_simple_map_set_map_source (self->simple_map, source);
  /* Setting the source resets the viewport's limits to the source's. */
  shumate_viewport_set_min_zoom_level (viewport, GR_TILE_SOURCE_MIN_ZOOM);
  shumate_viewport_set_max_zoom_level (viewport, max_zoom);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING_TILES]);
  if (was_online != gr_map_widget_get_online (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLINE]);
  redraw_names (self);
}

static void
update_source (GrMapWidget *self)
{
  g_autoptr(GrTileSource) offline = NULL;
  GrBasemapStyle style;
  int scale;

  if (g_settings_get_boolean (self->settings, "online-tiles"))
    {
      ShumateMapSource *osm;

      if (gr_map_widget_get_online (self))
        return;
      if (self->registry == NULL)
        self->registry = shumate_map_source_registry_new_with_defaults ();
      osm = shumate_map_source_registry_get_by_id (self->registry,
                                                   SHUMATE_MAP_SOURCE_OSM_MAPNIK);
      if (osm != NULL)
        {
          set_source (self, osm, ONLINE_MAX_ZOOM);
          return;
        }
      g_warning ("The OpenStreetMap source is missing; staying offline");
    }

  style = current_style ();
  scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  if (GR_IS_TILE_SOURCE (self->source) &&
      gr_tile_source_get_style (GR_TILE_SOURCE (self->source)) == style &&
      gr_tile_source_get_scale_factor (GR_TILE_SOURCE (self->source)) == scale)
    return;

  offline = gr_tile_source_new (self->basemap, style, scale);
  set_source (self, SHUMATE_MAP_SOURCE (offline), GR_TILE_SOURCE_MAX_ZOOM);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autoptr(GrGeodata) geodata = NULL;
  GError *error = NULL;

  /* The same copy the model reads: loaded once per process. */
  geodata = gr_geodata_load_shared (&error);
  if (geodata == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, gr_basemap_new (geodata), (GDestroyNotify) gr_basemap_unref);
}

/* @user_data: our reference to the widget, dropped here on the main thread */
static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GrMapWidget) self = user_data;
  g_autoptr(GError) error = NULL;
  GrBasemap *basemap;

  basemap = g_task_propagate_pointer (G_TASK (result), &error);
  if (basemap == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* The data is compiled into the program: only a broken build
           * gets here.  Say so, and let the map show no tiles. */
          g_critical ("The offline map cannot be drawn: %s", error->message);
          if (GR_IS_TILE_SOURCE (self->source))
            gr_tile_source_cancel_waiting (GR_TILE_SOURCE (self->source));
        }
      return;
    }

  self->basemap = basemap;
  if (GR_IS_TILE_SOURCE (self->source) &&
      gr_tile_source_get_basemap (GR_TILE_SOURCE (self->source)) == NULL)
    gr_tile_source_set_basemap (GR_TILE_SOURCE (self->source), basemap);
  redraw_names (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASEMAP]);
}

static void
gr_map_widget_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  GrMapWidget *self = GR_MAP_WIDGET (widget);

  /* Frame Ukraine once the size is known, before the map lays out its
   * tiles, so the first tiles asked for are the right ones; and again
   * while nobody has moved the map, since the window's first sizes (the
   * side area taking its share, a maximise) come a frame or two later. */
  if (width > 0 && height > 0
      && (width != self->framed_width || height != self->framed_height
          || toolbar_bottom (self) != self->framed_top)
      && (!self->framed || still_framed (self)))
    {
      self->framed = TRUE;
      self->framed_width = width;
      self->framed_height = height;
      frame_home (self, width, height);
    }

  /* No layout manager: GTK would then never call this function. */
  gtk_widget_allocate (GTK_WIDGET (self->toasts), width, height, baseline, NULL);
}

static void
gr_map_widget_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (GR_MAP_WIDGET (widget)->toasts), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
gr_map_widget_dispose (GObject *object)
{
  GrMapWidget *self = GR_MAP_WIDGET (object);

  g_cancellable_cancel (self->cancellable);
  /* A running export may hold the editor past us: let it go now. */
  if (self->editor != NULL)
    g_object_run_dispose (G_OBJECT (self->editor));
  g_clear_object (&self->editor);
  if (GR_IS_TILE_SOURCE (self->source))
    {
      g_signal_handlers_disconnect_by_func (self->source, source_n_pending_cb, self);
      gr_tile_source_cancel_waiting (GR_TILE_SOURCE (self->source));
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), GR_TYPE_MAP_WIDGET);
  g_clear_object (&self->source);
  g_clear_object (&self->registry);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->basemap, gr_basemap_unref);

  G_OBJECT_CLASS (gr_map_widget_parent_class)->dispose (object);
}

static void
gr_map_widget_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  GrMapWidget *self = GR_MAP_WIDGET (object);

  switch (prop_id)
    {
    case PROP_BASEMAP:
      g_value_set_boxed (value, self->basemap);
      break;

    case PROP_N_PENDING_TILES:
      g_value_set_uint (value, gr_map_widget_get_n_pending_tiles (self));
      break;

    case PROP_ONLINE:
      g_value_set_boolean (value, gr_map_widget_get_online (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gr_map_widget_class_init (GrMapWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gr_map_widget_dispose;
  object_class->get_property = gr_map_widget_get_property;
  widget_class->size_allocate = gr_map_widget_size_allocate;
  widget_class->measure = gr_map_widget_measure;

  properties[PROP_BASEMAP] =
    g_param_spec_boxed ("basemap", NULL, NULL, GR_TYPE_BASEMAP,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PENDING_TILES] =
    g_param_spec_uint ("n-pending-tiles", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ONLINE] =
    g_param_spec_boolean ("online", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SHUMATE_TYPE_SIMPLE_MAP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/gr-map-widget.ui");
  gtk_widget_class_bind_template_child (widget_class, GrMapWidget, toasts);
  gtk_widget_class_bind_template_child (widget_class, GrMapWidget, overlay);
  gtk_widget_class_bind_template_child (widget_class, GrMapWidget, simple_map);
  gtk_widget_class_set_css_name (widget_class, "grmapwidget");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* libshumate's zoom buttons show only an icon, with a tooltip a screen
 * reader does not take for a name: they are named by their tooltips. */
static void
name_icon_buttons (GtkWidget *widget)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (GTK_IS_BUTTON (widget) && tooltip != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_icon_buttons (child);
}

/* Metric unless the locale measures in inches and miles (LC_MEASUREMENT,
 * e.g. en_US), where the bar shows both. */
static ShumateUnit
scale_unit (void)
{
#ifdef __GLIBC__
  const char *measurement = nl_langinfo (_NL_MEASUREMENT_MEASUREMENT);

  if (measurement != NULL && measurement[0] == 2)
    return SHUMATE_UNIT_BOTH;
#endif
  return SHUMATE_UNIT_METRIC;
}

static void
gr_map_widget_init (GrMapWidget *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(GTask) task = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  shumate_scale_set_unit (shumate_simple_map_get_scale (self->simple_map), scale_unit ());
  name_icon_buttons (GTK_WIDGET (self->simple_map));

  self->settings = g_settings_new (APP_ID);
  self->cancellable = g_cancellable_new ();

  update_source (self);
  frame_home (self, 0, 0);
  /* The overlays and their editing, once the viewport has its source. */
  self->editor = gr_map_editor_new (self, self->overlay, self->toasts);

  g_signal_connect_object (self->settings, "changed::online-tiles",
                           G_CALLBACK (update_source), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::dark",
                           G_CALLBACK (update_source), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast",
                           G_CALLBACK (update_source), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (update_source), NULL);

  /* The callback, not the task, holds the widget: the worker lets go of
   * the task after its function has returned, which may be after the
   * callback, and a widget whose window was closed meanwhile would then
   * be finalized on the worker thread with the task's source object. */
  task = g_task_new (NULL, self->cancellable, load_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, gr_map_widget_init);
  g_task_run_in_thread (task, load_thread);
}

ShumateSimpleMap *
gr_map_widget_get_simple_map (GrMapWidget *self)
{
  g_return_val_if_fail (GR_IS_MAP_WIDGET (self), NULL);

  return self->simple_map;
}

ShumateMap *
gr_map_widget_get_map (GrMapWidget *self)
{
  g_return_val_if_fail (GR_IS_MAP_WIDGET (self), NULL);

  return shumate_simple_map_get_map (self->simple_map);
}

ShumateViewport *
gr_map_widget_get_viewport (GrMapWidget *self)
{
  g_return_val_if_fail (GR_IS_MAP_WIDGET (self), NULL);

  return shumate_simple_map_get_viewport (self->simple_map);
}

GrBasemap *
gr_map_widget_get_basemap (GrMapWidget *self)
{
  g_return_val_if_fail (GR_IS_MAP_WIDGET (self), NULL);

  return self->basemap;
}

guint
gr_map_widget_get_n_pending_tiles (GrMapWidget *self)
{
  g_return_val_if_fail (GR_IS_MAP_WIDGET (self), 0);

  if (!GR_IS_TILE_SOURCE (self->source))
    return 0;
  return gr_tile_source_get_n_pending (GR_TILE_SOURCE (self->source));
}

guint
gr_map_widget_get_n_filled_tiles (GrMapWidget *self)
{
  g_return_val_if_fail (GR_IS_MAP_WIDGET (self), 0);

  if (!GR_IS_TILE_SOURCE (self->source))
    return 0;
  return gr_tile_source_get_n_filled (GR_TILE_SOURCE (self->source));
}

gboolean
gr_map_widget_get_online (GrMapWidget *self)
{
  g_return_val_if_fail (GR_IS_MAP_WIDGET (self), FALSE);

  return self->source != NULL && !GR_IS_TILE_SOURCE (self->source);
}

/* Returns: (transfer none) (nullable): the scenario the map shows and edits */
GrDocument *
gr_map_widget_get_document (GrMapWidget *self)
{
  g_return_val_if_fail (GR_IS_MAP_WIDGET (self), NULL);

  return gr_map_editor_get_document (self->editor);
}

/* Shows @document's instruments over the map and edits them there. */
void
gr_map_widget_set_document (GrMapWidget *self,
                            GrDocument  *document)
{
  g_return_if_fail (GR_IS_MAP_WIDGET (self));
  g_return_if_fail (document == NULL || GR_IS_DOCUMENT (document));

  gr_map_editor_set_document (self->editor, document);
}

/* Returns: (transfer none): the overlay layers, selection and edit gestures */
GrMapEditor *
gr_map_widget_get_editor (GrMapWidget *self)
{
  g_return_val_if_fail (GR_IS_MAP_WIDGET (self), NULL);

  return self->editor;
}
