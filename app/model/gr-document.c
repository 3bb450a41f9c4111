/* gr-document.c — the open scenario: every edit, undo/redo, load and save
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Undo is snapshot-based: a scenario is a few kilobytes, so every step keeps
 * a whole copy, and undo cannot drift from what the user saw.  Each state
 * carries a serial number; the document is modified when the current serial
 * is not the one last saved, so undoing back to the saved state clears the
 * flag without comparing scenarios.
 */

#include "config.h"

#include "gr-document.h"
#include "gr-document-private.h"

#include <glib/gi18n-lib.h>

#include "gr-geo-names.h"
#include "gr-scenario-io.h"

typedef struct
{
  GrScenario *scenario;
  char *label;
  guint serial;
} Step;

struct _GrDocument
{
  GObject parent_instance;

  GrModel *model;              /* NULL: no metrics */
  GrEvaluator *evaluator;      /* caches per-battery work between edits */
  GrScenario *scenario;
  GrMetrics *metrics;
  GFile *file;
  char *title;

  guint serial;                /* of the current state */
  guint saved_serial;          /* of the state on disk, or of the loaded one */
  guint next_serial;

  GQueue undo;                 /* Step*, most recent first */
  GQueue redo;

  /* The open edit bracket, see gr_document_begin_edit(). */
  guint group_depth;
  char *group_label;
  GrScenario *group_before;    /* NULL until the first apply in the bracket */
  guint group_serial;
};

G_DEFINE_FINAL_TYPE (GrDocument, gr_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SCENARIO,
  PROP_METRICS,
  PROP_FILE,
  PROP_TITLE,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_QUARK (gr-document-error-quark, gr_document_error)

static void
step_free (Step *step)
{
  g_clear_pointer (&step->scenario, gr_scenario_free);
  g_free (step->label);
  g_free (step);
}

static Step *
step_new (GrScenario *scenario,
          const char *label,
          guint       serial)
{
  Step *step = g_new0 (Step, 1);

  step->scenario = scenario;
  step->label = g_strdup (label);
  step->serial = serial;
  return step;
}

static void
clear_history (GQueue *queue)
{
  g_queue_clear_full (queue, (GDestroyNotify) step_free);
}

/* What the notifications depend on, taken before a change and compared after
 * it, so that each property is notified once and only when it changed. */
typedef struct
{
  gboolean modified;
  Step *undo_head;
  Step *redo_head;
  GFile *file;
} Snapshot;

static void
take_snapshot (GrDocument *self,
               Snapshot   *snap)
{
  snap->modified = gr_document_get_modified (self);
  snap->undo_head = g_queue_peek_head (&self->undo);
  snap->redo_head = g_queue_peek_head (&self->redo);
  snap->file = self->file;
}

static void
notify_since (GrDocument     *self,
              const Snapshot *snap)
{
  Step *undo_head = g_queue_peek_head (&self->undo);
  Step *redo_head = g_queue_peek_head (&self->redo);

  if (snap->modified != gr_document_get_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  if ((snap->undo_head == NULL) != (undo_head == NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (snap->undo_head != undo_head)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  if ((snap->redo_head == NULL) != (redo_head == NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (snap->redo_head != redo_head)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
  if (snap->file != self->file)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

static void
update_title (GrDocument *self)
{
  const char *name = gr_local_name (self->scenario->name, self->scenario->name_uk);
  g_autofree char *title = NULL;

  title = g_strdup (name != NULL && name[0] != '\0' ? name : _("Untitled Scenario"));
  if (g_strcmp0 (title, self->title) == 0)
    return;
  g_free (self->title);
  self->title = g_steal_pointer (&title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* Makes @scenario (owned) the current state and returns the old one (owned
 * by the caller); re-evaluates the metrics and notifies.  Call inside
 * g_object_freeze_notify(). */
static GrScenario *
swap_scenario (GrDocument *self,
               GrScenario *scenario,
               guint       serial)
{
  GrScenario *old = self->scenario;

  self->scenario = scenario;
  self->serial = serial;

  g_clear_pointer (&self->metrics, gr_metrics_free);
  if (self->evaluator != NULL)
    self->metrics = gr_evaluator_evaluate (self->evaluator, self->scenario);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENARIO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METRICS]);
  update_title (self);
  return old;
}

static void
push_undo (GrDocument *self,
           Step       *step)
{
  g_queue_push_head (&self->undo, step);
  while (g_queue_get_length (&self->undo) > GR_DOCUMENT_UNDO_DEPTH)
    step_free (g_queue_pop_tail (&self->undo));
}

static void
gr_document_finalize (GObject *object)
{
  GrDocument *self = GR_DOCUMENT (object);

  clear_history (&self->undo);
  clear_history (&self->redo);
  g_clear_pointer (&self->group_before, gr_scenario_free);
  g_clear_pointer (&self->group_label, g_free);
  g_clear_pointer (&self->scenario, gr_scenario_free);
  g_clear_pointer (&self->metrics, gr_metrics_free);
  g_clear_pointer (&self->evaluator, gr_evaluator_free);
  g_clear_pointer (&self->model, gr_model_unref);
  g_clear_object (&self->file);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (gr_document_parent_class)->finalize (object);
}

static void
gr_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  GrDocument *self = GR_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_SCENARIO:
      g_value_set_boxed (value, self->scenario);
      break;
    case PROP_METRICS:
      g_value_set_boxed (value, self->metrics);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, gr_document_get_modified (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, gr_document_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, gr_document_get_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, gr_document_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, gr_document_get_redo_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gr_document_class_init (GrDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = gr_document_finalize;
  object_class->get_property = gr_document_get_property;

  /* The current scenario (g_object_get() gives a copy) */
  properties[PROP_SCENARIO] = g_param_spec_boxed ("scenario", NULL, NULL, GR_TYPE_SCENARIO, flags);
  /* Its metrics, NULL without a model (g_object_get() gives a copy;
   * gr_document_get_metrics() does not copy) */
  properties[PROP_METRICS] = g_param_spec_boxed ("metrics", NULL, NULL, GR_TYPE_METRICS, flags);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, flags);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after the scenario changed (edit, undo, redo, load), once the
   * metrics are re-evaluated and every property has been notified. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
gr_document_init (GrDocument *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
  self->next_serial = 1;
}

/**
 * gr_document_new:
 * @model: (nullable): evaluates the metrics; the document keeps a reference
 * @scenario: (transfer full): the initial scenario, not checked
 *
 * Returns: (transfer full): an unmodified document without a file
 */
GrDocument *
gr_document_new (GrModel    *model,
                 GrScenario *scenario)
{
  GrDocument *self;

  g_return_val_if_fail (scenario != NULL, NULL);

  self = g_object_new (GR_TYPE_DOCUMENT, NULL);
  if (model != NULL)
    {
      self->model = gr_model_ref (model);
      self->evaluator = gr_evaluator_new (model);
    }
  swap_scenario (self, scenario, self->next_serial++);
  self->saved_serial = self->serial;
  return self;
}

GrModel *
gr_document_get_model (GrDocument *self)
{
  g_return_val_if_fail (GR_IS_DOCUMENT (self), NULL);
  return self->model;
}

const GrScenario *
gr_document_get_scenario (GrDocument *self)
{
  g_return_val_if_fail (GR_IS_DOCUMENT (self), NULL);
  return self->scenario;
}

const GrMetrics *
gr_document_get_metrics (GrDocument *self)
{
  g_return_val_if_fail (GR_IS_DOCUMENT (self), NULL);
  return self->metrics;
}

/* Returns: (nullable) (transfer none): the file, NULL for a bundled or new scenario */
GFile *
gr_document_get_file (GrDocument *self)
{
  g_return_val_if_fail (GR_IS_DOCUMENT (self), NULL);
  return self->file;
}

/* The scenario's name, or "Untitled Scenario". */
const char *
gr_document_get_title (GrDocument *self)
{
  g_return_val_if_fail (GR_IS_DOCUMENT (self), NULL);
  return self->title;
}

gboolean
gr_document_get_modified (GrDocument *self)
{
  g_return_val_if_fail (GR_IS_DOCUMENT (self), FALSE);
  return self->serial != self->saved_serial;
}

gboolean
gr_document_get_can_undo (GrDocument *self)
{
  g_return_val_if_fail (GR_IS_DOCUMENT (self), FALSE);
  return self->group_depth == 0 && !g_queue_is_empty (&self->undo);
}

gboolean
gr_document_get_can_redo (GrDocument *self)
{
  g_return_val_if_fail (GR_IS_DOCUMENT (self), FALSE);
  return self->group_depth == 0 && !g_queue_is_empty (&self->redo);
}

/* Returns: (nullable): the label of the step undo would revert */
const char *
gr_document_get_undo_label (GrDocument *self)
{
  Step *step;

  g_return_val_if_fail (GR_IS_DOCUMENT (self), NULL);
  step = g_queue_peek_head (&self->undo);
  return step != NULL ? step->label : NULL;
}

/* Returns: (nullable): the label of the step redo would repeat */
const char *
gr_document_get_redo_label (GrDocument *self)
{
  Step *step;

  g_return_val_if_fail (GR_IS_DOCUMENT (self), NULL);
  step = g_queue_peek_head (&self->redo);
  return step != NULL ? step->label : NULL;
}

static void
emit_changed (GrDocument     *self,
              const Snapshot *snap)
{
  notify_since (self, snap);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * gr_document_apply:
 * @label: (nullable): the undo label, translated (e.g. _("Move battery"));
 *   ignored inside an edit bracket
 * @func: mutates a copy of the scenario
 *
 * Edits the scenario; see the header for the pattern.
 *
 * Returns: FALSE with @error set (GR_SCENARIO_ERROR) when the edited scenario
 *   fails gr_scenario_check(); the document is then unchanged
 */
gboolean
gr_document_apply (GrDocument *self,
                   const char *label,
                   GrEditFunc  func,
                   gpointer    user_data,
                   GError    **error)
{
  g_autoptr(GrScenario) edited = NULL;
  GrScenario *old;
  Snapshot snap;
  guint old_serial;

  g_return_val_if_fail (GR_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  edited = gr_scenario_copy (self->scenario);
  func (edited, user_data);
  gr_scenario_widen_ranges (edited);
  if (!gr_scenario_check (edited, error))
    return FALSE;
  if (gr_scenario_equal (edited, self->scenario))
    return TRUE;

  take_snapshot (self, &snap);
  g_object_freeze_notify (G_OBJECT (self));

  old_serial = self->serial;
  old = swap_scenario (self, g_steal_pointer (&edited), self->next_serial++);
  if (self->group_depth == 0)
    {
      push_undo (self, step_new (old, label != NULL ? label : _("Edit"), old_serial));
      clear_history (&self->redo);
    }
  else if (self->group_before == NULL)
    {
      self->group_before = old;
      self->group_serial = old_serial;
      clear_history (&self->redo);
    }
  else
    {
      gr_scenario_free (old);
    }

  emit_changed (self, &snap);
  return TRUE;
}

/**
 * gr_document_begin_edit:
 * @label: the undo label of the whole bracket, translated
 *
 * Opens an edit bracket: the applies until the matching
 * gr_document_end_edit() become one undo step.  Undo and redo are disabled
 * meanwhile.
 */
void
gr_document_begin_edit (GrDocument *self,
                        const char *label)
{
  Snapshot snap;

  g_return_if_fail (GR_IS_DOCUMENT (self));
  g_return_if_fail (label != NULL);

  if (self->group_depth++ > 0)
    return;

  take_snapshot (self, &snap);
  self->group_label = g_strdup (label);
  self->group_before = NULL;

  /* can-undo and can-redo turn FALSE while a bracket is open. */
  if (snap.undo_head != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (snap.redo_head != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

gboolean
gr_document_get_editing (GrDocument *self)
{
  g_return_val_if_fail (GR_IS_DOCUMENT (self), FALSE);
  return self->group_depth > 0;
}

/* Closes the bracket opened by gr_document_begin_edit(). */
void
gr_document_end_edit (GrDocument *self)
{
  gboolean modified;

  g_return_if_fail (GR_IS_DOCUMENT (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  modified = gr_document_get_modified (self);
  g_object_freeze_notify (G_OBJECT (self));

  if (self->group_before == NULL)
    {
      /* Nothing was applied. */
    }
  else if (gr_scenario_equal (self->group_before, self->scenario))
    {
      /* The gesture came back where it started (a drag released at its
       * origin): no undo step, and the state is the one before again. */
      self->serial = self->group_serial;
      g_clear_pointer (&self->group_before, gr_scenario_free);
    }
  else
    {
      push_undo (self, step_new (g_steal_pointer (&self->group_before),
                                 self->group_label, self->group_serial));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
    }
  g_clear_pointer (&self->group_label, g_free);

  if (modified != gr_document_get_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Closes the outermost bracket and puts the scenario back as it was when
 * the bracket opened (a drag cancelled with Escape); no undo step. */
void
gr_document_cancel_edit (GrDocument *self)
{
  Snapshot snap;

  g_return_if_fail (GR_IS_DOCUMENT (self));
  g_return_if_fail (self->group_depth == 1);

  if (self->group_before != NULL)
    {
      take_snapshot (self, &snap);
      g_object_freeze_notify (G_OBJECT (self));
      gr_scenario_free (swap_scenario (self, g_steal_pointer (&self->group_before),
                                       self->group_serial));
      emit_changed (self, &snap);
    }
  gr_document_end_edit (self);
}

/* Moves the head of @from to @to, swapping its scenario with the current. */
static gboolean
travel (GrDocument *self,
        GQueue     *from,
        GQueue     *to)
{
  Snapshot snap;
  Step *step;
  guint serial;

  if (self->group_depth > 0 || g_queue_is_empty (from))
    return FALSE;

  take_snapshot (self, &snap);
  g_object_freeze_notify (G_OBJECT (self));

  step = g_queue_pop_head (from);
  serial = self->serial;
  step->scenario = swap_scenario (self, step->scenario, step->serial);
  step->serial = serial;
  g_queue_push_head (to, step);

  emit_changed (self, &snap);
  return TRUE;
}

/* Returns: FALSE when there is nothing to undo or a bracket is open */
gboolean
gr_document_undo (GrDocument *self)
{
  g_return_val_if_fail (GR_IS_DOCUMENT (self), FALSE);
  return travel (self, &self->undo, &self->redo);
}

/* Returns: FALSE when there is nothing to redo or a bracket is open */
gboolean
gr_document_redo (GrDocument *self)
{
  g_return_val_if_fail (GR_IS_DOCUMENT (self), FALSE);
  return travel (self, &self->redo, &self->undo);
}

/* FALSE with GR_DOCUMENT_ERROR_BUSY inside an edit bracket. */
gboolean
_gr_document_check_idle (GrDocument *self,
                         GError    **error)
{
  if (self->group_depth == 0)
    return TRUE;
  g_set_error_literal (error, GR_DOCUMENT_ERROR, GR_DOCUMENT_ERROR_BUSY,
                       _("The scenario is being edited"));
  return FALSE;
}

/* Replaces the whole document with a loaded scenario: a fresh, unmodified
 * state with no history. */
void
_gr_document_replace (GrDocument *self,
                      GrScenario *scenario,
                      GFile      *file)
{
  Snapshot snap;
  guint serial;

  take_snapshot (self, &snap);
  g_object_freeze_notify (G_OBJECT (self));

  clear_history (&self->undo);
  clear_history (&self->redo);
  g_set_object (&self->file, file);
  serial = self->next_serial++;
  gr_scenario_free (swap_scenario (self, scenario, serial));
  self->saved_serial = serial;

  emit_changed (self, &snap);
}

/* Records that the state numbered @serial is now on disk in @file. */
void
_gr_document_mark_saved (GrDocument *self,
                         GFile      *file,
                         guint       serial)
{
  Snapshot snap;

  take_snapshot (self, &snap);
  g_object_freeze_notify (G_OBJECT (self));
  g_set_object (&self->file, file);
  self->saved_serial = serial;
  notify_since (self, &snap);
  g_object_thaw_notify (G_OBJECT (self));
}

/* The serial number of the current state, for _gr_document_mark_saved(). */
guint
_gr_document_get_serial (GrDocument *self)
{
  return self->serial;
}
