/* gr-window-recent.c — recent scenario files in the Open menu
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every scenario file opened or saved goes into GtkRecentManager (so the
 * desktop's recent files list it too); the Open button's menu lists the
 * newest of those that Guarantor used and that still exist.
 */

#include "config.h"

#include "gr-window-private.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

/* As many as fit a menu without scrolling. */
#define MAX_RECENT 8

void
_gr_window_add_recent (GrWindow *self,
                       GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  const char *groups[] = { "guarantor", NULL };
  GtkRecentData data = {
    .mime_type = (char *) GR_SCENARIO_MIME_TYPE,
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "guarantor %u",
    .groups = (char **) groups,
  };

  /* The manager writes its list there, and does not make the folder in a
   * fresh home. */
  if (g_mkdir_with_parents (g_get_user_data_dir (), 0700) != 0)
    g_debug ("Cannot make %s: %s", g_get_user_data_dir (), g_strerror (errno));
  gtk_recent_manager_add_full (self->recent, uri, &data);
}

static int
compare_modified (gconstpointer a,
                  gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo * const *) a;
  GtkRecentInfo *ib = *(GtkRecentInfo * const *) b;
  /* (transfer none): the infos keep their times */
  GDateTime *ta = gtk_recent_info_get_modified (ia);
  GDateTime *tb = gtk_recent_info_get_modified (ib);

  return -g_date_time_compare (ta, tb);
}

static void
update_recent (GrWindow *self)
{
  GList *items = gtk_recent_manager_get_items (self->recent);
  g_autoptr(GPtrArray) ours = g_ptr_array_new ();

  g_menu_remove_all (self->recent_menu);
  for (GList *l = items; l != NULL; l = l->next)
    if (gtk_recent_info_has_group (l->data, "guarantor") && gtk_recent_info_exists (l->data))
      g_ptr_array_add (ours, l->data);
  g_ptr_array_sort (ours, compare_modified);

  for (guint i = 0; i < ours->len && i < MAX_RECENT; i++)
    {
      GtkRecentInfo *info = ours->pdata[i];
      g_autoptr(GMenuItem) item = NULL;

      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s",
                                         gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
open_recent_continue (GrWindow *self,
                      gpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (data);

  _gr_window_load (self, file);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _gr_window_confirm_discard (GR_WINDOW (widget), open_recent_continue,
                              g_variant_dup_string (parameter, NULL), g_free);
}

void
_gr_window_recent_init (GrWindow *self)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "recently-used.xbel", NULL);

  /* The desktop's list (where gtk_recent_manager_get_default() keeps it),
   * through a manager of the window's own: it saves what the window added
   * when the window goes, rather than in a timeout that may outlive it. */
  self->recent = g_object_new (GTK_TYPE_RECENT_MANAGER, "filename", path, NULL);
  self->recent_menu = g_menu_new ();
  g_menu_prepend_section (self->bundled_menu, _("Recent Files"), G_MENU_MODEL (self->recent_menu));
  g_signal_connect_object (self->recent, "changed", G_CALLBACK (update_recent), self,
                           G_CONNECT_SWAPPED);
  update_recent (self);
}

void
_gr_window_class_recent_init (GrWindowClass *klass)
{
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "win.open-recent", "s",
                                   open_recent_action);
}
