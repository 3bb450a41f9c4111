/* gr-lever-row.c — a row that edits one number of the scenario: spin button, slider, unit, source
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row holds no value of its own: it shows what the document's scenario
 * holds, and every change of its adjustment becomes a gr_document_apply().
 * When the document changes (this edit, another view's, undo, load) the
 * row re-reads its number; `syncing` keeps that update from being sent
 * back as an edit.  A slider drag is bracketed by begin/end edit, so it is
 * one undo step however many values it passes.  An edit the scenario check
 * refuses changes nothing; the row shows the document's value again and
 * says why in a toast.
 */

#include "config.h"

#include "gr-lever-row.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "gr-format.h"
#include "gr-keyboard.h"
#include "gr-toast.h"

struct _GrLeverRow
{
  AdwActionRow parent_instance;

  GrDocument *document;
  GrLeverSpec spec;            /* title and unit owned below */
  char *title;
  char *unit;
  gpointer data;
  GDestroyNotify data_free;

  GtkAdjustment *adjustment;   /* the spin button's: the valid range */
  GtkAdjustment *slider_adjustment;  /* the slider's: the typical range */
  GtkWidget *spin;
  GtkWidget *slider;
  GtkWidget *unit_label;

  gboolean syncing;            /* the document is updating the adjustment */
  gboolean dragging;           /* inside a begin/end edit bracket */
};

G_DEFINE_FINAL_TYPE (GrLeverRow, gr_lever_row, ADW_TYPE_ACTION_ROW)

static double
factor (GrLeverRow *self)
{
  return self->spec.factor != 0 ? self->spec.factor : 1;
}

static char *
format_shown (GrLeverRow *self,
              double      stored)
{
  g_autofree char *number = gr_format_number (stored * factor (self), self->spec.digits);

  if (self->unit == NULL)
    return g_steal_pointer (&number);
  return g_strdup_printf ("%s %s", number, self->unit);
}

/* Subtitle and tooltip: the quantity's range and where its value comes from. */
static void
describe_quantity (GrLeverRow       *self,
                   const GrScenario *scenario,
                   const GrQuantity *quantity)
{
  g_autofree char *range = NULL;
  g_autofree char *origin = NULL;
  g_autofree char *tooltip = NULL;
  const GrSource *source = NULL;

  if (quantity != NULL && gr_quantity_has_range (quantity))
    {
      g_autofree char *low = format_shown (self, quantity->low);
      g_autofree char *high = format_shown (self, quantity->high);

      /* TRANSLATORS: the plausible range of an input, "Range 68 km – 160 km" */
      range = g_strdup_printf (_("Range %s – %s"), low, high);
    }

  if (quantity != NULL)
    source = gr_scenario_find_source (scenario, quantity->source);
  if (source != NULL && source->date != NULL && *source->date != '\0')
    /* TRANSLATORS: where a value comes from: source title, then its date */
    origin = g_strdup_printf (_("Source: %s (%s)"), source->title ? source->title : source->id,
                              source->date);
  else if (source != NULL)
    origin = g_strdup_printf (_("Source: %s"), source->title ? source->title : source->id);
  else if (quantity != NULL && quantity->source != NULL)
    origin = g_strdup_printf (_("Source: %s"), quantity->source);
  else
    origin = g_strdup (_("Assumption: no source given"));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), range != NULL ? range : "");
  tooltip = range != NULL ? g_strdup_printf ("%s\n%s", origin, range) : g_strdup (origin);
  /* GTK 4.8 re-parses and re-announces even an unchanged tooltip; this
   * runs for every lever on every edit. */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (self)), tooltip) != 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
}

/* The lever accepts what gr_scenario_check accepts: the limit table's
 * valid range, or for a sourced quantity its plausible range (the check
 * refuses anything else).  The slider spans the typical part of that,
 * widened to take in the value the scenario holds. */
static void
valid_range (GrLeverRow *self,
             gpointer    where,
             gboolean    typical,
             double      stored,
             double     *lower,
             double     *upper)
{
  const GrLimit *limit = gr_limit (self->spec.limit);

  if (self->spec.kind == GR_LEVER_QUANTITY && gr_quantity_has_range (where))
    {
      const GrQuantity *quantity = where;

      *lower = quantity->low * factor (self);
      *upper = quantity->high * factor (self);
      return;
    }
  *lower = (typical ? MIN (limit->typical_min, stored) : limit->min) * factor (self);
  *upper = (typical ? MAX (limit->typical_max, stored) : limit->max) * factor (self);
}

static void
set_range (GrLeverRow    *self,
           GtkAdjustment *adjustment,
           gpointer       where,
           double         stored)
{
  double lower, upper;

  valid_range (self, where, adjustment == self->slider_adjustment, stored, &lower, &upper);
  gtk_adjustment_set_lower (adjustment, lower);
  gtk_adjustment_set_upper (adjustment, upper);
  gtk_adjustment_set_value (adjustment, stored * factor (self));
}

static void
sync_from_document (GrLeverRow *self)
{
  GrScenario *scenario = NULL;
  gpointer where = NULL;
  double stored = 0;

  if (self->document != NULL)
    scenario = (GrScenario *) gr_document_get_scenario (self->document);
  if (scenario != NULL)
    where = self->spec.locate (scenario, self->data);

  gtk_widget_set_sensitive (GTK_WIDGET (self), where != NULL);
  if (where == NULL)
    return;

  switch (self->spec.kind)
    {
    case GR_LEVER_QUANTITY:
      stored = ((GrQuantity *) where)->value;
      describe_quantity (self, scenario, where);
      break;
    case GR_LEVER_DOUBLE:
      stored = *(double *) where;
      break;
    case GR_LEVER_INT:
      stored = *(int *) where;
      break;
    default:
      g_assert_not_reached ();
    }

  self->syncing = TRUE;
  set_range (self, self->adjustment, where, stored);
  if (self->slider_adjustment != NULL)
    set_range (self, self->slider_adjustment, where, stored);
  self->syncing = FALSE;
}

typedef struct
{
  GrLeverRow *row;
  double stored;
} SetValue;

static void
set_value (GrScenario *scenario,
           gpointer    user_data)
{
  SetValue *set = user_data;
  gpointer where = set->row->spec.locate (scenario, set->row->data);

  if (where == NULL)
    return;
  switch (set->row->spec.kind)
    {
    case GR_LEVER_QUANTITY:
      ((GrQuantity *) where)->value = set->stored;
      break;
    case GR_LEVER_DOUBLE:
      *(double *) where = set->stored;
      break;
    case GR_LEVER_INT:
      *(int *) where = (int) lround (set->stored);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
show_refusal (GrLeverRow *self,
              GError     *error)
{
  g_autofree char *text = NULL;

  /* TRANSLATORS: a refused edit; the first %s is the lever, the second why */
  text = g_strdup_printf (_("%s not changed: %s"), self->title, error->message);
  gr_toast_show (GTK_WIDGET (self), text);
}

static void
value_changed_cb (GtkAdjustment *adjustment,
                  GrLeverRow    *self)
{
  /* A slider lands between steps; keep the digits the spin button shows,
   * and while dragging, the lever's step: a 110 px slider over a million
   * must not claim 337,849 (a typed value stays as typed). */
  double unit = pow (10, self->spec.digits);
  double shown = round (gtk_adjustment_get_value (adjustment) * unit) / unit;
  SetValue set;
  g_autoptr(GError) error = NULL;

  if (self->syncing)
    return;
  if (self->dragging && self->spec.step > 0)
    shown = CLAMP (round (shown / self->spec.step) * self->spec.step,
                   gtk_adjustment_get_lower (adjustment),
                   gtk_adjustment_get_upper (adjustment));
  set = (SetValue) { self, shown / factor (self) };
  if (!gr_document_apply (self->document, self->dragging ? NULL : self->title,
                          set_value, &set, &error))
    {
      show_refusal (self, error);
      sync_from_document (self);
    }
}

/* The spin button prints thousands separators, as the rest of the
 * dashboard does ("375,000"), and reads them back. */
static gboolean
spin_output_cb (GtkSpinButton *spin,
                GrLeverRow    *self)
{
  g_autofree char *text = gr_format_number (gtk_adjustment_get_value (self->adjustment),
                                            self->spec.digits);

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  /* The value shown is committed: Ctrl+Z now undoes the scenario. */
  gr_keyboard_forget_typing (GTK_EDITABLE (spin));
  return TRUE;
}

static int
spin_input_cb (GtkSpinButton *spin,
               double        *value,
               GrLeverRow    *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  g_autoptr(GString) digits = g_string_new (NULL);
  char *end = NULL;

  /* Drop grouping characters (comma, space, no-break and thin spaces). */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != ',' && !g_unichar_isspace (c) && c != 0x202F)
        g_string_append_unichar (digits, c);
    }
  *value = g_ascii_strtod (digits->str, &end);
  if (end == digits->str || *end != '\0')
    return GTK_INPUT_ERROR;
  return TRUE;
}

static void
end_drag (GrLeverRow *self)
{
  if (!self->dragging)
    return;
  self->dragging = FALSE;
  gr_document_end_edit (self->document);
}

/* Raw events, so that the slider's own drag gesture cannot hide them. */
static gboolean
slider_event_cb (GtkEventControllerLegacy *controller,
                 GdkEvent                 *event,
                 GrLeverRow               *self)
{
  switch (gdk_event_get_event_type (event))
    {
    case GDK_BUTTON_PRESS:
    case GDK_TOUCH_BEGIN:
      if (!self->dragging)
        {
          self->dragging = TRUE;
          gr_document_begin_edit (self->document, self->title);
        }
      break;
    case GDK_BUTTON_RELEASE:
    case GDK_TOUCH_END:
    case GDK_TOUCH_CANCEL:
      end_drag (self);
      break;
    default:
      break;
    }
  return GDK_EVENT_PROPAGATE;
}

GtkWidget *
gr_lever_row_new (GrDocument        *document,
                  const GrLeverSpec *spec,
                  gpointer           data,
                  GDestroyNotify     data_free)
{
  GrLeverRow *self;
  GtkWidget *box;
  const GrLimit *limit;
  g_autofree char *widest = NULL;

  g_return_val_if_fail (GR_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (spec != NULL && spec->locate != NULL, NULL);

  self = g_object_new (GR_TYPE_LEVER_ROW, "title", spec->title, NULL);
  self->document = g_object_ref (document);
  self->spec = *spec;
  self->title = g_strdup (spec->title);
  self->unit = g_strdup (spec->unit);
  self->spec.title = self->title;
  self->spec.unit = self->unit;
  self->data = data;
  self->data_free = data_free;

  limit = gr_limit (spec->limit);
  self->adjustment = g_object_ref_sink (gtk_adjustment_new (0, 0, 0, spec->step, spec->step * 10,
                                                            0));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

  if (spec->slider)
    {
      GtkEventController *events = gtk_event_controller_legacy_new ();

      self->slider_adjustment = g_object_ref_sink (gtk_adjustment_new (0, 0, 0, spec->step,
                                                                       spec->step * 10, 0));
      self->slider = gtk_scale_new (GTK_ORIENTATION_HORIZONTAL, self->slider_adjustment);
      gtk_scale_set_draw_value (GTK_SCALE (self->slider), FALSE);
      gtk_range_set_round_digits (GTK_RANGE (self->slider), spec->digits);
      gtk_widget_set_size_request (self->slider, 110, -1);
      gtk_event_controller_set_propagation_phase (events, GTK_PHASE_CAPTURE);
      g_signal_connect (events, "event", G_CALLBACK (slider_event_cb), self);
      gtk_widget_add_controller (self->slider, events);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->slider),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, spec->title, -1);
      gtk_box_append (GTK_BOX (box), self->slider);
    }

  self->spin = gtk_spin_button_new (self->adjustment, spec->step, spec->digits);
  g_signal_connect (self->spin, "output", G_CALLBACK (spin_output_cb), self);
  g_signal_connect (self->spin, "input", G_CALLBACK (spin_input_cb), self);
  gtk_spin_button_set_update_policy (GTK_SPIN_BUTTON (self->spin), GTK_UPDATE_IF_VALID);
  /* As wide as the typical values: a valid range of 10¹² must not make
   * every row's spin button wide. */
  widest = g_strdup_printf ("%.*f", spec->digits,
                            MAX (fabs (limit->typical_min), fabs (limit->typical_max))
                            * factor (self));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->spin), (int) strlen (widest));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spec->title, -1);
  gtk_box_append (GTK_BOX (box), self->spin);

  if (spec->unit != NULL)
    {
      self->unit_label = gtk_label_new (spec->unit);
      gtk_widget_add_css_class (self->unit_label, "dim-label");
      gtk_label_set_width_chars (GTK_LABEL (self->unit_label), 4);
      gtk_label_set_xalign (GTK_LABEL (self->unit_label), 0);
      gtk_box_append (GTK_BOX (box), self->unit_label);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), box);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), self->spin);

  sync_from_document (self);
  g_signal_connect_object (self->adjustment, "value-changed", G_CALLBACK (value_changed_cb), self,
                           0);
  if (self->slider_adjustment != NULL)
    g_signal_connect_object (self->slider_adjustment, "value-changed",
                             G_CALLBACK (value_changed_cb), self, 0);
  g_signal_connect_object (self->document, "changed", G_CALLBACK (sync_from_document), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

GtkSpinButton *
gr_lever_row_get_spin_button (GrLeverRow *self)
{
  g_return_val_if_fail (GR_IS_LEVER_ROW (self), NULL);
  return GTK_SPIN_BUTTON (self->spin);
}

gpointer
gr_lever_row_get_target (GrLeverRow *self)
{
  g_return_val_if_fail (GR_IS_LEVER_ROW (self), NULL);

  if (self->document == NULL)
    return NULL;
  /* locate() only reads the scenario it is given here. */
  return self->spec.locate ((GrScenario *) gr_document_get_scenario (self->document), self->data);
}

GtkRange *
gr_lever_row_get_slider (GrLeverRow *self)
{
  g_return_val_if_fail (GR_IS_LEVER_ROW (self), NULL);
  return self->slider != NULL ? GTK_RANGE (self->slider) : NULL;
}

static void
gr_lever_row_unmap (GtkWidget *widget)
{
  /* A drag that loses its release (the row goes away) still closes its bracket. */
  end_drag (GR_LEVER_ROW (widget));
  GTK_WIDGET_CLASS (gr_lever_row_parent_class)->unmap (widget);
}

static void
gr_lever_row_dispose (GObject *object)
{
  GrLeverRow *self = GR_LEVER_ROW (object);

  if (self->document != NULL)
    end_drag (self);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (gr_lever_row_parent_class)->dispose (object);
}

static void
gr_lever_row_finalize (GObject *object)
{
  GrLeverRow *self = GR_LEVER_ROW (object);

  /* Freed last: a handler may still locate the lever until the row is gone. */
  g_clear_object (&self->adjustment);
  g_clear_object (&self->slider_adjustment);
  if (self->data_free != NULL)
    g_clear_pointer (&self->data, self->data_free);
  g_free (self->title);
  g_free (self->unit);
  G_OBJECT_CLASS (gr_lever_row_parent_class)->finalize (object);
}

static void
gr_lever_row_class_init (GrLeverRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gr_lever_row_dispose;
  object_class->finalize = gr_lever_row_finalize;
  widget_class->unmap = gr_lever_row_unmap;
}

static void
gr_lever_row_init (GrLeverRow *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "lever-row");
}
