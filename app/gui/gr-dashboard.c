/* gr-dashboard.c — the side area: the guarantee index, then one panel per instrument
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The order is the article's: the index first (the whole and its weakest
 * link), then the instruments as DESIGN.md lists them.  Every panel watches
 * the one document; the dashboard only lays them out.
 */

#include "config.h"

#include "gr-dashboard.h"

struct _GrDashboard
{
  GtkWidget parent_instance;

  GPtrArray *panels;           /* GrPanel, not owned (children) */
};

G_DEFINE_FINAL_TYPE (GrDashboard, gr_dashboard, GTK_TYPE_WIDGET)

typedef GrPanel *(*PanelNew) (GrDocument *document);

static const PanelNew panel_constructors[] = {
  gr_panel_index_new,
  gr_panel_guarantees_new,
  gr_panel_funding_new,
  gr_panel_industry_new,
  gr_panel_presence_new,
  gr_panel_danish_new,
  gr_panel_air_new,
  gr_panel_maritime_new,
  gr_panel_readiness_new,
};

GtkWidget *
gr_dashboard_new (GrDocument *document)
{
  GrDashboard *self;

  g_return_val_if_fail (GR_IS_DOCUMENT (document), NULL);

  self = g_object_new (GR_TYPE_DASHBOARD, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (panel_constructors); i++)
    {
      GrPanel *panel = panel_constructors[i] (document);

      if (i > 0)
        {
          GtkWidget *separator = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);

          gtk_widget_set_parent (separator, GTK_WIDGET (self));
        }
      gtk_widget_set_parent (GTK_WIDGET (panel), GTK_WIDGET (self));
      g_ptr_array_add (self->panels, panel);
    }
  return GTK_WIDGET (self);
}

guint
gr_dashboard_get_n_panels (GrDashboard *self)
{
  g_return_val_if_fail (GR_IS_DASHBOARD (self), 0);
  return self->panels->len;
}

GrPanel *
gr_dashboard_get_panel (GrDashboard *self,
                        guint        index)
{
  g_return_val_if_fail (GR_IS_DASHBOARD (self), NULL);
  g_return_val_if_fail (index < self->panels->len, NULL);
  return g_ptr_array_index (self->panels, index);
}

GrPanel *
gr_dashboard_find_panel (GrDashboard *self,
                         const char  *id)
{
  g_return_val_if_fail (GR_IS_DASHBOARD (self), NULL);

  for (guint i = 0; i < self->panels->len; i++)
    if (g_strcmp0 (gr_panel_get_id (g_ptr_array_index (self->panels, i)), id) == 0)
      return g_ptr_array_index (self->panels, i);
  return NULL;
}

static void
gr_dashboard_dispose (GObject *object)
{
  GrDashboard *self = GR_DASHBOARD (object);
  GtkWidget *child;

  g_ptr_array_set_size (self->panels, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (gr_dashboard_parent_class)->dispose (object);
}

static void
gr_dashboard_finalize (GObject *object)
{
  GrDashboard *self = GR_DASHBOARD (object);

  g_ptr_array_unref (self->panels);
  G_OBJECT_CLASS (gr_dashboard_parent_class)->finalize (object);
}

static void
gr_dashboard_class_init (GrDashboardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gr_dashboard_dispose;
  object_class->finalize = gr_dashboard_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dashboard");
}

static void
gr_dashboard_init (GrDashboard *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  self->panels = g_ptr_array_new ();
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 18);
}
