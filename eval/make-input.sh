#!/usr/bin/env bash
# Rebuilds a gold set's input: extracts the ids listed in IDS (one a line) from the bulk corpus into OUT.jsonl,
# in the order of IDS. Used by eval/heldout and eval/dev2 (zcat + python3; reads $RASAD_SHARED or ../shared).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ids="${1:?usage: make-input.sh IDS.txt OUT.jsonl}"
out="${2:?usage: make-input.sh IDS.txt OUT.jsonl}"
bulk="${RASAD_SHARED:-$here/../../shared}/data/bulk-news/arabic_news_bulk.jsonl.gz"
zcat "$bulk" | python3 -c '
import json,sys
ids=[l.strip() for l in open(sys.argv[1]) if l.strip()]
want=set(ids); got={}
for line in sys.stdin:
    r=json.loads(line)
    if r["id"] in want and r["id"] not in got: got[r["id"]]=line
with open(sys.argv[2],"w",encoding="utf-8") as f:
    for i in ids:
        if i in got: f.write(got[i] if got[i].endswith("\n") else got[i]+"\n")
' "$ids" "$out"
