/* gr-window-private.h — what gr-window.c and gr-window-actions.c share
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gr-window.c builds the window and keeps its chrome in step with the
 * document; gr-window-actions.c holds the win.* actions and the file flows
 * (open, save, the unsaved-changes prompt) behind them.
 */

#pragma once

#include "gr-autosave.h"
#include "gr-document.h"
#include "gr-map-widget.h"
#include "gr-window.h"

G_BEGIN_DECLS

/* The type of a scenario file (data/io.github.guarantor.Guarantor.xml). */
#define GR_SCENARIO_MIME_TYPE "application/x-guarantor-scenario"

struct _GrWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  GrModel *model;              /* only until constructed() hands it on */
  GrDocument *document;
  GrAutosave *autosave;        /* the recovery file of unsaved edits */

  /* Set once the user agreed to lose unsaved changes, so that the second
   * close request goes through. */
  guint close_confirmed : 1;

  /* template children */
  AdwWindowTitle *window_title;
  GtkWidget *undo_button;
  GtkWidget *redo_button;
  GrMapWidget *map;
  GtkWidget *side_box;
  GMenu *bundled_menu;         /* the Open button's menu */

  GMenu *recent_menu;          /* its Recent Files section */
  GtkRecentManager *recent;
};

/* What to do once the user has saved or discarded the changes. */
typedef void (*GrWindowContinue) (GrWindow *self,
                                  gpointer  data);

void _gr_window_class_actions_init (GrWindowClass    *klass);
void _gr_window_actions_update     (GrWindow         *self);
void _gr_window_load               (GrWindow         *self,
                                    GFile            *file);
void _gr_window_confirm_discard    (GrWindow         *self,
                                    GrWindowContinue  next,
                                    gpointer          data,
                                    GDestroyNotify    data_free);
void _gr_window_chooser_start_in_folder (GrWindow       *self,
                                         GtkFileChooser *chooser);

/* gr-window-recent.c */
void _gr_window_class_recent_init  (GrWindowClass    *klass);
void _gr_window_recent_init        (GrWindow         *self);
void _gr_window_add_recent         (GrWindow         *self,
                                    GFile            *file);

void _gr_window_show_error         (GrWindow         *self,
                                    const char       *heading,
                                    const char       *body);

G_END_DECLS
