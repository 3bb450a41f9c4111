/* gr-keyboard.h — keyboard behaviour the dashboard's fields share
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Drops the typing history of @editable once its value is committed
 * (Enter, leaving the field, a value from the scenario): Ctrl+Z then has
 * nothing to undo in the field and reaches the window, which undoes the
 * scenario edit, as the user expects after Enter. */
void gr_keyboard_forget_typing (GtkEditable *editable);

G_END_DECLS
