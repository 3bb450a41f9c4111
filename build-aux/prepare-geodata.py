#!/usr/bin/env python3
# Builds data/geo/ from the staged Natural Earth layers in shared/geodata/raw.
# Copyright 2026 The Guarantor authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The staged layers are already clipped, with Crimea coded as Ukraine (see
# shared/geodata/README.md; data/geo/README.md says which box each layer
# of data/geo was staged with).  This script keeps what the
# base map and the model draw, drops small features the map never shows,
# slims the properties to the ones we read, and replaces NE 4.0's older
# romanisation of Ukrainian place names with the 2010 national system.
# It adds `name_uk` to every country, sea, river and place from
# data/geo/names-uk.tsv, and fails when a name the map can show has none.
# Deterministic: the same input gives byte-identical output.
#
# usage: build-aux/prepare-geodata.py SHARED_GEODATA_RAW DATA_GEO

import json
import os
import sys

UA_NAMES = {
    "Kiev": "Kyiv", "Odessa": "Odesa", "Lvov": "Lviv",
    "Zaporizhzhya": "Zaporizhzhia", "Kryvyy Rih": "Kryvyi Rih",
    "Mykolayiv": "Mykolaiv", "Khmelnytskyy": "Khmelnytskyi",
    "Sevastapol": "Sevastopol", "Makiyivka": "Makiivka",
    "Vinnytsya": "Vinnytsia", "Kirovohrad": "Kropyvnytskyi",
    "Uzhgorod": "Uzhhorod", "Berdyansk": "Berdiansk",
    "Kamyanets-Podilskyy": "Kamianets-Podilskyi", "Yevpatoriya": "Yevpatoriia",
    "Izmayil": "Izmail", "Illichivsk": "Chornomorsk", "Dzhankoy": "Dzhankoi",
    "Chernobyl": "Chornobyl", "Kupyansk": "Kupiansk",
}

# Natural Earth's English names that are out of date or broken.
EN_NAMES = {
    "Macedonia": "North Macedonia", "Turkey": "Türkiye",
    "Dnepre": "Dnipro", "Kiz?lirmak": "Kızılırmak",
    "Byk Menderes": "Büyük Menderes", "Amu  Darya": "Amu Darya",
}


def load_names_uk(path):
    """{(layer, key): name_uk} from the tab-separated table."""
    names = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 4 or not cols[2]:
                sys.exit("%s:%d: expected layer, key, name_uk, name"
                         % (path, number))
            names[(cols[0], cols[1])] = cols[2]
    return names


def add_name_uk(names, layer, key_props):
    """A rename hook that looks the feature up by its first non-empty key
    property (a name is looked up as "name:<name>"), then fixes EN_NAMES."""
    def rename(props, source):
        key = None
        for prop in key_props:
            value = source.get(prop)
            if value:
                key = ("name:" + value) if prop == "name" else value
                break
        if key is not None:
            if (layer, key) not in names:
                sys.exit("names-uk.tsv: no Ukrainian name for %s %s"
                         % (layer, key))
            props["name_uk"] = names[(layer, key)]
        if props.get("name") in EN_NAMES:
            props["name"] = EN_NAMES[props["name"]]
    return rename


def load(raw, name):
    with open(os.path.join(raw, name + ".geojson"), encoding="utf-8") as f:
        return json.load(f)


def slim(collection, keep, where=lambda p: True, rename=None):
    out = []
    for feat in collection["features"]:
        props = feat["properties"]
        if not where(props):
            continue
        new = {k: props.get(k) for k in keep}
        if rename:
            rename(new, props)
        out.append({"type": "Feature", "properties": new,
                    "geometry": feat["geometry"]})
    return {"type": "FeatureCollection", "features": out}


def save(out_dir, name, collection):
    path = os.path.join(out_dir, name + ".geojson")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(collection, f, ensure_ascii=False, separators=(",", ":"),
                  sort_keys=True)
        f.write("\n")


def rename_place(names):
    add_uk = add_name_uk(names, "place", ["wikidataid", "name"])

    def rename(props, source):
        add_uk(props, source)
        if props.get("country_iso_a3") == "UKR":
            props["name"] = UA_NAMES.get(props["name"], props["name"])
    return rename


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: prepare-geodata.py SHARED_GEODATA_RAW DATA_GEO")
    raw, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    names = load_names_uk(os.path.join(os.path.dirname(__file__), "..",
                                       "data", "geo", "names-uk.tsv"))

    for scale in ("10m", "50m"):
        save(out, "countries_" + scale,
             slim(load(raw, "countries_" + scale), ["name", "iso_n3"],
                  rename=add_name_uk(names, "country", ["iso_n3", "name"])))
        save(out, "borders_" + scale,
             slim(load(raw, "borders_" + scale), ["a_iso_n3", "b_iso_n3"]))
        save(out, "coastline_" + scale,
             slim(load(raw, "coastline_" + scale), []))
    save(out, "ukraine_admin1",
         slim(load(raw, "ukraine_admin1_10m"),
              ["iso_3166_2", "name_en", "name_uk", "label_lon", "label_lat"]))
    save(out, "places",
         slim(load(raw, "places_10m"),
              ["name", "country_iso_a3", "pop_max", "scalerank", "adm0cap",
               "ua_admin1_iso"],
              rename=rename_place(names)))
    # scalerank <= 9 keeps the Dnipro, Danube, Dniester, Southern Buh, Don,
    # Desna and their peers; the rest is detail below the map's zoom limit.
    save(out, "rivers",
         slim(load(raw, "rivers_10m"), ["name", "scalerank"],
              where=lambda p: (p.get("scalerank") or 99) <= 9,
              rename=add_name_uk(names, "river", ["name"])))
    save(out, "lakes",
         slim(load(raw, "lakes_10m"), ["name", "scalerank"],
              where=lambda p: (p.get("scalerank") or 99) <= 10))
    save(out, "seas", slim(load(raw, "marine_polys_10m"), ["name", "scalerank"],
                           rename=add_name_uk(names, "sea", ["name"])))
    save(out, "bathymetry", slim(load(raw, "bathymetry_10m"), ["depth"]))


if __name__ == "__main__":
    main()
