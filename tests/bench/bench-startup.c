/* bench-startup.c — time from launch to the first fully drawn map, and memory with the map shown
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts the real application (window, map, panels), waits until the map's
 * tile source has drawn every tile it was asked for and a frame has been
 * painted with them, then prints the time since the process started and
 * its resident memory.  Run under Xvfb (make bench does).
 */

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "gr-application.h"
#include "gr-map-widget.h"

static gint64 main_time;
static double exec_to_main_ms;
static GrMapWidget *map_widget;
static gulong after_paint_id;

/* Milliseconds between exec and now, from the kernel's start time. */
static double
ms_since_exec (void)
{
  g_autofree char *stat = NULL;
  g_autofree char *uptime = NULL;
  unsigned long long start_ticks = 0;
  double up = 0;
  const char *p;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      !g_file_get_contents ("/proc/uptime", &uptime, NULL, NULL))
    return 0;
  /* field 22 (starttime) follows the parenthesised command name */
  p = strrchr (stat, ')');
  for (int field = 2; p != NULL && field < 22; field++)
    p = strchr (p + 1, ' ');
  if (p == NULL || sscanf (p + 1, "%llu", &start_ticks) != 1 || sscanf (uptime, "%lf", &up) != 1)
    return 0;
  return (up - (double) start_ticks / sysconf (_SC_CLK_TCK)) * 1000.0;
}

static double
rss_mb (void)
{
  g_autofree char *status = NULL;
  const char *p;
  long kb = 0;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  p = strstr (status, "VmRSS:");
  if (p == NULL || sscanf (p + 6, "%ld", &kb) != 1)
    return 0;
  return kb / 1024.0;
}

static gboolean
tiles_done (void)
{
  return gr_map_widget_get_n_filled_tiles (map_widget) > 0 &&
         gr_map_widget_get_n_pending_tiles (map_widget) == 0;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  GtkApplication *app = user_data;
  double ms;

  if (!tiles_done ())
    return;
  ms = (g_get_monotonic_time () - main_time) / 1000.0;
  g_signal_handler_disconnect (clock, after_paint_id);
  g_print ("first fully drawn map: %.0f ms after launch (%.0f ms before main), %u tiles\n",
           exec_to_main_ms + ms, exec_to_main_ms, gr_map_widget_get_n_filled_tiles (map_widget));
  g_print ("resident memory with the map shown: %.1f MB\n", rss_mb ());
  g_application_quit (G_APPLICATION (app));
}

static GtkWidget *
find_map (GtkWidget *widget)
{
  if (GR_IS_MAP_WIDGET (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_map (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
window_mapped_cb (GtkWidget      *window,
                  GtkApplication *app)
{
  g_print ("resident memory when the window is mapped: %.1f MB\n", rss_mb ());
  map_widget = GR_MAP_WIDGET (find_map (window));
  g_assert (map_widget != NULL);
  after_paint_id = g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                                     G_CALLBACK (after_paint_cb), app);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window)
{
  g_signal_connect (window, "map", G_CALLBACK (window_mapped_cb), app);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GrApplication) app = NULL;

  main_time = g_get_monotonic_time ();
  exec_to_main_ms = ms_since_exec ();

  app = gr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
