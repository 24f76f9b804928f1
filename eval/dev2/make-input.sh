#!/usr/bin/env bash
# Rebuilds the dev2 input from the bulk corpus: make-input.sh OUT.jsonl
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../make-input.sh" "$here/ids.txt" "${1:?usage: make-input.sh OUT.jsonl}"
