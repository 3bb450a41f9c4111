/* gr-briefing.h — the briefing document: pages painted for PDF and for slides
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GrBriefing is the plan of a briefing on one scenario (and optionally a
 * second one to compare with): a cover with a summary written from the
 * metrics, the map, the guarantee index, one page per instrument, the
 * comparison, the uncertainty (Monte Carlo percentiles, also shown beside
 * the key figures), and the assumptions register with every input, its
 * range, unit and source.  It owns copies of what it shows, so it can be built on
 * the main thread and drawn or written in a worker thread.
 *
 * The same page painter draws into the PDF (gr_briefing_render_to_path())
 * and into presentation mode's slides (gr_briefing_draw_page() with the
 * projector look), so what is handed out is what was shown.
 *
 *   g_autoptr(GrBriefing) briefing = gr_briefing_new (model, scenario, &options);
 *   gr_briefing_render_to_path (briefing, "brief.pdf", NULL, NULL, NULL, &error);
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "gr-metrics.h"
#include "gr-monte-carlo.h"
#include "gr-overlay.h"
#include "gr-scenario.h"

G_BEGIN_DECLS

/* A4 landscape in points, and a 16:9 slide (13.33 × 7.5 in). */
#define GR_BRIEFING_A4_WIDTH 841.89
#define GR_BRIEFING_A4_HEIGHT 595.28
#define GR_BRIEFING_SLIDE_WIDTH 960.0
#define GR_BRIEFING_SLIDE_HEIGHT 540.0

typedef struct _GrBriefing GrBriefing;

typedef enum
{
  GR_BRIEFING_PAGE_COVER,
  GR_BRIEFING_PAGE_MAP,
  GR_BRIEFING_PAGE_INDEX,
  GR_BRIEFING_PAGE_INSTRUMENT,
  GR_BRIEFING_PAGE_COMPARISON,
  GR_BRIEFING_PAGE_UNCERTAINTY,
  GR_BRIEFING_PAGE_REGISTER,
  GR_BRIEFING_PAGE_SOURCES,
} GrBriefingPageKind;

typedef enum
{
  GR_BRIEFING_LOOK_PRINT,      /* black on white, print sizes */
  GR_BRIEFING_LOOK_PROJECTOR,  /* high contrast, large type, no footer (the
                                  presentation shows its own) */
} GrBriefingLook;

typedef struct
{
  /* The scenario as it is now: its file name or title; NULL for its name. */
  const char *title;
  gboolean modified;           /* adds "modified" to every footer */
  /* A scenario to compare with (NULL: no comparison page), and its title. */
  const GrScenario *compare;
  const char *compare_title;
  /* Monte Carlo of the scenario (NULL: no uncertainty page, no P10–P90,
   * unless gr_briefing_run_uncertainty() adds them); copied. */
  const GrMonteCarlo *uncertainty;
  GrOverlayLayers layers;      /* 0 for all */
  GDateTime *date;             /* NULL: now */
  gboolean slides;             /* 16:9 pages instead of A4 landscape */
  /* The look the tables (register, sources) are split into pages for:
   * presentation mode draws them in the projector's larger type. */
  GrBriefingLook look;
} GrBriefingOptions;

/* Called after each page is written, in the thread that renders; cancel
 * with the GCancellable. */
typedef void (*GrBriefingProgressFunc) (guint    done,
                                        guint    total,
                                        gpointer user_data);

#define GR_BRIEFING_ERROR (gr_briefing_error_quark ())

typedef enum
{
  GR_BRIEFING_ERROR_PATH,      /* the output cannot be created or written */
  GR_BRIEFING_ERROR_DRAW,      /* cairo failed */
} GrBriefingError;

GQuark              gr_briefing_error_quark     (void);

/* Evaluates the scenario(s) with model and plans the pages; copies what it
 * needs (options may be NULL). */
GrBriefing         *gr_briefing_new             (GrModel                 *model,
                                                 const GrScenario        *scenario,
                                                 const GrBriefingOptions *options);
void                gr_briefing_free            (GrBriefing              *self);

guint               gr_briefing_get_n_pages     (GrBriefing              *self);
GrBriefingPageKind  gr_briefing_get_page_kind   (GrBriefing              *self,
                                                 guint                    page);
/* The page's section title, as printed at its top. */
const char         *gr_briefing_get_page_title  (GrBriefing              *self,
                                                 guint                    page);
/* The page size, in points, of the PDF. */
void                gr_briefing_get_page_size   (GrBriefing              *self,
                                                 double                  *width,
                                                 double                  *height);
const GrMetrics    *gr_briefing_get_metrics     (GrBriefing              *self);
/* "Article baseline (modified) · 4 December 2026" */
const char         *gr_briefing_get_footer      (GrBriefing              *self);

/* What the page's figures rest on: the chart's source line, the map's
 * data.  For presentation mode's footer. */
char               *gr_briefing_get_page_sources (GrBriefing             *self,
                                                  guint                   page);
/* The ids of the scenario's sources that page's source line cites, in its
 * order (NULL-terminated, empty for none): a slide's footer names them
 * and the source list gives each its title, date and address. */
char              **gr_briefing_get_page_source_ids (GrBriefing          *self,
                                                     guint                page);

/* Paints page (0-based) into width × height user units of cr, footer
 * included.  Thread-safe for different GrBriefings. */
void                gr_briefing_draw_page       (GrBriefing              *self,
                                                 guint                    page,
                                                 GrBriefingLook           look,
                                                 cairo_t                 *cr,
                                                 double                   width,
                                                 double                   height);

/* Runs Monte Carlo (gr-monte-carlo.h) on the briefing's scenario and adds
 * the uncertainty page and the key figures' P10–P90, replacing any given
 * in the options.  Slow (about a millisecond a sample): call it where
 * render_to_path() is called, in a worker.  @threads 0: one per
 * processor.  Progress counts samples.
 * Errors: G_IO_ERROR_CANCELLED. */
gboolean            gr_briefing_run_uncertainty (GrBriefing              *self,
                                                 guint                    samples,
                                                 guint64                  seed,
                                                 guint                    threads,
                                                 GrBriefingProgressFunc   progress,
                                                 gpointer                 user_data,
                                                 GCancellable            *cancellable,
                                                 GError                 **error);
/* Shows @uncertainty (copied; NULL for none): the uncertainty page and
 * the key figures' P10–P90.  The pages are planned afresh. */
void                gr_briefing_set_uncertainty (GrBriefing              *self,
                                                 const GrMonteCarlo      *uncertainty);
/* The Monte Carlo the briefing shows, NULL for none. */
const GrMonteCarlo *gr_briefing_get_uncertainty (GrBriefing              *self);

/* Writes the whole briefing as a PDF to path: into a temporary file in the
 * same folder, renamed over path only when complete, so a failure or a
 * cancellation leaves no file.  Errors: GR_BRIEFING_ERROR,
 * G_IO_ERROR_CANCELLED. */
gboolean            gr_briefing_render_to_path  (GrBriefing              *self,
                                                 const char              *path,
                                                 GrBriefingProgressFunc   progress,
                                                 gpointer                 user_data,
                                                 GCancellable            *cancellable,
                                                 GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrBriefing, gr_briefing_free)

G_END_DECLS
