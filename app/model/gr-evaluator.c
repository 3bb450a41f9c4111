/* gr-evaluator.c — evaluating a scenario, with a cache of battery footprints
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expensive steps of an evaluation are finding the grid cells inside
 * each battery's rings and sampling each patrol zone.  A footprint depends
 * on nothing but (position, radius), a zone's geometry on nothing but its
 * polygon and base, so the evaluator keeps those of the previous
 * evaluation: when one battery is dragged, only its rings are recomputed.
 * Everything else is recomputed every time, so the result is the same as a
 * fresh evaluation's by construction.
 */

#include "config.h"

#include "gr-metrics-private.h"

#include <string.h>

typedef struct
{
  double lon;
  double lat;
  double radius_km;
} FootprintKey;

/* Cache entries start with the generation of the evaluation that last
 * used them. */
typedef struct
{
  guint64 generation;
  FootprintKey key;
  GArray *cells;
} Footprint;

typedef struct
{
  guint64 generation;
  FootprintKey key;            /* the centre, radius 0 */
  guint64 first;               /* the evaluation that first asked there */
  GrCellRing *ring;            /* NULL until asked again */
} Ring;

typedef struct
{
  guint64 generation;
  GrZoneGeometry geometry;
} ZoneEntry;

struct _GrEvaluator
{
  GrModel *model;
  GHashTable *footprints;      /* FootprintKey → Footprint */
  GHashTable *rings;           /* FootprintKey with radius 0 → Ring */
  GHashTable *zones;           /* GBytes (polygon, base) → ZoneEntry */
  guint64 generation;
};

static guint
footprint_key_hash (gconstpointer data)
{
  const FootprintKey *key = data;
  guint64 bits[3];
  guint h = 5381;

  memcpy (&bits[0], &key->lon, sizeof (double));
  memcpy (&bits[1], &key->lat, sizeof (double));
  memcpy (&bits[2], &key->radius_km, sizeof (double));
  for (int i = 0; i < 3; i++)
    h = h * 33 ^ (guint) (bits[i] ^ (bits[i] >> 32));
  return h;
}

static gboolean
footprint_key_equal (gconstpointer a,
                     gconstpointer b)
{
  const FootprintKey *x = a, *y = b;

  return x->lon == y->lon && x->lat == y->lat && x->radius_km == y->radius_km;
}

static void
ring_free (gpointer data)
{
  Ring *ring = data;

  gr_cell_ring_free (ring->ring);
  g_free (ring);
}

static void
zone_entry_free (gpointer data)
{
  ZoneEntry *entry = data;

  gr_zone_geometry_clear (&entry->geometry);
  g_free (entry);
}

static void
footprint_free (gpointer data)
{
  Footprint *fp = data;

  g_array_unref (fp->cells);
  g_free (fp);
}

GrEvaluator *
gr_evaluator_new (GrModel *model)
{
  GrEvaluator *self;

  g_return_val_if_fail (model != NULL, NULL);

  self = g_new0 (GrEvaluator, 1);
  self->model = gr_model_ref (model);
  self->footprints = g_hash_table_new_full (footprint_key_hash, footprint_key_equal,
                                            NULL, footprint_free);
  self->rings = g_hash_table_new_full (footprint_key_hash, footprint_key_equal, NULL, ring_free);
  self->zones = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                       (GDestroyNotify) g_bytes_unref, zone_entry_free);
  return self;
}

void
gr_evaluator_free (GrEvaluator *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->footprints);
  g_hash_table_unref (self->rings);
  g_hash_table_unref (self->zones);
  gr_model_unref (self->model);
  g_free (self);
}

/* Headroom of a ring over the largest radius asked: Monte Carlo's next
 * sample may ask a little further. */
#define RING_HEADROOM 1.25

/* The footprint from the ring at @centre, which is made or remade when it
 * does not hold it.  A centre seen for the first time (a fresh evaluator,
 * a battery dragged) has its footprint searched directly: a ring pays
 * when the centre comes back with other radii. */
static GArray *
footprint_new (GrEvaluator *self,
               GrLonLat     centre,
               double       radius_km,
               double       max_radius_km)
{
  FootprintKey key = { centre.lon, centre.lat, 0 };
  double ring_km = MAX (radius_km, max_radius_km) * RING_HEADROOM;
  Ring *ring = g_hash_table_lookup (self->rings, &key);
  GArray *cells;

  if (ring == NULL)
    {
      ring = g_new0 (Ring, 1);
      ring->key = key;
      ring->first = self->generation;
      g_hash_table_insert (self->rings, &ring->key, ring);
    }
  ring->generation = self->generation;
  /* Up to half the globe, where a larger radius still holds more. */
  if (ring->first == self->generation || !(radius_km > 0)
      || !(ring_km <= G_PI * GR_EARTH_RADIUS_KM))
    return gr_model_footprint (self->model, centre, radius_km);

  cells = g_array_new (FALSE, FALSE, sizeof (guint));
  if (ring->ring != NULL
      && gr_model_footprint_from_ring (self->model, ring->ring, radius_km, cells))
    return cells;
  gr_cell_ring_free (ring->ring);
  ring->ring = gr_model_cell_ring_new (self->model, centre, ring_km);
  if (!gr_model_footprint_from_ring (self->model, ring->ring, radius_km, cells))
    g_return_val_if_reached (cells);
  return cells;
}

const GArray *
gr_evaluator_footprint (GrEvaluator *self,
                        GrLonLat     centre,
                        double       radius_km,
                        double       max_radius_km)
{
  FootprintKey key = { centre.lon, centre.lat, radius_km };
  Footprint *fp = g_hash_table_lookup (self->footprints, &key);

  if (fp == NULL)
    {
      fp = g_new0 (Footprint, 1);
      fp->key = key;
      fp->cells = footprint_new (self, centre, radius_km, max_radius_km);
      g_hash_table_insert (self->footprints, &fp->key, fp);
    }
  else
    {
      /* The ring stays for the next radius asked here. */
      FootprintKey ring_key = { centre.lon, centre.lat, 0 };
      Ring *ring = g_hash_table_lookup (self->rings, &ring_key);

      if (ring != NULL)
        ring->generation = self->generation;
    }
  fp->generation = self->generation;
  return fp->cells;
}

const GrZoneGeometry *
gr_evaluator_zone_geometry (GrEvaluator  *self,
                            const GArray *polygon,
                            GrLonLat      base)
{
  gsize poly_size = (gsize) polygon->len * sizeof (GrLonLat);
  gsize size = poly_size + sizeof (GrLonLat);
  guint8 *blob = g_malloc (size);
  g_autoptr(GBytes) key = NULL;
  ZoneEntry *entry;

  /* The key is the exact bytes of everything the geometry depends on. */
  if (poly_size > 0)
    memcpy (blob, polygon->data, poly_size);
  memcpy (blob + poly_size, &base, sizeof (GrLonLat));
  key = g_bytes_new_take (blob, size);

  entry = g_hash_table_lookup (self->zones, key);
  if (entry == NULL)
    {
      entry = g_new0 (ZoneEntry, 1);
      gr_zone_geometry_compute (polygon, base, &entry->geometry);
      g_hash_table_insert (self->zones, g_bytes_ref (key), entry);
    }
  else
    gr_zone_geometry_sort (&entry->geometry);
  entry->generation = self->generation;
  return &entry->geometry;
}

static gboolean
entry_is_stale (gpointer key,
                gpointer value,
                gpointer user_data)
{
  const guint64 *entry_generation = value;
  const guint64 *generation = user_data;

  return *entry_generation != *generation;
}

GrMetrics *
gr_evaluator_evaluate (GrEvaluator      *self,
                       const GrScenario *scenario)
{
  GrMetrics *m;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (scenario != NULL, NULL);

  self->generation++;
  m = g_new0 (GrMetrics, 1);
  m->warnings = g_array_new (FALSE, TRUE, sizeof (GrMetricsWarning));
  m->scenario = g_strdup (scenario->name != NULL ? scenario->name : "");
  gr_metrics_eval_air_patrol (self, scenario, &m->air_patrol);
  gr_metrics_eval_air_defense (self, self->model, scenario, &m->air_patrol, &m->air_defense);
  gr_metrics_eval_force (self->model, scenario, &m->force);
  gr_metrics_eval_maritime (scenario, &m->maritime);
  gr_metrics_eval_funding (scenario, &m->funding);
  gr_metrics_eval_danish (scenario, &m->danish);
  gr_metrics_eval_readiness (scenario, &m->readiness);
  gr_metrics_eval_industry (scenario, &m->industry);
  gr_metrics_eval_guarantees (scenario, &m->guarantees);
  gr_metrics_eval_index (self->model, scenario, m);
  gr_metrics_eval_warnings (self->model, scenario, m);

  /* Keep only what this evaluation used: a dragged battery leaves no trail. */
  g_hash_table_foreach_remove (self->footprints, entry_is_stale, &self->generation);
  g_hash_table_foreach_remove (self->rings, entry_is_stale, &self->generation);
  g_hash_table_foreach_remove (self->zones, entry_is_stale, &self->generation);
  return m;
}

GrMetrics *
gr_model_evaluate (GrModel          *model,
                   const GrScenario *scenario)
{
  g_autoptr(GrEvaluator) evaluator = NULL;

  g_return_val_if_fail (model != NULL, NULL);
  g_return_val_if_fail (scenario != NULL, NULL);

  evaluator = gr_evaluator_new (model);
  return gr_evaluator_evaluate (evaluator, scenario);
}

static int
cmp_string_ptr (gconstpointer a,
                gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

char **
gr_metrics_distinct_strings (GPtrArray *strings)
{
  GPtrArray *out = g_ptr_array_new ();

  g_ptr_array_sort (strings, cmp_string_ptr);
  for (guint i = 0; i < strings->len; i++)
    {
      const char *s = g_ptr_array_index (strings, i);

      if (s == NULL || *s == '\0')
        continue;
      if (out->len > 0 && g_strcmp0 (g_ptr_array_index (out, out->len - 1), s) == 0)
        continue;
      g_ptr_array_add (out, g_strdup (s));
    }
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

static void
clear_array (GArray          **array,
             GDestroyNotify    clear_element)
{
  if (*array == NULL)
    return;
  for (guint i = 0; clear_element != NULL && i < (*array)->len; i++)
    clear_element ((*array)->data + i * g_array_get_element_size (*array));
  g_clear_pointer (array, g_array_unref);
}

static void
battery_clear (gpointer data)
{
  GrBatteryMetrics *b = data;

  g_free (b->id);
  g_free (b->system);
}

static void
system_clear (gpointer data)
{
  g_free (((GrSystemMetrics *) data)->id);
}

static void
zone_clear (gpointer data)
{
  g_free (((GrPatrolZoneMetrics *) data)->id);
}

static void
warning_clear (gpointer data)
{
  GrMetricsWarning *w = data;

  g_free (w->path);
  g_free (w->message);
}

void
gr_metrics_warn (GrMetrics  *metrics,
                 const char *path,
                 const char *format,
                 ...)
{
  GrMetricsWarning w;
  va_list args;

  if (metrics->warnings == NULL)
    metrics->warnings = g_array_new (FALSE, TRUE, sizeof (GrMetricsWarning));
  va_start (args, format);
  w.path = g_strdup (path);
  w.message = g_strdup_vprintf (format, args);
  va_end (args);
  g_array_append_val (metrics->warnings, w);
}

static void
route_clear (gpointer data)
{
  GrRouteMetrics *r = data;

  g_free (r->id);
  g_clear_pointer (&r->segments, g_array_unref);
}

/* A copy of @array (may be NULL) whose elements' strings @dup_element
 * duplicates in place. */
static GArray *
copy_array (const GArray *array,
            void        (*dup_element) (gpointer element))
{
  GArray *copy;
  guint size;

  if (array == NULL)
    return NULL;
  size = g_array_get_element_size ((GArray *) array);
  copy = g_array_sized_new (FALSE, TRUE, size, array->len);
  g_array_append_vals (copy, array->data, array->len);
  for (guint i = 0; dup_element != NULL && i < copy->len; i++)
    dup_element (copy->data + i * size);
  return copy;
}

static void
battery_dup (gpointer data)
{
  GrBatteryMetrics *b = data;

  b->id = g_strdup (b->id);
  b->system = g_strdup (b->system);
}

static void
system_dup (gpointer data)
{
  GrSystemMetrics *s = data;

  s->id = g_strdup (s->id);
}

static void
zone_dup (gpointer data)
{
  GrPatrolZoneMetrics *z = data;

  z->id = g_strdup (z->id);
}

static void
route_dup (gpointer data)
{
  GrRouteMetrics *r = data;

  r->id = g_strdup (r->id);
  r->segments = copy_array (r->segments, NULL);
}

static void
warning_dup (gpointer data)
{
  GrMetricsWarning *w = data;

  w->path = g_strdup (w->path);
  w->message = g_strdup (w->message);
}

/**
 * gr_metrics_copy:
 * @m: metrics
 *
 * Returns: (transfer full): a deep copy, freed with gr_metrics_free()
 */
GrMetrics *
gr_metrics_copy (const GrMetrics *m)
{
  GrMetrics *copy;

  g_return_val_if_fail (m != NULL, NULL);

  copy = g_memdup2 (m, sizeof *m);
  copy->scenario = g_strdup (m->scenario);
  copy->air_defense.batteries = copy_array (m->air_defense.batteries, battery_dup);
  copy->air_defense.systems = copy_array (m->air_defense.systems, system_dup);
  copy->air_patrol.zones = copy_array (m->air_patrol.zones, zone_dup);
  copy->force.nations = g_strdupv (m->force.nations);
  /* one per border region, at least one (gr-metrics-force.c) */
  if (m->force.region_reached != NULL)
    copy->force.region_reached = g_memdup2 (m->force.region_reached,
                                            sizeof (gboolean)
                                            * MAX (m->force.border_regions_total, 1));
  copy->maritime.routes = copy_array (m->maritime.routes, route_dup);
  copy->maritime.partners = g_strdupv (m->maritime.partners);
  copy->funding.years = copy_array (m->funding.years, NULL);
  copy->danish.years = copy_array (m->danish.years, NULL);
  copy->readiness.by_year = copy_array (m->readiness.by_year, NULL);
  copy->warnings = copy_array (m->warnings, warning_dup);
  return copy;
}

void
gr_metrics_free (GrMetrics *m)
{
  if (m == NULL)
    return;
  g_free (m->scenario);
  clear_array (&m->air_defense.batteries, battery_clear);
  clear_array (&m->air_defense.systems, system_clear);
  clear_array (&m->air_patrol.zones, zone_clear);
  g_strfreev (m->force.nations);
  g_free (m->force.region_reached);
  clear_array (&m->maritime.routes, route_clear);
  g_strfreev (m->maritime.partners);
  clear_array (&m->funding.years, NULL);
  clear_array (&m->danish.years, NULL);
  clear_array (&m->readiness.by_year, NULL);
  clear_array (&m->warnings, warning_clear);
  g_free (m);
}

G_DEFINE_BOXED_TYPE (GrMetrics, gr_metrics, gr_metrics_copy, gr_metrics_free)
