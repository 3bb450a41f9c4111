/* gl-current.h — a realized GL renderer whose context is current, as while GTK snapshots widgets
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Header-only, like wait.h.  GTK leaves its GL renderer's context current
 * after drawing a frame, and the map uploads its textures into it
 * (gr-gl-texture.c); a test draws one pixel to be in the same state.
 */

#pragma once

#include <gtk/gtk.h>
#include <gsk/gl/gskglrenderer.h>
#include <string.h>

/* The renderer, or NULL when the test was skipped: no GL here, or a
 * sanitizer build whose unwinder llvmpipe would deadlock. */
static GskRenderer *
gl_current_renderer_new (void)
{
  g_autoptr(GskRenderer) gl = NULL;
  g_autoptr(GskRenderNode) dot = NULL;
  g_autoptr(GError) error = NULL;

#ifdef __SANITIZE_ADDRESS__
  /* llvmpipe's compiler registers its code's unwind tables under libgcc's
   * lock and allocates meanwhile; AddressSanitizer's slow unwinder, which
   * the suite asks for (meson.build), takes that lock again and waits for
   * ever.  Run such a case with fast_unwind_on_malloc=1 instead. */
  if (strstr (g_getenv ("ASAN_OPTIONS") ?: "", "fast_unwind_on_malloc=0") != NULL)
    {
      g_test_skip ("llvmpipe deadlocks AddressSanitizer's slow unwinder");
      return NULL;
    }
#endif
  gl = gsk_gl_renderer_new ();
  if (!gsk_renderer_realize (gl, NULL, &error))
    {
      g_test_skip (error->message);
      return NULL;
    }
  dot = gsk_color_node_new (&(GdkRGBA) { 0, 0, 0, 1 }, &GRAPHENE_RECT_INIT (0, 0, 1, 1));
  g_object_unref (gsk_renderer_render_texture (gl, dot, NULL));
  g_assert_nonnull (gdk_gl_context_get_current ());
  return g_steal_pointer (&gl);
}
