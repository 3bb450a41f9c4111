/* gr-display-text.h — untrusted text made safe to show: escaped and capped
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scenario files and file names come from strangers.  Anything of theirs
 * that reaches a terminal, a dialog or an error message goes through here
 * first, so that control characters (a terminal escape sequence, a
 * carriage return that hides the rest of a line) show as visible escapes
 * and a 15 MiB name cannot become a 15 MiB message.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest error message shown to the user, in characters. */
#define GR_DISPLAY_MAX_MESSAGE 600

char *gr_display_text    (const char *text,
                          gssize      length,
                          gsize       max_chars);
char *gr_display_message (const char *message);

G_END_DECLS
