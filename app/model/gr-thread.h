/* gr-thread.h — helper threads that start on another CPU
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _GrThread GrThread;

GrThread *gr_thread_new  (const char  *name,
                          GThreadFunc  func,
                          gpointer     data);
gpointer  gr_thread_join (GrThread    *thread);

G_END_DECLS
