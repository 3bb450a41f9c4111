/* gr-scenario.c — the scenario value type: defaults, deep copy, equality
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-scenario.h"

#include <math.h>
#include <string.h>

/* ---- quantities -------------------------------------------------------- */

void
gr_quantity_init (GrQuantity *quantity,
                  double      value)
{
  g_return_if_fail (quantity != NULL);

  quantity->value = value;
  quantity->low = NAN;
  quantity->high = NAN;
  quantity->source = NULL;
}

void
gr_quantity_set (GrQuantity *quantity,
                 double      value,
                 double      low,
                 double      high,
                 const char *source)
{
  char *copy;

  g_return_if_fail (quantity != NULL);

  /* Copy first: source may point into quantity->source itself. */
  copy = g_strdup (source);
  g_free (quantity->source);
  quantity->value = value;
  quantity->low = low;
  quantity->high = high;
  quantity->source = copy;
}

void
gr_quantity_copy (GrQuantity       *dest,
                  const GrQuantity *src)
{
  g_return_if_fail (dest != NULL && src != NULL);

  *dest = *src;
  dest->source = g_strdup (src->source);
}

void
gr_quantity_clear (GrQuantity *quantity)
{
  g_clear_pointer (&quantity->source, g_free);
}

/* Exact comparison, but two NANs are equal: an absent range equals an
 * absent range. */
static gboolean
double_equal (double a,
              double b)
{
  if (isnan (a) || isnan (b))
    return isnan (a) && isnan (b);
  return a == b;
}

static gboolean
lonlat_equal (const GrLonLat *a,
              const GrLonLat *b)
{
  return double_equal (a->lon, b->lon) && double_equal (a->lat, b->lat);
}

gboolean
gr_quantity_equal (const GrQuantity *a,
                   const GrQuantity *b)
{
  return double_equal (a->value, b->value)
         && double_equal (a->low, b->low)
         && double_equal (a->high, b->high)
         && g_strcmp0 (a->source, b->source) == 0;
}

gboolean
gr_quantity_has_range (const GrQuantity *quantity)
{
  return !isnan (quantity->low) && !isnan (quantity->high);
}

void
gr_range_copy (GrRange       *dest,
               const GrRange *src)
{
  g_return_if_fail (dest != NULL && src != NULL);

  *dest = *src;
  dest->source = g_strdup (src->source);
}

void
gr_range_clear (GrRange *range)
{
  g_clear_pointer (&range->source, g_free);
}

gboolean
gr_range_equal (const GrRange *a,
                const GrRange *b)
{
  GrQuantity qa = gr_quantity_view (0, a), qb = gr_quantity_view (0, b);

  return gr_quantity_equal (&qa, &qb);
}

GrQuantity
gr_quantity_view (double         value,
                  const GrRange *range)
{
  GrQuantity q = { value, NAN, NAN, range->source };

  if (range->ranged)
    {
      q.low = range->low;
      q.high = range->high;
    }
  return q;
}

double
gr_range_take (GrRange    *range,
               GrQuantity *quantity)
{
  g_free (range->source);
  range->source = g_steal_pointer (&quantity->source);
  /* A half range (low without high) is kept for the check to report. */
  range->ranged = !isnan (quantity->low) || !isnan (quantity->high);
  range->low = quantity->low;
  range->high = quantity->high;
  return quantity->value;
}

/* Structs made only of quantities are walked as arrays of them. */
#define N_QUANTITIES(type) (sizeof (type) / sizeof (GrQuantity))
G_STATIC_ASSERT (sizeof (GrIndustry) == 8 * sizeof (GrQuantity));
G_STATIC_ASSERT (sizeof (GrAircraft) == 8 * sizeof (GrQuantity));

static void
quantities_clear (GrQuantity *q,
                  gsize       n)
{
  for (gsize i = 0; i < n; i++)
    gr_quantity_clear (&q[i]);
}

static void
quantities_copy (GrQuantity       *dest,
                 const GrQuantity *src,
                 gsize             n)
{
  for (gsize i = 0; i < n; i++)
    gr_quantity_copy (&dest[i], &src[i]);
}

static gboolean
quantities_equal (const GrQuantity *a,
                  const GrQuantity *b,
                  gsize             n)
{
  for (gsize i = 0; i < n; i++)
    if (!gr_quantity_equal (&a[i], &b[i]))
      return FALSE;
  return TRUE;
}

/* ---- array elements: clear, copy, equal -------------------------------- */

static void
guarantor_clear (gpointer data)
{
  GrGuarantor *g = data;

  g_clear_pointer (&g->state, g_free);
  gr_quantity_clear (&g->response_days);
}

static void
guarantor_copy (GrGuarantor       *dest,
                const GrGuarantor *src)
{
  *dest = *src;
  dest->state = g_strdup (src->state);
  gr_quantity_copy (&dest->response_days, &src->response_days);
}

static gboolean
guarantor_equal (const GrGuarantor *a,
                 const GrGuarantor *b)
{
  return g_strcmp0 (a->state, b->state) == 0
         && a->commitment == b->commitment
         && gr_quantity_equal (&a->response_days, &b->response_days);
}

static void
need_clear (gpointer data)
{
  gr_quantity_clear (&((GrFundingNeed *) data)->busd);
}

static void
need_copy (GrFundingNeed       *dest,
           const GrFundingNeed *src)
{
  *dest = *src;
  gr_quantity_copy (&dest->busd, &src->busd);
}

static gboolean
need_equal (const GrFundingNeed *a,
            const GrFundingNeed *b)
{
  return a->year == b->year && gr_quantity_equal (&a->busd, &b->busd);
}

static void
pledge_clear (gpointer data)
{
  GrPledge *p = data;

  g_clear_pointer (&p->donor, g_free);
  gr_quantity_clear (&p->busd);
}

static void
pledge_copy (GrPledge       *dest,
             const GrPledge *src)
{
  *dest = *src;
  dest->donor = g_strdup (src->donor);
  gr_quantity_copy (&dest->busd, &src->busd);
}

static gboolean
pledge_equal (const GrPledge *a,
              const GrPledge *b)
{
  return g_strcmp0 (a->donor, b->donor) == 0
         && a->year == b->year
         && a->kind == b->kind
         && a->channel == b->channel
         && gr_quantity_equal (&a->busd, &b->busd);
}

static void
deployment_clear (gpointer data)
{
  GrDeployment *d = data;

  g_clear_pointer (&d->id, g_free);
  g_clear_pointer (&d->name, g_free);
  g_clear_pointer (&d->name_uk, g_free);
  g_clear_pointer (&d->nation, g_free);
  gr_range_clear (&d->troops_range);
}

static void
deployment_copy (GrDeployment       *dest,
                 const GrDeployment *src)
{
  *dest = *src;
  dest->id = g_strdup (src->id);
  dest->name = g_strdup (src->name);
  dest->name_uk = g_strdup (src->name_uk);
  dest->nation = g_strdup (src->nation);
  gr_range_copy (&dest->troops_range, &src->troops_range);
}

static gboolean
deployment_equal (const GrDeployment *a,
                  const GrDeployment *b)
{
  return g_strcmp0 (a->id, b->id) == 0
         && g_strcmp0 (a->name, b->name) == 0
         && g_strcmp0 (a->name_uk, b->name_uk) == 0
         && lonlat_equal (&a->position, &b->position)
         && double_equal (a->troops, b->troops)
         && gr_range_equal (&a->troops_range, &b->troops_range)
         && a->role == b->role
         && g_strcmp0 (a->nation, b->nation) == 0;
}

static void
contribution_clear (gpointer data)
{
  GrDanishContribution *c = data;

  g_clear_pointer (&c->donor, g_free);
  gr_quantity_clear (&c->meur);
  gr_quantity_clear (&c->military_share);
}

static void
contribution_copy (GrDanishContribution       *dest,
                   const GrDanishContribution *src)
{
  *dest = *src;
  dest->donor = g_strdup (src->donor);
  gr_quantity_copy (&dest->meur, &src->meur);
  gr_quantity_copy (&dest->military_share, &src->military_share);
}

static gboolean
contribution_equal (const GrDanishContribution *a,
                    const GrDanishContribution *b)
{
  return g_strcmp0 (a->donor, b->donor) == 0
         && a->year == b->year
         && gr_quantity_equal (&a->meur, &b->meur)
         && gr_quantity_equal (&a->military_share, &b->military_share);
}

/* The quantities of a system, in declaration order, for walking. */
static GrQuantity *
system_quantities (const GrAirDefenseSystem *s,
                   gsize                    *n)
{
  *n = (sizeof (GrAirDefenseSystem) - G_STRUCT_OFFSET (GrAirDefenseSystem, range_km))
       / sizeof (GrQuantity);
  return (GrQuantity *) &s->range_km;
}

G_STATIC_ASSERT ((sizeof (GrAirDefenseSystem) - G_STRUCT_OFFSET (GrAirDefenseSystem, range_km))
                 == (7 + GR_N_THREATS) * sizeof (GrQuantity));

static void
system_clear (gpointer data)
{
  GrAirDefenseSystem *s = data;
  GrQuantity *q;
  gsize n = 0;

  g_clear_pointer (&s->id, g_free);
  g_clear_pointer (&s->name, g_free);
  g_clear_pointer (&s->name_uk, g_free);
  q = system_quantities (s, &n);
  quantities_clear (q, n);
}

static void
system_copy (GrAirDefenseSystem       *dest,
             const GrAirDefenseSystem *src)
{
  const GrQuantity *from;
  GrQuantity *to;
  gsize n = 0;

  *dest = *src;
  dest->id = g_strdup (src->id);
  dest->name = g_strdup (src->name);
  dest->name_uk = g_strdup (src->name_uk);
  from = system_quantities (src, &n);
  to = system_quantities (dest, &n);
  quantities_copy (to, from, n);
}

static gboolean
system_equal (const GrAirDefenseSystem *a,
              const GrAirDefenseSystem *b)
{
  gsize n = 0;
  const GrQuantity *qa = system_quantities (a, &n);
  const GrQuantity *qb = system_quantities (b, &n);

  return g_strcmp0 (a->id, b->id) == 0
         && g_strcmp0 (a->name, b->name) == 0
         && g_strcmp0 (a->name_uk, b->name_uk) == 0
         && quantities_equal (qa, qb, n);
}

static void
battery_clear (gpointer data)
{
  GrBattery *b = data;

  g_clear_pointer (&b->id, g_free);
  g_clear_pointer (&b->system, g_free);
}

static void
battery_copy (GrBattery       *dest,
              const GrBattery *src)
{
  *dest = *src;
  dest->id = g_strdup (src->id);
  dest->system = g_strdup (src->system);
}

static gboolean
battery_equal (const GrBattery *a,
               const GrBattery *b)
{
  return g_strcmp0 (a->id, b->id) == 0
         && g_strcmp0 (a->system, b->system) == 0
         && lonlat_equal (&a->position, &b->position);
}

static GArray *
lonlat_array_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (GrLonLat));
}

static gboolean
lonlat_array_equal (const GArray *a,
                    const GArray *b)
{
  /* NULL, as in an element built by hand, is an empty list. */
  if (a == NULL || b == NULL)
    return (a ? a->len : 0) == (b ? b->len : 0);
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!lonlat_equal (&g_array_index (a, GrLonLat, i), &g_array_index (b, GrLonLat, i)))
      return FALSE;
  return TRUE;
}

static GArray *
lonlat_array_copy (const GArray *src)
{
  GArray *dest = lonlat_array_new ();

  g_array_append_vals (dest, src->data, src->len);
  return dest;
}

static void
zone_clear (gpointer data)
{
  GrPatrolZone *z = data;

  g_clear_pointer (&z->id, g_free);
  g_clear_pointer (&z->name, g_free);
  g_clear_pointer (&z->name_uk, g_free);
  g_clear_pointer (&z->polygon, g_array_unref);
  gr_range_clear (&z->stations_range);
  gr_range_clear (&z->aircraft_assigned_range);
}

static void
zone_copy (GrPatrolZone       *dest,
           const GrPatrolZone *src)
{
  *dest = *src;
  dest->id = g_strdup (src->id);
  dest->name = g_strdup (src->name);
  dest->name_uk = g_strdup (src->name_uk);
  dest->polygon = src->polygon ? lonlat_array_copy (src->polygon) : lonlat_array_new ();
  gr_range_copy (&dest->stations_range, &src->stations_range);
  gr_range_copy (&dest->aircraft_assigned_range, &src->aircraft_assigned_range);
}

static gboolean
zone_equal (const GrPatrolZone *a,
            const GrPatrolZone *b)
{
  return g_strcmp0 (a->id, b->id) == 0
         && g_strcmp0 (a->name, b->name) == 0
         && g_strcmp0 (a->name_uk, b->name_uk) == 0
         && lonlat_array_equal (a->polygon, b->polygon)
         && a->stations == b->stations
         && a->aircraft_assigned == b->aircraft_assigned
         && gr_range_equal (&a->stations_range, &b->stations_range)
         && gr_range_equal (&a->aircraft_assigned_range, &b->aircraft_assigned_range)
         && lonlat_equal (&a->base, &b->base);
}

static void
route_clear (gpointer data)
{
  GrRoute *r = data;

  g_clear_pointer (&r->id, g_free);
  g_clear_pointer (&r->name, g_free);
  g_clear_pointer (&r->name_uk, g_free);
  g_clear_pointer (&r->path, g_array_unref);
  gr_quantity_clear (&r->ships_per_month);
}

static void
route_copy (GrRoute       *dest,
            const GrRoute *src)
{
  *dest = *src;
  dest->id = g_strdup (src->id);
  dest->name = g_strdup (src->name);
  dest->name_uk = g_strdup (src->name_uk);
  dest->path = src->path ? lonlat_array_copy (src->path) : lonlat_array_new ();
  gr_quantity_copy (&dest->ships_per_month, &src->ships_per_month);
}

static gboolean
route_equal (const GrRoute *a,
             const GrRoute *b)
{
  return g_strcmp0 (a->id, b->id) == 0
         && g_strcmp0 (a->name, b->name) == 0
         && g_strcmp0 (a->name_uk, b->name_uk) == 0
         && lonlat_array_equal (a->path, b->path)
         && gr_quantity_equal (&a->ships_per_month, &b->ships_per_month);
}

static void
patrol_clear (gpointer data)
{
  GrMaritimePatrol *p = data;

  g_clear_pointer (&p->id, g_free);
  g_clear_pointer (&p->name, g_free);
  g_clear_pointer (&p->name_uk, g_free);
  g_clear_pointer (&p->partner, g_free);
  gr_quantity_clear (&p->radius_km);
}

static void
patrol_copy (GrMaritimePatrol       *dest,
             const GrMaritimePatrol *src)
{
  *dest = *src;
  dest->id = g_strdup (src->id);
  dest->name = g_strdup (src->name);
  dest->name_uk = g_strdup (src->name_uk);
  dest->partner = g_strdup (src->partner);
  gr_quantity_copy (&dest->radius_km, &src->radius_km);
}

static gboolean
patrol_equal (const GrMaritimePatrol *a,
              const GrMaritimePatrol *b)
{
  return g_strcmp0 (a->id, b->id) == 0
         && g_strcmp0 (a->name, b->name) == 0
         && g_strcmp0 (a->name_uk, b->name_uk) == 0
         && g_strcmp0 (a->partner, b->partner) == 0
         && lonlat_equal (&a->position, &b->position)
         && gr_quantity_equal (&a->radius_km, &b->radius_km);
}

void
gr_source_clear (gpointer data)
{
  GrSource *s = data;

  g_clear_pointer (&s->id, g_free);
  g_clear_pointer (&s->title, g_free);
  g_clear_pointer (&s->url, g_free);
  g_clear_pointer (&s->date, g_free);
}

static void
source_copy (GrSource       *dest,
             const GrSource *src)
{
  dest->id = g_strdup (src->id);
  dest->title = g_strdup (src->title);
  dest->url = g_strdup (src->url);
  dest->date = g_strdup (src->date);
}

static gboolean
source_equal (const GrSource *a,
              const GrSource *b)
{
  return g_strcmp0 (a->id, b->id) == 0
         && g_strcmp0 (a->title, b->title) == 0
         && g_strcmp0 (a->url, b->url) == 0
         && g_strcmp0 (a->date, b->date) == 0;
}

/* ---- arrays of elements ------------------------------------------------ */

typedef void     (*CopyFunc)  (gpointer dest, gconstpointer src);
typedef gboolean (*EqualFunc) (gconstpointer a, gconstpointer b);

static GArray *
element_array_new (gsize          element_size,
                   GDestroyNotify clear)
{
  GArray *array = g_array_new (FALSE, TRUE, element_size);

  g_array_set_clear_func (array, clear);
  return array;
}

static GArray *
element_array_copy (const GArray   *src,
                    gsize           element_size,
                    GDestroyNotify  clear,
                    CopyFunc        copy)
{
  GArray *dest = element_array_new (element_size, clear);

  g_array_set_size (dest, src->len);
  for (guint i = 0; i < src->len; i++)
    copy (dest->data + i * element_size, src->data + i * element_size);
  return dest;
}

static gboolean
element_array_equal (const GArray *a,
                     const GArray *b,
                     gsize         element_size,
                     EqualFunc     equal)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!equal (a->data + i * element_size, b->data + i * element_size))
      return FALSE;
  return TRUE;
}

/* One row per GArray member of GrScenario: where it is and how to treat
 * its elements, so new, copy, equal and free cannot forget one. */
typedef struct
{
  gsize offset;
  gsize element_size;
  GDestroyNotify clear;
  CopyFunc copy;
  EqualFunc equal;
} ArrayMember;

#define ARRAY_MEMBER(member, type, prefix) \
  { G_STRUCT_OFFSET (GrScenario, member), sizeof (type), prefix##_clear, \
    (CopyFunc) prefix##_copy, (EqualFunc) prefix##_equal }

static const ArrayMember array_members[] = {
  ARRAY_MEMBER (guarantors, GrGuarantor, guarantor),
  ARRAY_MEMBER (needs, GrFundingNeed, need),
  ARRAY_MEMBER (pledges, GrPledge, pledge),
  ARRAY_MEMBER (force.deployments, GrDeployment, deployment),
  ARRAY_MEMBER (danish.contributions, GrDanishContribution, contribution),
  ARRAY_MEMBER (air_defense.systems, GrAirDefenseSystem, system),
  ARRAY_MEMBER (air_defense.batteries, GrBattery, battery),
  ARRAY_MEMBER (air_patrol.zones, GrPatrolZone, zone),
  ARRAY_MEMBER (maritime.routes, GrRoute, route),
  ARRAY_MEMBER (maritime.patrols, GrMaritimePatrol, patrol),
  { G_STRUCT_OFFSET (GrScenario, sources), sizeof (GrSource), gr_source_clear,
    (CopyFunc) source_copy, (EqualFunc) source_equal },
};

#define ARRAY_AT(scenario, member) \
  (*(GArray **) G_STRUCT_MEMBER_P ((scenario), (member)->offset))

/* Every GrQuantity held directly (not in an array) by a scenario. */
static GrQuantity **
scalar_quantities (const GrScenario *self,
                   guint            *n_out)
{
  GrScenario *s = (GrScenario *) self;
  GPtrArray *list = g_ptr_array_new ();
  GrQuantity *industry = (GrQuantity *) &s->industry;
  GrQuantity *aircraft = (GrQuantity *) &s->air_patrol.aircraft;

  for (gsize i = 0; i < N_QUANTITIES (GrIndustry); i++)
    g_ptr_array_add (list, &industry[i]);
  g_ptr_array_add (list, &s->readiness.trained_abroad);
  g_ptr_array_add (list, &s->readiness.trained_per_month);
  g_ptr_array_add (list, &s->readiness.separations_per_year);
  g_ptr_array_add (list, &s->readiness.reservists);
  g_ptr_array_add (list, &s->force.dwell_ratio);
  g_ptr_array_add (list, &s->force.cost_per_troop_year_musd);
  g_ptr_array_add (list, &s->force.reach_km);
  g_ptr_array_add (list, &s->danish.usd_per_eur);
  for (guint t = 0; t < GR_N_THREATS; t++)
    {
      g_ptr_array_add (list, &s->air_defense.threat[t].per_month);
      g_ptr_array_add (list, &s->air_defense.threat[t].altitude_m);
      g_ptr_array_add (list, &s->air_defense.threat[t].unit_cost_musd);
      g_ptr_array_add (list, &s->air_defense.threat[t].other_kill_share);
      g_ptr_array_add (list, &s->air_defense.threat[t].other_capacity_per_month);
    }
  for (gsize i = 0; i < N_QUANTITIES (GrAircraft); i++)
    g_ptr_array_add (list, &aircraft[i]);
  g_ptr_array_add (list, &s->maritime.speed_knots);
  g_ptr_array_add (list, &s->maritime.ships_per_convoy);
  g_ptr_array_add (list, &s->maritime.escorts_per_convoy);
  g_ptr_array_add (list, &s->maritime.tonnes_per_ship);
  g_ptr_array_add (list, &s->maritime.escorts_available);

  *n_out = list->len;
  return (GrQuantity **) g_ptr_array_free (list, FALSE);
}

/* ---- the scenario ------------------------------------------------------ */

/* Default weights of the guarantee index: a proposal (MODEL.md) that puts
 * about half on denial — air defence, readiness, industry, maritime — and
 * the rest on punishment and credibility — guarantees, presence, funding,
 * the Danish model.  They sum to 1. */
static const double default_weights[GR_N_INSTRUMENTS] = {
  [GR_INSTRUMENT_GUARANTEES] = 0.15,
  [GR_INSTRUMENT_FUNDING] = 0.15,
  [GR_INSTRUMENT_INDUSTRY] = 0.10,
  [GR_INSTRUMENT_PRESENCE] = 0.10,
  [GR_INSTRUMENT_DANISH_MODEL] = 0.05,
  [GR_INSTRUMENT_AIR_DEFENSE] = 0.20,
  [GR_INSTRUMENT_MARITIME] = 0.10,
  [GR_INSTRUMENT_READINESS] = 0.15,
};

/**
 * gr_scenario_new:
 *
 * An empty scenario: no guarantors, pledges, batteries, zones or routes;
 * every quantity 0 with no range and no source except the planning
 * constants MODEL.md gives typical values for (aircraft cycle, convoy,
 * dwell ratio, cost per soldier, exchange rate), and the default weights.
 */
GrScenario *
gr_scenario_new (void)
{
  GrScenario *self = g_new0 (GrScenario, 1);
  guint n_quantities = 0;
  g_autofree GrQuantity **quantities = scalar_quantities (self, &n_quantities);

  for (guint i = 0; i < G_N_ELEMENTS (array_members); i++)
    ARRAY_AT (self, &array_members[i]) = element_array_new (array_members[i].element_size,
                                                            array_members[i].clear);
  for (guint i = 0; i < n_quantities; i++)
    gr_quantity_init (quantities[i], 0.0);

  self->name = g_strdup ("");
  self->description = g_strdup ("");

  self->readiness.start_year = 2025;
  self->readiness.horizon_years = 5;

  self->force.band_low = 10000;
  self->force.band_high = 15000;
  self->force.dwell_ratio.value = 2.0;
  self->force.cost_per_troop_year_musd.value = 1.0;
  self->force.reach_km.value = 100.0;

  self->danish.usd_per_eur.value = 1.08;

  self->air_patrol.aircraft.cruise_kmh.value = 800.0;
  self->air_patrol.aircraft.endurance_h.value = 2.0;
  self->air_patrol.aircraft.reserve_h.value = 0.25;
  self->air_patrol.aircraft.turnaround_h.value = 3.0;
  self->air_patrol.aircraft.maintenance_h.value = 0.0;
  self->air_patrol.aircraft.mission_capable.value = 0.7;
  self->air_patrol.aircraft.per_station.value = 2.0;
  self->air_patrol.aircraft.qra_aircraft.value = 2.0;

  self->maritime.speed_knots.value = 10.0;
  self->maritime.ships_per_convoy.value = 5.0;
  self->maritime.escorts_per_convoy.value = 2.0;
  self->maritime.tonnes_per_ship.value = 27000.0;

  memcpy (self->weights, default_weights, sizeof self->weights);

  return self;
}

const GrSource *
gr_scenario_find_source (const GrScenario *self,
                         const char       *id)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; id != NULL && self->sources != NULL && i < self->sources->len; i++)
    {
      const GrSource *source = &g_array_index (self->sources, GrSource, i);

      if (g_strcmp0 (source->id, id) == 0)
        return source;
    }
  return NULL;
}

G_DEFINE_BOXED_TYPE (GrScenario, gr_scenario, gr_scenario_copy, gr_scenario_free)

GrScenario *
gr_scenario_copy (const GrScenario *self)
{
  GrScenario *copy;
  guint n = 0;
  g_autofree GrQuantity **from = NULL;
  g_autofree GrQuantity **to = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new (GrScenario, 1);
  *copy = *self;
  copy->name = g_strdup (self->name);
  copy->name_uk = g_strdup (self->name_uk);
  copy->description = g_strdup (self->description);

  from = scalar_quantities (self, &n);
  to = scalar_quantities (copy, &n);
  for (guint i = 0; i < n; i++)
    gr_quantity_copy (to[i], from[i]);
  gr_range_copy (&copy->force.band_low_range, &self->force.band_low_range);
  gr_range_copy (&copy->force.band_high_range, &self->force.band_high_range);

  for (guint i = 0; i < G_N_ELEMENTS (array_members); i++)
    {
      const ArrayMember *m = &array_members[i];

      ARRAY_AT (copy, m) = element_array_copy (ARRAY_AT (self, m), m->element_size,
                                               m->clear, m->copy);
    }

  return copy;
}

void
gr_scenario_free (GrScenario *self)
{
  guint n = 0;
  g_autofree GrQuantity **quantities = NULL;

  if (self == NULL)
    return;

  quantities = scalar_quantities (self, &n);
  for (guint i = 0; i < n; i++)
    gr_quantity_clear (quantities[i]);
  gr_range_clear (&self->force.band_low_range);
  gr_range_clear (&self->force.band_high_range);

  for (guint i = 0; i < G_N_ELEMENTS (array_members); i++)
    g_clear_pointer (&ARRAY_AT (self, &array_members[i]), g_array_unref);

  g_free (self->name);
  g_free (self->name_uk);
  g_free (self->description);
  g_free (self);
}

gboolean
gr_scenario_equal (const GrScenario *a,
                   const GrScenario *b)
{
  guint n = 0;
  g_autofree GrQuantity **qa = NULL;
  g_autofree GrQuantity **qb = NULL;

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  if (g_strcmp0 (a->name, b->name) != 0
      || g_strcmp0 (a->name_uk, b->name_uk) != 0
      || g_strcmp0 (a->description, b->description) != 0
      || a->readiness.start_year != b->readiness.start_year
      || a->readiness.horizon_years != b->readiness.horizon_years
      || !double_equal (a->force.band_low, b->force.band_low)
      || !double_equal (a->force.band_high, b->force.band_high)
      || !gr_range_equal (&a->force.band_low_range, &b->force.band_low_range)
      || !gr_range_equal (&a->force.band_high_range, &b->force.band_high_range))
    return FALSE;

  for (guint i = 0; i < GR_N_INSTRUMENTS; i++)
    if (!double_equal (a->weights[i], b->weights[i]))
      return FALSE;

  qa = scalar_quantities (a, &n);
  qb = scalar_quantities (b, &n);
  for (guint i = 0; i < n; i++)
    if (!gr_quantity_equal (qa[i], qb[i]))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (array_members); i++)
    {
      const ArrayMember *m = &array_members[i];

      if (!element_array_equal (ARRAY_AT (a, m), ARRAY_AT (b, m), m->element_size, m->equal))
        return FALSE;
    }

  return TRUE;
}

static void
widen (GrRange *range,
       double   value)
{
  if (!range->ranged || !isfinite (value))
    return;
  range->low = MIN (range->low, value);
  range->high = MAX (range->high, value);
}

void
gr_scenario_widen_ranges (GrScenario *self)
{
  g_return_if_fail (self != NULL);

  widen (&self->force.band_low_range, self->force.band_low);
  widen (&self->force.band_high_range, self->force.band_high);
  for (guint i = 0; i < self->force.deployments->len; i++)
    {
      GrDeployment *d = &g_array_index (self->force.deployments, GrDeployment, i);

      widen (&d->troops_range, d->troops);
    }
  for (guint i = 0; i < self->air_patrol.zones->len; i++)
    {
      GrPatrolZone *z = &g_array_index (self->air_patrol.zones, GrPatrolZone, i);

      widen (&z->stations_range, z->stations);
      widen (&z->aircraft_assigned_range, z->aircraft_assigned);
    }
}

const GrAirDefenseSystem *
gr_scenario_find_system (const GrScenario *self,
                         const char       *system_id)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (system_id == NULL)
    return NULL;

  for (guint i = 0; i < self->air_defense.systems->len; i++)
    {
      const GrAirDefenseSystem *s = &g_array_index (self->air_defense.systems,
                                                    GrAirDefenseSystem, i);
      if (g_strcmp0 (s->id, system_id) == 0)
        return s;
    }
  return NULL;
}
