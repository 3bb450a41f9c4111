/* gr-toast.h — tell the user something in the nearest toast overlay
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Shows @text (plain, not markup) in the AdwToastOverlay around @widget;
 * without one (a widget outside a window), logs it as a message. */
void gr_toast_show (GtkWidget  *widget,
                    const char *text);

G_END_DECLS
