/* gr-tile-source.c — the offline map source: tiles drawn by the base-map painter off the main thread
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libshumate asks for tiles on the main thread and watches their state
 * there, so each fill is two tasks: an inner one that draws the tile into a
 * GdkTexture in a worker thread (the painter is immutable and thread-safe,
 * textures are immutable), and the caller's, completed from the inner one's
 * callback on the main thread after the tile got its paintable and DONE.
 * Every fill completes exactly once, cancelled or not, so the map layer,
 * which holds the tile until then, never leaks.
 *
 * A tile's paintable is our GrTilePaintable rather than the bare texture:
 * GTK 4.8's cairo renderer draws a texture node by downloading the texture
 * into a new cairo surface on every frame (gdk_texture_download_surface in
 * gsk_texture_node_draw), which for a screenful of tiles was two thirds of
 * a map frame.  The paintable keeps the cairo surface it was drawn into and,
 * when the map is drawn by the cairo renderer, appends a cairo node that
 * paints that surface; under GL it appends a texture of the same pixels.
 * Which one is the source's "paint-surfaces" switch, set by whoever knows
 * the window's renderer (the overlay layer); either choice draws the same
 * pixels.  The texture is a copy in the GL renderer's own context when one
 * is current (gr-gl-texture.c), and then the surface goes: GTK would have
 * kept a GL copy of a memory texture beside the surface it shares.
 *
 * libshumate lays out a tile past each edge of the map, which the renderer
 * clips away: at 1280 × 800 it asked for 36 tiles to show 9.  A tile
 * therefore also keeps its pixels packed as runs of equal pixels
 * (gr-pixel-runs.c, a sixth to a quarter of their size, packed by the
 * worker), and outside the map's view, when the source knows it, it keeps
 * only those: nothing is drawn there, and a tile that comes into view
 * unpacks its runs, which takes a fraction of drawing it again.
 *
 * libshumate 1.0 keeps the last 100 tiles of each map layer, whatever
 * their size (100 MB of pixels at scale 2).  The paintables therefore
 * share a byte budget: past it, the tiles shown longest ago give up their
 * pixels and keep what it takes to draw them again (the basemap, the
 * tile's place), and draw themselves again when they are shown.  A tile
 * shown (or filled) within the last second keeps its pixels over the
 * budget, so a screen larger than the budget is never redrawn frame after
 * frame, nor a tile before its first frame.
 */

#include "config.h"

#include "gr-tile-source.h"

#include "gr-gl-texture.h"
#include "gr-pixel-runs.h"
#include "gr-texture.h"

#include <glib/gi18n.h>
#include <math.h>

/* How far, in logical pixels, a tile drawn as a cairo node reaches over
 * its neighbours (gr_tile_paintable_snapshot). */
#define SEAM_OVERLAP 1.0

/* Shared between a source and the paintables it made: the cache may keep
 * paintables after their fill, and the switch can change. */
typedef struct
{
  int paint_surfaces;             /* atomic */
  GrMapView view;                 /* main thread only: what the map shows, */
  gboolean has_view;              /* when known */
  GMutex lock;                    /* guards the budget */
  GQueue kept;                    /* GrTilePaintable with pixels, last shown first */
  gsize bytes;                    /* their pixels */
  gsize limit;
  gint64 keep_shown_us;           /* over the budget, a tile shown (or filled)
                                   * this recently keeps its pixels */
} TileMode;

static void
tile_mode_clear (gpointer data)
{
  TileMode *mode = data;

  g_mutex_clear (&mode->lock);
}

static void
tile_mode_release (TileMode *mode)
{
  g_atomic_rc_box_release_full (mode, tile_mode_clear);
}

typedef struct
{
  GrBasemap *basemap;
  GrBasemapStyle style;
  TileMode *mode;
  ShumateTile *tile;
  guint x;
  guint y;
  guint zoom;
  int size;                       /* texture size, device pixels */
  int scale;
} FillData;

#define GR_TYPE_TILE_PAINTABLE (gr_tile_paintable_get_type ())
G_DECLARE_FINAL_TYPE (GrTilePaintable, gr_tile_paintable, GR, TILE_PAINTABLE, GObject)

struct _GrTilePaintable
{
  GObject parent_instance;

  /* The pixels, none when evicted: the drawn tile (device pixels) while it
   * is in view, for the cairo renderer; for GL renderers a texture, which
   * either shares the surface's pixels or is a GL copy that replaces the
   * surface; the same packed as runs. */
  cairo_surface_t *surface;
  GdkTexture *texture;
  GBytes *runs;
  gsize counted;                  /* bytes the budget counts for it */
  TileMode *mode;
  int size;                       /* logical size */

  /* What it takes to draw the tile again */
  GrBasemap *basemap;
  GrBasemapStyle style;
  guint x;
  guint y;
  guint zoom;
  int scale;

  GList link;                     /* in mode->kept while it has pixels */
  gint64 shown;                   /* monotonic time of the last snapshot or the fill */
};

static cairo_surface_t *draw_tile (GrBasemap      *basemap,
                                   GrBasemapStyle  style,
                                   guint           zoom,
                                   guint           x,
                                   guint           y,
                                   int             scale,
                                   int             size);

/* The pixels it holds, a GL copy among them (in main memory under a
 * software driver); a texture sharing the surface's adds nothing. */
static gsize
paintable_bytes (GrTilePaintable *self)
{
  gsize bytes = 0;

  if (self->surface != NULL)
    bytes += (gsize) cairo_image_surface_get_stride (self->surface)
             * cairo_image_surface_get_height (self->surface);
  if (self->texture != NULL && GDK_IS_GL_TEXTURE (self->texture))
    bytes += (gsize) gdk_texture_get_width (self->texture)
             * gdk_texture_get_height (self->texture) * 4;
  if (self->runs != NULL)
    bytes += g_bytes_get_size (self->runs);
  return bytes;
}

static GBytes *
pack_surface (cairo_surface_t *surface)
{
  cairo_surface_flush (surface);
  return gr_pixel_runs_pack (cairo_image_surface_get_data (surface),
                             cairo_image_surface_get_width (surface),
                             cairo_image_surface_get_height (surface),
                             cairo_image_surface_get_stride (surface));
}

static void
drop_pixels (GrTilePaintable *self)
{
  g_clear_object (&self->texture);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
  g_clear_pointer (&self->runs, g_bytes_unref);
}

/* Called with the lock held; not on @self, which is being kept. */
static void
evict_over_budget (TileMode        *mode,
                   GrTilePaintable *self,
                   gint64           now)
{
  GList *l = mode->kept.tail;

  while (l != NULL && mode->bytes > mode->limit)
    {
      GrTilePaintable *old = l->data;
      GList *prev = l->prev;

      if (old != self && now - old->shown >= mode->keep_shown_us)
        {
          mode->bytes -= old->counted;
          old->counted = 0;
          g_queue_unlink (&mode->kept, l);
          l->data = NULL;
          drop_pixels (old);
        }
      l = prev;
    }
}

/* Counts @self's pixels in the budget as they are now; the caller holds
 * the lock. */
static void
recount (GrTilePaintable *self)
{
  gsize bytes = paintable_bytes (self);

  self->mode->bytes = self->mode->bytes - self->counted + bytes;
  self->counted = bytes;
}

/* Counts @self's pixels in the budget as they are now and makes them the
 * last shown, then evicts others past the budget. */
static void
keep (GrTilePaintable *self)
{
  TileMode *mode = self->mode;
  gint64 now = g_get_monotonic_time ();

  self->shown = now;
  g_mutex_lock (&mode->lock);
  recount (self);
  if (self->link.data == NULL)
    self->link.data = self;
  else
    g_queue_unlink (&mode->kept, &self->link);
  g_queue_push_head_link (&mode->kept, &self->link);
  evict_over_budget (mode, self, now);
  g_mutex_unlock (&mode->lock);
}

/* Whether any of the tile falls inside the map's view (a pixel's margin).
 * A view reaching past the world's east or west edge may show tiles
 * again there, wrapped round: every tile counts as in view then. */
static gboolean
tile_in_view (GrTilePaintable *self,
              const GrMapView *view)
{
  double side = self->size * exp2 (view->zoom - self->zoom);
  double left = self->x * side, top = self->y * side;

  if (view->x < 0 || view->x + view->width > gr_mercator_world_size (view->zoom))
    return TRUE;

  return left < view->x + view->width + 1 && left + side > view->x - 1 &&
         top < view->y + view->height + 1 && top + side > view->y - 1;
}

/* Out of view: only the runs stay (a tile keeps them whenever it has no
 * surface, see ensure_texture()). */
static void
stow (GrTilePaintable *self)
{
  if (self->surface == NULL && self->texture == NULL)
    return;
  if (self->runs == NULL)
    self->runs = pack_surface (self->surface);
  g_clear_object (&self->texture);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
  g_mutex_lock (&self->mode->lock);
  if (self->link.data != NULL)
    recount (self);
  g_mutex_unlock (&self->mode->lock);
}

/* A @side px square surface of @runs' pixels, or NULL. */
static cairo_surface_t *
unpack_surface (GBytes *runs,
                int     side)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, side, side);

  cairo_surface_flush (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS ||
      !gr_pixel_runs_unpack (runs, cairo_image_surface_get_data (surface), side, side,
                             cairo_image_surface_get_stride (surface)))
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  cairo_surface_mark_dirty (surface);
  return surface;
}

/* The surface, from the runs or drawn again (stow() packs a tile drawn
 * again if it leaves the view). */
static void
ensure_surface (GrTilePaintable *self)
{
  int side = self->size * self->scale;

  if (self->surface != NULL)
    return;
  if (self->runs != NULL)
    self->surface = unpack_surface (self->runs, side);
  if (self->surface == NULL)
    self->surface = draw_tile (self->basemap, self->style, self->zoom, self->x, self->y,
                               self->scale, side);
}

/* The texture: a GL copy when the renderer's context is current, which
 * replaces the surface, else one sharing the surface's pixels. */
static void
ensure_texture (GrTilePaintable *self)
{
  if (self->texture != NULL)
    return;
  ensure_surface (self);
  self->texture = gr_gl_texture_upload (self->surface);
  if (self->texture == NULL)
    {
      self->texture = gr_texture_new_for_surface (self->surface);
      return;
    }
  if (self->runs == NULL)
    self->runs = pack_surface (self->surface);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
}

static void
gr_tile_paintable_snapshot (GdkPaintable *paintable,
                            GdkSnapshot  *snapshot,
                            double        width,
                            double        height)
{
  GrTilePaintable *self = GR_TILE_PAINTABLE (paintable);
  cairo_t *cr;

  /* Snapshots run on the main thread, as evictions do. */
  if (self->mode->has_view && !tile_in_view (self, &self->mode->view))
    {
      stow (self);
      return;
    }
  if (!g_atomic_int_get (&self->mode->paint_surfaces))
    {
      ensure_texture (self);
      keep (self);
      gdk_paintable_snapshot (GDK_PAINTABLE (self->texture), snapshot, width, height);
      return;
    }
  /* A GL copy has no use here. */
  if (self->texture != NULL && GDK_IS_GL_TEXTURE (self->texture))
    g_clear_object (&self->texture);
  ensure_surface (self);
  keep (self);

  /* What gsk_texture_node_draw does with the downloaded surface: scale it
   * to the bounds, padding the edges, with cairo's default filter.  At a
   * fractional zoom a tile's edges fall inside device pixels, which cairo
   * covers only in part, and two tiles' parts of one pixel let the window
   * show through: a hairline seam.  The node therefore reaches a pixel
   * past the tile on every side, with the edge texels padded out, so the
   * shared pixels are covered whole whichever tile is drawn last.  (GL
   * renderers draw a texture's edges without coverage: no seam.) */
  cr = gtk_snapshot_append_cairo (GTK_SNAPSHOT (snapshot),
                                  &GRAPHENE_RECT_INIT (-SEAM_OVERLAP, -SEAM_OVERLAP,
                                                       width + 2 * SEAM_OVERLAP,
                                                       height + 2 * SEAM_OVERLAP));
  cairo_scale (cr, width / cairo_image_surface_get_width (self->surface),
               height / cairo_image_surface_get_height (self->surface));
  cairo_set_source_surface (cr, self->surface, 0, 0);
  cairo_pattern_set_extend (cairo_get_source (cr), CAIRO_EXTEND_PAD);
  cairo_paint (cr);
  cairo_destroy (cr);
}

static int
gr_tile_paintable_get_intrinsic_size (GdkPaintable *paintable)
{
  return GR_TILE_PAINTABLE (paintable)->size;
}

static GdkPaintableFlags
gr_tile_paintable_get_flags (GdkPaintable *paintable)
{
  return GDK_PAINTABLE_STATIC_SIZE | GDK_PAINTABLE_STATIC_CONTENTS;
}

static void
gr_tile_paintable_iface_init (GdkPaintableInterface *iface)
{
  iface->snapshot = gr_tile_paintable_snapshot;
  iface->get_intrinsic_width = gr_tile_paintable_get_intrinsic_size;
  iface->get_intrinsic_height = gr_tile_paintable_get_intrinsic_size;
  iface->get_flags = gr_tile_paintable_get_flags;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (GrTilePaintable, gr_tile_paintable, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE,
                                                      gr_tile_paintable_iface_init))

static void
gr_tile_paintable_finalize (GObject *object)
{
  GrTilePaintable *self = GR_TILE_PAINTABLE (object);

  g_mutex_lock (&self->mode->lock);
  self->mode->bytes -= self->counted;
  if (self->link.data != NULL)
    g_queue_unlink (&self->mode->kept, &self->link);
  g_mutex_unlock (&self->mode->lock);
  drop_pixels (self);
  g_clear_pointer (&self->basemap, gr_basemap_unref);
  tile_mode_release (self->mode);

  G_OBJECT_CLASS (gr_tile_paintable_parent_class)->finalize (object);
}

static void
gr_tile_paintable_class_init (GrTilePaintableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gr_tile_paintable_finalize;
}

static void
gr_tile_paintable_init (GrTilePaintable *self)
{
}

/* Takes @surface, finished drawing, and packs it; safe in a worker
 * thread.  Counted in the budget once the fill completes (keep()). */
static GrTilePaintable *
gr_tile_paintable_new (cairo_surface_t *surface,
                       const FillData  *data)
{
  GrTilePaintable *self = g_object_new (GR_TYPE_TILE_PAINTABLE, NULL);

  self->runs = pack_surface (surface);
  self->surface = surface;
  self->size = data->size / data->scale;
  self->mode = g_atomic_rc_box_acquire (data->mode);
  self->basemap = gr_basemap_ref (data->basemap);
  self->style = data->style;
  self->x = data->x;
  self->y = data->y;
  self->zoom = data->zoom;
  self->scale = data->scale;
  return self;
}

struct _GrTileSource
{
  ShumateMapSource parent_instance;

  TileMode *mode;

  GrBasemap *basemap;
  GrBasemapStyle style;
  int scale_factor;
  GQueue waiting;                 /* outer GTasks asked for before the basemap */
  guint n_pending;
  guint n_filled;
};

G_DEFINE_FINAL_TYPE (GrTileSource, gr_tile_source, SHUMATE_TYPE_MAP_SOURCE)

enum {
  PROP_0,
  PROP_N_PENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


static void
fill_data_free (FillData *data)
{
  g_clear_pointer (&data->basemap, gr_basemap_unref);
  g_clear_pointer (&data->mode, tile_mode_release);
  g_clear_object (&data->tile);
  g_free (data);
}

static void
pending_done (GrTileSource *self)
{
  g_assert (self->n_pending > 0);
  self->n_pending--;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING]);
}

/* The tile's pixels, @size device pixels square; safe in any thread. */
static cairo_surface_t *
draw_tile (GrBasemap      *basemap,
           GrBasemapStyle  style,
           guint           zoom,
           guint           x,
           guint           y,
           int             scale,
           int             size)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *cr = cairo_create (surface);
  GrMapView view;
  /* The names go over the instruments, framed by the map's view: the
   * overlay layer draws them. */
  GrBasemapOptions options = { .style = style,
                               .layers = GR_BASEMAP_LAYER_ALL & ~(GR_BASEMAP_LAYER_LABELS |
                                                                  GR_BASEMAP_LAYER_PLACE_NAMES) };

  cairo_scale (cr, scale, scale);
  gr_map_view_init_tile (&view, zoom, x, y);
  gr_basemap_draw_full (basemap, cr, &view, &options);
  cairo_destroy (cr);
  return surface;
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  FillData *data = task_data;
  cairo_surface_t *surface;

  if (g_task_return_error_if_cancelled (task))
    return;

  surface = draw_tile (data->basemap, data->style, data->zoom, data->x, data->y, data->scale,
                       data->size);
  g_task_return_pointer (task, gr_tile_paintable_new (surface, data), g_object_unref);
}

static void
render_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GrTileSource *self = GR_TILE_SOURCE (object);
  g_autoptr(GTask) outer = user_data;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GError) error = NULL;
  FillData *data = g_task_get_task_data (outer);

  paintable = g_task_propagate_pointer (G_TASK (result), &error);
  pending_done (self);
  if (paintable == NULL)
    {
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  self->n_filled++;
  keep (GR_TILE_PAINTABLE (paintable));
  shumate_tile_set_paintable (data->tile, paintable);
  shumate_tile_set_state (data->tile, SHUMATE_STATE_DONE);
  g_task_return_boolean (outer, TRUE);
}

static void
start_render (GrTileSource *self,
              GTask        *outer)
{
  FillData *data = g_task_get_task_data (outer);
  g_autoptr(GTask) inner = NULL;

  data->basemap = gr_basemap_ref (self->basemap);
  data->mode = g_atomic_rc_box_acquire (self->mode);
  inner = g_task_new (self, g_task_get_cancellable (outer), render_done_cb, outer);
  g_task_set_source_tag (inner, start_render);
  g_task_set_task_data (inner, data, NULL);
  g_task_run_in_thread (inner, render_thread);
}

static void
gr_tile_source_fill_tile_async (ShumateMapSource    *source,
                                ShumateTile         *tile,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GrTileSource *self = GR_TILE_SOURCE (source);
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  FillData *data = g_new0 (FillData, 1);

  g_task_set_source_tag (task, gr_tile_source_fill_tile_async);
  data->tile = g_object_ref (tile);
  data->style = self->style;
  data->x = shumate_tile_get_x (tile);
  data->y = shumate_tile_get_y (tile);
  data->zoom = shumate_tile_get_zoom_level (tile);
  data->scale = self->scale_factor;
  data->size = shumate_tile_get_size (tile) * self->scale_factor;
  g_task_set_task_data (task, data, (GDestroyNotify) fill_data_free);

  self->n_pending++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING]);

  /* The caller's task is released by render_done_cb. */
  if (self->basemap == NULL)
    g_queue_push_tail (&self->waiting, task);
  else
    start_render (self, task);
}

static gboolean
gr_tile_source_fill_tile_finish (ShumateMapSource  *source,
                                 GAsyncResult      *result,
                                 GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
gr_tile_source_dispose (GObject *object)
{
  GrTileSource *self = GR_TILE_SOURCE (object);

  /* Waiting fills hold a reference on the source, so this only matters
   * when cancel_waiting was not called; it is here for safety. */
  gr_tile_source_cancel_waiting (self);
  g_clear_pointer (&self->basemap, gr_basemap_unref);

  G_OBJECT_CLASS (gr_tile_source_parent_class)->dispose (object);
}

static void
gr_tile_source_finalize (GObject *object)
{
  GrTileSource *self = GR_TILE_SOURCE (object);

  tile_mode_release (self->mode);

  G_OBJECT_CLASS (gr_tile_source_parent_class)->finalize (object);
}

static void
gr_tile_source_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  GrTileSource *self = GR_TILE_SOURCE (object);

  switch (prop_id)
    {
    case PROP_N_PENDING:
      g_value_set_uint (value, self->n_pending);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gr_tile_source_class_init (GrTileSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  object_class->dispose = gr_tile_source_dispose;
  object_class->finalize = gr_tile_source_finalize;
  object_class->get_property = gr_tile_source_get_property;
  source_class->fill_tile_async = gr_tile_source_fill_tile_async;
  source_class->fill_tile_finish = gr_tile_source_fill_tile_finish;

  properties[PROP_N_PENDING] =
    g_param_spec_uint ("n-pending", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gr_tile_source_init (GrTileSource *self)
{
  g_queue_init (&self->waiting);
  self->scale_factor = 1;
  self->mode = g_atomic_rc_box_new0 (TileMode);
  g_mutex_init (&self->mode->lock);
  self->mode->limit = GR_TILE_SOURCE_CACHE_LIMIT;
  self->mode->keep_shown_us = G_USEC_PER_SEC;
}

GrTileSource *
gr_tile_source_new (GrBasemap      *basemap,
                    GrBasemapStyle  style,
                    int             scale_factor)
{
  static const char * const style_names[] = { "", "-dark", "-hc" };
  g_autofree char *id = NULL;
  GrTileSource *self;

  scale_factor = CLAMP (scale_factor, 1, 4);
  style = CLAMP (style, GR_BASEMAP_STYLE_LIGHT, GR_BASEMAP_STYLE_HIGH_CONTRAST);
  /* libshumate caches tiles by source id: one id per look. */
  id = g_strdup_printf ("guarantor-offline%s@%d", style_names[style], scale_factor);

  /* "name" after "id": in libshumate 1.0 setting the id overwrites the name */
  self = g_object_new (GR_TYPE_TILE_SOURCE,
                       "id", id,
                       "name", _("Offline Map"),
                       "license", _("Map data: Natural Earth"),
                       "license-uri", "https://www.naturalearthdata.com/",
                       "min-zoom-level", GR_TILE_SOURCE_MIN_ZOOM,
                       "max-zoom-level", GR_TILE_SOURCE_MAX_ZOOM,
                       "tile-size", GR_TILE_SIZE,
                       "projection", SHUMATE_MAP_PROJECTION_MERCATOR,
                       NULL);
  self->style = style;
  self->scale_factor = scale_factor;
  if (basemap != NULL)
    gr_tile_source_set_basemap (self, basemap);
  return self;
}

void
gr_tile_source_set_basemap (GrTileSource *self,
                            GrBasemap    *basemap)
{
  GTask *task;

  g_return_if_fail (GR_IS_TILE_SOURCE (self));
  g_return_if_fail (basemap != NULL);
  g_return_if_fail (self->basemap == NULL);

  self->basemap = gr_basemap_ref (basemap);
  while ((task = g_queue_pop_head (&self->waiting)))
    start_render (self, task);
}

GrBasemap *
gr_tile_source_get_basemap (GrTileSource *self)
{
  g_return_val_if_fail (GR_IS_TILE_SOURCE (self), NULL);

  return self->basemap;
}

GrBasemapStyle
gr_tile_source_get_style (GrTileSource *self)
{
  g_return_val_if_fail (GR_IS_TILE_SOURCE (self), GR_BASEMAP_STYLE_LIGHT);

  return self->style;
}

int
gr_tile_source_get_scale_factor (GrTileSource *self)
{
  g_return_val_if_fail (GR_IS_TILE_SOURCE (self), 1);

  return self->scale_factor;
}

/* TRUE draws tiles as cairo nodes painting their surfaces (fast under the
 * cairo renderer), FALSE as texture nodes (uploaded once under GL).  Both
 * show the same pixels; the default is FALSE. */
void
gr_tile_source_set_paint_surfaces (GrTileSource *self,
                                   gboolean      paint_surfaces)
{
  g_return_if_fail (GR_IS_TILE_SOURCE (self));

  g_atomic_int_set (&self->mode->paint_surfaces, !!paint_surfaces);
}

/* What the map shows now, for the tiles outside it to keep only their
 * runs (see the top of this file); %NULL: not known, every tile keeps its
 * pixels as they are.  Main thread only, and before the map's tiles are
 * drawn for that view. */
void
gr_tile_source_set_view (GrTileSource    *self,
                         const GrMapView *view)
{
  g_return_if_fail (GR_IS_TILE_SOURCE (self));

  self->mode->has_view = view != NULL;
  if (view != NULL)
    self->mode->view = *view;
}

gboolean
gr_tile_source_get_paint_surfaces (GrTileSource *self)
{
  g_return_val_if_fail (GR_IS_TILE_SOURCE (self), FALSE);

  return g_atomic_int_get (&self->mode->paint_surfaces);
}

guint
gr_tile_source_get_n_pending (GrTileSource *self)
{
  g_return_val_if_fail (GR_IS_TILE_SOURCE (self), 0);

  return self->n_pending;
}

guint
gr_tile_source_get_n_filled (GrTileSource *self)
{
  g_return_val_if_fail (GR_IS_TILE_SOURCE (self), 0);

  return self->n_filled;
}

/* Completes, with an error, every fill waiting for a basemap: for when the
 * geodata could not be loaded and none will come. */
void
gr_tile_source_cancel_waiting (GrTileSource *self)
{
  GTask *task;

  g_return_if_fail (GR_IS_TILE_SOURCE (self));

  while ((task = g_queue_pop_head (&self->waiting)))
    {
      pending_done (self);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               "The map source has no map data");
      g_object_unref (task);
    }
}

/* The byte budget of the tiles' pixels, and how long a tile shown or
 * filled keeps its pixels over it (see the top of this file); takes
 * effect at the next fill or snapshot. */
void
gr_tile_source_set_cache_limit (GrTileSource *self,
                                gsize         bytes,
                                gint64        keep_shown_us)
{
  g_return_if_fail (GR_IS_TILE_SOURCE (self));

  g_mutex_lock (&self->mode->lock);
  self->mode->limit = bytes;
  self->mode->keep_shown_us = MAX (keep_shown_us, 0);
  g_mutex_unlock (&self->mode->lock);
}

/* Bytes of pixels its tiles hold now, evicted ones not counted. */
gsize
gr_tile_source_get_cache_bytes (GrTileSource *self)
{
  gsize bytes;

  g_return_val_if_fail (GR_IS_TILE_SOURCE (self), 0);

  g_mutex_lock (&self->mode->lock);
  bytes = self->mode->bytes;
  g_mutex_unlock (&self->mode->lock);
  return bytes;
}
