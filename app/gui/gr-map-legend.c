/* gr-map-legend.c — the legend card over the map: what the visible layers show
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The card is drawn by gr_legend_draw(), the painter the map export uses,
 * from the same scenario, metrics and style as the overlay layer, so it
 * always lists what the map shows: nothing for a hidden layer, only the
 * symbols present.  With nothing to explain it takes no space.
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

static void
changed_cb (GrMapLegend *self)
{
  gtk_widget_queue_resize (GTK_WIDGET (self));
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
  self->style.selected.kind = GR_OVERLAY_ITEM_NONE;
  changed_cb (self);
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
