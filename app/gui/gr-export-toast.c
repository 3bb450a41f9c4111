/* gr-export-toast.c — a running export's progress, with Cancel, in a toast
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-export-toast.h"

#include <glib/gi18n.h>

struct _GrExportToast
{
  AdwToast *toast;           /* NULL without an overlay */
  GCancellable *cancellable;
  char *name;
};

static void
set_title (GrExportToast *self,
           double         fraction)
{
  g_autofree char *escaped = g_markup_escape_text (self->name, -1);
  g_autofree char *title = NULL;

  /* TRANSLATORS: a toast while an export runs; %s is the file name, %.0f
   * the share done, in percent */
  title = g_strdup_printf (_("Exporting “%s”… %.0f %%"), escaped, 100 * fraction);
  adw_toast_set_title (self->toast, title);
}

GrExportToast *
gr_export_toast_new (AdwToastOverlay *overlay,
                     const char      *name)
{
  GrExportToast *self;

  g_return_val_if_fail (overlay == NULL || ADW_IS_TOAST_OVERLAY (overlay), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_new0 (GrExportToast, 1);
  self->cancellable = g_cancellable_new ();
  self->name = g_strdup (name);
  if (overlay != NULL)
    {
      self->toast = adw_toast_new ("");
      set_title (self, 0);
      adw_toast_set_timeout (self->toast, 0);
      adw_toast_set_priority (self->toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_set_button_label (self->toast, _("_Cancel"));
      g_signal_connect_object (self->toast, "button-clicked",
                               G_CALLBACK (g_cancellable_cancel), self->cancellable,
                               G_CONNECT_SWAPPED);
      adw_toast_overlay_add_toast (overlay, g_object_ref (self->toast));
    }
  return self;
}

GCancellable *
gr_export_toast_get_cancellable (GrExportToast *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->cancellable;
}

void
gr_export_toast_progress (double   fraction,
                          gpointer user_data)
{
  GrExportToast *self = user_data;

  if (self->toast != NULL)
    set_title (self, fraction);
}

char *
gr_export_toast_describe (GrExportToast *self,
                          const GError  *error)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (error == NULL)
    /* TRANSLATORS: a toast after an export; %s is the file name */
    return g_strdup_printf (_("Exported “%s”"), self->name);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    /* TRANSLATORS: a toast; %s is the file name */
    return g_strdup_printf (_("Export of “%s” cancelled"), self->name);
  /* TRANSLATORS: a toast; the first %s is the file name, the second the problem */
  return g_strdup_printf (_("Could not export “%s”: %s"), self->name, error->message);
}

void
gr_export_toast_free (GrExportToast *self)
{
  if (self == NULL)
    return;
  if (self->toast != NULL)
    {
      adw_toast_dismiss (self->toast);
      g_object_unref (self->toast);
    }
  g_object_unref (self->cancellable);
  g_free (self->name);
  g_free (self);
}
