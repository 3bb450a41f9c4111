/* gr-thread.c — helper threads that start on another CPU
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A helper thread is worth having only if it runs while its creator
 * works.  Some kernels pack new threads onto the CPU that created them, to
 * keep the others idle: a virtual machine's (our 2-core test machine runs
 * such a kernel).  There a helper started by a busy thread waits for that
 * thread to block or to use up its time slice, 1 to 4 ms later, with the
 * other CPU idle all along (measured: g_thread_new() to the helper's
 * first instruction took 0.4 to 3 ms while the creator ran on, against
 * 0.2 ms for one started on the other CPU).
 *
 * So a helper starts on a CPU other than its creator's, the next allowed
 * one after it, and as soon as it runs takes its creator's set of CPUs
 * back: the kernel then moves it as it pleases, as any other thread.
 * Where the system cannot place threads this way (not Linux with glibc,
 * one CPU), they are GLib's threads.
 *
 * For computing beside its creator, as the PNG encoder's second band
 * does (a chart's encoding went from 2.3 to 1.7 ms).  Not for work that
 * mostly maps and faults in pages, such as loading libraries: on that
 * machine such work on two CPUs at once is slower than one after the
 * other (the painters' module loaded on another CPU, beside the option
 * parsing, delayed a chart export by 0.5 to 1 ms).
 */

#define _GNU_SOURCE

#include "config.h"

#include "gr-thread.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <pthread.h>
#include <sched.h>
#define PLACE_THREADS 1
#endif

struct _GrThread
{
  char *name;
  GThreadFunc func;
  gpointer data;
#ifdef PLACE_THREADS
  pthread_t pthread;
  cpu_set_t allowed;    /* the creator's */
  gpointer result;
#endif
  GThread *gthread;     /* when not placed */
};

#ifdef PLACE_THREADS

/* The @turn-th allowed CPU after @current, never @current; -1 if none. */
static int
other_cpu (const cpu_set_t *allowed,
           int              current,
           guint            turn)
{
  int n_others = CPU_COUNT (allowed) - (CPU_ISSET (current, allowed) ? 1 : 0);
  int seen = 0;

  if (n_others < 1)
    return -1;
  turn %= n_others;
  for (int step = 1; step <= CPU_SETSIZE; step++)
    {
      int cpu = (current + step) % CPU_SETSIZE;

      if (cpu != current && CPU_ISSET (cpu, allowed) && seen++ == (int) turn)
        return cpu;
    }
  return -1;
}

static void *
run_placed (void *user_data)
{
  GrThread *thread = user_data;
  char name[16];

  /* the kernel keeps 15 bytes of a thread's name */
  g_strlcpy (name, thread->name, sizeof name);
  pthread_setname_np (pthread_self (), name);
  pthread_setaffinity_np (pthread_self (), sizeof thread->allowed, &thread->allowed);
  thread->result = thread->func (thread->data);
  return NULL;
}

/* Starts @thread on another CPU; FALSE if there is none to start it on. */
static gboolean
start_placed (GrThread *thread)
{
  /* helpers started one after another go to different CPUs */
  static guint turns;
  pthread_attr_t attr;
  cpu_set_t start_on;
  int current = sched_getcpu ();
  int cpu;
  gboolean started;

  if (current < 0 || sched_getaffinity (0, sizeof thread->allowed, &thread->allowed) != 0)
    return FALSE;
  cpu = other_cpu (&thread->allowed, current, g_atomic_int_add (&turns, 1));
  if (cpu < 0)
    return FALSE;
  CPU_ZERO (&start_on);
  CPU_SET (cpu, &start_on);
  if (pthread_attr_init (&attr) != 0)
    return FALSE;
  started = pthread_attr_setaffinity_np (&attr, sizeof start_on, &start_on) == 0
            && pthread_create (&thread->pthread, &attr, run_placed, thread) == 0;
  pthread_attr_destroy (&attr);
  return started;
}

#endif

/**
 * gr_thread_new:
 * @name: the thread's name, for debuggers (15 bytes are kept)
 * @func: what it runs
 * @data: @func's argument
 *
 * Starts a thread, as g_thread_new() does, on another CPU than the
 * calling thread's where the system allows: see the file's comment.
 *
 * Returns: (transfer full): the thread, to give to gr_thread_join()
 */
GrThread *
gr_thread_new (const char  *name,
               GThreadFunc  func,
               gpointer     data)
{
  GrThread *thread;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (func != NULL, NULL);

  thread = g_new0 (GrThread, 1);
  thread->name = g_strdup (name);
  thread->func = func;
  thread->data = data;
#ifdef PLACE_THREADS
  if (start_placed (thread))
    return thread;
#endif
  thread->gthread = g_thread_new (name, func, data);
  return thread;
}

/**
 * gr_thread_join:
 * @thread: (transfer full): from gr_thread_new()
 *
 * Waits for @thread to end, and frees it.
 *
 * Returns: what its function returned
 */
gpointer
gr_thread_join (GrThread *thread)
{
  gpointer result;

  g_return_val_if_fail (thread != NULL, NULL);

#ifdef PLACE_THREADS
  if (thread->gthread == NULL)
    {
      pthread_join (thread->pthread, NULL);
      result = thread->result;
    }
  else
#endif
    result = g_thread_join (thread->gthread);
  g_free (thread->name);
  g_free (thread);
  return result;
}
