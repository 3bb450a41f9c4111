/* gr-headline.c — a large headline number, its explanation and its last change
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The headline is told its value by its panel, which reads it from the
 * document's metrics.  It keeps the first value it showed, that of the
 * scenario as opened, and words the change from it ("▲ 3 pts"): undoing
 * back to the scenario as opened clears the change.  Whether a rise is
 * good news (territory covered) or bad (funding gap) decides the colour;
 * the arrow and the words carry the meaning without it.  When a scenario
 * B is compared with, a line under the value shows B's value and B − A
 * with its sign and arrow.
 */

#include "config.h"

#include "gr-headline.h"

#include <glib/gi18n.h>
#include <math.h>

struct _GrHeadline
{
  GtkWidget parent_instance;

  GrHeadlineUnit unit;
  gboolean higher_is_better;
  double opened;               /* the value as opened; NAN before the first */
  double value;                /* the value shown (A); NAN before the first */
  double compared;             /* the comparison scenario's (B) */
  double p10;                  /* Monte Carlo's range, or NAN */
  double p90;
  char *compared_name;         /* B's name, NULL when not comparing */
  char *value_text;
  char *change_text;
  char *compared_text;

  /* template children */
  GtkLabel *title_label;
  GtkLabel *value_label;
  GtkLabel *change_label;
  GtkLabel *compared_label;
  GtkLabel *explanation_label;
};

G_DEFINE_FINAL_TYPE (GrHeadline, gr_headline, GTK_TYPE_WIDGET)

GtkWidget *
gr_headline_new (const char     *title,
                 const char     *explanation,
                 GrHeadlineUnit  unit,
                 gboolean        higher_is_better)
{
  GrHeadline *self = g_object_new (GR_TYPE_HEADLINE, NULL);

  self->unit = unit;
  self->higher_is_better = higher_is_better;
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->explanation_label, explanation != NULL ? explanation : "");
  gtk_widget_set_visible (GTK_WIDGET (self->explanation_label),
                          explanation != NULL && *explanation != '\0');
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), explanation);
  return GTK_WIDGET (self);
}

static void
update_accessible (GrHeadline *self)
{
  g_autofree char *label = NULL;

  label = g_strdup_printf ("%s: %s%s%s%s%s", gtk_label_get_text (self->title_label),
                           self->value_text != NULL ? self->value_text : "",
                           self->change_text != NULL ? ", " : "",
                           self->change_text != NULL ? self->change_text : "",
                           self->compared_text != NULL ? "; " : "",
                           self->compared_text != NULL ? self->compared_text : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  gtk_label_get_text (self->explanation_label),
                                  -1);
}

/* Sets @label's text unless it shows it already: GTK 4.8 lays a label
 * out again, and the window with it, even for the same text, and every
 * panel's headlines are told their values on every step of a drag. */
static void
set_label_text (GtkLabel   *label,
                const char *text)
{
  if (g_strcmp0 (gtk_label_get_text (label), text) != 0)
    gtk_label_set_text (label, text);
}

/* "B (Reinforced): 0.63", then "B − A: ▲ +0.09" on a line of its own, or
 * nothing when not comparing. */
static void
update_compared (GrHeadline *self)
{
  g_autofree char *printed = NULL;
  g_autofree char *difference = NULL;

  g_clear_pointer (&self->compared_text, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self->compared_label), self->compared_name != NULL);
  if (self->compared_name == NULL)
    return;
  printed = gr_headline_format_value (self->unit, self->compared);
  difference = gr_headline_format_difference (self->unit, self->value, self->compared);
  /* TRANSLATORS: the headline in the scenario compared with (B) and B's
   * difference from this one (A), on two lines: "B (Reinforced): 63 %",
   * "B − A: ▲ +4 pts" */
  self->compared_text = g_strdup_printf (_("B (%s): %s\nB − A: %s"), self->compared_name,
                                         printed, difference);
  set_label_text (self->compared_label, self->compared_text);
}

void
gr_headline_set_value (GrHeadline *self,
                       double      value)
{
  g_autofree char *value_text = NULL;
  g_autofree char *change_text = NULL;
  g_autofree char *compared_text = NULL;
  GtkWidget *change;
  gboolean good;

  g_return_if_fail (GR_IS_HEADLINE (self));

  self->value = value;
  if (isnan (self->opened))
    self->opened = value;
  value_text = gr_headline_format_range (self->unit, value, self->p10, self->p90);
  change_text = gr_headline_format_change (self->unit, self->opened, value);
  compared_text = g_strdup (self->compared_text);
  update_compared (self);
  /* the same words as shown (most headlines, on most steps of a drag):
   * nothing to lay out, nothing to announce */
  if (g_strcmp0 (value_text, self->value_text) == 0
      && g_strcmp0 (change_text, self->change_text) == 0
      && g_strcmp0 (compared_text, self->compared_text) == 0)
    return;

  g_free (self->value_text);
  self->value_text = g_steal_pointer (&value_text);
  set_label_text (self->value_label, self->value_text);
  g_free (self->change_text);
  self->change_text = g_steal_pointer (&change_text);

  change = GTK_WIDGET (self->change_label);
  gtk_widget_set_visible (change, self->change_text != NULL);
  if (self->change_text != NULL)
    {
      set_label_text (self->change_label, self->change_text);
      good = (value > self->opened) == self->higher_is_better;
      gtk_widget_remove_css_class (change, good ? "error" : "success");
      gtk_widget_add_css_class (change, good ? "success" : "error");
    }
  update_accessible (self);
}

void
gr_headline_set_title (GrHeadline *self,
                       const char *title)
{
  g_return_if_fail (GR_IS_HEADLINE (self));

  if (g_strcmp0 (gtk_label_get_text (self->title_label), title) == 0)
    return;
  gtk_label_set_text (self->title_label, title);
  update_accessible (self);
}

void
gr_headline_forget (GrHeadline *self)
{
  g_return_if_fail (GR_IS_HEADLINE (self));
  self->opened = NAN;
}

void
gr_headline_set_compared (GrHeadline *self,
                          const char *name,
                          double      value)
{
  g_return_if_fail (GR_IS_HEADLINE (self));

  g_free (self->compared_name);
  self->compared_name = g_strdup (name);
  self->compared = value;
  update_compared (self);
  update_accessible (self);
}

void
gr_headline_set_range (GrHeadline *self,
                       double      p10,
                       double      p90)
{
  g_return_if_fail (GR_IS_HEADLINE (self));

  self->p10 = p10;
  self->p90 = p90;
  if (isnan (self->value))
    return;
  g_free (self->value_text);
  self->value_text = gr_headline_format_range (self->unit, self->value, p10, p90);
  set_label_text (self->value_label, self->value_text);
  update_accessible (self);
}

const char *
gr_headline_get_value_text (GrHeadline *self)
{
  g_return_val_if_fail (GR_IS_HEADLINE (self), NULL);
  return self->value_text;
}

const char *
gr_headline_get_change_text (GrHeadline *self)
{
  g_return_val_if_fail (GR_IS_HEADLINE (self), NULL);
  return self->change_text;
}

const char *
gr_headline_get_compared_text (GrHeadline *self)
{
  g_return_val_if_fail (GR_IS_HEADLINE (self), NULL);
  return self->compared_text;
}

static void
gr_headline_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), GR_TYPE_HEADLINE);
  /* The template's unnamed root box is not a bound child: unparent it too. */
  {
    GtkWidget *child;

    while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
      gtk_widget_unparent (child);
  }
  G_OBJECT_CLASS (gr_headline_parent_class)->dispose (object);
}

static void
gr_headline_finalize (GObject *object)
{
  GrHeadline *self = GR_HEADLINE (object);

  g_free (self->value_text);
  g_free (self->change_text);
  g_free (self->compared_name);
  g_free (self->compared_text);
  G_OBJECT_CLASS (gr_headline_parent_class)->finalize (object);
}

/* Headlines side by side share a row's height.  With the explanation
 * always three lines tall (its most), the only difference left is a title
 * that wraps; the title takes the slack above itself, so the values of a
 * row stand on one line. */
static void
gr_headline_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  GrHeadline *self = GR_HEADLINE (widget);
  g_autoptr(PangoLayout) layout = NULL;
  int height;

  GTK_WIDGET_CLASS (gr_headline_parent_class)->css_changed (widget, change);

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->explanation_label), "X\nX\nX");
  pango_layout_get_pixel_size (layout, NULL, &height);
  gtk_widget_set_size_request (GTK_WIDGET (self->explanation_label), -1, height);
}

static void
gr_headline_class_init (GrHeadlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gr_headline_dispose;
  object_class->finalize = gr_headline_finalize;
  widget_class->css_changed = gr_headline_css_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/gr-headline.ui");
  gtk_widget_class_bind_template_child (widget_class, GrHeadline, title_label);
  gtk_widget_class_bind_template_child (widget_class, GrHeadline, value_label);
  gtk_widget_class_bind_template_child (widget_class, GrHeadline, change_label);
  gtk_widget_class_bind_template_child (widget_class, GrHeadline, compared_label);
  gtk_widget_class_bind_template_child (widget_class, GrHeadline, explanation_label);
  gtk_widget_class_set_css_name (widget_class, "headline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
gr_headline_init (GrHeadline *self)
{
  self->opened = NAN;
  self->value = NAN;
  self->compared = NAN;
  self->p10 = NAN;
  self->p90 = NAN;
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The title's vexpand is for the row's slack only: not the panel's. */
  gtk_widget_set_vexpand (GTK_WIDGET (self), FALSE);
}
