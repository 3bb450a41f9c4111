/* gr-basemap.c — the offline base map: sea, land, water, borders, places, drawn with cairo
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A calm briefing-map look: soft blue sea with faint depth bands, muted
 * neighbours, Ukraine a lighter tint inside a strong border, thin oblast
 * lines, the large rivers, and names placed once per zoom for the whole
 * world so that tiles agree on them.  Detail follows the zoom: the 1:50m
 * outlines below zoom 6, 1:10m from there, smaller rivers, lakes and towns
 * as the map grows.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gr-basemap-private.h"

#define UKRAINE_BORDER_SHARE 0.8
#define DETAIL_10M_ZOOM 6.0

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }
#define RGBA(hex, alpha) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, alpha }

static const GrBmStyle styles[] = {
  [GR_BASEMAP_STYLE_LIGHT] = {
    .sea = RGB (0xcde0ec),
    .depth = { RGB (0xc3d9e8), RGB (0xb9d1e3), RGB (0xb0cade) },
    .land = RGB (0xe6e3dc),
    .ukraine = RGB (0xf8f5ec),
    .lake = RGB (0xc9deeb),
    .river = RGB (0x98bdd8),
    .coast = RGB (0x7ea4bf),
    .admin1 = RGB (0xc4b7a3),
    .border = RGB (0x9d978e),
    .border_ukraine = RGB (0x4a4540),
    .border_ukraine_casing = RGBA (0xe3cf9f, 0.75),
    .dot = RGB (0x77746f),
    .dot_ukraine = RGB (0x2d2a26),
    .halo = RGBA (0xffffff, 0.85),
    .outside = RGB (0xe3e4e6),
    .text = {
      [GR_BM_LABEL_CAPITAL] = RGB (0x1c1a17),
      [GR_BM_LABEL_CITY] = RGB (0x2b2824),
      [GR_BM_LABEL_TOWN] = RGB (0x4a4641),
      [GR_BM_LABEL_FOREIGN_CITY] = RGB (0x6c6862),
      [GR_BM_LABEL_COUNTRY] = RGB (0x8f887d),
      [GR_BM_LABEL_SUBJECT_COUNTRY] = RGB (0x6b5d48),
      [GR_BM_LABEL_SEA] = RGB (0x5b83a1),
      [GR_BM_LABEL_OBLAST] = RGB (0xa09482),
      [GR_BM_LABEL_RIVER] = RGB (0x5a8bb0),
    },
  },
  [GR_BASEMAP_STYLE_DARK] = {
    /* Sea a deep blue, land a lighter warm grey: told apart at a glance. */
    .sea = RGB (0x12243a),
    .depth = { RGB (0x10213a), RGB (0x0e1d33), RGB (0x0c192d) },
    .land = RGB (0x3a3936),
    .ukraine = RGB (0x4a4843),
    .lake = RGB (0x183452),
    .river = RGB (0x35536e),
    .coast = RGB (0x4d6f8a),
    .admin1 = RGB (0x5a564f),
    .border = RGB (0x6f6c67),
    .border_ukraine = RGB (0xdcd5c6),
    .border_ukraine_casing = RGBA (0x6e5d3a, 0.75),
    .dot = RGB (0x9c9891),
    .dot_ukraine = RGB (0xeeeae2),
    .halo = RGBA (0x1e1e20, 0.85),
    .outside = RGB (0x242527),
    .text = {
      [GR_BM_LABEL_CAPITAL] = RGB (0xf4f1ea),
      [GR_BM_LABEL_CITY] = RGB (0xe6e2da),
      [GR_BM_LABEL_TOWN] = RGB (0xc9c4ba),
      [GR_BM_LABEL_FOREIGN_CITY] = RGB (0xa8a39a),
      [GR_BM_LABEL_COUNTRY] = RGB (0x8e887e),
      [GR_BM_LABEL_SUBJECT_COUNTRY] = RGB (0xcdbb98),
      [GR_BM_LABEL_SEA] = RGB (0x7fa3c0),
      [GR_BM_LABEL_OBLAST] = RGB (0x8a8274),
      [GR_BM_LABEL_RIVER] = RGB (0x6f9cc2),
    },
  },
  [GR_BASEMAP_STYLE_HIGH_CONTRAST] = {
    .sea = RGB (0xa9d1f0),
    .depth = { RGB (0xa9d1f0), RGB (0xa9d1f0), RGB (0xa9d1f0) },
    .land = RGB (0xd9d9d9),
    .ukraine = RGB (0xffffff),
    .lake = RGB (0xa9d1f0),
    .river = RGB (0x3c7fbf),
    .coast = RGB (0x1f4f7a),
    .admin1 = RGB (0x707070),
    .border = RGB (0x404040),
    .border_ukraine = RGB (0x000000),
    .border_ukraine_casing = RGBA (0xffd84d, 1.0),
    .dot = RGB (0x202020),
    .dot_ukraine = RGB (0x000000),
    .halo = RGBA (0xffffff, 1.0),
    .outside = RGB (0xf0f0f0),
    .text = {
      [GR_BM_LABEL_CAPITAL] = RGB (0x000000),
      [GR_BM_LABEL_CITY] = RGB (0x000000),
      [GR_BM_LABEL_TOWN] = RGB (0x000000),
      [GR_BM_LABEL_FOREIGN_CITY] = RGB (0x202020),
      [GR_BM_LABEL_COUNTRY] = RGB (0x303030),
      [GR_BM_LABEL_SUBJECT_COUNTRY] = RGB (0x000000),
      [GR_BM_LABEL_SEA] = RGB (0x0b3d6b),
      [GR_BM_LABEL_OBLAST] = RGB (0x404040),
      [GR_BM_LABEL_RIVER] = RGB (0x0b3d6b),
    },
  },
};

void
gr_basemap_get_sea_color (GrBasemapStyle  style,
                          double         *r,
                          double         *g,
                          double         *b)
{
  const GrBmStyle *s = &styles[CLAMP (style, 0, (int) G_N_ELEMENTS (styles) - 1)];

  *r = s->sea.r;
  *g = s->sea.g;
  *b = s->sea.b;
}

/* ---- Building ---------------------------------------------------------- */

/* The bits of one coordinate, with -0 folded onto 0 (they compare equal). */
static guint64
coord_bits (double v)
{
  guint64 bits;

  v = v == 0 ? 0 : v;
  memcpy (&bits, &v, sizeof bits);
  return bits;
}

/* Hashes every bit of both coordinates (g_double_hash truncates to whole
 * numbers, so the vertices of one degree square all collided); the
 * multiply-xorshift mix spreads the low mantissa bits over the result. */
static guint
lonlat_hash (const GrLonLat *p)
{
  guint64 h = coord_bits (p->lon) * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);

  h ^= coord_bits (p->lat) + (h << 6) + (h >> 2);
  h *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  h ^= h >> 31;
  return (guint) (h ^ (h >> 32));
}

static guint
point_hash (gconstpointer key)
{
  return lonlat_hash (key);
}

static gboolean
point_equal (gconstpointer a,
             gconstpointer b)
{
  const GrLonLat *p = a, *q = b;

  return p->lon == q->lon && p->lat == q->lat;
}

/* Borders come one line per country pair but carry no codes in the bundled
 * data; they share their vertices with the country polygons (one topology),
 * so a border of Ukraine is one whose points are Ukraine's points. */
static void
flag_ukraine (GrBmLayer          *countries,
              GrBmLayer          *borders,
              const GrGeoFeature *ukraine)
{
  g_autoptr(GHashTable) points = g_hash_table_new (point_hash, point_equal);

  for (guint i = 0; i < countries->n_shapes; i++)
    if (countries->shapes[i].feature == ukraine)
      countries->shapes[i].flags |= GR_BM_SHAPE_UKRAINE;

  for (guint i = 0; i < ukraine->n_points; i++)
    g_hash_table_add (points, &ukraine->points[i]);

  for (guint i = 0; i < borders->n_shapes; i++)
    {
      const GrGeoFeature *f = borders->shapes[i].feature;
      guint shared = 0;

      for (guint j = 0; j < f->n_points; j++)
        shared += g_hash_table_contains (points, &f->points[j]);
      if (f->n_points > 0 && shared >= UKRAINE_BORDER_SHARE * f->n_points)
        borders->shapes[i].flags |= GR_BM_SHAPE_UKRAINE;
    }
}

typedef struct
{
  GrLonLat a;
  GrLonLat b;
} Edge;

static void
edge_init (Edge           *e,
           const GrLonLat *p,
           const GrLonLat *q)
{
  gboolean swap = p->lon > q->lon || (p->lon == q->lon && p->lat > q->lat);

  e->a = swap ? *q : *p;
  e->b = swap ? *p : *q;
}

static guint
edge_hash (gconstpointer key)
{
  const Edge *e = key;

  return lonlat_hash (&e->a) * 17 + lonlat_hash (&e->b);
}

static gboolean
edge_equal (gconstpointer x,
            gconstpointer y)
{
  const Edge *e = x, *f = y;

  return point_equal (&e->a, &f->a) && point_equal (&e->b, &f->b);
}

/* The edges two units share are the oblast boundaries; the others are the
 * country's outline, which the border and coast layers draw more precisely.
 * Each shared edge is kept once, from the first unit that has it. */
static void
build_admin1_lines (GrBmLayer        *out,
                    const GrGeoLayer *admin1)
{
  g_autoptr(GHashTable) owners = g_hash_table_new_full (edge_hash, edge_equal, g_free, NULL);
  GArray *xy = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *parts = g_array_new (FALSE, FALSE, sizeof (GrBmPart));

  /* value: first owner's index + 1, or G_MAXUINT - first owner's index
   * once a second unit has the edge */
  for (guint i = 0; i < admin1->n_features; i++)
    {
      const GrGeoFeature *f = &admin1->features[i];

      for (guint p = 0; p < f->n_parts; p++)
        for (guint k = 1; k < f->parts[p].n_points; k++)
          {
            const GrLonLat *pts = f->points + f->parts[p].start;
            Edge *e = g_new (Edge, 1);
            gpointer owner;

            edge_init (e, &pts[k - 1], &pts[k]);
            owner = g_hash_table_lookup (owners, e);
            if (owner == NULL)
              g_hash_table_insert (owners, e, GUINT_TO_POINTER (i + 1));
            else if (GPOINTER_TO_UINT (owner) <= admin1->n_features &&
                     GPOINTER_TO_UINT (owner) != i + 1)
              /* replaces the value and frees the new key */
              g_hash_table_insert (owners, e,
                                   GUINT_TO_POINTER (G_MAXUINT - (GPOINTER_TO_UINT (owner) - 1)));
            else
              g_free (e);
          }
    }

  for (guint i = 0; i < admin1->n_features; i++)
    {
      const GrGeoFeature *f = &admin1->features[i];

      for (guint p = 0; p < f->n_parts; p++)
        {
          const GrLonLat *pts = f->points + f->parts[p].start;
          GrBmPart part = { 0, 0, { 0 } };

          for (guint k = 1; k <= f->parts[p].n_points; k++)
            {
              gboolean keep = FALSE;

              if (k < f->parts[p].n_points)
                {
                  Edge e;
                  guint owner;

                  edge_init (&e, &pts[k - 1], &pts[k]);
                  owner = GPOINTER_TO_UINT (g_hash_table_lookup (owners, &e));
                  /* shared, and this unit is the first of the two */
                  keep = owner > admin1->n_features && G_MAXUINT - owner == i;
                }
              if (keep)
                {
                  if (part.n_points == 0)
                    {
                      double x, y;

                      part.start = xy->len / 2;
                      gr_bm_project (&pts[k - 1], &x, &y);
                      g_array_append_val (xy, x);
                      g_array_append_val (xy, y);
                      part.n_points = 1;
                    }
                  {
                    double x, y;

                    gr_bm_project (&pts[k], &x, &y);
                    g_array_append_val (xy, x);
                    g_array_append_val (xy, y);
                    part.n_points++;
                  }
                }
              else if (part.n_points > 0)
                {
                  g_array_append_val (parts, part);
                  part.n_points = 0;
                }
            }
        }
    }

  out->shapes = g_new0 (GrBmShape, 1);
  out->n_shapes = 1;
  gr_bm_shape_init_lines (&out->shapes[0], xy, parts);
}

/* The layers are clipped to one lon/lat box; land and the depth-0 sea band
 * together fill it. */
static void
data_box_init (GrBmBox         *box,
               const GrGeodata *geodata)
{
  GrLonLat nw = { MIN (geodata->countries->bounds.min_lon, geodata->bathymetry->bounds.min_lon),
                  MAX (geodata->countries->bounds.max_lat, geodata->bathymetry->bounds.max_lat) };
  GrLonLat se = { MAX (geodata->countries->bounds.max_lon, geodata->bathymetry->bounds.max_lon),
                  MIN (geodata->countries->bounds.min_lat, geodata->bathymetry->bounds.min_lat) };

  gr_bm_project (&nw, &box->x0, &box->y0);
  gr_bm_project (&se, &box->x1, &box->y1);
}

GrBasemap *
gr_basemap_new (GrGeodata *geodata)
{
  GrBasemap *self;
  const GrGeoFeature *ua50;

  g_return_val_if_fail (geodata != NULL, NULL);

  self = g_new0 (GrBasemap, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->geodata = gr_geodata_ref (geodata);

  gr_bm_layer_init_from_geo (&self->countries_50m, geodata->countries_50m, 0);
  gr_bm_layer_init_from_geo (&self->borders_50m, geodata->borders_50m, 48);
  gr_bm_layer_init_from_geo (&self->coastline_50m, geodata->coastline_50m, 48);
  gr_bm_layer_init_from_geo (&self->rivers, geodata->rivers, 48);
  gr_bm_layer_init_from_geo (&self->lakes, geodata->lakes, 0);
  gr_bm_layer_init_from_geo (&self->bathymetry, geodata->bathymetry, 0);
  gr_bm_layer_init_from_geo (&self->seas, geodata->seas, 0);
  build_admin1_lines (&self->admin1_lines, geodata->admin1);
  data_box_init (&self->data_box, geodata);

  ua50 = gr_geo_layer_find (geodata->countries_50m, GR_ISO_N3_UKRAINE);
  if (ua50 != NULL)
    flag_ukraine (&self->countries_50m, &self->borders_50m, ua50);

  gr_bm_labels_init (self);

  return self;
}

/* The 1:10m layers, the first time a view needs them: most views (and
 * every whole-country export) are drawn from the 1:50m ones.  Tiles are
 * drawn in several threads at once, hence the once. */
static void
ensure_detail (GrBasemap *self)
{
  const GrGeoFeature *ua10;

  if (!g_once_init_enter (&self->detail_ready))
    return;
  gr_bm_layer_init_from_geo (&self->countries, self->geodata->countries, 0);
  gr_bm_layer_init_from_geo (&self->borders, self->geodata->borders, 48);
  gr_bm_layer_init_from_geo (&self->coastline, self->geodata->coastline, 48);
  ua10 = gr_geodata_find_country (self->geodata, GR_ISO_N3_UKRAINE);
  if (ua10 != NULL)
    flag_ukraine (&self->countries, &self->borders, ua10);
  g_once_init_leave (&self->detail_ready, 1);
}

G_DEFINE_BOXED_TYPE (GrBasemap, gr_basemap, gr_basemap_ref, gr_basemap_unref)

GrBasemap *
gr_basemap_ref (GrBasemap *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
gr_basemap_unref (GrBasemap *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  gr_bm_labels_clear (self);
  gr_bm_layer_clear (&self->countries);
  gr_bm_layer_clear (&self->countries_50m);
  gr_bm_layer_clear (&self->borders);
  gr_bm_layer_clear (&self->borders_50m);
  gr_bm_layer_clear (&self->coastline);
  gr_bm_layer_clear (&self->coastline_50m);
  gr_bm_layer_clear (&self->admin1_lines);
  gr_bm_layer_clear (&self->rivers);
  gr_bm_layer_clear (&self->lakes);
  gr_bm_layer_clear (&self->bathymetry);
  gr_bm_layer_clear (&self->seas);
  gr_geodata_unref (self->geodata);
  g_free (self);
}

/* ---- Drawing ----------------------------------------------------------- */

static void
fill_layer (cairo_t         *cr,
            const GrBmFrame *frame,
            const GrBmLayer *layer,
            GrBmShapeFlags   flags,
            GrBmShapeFlags   mask,
            int              max_rank)
{
  cairo_new_path (cr);
  for (guint i = 0; i < layer->n_shapes; i++)
    {
      const GrBmShape *s = &layer->shapes[i];

      if ((s->flags & mask) != flags)
        continue;
      if (s->feature != NULL && s->feature->rank > max_rank)
        continue;
      gr_bm_path_polygon (cr, frame, s);
    }
  cairo_fill (cr);
}

static void
stroke_layer (cairo_t         *cr,
              const GrBmFrame *frame,
              const GrBmLayer *layer,
              GrBmShapeFlags   flags,
              GrBmShapeFlags   mask)
{
  cairo_new_path (cr);
  for (guint i = 0; i < layer->n_shapes; i++)
    if ((layer->shapes[i].flags & mask) == flags)
      gr_bm_path_lines (cr, frame, &layer->shapes[i]);
  cairo_stroke (cr);
}

static void
draw_bathymetry (cairo_t         *cr,
                 const GrBmFrame *frame,
                 const GrBasemap *self,
                 const GrBmStyle *style)
{
  static const double depths[] = { 200, 1000, 2000 };

  /* Bands are nested, shallow first: each deeper band paints over the last. */
  for (guint d = 0; d < G_N_ELEMENTS (depths); d++)
    {
      cairo_new_path (cr);
      for (guint i = 0; i < self->bathymetry.n_shapes; i++)
        {
          const GrBmShape *s = &self->bathymetry.shapes[i];

          if (s->feature->value == depths[d])
            gr_bm_path_polygon (cr, frame, s);
        }
      gr_bm_set_color (cr, &style->depth[d]);
      cairo_fill (cr);
    }
}

/* Rivers thicken with the zoom; the big ones (low rank) more so. */
static void
draw_rivers (cairo_t         *cr,
             const GrBmFrame *frame,
             const GrBasemap *self,
             const GrBmStyle *style,
             double           zoom,
             double           scale)
{
  int max_rank = zoom < 5 ? 4 : zoom < 7 ? 7 : 99;

  gr_bm_set_color (cr, &style->river);
  for (int rank = 0; rank <= MIN (max_rank, 12); rank++)
    {
      double width = CLAMP (0.5 + (zoom - 4) * 0.3 - (rank - 2) * 0.12, 0.5, 2.6);
      gboolean any = FALSE;

      cairo_new_path (cr);
      for (guint i = 0; i < self->rivers.n_shapes; i++)
        {
          const GrBmShape *s = &self->rivers.shapes[i];
          int r = CLAMP (s->feature->rank, 0, 12);

          if (r != rank)
            continue;
          gr_bm_path_lines (cr, frame, s);
          any = TRUE;
        }
      if (!any)
        continue;
      cairo_set_line_width (cr, width * scale);
      cairo_stroke (cr);
    }
}

/* Beyond the data's box the map has nothing to say: a neutral margin, so
 * that it does not pass for open sea.  The land and sea fade into it over
 * a band inside the box, so that the box's edge (east of the Caspian,
 * south of Anatolia) does not read as a coast or a border. */
#define FADE_PX 40.0

/* The band from @edge (x or y of the box's edge) to @inner inside it:
 * opaque @color at the edge, clear inside; across columns when @columns
 * (left and right edges), else across rows. */
static void
fade_edge (cairo_t         *cr,
           const GrBmColor *color,
           gboolean         columns,
           double           edge,
           double           inner,
           double           from,
           double           to)
{
  cairo_pattern_t *fade = columns ? cairo_pattern_create_linear (edge, 0, inner, 0)
                                  : cairo_pattern_create_linear (0, edge, 0, inner);

  cairo_pattern_add_color_stop_rgba (fade, 0, color->r, color->g, color->b, color->a);
  cairo_pattern_add_color_stop_rgba (fade, 1, color->r, color->g, color->b, 0);
  if (columns)
    cairo_rectangle (cr, MIN (edge, inner), from, fabs (inner - edge), to - from);
  else
    cairo_rectangle (cr, from, MIN (edge, inner), to - from, fabs (inner - edge));
  cairo_set_source (cr, fade);
  cairo_fill (cr);
  cairo_pattern_destroy (fade);
}

static void
draw_outside (cairo_t         *cr,
              const GrBmFrame *frame,
              const GrBasemap *self,
              const GrBmStyle *style,
              const GrMapView *view,
              double           scale)
{
  double x0 = self->data_box.x0 * frame->world - frame->ox;
  double y0 = self->data_box.y0 * frame->world - frame->oy;
  double x1 = self->data_box.x1 * frame->world - frame->ox;
  double y1 = self->data_box.y1 * frame->world - frame->oy;
  double fade = FADE_PX * scale;
  /* Which edges are near enough to show: the others lie far outside the
   * view, and are clamped below. */
  gboolean west = x0 > -fade, north = y0 > -fade;
  gboolean east = x1 < view->width + fade, south = y1 < view->height + fade;

  if (!west && !north && !east && !south)
    return;
  /* Keep far-away edges within cairo's fixed-point range at deep zooms.
   * Each fade is drawn only where its edge is: a tile (or a view) that
   * shows one edge must not show the others' fades at its own borders,
   * where they would be seams between tiles. */
  x0 = CLAMP (x0, -fade - 16, view->width + fade + 16);
  x1 = CLAMP (x1, -fade - 16, view->width + fade + 16);
  y0 = CLAMP (y0, -fade - 16, view->height + fade + 16);
  y1 = CLAMP (y1, -fade - 16, view->height + fade + 16);

  cairo_new_path (cr);
  cairo_rectangle (cr, -fade - 32, -fade - 32, view->width + 2 * fade + 64,
                   view->height + 2 * fade + 64);
  cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
  gr_bm_set_color (cr, &style->outside);
  cairo_fill (cr);
  if (north)
    fade_edge (cr, &style->outside, FALSE, y0, y0 + fade, x0, x1);
  if (south)
    fade_edge (cr, &style->outside, FALSE, y1, y1 - fade, x0, x1);
  if (west)
    fade_edge (cr, &style->outside, TRUE, x0, x0 + fade, y0, y1);
  if (east)
    fade_edge (cr, &style->outside, TRUE, x1, x1 - fade, y0, y1);
}

/* The options with their defaults filled in: NULL, layers NONE and scale
 * 0 mean light, every layer and 1. */
static void
resolve_options (const GrBasemapOptions  *options,
                 const GrBmStyle        **style,
                 GrBasemapLayers         *layers,
                 double                  *scale)
{
  static const GrBasemapOptions defaults = { 0 };

  if (options == NULL)
    options = &defaults;
  *style = &styles[CLAMP (options->style, 0, (int) G_N_ELEMENTS (styles) - 1)];
  *layers = options->layers != GR_BASEMAP_LAYER_NONE ? options->layers : GR_BASEMAP_LAYER_ALL;
  *scale = options->scale > 0 ? options->scale : 1.0;
}

void
gr_basemap_draw_full (GrBasemap              *self,
                      cairo_t                *cr,
                      const GrMapView        *view,
                      const GrBasemapOptions *options)
{
  const GrBmStyle *style;
  GrBasemapLayers layers;
  GrBmFrame frame;
  double scale, zoom;
  gboolean detailed;
  const GrBmLayer *countries, *borders, *coast;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (view != NULL);

  resolve_options (options, &style, &layers, &scale);
  zoom = view->zoom;
  detailed = zoom >= DETAIL_10M_ZOOM;
  if (detailed)
    ensure_detail (self);
  countries = detailed ? &self->countries : &self->countries_50m;
  borders = detailed ? &self->borders : &self->borders_50m;
  coast = detailed ? &self->coastline : &self->coastline_50m;

  /* A margin so strokes and dots straddling the edge are drawn whole. */
  gr_bm_frame_init (&frame, view, 8 * scale);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, view->width, view->height);
  cairo_clip (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  gr_bm_set_color (cr, &style->sea);
  cairo_paint (cr);
  if (layers & GR_BASEMAP_LAYER_BATHYMETRY)
    draw_bathymetry (cr, &frame, self, style);

  gr_bm_set_color (cr, &style->land);
  fill_layer (cr, &frame, countries, 0, GR_BM_SHAPE_UKRAINE, G_MAXINT);
  gr_bm_set_color (cr, &style->ukraine);
  fill_layer (cr, &frame, countries, GR_BM_SHAPE_UKRAINE, GR_BM_SHAPE_UKRAINE, G_MAXINT);

  if (layers & GR_BASEMAP_LAYER_WATER)
    {
      gr_bm_set_color (cr, &style->lake);
      fill_layer (cr, &frame, &self->lakes, 0, 0, zoom < 5 ? 4 : zoom < 7 ? 7 : G_MAXINT);
      draw_rivers (cr, &frame, self, style, zoom, scale);
    }

  if ((layers & GR_BASEMAP_LAYER_ADMIN1) && zoom >= 4)
    {
      gr_bm_set_color (cr, &style->admin1);
      cairo_set_line_width (cr, CLAMP (0.5 + (zoom - 4) * 0.15, 0.5, 1.2) * scale);
      stroke_layer (cr, &frame, &self->admin1_lines, 0, 0);
    }

  gr_bm_set_color (cr, &style->coast);
  cairo_set_line_width (cr, (zoom < 6 ? 0.6 : 0.8) * scale);
  stroke_layer (cr, &frame, coast, 0, 0);

  gr_bm_set_color (cr, &style->border);
  cairo_set_line_width (cr, (zoom < 6 ? 0.8 : 1.0) * scale);
  stroke_layer (cr, &frame, borders, 0, GR_BM_SHAPE_UKRAINE);

  /* Ukraine's border: a soft wide band under a firm line. */
  gr_bm_set_color (cr, &style->border_ukraine_casing);
  cairo_set_line_width (cr, CLAMP (2.0 + (zoom - 4) * 0.6, 2.5, 6.0) * scale);
  stroke_layer (cr, &frame, borders, GR_BM_SHAPE_UKRAINE, GR_BM_SHAPE_UKRAINE);
  gr_bm_set_color (cr, &style->border_ukraine);
  cairo_set_line_width (cr, CLAMP (1.0 + (zoom - 4) * 0.15, 1.1, 1.8) * scale);
  stroke_layer (cr, &frame, borders, GR_BM_SHAPE_UKRAINE, GR_BM_SHAPE_UKRAINE);

  draw_outside (cr, &frame, self, style, view, scale);

  gr_bm_labels_draw (self, cr, &frame, view, style, scale, layers,
                     options != NULL && options->framed, NULL, NULL, NULL, NULL);

  cairo_restore (cr);
}

void
gr_basemap_draw_names (GrBasemap              *self,
                       cairo_t                *cr,
                       const GrMapView        *view,
                       const GrBasemapOptions *options,
                       const GArray           *avoid,
                       const GArray           *clear,
                       const GArray           *leaders,
                       GArray                 *drawn)
{
  const GrBmStyle *style;
  GrBasemapLayers layers;
  GrBmFrame frame;
  double scale;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (view != NULL);

  resolve_options (options, &style, &layers, &scale);
  gr_bm_frame_init (&frame, view, 8 * scale);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, view->width, view->height);
  cairo_clip (cr);
  /* the names only: the dots are the map's */
  gr_bm_labels_draw (self, cr, &frame, view, style, scale, layers & ~GR_BASEMAP_LAYER_PLACES,
                     options != NULL && options->framed, avoid, clear, leaders, drawn);
  cairo_restore (cr);
}

void
gr_basemap_draw (GrBasemap       *self,
                 cairo_t         *cr,
                 const GrMapView *view)
{
  gr_basemap_draw_full (self, cr, view, NULL);
}
