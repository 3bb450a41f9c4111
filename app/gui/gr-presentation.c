/* gr-presentation.c — presentation mode: full-screen slides for a projector
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The slides are the briefing's pages (gr-briefing.h) painted in the
 * projector look, so what is shown is what the PDF hands out; the first
 * slide is the live map, read-only, on a copy of the scenario.  The footer
 * names the scenario ("modified" after edits), the date, the slide's
 * sources and the slide number.  A chart's citations run to several
 * sentences each, more than a footer can show in type read from the back
 * of the room: the footer names the sources by id, and the last slides
 * list them all with title, date and address, as the PDF's source list
 * does.  Keys are caught before the map sees them: a clicker's Page
 * Up/Down must never pan it.
 */

#include "config.h"

#include "gr-presentation.h"

#include <glib/gi18n.h>

#include "gr-map-editor.h"
#include "gr-map-widget.h"

struct _GrPresentation
{
  AdwWindow parent_instance;

  GrBriefing *briefing;
  GrDocument *map_document;    /* a copy: nothing here edits the user's */
  GArray *pages;               /* guint: briefing page per slide; G_MAXUINT = the map */
  guint slide;
  guint sources_slide;         /* the first slide of the source list; 0 for none */

  GtkStack *stack;
  GtkWidget *map;
  GtkWidget *page_area;
  GtkLabel *title;
  GtkLabel *footer;
  GtkLabel *sources;
  GtkLabel *counter;
};

G_DEFINE_FINAL_TYPE (GrPresentation, gr_presentation, ADW_TYPE_WINDOW)

#define MAP_SLIDE G_MAXUINT

static void
draw_page_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        data)
{
  GrPresentation *self = data;
  guint page = g_array_index (self->pages, guint, self->slide);
  double k;

  if (page == MAP_SLIDE)
    return;
  /* 16:9 letterboxed: 1280×720 and 1920×1080 fill the screen. */
  k = MIN (width / GR_BRIEFING_SLIDE_WIDTH, height / GR_BRIEFING_SLIDE_HEIGHT);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_translate (cr, (width - k * GR_BRIEFING_SLIDE_WIDTH) / 2,
                   (height - k * GR_BRIEFING_SLIDE_HEIGHT) / 2);
  cairo_scale (cr, k, k);
  gr_briefing_draw_page (self->briefing, page, GR_BRIEFING_LOOK_PROJECTOR, cr,
                         GR_BRIEFING_SLIDE_WIDTH, GR_BRIEFING_SLIDE_HEIGHT);
}

/* "Sources: Guarantor model; article, press-patriot — listed on slide 11" */
static char *
sources_line (GrPresentation *self,
              guint           page)
{
  g_auto(GStrv) ids = NULL;
  g_autofree char *list = NULL;

  if (gr_briefing_get_page_kind (self->briefing, page) == GR_BRIEFING_PAGE_MAP)
    {
      g_autofree char *map = gr_briefing_get_page_sources (self->briefing, page);

      /* TRANSLATORS: the slide's sources in the presentation's footer */
      return g_strdup_printf (_("Sources: %s"), map);
    }
  /* The source list is its own source. */
  if (gr_briefing_get_page_kind (self->briefing, page) == GR_BRIEFING_PAGE_SOURCES)
    return g_strdup ("");
  ids = gr_briefing_get_page_source_ids (self->briefing, page);
  if (ids[0] == NULL || self->sources_slide == 0)
    return g_strdup (_("Source: Guarantor model"));
  list = g_strjoinv (", ", ids);
  /* TRANSLATORS: a slide's footer; %1$s are ids of sources ("article,
   * press-patriot"), %2$u the slide that lists them with their titles;
   * a no-break space keeps the number with its word */
  return g_strdup_printf (_("Sources: Guarantor model; %1$s — listed on slide %2$u"), list,
                          self->sources_slide + 1);
}

static void
update (GrPresentation *self)
{
  guint page = g_array_index (self->pages, guint, self->slide);
  g_autofree char *counter = g_strdup_printf ("%u / %u", self->slide + 1, self->pages->len);
  g_autofree char *sources = NULL;

  if (page == MAP_SLIDE)
    {
      guint map_page = 0;

      while (gr_briefing_get_page_kind (self->briefing, map_page) != GR_BRIEFING_PAGE_MAP)
        map_page++;
      sources = sources_line (self, map_page);
      gtk_stack_set_visible_child (self->stack, self->map);
    }
  else
    {
      sources = sources_line (self, page);
      gtk_stack_set_visible_child (self->stack, self->page_area);
      gtk_widget_queue_draw (self->page_area);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->title), page == MAP_SLIDE);
  gtk_label_set_text (self->counter, counter);
  gtk_label_set_text (self->sources, sources);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->page_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gr_presentation_get_slide_title (self), -1);
}

guint
gr_presentation_get_n_slides (GrPresentation *self)
{
  g_return_val_if_fail (GR_IS_PRESENTATION (self), 0);
  return self->pages->len;
}

guint
gr_presentation_get_slide (GrPresentation *self)
{
  g_return_val_if_fail (GR_IS_PRESENTATION (self), 0);
  return self->slide;
}

void
gr_presentation_set_slide (GrPresentation *self,
                           guint           slide)
{
  g_return_if_fail (GR_IS_PRESENTATION (self));

  slide = MIN (slide, self->pages->len - 1);
  if (slide == self->slide)
    return;
  self->slide = slide;
  update (self);
}

const char *
gr_presentation_get_slide_title (GrPresentation *self)
{
  guint page;

  g_return_val_if_fail (GR_IS_PRESENTATION (self), NULL);
  page = g_array_index (self->pages, guint, self->slide);
  return page == MAP_SLIDE ? _("Map") : gr_briefing_get_page_title (self->briefing, page);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                gpointer               data)
{
  GrPresentation *self = data;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return GDK_EVENT_PROPAGATE;
  switch (keyval)
    {
    case GDK_KEY_Escape:
      gtk_window_close (GTK_WINDOW (self));
      return GDK_EVENT_STOP;
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
    case GDK_KEY_space:
      gr_presentation_set_slide (self, self->slide + 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_BackSpace:
      if (self->slide > 0)
        gr_presentation_set_slide (self, self->slide - 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Home:
      gr_presentation_set_slide (self, 0);
      return GDK_EVENT_STOP;
    case GDK_KEY_End:
      gr_presentation_set_slide (self, self->pages->len - 1);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static GtkLabel *
footer_label (GtkWidget *box,
              gboolean   expand)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, expand);
  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

static void
build (GrPresentation *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  GtkWidget *title = gtk_label_new (_("Map"));
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "presentation-title");
  self->title = GTK_LABEL (title);
  gtk_box_append (GTK_BOX (box), title);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  self->map = gr_map_widget_new ();
  self->page_area = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->page_area), draw_page_cb, self, NULL);
  gtk_stack_add_child (self->stack, self->map);
  gtk_stack_add_child (self->stack, self->page_area);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  gtk_widget_add_css_class (footer, "presentation-footer");
  self->footer = footer_label (footer, FALSE);
  self->sources = footer_label (footer, TRUE);
  /* Ids fit in two lines; the ellipsis is a last resort (a scenario of
   * very many sources on one chart). */
  gtk_label_set_wrap (self->sources, TRUE);
  gtk_label_set_wrap_mode (self->sources, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (self->sources, 2);
  gtk_widget_add_css_class (GTK_WIDGET (self->sources), "presentation-sources");
  self->counter = footer_label (footer, FALSE);
  gtk_box_append (GTK_BOX (box), footer);
  adw_window_set_content (ADW_WINDOW (self), box);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

gboolean
gr_presentation_get_sources_cut (GrPresentation *self)
{
  PangoLayout *layout;

  g_return_val_if_fail (GR_IS_PRESENTATION (self), FALSE);
  layout = gtk_label_get_layout (self->sources);
  return pango_layout_is_ellipsized (layout);
}

/* The map, the index, the instruments, the comparison, then the source
 * list: the briefing's cover and tables are for reading, not for the
 * wall, but the sources the footers name by id must be there to look up. */
static void
plan_slides (GrPresentation *self)
{
  guint map_slide = MAP_SLIDE;

  g_array_set_size (self->pages, 0);
  self->sources_slide = 0;
  g_array_append_val (self->pages, map_slide);
  for (guint i = 0; i < gr_briefing_get_n_pages (self->briefing); i++)
    {
      GrBriefingPageKind kind = gr_briefing_get_page_kind (self->briefing, i);

      if (kind == GR_BRIEFING_PAGE_SOURCES && self->sources_slide == 0)
        self->sources_slide = self->pages->len;
      if (kind == GR_BRIEFING_PAGE_INDEX || kind == GR_BRIEFING_PAGE_INSTRUMENT
          || kind == GR_BRIEFING_PAGE_COMPARISON || kind == GR_BRIEFING_PAGE_SOURCES)
        g_array_append_val (self->pages, i);
    }
  self->slide = MIN (self->slide, self->pages->len - 1);
}

void
gr_presentation_set_uncertainty (GrPresentation     *self,
                                 const GrMonteCarlo *uncertainty)
{
  g_return_if_fail (GR_IS_PRESENTATION (self));

  gr_briefing_set_uncertainty (self->briefing, uncertainty);
  plan_slides (self);
  update (self);
}

GrBriefing *
gr_presentation_get_briefing (GrPresentation *self)
{
  g_return_val_if_fail (GR_IS_PRESENTATION (self), NULL);
  return self->briefing;
}

GrPresentation *
gr_presentation_new (GtkWindow          *parent,
                     GrDocument         *document,
                     const GrScenario   *compare,
                     const GrMonteCarlo *uncertainty)
{
  GrPresentation *self;
  GrBriefingOptions options = { 0 };

  g_return_val_if_fail (GR_IS_DOCUMENT (document), NULL);

  self = g_object_new (GR_TYPE_PRESENTATION,
                       "transient-for", parent,
                       "title", _("Presentation"),
                       "default-width", 1280,
                       "default-height", 720,
                       NULL);
  options.title = gr_document_get_title (document);
  options.modified = gr_document_get_modified (document);
  options.slides = TRUE;
  options.compare = compare;
  options.uncertainty = uncertainty;
  options.look = GR_BRIEFING_LOOK_PROJECTOR;
  self->briefing = gr_briefing_new (gr_document_get_model (document),
                                    gr_document_get_scenario (document), &options);
  self->map_document = gr_document_new (gr_document_get_model (document),
                                        gr_scenario_copy (gr_document_get_scenario (document)));
  gr_map_widget_set_document (GR_MAP_WIDGET (self->map), self->map_document);
  gr_map_editor_set_read_only (gr_map_widget_get_editor (GR_MAP_WIDGET (self->map)), TRUE);

  plan_slides (self);
  gtk_label_set_text (self->footer, gr_briefing_get_footer (self->briefing));
  update (self);
  return self;
}

static void
gr_presentation_dispose (GObject *object)
{
  GrPresentation *self = GR_PRESENTATION (object);

  g_clear_object (&self->map_document);
  G_OBJECT_CLASS (gr_presentation_parent_class)->dispose (object);
}

static void
gr_presentation_finalize (GObject *object)
{
  GrPresentation *self = GR_PRESENTATION (object);

  g_clear_pointer (&self->briefing, gr_briefing_free);
  g_clear_pointer (&self->pages, g_array_unref);
  G_OBJECT_CLASS (gr_presentation_parent_class)->finalize (object);
}

static void
gr_presentation_class_init (GrPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gr_presentation_dispose;
  object_class->finalize = gr_presentation_finalize;
}

static void
gr_presentation_init (GrPresentation *self)
{
  self->pages = g_array_new (FALSE, FALSE, sizeof (guint));
  build (self);
}
