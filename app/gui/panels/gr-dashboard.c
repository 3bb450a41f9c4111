/* gr-dashboard.c — the side area: the guarantee index, then one panel per instrument
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The order is the article's: the index first (the whole and its weakest
 * link), then the instruments as DESIGN.md lists them.  Every panel watches
 * the one document; the dashboard only lays them out.
 *
 * Only the first panel is built with the window: building, styling and
 * laying out all nine took ~250 ms of the main thread before the map could
 * show its first frame, for panels that start below the fold.  The others
 * follow one per low-priority idle, after the pending frames, and any
 * accessor builds the rest at once, so callers always see every panel.
 */

#include "config.h"

#include "gr-dashboard.h"

#include "gr-scenario-walk.h"

#include <math.h>
#include <string.h>

/* The side area's share of a wide window, between its minimum and a width
 * past which lines of text grow too long to read. */
#define SIDE_SHARE 0.3
#define SIDE_MAX_WIDTH 620
/* Pixels kept between an editor scrolled to and the side area's edge. */
#define SCROLL_MARGIN 24

struct _GrDashboard
{
  GtkWidget parent_instance;

  GrDocument *document;        /* what the panels still to build watch */
  GPtrArray *panels;           /* GrPanel, not owned (children), built so far */
  guint build_id;              /* the idle that builds the next panel */
  double pointer_x;            /* where the pointer is, for the scroll guard */
  double pointer_y;
  guint sized : 1;             /* the side area's first width is set */
};

G_DEFINE_FINAL_TYPE (GrDashboard, gr_dashboard, GTK_TYPE_WIDGET)

typedef GrPanel *(*PanelNew) (GrDocument *document);

static const PanelNew panel_constructors[] = {
  gr_panel_index_new,
  gr_panel_guarantees_new,
  gr_panel_funding_new,
  gr_panel_industry_new,
  gr_panel_presence_new,
  gr_panel_danish_new,
  gr_panel_air_new,
  gr_panel_maritime_new,
  gr_panel_readiness_new,
};

static void
build_next_panel (GrDashboard *self)
{
  guint i = self->panels->len;
  GrPanel *panel = panel_constructors[i] (self->document);

  if (i > 0)
    {
      GtkWidget *separator = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);

      gtk_widget_set_parent (separator, GTK_WIDGET (self));
    }
  gtk_widget_set_parent (GTK_WIDGET (panel), GTK_WIDGET (self));
  g_ptr_array_add (self->panels, panel);
}

static gboolean
build_idle_cb (gpointer user_data)
{
  GrDashboard *self = GR_DASHBOARD (user_data);

  build_next_panel (self);
  if (self->panels->len < G_N_ELEMENTS (panel_constructors))
    return G_SOURCE_CONTINUE;
  self->build_id = 0;
  return G_SOURCE_REMOVE;
}

/* Builds the panels the idle has not built yet. */
static void
ensure_panels (GrDashboard *self)
{
  while (self->panels->len < G_N_ELEMENTS (panel_constructors))
    build_next_panel (self);
  g_clear_handle_id (&self->build_id, g_source_remove);
}

GtkWidget *
gr_dashboard_new (GrDocument *document)
{
  GrDashboard *self;

  g_return_val_if_fail (GR_IS_DOCUMENT (document), NULL);

  self = g_object_new (GR_TYPE_DASHBOARD, NULL);
  self->document = g_object_ref (document);
  build_next_panel (self);
  /* Below GTK's redraw priority, so the window's first frames come first. */
  self->build_id = g_idle_add_full (G_PRIORITY_LOW, build_idle_cb, self, NULL);
  return GTK_WIDGET (self);
}

guint
gr_dashboard_get_n_panels (GrDashboard *self)
{
  g_return_val_if_fail (GR_IS_DASHBOARD (self), 0);
  ensure_panels (self);
  return self->panels->len;
}

GrPanel *
gr_dashboard_get_panel (GrDashboard *self,
                        guint        index)
{
  g_return_val_if_fail (GR_IS_DASHBOARD (self), NULL);
  ensure_panels (self);
  g_return_val_if_fail (index < self->panels->len, NULL);
  return g_ptr_array_index (self->panels, index);
}

GrPanel *
gr_dashboard_find_panel (GrDashboard *self,
                         const char  *id)
{
  g_return_val_if_fail (GR_IS_DASHBOARD (self), NULL);

  ensure_panels (self);
  for (guint i = 0; i < self->panels->len; i++)
    if (g_strcmp0 (gr_panel_get_id (g_ptr_array_index (self->panels, i)), id) == 0)
      return g_ptr_array_index (self->panels, i);
  return NULL;
}

typedef struct
{
  const char *path;
  gpointer found;
} FindInput;

static void
find_input_cb (const char *path,
               GrQuantity *quantity,
               gpointer    user_data)
{
  FindInput *find = user_data;

  if (find->found == NULL && g_str_equal (path, find->path))
    find->found = quantity;
}

/* Where input @path is in @scenario, as a lever locates it: a quantity's
 * GrQuantity, an index weight's double; NULL for other choices. */
static gpointer
locate_input (GrScenario *scenario,
              const char *path)
{
  FindInput find = { path, NULL };

  if (g_str_has_prefix (path, "index.weights."))
    {
      for (guint i = 0; i < GR_N_INSTRUMENTS; i++)
        if (g_str_equal (path + strlen ("index.weights."), gr_instrument_to_string (i)))
          return &scenario->weights[i];
      return NULL;
    }
  /* Quantities only: the walk then visits the scenario's own and writes
   * nothing back. */
  gr_scenario_walk (scenario, GR_WALK_QUANTITIES, find_input_cb, &find);
  return find.found;
}

/* The widget that edits input @path: a lever of @target, or a choice
 * tagged with the path (gr_panel_tag_input()). */
static GtkWidget *
find_editor (GtkWidget  *widget,
             const char *path,
             gpointer    target)
{
  if (target != NULL && GR_IS_LEVER_ROW (widget)
      && gr_lever_row_get_target (GR_LEVER_ROW (widget)) == target)
    return widget;
  if (g_strcmp0 (gr_panel_get_input_tag (widget), path) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_editor (child, path, target);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Scrolls the side area so that the editor (user_data) is in view, once
 * it has been laid out: the frame after the one that asked. */
static gboolean
scroll_to_lever_cb (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  GtkWidget *lever = user_data;
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double top, bottom, height, shift = 0;

  if (scroller == NULL || gtk_widget_get_parent (lever) == NULL)
    return G_SOURCE_REMOVE;
  if (gtk_widget_get_height (lever) <= 0
      || !gtk_widget_compute_bounds (lever, scroller, &bounds))
    return G_SOURCE_CONTINUE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  /* A little room around it, so it does not sit on the edge. */
  top = bounds.origin.y - SCROLL_MARGIN;
  bottom = bounds.origin.y + bounds.size.height + SCROLL_MARGIN;
  height = gtk_widget_get_height (scroller);
  if (bottom > height)
    shift = bottom - height;
  if (top - shift < 0)
    shift = top;
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + shift);
  return G_SOURCE_REMOVE;
}

gboolean
gr_dashboard_focus_input (GrDashboard *self,
                          const char  *path)
{
  GrScenario *scenario;
  GtkWidget *editor, *focus;
  gpointer target;

  g_return_val_if_fail (GR_IS_DASHBOARD (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  ensure_panels (self);
  /* Only read: the lookup compares addresses in the document's scenario. */
  scenario = (GrScenario *) gr_document_get_scenario (self->document);
  target = scenario != NULL ? locate_input (scenario, path) : NULL;
  editor = find_editor (GTK_WIDGET (self), path, target);
  if (editor == NULL)
    return FALSE;
  /* A list item's editor sits in a collapsed expander: open it. */
  for (GtkWidget *w = editor; w != NULL && w != GTK_WIDGET (self); w = gtk_widget_get_parent (w))
    if (ADW_IS_EXPANDER_ROW (w))
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (w), TRUE);
  focus = GR_IS_LEVER_ROW (editor)
          ? GTK_WIDGET (gr_lever_row_get_spin_button (GR_LEVER_ROW (editor))) : editor;
  if (!gtk_widget_grab_focus (focus))
    return FALSE;
  /* An expander just opened is laid out in the next frame: scroll then. */
  gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_lever_cb, g_object_ref (editor),
                                g_object_unref);
  return TRUE;
}

/* On a wide desktop the side area takes about a third of the window, so
 * charts and headlines are not squeezed beside an acre of map; on a
 * 1280-wide laptop it keeps its minimum.  Done once, on the first frame
 * the window has its size, and only if nobody placed the divider. */
static gboolean
size_side_area_cb (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  GrDashboard *self = GR_DASHBOARD (widget);
  GtkWidget *paned = gtk_widget_get_ancestor (widget, GTK_TYPE_PANED);
  GtkWidget *side;
  int width, side_width, min_width;
  gboolean position_set;

  if (paned == NULL || self->sized)
    return G_SOURCE_REMOVE;
  width = gtk_widget_get_width (paned);
  if (width <= 0)
    return G_SOURCE_CONTINUE;

  self->sized = TRUE;
  g_object_get (paned, "position-set", &position_set, NULL);
  side = gtk_paned_get_end_child (GTK_PANED (paned));
  if (position_set || side == NULL)
    return G_SOURCE_REMOVE;

  gtk_widget_measure (side, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  side_width = CLAMP ((int) (width * SIDE_SHARE), min_width, MAX (min_width, SIDE_MAX_WIDTH));
  if (gtk_widget_get_width (side) < side_width)
    gtk_paned_set_position (GTK_PANED (paned), width - side_width);
  return G_SOURCE_REMOVE;
}

/* Scrolling the side area with the wheel must not move the sliders and
 * spin buttons that pass under the pointer: that would change the
 * scenario unasked.  A lever takes the wheel only once it has the focus
 * (clicked or tabbed to); until then the wheel scrolls the side area. */
static void
pointer_motion_cb (GtkEventControllerMotion *motion,
                   double                    x,
                   double                    y,
                   GrDashboard              *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
}

static gboolean
wheel_would_edit (GrDashboard *self)
{
  GtkWidget *widget = gtk_widget_pick (GTK_WIDGET (self), self->pointer_x, self->pointer_y,
                                       GTK_PICK_DEFAULT);

  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));

  for (; widget != NULL && widget != GTK_WIDGET (self); widget = gtk_widget_get_parent (widget))
    if (GTK_IS_RANGE (widget) || GTK_IS_SPIN_BUTTON (widget))
      return focus == NULL || (focus != widget && !gtk_widget_is_ancestor (focus, widget));
  return FALSE;
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           GrDashboard              *self)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  double step = 1;

  if (scroller == NULL || !wheel_would_edit (self))
    return GDK_EVENT_PROPAGATE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  /* A wheel click moves as far as GtkScrolledWindow's own does. */
  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL)
    step = pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + dy * step);
  return GDK_EVENT_STOP;
}

static void
gr_dashboard_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (gr_dashboard_parent_class)->map (widget);
  if (!GR_DASHBOARD (widget)->sized)
    gtk_widget_add_tick_callback (widget, size_side_area_cb, NULL, NULL);
}

static void
gr_dashboard_dispose (GObject *object)
{
  GrDashboard *self = GR_DASHBOARD (object);
  GtkWidget *child;

  g_clear_handle_id (&self->build_id, g_source_remove);
  g_ptr_array_set_size (self->panels, 0);
  g_clear_object (&self->document);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (gr_dashboard_parent_class)->dispose (object);
}

static void
gr_dashboard_finalize (GObject *object)
{
  GrDashboard *self = GR_DASHBOARD (object);

  g_ptr_array_unref (self->panels);
  G_OBJECT_CLASS (gr_dashboard_parent_class)->finalize (object);
}

static void
gr_dashboard_class_init (GrDashboardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gr_dashboard_dispose;
  object_class->finalize = gr_dashboard_finalize;
  widget_class->map = gr_dashboard_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dashboard");
}

static void
gr_dashboard_init (GrDashboard *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  g_signal_connect (motion, "enter", G_CALLBACK (pointer_motion_cb), self);
  g_signal_connect (motion, "motion", G_CALLBACK (pointer_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  self->panels = g_ptr_array_new ();
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 18);
}
