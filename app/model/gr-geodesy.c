/* gr-geodesy.c — distances, areas and projections on the Earth
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-geodesy.h"

#include <math.h>

#define DEG (G_PI / 180.0)

/* WGS 84 */
#define WGS84_A_KM 6378.137
#define WGS84_E2 0.00669437999014

double
gr_geodesy_distance_km (GrLonLat a,
                        GrLonLat b)
{
  double dlat = (b.lat - a.lat) * DEG;
  double dlon = (b.lon - a.lon) * DEG;
  double s1 = sin (dlat / 2);
  double s2 = sin (dlon / 2);
  double h = s1 * s1 + cos (a.lat * DEG) * cos (b.lat * DEG) * s2 * s2;

  return 2 * GR_EARTH_RADIUS_KM * asin (MIN (1.0, sqrt (h)));
}

GrLonLat
gr_geodesy_destination (GrLonLat start,
                        double   bearing_deg,
                        double   distance_km)
{
  double d = distance_km / GR_EARTH_RADIUS_KM;
  double th = bearing_deg * DEG;
  double la1 = start.lat * DEG;
  double lo1 = start.lon * DEG;
  double la2 = asin (sin (la1) * cos (d) + cos (la1) * sin (d) * cos (th));
  double lo2 = lo1 + atan2 (sin (th) * sin (d) * cos (la1),
                            cos (d) - sin (la1) * sin (la2));

  return (GrLonLat) { remainder (lo2 / DEG, 360.0), la2 / DEG };
}

void
gr_geodesy_unit_vector (GrLonLat p,
                        double   v[3])
{
  double cl = cos (p.lat * DEG);

  v[0] = cl * cos (p.lon * DEG);
  v[1] = cl * sin (p.lon * DEG);
  v[2] = sin (p.lat * DEG);
}

static double
dot3 (const double a[3],
      const double b[3])
{
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

static GrLonLat
from_unit_vector (const double v[3])
{
  return (GrLonLat) { atan2 (v[1], v[0]) / DEG,
                      atan2 (v[2], hypot (v[0], v[1])) / DEG };
}

/* Orthonormal frame of the arc a→b: a, and u perpendicular to a towards b.
 * Returns the arc's angle. */
static double
arc_frame (GrLonLat a,
           GrLonLat b,
           double   va[3],
           double   u[3])
{
  double vb[3];
  double d, n;

  gr_geodesy_unit_vector (a, va);
  gr_geodesy_unit_vector (b, vb);
  d = CLAMP (dot3 (va, vb), -1.0, 1.0);
  for (int i = 0; i < 3; i++)
    u[i] = vb[i] - d * va[i];
  n = sqrt (dot3 (u, u));
  if (n < 1e-15)
    {
      u[0] = u[1] = u[2] = 0;
      return 0;
    }
  for (int i = 0; i < 3; i++)
    u[i] /= n;
  return atan2 (n, d);
}

GrLonLat
gr_geodesy_interpolate (GrLonLat a,
                        GrLonLat b,
                        double   t)
{
  double va[3], u[3], p[3];
  double theta = arc_frame (a, b, va, u) * t;

  if (theta == 0)
    return t < 0.5 ? a : b;
  for (int i = 0; i < 3; i++)
    p[i] = cos (theta) * va[i] + sin (theta) * u[i];
  return from_unit_vector (p);
}


gboolean
gr_geodesy_arc_in_circle (GrLonLat  a,
                          GrLonLat  b,
                          GrLonLat  centre,
                          double    radius_km,
                          double   *t0,
                          double   *t1)
{
  double va[3], u[3], vc[3];
  double theta_ab = arc_frame (a, b, va, u);
  double cos_r = cos (radius_km / GR_EARTH_RADIUS_KM);
  double A, B, M, phi, delta;
  double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;

  gr_geodesy_unit_vector (centre, vc);
  if (theta_ab == 0)
    {
      if (dot3 (va, vc) < cos_r)
        return FALSE;
      *t0 = 0;
      *t1 = 1;
      return TRUE;
    }

  /* Along the arc p(θ) = cos θ a + sin θ u, so
   * c·p = A cos θ + B sin θ = M cos (θ − φ), which is ≥ cos r for
   * |θ − φ| ≤ acos (cos r / M). */
  A = dot3 (vc, va);
  B = dot3 (vc, u);
  M = hypot (A, B);
  if (M <= cos_r || M == 0)
    return FALSE;
  phi = atan2 (B, A);
  delta = acos (CLAMP (cos_r / M, -1.0, 1.0));

  for (int k = -1; k <= 1; k++)
    {
      double l = phi - delta + k * 2 * G_PI;
      double h = phi + delta + k * 2 * G_PI;

      l = MAX (l, 0);
      h = MIN (h, theta_ab);
      if (l <= h)
        {
          lo = MIN (lo, l);
          hi = MAX (hi, h);
        }
    }
  if (lo > hi)
    return FALSE;
  *t0 = lo / theta_ab;
  *t1 = hi / theta_ab;
  return TRUE;
}

static gboolean
point_in_ring (GrLonLat        p,
               const GrLonLat *ring,
               guint           n)
{
  gboolean inside = FALSE;

  for (guint i = 0, j = n - 1; i < n; j = i++)
    {
      if ((ring[i].lat > p.lat) != (ring[j].lat > p.lat))
        {
          double x = ring[j].lon + (p.lat - ring[j].lat) * (ring[i].lon - ring[j].lon)
                     / (ring[i].lat - ring[j].lat);
          if (p.lon < x)
            inside = !inside;
        }
    }
  return inside;
}

gboolean
gr_geodesy_point_in_rings (GrLonLat         p,
                           const GrLonLat  *points,
                           const GrGeoPart *parts,
                           guint            n_parts)
{
  gboolean inside = FALSE;

  for (guint r = 0; r < n_parts; r++)
    if (parts[r].n_points >= 3 && point_in_ring (p, points + parts[r].start, parts[r].n_points))
      inside = !inside;
  return inside;
}

/* The first of @n indices, sorted by their points' latitude, whose point
 * lies at or above @lat. */
static guint
first_at_or_above (const GrLonLat *p,
                   const guint    *order,
                   guint           n,
                   double          lat)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (p[order[mid]].lat < lat)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static int
compare_lat (gconstpointer a,
             gconstpointer b,
             gpointer      data)
{
  const GrLonLat *p = data;
  double x = p[*(const guint *) a].lat, y = p[*(const guint *) b].lat;

  return (x > y) - (x < y);
}

void
gr_geodesy_points_in_rings (const GrLonLat  *p,
                            guint            n,
                            const GrLonLat  *points,
                            const GrGeoPart *parts,
                            guint            n_parts,
                            gboolean        *inside)
{
  g_autofree guint *order = g_new (guint, MAX (n, 1));

  for (guint k = 0; k < n; k++)
    {
      order[k] = k;
      inside[k] = FALSE;
    }
  g_qsort_with_data (order, (gint) n, sizeof *order, compare_lat, (gpointer) p);

  for (guint r = 0; r < n_parts; r++)
    {
      const GrLonLat *ring = points + parts[r].start;
      guint m = parts[r].n_points;

      if (m < 3)
        continue;
      /* As point_in_ring(): an edge counts for the points with one end
       * above them and the other not, that is lo <= lat < hi; both ring
       * parities fold into one, as even-odd over all rings does. */
      for (guint i = 0, j = m - 1; i < m; j = i++)
        {
          double lo = MIN (ring[i].lat, ring[j].lat), hi = MAX (ring[i].lat, ring[j].lat);

          if (!(lo < hi))
            continue;
          for (guint k = first_at_or_above (p, order, n, lo); k < n && p[order[k]].lat < hi; k++)
            {
              GrLonLat q = p[order[k]];
              double x = ring[j].lon + (q.lat - ring[j].lat) * (ring[i].lon - ring[j].lon)
                         / (ring[i].lat - ring[j].lat);

              if (q.lon < x)
                inside[order[k]] = !inside[order[k]];
            }
        }
    }
}

/* Snyder, Map Projections — A Working Manual (1987), eq. 3-12: q of the
 * authalic latitude. */
static double
authalic_q (double sin_phi)
{
  double e = sqrt (WGS84_E2);
  double es = e * sin_phi;

  return (1 - WGS84_E2) * (sin_phi / (1 - es * es)
                           - 1 / (2 * e) * log ((1 - es) / (1 + es)));
}

static double
authalic_qp (void)
{
  return authalic_q (1.0);
}

static double
authalic_radius_km (void)
{
  return WGS84_A_KM * sqrt (authalic_qp () / 2);
}

static double
sin_authalic (double lat_deg)
{
  return authalic_q (sin (lat_deg * DEG)) / authalic_qp ();
}

void
gr_equal_area_init (GrEqualArea *proj,
                    GrLonLat     centre)
{
  double sb = sin_authalic (centre.lat);

  proj->centre = centre;
  proj->sin_beta0 = sb;
  proj->cos_beta0 = sqrt (1 - sb * sb);
}

void
gr_equal_area_forward (const GrEqualArea *proj,
                       GrLonLat           p,
                       double            *x_km,
                       double            *y_km)
{
  double rq = authalic_radius_km ();
  double sb = sin_authalic (p.lat);
  double cb = sqrt (1 - sb * sb);
  double dl = (p.lon - proj->centre.lon) * DEG;
  double denom = 1 + proj->sin_beta0 * sb + proj->cos_beta0 * cb * cos (dl);
  double k = denom > 1e-12 ? sqrt (2 / denom) : 0;

  *x_km = rq * k * cb * sin (dl);
  *y_km = rq * k * (proj->cos_beta0 * sb - proj->sin_beta0 * cb * cos (dl));
}

GrLonLat
gr_equal_area_inverse (const GrEqualArea *proj,
                       double             x_km,
                       double             y_km)
{
  double rq = authalic_radius_km ();
  double rho = hypot (x_km, y_km);
  double c, sc, cc, beta, lon, e2 = WGS84_E2, e4 = e2 * e2, e6 = e4 * e2;
  double lat;

  if (rho < 1e-12)
    return proj->centre;
  c = 2 * asin (MIN (1.0, rho / (2 * rq)));
  sc = sin (c);
  cc = cos (c);
  beta = asin (CLAMP (cc * proj->sin_beta0 + y_km * sc * proj->cos_beta0 / rho, -1.0, 1.0));
  lon = proj->centre.lon + atan2 (x_km * sc, rho * proj->cos_beta0 * cc
                                      - y_km * proj->sin_beta0 * sc) / DEG;
  /* Snyder eq. 3-18: geodetic from authalic latitude. */
  lat = beta + (e2 / 3 + 31 * e4 / 180 + 517 * e6 / 5040) * sin (2 * beta)
        + (23 * e4 / 360 + 251 * e6 / 3780) * sin (4 * beta)
        + (761 * e6 / 45360) * sin (6 * beta);
  return (GrLonLat) { lon, lat / DEG };
}

static double
projected_ring_area (const GrEqualArea *proj,
                     const GrLonLat    *ring,
                     guint              n)
{
  double sum = 0, x0, y0, xp, yp;

  if (n < 3)
    return 0;
  gr_equal_area_forward (proj, ring[n - 1], &xp, &yp);
  x0 = xp;
  y0 = yp;
  for (guint i = 0; i < n; i++)
    {
      double x, y;

      gr_equal_area_forward (proj, ring[i], &x, &y);
      /* Shoelace relative to one vertex keeps the sums small. */
      sum += (xp - x0) * (y - y0) - (x - x0) * (yp - y0);
      xp = x;
      yp = y;
    }
  return fabs (sum) / 2;
}

static GrLonLat
ring_centre (const GrLonLat *points,
             guint           n)
{
  double min_lon = G_MAXDOUBLE, max_lon = -G_MAXDOUBLE;
  double min_lat = G_MAXDOUBLE, max_lat = -G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    {
      min_lon = MIN (min_lon, points[i].lon);
      max_lon = MAX (max_lon, points[i].lon);
      min_lat = MIN (min_lat, points[i].lat);
      max_lat = MAX (max_lat, points[i].lat);
    }
  return (GrLonLat) { (min_lon + max_lon) / 2, (min_lat + max_lat) / 2 };
}

double
gr_geodesy_ring_area_km2 (const GrLonLat *points,
                          guint           n_points)
{
  GrEqualArea proj;

  if (n_points < 3)
    return 0;
  gr_equal_area_init (&proj, ring_centre (points, n_points));
  return projected_ring_area (&proj, points, n_points);
}

double
gr_geodesy_polygon_area_km2 (const GrLonLat  *points,
                             const GrGeoPart *parts,
                             guint            n_parts)
{
  GrEqualArea proj;
  guint n_all = 0;
  double area = 0;

  for (guint r = 0; r < n_parts; r++)
    n_all = MAX (n_all, parts[r].start + parts[r].n_points);
  if (n_all == 0)
    return 0;
  gr_equal_area_init (&proj, ring_centre (points, n_all));

  for (guint r = 0; r < n_parts; r++)
    {
      const GrLonLat *ring = points + parts[r].start;
      guint depth = 0;

      if (parts[r].n_points < 3)
        continue;
      /* A ring inside an odd number of other rings is a hole. */
      for (guint o = 0; o < n_parts; o++)
        if (o != r && parts[o].n_points >= 3
            && point_in_ring (ring[0], points + parts[o].start, parts[o].n_points))
          depth++;
      area += (depth % 2 ? -1 : 1) * projected_ring_area (&proj, ring, parts[r].n_points);
    }
  return area;
}
