#!/usr/bin/env bash
# Rebuild the dev2 input: extracts the ids in ids.txt from the bulk corpus into a JSONL at $1.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:?usage: make-input.sh OUT.jsonl}"
bulk="${RASAD_SHARED:-$here/../../../shared}/data/bulk-news/arabic_news_bulk.jsonl.gz"
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
' "$here/ids.txt" "$out"
