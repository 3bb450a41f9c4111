/* gr-labels.h — how the painters and the widgets name the scenario's enums
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files spell enums as fixed tokens (gr-scenario-enums.c); these are
 * the translated words a reader sees, kept in one table per enum so that
 * the inspector, the panels, the charts and the legend agree.
 */

#pragma once

#include <glib.h>

#include "gr-scenario.h"

G_BEGIN_DECLS

/* "Training": a list entry or a field's value. */
const char *gr_role_label             (GrRole role);
/* "training": inside a sentence ("By role: training 4,000"). */
const char *gr_role_label_in_sentence (GrRole role);
/* "Training mission": the map legend's description of the symbol. */
const char *gr_role_legend_label      (GrRole role);

G_END_DECLS
