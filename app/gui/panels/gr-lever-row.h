/* gr-lever-row.h — a row that edits one number of the scenario: spin button, slider, unit, source
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "gr-document.h"
#include "gr-scenario-limits.h"

G_BEGIN_DECLS

typedef enum
{
  GR_LEVER_QUANTITY,           /* a GrQuantity: value, range and source */
  GR_LEVER_DOUBLE,             /* a plain double */
  GR_LEVER_INT,                /* an int */
} GrLeverKind;

/* Finds the lever's number in @scenario: a GrQuantity *, double * or int *
 * by the spec's kind, or NULL when it no longer exists (a removed list
 * item).  The same function reads the document's scenario and writes the
 * copy an edit mutates; on the former it must not change anything. */
typedef gpointer (*GrLeverLocate) (GrScenario *scenario,
                                   gpointer    data);

typedef struct
{
  const char *title;           /* translated */
  const char *unit;            /* translated, after the value; may be NULL */
  GrLeverKind kind;
  GrLeverLocate locate;
  GrLimitId limit;             /* the valid range, the checker's (stored units) */
  double step;
  int digits;
  double factor;               /* shown = stored × factor; 0 means 1 */
  gboolean slider;             /* a slider beside the spin button */
} GrLeverSpec;

#define GR_TYPE_LEVER_ROW (gr_lever_row_get_type ())

G_DECLARE_FINAL_TYPE (GrLeverRow, gr_lever_row, GR, LEVER_ROW, AdwActionRow)

GtkWidget     *gr_lever_row_new             (GrDocument        *document,
                                             const GrLeverSpec *spec,
                                             gpointer           data,
                                             GDestroyNotify     data_free);
GtkSpinButton *gr_lever_row_get_spin_button (GrLeverRow        *self);
GtkRange      *gr_lever_row_get_slider      (GrLeverRow        *self);
/* Where in the document's scenario the lever's number is (a GrQuantity *,
 * double * or int *), NULL when it no longer exists. */
gpointer       gr_lever_row_get_target      (GrLeverRow        *self);

G_END_DECLS
