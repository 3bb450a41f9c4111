/* gr-dashboard.h — the side area: the guarantee index, then one panel per instrument
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gr-document.h"
#include "gr-panel.h"

G_BEGIN_DECLS

#define GR_TYPE_DASHBOARD (gr_dashboard_get_type ())

G_DECLARE_FINAL_TYPE (GrDashboard, gr_dashboard, GR, DASHBOARD, GtkWidget)

GtkWidget *gr_dashboard_new          (GrDocument  *document);
guint      gr_dashboard_get_n_panels (GrDashboard *self);
GrPanel   *gr_dashboard_get_panel    (GrDashboard *self,
                                      guint        index);
/* The panel with gr_panel_get_id () == @id, or NULL. */
GrPanel   *gr_dashboard_find_panel   (GrDashboard *self,
                                      const char  *id);

G_END_DECLS
