/* battery-field.h — many batteries scattered over Ukraine, for the scale test and benchmark
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Positions come from a fixed linear congruential sequence, so every run
 * and every build draws the same field: some batteries stand alone, many
 * overlap (rings cut each other, symbols fan out into groups).
 */

#pragma once

#include "gr-scenario.h"

/* Appends @n batteries to @s, cycling through its systems, inside the box
 * lon 22.5–40, lat 44.5–52.3; TRUE when @s has a system to give them. */
static inline gboolean
battery_field_add (GrScenario *s,
                   guint       n)
{
  const GArray *systems = s->air_defense.systems;
  guint32 state = 20260101;

  if (systems == NULL || systems->len == 0)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const GrAirDefenseSystem *sys = &g_array_index (systems, GrAirDefenseSystem,
                                                      i % systems->len);
      GrBattery b = { 0 };
      double u, v;

      state = state * 1664525u + 1013904223u;
      u = (state >> 8) / 16777216.0;
      state = state * 1664525u + 1013904223u;
      v = (state >> 8) / 16777216.0;
      b.id = g_strdup_printf ("field-%u", i);
      b.system = g_strdup (sys->id);
      b.position = (GrLonLat) { 22.5 + 17.5 * u, 44.5 + 7.8 * v };
      g_array_append_val (s->air_defense.batteries, b);
    }
  return TRUE;
}
