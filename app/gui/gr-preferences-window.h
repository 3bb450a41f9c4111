/* gr-preferences-window.h — the preferences: the online map source, off by default
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define GR_TYPE_PREFERENCES_WINDOW (gr_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (GrPreferencesWindow, gr_preferences_window, GR, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *gr_preferences_window_new (GtkWindow *parent);

G_END_DECLS
