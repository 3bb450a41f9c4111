/* gr-scenario-enums.c — the names of the scenario's enums, as files spell them
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-scenario.h"

#include <string.h>

static const char * const instrument_names[GR_N_INSTRUMENTS] = {
  [GR_INSTRUMENT_GUARANTEES] = "guarantees",
  [GR_INSTRUMENT_FUNDING] = "funding",
  [GR_INSTRUMENT_INDUSTRY] = "industry",
  [GR_INSTRUMENT_PRESENCE] = "presence",
  [GR_INSTRUMENT_DANISH_MODEL] = "danish_model",
  [GR_INSTRUMENT_AIR_DEFENSE] = "air_defense",
  [GR_INSTRUMENT_MARITIME] = "maritime",
  [GR_INSTRUMENT_READINESS] = "readiness",
};

static const char * const role_names[GR_N_ROLES] = {
  [GR_ROLE_TRAINING] = "training",
  [GR_ROLE_BORDER] = "border",
  [GR_ROLE_RESERVE] = "reserve",
  [GR_ROLE_AIR] = "air",
  [GR_ROLE_NAVAL] = "naval",
};

static const char * const commitment_names[GR_N_COMMITMENTS] = {
  [GR_COMMITMENT_AUTOMATIC] = "automatic",
  [GR_COMMITMENT_CONSULTATIVE] = "consultative",
  [GR_COMMITMENT_ASSISTANCE] = "assistance",
};

static const char * const threat_names[GR_N_THREATS] = {
  [GR_THREAT_DRONE] = "drone",
  [GR_THREAT_CRUISE] = "cruise",
  [GR_THREAT_BALLISTIC] = "ballistic",
};

static const char * const pledge_kind_names[GR_N_PLEDGE_KINDS] = {
  [GR_PLEDGE_COMMITMENT] = "commitment",
  [GR_PLEDGE_ALLOCATION] = "allocation",
};

static const char * const channel_names[GR_N_CHANNELS] = {
  [GR_CHANNEL_BILATERAL] = "bilateral",
  [GR_CHANNEL_DANISH_MODEL] = "danish-model",
  [GR_CHANNEL_EU] = "eu",
  [GR_CHANNEL_OTHER] = "other",
};

static const char *
name_of (const char * const *names,
         guint               n_names,
         guint               value)
{
  g_return_val_if_fail (value < n_names, NULL);
  return names[value];
}

static gboolean
value_of (const char * const *names,
          guint               n_names,
          const char         *name,
          guint              *out)
{
  if (name == NULL)
    return FALSE;
  for (guint i = 0; i < n_names; i++)
    if (strcmp (names[i], name) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

#define ENUM_STRINGS(prefix, Type, names)                                   \
  const char *                                                              \
  gr_##prefix##_to_string (Type value)                                      \
  {                                                                         \
    return name_of (names, G_N_ELEMENTS (names), (guint) value);            \
  }                                                                         \
  gboolean                                                                  \
  gr_##prefix##_from_string (const char *name,                              \
                             Type       *out)                               \
  {                                                                         \
    guint v = 0;                                                            \
    g_return_val_if_fail (out != NULL, FALSE);                              \
    if (!value_of (names, G_N_ELEMENTS (names), name, &v))                  \
      return FALSE;                                                         \
    *out = (Type) v;                                                        \
    return TRUE;                                                            \
  }

ENUM_STRINGS (instrument, GrInstrument, instrument_names)
ENUM_STRINGS (role, GrRole, role_names)
ENUM_STRINGS (commitment, GrCommitment, commitment_names)
ENUM_STRINGS (threat, GrThreatClass, threat_names)
ENUM_STRINGS (pledge_kind, GrPledgeKind, pledge_kind_names)
ENUM_STRINGS (channel, GrChannel, channel_names)
