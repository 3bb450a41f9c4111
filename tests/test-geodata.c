/* test-geodata.c — the bundled layers load, and broken GeoJSON is refused
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "gr-geo-names.h"
#include "gr-geodata.h"
#include "gr-geodesy.h"

static GrGeodata *geodata;

static void
test_ukraine (void)
{
  const GrGeoFeature *ua = gr_geodata_find_country (geodata, GR_ISO_N3_UKRAINE);

  g_assert_nonnull (ua);
  g_assert_cmpstr (ua->name, ==, "Ukraine");
  g_assert_cmpint (ua->kind, ==, GR_GEOM_POLYGON);
  /* Ukraine reaches from 22.1 E (Zakarpattia) to 40.2 E (Luhansk), and from
   * 44.4 N (Crimea's south coast) to 52.4 N (Chernihiv). */
  g_assert_cmpfloat_with_epsilon (ua->bounds.min_lon, 22.14, 0.1);
  g_assert_cmpfloat_with_epsilon (ua->bounds.max_lon, 40.23, 0.1);
  g_assert_cmpfloat_with_epsilon (ua->bounds.min_lat, 44.38, 0.1);
  g_assert_cmpfloat_with_epsilon (ua->bounds.max_lat, 52.38, 0.1);
}

static void
test_layers (void)
{
  const GrGeoFeature *kyiv = NULL;
  guint n_ua_places = 0;

  g_assert_cmpuint (geodata->admin1->n_features, ==, 27);
  /* The 31 countries that reach into lon 12..45 E, lat 40..56 N, and
   * the 7 the map's eastern and southern margins (to 60 E and 36 N) add:
   * Iran, Iraq, Kazakhstan, Malta, Syria, Turkmenistan, Uzbekistan. */
  g_assert_cmpuint (geodata->countries->n_features, ==, 31 + 7);
  g_assert_cmpuint (geodata->bathymetry->n_features, >, 0);
  g_assert_cmpuint (geodata->rivers->n_features, >, 0);

  for (guint i = 0; i < geodata->places->n_features; i++)
    {
      const GrGeoFeature *f = &geodata->places->features[i];

      g_assert_cmpint (f->kind, ==, GR_GEOM_POINT);
      if (g_strcmp0 (f->code, "UKR") == 0)
        n_ua_places++;
      if (g_strcmp0 (f->name, "Kyiv") == 0)
        kyiv = f;
    }
  g_assert_cmpuint (n_ua_places, ==, 55);
  g_assert_nonnull (kyiv);
  g_assert_cmpfloat_with_epsilon (kyiv->points[0].lon, 30.51, 0.05);
  g_assert_cmpfloat_with_epsilon (kyiv->points[0].lat, 50.43, 0.05);
  g_assert_cmpfloat (kyiv->value, >, 2e6);

  for (guint i = 0; i < geodata->admin1->n_features; i++)
    {
      const GrGeoFeature *f = &geodata->admin1->features[i];

      g_assert_nonnull (f->name);
      g_assert_nonnull (f->name_uk);
      g_assert_true (g_str_has_prefix (f->code, "UA-"));
      g_assert_true (isfinite (f->label.lon));
    }
}

typedef struct
{
  const char *json;
  const char *message;
} BadCase;

static const BadCase bad_cases[] = {
  { "{", "bad: *" },
  { "[]", "*not a GeoJSON FeatureCollection*" },
  { "{\"features\":[{\"geometry\":{\"type\":\"Circle\",\"coordinates\":[]}}]}",
    "*unsupported geometry type “Circle”*" },
  { "{\"features\":[{\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[1]]}}]}",
    "*feature 0: a position is not an array of two numbers*" },
  { "{\"features\":[{\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[5]}}]}",
    "*a line or ring is not an array*" },
};

static void
test_bad (gconstpointer data)
{
  const BadCase *c = data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (c->json, strlen (c->json));
  g_autoptr(GError) error = NULL;
  g_autoptr(GrGeoLayer) layer = gr_geo_layer_parse (bytes, "bad", &error);

  g_assert_null (layer);
  g_assert_error (error, GR_GEODATA_ERROR, GR_GEODATA_ERROR_INVALID);
  if (!g_pattern_match_simple (c->message, error->message))
    g_error ("“%s” does not match “%s”", error->message, c->message);
}

/* Every name the base map can show has a Ukrainian form, in Cyrillic. */
static void
test_names_uk (void)
{
  const GrGeoLayer *layers[] = {
    geodata->places, geodata->countries, geodata->countries_50m,
    geodata->seas, geodata->rivers, geodata->admin1,
  };
  static const struct { const char *en, *uk; } known[] = {
    { "Kyiv", "Київ" }, { "Kropyvnytskyi", "Кропивницький" },
    { "Chornomorsk", "Чорноморськ" }, { "North Macedonia", "Північна Македонія" },
    { "Türkiye", "Туреччина" }, { "Black Sea", "Чорне море" },
    { "Sea of Azov", "Азовське море" }, { "Dniester", "Дністер" },
    { "Caspian Sea", "Каспійське море" }, { "Kazakhstan", "Казахстан" },
    /* a Russian town keeps its Russian form; Serbian и stays и */
    { "Kamenka", "Каменка" }, { "Novi Sad", "Нови-Сад" },
    { "Kupiansk", "Куп’янськ" },
  };
  guint n_known = 0;

  for (guint l = 0; l < G_N_ELEMENTS (layers); l++)
    for (guint i = 0; i < layers[l]->n_features; i++)
      {
        const GrGeoFeature *f = &layers[l]->features[i];
        gunichar first;

        if (f->name == NULL || *f->name == '\0')
          continue;
        g_assert_nonnull (f->name_uk);
        first = g_utf8_get_char (f->name_uk);
        if (!g_unichar_islower (first))
          first = g_unichar_tolower (first);
        g_assert_cmpint (g_unichar_get_script (first), ==, G_UNICODE_SCRIPT_CYRILLIC);
        g_assert_cmpstr (f->name, !=, "Macedonia");
        g_assert_cmpstr (f->name, !=, "Turkey");
        for (guint k = 0; k < G_N_ELEMENTS (known); k++)
          if (g_str_equal (f->name, known[k].en))
            {
              g_assert_cmpstr (f->name_uk, ==, known[k].uk);
              n_known++;
            }
      }
  /* Türkiye and North Macedonia are in both country layers. */
  g_assert_cmpuint (n_known, >=, G_N_ELEMENTS (known));
}

static void
test_local_name (void)
{
  const GrGeoFeature *ua = gr_geodata_find_country (geodata, GR_ISO_N3_UKRAINE);
  static const struct { const char *language; gboolean uk; } cases[] = {
    { "uk", TRUE }, { "uk_UA.UTF-8", TRUE }, { "de:uk:en", TRUE },
    { "en_GB:uk", FALSE }, { "de", FALSE }, { "ukx", FALSE },
  };

  g_setenv ("LC_ALL", "C", TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_setenv ("LANGUAGE", cases[i].language, TRUE);
      g_assert_cmpint (gr_geo_names_ukrainian (), ==, cases[i].uk);
    }
  g_setenv ("LANGUAGE", "uk", TRUE);
  g_assert_cmpstr (gr_local_name ("Western Ukraine", "Західна Україна"), ==, "Західна Україна");
  g_assert_cmpstr (gr_item_name ("", NULL, "west"), ==, "west");
  g_setenv ("LANGUAGE", "en", TRUE);
  g_assert_cmpstr (gr_local_name ("Western Ukraine", "Західна Україна"), ==, "Western Ukraine");
  g_assert_cmpstr (gr_item_name (NULL, "Західна Україна", "west"), ==, "west");
  g_unsetenv ("LANGUAGE");
  g_assert_cmpstr (gr_geo_feature_local_name (ua, TRUE), ==, "Україна");
  g_assert_cmpstr (gr_geo_feature_local_name (ua, FALSE), ==, "Ukraine");
}

static void
assert_batch_agrees (const GrLonLat  *p,
                     guint            n,
                     const GrLonLat  *points,
                     const GrGeoPart *parts,
                     guint            n_parts)
{
  g_autofree gboolean *inside = g_new (gboolean, n);
  guint in = 0;

  gr_geodesy_points_in_rings (p, n, points, parts, n_parts, inside);
  for (guint k = 0; k < n; k++)
    {
      gboolean one = gr_geodesy_point_in_rings (p[k], points, parts, n_parts);

      if (one != inside[k])
        g_error ("point %u (%.9g, %.9g): alone %d, in a batch %d", k, p[k].lon, p[k].lat,
                 one, inside[k]);
      in += one;
    }
  /* some in, some out: the comparison means something */
  g_assert_cmpuint (in, >, 0);
  g_assert_cmpuint (in, <, n);
}

/* Points tested together answer as each alone: Ukraine's outline against
 * random points and its own vertices (level with edges' ends), and a
 * square with a hole and a level edge against points on its lines. */
static void
test_points_in_rings (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrGeodata) geo = gr_geodata_load_shared_layers (GR_GEODATA_COUNTRIES, &error);
  g_autoptr(GArray) p = g_array_new (FALSE, FALSE, sizeof (GrLonLat));
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  const GrGeoFeature *ua;
  GrLonLat square[] = {
    { 0, 0 }, { 4, 0 }, { 4, 4 }, { 2, 4 }, { 0, 4 },
    { 1, 1 }, { 3, 1 }, { 3, 3 }, { 1, 3 },
  };
  GrGeoPart parts[] = { { 0, 5 }, { 5, 4 } };
  GrLonLat on[] = {
    { 0.5, 0.5 }, { 2, 2 }, { 2, 0 }, { 2, 4 }, { 2, 1 }, { 2, 3 }, { -1, 2 }, { 3.5, 3 },
    { 3.5, 1 }, { 0.5, 3.99 }, { 5, 0 }, { 4, 2 }, { 0, 2 },
  };

  g_assert_no_error (error);
  ua = gr_geodata_find_country (geo, GR_ISO_N3_UKRAINE);
  g_assert_nonnull (ua);
  for (guint k = 0; k < 5000; k++)
    {
      GrLonLat q = { g_rand_double_range (rand, ua->bounds.min_lon, ua->bounds.max_lon),
                     g_rand_double_range (rand, ua->bounds.min_lat, ua->bounds.max_lat) };

      g_array_append_val (p, q);
    }
  for (guint k = 0; k < ua->n_points; k += 7)
    {
      GrLonLat q = { ua->points[k].lon + 0.001, ua->points[k].lat };

      g_array_append_val (p, ua->points[k]);
      g_array_append_val (p, q);
    }
  assert_batch_agrees ((const GrLonLat *) (void *) p->data, p->len, ua->points, ua->parts,
                       ua->n_parts);
  assert_batch_agrees (on, G_N_ELEMENTS (on), square, parts, G_N_ELEMENTS (parts));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  geodata = gr_geodata_load (&error);
  g_assert_no_error (error);

  g_test_add_func ("/model/geodata/ukraine", test_ukraine);
  g_test_add_func ("/model/geodata/layers", test_layers);
  g_test_add_func ("/model/geodata/names-uk", test_names_uk);
  g_test_add_func ("/model/geodata/local-name", test_local_name);
  g_test_add_func ("/model/geodata/points-in-rings", test_points_in_rings);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/geodata/bad/%u", i);
      g_test_add_data_func (path, &bad_cases[i], test_bad);
    }

  ret = g_test_run ();
  gr_geodata_unref (geodata);
  return ret;
}
