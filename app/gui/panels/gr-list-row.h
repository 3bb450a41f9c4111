/* gr-list-row.h — an expander row editing a list of the scenario: one lever per item, add, remove
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "gr-document.h"
#include "gr-lever-row.h"

G_BEGIN_DECLS

/* What the add form asks for: a code (donor, state or nation, ISO
 * alpha-2) and, when the spec wants one, a year. */
typedef struct
{
  const char *code;
  int year;
} GrListNewItem;

typedef struct
{
  const char *title;           /* translated: "Pledges" */
  const char *add_title;       /* translated: "Add a pledge"; NULL: no add form */
  gboolean add_year;           /* the add form asks for a year */
  guint      (*count)      (const GrScenario *scenario);
  /* A newly allocated title for item @index, e.g. "GB · 2026 · allocation". */
  char      *(*item_title) (const GrScenario *scenario,
                            guint             index);
  /* The item's lever; its locate() gets GUINT_TO_POINTER (index). */
  GrLeverSpec lever;
  /* Optional: another control for item @index (e.g. a choice), made anew
   * whenever the items change; it edits through @document itself. */
  GtkWidget *(*item_extra) (GrDocument       *document,
                            const GrScenario *scenario,
                            guint             index);
  /* Edits: remove gets GUINT_TO_POINTER (index), add a GrListNewItem *. */
  GrEditFunc remove;
  GrEditFunc add;
  /* In place of add, for items the model's gr_edit_*() functions create
   * (they own the items' ids and defaults): adds through the document. */
  gboolean   (*add_item)   (GrDocument          *document,
                            const GrListNewItem *item,
                            GError             **error);
} GrListSpec;

#define GR_TYPE_LIST_ROW (gr_list_row_get_type ())

G_DECLARE_FINAL_TYPE (GrListRow, gr_list_row, GR, LIST_ROW, AdwExpanderRow)

/* @spec must outlive the row (a static table). */
GtkWidget *gr_list_row_new       (GrDocument       *document,
                                  const GrListSpec *spec);
guint      gr_list_row_get_n_items (GrListRow      *self);
/* The lever of item @index, or NULL. */
GrLeverRow *gr_list_row_get_lever  (GrListRow      *self,
                                    guint           index);

G_END_DECLS
