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
 * draws every placed label whose box touches it, wherever its anchor is
 * (gr-basemap-names.c draws them).  Text is measured and drawn with
 * unhinted metrics, so widths do not depend on the device scale or on
 * which thread draws.
 */

#include "config.h"

#include <math.h>

#include "gr-basemap-private.h"
#include "gr-geo-names.h"

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

double
gr_bm_label_dot_radius (const GrBmCandidate *c)
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

PangoContext *
gr_bm_label_create_context (PangoFontMap *font_map)
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

PangoLayout *
gr_bm_label_create_layout (PangoContext        *context,
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
void
gr_bm_label_layout_box (PangoLayout *layout,
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
guint
gr_bm_label_dot_offsets (const GrBmCandidate *c,
                         double               scale,
                         double               offsets[][2])
{
  double w = c->width * scale, h = c->height * scale;
  double r = gr_bm_label_dot_radius (c) * scale, gap = r + 2 * scale;

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
void
gr_bm_label_turned_box (const GrBmCandidate *c,
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
  double r = gr_bm_label_dot_radius (c) * scale;
  double pad = GR_BM_LABEL_PAD * scale;
  double offsets[6][2];
  guint n_offsets = 0;
  Box dot = { ax - r, ay - r, ax + r, ay + r };

  if (c->has_dot)
    {
      if (!box_free (placed, &dot))
        return FALSE;
      n_offsets = gr_bm_label_dot_offsets (c, scale, offsets);
    }
  else if (an->angle != 0)
    {
      gr_bm_label_turned_box (c, an, scale, &offsets[0][0], &offsets[0][1], &w, &h);
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
  self->candidates_thread = gr_thread_new ("gr-basemap-labels", gather_candidates, self);
}

/* Under labels_lock, or with the painter in one thread's hands. */
static void
join_candidates (GrBasemap *self)
{
  if (self->candidates_thread != NULL)
    gr_thread_join (g_steal_pointer (&self->candidates_thread));
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
        context = gr_bm_label_create_context (pango_cairo_font_map_get_default ());
      layout = gr_bm_label_create_layout (context, c, 1.0);
      gr_bm_label_layout_box (layout, &x, &y, &c->width, &c->height);
      c->measured = TRUE;
      g_object_unref (layout);
    }
  g_clear_object (&context);
}

/* ---- The placed set of a view ------------------------------------------ */

static int
set_zoom (const GrMapView *view)
{
  return CLAMP ((int) floor (view->zoom + 1e-9), 0, GR_BASEMAP_MAX_LABEL_ZOOM);
}

/* The placed labels for a view; a fresh set when the symbols are scaled
 * (an export with large type), which the caller frees.  Once returned, a
 * set and the candidates it names no longer change. */
const GrBmLabelSet *
gr_bm_labels_get_set (GrBasemap       *self,
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
