/* gr-scenario-path.h — JSON paths for error messages, shared by read and check
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GrScenarioPath is the place in the file being looked at, such as
 * "air_defense.batteries[3].position"; errors are "<path>: <problem>".
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef GString GrScenarioPath;

/* Append ".name" (or "name" at the top) or "[index]"; return the length to
 * restore with gr_scenario_path_leave(). */
gsize gr_scenario_path_enter       (GrScenarioPath *path,
                                    const char     *name);
gsize gr_scenario_path_enter_index (GrScenarioPath *path,
                                    guint           index);
void  gr_scenario_path_leave       (GrScenarioPath *path,
                                    gsize           mark);

/* Set error to "<path>: <problem>" and return FALSE. */
gboolean gr_scenario_path_fail     (GrScenarioPath *path,
                                    GError        **error,
                                    int             code,
                                    const char     *format,
                                    ...) G_GNUC_PRINTF (4, 5);

G_END_DECLS
