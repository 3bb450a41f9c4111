/* gr-geopack.h — the bundled layers in a compact binary form, read in place
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "gr-geodata.h"

G_BEGIN_DECLS

/* The layers as one blob: what the build writes from the .geojson files
 * of data/geo into the resources.  @extras are data derived from the
 * layers, each starting with its 8-byte tag, stored 8-byte aligned after
 * them. */
GBytes     *gr_geopack_write      (GrGeoLayer * const *layers,
                                   guint               n_layers,
                                   GBytes * const     *extras,
                                   guint               n_extras);
/* The extra blob of @pack that starts with @tag (8 bytes), in place (a
 * view that keeps @pack alive), or NULL when it has none. */
GBytes     *gr_geopack_get_extra  (GBytes             *pack,
                                   const char         *tag);

/* The layer @name of @pack, its points, parts and names pointing into
 * @pack (which it keeps alive); only the small table of features is
 * allocated.  @pack's data must be 8-byte aligned.  Errors name the layer
 * and the problem (GR_GEODATA_ERROR_MISSING when there is no such layer,
 * _INVALID when the pack is damaged or from another build). */
GrGeoLayer *gr_geopack_read_layer (GBytes             *pack,
                                   const char         *name,
                                   GError            **error);

G_END_DECLS
