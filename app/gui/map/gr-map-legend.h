/* gr-map-legend.h — the legend card over the map: what the visible layers show
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "gr-document.h"
#include "gr-overlay.h"

G_BEGIN_DECLS

#define GR_TYPE_MAP_LEGEND (gr_map_legend_get_type ())

G_DECLARE_FINAL_TYPE (GrMapLegend, gr_map_legend, GR, MAP_LEGEND, GtkWidget)

GtkWidget *gr_map_legend_new          (void);
void       gr_map_legend_set_document (GrMapLegend          *self,
                                       GrDocument           *document);
/* The map's style: the legend lists only its visible layers and rings. */
void       gr_map_legend_set_style    (GrMapLegend          *self,
                                       const GrOverlayStyle *style);
/* The legend as the map shows it: a small "Legend" button in a corner that
 * unfolds the card above it and scrolls it when the map is short.  The
 * settings' "map-legend" shows the whole (the Layers menu's Legend item),
 * "map-legend-expanded" is the button's state, remembered across runs. */
GtkWidget *gr_map_legend_build_expander (GrMapLegend        *self,
                                         GSettings          *settings);

G_END_DECLS
