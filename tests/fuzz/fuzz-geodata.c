/* fuzz-geodata.c — arbitrary bytes at the GeoJSON layer parser
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A libFuzzer target: every input is either a layer or a GR_GEODATA_ERROR
 * with a message; no crash, no leak, no GLib critical.
 *
 * `make fuzz` runs it under libFuzzer (build-aux/fuzz.sh); a normal build
 * replays tests/fuzz/corpus/geodata/ (fuzz-replay.h).
 */

#include "config.h"

#include <stdlib.h>

#include "fuzz-replay.h"
#include "gr-geodata.h"

static void
fuzz_target_init (void)
{
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, data ? size : 0);
  g_autoptr(GError) error = NULL;
  GrGeoLayer *layer;

  layer = gr_geo_layer_parse (bytes, "fuzz", &error);
  if (layer == NULL)
    {
      if (error == NULL || error->domain != GR_GEODATA_ERROR || error->message[0] == '\0')
        abort ();
      return 0;
    }
  if (error != NULL)
    abort ();
  for (guint i = 0; i < layer->n_features; i++)
    for (guint p = 0; p < layer->features[i].n_parts; p++)
      if (layer->features[i].parts[p].start + layer->features[i].parts[p].n_points
          > layer->features[i].n_points)
        abort ();
  gr_geo_layer_free (layer);
  return 0;
}
