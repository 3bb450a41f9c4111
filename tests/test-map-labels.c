/* test-map-labels.c — the exported map's labels keep clear of its symbols, of each other and of leader lines
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bundled baseline is drawn as the map export draws it (1920 × 1080:
 * the 1280 × 720 layout magnified), and the painters report where each
 * label, symbol and leader line went.  No place name may overlap a symbol,
 * another place name or the instruments' text; no text may overlap
 * another layer's symbol; no leader line may pass through a label or
 * another symbol.
 */

#include "config.h"

#include <math.h>

#include "box-overlap.h"
#include "gr-document.h"
#include "gr-map-export.h"

static GrDocument *document;
static GrBasemap *basemap;

/* Walks the segment in steps of a tenth of a unit and asks whether a step
 * lands half a unit or more inside the box. */
static gboolean
crosses (const GrOverlaySegment  *seg,
         const cairo_rectangle_t *box)
{
  double length = hypot (seg->x1 - seg->x0, seg->y1 - seg->y0);
  guint steps = MAX (1, (guint) ceil (length * 10));

  for (guint i = 0; i <= steps; i++)
    {
      double x = seg->x0 + (seg->x1 - seg->x0) * i / steps;
      double y = seg->y0 + (seg->y1 - seg->y0) * i / steps;

      if (x > box->x + 0.5 && x < box->x + box->width - 0.5 &&
          y > box->y + 0.5 && y < box->y + box->height - 0.5)
        return TRUE;
    }
  return FALSE;
}

static guint
count_overlaps (const char   *what,
                const GArray *a,
                const GArray *b)
{
  guint n = 0;

  for (guint i = 0; i < a->len; i++)
    for (guint j = a == b ? i + 1 : 0; j < b->len; j++)
      {
        const cairo_rectangle_t *p = &g_array_index (a, cairo_rectangle_t, i);
        const cairo_rectangle_t *q = &g_array_index (b, cairo_rectangle_t, j);

        if (!box_overlap (p, q, 0.5))
          continue;
        g_test_message ("%s: (%.0f,%.0f %.0f×%.0f) and (%.0f,%.0f %.0f×%.0f)", what,
                        p->x, p->y, p->width, p->height, q->x, q->y, q->width, q->height);
        n++;
      }
  return n;
}

static gboolean
holds (const cairo_rectangle_t *box,
       double                   x,
       double                   y)
{
  return x >= box->x && x <= box->x + box->width && y >= box->y && y <= box->y + box->height;
}

/* Leader lines through boxes; with @own_end, a leader may end inside a
 * box (a symbol's box holds the edge its leader ends on). */
static guint
count_crossings (const char   *what,
                 const GArray *leaders,
                 const GArray *boxes,
                 gboolean      own_end)
{
  guint n = 0;

  for (guint i = 0; i < leaders->len; i++)
    for (guint j = 0; j < boxes->len; j++)
      {
        const GrOverlaySegment *s = &g_array_index (leaders, GrOverlaySegment, i);
        const cairo_rectangle_t *b = &g_array_index (boxes, cairo_rectangle_t, j);

        if (!crosses (s, b) || (own_end && holds (b, s->x1, s->y1)))
          continue;
        g_test_message ("%s: (%.0f,%.0f)–(%.0f,%.0f) through (%.0f,%.0f %.0f×%.0f)", what,
                        s->x0, s->y0, s->x1, s->y1, b->x, b->y, b->width, b->height);
        n++;
      }
  return n;
}

static void
test_export_labels (void)
{
  GrMapLabelLog log = { NULL };
  GrMapPage page = { gr_document_get_scenario (document), gr_document_get_metrics (document),
                     basemap, GR_OVERLAY_ALL, &log };
  cairo_surface_t *surface;
  cairo_t *cr;

  /* as gr_map_export() draws its default size */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, GR_MAP_EXPORT_DEFAULT_WIDTH,
                                        GR_MAP_EXPORT_DEFAULT_HEIGHT);
  cr = cairo_create (surface);
  cairo_scale (cr, GR_MAP_EXPORT_DEFAULT_WIDTH / 1280.0, GR_MAP_EXPORT_DEFAULT_HEIGHT / 720.0);
  gr_map_page_draw (cr, 1280, 720, &page);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* the baseline has cities, batteries, units and displaced symbols */
  g_assert_nonnull (log.names);
  g_assert_cmpuint (log.names->len, >=, 10);
  g_assert_cmpuint (log.symbols->len, >=, 20);
  g_assert_cmpuint (log.texts->len, >=, 20);
  g_assert_cmpuint (log.leaders->len, >=, 3);

  g_assert_cmpuint (count_overlaps ("name on symbol", log.names, log.symbols), ==, 0);
  g_assert_cmpuint (count_overlaps ("name on name", log.names, log.names), ==, 0);
  g_assert_cmpuint (count_overlaps ("name on text", log.names, log.texts), ==, 0);
  g_assert_cmpuint (count_crossings ("leader through name", log.leaders, log.names, FALSE), ==, 0);
  g_assert_cmpuint (count_crossings ("leader through text", log.leaders, log.texts, FALSE), ==, 0);
  /* A leader runs from a true position to its symbol: it ends on that
   * symbol, and passes no other (batteries, units, ports, bases). */
  g_assert_cmpuint (count_crossings ("leader through symbol", log.leaders, log.symbols, TRUE),
                    ==, 0);

  gr_map_label_log_clear (&log);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrModel) model = NULL;
  g_autoptr(GrGeodata) geodata = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_set_nonfatal_assertions ();

  model = gr_model_new_default (&error);
  g_assert_no_error (error);
  document = gr_document_new_from_bundled (model, "baseline", &error);
  g_assert_no_error (error);
  geodata = gr_geodata_load (&error);
  g_assert_no_error (error);
  basemap = gr_basemap_new (geodata);

  g_test_add_func ("/render/map-labels/export", test_export_labels);

  status = g_test_run ();
  gr_basemap_unref (basemap);
  g_object_unref (document);
  return status;
}
