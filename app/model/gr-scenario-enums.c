/* gr-scenario-enums.c — the names of the scenario's enums, as files spell them
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The names are the enums' nicks, which glib-mkenums generates from
 * gr-scenario.h (gr-scenario-enum-types.c): the value's name without its
 * prefix, lower case, words joined by "-", unless the header gives a
 * nick (the instruments' "air_defense").
 */

#include "config.h"

#include "gr-scenario.h"

#include "gr-scenario-enum-types.h"

static const char *
name_of (GType type,
         int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  /* Enum classes stay alive once referenced: the nicks are static. */
  g_type_class_unref (klass);
  g_return_val_if_fail (found != NULL, NULL);
  return found->value_nick;
}

static gboolean
value_of (GType       type,
          const char *name,
          int        *out)
{
  GEnumClass *klass;
  GEnumValue *found;

  if (name == NULL)
    return FALSE;
  klass = g_type_class_ref (type);
  found = g_enum_get_value_by_nick (klass, name);
  g_type_class_unref (klass);
  if (found == NULL)
    return FALSE;
  *out = found->value;
  return TRUE;
}

#define ENUM_STRINGS(prefix, Type, TYPE)                                    \
  const char *                                                              \
  gr_##prefix##_to_string (Type value)                                      \
  {                                                                         \
    return name_of (TYPE, (int) value);                                     \
  }                                                                         \
  gboolean                                                                  \
  gr_##prefix##_from_string (const char *name,                              \
                             Type       *out)                               \
  {                                                                         \
    int v = 0;                                                              \
    g_return_val_if_fail (out != NULL, FALSE);                              \
    if (!value_of (TYPE, name, &v))                                         \
      return FALSE;                                                         \
    *out = (Type) v;                                                        \
    return TRUE;                                                            \
  }

ENUM_STRINGS (instrument, GrInstrument, GR_TYPE_INSTRUMENT)
ENUM_STRINGS (role, GrRole, GR_TYPE_ROLE)
ENUM_STRINGS (commitment, GrCommitment, GR_TYPE_COMMITMENT)
ENUM_STRINGS (threat, GrThreatClass, GR_TYPE_THREAT_CLASS)
ENUM_STRINGS (pledge_kind, GrPledgeKind, GR_TYPE_PLEDGE_KIND)
ENUM_STRINGS (channel, GrChannel, GR_TYPE_CHANNEL)
