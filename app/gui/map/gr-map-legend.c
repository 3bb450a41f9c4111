/* gr-map-legend.c — the legend card over the map: what the visible layers show
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The card is drawn by gr_legend_draw(), the painter the map export uses,
 * from the same scenario, metrics and style as the overlay layer, so it
 * always lists what the map shows: nothing for a hidden layer, only the
 * symbols present.  With nothing to explain it takes no space.
 *
 * On screen it is folded by default into a small button in the map's
 * corner: a full legend is as tall as the map at a laptop's size and would
 * cover western Ukraine, and a briefing audience reads the symbols from
 * the labels once they have seen them.
 */

#include "config.h"

#include "gr-map-legend.h"

#include <glib/gi18n.h>
#include <math.h>

#include "gr-legend.h"

struct _GrMapLegend
{
  GtkWidget parent_instance;

  GrDocument *document;
  GrOverlayStyle style;
  double width;               /* as last measured */
  double height;
  gboolean stale;             /* changed while folded away */
};

G_DEFINE_FINAL_TYPE (GrMapLegend, gr_map_legend, GTK_TYPE_WIDGET)

GtkWidget *
gr_map_legend_new (void)
{
  return g_object_new (GR_TYPE_MAP_LEGEND, NULL);
}

static void
legend_size (GrMapLegend *self,
             double      *width,
             double      *height)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  *width = *height = 0;
  if (self->document == NULL)
    return;
  /* Text is measured with a cairo context; a 1 × 1 scratch surface is
   * enough, as with pango's own layout measurements. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  gr_legend_measure (cr, gr_document_get_scenario (self->document),
                     gr_document_get_metrics (self->document), &self->style, 1.0, width, height);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
gr_map_legend_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  double width, height;

  legend_size (GR_MAP_LEGEND (widget), &width, &height);
  GR_MAP_LEGEND (widget)->width = width;
  GR_MAP_LEGEND (widget)->height = height;
  *minimum = *natural = (int) ceil (orientation == GTK_ORIENTATION_HORIZONTAL ? width : height);
}

static void
gr_map_legend_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  GrMapLegend *self = GR_MAP_LEGEND (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->document == NULL || width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gr_legend_draw (cr, 0, 0, gr_document_get_scenario (self->document),
                  gr_document_get_metrics (self->document), &self->style, 1.0);
  cairo_destroy (cr);
}

/* Every edit lands here, on every frame of a drag.  A resize lays the
 * whole map out again; the legend's size seldom changes, and folded away
 * (the default) it is not even shown. */
static void
changed_cb (GrMapLegend *self)
{
  double width, height;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  legend_size (self, &width, &height);
  if (width != self->width || height != self->height)
    gtk_widget_queue_resize (GTK_WIDGET (self));
  else
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
gr_map_legend_map (GtkWidget *widget)
{
  GrMapLegend *self = GR_MAP_LEGEND (widget);

  GTK_WIDGET_CLASS (gr_map_legend_parent_class)->map (widget);
  if (self->stale)
    {
      self->stale = FALSE;
      gtk_widget_queue_resize (widget);
    }
}

void
gr_map_legend_set_document (GrMapLegend *self,
                            GrDocument  *document)
{
  g_return_if_fail (GR_IS_MAP_LEGEND (self));

  if (self->document == document)
    return;
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, changed_cb, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_object (document, "changed", G_CALLBACK (changed_cb), self,
                             G_CONNECT_SWAPPED);
  changed_cb (self);
}

void
gr_map_legend_set_style (GrMapLegend          *self,
                         const GrOverlayStyle *style)
{
  g_return_if_fail (GR_IS_MAP_LEGEND (self));
  g_return_if_fail (style != NULL);

  self->style = *style;
  /* The selection does not change the legend. */
  self->style.selected.kind = GR_EDIT_ITEM_NONE;
  changed_cb (self);
}

static void
expanded_cb (GtkToggleButton *button,
             GParamSpec      *pspec,
             GtkImage        *arrow)
{
  gboolean expanded = gtk_toggle_button_get_active (button);

  /* The card unfolds upwards, above the button. */
  gtk_image_set_from_icon_name (arrow, expanded ? "pan-down-symbolic" : "pan-up-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (button),
                               expanded ? _("Hide the Legend") : _("Show the Legend"));
}

GtkWidget *
gr_map_legend_build_expander (GrMapLegend *self,
                              GSettings   *settings)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *revealer = gtk_revealer_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("pan-up-symbolic");

  g_return_val_if_fail (GR_IS_MAP_LEGEND (self), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  gtk_widget_add_css_class (box, "map-legend");
  gtk_widget_set_halign (box, GTK_ALIGN_START);
  gtk_widget_set_valign (box, GTK_ALIGN_END);

  /* The card takes its natural size, and scrolls when the map is shorter. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self));
  gtk_widget_add_css_class (scroller, "map-legend-card");
  gtk_widget_set_overflow (scroller, GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_halign (scroller, GTK_ALIGN_START);
  gtk_revealer_set_child (GTK_REVEALER (revealer), scroller);
  /* The card is an image, read by its accessible label: no Tab stop.  A
   * folded card could not take the focus and held Tab on the button. */
  gtk_widget_set_can_focus (revealer, FALSE);
  gtk_revealer_set_transition_type (GTK_REVEALER (revealer),
                                    GTK_REVEALER_TRANSITION_TYPE_SLIDE_UP);
  gtk_widget_set_vexpand (revealer, TRUE);
  gtk_widget_set_valign (revealer, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (box), revealer);

  gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name ("view-list-bullet-symbolic"));
  gtk_box_append (GTK_BOX (content), gtk_label_new (_("Legend")));
  gtk_box_append (GTK_BOX (content), arrow);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "osd");
  gtk_widget_add_css_class (button, "map-legend-button");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  g_signal_connect_object (button, "notify::active", G_CALLBACK (expanded_cb), arrow, 0);
  gtk_box_append (GTK_BOX (box), button);

  g_settings_bind (settings, "map-legend-expanded", button, "active", G_SETTINGS_BIND_DEFAULT);
  g_object_bind_property (button, "active", revealer, "reveal-child", G_BINDING_SYNC_CREATE);
  g_settings_bind (settings, "map-legend", box, "visible", G_SETTINGS_BIND_GET);
  expanded_cb (GTK_TOGGLE_BUTTON (button), NULL, GTK_IMAGE (arrow));
  return box;
}

static void
gr_map_legend_dispose (GObject *object)
{
  GrMapLegend *self = GR_MAP_LEGEND (object);

  g_clear_object (&self->document);

  G_OBJECT_CLASS (gr_map_legend_parent_class)->dispose (object);
}

static void
gr_map_legend_class_init (GrMapLegendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gr_map_legend_dispose;
  widget_class->map = gr_map_legend_map;
  widget_class->measure = gr_map_legend_measure;
  widget_class->snapshot = gr_map_legend_snapshot;
  gtk_widget_class_set_css_name (widget_class, "grmaplegend");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
gr_map_legend_init (GrMapLegend *self)
{
  gr_overlay_style_init (&self->style);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Map legend"), -1);
}
