/* test-window.c — the real window: load errors, undo/redo state, close prompt
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (display suite).  The window is driven the way a user
 * would: through gr_window_open_file(), its win.* actions and close
 * requests; dialogs are found among the toplevels and answered.
 */

#include "config.h"

#include <adwaita.h>

#include "gr-scenario-io.h"
#include "gr-window-private.h"

#include "display-fixture.h"
#include "tmp-dir.h"

static AdwMessageDialog *
visible_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
dialog_shown (gconstpointer data)
{
  return visible_dialog () != NULL;
}

static AdwMessageDialog *
wait_for_dialog (void)
{
  wait_until (dialog_shown, NULL, "a message dialog");
  return visible_dialog ();
}

/* Answers @dialog as a click on the button with @response would. */
static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  adw_message_dialog_response (dialog, response);
  /* A button click also closes the dialog, unless its parent took it along. */
  if (dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  display_drain ();
}

static GrWindow *
new_window (void)
{
  GrWindow *window = gr_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  display_drain ();
  return window;
}

static void
add_brigade (GrScenario *scenario,
             gpointer    user_data)
{
  GrDeployment d = { 0 };

  d.id = g_strdup ("test-brigade");
  d.name = g_strdup ("Test brigade");
  d.position = (GrLonLat) { 36.23, 49.99 };
  d.troops = 3000;
  d.role = GR_ROLE_BORDER;
  d.nation = g_strdup ("GB");
  g_array_append_val (scenario->force.deployments, d);
}

static void
edit (GrWindow *window)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (gr_document_apply (gr_window_get_document (window), "Add brigade",
                                    add_brigade, NULL, &error));
  g_assert_no_error (error);
}

static void
test_load_error (void)
{
  GrWindow *window = new_window ();
  GrDocument *doc = gr_window_get_document (window);
  g_autoptr(GrScenario) before = NULL;
  g_autoptr(TmpDir) dir = tmp_dir_new ("test-window");
  g_autofree char *path = g_build_filename (dir, "broken-scenario.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  edit (window);
  before = gr_scenario_copy (gr_document_get_scenario (doc));
  g_assert_true (g_file_set_contents (path, "{ \"name\": 42 }", -1, &error));
  g_assert_no_error (error);

  /* The document is modified, so opening first asks; discard, then load. */
  gr_window_open_file (window, file);
  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  answer (dialog, "discard");

  dialog = wait_for_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "broken-scenario.json"));
  /* The body carries the loader's message, which names the problem. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "not a Guarantor scenario"));
  /* The open scenario is untouched, edits and history included. */
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (doc), before));
  g_assert_null (gr_document_get_file (doc));
  g_assert_true (gr_document_get_modified (doc));
  g_assert_true (gr_document_get_can_undo (doc));
  answer (dialog, "close");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_undo_redo_state (void)
{
  GrWindow *window = new_window ();
  GrDocument *doc = gr_window_get_document (window);
  g_autoptr(GrScenario) before = gr_scenario_copy (gr_document_get_scenario (doc));

  g_assert_false (gtk_widget_get_sensitive (window->undo_button));
  g_assert_false (gtk_widget_get_sensitive (window->redo_button));

  edit (window);
  g_assert_true (gtk_widget_get_sensitive (window->undo_button));
  g_assert_false (gtk_widget_get_sensitive (window->redo_button));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (window->undo_button), "Add brigade"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (gr_scenario_equal (gr_document_get_scenario (doc), before));
  g_assert_false (gtk_widget_get_sensitive (window->undo_button));
  g_assert_true (gtk_widget_get_sensitive (window->redo_button));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (window->redo_button), "Add brigade"));

  /* A drag in progress disables both. */
  gr_document_begin_edit (doc, "Drag");
  g_assert_false (gtk_widget_get_sensitive (window->redo_button));
  gr_document_end_edit (doc);
  g_assert_true (gtk_widget_get_sensitive (window->redo_button));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_false (gr_scenario_equal (gr_document_get_scenario (doc), before));
  g_assert_true (gtk_widget_get_sensitive (window->undo_button));
  g_assert_false (gtk_widget_get_sensitive (window->redo_button));

  /* Back to the loaded state: not modified, so closing does not ask. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_false (gr_document_get_modified (doc));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Closing means destroyed (disposed), not finalized: a tile still being
 * drawn may hold a reference for a while after. */
static void
destroyed_cb (GtkWidget *widget,
              gpointer   user_data)
{
  *(gboolean *) user_data = TRUE;
}

static void
test_close_prompt (void)
{
  GrWindow *window = new_window ();
  AdwMessageDialog *dialog;
  gboolean destroyed = FALSE;

  g_signal_connect (window, "destroy", G_CALLBACK (destroyed_cb), &destroyed);
  edit (window);

  /* Cancel keeps the window and the changes. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            gr_document_get_title (gr_window_get_document (window))));
  answer (dialog, "cancel");
  g_assert_false (destroyed);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (gr_document_get_modified (gr_window_get_document (window)));

  /* Discard closes it. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_dialog ();
  answer (dialog, "discard");
  wait_until (wait_flag, &destroyed, "the window to close");
}

static gboolean
file_loaded (gconstpointer window)
{
  return gr_document_get_file (gr_window_get_document ((GrWindow *) window)) != NULL;
}

/* Save from the close prompt: the file is written, then the window closes. */
static void
test_close_save (void)
{
  GrWindow *window = new_window ();
  g_autoptr(TmpDir) dir = tmp_dir_new ("test-window");
  g_autofree char *path = g_build_filename (dir, "saved.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GrScenario) edited = NULL;
  g_autoptr(GrScenario) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean destroyed = FALSE;

  g_signal_connect (window, "destroy", G_CALLBACK (destroyed_cb), &destroyed);

  /* Give the document a file: write the baseline out and open it. */
  text = gr_scenario_to_data (gr_document_get_scenario (gr_window_get_document (window)), NULL);
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  gr_window_open_file (window, file);
  wait_until (file_loaded, window, "the file to load");

  edit (window);
  edited = gr_scenario_copy (gr_document_get_scenario (gr_window_get_document (window)));
  gtk_window_close (GTK_WINDOW (window));
  answer (wait_for_dialog (), "save");
  wait_until (wait_flag, &destroyed, "the window to close");

  reread = gr_scenario_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (gr_scenario_equal (reread, edited));

}

static void
test_open_bundled (void)
{
  GrWindow *window = new_window ();
  GrDocument *doc = gr_window_get_document (window);
  AdwMessageDialog *dialog;

  edit (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", "s",
                                             "reinforced"));
  dialog = wait_for_dialog ();
  answer (dialog, "cancel");
  g_assert_true (gr_document_get_can_undo (doc));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", "s",
                                             "reinforced"));
  dialog = wait_for_dialog ();
  answer (dialog, "discard");
  g_assert_false (gr_document_get_can_undo (doc));
  g_assert_false (gr_document_get_modified (doc));
  g_assert_null (gr_document_get_file (doc));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A name a screen reader can read: the label property, a labelling
 * widget, or for a control named by its content (a button), a label
 * inside it with text.  An editable's text field is named by its entry. */
/* A label with text at or under @widget: a button's name from its content. */
static gboolean
has_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_text (child))
      return TRUE;
  return FALSE;
}

static gboolean
has_accessible_name (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  static const GtkAccessibleRole by_content[] = {
    GTK_ACCESSIBLE_ROLE_BUTTON,
    GTK_ACCESSIBLE_ROLE_CHECKBOX, GTK_ACCESSIBLE_ROLE_RADIO, GTK_ACCESSIBLE_ROLE_LINK,
    GTK_ACCESSIBLE_ROLE_MENU_ITEM, GTK_ACCESSIBLE_ROLE_TAB, GTK_ACCESSIBLE_ROLE_LIST_ITEM,
    GTK_ACCESSIBLE_ROLE_COMBO_BOX,
  };

  if (GTK_IS_TEXT (widget) && GTK_IS_EDITABLE (gtk_widget_get_parent (widget)))
    return has_accessible_name (gtk_widget_get_parent (widget));
  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (by_content); i++)
    if (gtk_test_accessible_has_role (accessible, by_content[i]))
      {
        if (has_text (widget))
          return TRUE;
      }
  return FALSE;
}

static gboolean
is_lever_spin (GtkWidget *widget)
{
  GtkWidget *spin = gtk_widget_get_ancestor (widget, GTK_TYPE_SPIN_BUTTON);

  return spin != NULL && gtk_widget_get_ancestor (spin, g_type_from_name ("GrLeverRow")) != NULL;
}

/* Tab from the window's start to its end: every stop has a name, the
 * headline numbers are no stops, and the first lever is near. */
static void
test_focus_chain (void)
{
  GrWindow *window = new_window ();
  g_autoptr(GPtrArray) unnamed = g_ptr_array_new ();
  guint n_stops = 0, first_lever = 0;
  GtkWidget *first = NULL;

  /* The window wraps around: the walk ends back at its first stop. */
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  while (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD) && n_stops < 3000)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

      g_assert_nonnull (focus);
      if (focus == first)
        break;
      if (first == NULL)
        first = focus;
      n_stops++;
      if (!has_accessible_name (focus))
        {
          g_test_message ("stop %u: %s in %s in %s (tooltip “%s”) has no accessible name", n_stops,
                          G_OBJECT_TYPE_NAME (focus),
                          G_OBJECT_TYPE_NAME (gtk_widget_get_parent (focus)),
                          G_OBJECT_TYPE_NAME (gtk_widget_get_parent (gtk_widget_get_parent (focus))),
                          gtk_widget_get_tooltip_text (focus));
          g_ptr_array_add (unnamed, focus);
        }
      g_assert_null (gtk_widget_get_ancestor (focus, g_type_from_name ("GrHeadline")));
      g_assert_false (GTK_IS_FLOW_BOX_CHILD (focus) &&
                      G_TYPE_CHECK_INSTANCE_TYPE (gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (focus)),
                                                  g_type_from_name ("GrHeadline")));
      if (first_lever == 0 && is_lever_spin (focus))
        first_lever = n_stops;
    }
  g_test_message ("%u stops, the first lever at %u", n_stops, first_lever);
  g_assert_cmpuint (n_stops, <, 3000);
  g_assert_cmpuint (unnamed->len, ==, 0);
  g_assert_cmpuint (first_lever, >, 0);
  g_assert_cmpuint (first_lever, <=, 25);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  /* The test accessibility backend keeps the accessible properties that
   * test_focus_chain() reads. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  display_test_init (&argc, &argv);

  g_test_add_func ("/display/window/load-error", test_load_error);
  g_test_add_func ("/display/window/undo-redo-state", test_undo_redo_state);
  g_test_add_func ("/display/window/close-prompt", test_close_prompt);
  g_test_add_func ("/display/window/close-save", test_close_save);
  g_test_add_func ("/display/window/open-bundled", test_open_bundled);
  g_test_add_func ("/display/window/focus-chain", test_focus_chain);

  return g_test_run ();
}
