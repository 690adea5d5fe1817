#!/usr/bin/env bash
# Checks `qari render` against the bidi oracle in ../shared/tools/bidi-oracle
# (GNU FriBidi and python-bidi + arabic-reshaper) for every file given, at
# widths 30, 60 and 100, in each display mode: shaped (default), --no-shape
# and --bidi terminal. Prints the oracle's summary line per run and exits
# non-zero if any paragraph failed.
#
# The oracle resolves bidi levels on each row alone; qari resolves them on
# the whole paragraph, as UAX #9 says, so the two may differ for a neutral
# character at the edge of a row (a comma, `https://`). The strict check
# therefore runs qari with --row-levels; the paragraph-level result is
# printed beside it for information.
#
# usage: scripts/oracle-check.sh [--qari BIN] FILE...
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
qari="$here/target/release/qari"
if [ "${1:-}" = "--qari" ]; then qari=$2; shift 2; fi
oracle="$here/../shared/tools/bidi-oracle/oracle"
[ -x "$oracle" ] || { echo "oracle-check: $oracle not found"; exit 2; }
screen=$(mktemp)
trap 'rm -f "$screen"' EXIT
failed=0
for file in "$@"; do
  # Paragraphs without a strong letter take the document's majority direction.
  neutral=$(python3 - "$file" <<'PY'
import sys, unicodedata
text = open(sys.argv[1], encoding="utf-8").read()
rtl = sum(1 for c in text if unicodedata.bidirectional(c) in ("R", "AL"))
ltr = sum(1 for c in text if unicodedata.bidirectional(c) == "L")
print("R" if rtl > ltr else "L")
PY
)
  for width in 30 60 100; do
    for mode in shaped no-shape terminal; do
      case $mode in
        shaped)   qari_args=();                oracle_args=() ;;
        no-shape) qari_args=(--no-shape);      oracle_args=(--no-shape) ;;
        terminal) qari_args=(--bidi terminal); oracle_args=(--logical) ;;
      esac
      common=(--source "$file" --screen "$screen" --width "$width" --engine any
              --breaks uax14 --neutral-base "$neutral")
      [ "$mode" = terminal ] || common+=(--check-align)
      "$qari" render --raw --row-levels --width "$width" "${qari_args[@]}" "$file" > "$screen"
      strict=$("$oracle" check_screen "${common[@]}" "${oracle_args[@]}" 2>&1)
      strict_rc=$?
      "$qari" render --raw --width "$width" "${qari_args[@]}" "$file" > "$screen"
      paragraph=$("$oracle" check_screen "${common[@]}" "${oracle_args[@]}" 2>&1 | tail -n 1)
      printf '%-40s %3s %-8s row levels: %-22s paragraph levels: %s\n' \
        "$(basename "$file")" "$width" "$mode" "$(echo "$strict" | tail -n 1)" "$paragraph"
      if [ $strict_rc -ne 0 ]; then
        failed=1
        echo "$strict" | grep -A6 FAIL | head -40
      fi
    done
  done
done
exit $failed
