/* main-painter.c — guarantor-painter.so, the module of the jobs that draw
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `guarantor` loads this module for --export and --briefing (see main.c)
 * and hands it the options it has parsed: only this module and the GUI
 * link cairo and pango, so --metrics never loads them, and an export is
 * one process that loads GLib and reads its options once.  The module
 * links its own copy of the model and the painters and exports one
 * symbol, gr_painter_module_run().
 */

#include "config.h"

#include <gmodule.h>
#include <pango/pangocairo.h>
#ifdef __GLIBC__
#include <malloc.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#define HUGE_PAGE ((guintptr) 2 << 20)
#endif

#include "gr-cli.h"

/* One export, then exit: the heap is better kept than given back.  By
 * default glibc maps every block of 128 KB or more on its own and unmaps it
 * when freed (cairo's stroker and tessellator do so for each path of the
 * base map), and returns the top of the heap to the kernel; each time, the
 * next use faults fresh zeroed pages in again, 4 KB at a time.  Here blocks
 * up to 32 MB come from the heap, which grows by 64 MB at a time, is never
 * trimmed, and is advised for transparent huge pages (what glibc's
 * glibc.malloc.hugetlb=1 tunable does, which only the environment can
 * set).  A map export faulted 4,300 pages in; 2,900 with the first three
 * settings, 1,200 with the advice too.  The reserve costs address space
 * until it is touched. */
static void
tune_malloc (void)
{
#ifdef __GLIBC__
  mallopt (M_MMAP_THRESHOLD, 32 << 20);
  mallopt (M_TOP_PAD, 64 << 20);
  mallopt (M_TRIM_THRESHOLD, 256 << 20);
#ifdef MADV_HUGEPAGE
  {
    /* Grow the heap now (volatile: the compiler must not drop the pair),
     * then advise its new, untouched part from the first 2 MB boundary. */
    guint8 *start = sbrk (0), *end;
    void *volatile block = malloc (1 << 20);

    free (block);
    end = sbrk (0);
    if (start == (void *) -1 || end == (void *) -1)
      return;
    start = (guint8 *) (((guintptr) start + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1));
    if (end > start)
      madvise (start, end - start, MADV_HUGEPAGE);
  }
#endif
#endif
}

/* Called by the launcher as soon as it has loaded the module, on its
 * loading thread: pango's first font map loads fontconfig's configuration
 * and caches on a thread of its own, which then runs beside the job's
 * reading of the scenario and building of the model. */
G_MODULE_EXPORT void gr_painter_module_prepare (void);

G_MODULE_EXPORT void
gr_painter_module_prepare (void)
{
  g_object_unref (pango_cairo_font_map_new ());
}

/* The job the launcher's options ask for: --export or --briefing (the
 * launcher's gr_cli_handle_options() returned %GR_CLI_PAINTER_JOB). */
G_MODULE_EXPORT int gr_painter_module_run (GVariantDict *options);

G_MODULE_EXPORT int
gr_painter_module_run (GVariantDict *options)
{
  tune_malloc ();
  return gr_cli_handle_painter_options (options);
}
