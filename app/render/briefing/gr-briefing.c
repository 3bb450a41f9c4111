/* gr-briefing.c — the briefing's plan, its pages' frame, and the PDF writer
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-briefing-private.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "gr-export.h"
#include "gr-figures.h"
#include "gr-figures-private.h"

G_DEFINE_QUARK (gr-briefing-error-quark, gr_briefing_error)

static void
page_clear (gpointer data)
{
  GrBriefingPage *page = data;

  g_free (page->title);
}

void
gr_briefing_add_page (GrBriefing         *self,
                      GrBriefingPageKind  kind,
                      const char         *title)
{
  GrBriefingPage page = { .kind = kind, .title = g_strdup (title) };

  g_array_append_val (self->pages, page);
}

static char *
scenario_title (const GrScenario *scenario,
                const char       *title)
{
  if (title != NULL && *title != '\0')
    return g_strdup (title);
  if (scenario->name != NULL && *scenario->name != '\0')
    return g_strdup (scenario->name);
  return g_strdup (_("Untitled scenario"));
}

static void
plan (GrBriefing *self)
{
  double width, height;

  gr_briefing_add_page (self, GR_BRIEFING_PAGE_COVER, _("Summary"));
  gr_briefing_add_page (self, GR_BRIEFING_PAGE_MAP, _("Map"));
  gr_briefing_add_page (self, GR_BRIEFING_PAGE_INDEX, _("Guarantee-strength index"));
  for (guint i = 0; i < GR_N_INSTRUMENTS; i++)
    {
      gr_briefing_add_page (self, GR_BRIEFING_PAGE_INSTRUMENT, gr_figures_instrument_label (i));
      g_array_index (self->pages, GrBriefingPage, self->pages->len - 1).instrument = i;
    }
  if (self->compare != NULL)
    gr_briefing_add_page (self, GR_BRIEFING_PAGE_COMPARISON, _("Comparison"));
  if (self->uncertainty != NULL)
    gr_briefing_add_page (self, GR_BRIEFING_PAGE_UNCERTAINTY, _("Uncertainty"));
  gr_briefing_get_page_size (self, &width, &height);
  gr_briefing_plan_register (self, width, height);
}

GrBriefing *
gr_briefing_new (GrModel                 *model,
                 const GrScenario        *scenario,
                 const GrBriefingOptions *options)
{
  GrBriefingOptions defaults = { 0 };
  g_autoptr(GDateTime) now = NULL;
  GrBriefing *self;

  g_return_val_if_fail (model != NULL, NULL);
  g_return_val_if_fail (scenario != NULL, NULL);

  if (options == NULL)
    options = &defaults;

  self = g_new0 (GrBriefing, 1);
  self->model = gr_model_ref (model);
  self->scenario = gr_scenario_copy (scenario);
  self->metrics = gr_model_evaluate (model, self->scenario);
  if (options->compare != NULL)
    {
      self->compare = gr_scenario_copy (options->compare);
      self->compare_metrics = gr_model_evaluate (model, self->compare);
      self->compare_title = scenario_title (self->compare, options->compare_title);
    }
  if (options->uncertainty != NULL)
    self->uncertainty = gr_monte_carlo_copy (options->uncertainty);
  g_mutex_init (&self->basemap_lock);
  self->title = scenario_title (scenario, options->title);
  self->layers = options->layers != 0 ? options->layers : GR_OVERLAY_ALL;
  self->slides = options->slides;
  self->table_look = options->look;
  self->modified = options->modified;

  if (options->date == NULL)
    now = g_date_time_new_now_local ();
  /* TRANSLATORS: an export's date, a g_date_time_format() pattern */
  self->date = g_date_time_format (options->date != NULL ? options->date : now, _("%-d %B %Y"));
  self->footer = gr_export_stamp (self->title, options->modified,
                                  options->date != NULL ? options->date : now);

  self->pages = g_array_new (FALSE, TRUE, sizeof (GrBriefingPage));
  g_array_set_clear_func (self->pages, page_clear);
  self->register_rows = gr_briefing_register_rows (self->scenario);
  plan (self);
  return self;
}

void
gr_briefing_free (GrBriefing *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->register_rows, g_ptr_array_unref);
  g_clear_pointer (&self->basemap, gr_basemap_unref);
  g_mutex_clear (&self->basemap_lock);
  g_clear_pointer (&self->metrics, gr_metrics_free);
  g_clear_pointer (&self->scenario, gr_scenario_free);
  g_clear_pointer (&self->compare_metrics, gr_metrics_free);
  g_clear_pointer (&self->compare, gr_scenario_free);
  g_clear_pointer (&self->uncertainty, gr_monte_carlo_free);
  g_clear_pointer (&self->model, gr_model_unref);
  g_free (self->title);
  g_free (self->compare_title);
  g_free (self->footer);
  g_free (self->date);
  g_free (self);
}

gboolean
gr_briefing_run_uncertainty (GrBriefing              *self,
                             guint                    samples,
                             guint64                  seed,
                             guint                    threads,
                             GrBriefingProgressFunc   progress,
                             gpointer                 user_data,
                             GCancellable            *cancellable,
                             GError                 **error)
{
  GrMonteCarlo *result;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (samples > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  result = gr_monte_carlo_run (self->model, self->scenario, samples, seed, threads, cancellable,
                               progress, user_data, error);
  if (result == NULL)
    return FALSE;
  gr_briefing_set_uncertainty (self, result);
  gr_monte_carlo_free (result);
  return TRUE;
}

void
gr_briefing_set_uncertainty (GrBriefing         *self,
                             const GrMonteCarlo *uncertainty)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->uncertainty, gr_monte_carlo_free);
  if (uncertainty != NULL)
    self->uncertainty = gr_monte_carlo_copy (uncertainty);
  /* The page list is planned afresh: the uncertainty page comes before
   * the register. */
  g_array_set_size (self->pages, 0);
  plan (self);
}

const GrMonteCarlo *
gr_briefing_get_uncertainty (GrBriefing *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->uncertainty;
}

guint
gr_briefing_get_n_pages (GrBriefing *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->pages->len;
}

GrBriefingPageKind
gr_briefing_get_page_kind (GrBriefing *self,
                           guint       page)
{
  g_return_val_if_fail (self != NULL && page < self->pages->len, GR_BRIEFING_PAGE_COVER);
  return g_array_index (self->pages, GrBriefingPage, page).kind;
}

const char *
gr_briefing_get_page_title (GrBriefing *self,
                            guint       page)
{
  g_return_val_if_fail (self != NULL && page < self->pages->len, NULL);
  return g_array_index (self->pages, GrBriefingPage, page).title;
}

void
gr_briefing_get_page_size (GrBriefing *self,
                           double     *width,
                           double     *height)
{
  g_return_if_fail (self != NULL);
  *width = self->slides ? GR_BRIEFING_SLIDE_WIDTH : GR_BRIEFING_A4_WIDTH;
  *height = self->slides ? GR_BRIEFING_SLIDE_HEIGHT : GR_BRIEFING_A4_HEIGHT;
}

const GrMetrics *
gr_briefing_get_metrics (GrBriefing *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->metrics;
}

const char *
gr_briefing_get_footer (GrBriefing *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->footer;
}

void
gr_briefing_paint_init (GrBriefingPaint *paint,
                        GrBriefing      *briefing,
                        GrBriefingLook   look,
                        cairo_t         *cr,
                        double           width,
                        double           height)
{
  gboolean projector = look == GR_BRIEFING_LOOK_PROJECTOR;
  /* Type grows with the page: 10 pt on A4, 12 on a slide of the same
   * width class; the projector adds a third again for the back row. */
  double base = MIN (width / GR_BRIEFING_A4_WIDTH, height / (GR_BRIEFING_A4_WIDTH * 9 / 16));

  *paint = (GrBriefingPaint) {
    .briefing = briefing, .cr = cr, .width = width, .height = height,
    .layout = gr_briefing_layout_new (cr), .projector = projector,
    .u = (projector ? 13.5 : 10.0) * MAX (base, 1.0),
    .text = { 0.08, 0.08, 0.10 },
    /* 0.30 grey on white: 9.7:1, legible on a washed-out projector too. */
    .secondary = projector ? (GrRgb) { 0.15, 0.15, 0.15 } : (GrRgb) { 0.30, 0.30, 0.32 },
    .rule = projector ? (GrRgb) { 0.35, 0.35, 0.35 } : (GrRgb) { 0.70, 0.70, 0.72 },
    .accent = GR_RGB_BLUE,
    .background = { 1, 1, 1 },
  };
  paint->margin = 2.8 * paint->u;
}

void
gr_briefing_paint_clear (GrBriefingPaint *paint)
{
  g_clear_object (&paint->layout);
}

double
gr_briefing_footer_height (GrBriefingPaint *paint)
{
  return paint->projector ? 0.5 * paint->u : 2.6 * paint->u;
}

char *
gr_briefing_get_page_sources (GrBriefing *self,
                              guint       page)
{
  const GrBriefingPage *entry;
  g_autoptr(GrChart) chart = NULL;

  g_return_val_if_fail (self != NULL && page < self->pages->len, NULL);

  entry = &g_array_index (self->pages, GrBriefingPage, page);
  switch (entry->kind)
    {
    case GR_BRIEFING_PAGE_MAP:
      return g_strdup (_("Map data: Natural Earth; positions as the scenario places them"));
    case GR_BRIEFING_PAGE_INDEX:
      chart = gr_figure_new_by_id ("index", self->scenario, self->metrics);
      break;
    case GR_BRIEFING_PAGE_INSTRUMENT:
      chart = gr_briefing_chart_new (self->scenario, self->metrics, entry->instrument, NULL);
      break;
    case GR_BRIEFING_PAGE_COVER:
    case GR_BRIEFING_PAGE_COMPARISON:
    case GR_BRIEFING_PAGE_UNCERTAINTY:
    case GR_BRIEFING_PAGE_REGISTER:
    case GR_BRIEFING_PAGE_SOURCES:
    default:
      return g_strdup (_("Guarantor model"));
    }
  return g_strdup (gr_chart_get_source (chart));
}

typedef struct
{
  const char *id;
  gsize at;
} Cited;

static int
cited_compare (gconstpointer a,
               gconstpointer b)
{
  gsize x = ((const Cited *) a)->at, y = ((const Cited *) b)->at;

  return x < y ? -1 : x > y;
}

/* The charts name their sources by title ("Guarantor model, scenario “X”;
 * Title A; Title B", gr_figures_source_line()); each source whose title
 * stands there as a whole item is one the page cites.  A title may hold a
 * "; " itself, so the line is searched, not split. */
char **
gr_briefing_get_page_source_ids (GrBriefing *self,
                                 guint       page)
{
  g_autofree char *line = NULL;
  g_autoptr(GArray) cited = g_array_new (FALSE, FALSE, sizeof (Cited));
  GStrvBuilder *ids = g_strv_builder_new ();
  const GArray *sources;
  char **out;

  g_return_val_if_fail (self != NULL && page < self->pages->len, NULL);

  line = gr_briefing_get_page_sources (self, page);
  sources = self->scenario->sources;
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      const GrSource *s = &g_array_index (sources, GrSource, i);
      const char *title = s->title != NULL && *s->title != '\0' ? s->title : s->id;
      g_autofree char *needle = g_strconcat ("; ", title, NULL);
      gsize length = strlen (needle);

      for (const char *at = strstr (line, needle); at != NULL; at = strstr (at + 1, needle))
        if (at[length] == '\0' || at[length] == ';')
          {
            Cited c = { s->id, at - line };

            g_array_append_val (cited, c);
            break;
          }
    }
  g_array_sort (cited, cited_compare);
  for (guint i = 0; i < cited->len; i++)
    g_strv_builder_add (ids, g_array_index (cited, Cited, i).id);
  out = g_strv_builder_end (ids);
  g_strv_builder_unref (ids);
  return out;
}

static void
draw_footer (GrBriefingPaint *paint,
             guint            page)
{
  GrBriefing *self = paint->briefing;
  double y = paint->height - gr_briefing_footer_height (paint) + 0.7 * paint->u;
  double right = paint->width - paint->margin;
  /* TRANSLATORS: the page number in the briefing's footer */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  double number_width = gr_briefing_text_width (paint, number, 0.85, FALSE);

  gr_briefing_rule (paint, paint->margin, y - 0.35 * paint->u, right - paint->margin);
  gr_briefing_text (paint, self->footer, FALSE, paint->margin, y,
                    right - paint->margin - number_width - paint->u, 0.85, FALSE,
                    paint->secondary);
  gr_briefing_text (paint, number, FALSE, right - number_width, y, 0, 0.85, FALSE,
                    paint->secondary);
}

void
gr_briefing_draw_page (GrBriefing     *self,
                       guint           page,
                       GrBriefingLook  look,
                       cairo_t        *cr,
                       double          width,
                       double          height)
{
  const GrBriefingPage *entry;
  GrBriefingPaint paint;

  g_return_if_fail (self != NULL && page < self->pages->len);
  g_return_if_fail (cr != NULL);

  entry = &g_array_index (self->pages, GrBriefingPage, page);
  cairo_save (cr);
  gr_briefing_paint_init (&paint, self, look, cr, width, height);
  gr_palette_set_source (cr, paint.background, 1);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  switch (entry->kind)
    {
    case GR_BRIEFING_PAGE_COVER:
      gr_briefing_draw_cover (&paint);
      break;
    case GR_BRIEFING_PAGE_MAP:
      gr_briefing_draw_map (&paint);
      break;
    case GR_BRIEFING_PAGE_INDEX:
      gr_briefing_draw_index (&paint);
      break;
    case GR_BRIEFING_PAGE_INSTRUMENT:
      gr_briefing_draw_instrument (&paint, entry);
      break;
    case GR_BRIEFING_PAGE_COMPARISON:
      gr_briefing_draw_comparison (&paint);
      break;
    case GR_BRIEFING_PAGE_UNCERTAINTY:
      gr_briefing_draw_uncertainty (&paint);
      break;
    case GR_BRIEFING_PAGE_REGISTER:
      gr_briefing_draw_register (&paint, entry);
      break;
    case GR_BRIEFING_PAGE_SOURCES:
    default:
      gr_briefing_draw_sources (&paint, entry);
      break;
    }
  if (look == GR_BRIEFING_LOOK_PRINT)
    draw_footer (&paint, page);
  gr_briefing_paint_clear (&paint);
  cairo_restore (cr);
}

/* ------------------------------------------------------------------------ */
/* Writing the PDF                                                           */

typedef struct
{
  FILE *file;
  int errsv;
} Sink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  if (sink->errsv != 0)
    return CAIRO_STATUS_WRITE_ERROR;
  if (fwrite (data, 1, length, sink->file) != length)
    {
      sink->errsv = errno != 0 ? errno : EIO;
      return CAIRO_STATUS_WRITE_ERROR;
    }
  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (GrBriefing      *self,
              cairo_surface_t *surface)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  /* TRANSLATORS: the PDF's title; %s is the scenario */
  g_autofree char *title = g_strdup_printf (_("Security-guarantee briefing: %s"), self->title);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, self->footer);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS,
                                  _("security guarantees, Ukraine, air defence, funding"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Guarantor");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, stamp);
}

static void
add_outline (GrBriefing *self,
             cairo_t    *cr,
             guint       page)
{
  const GrBriefingPage *entry = &g_array_index (self->pages, GrBriefingPage, page);
  g_autofree char *dest = NULL;

  /* One bookmark per section: the register's later pages share its first. */
  if (page > 0 && g_strcmp0 (entry->title,
                             g_array_index (self->pages, GrBriefingPage, page - 1).title) == 0)
    return;
  dest = g_strdup_printf ("page=%u", page + 1);
  cairo_pdf_surface_add_outline (cairo_get_target (cr), CAIRO_PDF_OUTLINE_ROOT, entry->title,
                                 dest, 0);
}

static gboolean
draw_all (GrBriefing             *self,
          cairo_surface_t        *surface,
          GrBriefingProgressFunc  progress,
          gpointer                user_data,
          GCancellable           *cancellable,
          GError                **error)
{
  double width, height;
  cairo_status_t status;
  cairo_t *cr;

  gr_briefing_get_page_size (self, &width, &height);
  cr = cairo_create (surface);
  for (guint i = 0; i < self->pages->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          cairo_destroy (cr);
          return FALSE;
        }
      add_outline (self, cr, i);
      gr_briefing_draw_page (self, i, GR_BRIEFING_LOOK_PRINT, cr, width, height);
      cairo_show_page (cr);
      if (progress != NULL)
        progress (i + 1, self->pages->len, user_data);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, GR_BRIEFING_ERROR, GR_BRIEFING_ERROR_DRAW, "%s",
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
gr_briefing_render_to_path (GrBriefing              *self,
                            const char              *path,
                            GrBriefingProgressFunc   progress,
                            gpointer                 user_data,
                            GCancellable            *cancellable,
                            GError                 **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GError) local_error = NULL;
  Sink sink = { NULL, 0 };
  cairo_surface_t *surface;
  double width, height;
  gboolean done;
  int fd;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* TODO: move onto the shared atomic writer when it lands. */
  display = g_filename_display_name (path);
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0 || (sink.file = fdopen (fd, "wb")) == NULL)
    {
      int errsv = errno;

      if (fd >= 0)
        {
          close (fd);
          g_unlink (temp);
        }
      g_set_error (error, GR_BRIEFING_ERROR, GR_BRIEFING_ERROR_PATH,
                   _("Cannot write the briefing “%s”: %s"), display, g_strerror (errsv));
      return FALSE;
    }

  gr_briefing_get_page_size (self, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_cb, &sink, width, height);
  set_metadata (self, surface);
  done = draw_all (self, surface, progress, user_data, cancellable, &local_error);
  cairo_surface_destroy (surface);

  if (done && (fflush (sink.file) != 0 || fsync (fileno (sink.file)) != 0))
    sink.errsv = errno;
  if (fclose (sink.file) != 0 && sink.errsv == 0)
    sink.errsv = errno;
  if (done && sink.errsv == 0 && g_rename (temp, path) != 0)
    sink.errsv = errno;
  if (!done || sink.errsv != 0)
    {
      g_unlink (temp);
      if (local_error != NULL && local_error->domain == G_IO_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (sink.errsv != 0)
        g_set_error (error, GR_BRIEFING_ERROR, GR_BRIEFING_ERROR_PATH,
                     _("Cannot write the briefing “%s”: %s"), display,
                     g_strerror (sink.errsv));
      else
        g_set_error (error, GR_BRIEFING_ERROR, GR_BRIEFING_ERROR_DRAW,
                     _("Cannot draw the briefing “%s”: %s"), display, local_error->message);
      return FALSE;
    }
  return TRUE;
}
