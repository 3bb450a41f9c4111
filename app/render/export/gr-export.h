/* gr-export.h — draw a picture into a PNG, PDF or SVG file
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format comes from the file name's extension.  PDF and SVG are vector
 * (cairo embeds the fonts), PNG is raster.  The file is written atomically:
 * a failed export never leaves half a file behind.
 */

#pragma once

#include <glib.h>

#include "gr-chart.h"

G_BEGIN_DECLS

#define GR_EXPORT_ERROR (gr_export_error_quark ())

typedef enum
{
  GR_EXPORT_ERROR_UNKNOWN_FORMAT,
  GR_EXPORT_ERROR_INVALID_SIZE,
  GR_EXPORT_ERROR_DRAW,
  GR_EXPORT_ERROR_WRITE,
} GrExportError;

typedef enum
{
  GR_EXPORT_PNG,
  GR_EXPORT_PDF,
  GR_EXPORT_SVG,
  GR_N_EXPORT_FORMATS
} GrExportFormat;

GQuark   gr_export_error_quark        (void);

/* "png", "pdf" or "svg" at the end of path, any case. */
gboolean gr_export_format_from_path   (const char      *path,
                                       GrExportFormat  *format);

/* width × height are pixels (PNG) or points (PDF, SVG).  The picture is
 * drawn at width/scale × height/scale user units, magnified by scale: a
 * chart laid out for a 1280×720 window fills a 1920×1080 PNG at scale 1.5
 * with the same proportions. */
gboolean gr_export_draw_to_file       (const char      *path,
                                       int              width,
                                       int              height,
                                       double           scale,
                                       GrDrawFunc       draw,
                                       gpointer         user_data,
                                       GError         **error);

G_END_DECLS
