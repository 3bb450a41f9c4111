/* gr-deflate.h — a fast raw deflate encoder for image rows
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _GrDeflate GrDeflate;

/* Compresses rows of @row_length bytes (at least 1; past deflate's 32 kB
 * window the row above is out of reach and only repeats along the row
 * count), whose
 * pixels are @bpp bytes into raw deflate data, appended to @out at the
 * end; @last for the last part of a stream. */
GrDeflate *gr_deflate_new        (gsize       row_length,
                                  guint       bpp,
                                  gboolean    last,
                                  GByteArray *out);
/* Where to write the next row's row_length bytes before
 * gr_deflate_push_row(). */
guint8    *gr_deflate_row_buffer (GrDeflate  *self);
void       gr_deflate_push_row   (GrDeflate  *self);
/* Compresses a row equal to the last one pushed, without writing it. */
void       gr_deflate_repeat_row (GrDeflate  *self);
/* Appends the data to @out, ended with the stream's final block when
 * @last, otherwise byte-aligned by an empty stored block (as zlib's
 * Z_SYNC_FLUSH does) so that another part may follow.  Frees @self. */
void       gr_deflate_finish     (GrDeflate  *self);

G_END_DECLS
