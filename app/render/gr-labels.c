/* gr-labels.c — how the painters and the widgets name the scenario's enums
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-labels.h"

#include <glib/gi18n.h>

typedef struct
{
  const char *label;
  const char *in_sentence;
  const char *legend;
} RoleLabels;

static const RoleLabels role_labels[GR_N_ROLES] = {
  [GR_ROLE_TRAINING] = { N_("Training"), N_("training"), N_("Training mission") },
  [GR_ROLE_BORDER] = { N_("Border"), N_("border"), N_("Border presence (infantry)") },
  [GR_ROLE_RESERVE] = { N_("Reserve"), N_("reserve"), N_("Reserve (mechanised)") },
  [GR_ROLE_AIR] = { N_("Air"), N_("air"), N_("Air contingent") },
  [GR_ROLE_NAVAL] = { N_("Naval"), N_("naval"), N_("Naval contingent") },
};

static const RoleLabels *
role_labels_of (GrRole role)
{
  g_return_val_if_fail ((guint) role < GR_N_ROLES, &role_labels[GR_ROLE_TRAINING]);
  return &role_labels[role];
}

const char *
gr_role_label (GrRole role)
{
  return _(role_labels_of (role)->label);
}

const char *
gr_role_label_in_sentence (GrRole role)
{
  return _(role_labels_of (role)->in_sentence);
}

const char *
gr_role_legend_label (GrRole role)
{
  return _(role_labels_of (role)->legend);
}
