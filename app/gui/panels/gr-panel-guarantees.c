/* gr-panel-guarantees.c — diplomatic guarantees: who commits to what, and how fast
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-panel.h"

#include <glib/gi18n.h>

#include "gr-toast.h"

GR_PANEL_VALUE (strength, metrics->guarantees.commitment_strength)
GR_PANEL_VALUE (response, metrics->guarantees.response_days)
GR_PANEL_VALUE (guarantors, metrics->guarantees.n_guarantors)

static const char *
commitment_label (GrCommitment commitment)
{
  switch (commitment)
    {
    case GR_COMMITMENT_AUTOMATIC:
      return _("automatic");
    case GR_COMMITMENT_CONSULTATIVE:
      return _("consultative");
    case GR_COMMITMENT_ASSISTANCE:
      return _("assistance only");
    case GR_N_COMMITMENTS:
    default:
      return "";
    }
}

GR_PANEL_ITEM (guarantor_days, count_guarantors, guarantors, GrGuarantor, response_days)

static char *
guarantor_title (const GrScenario *scenario,
                 guint             index)
{
  const GrGuarantor *g = &g_array_index (scenario->guarantors, GrGuarantor, index);

  /* TRANSLATORS: a guarantor in a list, whose number is its response time in
   * days: state, commitment, "GB · consultative, response" */
  return g_strdup_printf (_("%s · %s, response"), g->state, commitment_label (g->commitment));
}

typedef struct
{
  GrDocument *document;
  GtkWidget *toast_anchor;     /* the side area, which outlives the row */
  guint index;
  GrCommitment commitment;
} SetCommitment;

static void
set_commitment_free (SetCommitment *set)
{
  g_object_unref (set->document);
  g_object_unref (set->toast_anchor);
  g_free (set);
}

static void
set_commitment (GrScenario *scenario,
                gpointer    data)
{
  const SetCommitment *set = data;

  if (set->index < scenario->guarantors->len)
    g_array_index (scenario->guarantors, GrGuarantor, set->index).commitment = set->commitment;
}

static gboolean
apply_commitment_cb (gpointer data)
{
  SetCommitment *set = data;
  g_autoptr(GError) error = NULL;

  if (!gr_document_apply (set->document, _("Change commitment"), set_commitment, set, &error))
    {
      /* TRANSLATORS: a refused edit; %s says why */
      g_autofree char *text = g_strdup_printf (_("Commitment not changed: %s"), error->message);

      gr_toast_show (set->toast_anchor, text);
    }
  return G_SOURCE_REMOVE;
}

static void
commitment_selected_cb (GtkDropDown *choice,
                        GParamSpec  *pspec,
                        GrDocument  *document)
{
  SetCommitment *set = g_new0 (SetCommitment, 1);
  GtkWidget *anchor = gtk_widget_get_ancestor (GTK_WIDGET (choice), GR_TYPE_PANEL);

  set->document = g_object_ref (document);
  set->toast_anchor = g_object_ref (anchor != NULL ? anchor : GTK_WIDGET (choice));
  set->index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (choice), "gr-index"));
  set->commitment = gtk_drop_down_get_selected (choice);
  /* The edit rebuilds the list's rows (the title names the commitment),
   * and with them this choice: not inside its own notification. */
  g_idle_add_full (G_PRIORITY_DEFAULT, apply_commitment_cb, set,
                   (GDestroyNotify) set_commitment_free);
}

static GtkWidget *
commitment_choice (GrDocument       *document,
                   const GrScenario *scenario,
                   guint             index)
{
  const char *labels[GR_N_COMMITMENTS + 1] = { NULL };
  GtkWidget *choice;

  for (GrCommitment c = 0; c < GR_N_COMMITMENTS; c++)
    labels[c] = commitment_label (c);
  choice = gtk_drop_down_new_from_strings (labels);
  gtk_widget_set_valign (choice, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (choice, _("Commitment: automatic (Article 5-like), "
                                         "consultative, or assistance only"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (choice),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Commitment"), -1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (choice),
                              g_array_index (scenario->guarantors, GrGuarantor, index).commitment);
  g_object_set_data (G_OBJECT (choice), "gr-index", GUINT_TO_POINTER (index));
  {
    g_autofree char *path = g_strdup_printf ("guarantees.guarantors[%u].commitment", index);

    /* A tornado bar of this input comes here. */
    gr_panel_tag_input (choice, path);
  }
  g_signal_connect_object (choice, "notify::selected", G_CALLBACK (commitment_selected_cb),
                           document, 0);
  return choice;
}

static void
remove_guarantor (GrScenario *scenario,
                  gpointer    data)
{
  g_array_remove_index (scenario->guarantors, GPOINTER_TO_UINT (data));
}

static void
add_guarantor (GrScenario *scenario,
               gpointer    data)
{
  const GrListNewItem *item = data;
  GrGuarantor g = { 0 };

  g.state = g_strdup (item->code);
  /* A new guarantor consults before acting, within a week: an assumption. */
  g.commitment = GR_COMMITMENT_CONSULTATIVE;
  gr_quantity_init (&g.response_days, 7);
  g_array_append_val (scenario->guarantors, g);
}

static const GrListSpec guarantor_list = {
  .title = N_("Guarantor states"),
  .add_title = N_("Add a guarantor"),
  .count = count_guarantors,
  .item_title = guarantor_title,
  .lever = {
    /* TRANSLATORS: a unit after any number: an abbreviation avoids plural forms */
    .unit = N_("days"), .kind = GR_LEVER_QUANTITY, .locate = guarantor_days,
    .limit = GR_LIMIT_RESPONSE_DAYS, .step = 1, .digits = 0,
  },
  .item_extra = commitment_choice,
  .remove = remove_guarantor,
  .add = add_guarantor,
};

GrPanel *
gr_panel_guarantees_new (GrDocument *document)
{
  GrPanel *self = gr_panel_new (document, "guarantees", _("Diplomatic guarantees"),
                                GR_INSTRUMENT_GUARANTEES);

  gr_panel_add_headline (self, GR_METRIC_COMMITMENT_STRENGTH, NULL, GR_HEADLINE_SCORE, TRUE,
                         strength);
  gr_panel_add_headline (self, GR_METRIC_RESPONSE_DELAY, NULL, GR_HEADLINE_DAYS, FALSE, response);
  gr_panel_add_headline (self, GR_N_METRICS, _("Guarantor states"),
                         GR_HEADLINE_COUNT, TRUE, guarantors);
  gr_panel_add_list (self, &guarantor_list);
  return self;
}
