/* gr-scenario-migrate.c — format version 1 files, read as version 2
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Version 2 (docs/scenario-format.md) changed two things a version 1 file
 * expresses differently:
 *
 *  - The other means' capacity: version 1 had an uncapped share, which the
 *    reader turns into a capacity of that share of every launch
 *    (gr-scenario-read-sections.c, where it knows the member was absent).
 *  - Danish-model money has one home, danish_model.contributions.  A
 *    version 1 pledge on the danish-model channel moves there (converted
 *    at the scenario's dollar rate, all military), unless the fund already
 *    lists that donor's money for that year: then it was the same money
 *    entered twice, and the pledge is dropped.
 */

#include "config.h"

#include "gr-scenario-read-private.h"

static gboolean
has_contribution (const GArray *contributions,
                  const char   *donor,
                  int           year)
{
  for (guint i = 0; i < contributions->len; i++)
    {
      const GrDanishContribution *c = &g_array_index (contributions, GrDanishContribution, i);

      if (c->year == year && g_strcmp0 (c->donor, donor) == 0)
        return TRUE;
    }
  return FALSE;
}

void
gr_scenario_migrate_v1 (GrScenario *self)
{
  double rate = self->danish.usd_per_eur.value > 0 ? self->danish.usd_per_eur.value : 1;

  for (guint i = 0; i < self->pledges->len;)
    {
      GrPledge *p = &g_array_index (self->pledges, GrPledge, i);

      if (p->channel != GR_CHANNEL_DANISH_MODEL)
        {
          i++;
          continue;
        }
      if (!has_contribution (self->danish.contributions, p->donor, p->year))
        {
          GrDanishContribution c = { 0 };

          c.donor = g_strdup (p->donor);
          c.year = p->year;
          gr_quantity_set (&c.meur, p->busd.value * 1000 / rate,
                           p->busd.low * 1000 / rate, p->busd.high * 1000 / rate,
                           p->busd.source);
          gr_quantity_init (&c.military_share, 1);
          g_array_append_val (self->danish.contributions, c);
        }
      /* The array's clear function frees the pledge's strings. */
      g_array_remove_index (self->pledges, i);
    }
}
