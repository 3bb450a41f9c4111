/* test-map-editing.c — the map's layers and edits: a drag moves a deployment and the metrics follow; a hidden layer's pixels vanish
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with the map widget in a window, showing the bundled
 * baseline.  GTK 4 cannot synthesise pointer events, so the drag test
 * drives the functions the map's GtkGestureDrag handlers call
 * (gr_map_editor_drag_begin/update/end, at map-widget coordinates, the
 * press found on the drawn symbol with the painters' hit-test); what is
 * left untested is only the gesture's own claim of the pointer.  The
 * layer test flips the GSettings key the Layers menu's check item is bound
 * to, renders the widget to a texture as an export would, and compares the
 * pixels where a battery is drawn.
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdlib.h>

#include "gr-map-editor.h"
#include "gr-map-legend.h"
#include "gr-map-widget.h"
#include "gr-metrics-json.h"
#include "map-fixture.h"

#define WIDTH 1100
#define HEIGHT 800

static GtkWidget *window;
static GrMapWidget *map_widget;
static GrDocument *document;
static GrModel *model;

static GdkTexture *
render_widget (void)
{
  GdkTexture *texture;

  /* The paintable replays the last drawn frame: draw the change first. */
  display_redraw (GTK_WIDGET (map_widget));
  texture = map_fixture_render (GTK_WIDGET (map_widget));
  g_assert_nonnull (texture);
  return texture;
}

static guchar *
download (GdkTexture *texture,
          gsize      *stride)
{
  guchar *pixels;

  *stride = 4 * gdk_texture_get_width (texture);
  pixels = g_malloc (*stride * gdk_texture_get_height (texture));
  gdk_texture_download (texture, pixels, *stride);
  return pixels;
}

/* Mean absolute difference per channel over the 7×7 pixels around (cx, cy). */
static double
region_difference (const guchar *a,
                   const guchar *b,
                   gsize         stride,
                   int           cx,
                   int           cy)
{
  double sum = 0;
  int n = 0;

  for (int y = cy - 3; y <= cy + 3; y++)
    for (int x = cx - 3; x <= cx + 3; x++)
      for (int c = 0; c < 3; c++, n++)
        sum += abs ((int) a[y * stride + 4 * x + c] - (int) b[y * stride + 4 * x + c]);
  return sum / n;
}

static void
set_layers (gboolean air_defense,
            gboolean others)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_boolean (settings, "map-layer-air-defense", air_defense);
  g_settings_set_boolean (settings, "map-layer-patrol-zones", others);
  g_settings_set_boolean (settings, "map-layer-force", others);
  g_settings_set_boolean (settings, "map-layer-maritime", others);
}

static double
legend_height (void)
{
  GrMapEditor *editor = gr_map_widget_get_editor (map_widget);
  int h;

  gtk_widget_measure (gr_map_editor_get_legend (editor), GTK_ORIENTATION_VERTICAL, -1,
                      NULL, &h, NULL, NULL);
  return h;
}

/* A fresh install shows the legend folded into a button: the card, as tall
 * as a laptop's map, would cover western Ukraine.  Unfolding it is a
 * remembered setting. */
static void
test_legend_folded (void)
{
  GrMapEditor *editor = gr_map_widget_get_editor (map_widget);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *legend = gr_map_editor_get_legend (editor);

  g_assert_false (g_settings_get_boolean (settings, "map-legend-expanded"));
  g_assert_false (gtk_widget_get_mapped (legend));
  g_settings_set_boolean (settings, "map-legend-expanded", TRUE);
  display_drain ();
  g_assert_true (gtk_widget_get_mapped (legend));
  g_settings_set_boolean (settings, "map-legend-expanded", FALSE);
  display_drain ();
  g_assert_false (gtk_widget_get_child_visible (gtk_widget_get_parent (legend))
                  && gtk_widget_get_mapped (legend));
}

static void
test_layer_toggle (void)
{
  GrMapEditor *editor = gr_map_widget_get_editor (map_widget);
  /* Kharkiv's IRIS-T battery: no other layer draws near Kharkiv. */
  GrLonLat kharkiv = g_array_index (gr_document_get_scenario (document)->air_defense.batteries,
                                    GrBattery, 7).position;
  g_autoptr(GdkTexture) shown = NULL;
  g_autoptr(GdkTexture) hidden = NULL;
  g_autoptr(GdkTexture) none = NULL;
  g_autofree guchar *p_shown = NULL;
  g_autofree guchar *p_hidden = NULL;
  g_autofree guchar *p_none = NULL;
  double x, y, with_air, without_air;
  graphene_rect_t legend;
  gsize stride;

  g_assert_cmpstr (g_array_index (gr_document_get_scenario (document)->air_defense.batteries,
                                  GrBattery, 7).id, ==, "kharkiv-iris-t");
  map_fixture_wait_for_tiles (map_widget);
  gr_map_editor_to_widget (editor, kharkiv, &x, &y);
  g_assert_cmpfloat (x, >, 10);
  g_assert_cmpfloat (x, <, gtk_widget_get_width (GTK_WIDGET (map_widget)) - 10);
  /* and not under the legend card, even unfolded */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_settings_set_boolean (settings, "map-legend-expanded", TRUE);
    /* laid out: the card's bounds are those it is drawn at */
    display_wait_for_frame (window);
  }
  g_assert_true (gtk_widget_compute_bounds (gr_map_editor_get_legend (editor),
                                            GTK_WIDGET (map_widget), &legend));
  g_assert_false (graphene_rect_contains_point (&legend, &GRAPHENE_POINT_INIT (x, y)));

  set_layers (TRUE, TRUE);
  with_air = legend_height ();
  shown = render_widget ();
  if (g_getenv ("GR_TEST_SAVE_PNG") != NULL)
    gdk_texture_save_to_png (shown, g_getenv ("GR_TEST_SAVE_PNG"));
  set_layers (FALSE, TRUE);
  without_air = legend_height ();
  hidden = render_widget ();
  set_layers (FALSE, FALSE);
  none = render_widget ();
  set_layers (TRUE, TRUE);

  p_shown = download (shown, &stride);
  p_hidden = download (hidden, &stride);
  p_none = download (none, &stride);
  g_test_message ("at Kharkiv: shown vs none %.1f, hidden vs none %.1f",
                  region_difference (p_shown, p_none, stride, x, y),
                  region_difference (p_hidden, p_none, stride, x, y));
  /* The battery's symbol (a blue ring with a letter on white) differs
   * clearly from the base map; with its layer off the pixels are the base
   * map's exactly, as with every layer off. */
  g_assert_cmpfloat (region_difference (p_shown, p_none, stride, x, y), >, 20);
  g_assert_cmpfloat (region_difference (p_hidden, p_none, stride, x, y), <, 0.5);
  /* The legend lost its air-defence section: it matches what is shown. */
  g_assert_cmpfloat (without_air, <, with_air);

  /* The Layers menu's check items are the settings themselves, so a
   * toggle persists across runs. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    gtk_widget_activate_action (GTK_WIDGET (map_widget), "map.map-layer-force", NULL);
    g_assert_false (g_settings_get_boolean (settings, "map-layer-force"));
    g_assert_false (gr_overlay_layer_get_style (gr_map_editor_get_layer (editor))->layers
                    & GR_OVERLAY_FORCE);
    gtk_widget_activate_action (GTK_WIDGET (map_widget), "map.map-layer-force", NULL);
    g_assert_true (g_settings_get_boolean (settings, "map-layer-force"));
  }
}

/* Where deployment @index's symbol is drawn, in map-widget coordinates:
 * the painters may set a symbol aside from its place, so search around
 * the place with the same hit-test the press uses. */
static gboolean
find_symbol (guint   index,
             double *sx,
             double *sy)
{
  GrMapEditor *editor = gr_map_widget_get_editor (map_widget);
  GrOverlayLayer *layer = gr_map_editor_get_layer (editor);
  const GrScenario *s = gr_document_get_scenario (document);
  GrLonLat at = g_array_index (s->force.deployments, GrDeployment, index).position;
  GrMapView view;
  double x, y;

  gr_overlay_layer_get_view (layer, &view);
  gr_map_view_to_device (&view, at.lon, at.lat, &x, &y);
  for (int r = 0; r <= 60; r += 2)
    for (int dy = -r; dy <= r; dy += 2)
      for (int dx = -r; dx <= r; dx += 2)
        {
          GrOverlayHit hit;

          if (gr_overlay_hit_test (&view, s, gr_overlay_layer_get_style (layer), x + dx, y + dy, &hit)
              && hit.kind == GR_EDIT_ITEM_DEPLOYMENT && hit.index == index)
            return gtk_widget_translate_coordinates (GTK_WIDGET (layer), GTK_WIDGET (map_widget),
                                                     x + dx, y + dy, sx, sy);
        }
  return FALSE;
}

static void
test_drag_deployment (void)
{
  GrMapEditor *editor = gr_map_widget_get_editor (map_widget);
  ShumateViewport *viewport = gr_map_widget_get_viewport (map_widget);
  const GrScenario *s = gr_document_get_scenario (document);
  g_autoptr(GrScenario) before = gr_scenario_copy (s);
  g_autofree char *metrics_before = gr_metrics_to_json (gr_document_get_metrics (document), model, FALSE);
  g_autofree char *metrics_undone = NULL;
  guint reached_before = gr_document_get_metrics (document)->force.border_regions_reached;
  double centre_lat = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
  GrLonLat from, to;
  const GrEditItem *selected;
  double x, y, kx, ky;

  /* Rivne's deployment (26.25 E 50.62 N) is the only one within the
   * 150 km reach of Rivne oblast's border with Belarus (≈ 51.5 N): the
   * next nearest, Starokostiantyniv and Yavoriv, are ≈ 195 km and more
   * away.  49 N 30 E lies ≈ 280 km from Belarus and farther from Russia. */
  g_assert_cmpstr (g_array_index (s->force.deployments, GrDeployment, 7).id, ==, "rivne-border");
  from = g_array_index (s->force.deployments, GrDeployment, 7).position;
  g_assert_true (find_symbol (7, &x, &y));

  g_assert_true (gr_map_editor_drag_begin (editor, x, y));
  selected = gr_map_editor_get_selection (editor);
  g_assert_cmpint (selected->kind, ==, GR_EDIT_ITEM_DEPLOYMENT);
  g_assert_cmpuint (selected->index, ==, 7);
  g_assert_true (gtk_widget_get_visible (gr_map_editor_get_inspector (editor)));

  /* Drag it south-east in steps, as motion events come, to
   * the screen point of 49.0 N 30.0 E, far from every border. */
  gr_map_editor_to_widget (editor, (GrLonLat) { 30.0, 49.0 }, &kx, &ky);
  for (int i = 1; i <= 10; i++)
    gr_map_editor_drag_update (editor, x + (kx - x) * i / 10.0, y + (ky - y) * i / 10.0);
  gr_map_editor_drag_end (editor);

  s = gr_document_get_scenario (document);
  to = g_array_index (s->force.deployments, GrDeployment, 7).position;
  g_test_message ("moved from %.2f %.2f to %.2f %.2f; border regions reached %u -> %u",
                  from.lon, from.lat, to.lon, to.lat, reached_before,
                  gr_document_get_metrics (document)->force.border_regions_reached);
  /* The press was on the symbol, not the place: the item keeps that
   * offset, so it ends up about where 49 N 30 E plus the offset is. */
  g_assert_cmpfloat (to.lat, <, from.lat - 1.0);
  g_assert_cmpfloat (to.lon, >, from.lon + 2.5);
  /* The metrics followed: Rivne oblast's border is out of reach now. */
  g_assert_cmpuint (gr_document_get_metrics (document)->force.border_regions_reached, <,
                    reached_before);
  /* The map did not pan. */
  g_assert_cmpfloat (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)), ==, centre_lat);

  /* One undo step gives back the identical scenario and metrics. */
  g_assert_true (gr_document_undo (document));
  g_assert_true (gr_scenario_equal (before, gr_document_get_scenario (document)));
  metrics_undone = gr_metrics_to_json (gr_document_get_metrics (document), model, FALSE);
  g_assert_cmpstr (metrics_before, ==, metrics_undone);
  g_assert_false (gr_document_get_can_undo (document));
  /* the selection followed the item back */
  g_assert_cmpint (gr_map_editor_get_selection (editor)->kind, ==, GR_EDIT_ITEM_DEPLOYMENT);
}

static void
test_keys_and_actions (void)
{
  GrMapEditor *editor = gr_map_widget_get_editor (map_widget);
  GrEditItem battery = { GR_EDIT_ITEM_BATTERY, 7, 0 };
  GrLonLat before, after;
  double x0, y0, x1, y1;

  gr_map_editor_set_selection (editor, &battery);
  before = g_array_index (gr_document_get_scenario (document)->air_defense.batteries, GrBattery, 7).position;
  g_assert_true (gr_map_editor_nudge (editor, 10, 0));
  after = g_array_index (gr_document_get_scenario (document)->air_defense.batteries, GrBattery, 7).position;
  /* Ten pixels east on screen: same latitude, 10 px further in x. */
  gr_map_editor_to_widget (editor, before, &x0, &y0);
  gr_map_editor_to_widget (editor, after, &x1, &y1);
  g_assert_cmpfloat_with_epsilon (x1 - x0, 10, 1e-6);
  g_assert_cmpfloat_with_epsilon (after.lat, before.lat, 1e-6);   /* ≈ 0.1 m */
  g_assert_true (gr_document_undo (document));

  /* The Delete action deletes the selection; undo brings it back and the
   * selection is found again by id. */
  gtk_widget_activate_action (GTK_WIDGET (map_widget), "map.delete", NULL);
  g_assert_cmpuint (gr_document_get_scenario (document)->air_defense.batteries->len, ==, 15);
  g_assert_cmpint (gr_map_editor_get_selection (editor)->kind, ==, GR_EDIT_ITEM_NONE);
  g_assert_true (gr_document_undo (document));
  g_assert_cmpuint (gr_document_get_scenario (document)->air_defense.batteries->len, ==, 16);

  /* The toolbar's Add places at the map's centre and selects the new item. */
  gtk_widget_activate_action (GTK_WIDGET (map_widget), "map.add", "s", "battery:patriot");
  g_assert_cmpuint (gr_document_get_scenario (document)->air_defense.batteries->len, ==, 17);
  g_assert_cmpint (gr_map_editor_get_selection (editor)->kind, ==, GR_EDIT_ITEM_BATTERY);
  g_assert_cmpuint (gr_map_editor_get_selection (editor)->index, ==, 16);
  g_assert_cmpstr (g_array_index (gr_document_get_scenario (document)->air_defense.batteries,
                                  GrBattery, 16).id, ==, "patriot-1");
  g_assert_true (gr_document_undo (document));
  /* the new item is gone, and so is its selection */
  g_assert_cmpint (gr_map_editor_get_selection (editor)->kind, ==, GR_EDIT_ITEM_NONE);

  gr_map_editor_set_selection (editor, &battery);
  g_assert_true (gtk_widget_get_visible (gr_map_editor_get_inspector (editor)));
  gr_map_editor_set_selection (editor, NULL);
  g_assert_false (gtk_widget_get_visible (gr_map_editor_get_inspector (editor)));
}

static void
move_battery_to_moscow (GrScenario *scenario,
                        gpointer    user_data)
{
  g_array_index (scenario->air_defense.batteries, GrBattery, GPOINTER_TO_UINT (user_data)).position =
    (GrLonLat) { 37.62, 55.75 };
}

/* Finds the first visible label with the "warning" style under @widget. */
static GtkWidget *
find_warning (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "warning"))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_warning (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A battery moved out of Ukraine's reach carries the model's warning next
 * to it, in the inspector; back in reach, the warning goes. */
static void
test_inspector_warning (void)
{
  GrMapEditor *editor = gr_map_widget_get_editor (map_widget);
  GtkWidget *inspector = gr_map_editor_get_inspector (editor);
  GrEditItem battery = { GR_EDIT_ITEM_BATTERY, 0, 0 };
  g_autoptr(GError) error = NULL;
  GtkWidget *warning;

  gr_map_editor_set_selection (editor, &battery);
  warning = find_warning (inspector);
  g_assert_nonnull (warning);
  g_assert_false (gtk_widget_get_visible (warning));

  g_assert_true (gr_document_apply (document, "Move battery", move_battery_to_moscow,
                                    GUINT_TO_POINTER (0), &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_get_visible (warning));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (warning)), "out of reach"));

  g_assert_true (gr_document_undo (document));
  g_assert_false (gtk_widget_get_visible (warning));
  gr_map_editor_set_selection (editor, NULL);
}

/* The inspector's label of facts, which begins with the item's position. */
static gboolean
is_facts_label (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), "° N, ") != NULL;
}

typedef struct
{
  GtkWidget *label;
  char *expected;
} FactsShown;

static gboolean
facts_shown (gconstpointer data)
{
  const FactsShown *shown = data;

  return g_str_has_prefix (gtk_label_get_text (GTK_LABEL (shown->label)), shown->expected);
}

/* While an item is dragged the inspector catches up at its own pace; the
 * frames after the drop show where the item ended up, without another
 * edit to prompt them. */
static void
test_inspector_follows_drag (void)
{
  GrMapEditor *editor = gr_map_widget_get_editor (map_widget);
  GtkWidget *inspector = gr_map_editor_get_inspector (editor);
  const GrScenario *s = gr_document_get_scenario (document);
  FactsShown shown = { NULL, NULL };
  GrLonLat to;
  double x, y;

  g_assert_true (find_symbol (7, &x, &y));
  g_assert_true (gr_map_editor_drag_begin (editor, x, y));
  shown.label = display_find (inspector, is_facts_label, NULL);
  g_assert_nonnull (shown.label);
  /* one step a frame, as a pointer moves */
  for (int i = 1; i <= 12; i++)
    {
      gr_map_editor_drag_update (editor, x + 8 * i, y + 5 * i);
      display_wait_for_frame (window);
    }
  gr_map_editor_drag_end (editor);

  s = gr_document_get_scenario (document);
  to = g_array_index (s->force.deployments, GrDeployment, 7).position;
  shown.expected = g_strdup_printf ("%.2f° N, %.2f° E", to.lat, to.lon);
  wait_until (facts_shown, &shown, "the inspector to show where the deployment was dropped");
  g_free (shown.expected);

  g_assert_true (gr_document_undo (document));
  gr_map_editor_set_selection (editor, NULL);
}

/* The map's key controller: the keys a user presses with the map focused. */
static gboolean
press (guint           keyval,
       GdkModifierType state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (map_widget));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
          return handled;
        }
    }
  g_assert_not_reached ();
}

/* Without a mouse: focus the map, select the first item (the first patrol
 * zone), step to the first battery, move it, edit it, let it go. */
static void
test_keyboard_only (void)
{
  GrMapEditor *editor = gr_map_widget_get_editor (map_widget);
  const GrScenario *s = gr_document_get_scenario (document);
  guint n_zones = s->air_patrol.zones->len;
  GtkWidget *inspector = gr_map_editor_get_inspector (editor);
  GtkWidget *focus;
  GrLonLat before, after;
  double x0, y0, x1, y1;

  gr_map_editor_set_selection (editor, NULL);
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (map_widget)));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (map_widget)));

  g_assert_true (press (GDK_KEY_Down, 0));
  g_assert_cmpint (gr_map_editor_get_selection (editor)->kind, ==, GR_EDIT_ITEM_ZONE);
  g_assert_cmpuint (gr_map_editor_get_selection (editor)->index, ==, 0);
  g_assert_true (gtk_widget_get_visible (inspector));

  /* Tab past the zones to the first battery; Shift+Tab goes back. */
  for (guint i = 0; i < n_zones; i++)
    g_assert_true (press (GDK_KEY_Tab, 0));
  g_assert_cmpint (gr_map_editor_get_selection (editor)->kind, ==, GR_EDIT_ITEM_BATTERY);
  g_assert_cmpuint (gr_map_editor_get_selection (editor)->index, ==, 0);
  g_assert_true (press (GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_cmpint (gr_map_editor_get_selection (editor)->kind, ==, GR_EDIT_ITEM_ZONE);
  g_assert_true (press (GDK_KEY_Tab, 0));

  /* Shift+Right moves it ten pixels east, as one undoable step. */
  before = g_array_index (s->air_defense.batteries, GrBattery, 0).position;
  g_assert_true (press (GDK_KEY_Right, GDK_SHIFT_MASK));
  s = gr_document_get_scenario (document);
  after = g_array_index (s->air_defense.batteries, GrBattery, 0).position;
  gr_map_editor_to_widget (editor, before, &x0, &y0);
  gr_map_editor_to_widget (editor, after, &x1, &y1);
  g_assert_cmpfloat_with_epsilon (x1 - x0, 10, 1e-6);
  g_assert_cmpfloat_with_epsilon (y1 - y0, 0, 1e-6);

  /* Enter takes the focus into the inspector, Escape lets the item go and
   * gives the focus back to the map. */
  g_assert_true (press (GDK_KEY_Return, 0));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, inspector));
  g_assert_true (press (GDK_KEY_Escape, 0));
  g_assert_cmpint (gr_map_editor_get_selection (editor)->kind, ==, GR_EDIT_ITEM_NONE);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (map_widget));
  /* With nothing selected, Tab is the window's: it leaves the map. */
  g_assert_false (press (GDK_KEY_Tab, 0));

  g_assert_true (gr_document_undo (document));
}

/* The inspector must not hide the item it edits: with Kharkiv's battery
 * panned to near the map's right edge, where the card stands by default,
 * the card moves to the left edge; for a battery in the west it stays
 * right. */
static void
test_inspector_clear_of_item (void)
{
  GrMapEditor *editor = gr_map_widget_get_editor (map_widget);
  const GrScenario *s = gr_document_get_scenario (document);
  GtkWidget *inspector = gr_map_editor_get_inspector (editor);
  guint west = G_MAXUINT;

  /* the westernmost battery */
  for (guint i = 0; i < s->air_defense.batteries->len; i++)
    if (west == G_MAXUINT
        || g_array_index (s->air_defense.batteries, GrBattery, i).position.lon
           < g_array_index (s->air_defense.batteries, GrBattery, west).position.lon)
      west = i;

  for (guint pass = 0; pass < 2; pass++)
    {
      GrEditItem item = { GR_EDIT_ITEM_BATTERY, pass == 0 ? 7 : west, 0 };
      GrLonLat at = g_array_index (s->air_defense.batteries, GrBattery, item.index).position;
      graphene_rect_t card;
      double x, y;

      if (pass == 0)
        {
          /* 150 px from the right edge: the centre moves by as much as
           * the battery has to */
          int width = gtk_widget_get_width (GTK_WIDGET (map_widget));
          GrLonLat centre;

          gr_map_editor_to_widget (editor, at, &x, &y);
          centre = gr_map_editor_from_widget (editor, width / 2.0 + x - (width - 150), y);
          shumate_map_center_on (gr_map_widget_get_map (map_widget), centre.lat, centre.lon);
          display_wait_for_frame (window);
          gr_map_editor_to_widget (editor, at, &x, &y);
          g_assert_cmpfloat_with_epsilon (x, width - 150, 1);
        }
      gr_map_editor_set_selection (editor, &item);
      display_wait_for_frame (window);
      gr_map_editor_to_widget (editor, at, &x, &y);
      g_assert_true (gtk_widget_compute_bounds (inspector, GTK_WIDGET (map_widget), &card));
      g_assert_false (graphene_rect_contains_point (&card, &GRAPHENE_POINT_INIT (x, y)));
      /* east → left edge, west → right edge */
      g_assert_cmpint (gtk_widget_get_halign (inspector), ==,
                       pass == 0 ? GTK_ALIGN_START : GTK_ALIGN_END);
    }
  gr_map_editor_set_selection (editor, NULL);
  gr_map_widget_go_home (map_widget);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  display_test_init (&argc, &argv);

  model = gr_model_new_default (&error);
  g_assert_no_error (error);
  document = gr_document_new_from_bundled (model, "baseline", &error);
  g_assert_no_error (error);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  map_widget = GR_MAP_WIDGET (gr_map_widget_new ());
  gr_map_widget_set_document (map_widget, document);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (map_widget));
  gtk_window_present (GTK_WINDOW (window));
  display_wait_for_frame (window);

  g_test_add_func ("/display/map-editing/legend-folded", test_legend_folded);
  g_test_add_func ("/display/map-editing/layer-toggle", test_layer_toggle);
  g_test_add_func ("/display/map-editing/drag-deployment", test_drag_deployment);
  g_test_add_func ("/display/map-editing/nudge-delete-add", test_keys_and_actions);
  g_test_add_func ("/display/map-editing/keyboard-only", test_keyboard_only);
  g_test_add_func ("/display/map-editing/inspector-clear-of-item", test_inspector_clear_of_item);
  g_test_add_func ("/display/map-editing/inspector-warning", test_inspector_warning);
  g_test_add_func ("/display/map-editing/inspector-follows-drag", test_inspector_follows_drag);

  status = g_test_run ();
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (document);
  gr_model_unref (model);
  return status;
}
