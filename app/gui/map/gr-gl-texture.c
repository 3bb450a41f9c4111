/* gr-gl-texture.c — pixels copied into the current GL context, for GTK's GL renderer to draw as they are
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's GL renderer uploads a memory texture the first time it draws
 * it and keeps that copy for as long as the texture lives, and the texture
 * keeps its bytes too: each map tile in view was held twice, in main memory
 * both times under a software driver such as llvmpipe.  A GL texture made
 * in a context that shares its objects with the renderer's is drawn as it
 * is, so the caller can let its own pixels go.
 *
 * A context of our own would cost its own driver state, about 3.5 MB
 * under llvmpipe, more than a screenful of tiles saves.  While widgets are
 * snapshot, though, the current context is the renderer's: GTK left it
 * current after drawing the last frame.  The copy goes into that one, and
 * the GL state it touches is put back as it was, since the renderer keeps
 * track of what it bound.
 */

#include "config.h"

#include "gr-gl-texture.h"

#include <epoxy/gl.h>

typedef struct
{
  GdkGLContext *context;
  GLuint id;
} Upload;

static gboolean
delete_upload_cb (gpointer data)
{
  Upload *upload = data;
  GdkGLContext *current = gdk_gl_context_get_current ();

  /* Usually the renderer's context is current still, or another that
   * shares its objects (another window's). */
  if (current == NULL || !gdk_gl_context_is_shared (current, upload->context))
    {
      g_autoptr(GdkGLContext) previous = current != NULL ? g_object_ref (current) : NULL;

      gdk_gl_context_make_current (upload->context);
      glDeleteTextures (1, &upload->id);
      if (previous != NULL)
        gdk_gl_context_make_current (previous);
      else
        gdk_gl_context_clear_current ();
    }
  else
    glDeleteTextures (1, &upload->id);
  g_object_unref (upload->context);
  g_free (upload);
  return G_SOURCE_REMOVE;
}

/* The texture's destroy notify, on whichever thread dropped it last: the
 * context belongs to the main thread. */
static void
upload_release (gpointer data)
{
  g_main_context_invoke (NULL, delete_upload_cb, data);
}

/**
 * gr_gl_texture_upload:
 * @surface: an ARGB32 image surface
 *
 * Copies @surface's pixels into a new texture of the current GL context.
 * Main thread only, while widgets are snapshot.
 *
 * Returns: (transfer full) (nullable): the texture, or %NULL when no GL
 * context is current, it cannot take cairo's pixels as they are (OpenGL
 * ES), or the upload failed; @surface is not kept either way.
 */
GdkTexture *
gr_gl_texture_upload (cairo_surface_t *surface)
{
  GdkGLContext *context = gdk_gl_context_get_current ();
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  GLint active, bound, unpack_buffer, alignment, row_length;
  GLuint id = 0;
  GLenum error;
  Upload *upload;

  g_return_val_if_fail (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_ARGB32, NULL);

  if (context == NULL || gdk_gl_context_get_use_es (context) || width <= 0 || height <= 0)
    return NULL;

  cairo_surface_flush (surface);
  /* Errors left by others are not this upload's; a lost context may keep
   * reporting one, hence the bound. */
  for (int i = 0; i < 8 && glGetError () != GL_NO_ERROR; i++)
    ;
  glGetIntegerv (GL_ACTIVE_TEXTURE, &active);
  glActiveTexture (GL_TEXTURE0);
  glGetIntegerv (GL_TEXTURE_BINDING_2D, &bound);
  glGetIntegerv (GL_PIXEL_UNPACK_BUFFER_BINDING, &unpack_buffer);
  glGetIntegerv (GL_UNPACK_ALIGNMENT, &alignment);
  glGetIntegerv (GL_UNPACK_ROW_LENGTH, &row_length);

  glGenTextures (1, &id);
  glBindTexture (GL_TEXTURE_2D, id);
  glTexParameteri (GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri (GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri (GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri (GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glBindBuffer (GL_PIXEL_UNPACK_BUFFER, 0);
  glPixelStorei (GL_UNPACK_ALIGNMENT, 4);
  glPixelStorei (GL_UNPACK_ROW_LENGTH, stride / 4);
  /* cairo's ARGB32 is one native-endian 32-bit word a pixel, alpha in the
   * high byte, premultiplied: what GTK draws textures as. */
  glTexImage2D (GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0,
                GL_BGRA, GL_UNSIGNED_INT_8_8_8_8_REV, cairo_image_surface_get_data (surface));
  error = glGetError ();

  glPixelStorei (GL_UNPACK_ROW_LENGTH, row_length);
  glPixelStorei (GL_UNPACK_ALIGNMENT, alignment);
  glBindBuffer (GL_PIXEL_UNPACK_BUFFER, unpack_buffer);
  glBindTexture (GL_TEXTURE_2D, bound);
  glActiveTexture (active);

  if (error != GL_NO_ERROR)
    {
      glDeleteTextures (1, &id);
      g_debug ("A %d × %d texture upload failed: GL error 0x%x", width, height, error);
      return NULL;
    }
  /* Other windows' renderers share the texture: they must see it whole. */
  glFlush ();

  upload = g_new (Upload, 1);
  upload->context = g_object_ref (context);
  upload->id = id;
  return gdk_gl_texture_new (context, id, width, height, upload_release, upload);
}
