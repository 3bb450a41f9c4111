/* gr-export.c — draw a picture into a PNG, PDF or SVG file
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-export.h"

#include "gr-export-png.h"
#include "gr-export-surface.h"
#include "gr-file-write.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

/* Larger than any screen or print: cairo's image limit is 32767. */
#define MAX_SIDE 16384

G_DEFINE_QUARK (gr-export-error-quark, gr_export_error)

gboolean
gr_export_format_from_path (const char     *path,
                            GrExportFormat *format)
{
  static const char *extensions[GR_N_EXPORT_FORMATS] = { ".png", ".pdf", ".svg" };
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  for (guint i = 0; i < GR_N_EXPORT_FORMATS; i++)
    if (g_str_has_suffix (lower, extensions[i]))
      {
        if (format != NULL)
          *format = i;
        return TRUE;
      }
  return FALSE;
}

/* Cairo's stream callback: the writer keeps the first error for commit. */
static cairo_status_t
write_to_writer (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  return gr_file_writer_write (closure, data, length, NULL) ? CAIRO_STATUS_SUCCESS
                                                            : CAIRO_STATUS_WRITE_ERROR;
}

gboolean
gr_export_draw_to_file (const char  *path,
                        int          width,
                        int          height,
                        double       scale,
                        GrDrawFunc   draw,
                        gpointer     user_data,
                        GError     **error)
{
  g_autoptr(GrFileWriter) writer = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;
  GrExportFormat format;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (draw != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (path);
  if (!gr_export_format_from_path (path, &format))
    {
      g_set_error (error, GR_EXPORT_ERROR, GR_EXPORT_ERROR_UNKNOWN_FORMAT,
                   _("Cannot export “%s”: the name must end in .png, .pdf or .svg"), display);
      return FALSE;
    }
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || !(scale > 0))
    {
      g_set_error (error, GR_EXPORT_ERROR, GR_EXPORT_ERROR_INVALID_SIZE,
                   _("Cannot export “%s”: %d × %d at scale %g is not a usable size "
                     "(1 to %d on each side)"), display, width, height, scale, MAX_SIDE);
      return FALSE;
    }

  /* Every byte goes to a temporary file beside the target, renamed over it
   * only when whole; its errors name the target. */
  writer = gr_file_writer_new (path, &local_error);
  if (writer == NULL)
    {
      g_set_error_literal (error, GR_EXPORT_ERROR, GR_EXPORT_ERROR_WRITE, local_error->message);
      return FALSE;
    }

  switch (format)
    {
    case GR_EXPORT_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_to_writer, writer, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Guarantor");
      break;
    case GR_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (write_to_writer, writer, width, height);
      break;
    case GR_EXPORT_PNG:
    default:
      surface = gr_export_image_surface_new (width, height);
      break;
    }

  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  draw (cr, width / scale, height / scale, user_data);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format != GR_EXPORT_PNG)
    cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS && format == GR_EXPORT_PNG)
    {
      g_autoptr(GByteArray) bytes = g_byte_array_new ();

      /* on as many threads as are worth it */
      gr_export_png_encode (surface, bytes);
      gr_file_writer_write (writer, bytes->data, bytes->len, NULL);
    }
  cairo_surface_destroy (surface);

  /* A failed write makes cairo's status a write error: the writer's own
   * error (a zero-length write returns it) says which file and why.  The
   * target is replaced only after all went well. */
  if (!gr_file_writer_write (writer, NULL, 0, &local_error)
      || (status == CAIRO_STATUS_SUCCESS && !gr_file_writer_commit (writer, &local_error)))
    {
      g_set_error_literal (error, GR_EXPORT_ERROR, GR_EXPORT_ERROR_WRITE, local_error->message);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, GR_EXPORT_ERROR, GR_EXPORT_ERROR_DRAW,
                   _("Cannot export “%s”: drawing failed (%s)"), display,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

char *
gr_export_stamp (const char *title,
                 gboolean    modified,
                 GDateTime  *date)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *day = NULL;
  g_autofree char *name = NULL;

  if (title == NULL || *title == '\0')
    title = _("Untitled scenario");
  if (date == NULL)
    date = now = g_date_time_new_now_local ();
  /* TRANSLATORS: an export's date, a g_date_time_format() pattern */
  day = g_date_time_format (date, _("%-d %B %Y"));
  /* TRANSLATORS: a scenario's title after it was edited */
  name = modified ? g_strdup_printf (_("%s (modified)"), title) : g_strdup (title);
  return g_strdup_printf ("%s · %s", name, day);
}

void
gr_export_stamp_scenario (GrScenario *copy,
                          const char *title,
                          gboolean    modified)
{
  char *stamp;

  g_return_if_fail (copy != NULL);

  stamp = gr_export_stamp (title != NULL ? title : copy->name, modified, NULL);
  g_free (copy->name);
  copy->name = stamp;
}
