/* gr-toast.c — tell the user something in the nearest toast overlay
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Levers, lists and charts report refused edits and finished or failed
 * exports here; the window's side area and the large chart window each
 * have an overlay.
 */

#include "config.h"

#include "gr-toast.h"

#include <adwaita.h>

void
gr_toast_show (GtkWidget  *widget,
               const char *text)
{
  GtkWidget *overlay;
  g_autofree char *markup = NULL;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (text != NULL);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      g_message ("%s", text);
      return;
    }
  /* Toast titles are markup; file names and errors may hold '&' or '<'. */
  markup = g_markup_escape_text (text, -1);
  toast = adw_toast_new (markup);
  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}
