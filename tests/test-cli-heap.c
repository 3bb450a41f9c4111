/* test-cli-heap.c — a headless job's heap: in huge pages where the kernel has them
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test runs in a subprocess of its own: gr_cli_heap_tune() must come
 * before the process has threads, and it changes the heap for good.
 */

#include "config.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gr-cli.h"

/* What a job allocates at first: many small blocks and a large one (a
 * parsed scenario, a grid), 1.5 MB in all, each touched: less than the
 * 2 MB range malloc touches first. */
static GPtrArray *
allocate_like_a_job (void)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < 6000; i++)
    g_ptr_array_add (blocks, g_malloc0 (g_random_int_range (16, 400)));
  g_ptr_array_add (blocks, g_malloc0 (300 * 1024));
  return blocks;
}

typedef struct
{
  gboolean found;
  gboolean advised;       /* VmFlags has "hg" */
  guint64 huge_kb;        /* AnonHugePages */
} Mapping;

/* The entry of /proc/self/smaps for the mapping that holds @address. */
static Mapping
find_mapping (gconstpointer address)
{
  g_autofree char *smaps = NULL;
  g_auto(GStrv) lines = NULL;
  Mapping mapping = { FALSE, FALSE, 0 };
  gboolean inside = FALSE;

  g_assert_true (g_file_get_contents ("/proc/self/smaps", &smaps, NULL, NULL));
  lines = g_strsplit (smaps, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint64 start, end;
      char *dash;

      if (g_ascii_isxdigit (lines[i][0]) && (dash = strchr (lines[i], '-')) != NULL
          && strchr (lines[i], ' ') > dash)
        {
          if (inside)
            break;
          start = g_ascii_strtoull (lines[i], NULL, 16);
          end = g_ascii_strtoull (dash + 1, NULL, 16);
          inside = (guint64) (guintptr) address >= start && (guint64) (guintptr) address < end;
          mapping.found |= inside;
        }
      else if (inside && g_str_has_prefix (lines[i], "AnonHugePages:"))
        mapping.huge_kb = g_ascii_strtoull (lines[i] + strlen ("AnonHugePages:"), NULL, 10);
      else if (inside && g_str_has_prefix (lines[i], "VmFlags:"))
        mapping.advised = strstr (lines[i], " hg") != NULL;
    }
  return mapping;
}

/* How often the kernel could not find a huge page for a fault. */
static guint64
thp_fallbacks (void)
{
  g_autofree char *vmstat = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/vmstat", &vmstat, NULL, NULL)
      || (line = strstr (vmstat, "\nthp_fault_fallback ")) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen ("\nthp_fault_fallback "), NULL, 10);
}

/* Whether this system hands out transparent huge pages on advice. */
static gboolean
huge_pages_on_advice (void)
{
  g_autofree char *enabled = NULL;

  return g_file_get_contents ("/sys/kernel/mm/transparent_hugepage/enabled", &enabled, NULL,
                              NULL)
         && strstr (enabled, "[never]") == NULL;
}

/* The job's memory is advised, and in huge pages unless the kernel said
 * it had none to give; without the care for the first 2 MB (malloc
 * touches it before the advice) a small job gets none. */
static void
check_job_heap (GPtrArray *blocks)
{
  Mapping mapping = find_mapping (blocks->pdata[blocks->len / 2]);


  g_assert_true (mapping.found);
  g_assert_true (mapping.advised);
  if (!huge_pages_on_advice ())
    {
      g_test_message ("transparent huge pages are off here");
      return;
    }
  g_test_message ("%" G_GUINT64_FORMAT " kB in huge pages", mapping.huge_kb);
  g_assert_cmpuint (mapping.huge_kb, >=, 2048);
}

static void
run_main_heap (void)
{
  g_autoptr(GPtrArray) blocks = NULL;
  guint64 fallbacks;

  gr_cli_heap_tune ();
  fallbacks = thp_fallbacks ();
  blocks = allocate_like_a_job ();
  if (thp_fallbacks () != fallbacks)
    {
      g_test_skip ("the kernel had no huge page to give");
      return;
    }
  check_job_heap (blocks);
}

static gpointer
thread_job (gpointer data)
{
  guint64 fallbacks;
  GPtrArray *blocks;

  gr_cli_heap_tune_thread ();
  fallbacks = thp_fallbacks ();
  blocks = allocate_like_a_job ();
  if (thp_fallbacks () != fallbacks)
    {
      g_test_skip ("the kernel had no huge page to give");
      return blocks;
    }
  check_job_heap (blocks);
  return blocks;
}

static void
run_thread_heap (void)
{
  GPtrArray *blocks;

  gr_cli_heap_tune ();
  blocks = g_thread_join (g_thread_new ("test-heap", thread_job, NULL));
  g_ptr_array_unref (blocks);
}

/* After freeing and allocating again, every block still holds what was
 * written to it: the gap below the boundary and the reserve are never
 * handed out twice. */
static void
run_blocks_intact (void)
{
  enum { N = 6000 };
  guint8 *blocks[N];
  gsize sizes[N];

  gr_cli_heap_tune ();
  for (guint round = 0; round < 3; round++)
    for (guint i = round == 0 ? 0 : round % 2; i < N; i += round == 0 ? 1 : 2)
      {
        if (round > 0)
          g_free (blocks[i]);
        /* In the last round, every 200th block up to 3 MB: past the
         * heap's first 2 MB, as a job's largest blocks go (30 such blocks,
         * 45 MB: thousands of them made this test take half a minute). */
        sizes[i] = 16 + ((gsize) i * 7919) % (round == 2 && i % 200 == 0 ? 3000000 : 5000);
        blocks[i] = g_malloc (sizes[i]);
        memset (blocks[i], (int) (i & 0xff), sizes[i]);
      }
  for (guint i = 0; i < N; i++)
    {
      g_assert_cmpuint (blocks[i][0], ==, i & 0xff);
      g_assert_cmpuint (blocks[i][sizes[i] / 2], ==, i & 0xff);
      g_assert_cmpuint (blocks[i][sizes[i] - 1], ==, i & 0xff);
      g_free (blocks[i]);
    }
}

/* The end of a job: what it printed reaches its reader, though the
 * libraries' destructors do not run, and the status is the job's. */
static void
run_exit (void)
{
  fputs ("printed, not yet flushed", stdout);
  gr_cli_heap_exit (3);
}

static void
test_exit (void)
{
  g_test_trap_subprocess ("/cli-heap/exit/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stdout ("*printed, not yet flushed");
}

static void
in_subprocess (gconstpointer data)
{
#if defined(__SANITIZE_ADDRESS__)
  g_test_skip ("a sanitizer brings its own allocator, which is left as it is");
  return;
#endif
  g_test_trap_subprocess (data, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT
                                   | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* meson test sets it; it has malloc fill blocks, which touches their
   * pages: gr_cli_heap_tune() leaves the heap as it is then. */
  g_unsetenv ("MALLOC_PERTURB_");

  g_test_add_func ("/cli-heap/exit/subprocess", run_exit);
  g_test_add_func ("/cli-heap/exit", test_exit);
  g_test_add_func ("/cli-heap/main-heap/subprocess", run_main_heap);
  g_test_add_func ("/cli-heap/thread-heap/subprocess", run_thread_heap);
  g_test_add_func ("/cli-heap/blocks-intact/subprocess", run_blocks_intact);
  g_test_add_data_func ("/cli-heap/main-heap", "/cli-heap/main-heap/subprocess", in_subprocess);
  g_test_add_data_func ("/cli-heap/thread-heap", "/cli-heap/thread-heap/subprocess",
                        in_subprocess);
  g_test_add_data_func ("/cli-heap/blocks-intact", "/cli-heap/blocks-intact/subprocess",
                        in_subprocess);
  return g_test_run ();
}
