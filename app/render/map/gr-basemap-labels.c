/* gr-basemap-labels.c — names on the base map: chosen and placed once per zoom for the whole world
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tiles must agree on every name, or a label would be cut at a tile edge or
 * drawn twice in different places.  So placement is a function of the zoom
 * alone: when the painter is made, every candidate (cities, seas, countries,
 * oblasts) is measured once, and for each zoom level the candidates are
 * placed greedily in priority order, each at the first of a few positions
 * around its anchor where it overlaps nothing placed before.  A tile then
 * draws every placed label whose box touches it, wherever its anchor is.
 * Text is measured and drawn with unhinted metrics, so widths do not depend
 * on the device scale or on which thread draws.
 */

#include "config.h"

#include <math.h>

#include "gr-basemap-private.h"
#include "gr-geo-names.h"
#include "gr-overlay.h"

#define LABEL_PAD 2.0
#define HALO_WIDTH 3.0

typedef struct
{
  const char *font;
  double size;          /* px */
  double spacing;       /* letter spacing, px */
  double wrap;          /* wrap width, px; 0 for one line */
  gboolean upper;
} KindFont;

static const KindFont kind_fonts[GR_BM_N_LABEL_KINDS] = {
  [GR_BM_LABEL_CAPITAL] = { "Cantarell Bold", 13.0, 0.2, 0, FALSE },
  [GR_BM_LABEL_CITY] = { "Cantarell Bold", 11.0, 0.1, 0, FALSE },
  [GR_BM_LABEL_TOWN] = { "Cantarell", 10.5, 0.1, 0, FALSE },
  [GR_BM_LABEL_FOREIGN_CITY] = { "Cantarell", 10.5, 0.1, 0, FALSE },
  [GR_BM_LABEL_COUNTRY] = { "Cantarell", 11.0, 2.0, 0, TRUE },
  [GR_BM_LABEL_SUBJECT_COUNTRY] = { "Cantarell Bold", 15.0, 5.0, 0, TRUE },
  [GR_BM_LABEL_SEA] = { "DejaVu Serif Italic", 11.5, 1.0, 110, FALSE },
  [GR_BM_LABEL_OBLAST] = { "Cantarell", 9.0, 1.0, 100, TRUE },
  [GR_BM_LABEL_RIVER] = { "DejaVu Serif Italic", 10.0, 0.8, 0, FALSE },
};

static double
dot_radius (const GrBmCandidate *c)
{
  switch (c->kind)
    {
    case GR_BM_LABEL_CAPITAL:
      return 4.0;
    case GR_BM_LABEL_CITY:
      return 2.8;
    case GR_BM_LABEL_TOWN:
      return 2.3;
    case GR_BM_LABEL_FOREIGN_CITY:
    case GR_BM_LABEL_COUNTRY:
    case GR_BM_LABEL_SUBJECT_COUNTRY:
    case GR_BM_LABEL_SEA:
    case GR_BM_LABEL_OBLAST:
    case GR_BM_LABEL_RIVER:
    case GR_BM_N_LABEL_KINDS:
    default:
      return 2.2;
    }
}

static PangoContext *
create_context (PangoFontMap *font_map)
{
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted, so a label measures the same at every scale and position. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  return context;
}

static PangoLayout *
create_layout (PangoContext        *context,
               const GrBmCandidate *c,
               double               scale)
{
  const KindFont *kf = &kind_fonts[c->kind];
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *desc = pango_font_description_from_string (kf->font);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_font_description_set_absolute_size (desc, kf->size * scale * PANGO_SCALE);
  pango_layout_set_font_description (layout, desc);
  pango_attr_list_insert (attrs, pango_attr_letter_spacing_new ((int) (kf->spacing * scale * PANGO_SCALE)));
  pango_layout_set_attributes (layout, attrs);
  if (kf->wrap > 0)
    {
      pango_layout_set_width (layout, (int) (kf->wrap * scale * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
    }
  pango_layout_set_text (layout, c->text, -1);

  pango_attr_list_unref (attrs);
  pango_font_description_free (desc);
  return layout;
}

/* The text box: logical extents, at scale 1, relative to the layout origin.
 * A wrapped layout is as wide as its wrap width; its ink is centred in it. */
static void
layout_box (PangoLayout *layout,
            double      *x,
            double      *y,
            double      *width,
            double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *x = (double) logical.x / PANGO_SCALE;
  *y = (double) logical.y / PANGO_SCALE;
  *width = (double) logical.width / PANGO_SCALE;
  *height = (double) logical.height / PANGO_SCALE;
}

/* ---- Candidates -------------------------------------------------------- */

static void
add_candidate (GArray          *out,
               GrBmLabelKind    kind,
               const char      *text,
               const GrBmShape *shape,
               double           x,
               double           y,
               double           min_zoom,
               double           max_zoom,
               double           priority)
{
  const KindFont *kf = &kind_fonts[kind];
  GrBmCandidate c = { 0 };

  if (text == NULL || *text == '\0')
    return;
  c.kind = kind;
  c.text = kf->upper ? g_utf8_strup (text, -1) : g_strdup (text);
  c.shape = shape;
  c.anchors[0].x = x;
  c.anchors[0].y = y;
  c.n_anchors = 1;
  c.min_zoom = min_zoom;
  c.max_zoom = max_zoom;
  c.priority = priority;
  c.has_dot = kind == GR_BM_LABEL_CAPITAL || kind == GR_BM_LABEL_CITY ||
              kind == GR_BM_LABEL_TOWN || kind == GR_BM_LABEL_FOREIGN_CITY;
  g_array_append_val (out, c);
}

static void
add_places (GArray           *out,
            const GrGeoLayer *places,
            gboolean          uk)
{
  for (guint i = 0; i < places->n_features; i++)
    {
      const GrGeoFeature *f = &places->features[i];
      gboolean ua = g_strcmp0 (f->code, "UKR") == 0;
      double x, y, pop = f->value, min_zoom;
      GrBmLabelKind kind;

      if (f->n_points == 0)
        continue;
      gr_bm_project (&f->points[0], &x, &y);
      if (ua)
        {
          /* Kyiv is the one Ukrainian place of scalerank 1 or less. */
          if (f->rank <= 1)
            min_zoom = 3, kind = GR_BM_LABEL_CAPITAL;
          else if (pop >= 7e5 || f->rank <= 3)
            min_zoom = 5, kind = GR_BM_LABEL_CITY;
          else if (pop >= 2.5e5)
            min_zoom = 6, kind = GR_BM_LABEL_CITY;
          else if (pop >= 1e5)
            min_zoom = 7, kind = GR_BM_LABEL_TOWN;
          else
            min_zoom = 8, kind = GR_BM_LABEL_TOWN;
        }
      else
        {
          kind = GR_BM_LABEL_FOREIGN_CITY;
          min_zoom = f->rank <= 3 ? 5 : f->rank <= 4 ? 6 : f->rank <= 6 ? 7 :
                     f->rank <= 7 ? 8 : f->rank <= 8 ? 9 : 10;
        }
      /* Ukraine's places first, each class by population. */
      add_candidate (out, kind, gr_geo_feature_local_name (f, uk), NULL, x, y, min_zoom,
                     G_MAXDOUBLE,
                     (ua ? 10 : 30) + (kind == GR_BM_LABEL_CAPITAL ? -10 : 0) +
                     min_zoom - log10 (pop + 1) / 10.0);
    }
}

/* The point at a share of the way along a projected line, and the line's
 * general direction there (over a tenth of its points either side), kept
 * upright. */
static void
anchor_along (const double *xy,
              guint         n,
              double        length,
              double        share,
              GrBmAnchor   *anchor)
{
  double target = length * share, walked = 0;
  guint mid = n - 1, span = MAX (1, n / 10), a, b;

  anchor->x = xy[2 * (n - 1)];
  anchor->y = xy[2 * (n - 1) + 1];
  for (guint i = 1; i < n; i++)
    {
      double seg = hypot (xy[2 * i] - xy[2 * i - 2], xy[2 * i + 1] - xy[2 * i - 1]);

      if (walked + seg >= target)
        {
          double t = seg > 0 ? (target - walked) / seg : 0;

          anchor->x = xy[2 * i - 2] + t * (xy[2 * i] - xy[2 * i - 2]);
          anchor->y = xy[2 * i - 1] + t * (xy[2 * i + 1] - xy[2 * i - 1]);
          mid = i;
          break;
        }
      walked += seg;
    }

  a = mid > span ? mid - span : 0;
  b = MIN (n - 1, mid + span);
  anchor->angle = atan2 (xy[2 * b + 1] - xy[2 * a + 1], xy[2 * b] - xy[2 * a]);
  if (anchor->angle > G_PI / 2)
    anchor->angle -= G_PI;
  else if (anchor->angle < -G_PI / 2)
    anchor->angle += G_PI;
  /* Level text has angle 0 exactly: it is placed like an area's name. */
  if (anchor->angle == 0)
    anchor->angle = 1e-6;
}

/* A river is named once per line: at the middle of its longest stretch, or
 * a third of the way along either side if something is in the way. */
static void
add_river (GArray             *out,
           const GrGeoFeature *f,
           gboolean            uk)
{
  static const double shares[GR_BM_MAX_ANCHORS] = { 0.5, 0.33, 0.67 };
  const GrGeoPart *longest = NULL;
  g_autofree double *xy = NULL;
  GrBmCandidate *c;
  double best = 0, length = 0;

  if (f->name == NULL || *f->name == '\0')
    return;
  for (guint p = 0; p < f->n_parts; p++)
    {
      double len = 0;

      for (guint i = f->parts[p].start + 1; i < f->parts[p].start + f->parts[p].n_points; i++)
        len += hypot (f->points[i].lon - f->points[i - 1].lon,
                      f->points[i].lat - f->points[i - 1].lat);
      if (len > best)
        best = len, longest = &f->parts[p];
    }
  /* Short arms (a delta's branches, a stub at the box edge) go unnamed. */
  if (longest == NULL || best < 2.0)
    return;

  xy = g_new (double, 2 * longest->n_points);
  for (guint i = 0; i < longest->n_points; i++)
    {
      gr_bm_project (&f->points[longest->start + i], &xy[2 * i], &xy[2 * i + 1]);
      if (i > 0)
        length += hypot (xy[2 * i] - xy[2 * i - 2], xy[2 * i + 1] - xy[2 * i - 1]);
    }

  add_candidate (out, GR_BM_LABEL_RIVER, gr_geo_feature_local_name (f, uk), NULL, 0, 0,
                 f->rank <= 4 ? 6 : f->rank <= 6 ? 7 : 8, G_MAXDOUBLE, 48 + f->rank / 10.0);
  c = &g_array_index (out, GrBmCandidate, out->len - 1);
  for (guint k = 0; k < GR_BM_MAX_ANCHORS; k++)
    anchor_along (xy, longest->n_points, length, shares[k], &c->anchors[k]);
  c->n_anchors = GR_BM_MAX_ANCHORS;
}

static void
add_areas (GArray          *out,
           const GrBasemap *self,
           gboolean         uk)
{
  for (guint i = 0; i < self->countries_50m.n_shapes; i++)
    {
      const GrBmShape *s = &self->countries_50m.shapes[i];
      gboolean ua = (s->flags & GR_BM_SHAPE_UKRAINE) != 0;
      const char *name = gr_geo_feature_local_name (s->feature, uk);
      double x, y;

      /* Microstates are named by their capital or not at all. */
      if ((s->box.x1 - s->box.x0) < 0.5 / 360.0)
        continue;
      gr_bm_shape_interior_point (s, &x, &y);
      if (ua)
        add_candidate (out, GR_BM_LABEL_SUBJECT_COUNTRY, name, s, x, y, 4, 8, 2);
      else
        add_candidate (out, GR_BM_LABEL_COUNTRY, name, s, x, y, 4, 9, 40);
    }

  for (guint i = 0; i < self->seas.n_shapes; i++)
    {
      const GrBmShape *s = &self->seas.shapes[i];
      int rank = s->feature->rank;
      double x, y;

      gr_bm_shape_interior_point (s, &x, &y);
      add_candidate (out, GR_BM_LABEL_SEA, gr_geo_feature_local_name (s->feature, uk), s, x, y,
                     MAX (3, rank + 1), G_MAXDOUBLE, rank <= 1 ? 1 : 45 + rank);
    }

  for (guint i = 0; i < self->geodata->admin1->n_features; i++)
    {
      const GrGeoFeature *f = &self->geodata->admin1->features[i];
      double x, y;

      /* Kyiv and Sevastopol are cities: their dots name them. */
      if (g_strcmp0 (f->code, "UA-30") == 0 || g_strcmp0 (f->code, "UA-40") == 0)
        continue;
      if (isnan (f->label.lon) || isnan (f->label.lat))
        continue;
      gr_bm_project (&f->label, &x, &y);
      add_candidate (out, GR_BM_LABEL_OBLAST, gr_geo_feature_local_name (f, uk), NULL, x, y,
                     7, G_MAXDOUBLE, 50);
    }

  for (guint i = 0; i < self->geodata->rivers->n_features; i++)
    {
      const GrGeoFeature *f = &self->geodata->rivers->features[i];

      if (f->kind == GR_GEOM_LINE)
        add_river (out, f, uk);
    }
}

static int
candidate_compare (gconstpointer a,
                   gconstpointer b)
{
  const GrBmCandidate *p = a, *q = b;

  if (p->priority != q->priority)
    return p->priority < q->priority ? -1 : 1;
  if (p->anchors[0].y != q->anchors[0].y)
    return p->anchors[0].y < q->anchors[0].y ? -1 : 1;
  return p->anchors[0].x < q->anchors[0].x ? -1 : p->anchors[0].x > q->anchors[0].x;
}

/* ---- Placement --------------------------------------------------------- */

typedef struct
{
  double x0, y0, x1, y1;
} Box;

static gboolean
box_free (const GArray *placed,
          const Box    *b)
{
  for (guint i = 0; i < placed->len; i++)
    {
      const Box *p = &g_array_index (placed, Box, i);

      if (b->x0 < p->x1 && p->x0 < b->x1 && b->y0 < p->y1 && p->y0 < b->y1)
        return FALSE;
    }
  return TRUE;
}

/* Where a place's name may sit around its dot, relative to the anchor, in
 * the order tried: right, left, above, below, then the upper corners. */
static guint
dot_label_offsets (const GrBmCandidate *c,
                   double               scale,
                   double               offsets[][2])
{
  double w = c->width * scale, h = c->height * scale;
  double r = dot_radius (c) * scale, gap = r + 2 * scale;

  offsets[0][0] = gap, offsets[0][1] = -h / 2;
  offsets[1][0] = -gap - w, offsets[1][1] = -h / 2;
  offsets[2][0] = -w / 2, offsets[2][1] = -r - h;
  offsets[3][0] = -w / 2, offsets[3][1] = r;
  offsets[4][0] = gap * 0.7, offsets[4][1] = -r - h * 0.8;
  offsets[5][0] = -gap * 0.7 - w, offsets[5][1] = -r - h * 0.8;
  return 6;
}

/* The bounding box of a name turned along its line at @an, relative to
 * the anchor: its centre lifted off the line along the normal so the
 * river does not strike it. */
static void
turned_box (const GrBmCandidate *c,
            const GrBmAnchor    *an,
            double               scale,
            double              *dx,
            double              *dy,
            double              *width,
            double              *height)
{
  double w = c->width * scale, h = c->height * scale;
  double cs = cos (an->angle), sn = sin (an->angle);
  double lift = h / 2 + 1.5 * scale;

  *width = fabs (w * cs) + fabs (h * sn);
  *height = fabs (w * sn) + fabs (h * cs);
  *dx = sn * lift - *width / 2;
  *dy = -cs * lift - *height / 2;
}

/* Tries to place a candidate at one of its anchors; appends the label and
 * the boxes it takes on success. */
static gboolean
place_at (const GrBmCandidate *c,
          guint                anchor,
          double               world,
          double               scale,
          GArray              *placed,
          GArray              *labels)
{
  const GrBmAnchor *an = &c->anchors[anchor];
  double ax = an->x * world, ay = an->y * world;
  double w = c->width * scale, h = c->height * scale;
  double r = dot_radius (c) * scale;
  double pad = LABEL_PAD * scale;
  double offsets[6][2];
  guint n_offsets = 0;
  Box dot = { ax - r, ay - r, ax + r, ay + r };

  if (c->has_dot)
    {
      if (!box_free (placed, &dot))
        return FALSE;
      n_offsets = dot_label_offsets (c, scale, offsets);
    }
  else if (an->angle != 0)
    {
      turned_box (c, an, scale, &offsets[0][0], &offsets[0][1], &w, &h);
      n_offsets = 1;
    }
  else
    {
      offsets[n_offsets][0] = -w / 2, offsets[n_offsets++][1] = -h / 2;
      offsets[n_offsets][0] = -w / 2, offsets[n_offsets++][1] = -h * 1.3;
      offsets[n_offsets][0] = -w / 2, offsets[n_offsets++][1] = h * 0.3;
    }

  for (guint k = 0; k < n_offsets; k++)
    {
      Box b = { ax + offsets[k][0] - pad, ay + offsets[k][1] - pad,
                ax + offsets[k][0] + w + pad, ay + offsets[k][1] + h + pad };
      GrBmLabel label = { c, anchor, offsets[k][0], offsets[k][1], w, h };

      if (!box_free (placed, &b))
        continue;
      g_array_append_val (placed, b);
      if (c->has_dot)
        g_array_append_val (placed, dot);
      g_array_append_val (labels, label);
      return TRUE;
    }
  return FALSE;
}

static void
place_labels (const GrBasemap *self,
              int              zoom,
              double           scale,
              GrBmLabelSet    *set)
{
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (Box));
  GArray *labels = g_array_new (FALSE, FALSE, sizeof (GrBmLabel));
  double world = gr_mercator_world_size (zoom);

  for (guint i = 0; i < self->n_candidates; i++)
    {
      const GrBmCandidate *c = &self->candidates[i];

      if (zoom < c->min_zoom || zoom >= c->max_zoom)
        continue;
      for (guint a = 0; a < c->n_anchors; a++)
        if (place_at (c, a, world, scale, placed, labels))
          break;
    }

  set->n_labels = labels->len;
  set->labels = (GrBmLabel *) (void *) g_array_free (labels, FALSE);
}

/* Reads only the geodata and the layers, which no longer change. */
static gpointer
gather_candidates (gpointer data)
{
  GrBasemap *self = data;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (GrBmCandidate));

  add_places (candidates, self->geodata->places, self->ukrainian);
  add_areas (candidates, self, self->ukrainian);
  g_array_sort (candidates, candidate_compare);

  self->n_candidates = candidates->len;
  self->candidates = (GrBmCandidate *) (void *) g_array_free (g_steal_pointer (&candidates), FALSE);
  return NULL;
}

void
gr_bm_labels_init (GrBasemap *self)
{
  g_mutex_init (&self->labels_lock);
  /* Names follow the interface's language, chosen once per painter. */
  self->ukrainian = gr_geo_names_ukrainian ();
  self->candidates_thread = g_thread_new ("gr-basemap-labels", gather_candidates, self);
}

/* Under labels_lock, or with the painter in one thread's hands. */
static void
join_candidates (GrBasemap *self)
{
  if (self->candidates_thread != NULL)
    g_thread_join (g_steal_pointer (&self->candidates_thread));
}

void
gr_bm_labels_clear (GrBasemap *self)
{
  join_candidates (self);
  for (int z = 0; z <= GR_BASEMAP_MAX_LABEL_ZOOM; z++)
    g_clear_pointer (&self->label_sets[z].labels, g_free);
  self->label_sets_placed = 0;
  for (guint i = 0; i < self->n_candidates; i++)
    g_free (self->candidates[i].text);
  g_clear_pointer (&self->candidates, g_free);
  self->n_candidates = 0;
  g_mutex_clear (&self->labels_lock);
}

/* Measures the candidates shown at @zoom that are not yet, at scale 1 and
 * unhinted: the same on any thread, whenever it is done.  Under
 * labels_lock. */
static void
measure_candidates (GrBasemap *self,
                    int        zoom)
{
  PangoContext *context = NULL;

  for (guint i = 0; i < self->n_candidates; i++)
    {
      GrBmCandidate *c = &self->candidates[i];
      PangoLayout *layout;
      double x, y;

      if (c->measured || zoom < c->min_zoom || zoom >= c->max_zoom)
        continue;
      /* The thread's own default font map (one per thread since pango
       * 1.32.6): the fonts it loads serve the drawing that follows. */
      if (context == NULL)
        context = create_context (pango_cairo_font_map_get_default ());
      layout = create_layout (context, c, 1.0);
      layout_box (layout, &x, &y, &c->width, &c->height);
      c->measured = TRUE;
      g_object_unref (layout);
    }
  g_clear_object (&context);
}

/* ---- Drawing ----------------------------------------------------------- */

static int
set_zoom (const GrMapView *view)
{
  return CLAMP ((int) floor (view->zoom + 1e-9), 0, GR_BASEMAP_MAX_LABEL_ZOOM);
}

/* The placed labels for a view; a fresh set when the symbols are scaled
 * (an export with large type), which the caller frees.  Once returned, a
 * set and the candidates it names no longer change. */
static const GrBmLabelSet *
get_set (GrBasemap       *self,
         const GrMapView *view,
         double           scale,
         GrBmLabelSet    *scratch)
{
  int zoom = set_zoom (view);
  const GrBmLabelSet *set;

  g_mutex_lock (&self->labels_lock);
  join_candidates (self);
  measure_candidates (self, zoom);
  if (scale != 1.0)
    {
      place_labels (self, zoom, scale, scratch);
      set = scratch;
    }
  else
    {
      if (!(self->label_sets_placed & (1u << zoom)))
        {
          place_labels (self, zoom, 1.0, &self->label_sets[zoom]);
          self->label_sets_placed |= 1u << zoom;
        }
      set = &self->label_sets[zoom];
    }
  g_mutex_unlock (&self->labels_lock);
  return set;
}

static gboolean
label_visible (const GrBmLabel *l,
               double           ax,
               double           ay,
               const GrMapView *view,
               double           scale)
{
  double m = (HALO_WIDTH + dot_radius (l->candidate) + 4) * scale;
  double x0 = MIN (ax + l->dx, ax), x1 = MAX (ax + l->dx + l->width, ax);
  double y0 = MIN (ay + l->dy, ay), y1 = MAX (ay + l->dy + l->height, ay);

  return x1 + m >= 0 && x0 - m <= view->width && y1 + m >= 0 && y0 - m <= view->height;
}

/* Whether the box lies wholly inside the view, its halo included. */
static gboolean
box_inside (const GrMapView *view,
            double           scale,
            double           x,
            double           y,
            double           width,
            double           height)
{
  double inset = HALO_WIDTH * scale;

  return x >= inset && y >= inset && x + width <= view->width - inset &&
         y + height <= view->height - inset;
}

/* Whether the box (x, y, w, h) meets any of @boxes (cairo_rectangle_t). */
static gboolean
box_meets_any (double        x,
               double        y,
               double        w,
               double        h,
               const GArray *boxes)
{
  for (guint i = 0; boxes != NULL && i < boxes->len; i++)
    {
      const cairo_rectangle_t *b = &g_array_index (boxes, cairo_rectangle_t, i);

      if (x < b->x + b->width && b->x < x + w && y < b->y + b->height && b->y < y + h)
        return TRUE;
    }
  return FALSE;
}

/* Whether the segment of any of @leaders (GrOverlaySegment) passes through
 * the box (x, y, w, h). */
static gboolean
box_meets_leader (double        x,
                  double        y,
                  double        w,
                  double        h,
                  const GArray *leaders)
{
  cairo_rectangle_t box = { x, y, w, h };

  for (guint i = 0; leaders != NULL && i < leaders->len; i++)
    if (gr_overlay_segment_meets_box (&g_array_index (leaders, GrOverlaySegment, i), &box))
      return TRUE;
  return FALSE;
}

/* Whether a place name at (x, y) would meet the instruments' text
 * (@avoid), symbols (@clear) or leader lines (@leaders). */
static gboolean
meets_instruments (const GrBmLabel *l,
                   double           x,
                   double           y,
                   const GArray    *avoid,
                   const GArray    *clear,
                   const GArray    *leaders)
{
  return box_meets_any (x, y, l->width, l->height, avoid) ||
         box_meets_any (x, y, l->width, l->height, clear) ||
         box_meets_leader (x, y, l->width, l->height, leaders);
}

#define N_RELOCATIONS (6 + 3 * 8)

/* Where a moved place name may go, relative to its anchor, in the order
 * tried: the sides of its dot, then eight directions on three rings a
 * little further out each (a city the instruments crowd, as batteries
 * fanned out around Kyiv, is still named beside them). */
static guint
relocation_offsets (const GrBmCandidate *c,
                    double               width,
                    double               height,
                    double               scale,
                    double               offsets[N_RELOCATIONS][2])
{
  static const double dirs[8][2] = {
    { 1, 0 }, { -1, 0 }, { 0, -1 }, { 0, 1 }, { 1, -1 }, { -1, -1 }, { 1, 1 }, { -1, 1 },
  };
  double r = dot_radius (c) * scale, gap = r + 2 * scale;
  guint n = dot_label_offsets (c, scale, offsets);

  for (int ring = 1; ring <= 3; ring++)
    for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
      {
        double step = ring * 0.9 * height + ring * 6 * scale;
        double cx = dirs[d][0] * (gap + step + width / 2);
        double cy = dirs[d][1] * (r + step + height / 2);

        offsets[n][0] = cx - width / 2;
        offsets[n++][1] = cy - height / 2;
      }
  return n;
}

/* A place name that would meet the instruments' text, symbols or leader
 * lines tries the places around its dot, clear of them and of every
 * other name shown (@taken, padded), and wholly @inside the view unless
 * that is NULL; FALSE when none is free.  The names
 * around it keep their places: the placement of the whole zoom stays as
 * the tiles were drawn with. */
static gboolean
relocate (const GrBmLabel *l,
          double           ax,
          double           ay,
          double           scale,
          const GrMapView *inside,
          const GArray    *avoid,
          const GArray    *clear,
          const GArray    *leaders,
          const GArray    *taken,
          GrBmLabel       *moved)
{
  double offsets[N_RELOCATIONS][2], pad = LABEL_PAD * scale;
  guint n = relocation_offsets (l->candidate, l->width, l->height, scale, offsets);

  for (guint k = 0; k < n; k++)
    {
      double x = ax + offsets[k][0], y = ay + offsets[k][1];

      if ((inside != NULL && !box_inside (inside, scale, x, y, l->width, l->height)) ||
          meets_instruments (l, x, y, avoid, clear, leaders) ||
          box_meets_any (x - pad, y - pad, l->width + 2 * pad, l->height + 2 * pad, taken))
        continue;
      *moved = *l;
      moved->dx = offsets[k][0];
      moved->dy = offsets[k][1];
      return TRUE;
    }
  return FALSE;
}

/* The device boxes of the names shown in the view, but @except, as they
 * were placed (@labels, a candidate NULL for one left out): what a
 * relocated name must keep clear of. */
static GArray *
shown_boxes (const GrBmLabel *labels,
             guint            n_labels,
             const GrBmFrame *frame,
             const GrMapView *view,
             double           scale,
             const GrBmLabel *except)
{
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));

  for (guint i = 0; i < n_labels; i++)
    {
      const GrBmLabel *l = &labels[i];
      const GrBmAnchor *an;
      double ax, ay, r;
      cairo_rectangle_t box;

      if (l == except || l->candidate == NULL)
        continue;
      an = &l->candidate->anchors[l->anchor];
      ax = an->x * frame->world - frame->ox;
      ay = an->y * frame->world - frame->oy;
      r = dot_radius (l->candidate) * scale;
      box = (cairo_rectangle_t) { ax + l->dx, ay + l->dy, l->width, l->height };
      if (!label_visible (l, ax, ay, view, scale))
        continue;
      g_array_append_val (boxes, box);
      if (l->candidate->has_dot)
        {
          cairo_rectangle_t dot = { ax - r, ay - r, 2 * r, 2 * r };

          g_array_append_val (boxes, dot);
        }
    }
  return boxes;
}

/* ---- Fitting into the picture ------------------------------------------ */

/* Whether the padded box (x, y, w, h) is clear of @taken and inside. */
static gboolean
fits_at (const GrMapView *view,
         double           scale,
         double           x,
         double           y,
         double           w,
         double           h,
         const GArray    *taken)
{
  double pad = LABEL_PAD * scale;

  return box_inside (view, scale, x, y, w, h) &&
         !box_meets_any (x - pad, y - pad, w + 2 * pad, h + 2 * pad, taken);
}

/* Another place for @l, whose box the view's edge cuts, wholly inside the
 * view and clear of @taken: a place's name on another side of its dot
 * (which must be in the view), a river's at another of its anchors, an
 * area's name pushed inward as far as needed while its centre stays on
 * its area (or, for an area the painter has no shape of, within half its
 * size of where it was placed).  FALSE when there is none. */
static gboolean
fit_inside (const GrBmLabel *l,
            const GrBmFrame *frame,
            const GrMapView *view,
            double           scale,
            const GArray    *taken,
            GrBmLabel       *fitted)
{
  const GrBmCandidate *c = l->candidate;
  const GrBmAnchor *an = &c->anchors[l->anchor];
  double ax = an->x * frame->world - frame->ox, ay = an->y * frame->world - frame->oy;
  double x, y, inset = HALO_WIDTH * scale;

  *fitted = *l;
  if (c->has_dot)
    {
      double offsets[6][2];
      guint n = dot_label_offsets (c, scale, offsets);

      if (ax < 0 || ay < 0 || ax > view->width || ay > view->height)
        return FALSE;
      for (guint k = 0; k < n; k++)
        if (fits_at (view, scale, ax + offsets[k][0], ay + offsets[k][1], l->width, l->height,
                     taken))
          {
            fitted->dx = offsets[k][0];
            fitted->dy = offsets[k][1];
            return TRUE;
          }
      return FALSE;
    }
  if (an->angle != 0)
    {
      for (guint k = 0; k < c->n_anchors; k++)
        {
          const GrBmAnchor *other = &c->anchors[k];

          turned_box (c, other, scale, &fitted->dx, &fitted->dy, &fitted->width,
                      &fitted->height);
          fitted->anchor = k;
          if (fits_at (view, scale, other->x * frame->world - frame->ox + fitted->dx,
                       other->y * frame->world - frame->oy + fitted->dy, fitted->width,
                       fitted->height, taken))
            return TRUE;
        }
      return FALSE;
    }

  if (l->width > view->width - 2 * inset || l->height > view->height - 2 * inset)
    return FALSE;
  x = CLAMP (ax + l->dx, inset, view->width - inset - l->width);
  y = CLAMP (ay + l->dy, inset, view->height - inset - l->height);
  if (c->shape != NULL
      ? !gr_bm_shape_contains (c->shape, (x + l->width / 2 + frame->ox) / frame->world,
                               (y + l->height / 2 + frame->oy) / frame->world)
      : fabs (x - ax - l->dx) > l->width / 2 || fabs (y - ay - l->dy) > l->height / 2)
    return FALSE;
  if (!fits_at (view, scale, x, y, l->width, l->height, taken))
    return FALSE;
  fitted->dx = x - ax;
  fitted->dy = y - ay;
  return TRUE;
}

static void
take_box (GArray          *taken,
          const GrBmLabel *l,
          const GrBmFrame *frame,
          double           scale)
{
  const GrBmAnchor *an = &l->candidate->anchors[l->anchor];
  double ax = an->x * frame->world - frame->ox, ay = an->y * frame->world - frame->oy;

  g_array_append_val (taken, ((cairo_rectangle_t) { ax + l->dx, ay + l->dy, l->width,
                                                    l->height }));
}

/* The labels a picture of @view shows, when its edges are the picture's:
 * one per label of @set, as placed when it lies wholly inside the view,
 * else fitted (fit_inside()), in the set's order of priority, or left out
 * (candidate NULL), as is every label outside the view.  A pure function
 * of the set and the view, so the passes that draw the area names and
 * the place names apart agree on it. */
static GrBmLabel *
fit_labels (const GrBmLabelSet *set,
            const GrBmFrame    *frame,
            const GrMapView    *view,
            double              scale)
{
  GrBmLabel *out = g_new0 (GrBmLabel, set->n_labels);
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));

  for (guint i = 0; i < set->n_labels; i++)
    {
      const GrBmLabel *l = &set->labels[i];
      const GrBmAnchor *an = &l->candidate->anchors[l->anchor];
      double ax = an->x * frame->world - frame->ox, ay = an->y * frame->world - frame->oy;
      double r = dot_radius (l->candidate) * scale;

      if (!label_visible (l, ax, ay, view, scale))
        continue;
      /* a dot stays where it is, named or not */
      if (l->candidate->has_dot)
        g_array_append_val (taken, ((cairo_rectangle_t) { ax - r, ay - r, 2 * r, 2 * r }));
      if (!box_inside (view, scale, ax + l->dx, ay + l->dy, l->width, l->height))
        continue;
      out[i] = *l;
      take_box (taken, l, frame, scale);
    }

  for (guint i = 0; i < set->n_labels; i++)
    {
      const GrBmLabel *l = &set->labels[i];
      const GrBmAnchor *an = &l->candidate->anchors[l->anchor];

      if (out[i].candidate != NULL ||
          !label_visible (l, an->x * frame->world - frame->ox, an->y * frame->world - frame->oy,
                          view, scale))
        continue;
      if (fit_inside (l, frame, view, scale, taken, &out[i]))
        take_box (taken, &out[i], frame, scale);
      else
        out[i].candidate = NULL;
    }
  return out;
}

static void
draw_dot (cairo_t             *cr,
          const GrBmCandidate *c,
          const GrBmStyle     *style,
          double               ax,
          double               ay,
          double               scale)
{
  double r = dot_radius (c) * scale;

  cairo_new_path (cr);
  cairo_arc (cr, ax, ay, r, 0, 2 * G_PI);
  if (c->kind == GR_BM_LABEL_CAPITAL)
    {
      /* a ring with a centre, the usual capital symbol */
      gr_bm_set_color (cr, &style->halo);
      cairo_fill_preserve (cr);
      gr_bm_set_color (cr, &style->dot_ukraine);
      cairo_set_line_width (cr, 1.3 * scale);
      cairo_stroke (cr);
      cairo_arc (cr, ax, ay, r * 0.45, 0, 2 * G_PI);
      cairo_fill (cr);
      return;
    }
  gr_bm_set_color (cr, c->kind == GR_BM_LABEL_FOREIGN_CITY ? &style->dot : &style->dot_ukraine);
  cairo_fill_preserve (cr);
  gr_bm_set_color (cr, &style->halo);
  cairo_set_line_width (cr, 0.8 * scale);
  cairo_stroke (cr);
}

static void
draw_text (cairo_t             *cr,
           PangoContext        *context,
           const GrBmLabel     *l,
           const GrBmStyle     *style,
           double               ax,
           double               ay,
           double               scale)
{
  const GrBmCandidate *c = l->candidate;
  PangoLayout *layout = create_layout (context, c, scale);
  double x, y, w, h;

  layout_box (layout, &x, &y, &w, &h);

  /* Work from the box's centre, so turned text turns about it. */
  cairo_save (cr);
  cairo_translate (cr, ax + l->dx + l->width / 2, ay + l->dy + l->height / 2);
  if (c->anchors[l->anchor].angle != 0)
    {
      cairo_rotate (cr, c->anchors[l->anchor].angle);
      pango_cairo_update_layout (cr, layout);
    }

  cairo_new_path (cr);
  gr_bm_set_color (cr, &style->halo);
  if (c->anchors[l->anchor].angle == 0 &&
      cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE)
    {
      /* On a raster, the text drawn around a small ring: the glyph cache
       * makes that several times cheaper than stroking the outlines, and
       * the place names are drawn again whenever the map's instruments
       * change around them. */
      double r = HALO_WIDTH * scale / 2;

      for (int i = 0; i < 8; i++)
        {
          cairo_move_to (cr, -w / 2 - x + r * cos (i * G_PI / 4), -h / 2 - y + r * sin (i * G_PI / 4));
          pango_cairo_show_layout (cr, layout);
        }
    }
  else
    {
      cairo_move_to (cr, -w / 2 - x, -h / 2 - y);
      pango_cairo_layout_path (cr, layout);
      cairo_set_line_width (cr, HALO_WIDTH * scale);
      cairo_stroke (cr);
    }

  cairo_move_to (cr, -w / 2 - x, -h / 2 - y);
  gr_bm_set_color (cr, &style->text[c->kind]);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
  g_object_unref (layout);
}

/* Where place name @l (anchored at ax, ay) goes, given the instruments'
 * text (@avoid), symbols (@clear) and leader lines (@leaders): the label
 * itself, @moved to another place by its dot, or NULL when it is left out
 * (no place near its dot is free: a name over a symbol or across a leader
 * would be read as neither).  @moved_boxes collects the names moved so
 * far, which the next ones keep clear of too. */
static const GrBmLabel *
settle_place_name (const GrBmLabel    *labels,
                   guint               n_labels,
                   const GrBmFrame    *frame,
                   const GrMapView    *view,
                   double              scale,
                   gboolean            framed,
                   const GrBmLabel    *l,
                   double              ax,
                   double              ay,
                   const GArray       *avoid,
                   const GArray       *clear,
                   const GArray       *leaders,
                   GArray             *moved_boxes,
                   GrBmLabel          *moved)
{
  g_autoptr(GArray) taken = NULL;

  if (!meets_instruments (l, ax + l->dx, ay + l->dy, avoid, clear, leaders) &&
      !box_meets_any (ax + l->dx, ay + l->dy, l->width, l->height, moved_boxes))
    return l;
  taken = shown_boxes (labels, n_labels, frame, view, scale, l);
  g_array_append_vals (taken, moved_boxes->data, moved_boxes->len);
  if (!relocate (l, ax, ay, scale, framed ? view : NULL, avoid, clear, leaders, taken, moved))
    return NULL;
  g_array_append_val (moved_boxes, ((cairo_rectangle_t) { ax + moved->dx, ay + moved->dy,
                                                          moved->width, moved->height }));
  return moved;
}

/* Dots first, then every name, so no dot covers a name. */
void
gr_bm_labels_draw (GrBasemap       *self,
                   cairo_t         *cr,
                   const GrBmFrame *frame,
                   const GrMapView *view,
                   const GrBmStyle *style,
                   double           scale,
                   gboolean         dots,
                   gboolean         area_names,
                   gboolean         place_names,
                   gboolean         framed,
                   const GArray    *avoid,
                   const GArray    *clear,
                   const GArray    *leaders,
                   GArray          *drawn)
{
  GrBmLabelSet scratch = { 0 };
  const GrBmLabelSet *set = get_set (self, view, scale, &scratch);
  PangoContext *context = NULL;
  g_autoptr(GArray) moved_boxes = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  g_autofree GrBmLabel *fitted = framed ? fit_labels (set, frame, view, scale) : NULL;
  const GrBmLabel *labels = framed ? fitted : set->labels;
  GrBmLabel moved;

  for (int pass = 0; pass < 2; pass++)
    {
      if ((pass == 0 && !dots) || (pass == 1 && !area_names && !place_names))
        continue;

      for (guint i = 0; i < set->n_labels; i++)
        {
          /* the dots as placed; the names as the picture shows them */
          const GrBmLabel *l = pass == 0 ? &set->labels[i] : &labels[i];
          const GrBmAnchor *an;
          double ax, ay;

          if (l->candidate == NULL)
            continue;
          an = &l->candidate->anchors[l->anchor];
          ax = an->x * frame->world - frame->ox;
          ay = an->y * frame->world - frame->oy;
          if (!label_visible (l, ax, ay, view, scale))
            continue;
          if (pass == 0)
            {
              if (l->candidate->has_dot)
                draw_dot (cr, l->candidate, style, ax, ay, scale);
              continue;
            }
          /* a place's name sits beside its dot */
          if (l->candidate->has_dot ? !place_names : !area_names)
            continue;
          if (l->candidate->has_dot &&
              (l = settle_place_name (labels, set->n_labels, frame, view, scale, framed, l, ax,
                                      ay, avoid, clear, leaders, moved_boxes, &moved)) == NULL)
            continue;
          if (l->candidate->has_dot && drawn != NULL)
            g_array_append_val (drawn, ((cairo_rectangle_t) { ax + l->dx, ay + l->dy,
                                                              l->width, l->height }));
          if (context == NULL)
            {
              /* Each thread has its own default font map, so this is safe
               * in a tile worker. */
              context = create_context (pango_cairo_font_map_get_default ());
              pango_cairo_update_context (cr, context);
            }
          draw_text (cr, context, l, style, ax, ay, scale);
        }
    }

  g_clear_object (&context);
  g_free (scratch.labels);
}
