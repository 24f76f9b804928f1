#!/usr/bin/env python3
"""Regenerates rasad-extract/src/main/resources/org/rasad/extract/actors/states.tsv from
../shared/data/gazetteers (mledoze/countries ODbL 1.0, umpirsky/country-list MIT, ArWikiCats MIT,
3neef/Laravel-nationalites MIT). Output: code<TAB>kind<TAB>name, kind in STATE|CAPITAL|NATIONALITY.
Usage: python3 rasad-extract/etc/gen_states.py ../shared/data/gazetteers > .../states.tsv"""
import csv, sys, os

g = sys.argv[1]
# forms that are ordinary Arabic words or too ambiguous to be read as a state on their own
SKIP = {"مالي", "المالي", "المالية", "ماليون", "ماليات", "ماليين", "الماليون", "الماليين",
        "مالية", "عربي", "العربي", "غربي", "جزر", "شرقي",
        "القدس", "ديلي", "عاجي", "العاجي", "ألوفي", "مجري", "المجري", "تيمور", "قمري", "قمرية", "القمري",
        "القمرية", "قمريون", "القمريون", "قمريين", "القمريين", "واشنطن العاصمة"}
SKIP_CODES = {"UMI", "UNK"}
rows = set()

def add(code, kind, name):
    name = (name or "").strip()
    if not name or name in SKIP or code in SKIP_CODES:
        return
    rows.add((code, kind, name))

def read(f):
    with open(os.path.join(g, f), encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))

for r in read("countries_ar_variants.tsv"):
    add(r["iso3"], "STATE", r["name_ar"])
for r in read("capitals_ar.tsv"):
    add(r["iso3"], "CAPITAL", r["capital_ar"])
for r in read("nationalities_ar.tsv"):
    if r["scope"] != "country" or not r["iso3"]:
        continue
    forms = [r[k] for k in ("masculine", "feminine", "masculine_plural", "feminine_plural",
                            "masculine_definite", "feminine_definite")]
    more = []
    for f in forms:
        if not f or " " in f and len(f.split()) > 2:
            continue
        more.append(f)
        if f.endswith("ون"):
            more.append(f[:-2] + "ين")           # oblique plural
        if not f.startswith("ال"):
            more.append("ال" + f)                 # definite
            if f.endswith("ون"):
                more.append("ال" + f[:-2] + "ين")
        if f.endswith("ي") and " " not in f:
            more.append(f + "ين")               # masc. plural oblique from the nisba
            more.append(f + "ون")
    for f in more:
        f = f.replace("الأ", "الأ")
        add(r["iso3"], "NATIONALITY", f)
        if "مريك" in f:
            add(r["iso3"], "NATIONALITY", f.replace("مريك", "ميرك"))
out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
out.writerow(["code", "kind", "name"])
for row in sorted(rows):
    out.writerow(row)
