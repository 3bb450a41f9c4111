/* gr-document-private.h — what gr-document.c lends gr-document-io.c
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "gr-document.h"

G_BEGIN_DECLS

gboolean _gr_document_check_idle  (GrDocument  *self,
                                   GError     **error);
void     _gr_document_replace     (GrDocument  *self,
                                   GrScenario  *scenario,
                                   GFile       *file);
guint    _gr_document_get_serial  (GrDocument  *self);
void     _gr_document_mark_saved  (GrDocument  *self,
                                   GFile       *file,
                                   guint        serial);

G_END_DECLS
