/* bundled.h — a bundled scenario for a test, or the test fails there
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Header-only, like tmp-dir.h.
 */

#pragma once

#include "gr-scenario-io.h"

static inline GrScenario *
bundled (const char *name)
{
  g_autoptr(GError) error = NULL;
  GrScenario *s = gr_scenario_load_bundled (name, &error);

  g_assert_no_error (error);
  return s;
}
