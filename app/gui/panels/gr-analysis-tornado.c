/* gr-analysis-tornado.c — the tornado in the analysis pane: drawn, its bars chosen, their levers
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bar is chosen by a click, or with Up and Down once the chart has the
 * focus; a click or Enter goes to the bar's input: the pane emits
 * "input-activated" and the window shows that input's lever.
 */

#include "config.h"

#include "gr-analysis-pane-private.h"

#include <glib/gi18n.h>
#include <string.h>

static void
draw_tornado_cb (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  GrAnalysisPane *self = user_data;

  if (self->tornado_chart != NULL)
    gr_chart_draw (self->tornado_chart, cr, width, height);
}

/* Bar @bar is the chosen one: its label is bold, the status names it. */
static void
select_bar (GrAnalysisPane *self,
            guint           bar)
{
  const char *path = gr_figure_tornado_input (self->tornado, bar);
  g_autofree char *status = NULL;

  if (path == NULL)
    return;
  self->selected_bar = bar;
  g_free (self->selected_input);
  self->selected_input = g_strdup (path);
  gr_chart_set_highlight (self->tornado_chart, bar, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self->tornado_area));
  status = g_strdup_printf (_("Selected input: %s"), self->selected_input);
  _gr_analysis_pane_set_status (self, status);
}

/* The bar's input goes to its lever, wherever the window shows it. */
static void
activate_bar (GrAnalysisPane *self,
              guint           bar)
{
  g_autofree char *status = NULL;
  gboolean shown = FALSE;

  select_bar (self, bar);
  if (self->selected_input == NULL || self->selected_bar != bar)
    return;
  g_signal_emit_by_name (self, "input-activated", self->selected_input, &shown);
  if (!shown)
    {
      /* TRANSLATORS: %s is a scenario input such as "threat.drone.per_month" */
      status = g_strdup_printf (_("Selected input: %s. It has no lever on the dashboard; "
                                  "change it in the scenario file."), self->selected_input);
      _gr_analysis_pane_set_status (self, status);
    }
}

/* A bar's hit text starts with its category: the input's label. */
static void
tornado_pressed_cb (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    gpointer         user_data)
{
  GrAnalysisPane *self = user_data;
  g_autofree char *text = NULL;
  const char *path;
  char *newline;

  if (self->tornado_chart == NULL || !gr_chart_query (self->tornado_chart, x, y, &text))
    return;
  newline = strchr (text, '\n');
  if (newline != NULL)
    *newline = '\0';
  for (guint bar = 0; (path = gr_figure_tornado_input (self->tornado, bar)) != NULL; bar++)
    {
      g_autofree char *label = gr_figure_tornado_label (path);

      if (g_str_equal (label, text))
        {
          activate_bar (self, bar);
          return;
        }
    }
}

/* Up and Down choose a bar, Enter or Space goes to its lever. */
static gboolean
tornado_key_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                gpointer               user_data)
{
  GrAnalysisPane *self = user_data;
  guint bar = self->selected_input != NULL ? self->selected_bar : 0;

  if (self->tornado == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;
  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      select_bar (self, self->selected_input != NULL && bar > 0 ? bar - 1 : bar);
      return GDK_EVENT_STOP;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      select_bar (self, self->selected_input != NULL ? bar + 1 : bar);
      return GDK_EVENT_STOP;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      activate_bar (self, bar);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

void
gr_analysis_pane_activate_bar (GrAnalysisPane *self,
                               guint           bar)
{
  g_return_if_fail (GR_IS_ANALYSIS_PANE (self));

  if (self->tornado != NULL)
    activate_bar (self, bar);
}


const char *
gr_analysis_pane_get_selected_input (GrAnalysisPane *self)
{
  g_return_val_if_fail (GR_IS_ANALYSIS_PANE (self), NULL);
  return self->selected_input;
}

void
_gr_analysis_pane_init_tornado (GrAnalysisPane *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_drawing_area_set_draw_func (self->tornado_area, draw_tornado_cb, self, NULL);
  g_signal_connect (click, "pressed", G_CALLBACK (tornado_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->tornado_area), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (tornado_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->tornado_area), keys);
  gtk_widget_set_focusable (GTK_WIDGET (self->tornado_area), TRUE);
}
