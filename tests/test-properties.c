/* test-properties.c — the scoring principles, over thousands of random scenarios
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MODEL.md's principles as properties (issue 9): every pillar score, the
 * composite and the headline air-defence figures move the right way when
 * one resource or one threat grows; no single lever zeroes a pillar that
 * still delivers something; the weakest link is the pillar whose raise to
 * 1 would lift the composite most.  The random scenarios are the bundled
 * ones perturbed by a seeded generator, so a failure names its seed and
 * case and can be replayed.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gr-metrics.h"
#include "gr-scenario-io.h"

/* Cases per property; each evaluates two scenarios. */
#define N_CASES 1500
#define SEED 20261204
#define EPS 1e-9

static GrModel *model;
static GrScenario *bundled[3];

static double
uniform (GRand *rand, double lo, double hi)
{
  return g_rand_double_range (rand, lo, hi);
}

/* A bundled scenario with every figure shaken: threats, supplies, kill
 * probabilities, troops, money, aircraft and escorts scaled at random,
 * batteries and deployments moved, some dropped. */
static GrScenario *
random_scenario (GRand *rand)
{
  GrScenario *s = gr_scenario_copy (bundled[g_rand_int_range (rand, 0, 3)]);
  GArray *batteries = s->air_defense.batteries;

  for (int k = 0; k < GR_N_THREATS; k++)
    {
      GrThreat *t = &s->air_defense.threat[k];

      t->per_month.value *= uniform (rand, 0, 4);
      t->other_kill_share.value = uniform (rand, 0, 1);
      t->other_capacity_per_month.value *= uniform (rand, 0, 3);
    }
  for (guint i = 0; i < s->air_defense.systems->len; i++)
    {
      GrAirDefenseSystem *sys = &g_array_index (s->air_defense.systems, GrAirDefenseSystem, i);

      sys->interceptors_per_month.value *= uniform (rand, 0, 5);
      for (int k = 0; k < GR_N_THREATS; k++)
        if (sys->pk[k].value > 0)
          sys->pk[k].value = uniform (rand, 0.05, 0.99);
    }
  for (guint i = 0; i < batteries->len;)
    {
      GrBattery *b = &g_array_index (batteries, GrBattery, i);

      if (g_rand_int_range (rand, 0, 5) == 0)
        {
          g_array_remove_index (batteries, i);
          continue;
        }
      b->position.lon += uniform (rand, -1.5, 1.5);
      b->position.lat += uniform (rand, -1, 1);
      i++;
    }
  for (guint i = 0; i < s->force.deployments->len; i++)
    {
      GrDeployment *d = &g_array_index (s->force.deployments, GrDeployment, i);

      d->troops *= uniform (rand, 0, 3);
      d->position.lon += uniform (rand, -2, 2);
      d->position.lat += uniform (rand, -1, 1);
    }
  for (guint i = 0; i < s->pledges->len; i++)
    g_array_index (s->pledges, GrPledge, i).busd.value *= uniform (rand, 0, 3);
  for (guint i = 0; i < s->air_patrol.zones->len; i++)
    g_array_index (s->air_patrol.zones, GrPatrolZone, i).aircraft_assigned =
      g_rand_int_range (rand, 0, 60);
  s->maritime.escorts_available.value = g_rand_int_range (rand, 0, 20);
  s->readiness.trained_per_month.value *= uniform (rand, 0, 3);
  for (guint i = 0; i < s->guarantors->len; i++)
    g_array_index (s->guarantors, GrGuarantor, i).response_days.value = uniform (rand, 0, 400);
  return s;
}

typedef enum
{
  LEVER_BATTERY,
  LEVER_INTERCEPTORS,
  LEVER_PK,
  LEVER_OTHER_CAPACITY,
  LEVER_AIRCRAFT,
  LEVER_ESCORTS,
  LEVER_TROOPS,
  LEVER_MONEY,
  LEVER_DANISH,
  LEVER_TRAINEES,
  LEVER_GUARANTOR,
  LEVER_FASTER,
  N_LEVERS
} Lever;

static const char * const lever_names[N_LEVERS] = {
  "battery", "interceptors", "pk", "other-capacity", "aircraft", "escorts", "troops",
  "money", "danish", "trainees", "guarantor", "faster",
};

/* One more of one resource, chosen by @rand. */
static void
add_resource (GrScenario *s,
              Lever       lever,
              GRand      *rand)
{
  GArray *systems = s->air_defense.systems;

  switch (lever)
    {
    case LEVER_BATTERY:
      {
        const GrAirDefenseSystem *sys =
          &g_array_index (systems, GrAirDefenseSystem, g_rand_int_range (rand, 0, systems->len));
        GrBattery b = { g_strdup_printf ("added-%u", s->air_defense.batteries->len),
                        g_strdup (sys->id),
                        { uniform (rand, 22, 40), uniform (rand, 44.5, 52.5) } };

        g_array_append_val (s->air_defense.batteries, b);
      }
      break;
    case LEVER_INTERCEPTORS:
      g_array_index (systems, GrAirDefenseSystem, g_rand_int_range (rand, 0, systems->len))
        .interceptors_per_month.value += uniform (rand, 0.1, 50);
      break;
    case LEVER_PK:
      {
        GrAirDefenseSystem *sys =
          &g_array_index (systems, GrAirDefenseSystem, g_rand_int_range (rand, 0, systems->len));
        int k = g_rand_int_range (rand, 0, GR_N_THREATS);

        sys->pk[k].value += (1 - sys->pk[k].value) * uniform (rand, 0.01, 1);
      }
      break;
    case LEVER_OTHER_CAPACITY:
      s->air_defense.threat[g_rand_int_range (rand, 0, GR_N_THREATS)]
        .other_capacity_per_month.value += uniform (rand, 1, 1000);
      break;
    case LEVER_AIRCRAFT:
      g_array_index (s->air_patrol.zones, GrPatrolZone,
                     g_rand_int_range (rand, 0, s->air_patrol.zones->len)).aircraft_assigned +=
        g_rand_int_range (rand, 1, 20);
      break;
    case LEVER_ESCORTS:
      s->maritime.escorts_available.value += g_rand_int_range (rand, 1, 10);
      break;
    case LEVER_TROOPS:
      g_array_index (s->force.deployments, GrDeployment,
                     g_rand_int_range (rand, 0, s->force.deployments->len)).troops +=
        uniform (rand, 10, 5000);
      break;
    case LEVER_MONEY:
      g_array_index (s->pledges, GrPledge, g_rand_int_range (rand, 0, s->pledges->len))
        .busd.value += uniform (rand, 0.1, 40);
      break;
    case LEVER_DANISH:
      {
        GrDanishContribution c = { g_strdup ("NO"), g_rand_int_range (rand, 2023, 2031),
                                   { uniform (rand, 10, 3000), NAN, NAN, NULL },
                                   { uniform (rand, 0, 1), NAN, NAN, NULL } };

        g_array_append_val (s->danish.contributions, c);
      }
      break;
    case LEVER_TRAINEES:
      s->readiness.trained_per_month.value += uniform (rand, 10, 5000);
      break;
    case LEVER_GUARANTOR:
      {
        GrGuarantor g = { g_strdup ("PL"), g_rand_int_range (rand, 0, GR_N_COMMITMENTS),
                          { uniform (rand, 0, 400), NAN, NAN, NULL } };

        g_array_append_val (s->guarantors, g);
      }
      break;
    case LEVER_FASTER:
      {
        GrGuarantor *g = &g_array_index (s->guarantors, GrGuarantor,
                                         g_rand_int_range (rand, 0, s->guarantors->len));

        g->response_days.value *= uniform (rand, 0, 1);
      }
      break;
    case N_LEVERS:
    default:
      g_assert_not_reached ();
    }
}

static void
assert_not_lower (const char *what,
                  guint       at,
                  const char *lever,
                  double      before,
                  double      after)
{
  if (after < before - EPS * MAX (1, fabs (before)))
    g_error ("case %u, more %s: %s fell from %.12g to %.12g", at, lever, what, before, after);
}

/* Every score, the composite, and the air-defence figures that measure
 * the defence (downed, leaked, consequence-weighted leaked) in @better
 * are at least as good as in @worse. */
static void
assert_no_worse (const GrMetrics *worse,
                 const GrMetrics *better,
                 guint            at,
                 const char      *lever)
{
  for (int i = 0; i < GR_N_INSTRUMENTS; i++)
    assert_not_lower (gr_instrument_to_string (i), at, lever,
                      worse->index.score[i], better->index.score[i]);
  assert_not_lower ("composite", at, lever, worse->index.composite, better->index.composite);
  assert_not_lower ("weighted leaked (negated)", at, lever,
                    -worse->air_defense.weighted_leaked_per_month,
                    -better->air_defense.weighted_leaked_per_month);
  for (int k = 0; k < GR_N_THREATS; k++)
    assert_not_lower ("leaked (negated)", at, lever,
                      -worse->air_defense.threat[k].leaked_per_month,
                      -better->air_defense.threat[k].leaked_per_month);
  assert_not_lower ("commitment strength", at, lever,
                    worse->guarantees.commitment_strength, better->guarantees.commitment_strength);
  assert_not_lower ("stations held", at, lever,
                    worse->air_patrol.stations_held, better->air_patrol.stations_held);
  assert_not_lower ("troops in reach", at, lever,
                    worse->force.troops_in_reach, better->force.troops_in_reach);
  assert_not_lower ("window coverage", at, lever,
                    worse->funding.window_coverage, better->funding.window_coverage);
  assert_not_lower ("trained at 2030", at, lever,
                    worse->readiness.trained_at_assessment, better->readiness.trained_at_assessment);
}

static void
test_more_resources (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GrEvaluator) ev = gr_evaluator_new (model);

  for (guint at = 0; at < N_CASES; at++)
    {
      g_autoptr(GrScenario) s = random_scenario (rand);
      g_autoptr(GrScenario) more = gr_scenario_copy (s);
      Lever lever = g_rand_int_range (rand, 0, N_LEVERS);
      g_autoptr(GrMetrics) a = NULL;
      g_autoptr(GrMetrics) b = NULL;

      add_resource (more, lever, rand);
      a = gr_evaluator_evaluate (ev, s);
      b = gr_evaluator_evaluate (ev, more);
      assert_no_worse (a, b, at, lever_names[lever]);
    }
}

static void
test_more_threat (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 1);
  g_autoptr(GrEvaluator) ev = gr_evaluator_new (model);

  for (guint at = 0; at < N_CASES; at++)
    {
      g_autoptr(GrScenario) s = random_scenario (rand);
      g_autoptr(GrScenario) more = gr_scenario_copy (s);
      int k = g_rand_int_range (rand, 0, GR_N_THREATS);
      g_autoptr(GrMetrics) a = NULL;
      g_autoptr(GrMetrics) b = NULL;

      more->air_defense.threat[k].per_month.value += uniform (rand, 1, 5000);
      a = gr_evaluator_evaluate (ev, s);
      b = gr_evaluator_evaluate (ev, more);
      /* More threat is a worse world: the threat scenario must be no better. */
      assert_no_worse (b, a, at, gr_threat_to_string (k));
      /* And the share of that class downed does not rise. */
      assert_not_lower ("class intercepted share (negated)", at, gr_threat_to_string (k),
                        -a->air_defense.threat[k].intercepted_share,
                        -b->air_defense.threat[k].intercepted_share);
    }
}

/* The weakest link, computed here: the pillar whose raise to 1 lifts the
 * composite most, i.e. the largest −w ln s. */
static void
test_weakest_link (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 2);
  g_autoptr(GrEvaluator) ev = gr_evaluator_new (model);

  for (guint at = 0; at < N_CASES; at++)
    {
      g_autoptr(GrScenario) s = random_scenario (rand);
      g_autoptr(GrMetrics) m = NULL;
      double best_lift = -1, composite = 1;
      int best = -1;

      for (int i = 0; i < GR_N_INSTRUMENTS; i++)
        s->weights[i] = uniform (rand, 0, 1);
      m = gr_evaluator_evaluate (ev, s);
      for (int i = 0; i < GR_N_INSTRUMENTS; i++)
        composite *= pow (m->index.score[i], m->index.weight[i]);
      g_assert_cmpfloat_with_epsilon (m->index.composite, composite, 1e-9);
      for (int i = 0; i < GR_N_INSTRUMENTS; i++)
        {
          /* Raising s_i to 1 multiplies the composite by s_i^(−w_i): its
           * log is the lift (a zero score counts as 1e-300). */
          double lift = -m->index.weight[i] * log (MAX (m->index.score[i], 1e-300));

          if (m->index.weight[i] > 0 && lift > best_lift + 1e-12)
            {
              best_lift = lift;
              best = i;
            }
        }
      if ((int) m->index.weakest != best)
        {
          double w = m->index.weight[m->index.weakest], sc = m->index.score[m->index.weakest];

          /* A tie within rounding is not a failure. */
          g_assert_cmpfloat (fabs (-w * log (MAX (sc, 1e-300)) - best_lift), <, 1e-9);
        }
    }
}

/* No cliffs: taking one lever to nothing zeroes no pillar that still has
 * something delivering (MODEL.md). */
static void
test_no_cliffs (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 3);
  g_autoptr(GrEvaluator) ev = gr_evaluator_new (model);

  for (guint at = 0; at < N_CASES / 3; at++)
    {
      g_autoptr(GrScenario) s = random_scenario (rand);
      g_autoptr(GrMetrics) m = NULL;

      switch (at % 5)
        {
        case 0:
          s->maritime.escorts_available.value = 0;      /* the patrols still cover */
          break;
        case 1:
          g_array_set_size (s->air_defense.batteries, 0);
          break;
        case 2:
          for (guint i = 0; i < s->air_patrol.zones->len; i++)
            g_array_index (s->air_patrol.zones, GrPatrolZone, i).aircraft_assigned = 0;
          break;
        case 3:
          for (guint i = 0; i < s->pledges->len; i++)
            g_array_index (s->pledges, GrPledge, i).busd.value = 0;
          break;
        default:
          for (guint i = 0; i < s->guarantors->len; i++)
            g_array_index (s->guarantors, GrGuarantor, i).response_days.value = 3650;
          break;
        }
      m = gr_evaluator_evaluate (ev, s);
      /* The air pillar never reaches 0 (leakers are finite); the others
       * are 0 only when their instrument delivers nothing here. */
      g_assert_cmpfloat (m->index.score[GR_INSTRUMENT_AIR_DEFENSE], >, 0);
      if (m->maritime.covered_pct > 0)
        g_assert_cmpfloat (m->index.score[GR_INSTRUMENT_MARITIME], >, 0);
      if (m->guarantees.n_guarantors > 0)
        g_assert_cmpfloat (m->index.score[GR_INSTRUMENT_GUARANTEES], >, 0);
      if (m->danish.share_of_need > 0)
        g_assert_cmpfloat (m->index.score[GR_INSTRUMENT_FUNDING], >, 0);
      if (m->force.troops_in_reach > 0)
        g_assert_cmpfloat (m->index.score[GR_INSTRUMENT_PRESENCE], >, 0);
    }
}

static void
load_bundled (void)
{
  static const char * const names[] = { "baseline", "observed-2025", "reinforced" };
  g_autoptr(GError) error = NULL;

  model = gr_model_new_default (&error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      bundled[i] = gr_scenario_load_bundled (names[i], &error);
      g_assert_no_error (error);
    }
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  load_bundled ();
  g_test_add_func ("/model/properties/more-resources", test_more_resources);
  g_test_add_func ("/model/properties/more-threat", test_more_threat);
  g_test_add_func ("/model/properties/weakest-link", test_weakest_link);
  g_test_add_func ("/model/properties/no-cliffs", test_no_cliffs);
  status = g_test_run ();
  for (guint i = 0; i < G_N_ELEMENTS (bundled); i++)
    gr_scenario_free (bundled[i]);
  gr_model_unref (model);
  return status;
}
