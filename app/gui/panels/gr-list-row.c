/* gr-list-row.c — an expander row editing a list of the scenario: one lever per item, add, remove
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Items are addressed by index, because every edit replaces the scenario
 * (pointers into it do not survive).  The rows are rebuilt only when the
 * list's items change (their titles differ), so that editing an item's
 * value does not rebuild the row being edited.
 */

#include "config.h"

#include "gr-list-row.h"

#include <glib/gi18n.h>

#include "gr-toast.h"

struct _GrListRow
{
  AdwExpanderRow parent_instance;

  GrDocument *document;
  const GrListSpec *spec;
  GPtrArray *item_rows;        /* GrLeverRow, one per item */
  char *signature;             /* the item titles the rows show, joined */

  GtkWidget *add_row;
  GtkWidget *code_entry;
  GtkWidget *year_spin;
};

G_DEFINE_FINAL_TYPE (GrListRow, gr_list_row, ADW_TYPE_EXPANDER_ROW)

static void
show_refusal (GrListRow  *self,
              const char *what,
              GError     *error)
{
  g_autofree char *text = NULL;

  /* TRANSLATORS: a refused edit of a list; the first %s is the edit, the second why */
  text = g_strdup_printf (_("%s refused: %s"), what, error->message);
  gr_toast_show (GTK_WIDGET (self), text);
}

static void
remove_clicked_cb (GtkButton *button,
                   GrListRow *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "gr-index"));
  g_autofree char *label = g_strdup_printf (_("Remove from %s"), _(self->spec->title));
  g_autoptr(GError) error = NULL;

  if (!gr_document_apply (self->document, label, self->spec->remove, GUINT_TO_POINTER (index),
                          &error))
    show_refusal (self, label, error);
}

static char *
titles_signature (GrListRow        *self,
                  const GrScenario *scenario)
{
  GString *joined = g_string_new (NULL);
  guint n = self->spec->count (scenario);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = self->spec->item_title (scenario, i);

      g_string_append (joined, title);
      g_string_append_c (joined, '\n');
    }
  return g_string_free (joined, FALSE);
}

static void
rebuild_items (GrListRow        *self,
               const GrScenario *scenario)
{
  guint n = self->spec->count (scenario);

  for (guint i = 0; i < self->item_rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), g_ptr_array_index (self->item_rows, i));
  g_ptr_array_set_size (self->item_rows, 0);
  if (self->add_row != NULL && gtk_widget_get_parent (self->add_row) != NULL)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), self->add_row);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = self->spec->item_title (scenario, i);
      GrLeverSpec lever = self->spec->lever;
      GtkWidget *row;

      lever.title = title;
      lever.unit = lever.unit != NULL ? _(lever.unit) : NULL;
      row = gr_lever_row_new (self->document, &lever, GUINT_TO_POINTER (i), NULL);
      if (self->spec->item_extra != NULL)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   self->spec->item_extra (self->document, scenario, i));
      if (self->spec->remove != NULL)
        {
          GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
          g_autofree char *tip = g_strdup_printf (_("Remove “%s”"), title);

          gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (remove, "flat");
          gtk_widget_set_tooltip_text (remove, tip);
          gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
          g_object_set_data (G_OBJECT (remove), "gr-index", GUINT_TO_POINTER (i));
          g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
        }
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
      g_ptr_array_add (self->item_rows, row);
    }
  if (self->add_row != NULL)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->add_row);
}

static void
document_changed_cb (GrListRow *self)
{
  const GrScenario *scenario = gr_document_get_scenario (self->document);
  g_autofree char *signature = NULL;
  g_autofree char *subtitle = NULL;
  guint n;

  if (scenario == NULL)
    return;
  signature = titles_signature (self, scenario);
  if (g_strcmp0 (signature, self->signature) != 0)
    {
      rebuild_items (self, scenario);
      g_free (self->signature);
      self->signature = g_steal_pointer (&signature);
    }

  n = self->spec->count (scenario);
  /* TRANSLATORS: how many items a list holds */
  subtitle = g_strdup_printf (ngettext ("%u item", "%u items", n), n);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

static void
add_clicked_cb (GrListRow *self)
{
  GrListNewItem item = { 0 };
  g_autofree char *code = NULL;
  g_autoptr(GError) error = NULL;

  code = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (self->code_entry)), -1);
  g_strstrip (code);
  item.code = code;
  item.year = self->year_spin != NULL
              ? gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->year_spin)) : 0;

  if (self->spec->add_item != NULL
      ? !self->spec->add_item (self->document, &item, &error)
      : !gr_document_apply (self->document, _(self->spec->add_title), self->spec->add, &item,
                            &error))
    show_refusal (self, _(self->spec->add_title), error);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->code_entry), "");
}

static void
build_add_form (GrListRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");

  self->add_row = adw_action_row_new ();
  g_object_ref_sink (self->add_row);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_row), _(self->spec->add_title));
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

  self->code_entry = gtk_entry_new ();
  gtk_entry_set_max_length (GTK_ENTRY (self->code_entry), 2);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->code_entry), 3);
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->code_entry), "GB");
  gtk_widget_set_tooltip_text (self->code_entry, _("Country code (ISO 3166-1 alpha-2), or EU"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->code_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Country code"), -1);
  g_signal_connect_swapped (self->code_entry, "activate", G_CALLBACK (add_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), self->code_entry);

  if (self->spec->add_year)
    {
      GDateTime *now = g_date_time_new_now_utc ();

      self->year_spin = gtk_spin_button_new_with_range (2014, 2050, 1);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->year_spin), g_date_time_get_year (now));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->year_spin),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Year"), -1);
      gtk_box_append (GTK_BOX (box), self->year_spin);
      g_date_time_unref (now);
    }

  gtk_widget_set_tooltip_text (button, _(self->spec->add_title));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(self->spec->add_title), -1);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (add_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->add_row), box);
}

GtkWidget *
gr_list_row_new (GrDocument       *document,
                 const GrListSpec *spec)
{
  GrListRow *self;

  g_return_val_if_fail (GR_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (spec != NULL, NULL);

  /* Spec tables are static and hold N_() strings. */
  self = g_object_new (GR_TYPE_LIST_ROW, "title", _(spec->title), NULL);
  self->document = g_object_ref (document);
  self->spec = spec;
  if ((spec->add != NULL || spec->add_item != NULL) && spec->add_title != NULL)
    build_add_form (self);

  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  document_changed_cb (self);
  return GTK_WIDGET (self);
}

guint
gr_list_row_get_n_items (GrListRow *self)
{
  g_return_val_if_fail (GR_IS_LIST_ROW (self), 0);
  return self->item_rows->len;
}

GrLeverRow *
gr_list_row_get_lever (GrListRow *self,
                       guint      index)
{
  g_return_val_if_fail (GR_IS_LIST_ROW (self), NULL);
  return index < self->item_rows->len ? g_ptr_array_index (self->item_rows, index) : NULL;
}

static void
gr_list_row_dispose (GObject *object)
{
  GrListRow *self = GR_LIST_ROW (object);

  g_clear_object (&self->document);
  g_clear_object (&self->add_row);
  G_OBJECT_CLASS (gr_list_row_parent_class)->dispose (object);
}

static void
gr_list_row_finalize (GObject *object)
{
  GrListRow *self = GR_LIST_ROW (object);

  g_ptr_array_unref (self->item_rows);
  g_free (self->signature);
  G_OBJECT_CLASS (gr_list_row_parent_class)->finalize (object);
}

static void
gr_list_row_class_init (GrListRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gr_list_row_dispose;
  object_class->finalize = gr_list_row_finalize;
}

static void
gr_list_row_init (GrListRow *self)
{
  self->item_rows = g_ptr_array_new ();
}
