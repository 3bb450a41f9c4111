/* gr-application.h — the Guarantor application: actions, windows, command line
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "gr-metrics.h"

G_BEGIN_DECLS

#define GR_TYPE_APPLICATION (gr_application_get_type ())

G_DECLARE_FINAL_TYPE (GrApplication, gr_application, GR, APPLICATION, AdwApplication)

GrApplication *gr_application_new       (void);
GrModel       *gr_application_get_model (GrApplication *self);

G_END_DECLS
