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
#include "gr-scenario.h"

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

/* What every export names: the scenario as it is now and the date,
 * "Article baseline (modified) · 4 December 2026".  title NULL or empty:
 * "Untitled scenario"; date NULL: today. */
char    *gr_export_stamp              (const char      *title,
                                       gboolean         modified,
                                       GDateTime       *date);

/* Gives the copy of a scenario about to be exported that stamp as its
 * name, so the painters (chart source lines, the map's title) print it. */
void     gr_export_stamp_scenario     (GrScenario      *copy,
                                       const char      *title,
                                       gboolean         modified);

G_END_DECLS
