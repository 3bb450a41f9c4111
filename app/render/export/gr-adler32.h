/* gr-adler32.h — the Adler-32 checksum of zlib streams, on 16 bytes at a time
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* zlib's adler32(): the checksum @adler (1 to start) updated with
 * @length bytes of @data. */
guint32 gr_adler32 (guint32       adler,
                    const guint8 *data,
                    gsize         length);

G_END_DECLS
