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

/* Scrolls to the lever (or choice) of the scenario input @path (a tornado
 * input, see gr-scenario-walk.h), opening its list if need be, and gives
 * it the focus; FALSE when the dashboard has none for that input. */
gboolean   gr_dashboard_focus_input  (GrDashboard *self,
                                      const char  *path);

G_END_DECLS
