/* gr-keyboard.c — keyboard behaviour the dashboard's fields share
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-keyboard.h"

void
gr_keyboard_forget_typing (GtkEditable *editable)
{
  g_return_if_fail (GTK_IS_EDITABLE (editable));

  /* Turning undo off empties the text's history; its "text.undo" action is
   * then disabled, so the Ctrl+Z shortcut goes on to the window. */
  if (!gtk_editable_get_enable_undo (editable))
    return;
  gtk_editable_set_enable_undo (editable, FALSE);
  gtk_editable_set_enable_undo (editable, TRUE);
}
