/* test-thread.c — helper threads that start on another CPU
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gr_thread_new() runs its function as g_thread_new() would, with its
 * data, and gr_thread_join() returns what it returned; a thread started
 * on another CPU than its creator's takes the creator's CPUs back before
 * it runs its function, so that it is not pinned for good.
 */

#define _GNU_SOURCE

#include "config.h"

#include "gr-thread.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <pthread.h>
#include <sched.h>
#define CHECK_AFFINITY 1
#endif

typedef struct
{
  gint value;
  gboolean same_cpus;          /* the creator's set of CPUs, in the thread */
  char name[16];
} Probe;

#ifdef CHECK_AFFINITY
static cpu_set_t creator_cpus;
#endif

static gpointer
probe_thread (gpointer data)
{
  Probe *probe = data;

#ifdef CHECK_AFFINITY
  cpu_set_t mine;

  probe->same_cpus = pthread_getaffinity_np (pthread_self (), sizeof mine, &mine) == 0
                     && CPU_EQUAL (&mine, &creator_cpus);
  pthread_getname_np (pthread_self (), probe->name, sizeof probe->name);
#else
  probe->same_cpus = TRUE;
#endif
  probe->value *= 2;
  return GINT_TO_POINTER (probe->value + 1);
}

/* Several at once, each with its data: each doubles its value and returns
 * one more, running on the CPUs its creator may use. */
static void
test_run_and_join (void)
{
  Probe probes[4];
  GrThread *threads[4];

#ifdef CHECK_AFFINITY
  g_assert_cmpint (sched_getaffinity (0, sizeof creator_cpus, &creator_cpus), ==, 0);
#endif
  for (guint i = 0; i < G_N_ELEMENTS (probes); i++)
    {
      probes[i] = (Probe) { .value = (gint) i + 10 };
      threads[i] = gr_thread_new ("gr-test-thread-with-a-long-name", probe_thread, &probes[i]);
      g_assert_nonnull (threads[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (probes); i++)
    {
      g_assert_cmpint (GPOINTER_TO_INT (gr_thread_join (threads[i])), ==, 2 * ((gint) i + 10) + 1);
      g_assert_cmpint (probes[i].value, ==, 2 * ((gint) i + 10));
      g_assert_true (probes[i].same_cpus);
#ifdef CHECK_AFFINITY
      /* the kernel keeps 15 bytes of the name */
      g_assert_cmpstr (probes[i].name, ==, "gr-test-thread-");
#endif
    }
}

/* A creator allowed one CPU only starts its threads on that one. */
static void
test_one_cpu (void)
{
#ifdef CHECK_AFFINITY
  cpu_set_t all, one;
  Probe probe = { .value = 1 };
  int cpu = sched_getcpu ();

  g_assert_cmpint (cpu, >=, 0);
  g_assert_cmpint (sched_getaffinity (0, sizeof all, &all), ==, 0);
  CPU_ZERO (&one);
  CPU_SET (cpu, &one);
  g_assert_cmpint (sched_setaffinity (0, sizeof one, &one), ==, 0);
  creator_cpus = one;
  g_assert_cmpint (GPOINTER_TO_INT (gr_thread_join (gr_thread_new ("gr-test", probe_thread,
                                                                   &probe))), ==, 3);
  g_assert_true (probe.same_cpus);
  g_assert_cmpint (sched_setaffinity (0, sizeof all, &all), ==, 0);
#else
  g_test_skip ("CPU sets are Linux's");
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/thread/run-and-join", test_run_and_join);
  g_test_add_func ("/model/thread/one-cpu", test_one_cpu);
  return g_test_run ();
}
