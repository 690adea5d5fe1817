#!/usr/bin/env bash
# Runs every fuzz target for a while (default 60 s each), seeded with the
# bundled samples, and fails on any crash. Prints the executions per target.
#
#   scripts/fuzz.sh [SECONDS]
#
# cargo-fuzz on the stable toolchain: RUSTC_BOOTSTRAP lets libFuzzer's
# instrumentation flags through, and --sanitizer none because stable has no
# AddressSanitizer runtime (Rust code is memory-safe; the targets check
# the engine's own promises instead).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --quiet
export RUSTC_BOOTSTRAP=1

seed() {  # seed TARGET: the samples as seeds (whole files, and each paragraph)
  local dir="fuzz/corpus/$1"
  mkdir -p "$dir"
  for file in samples/*.txt; do
    local name
    name=$(basename "$file" .txt)
    case $1 in
      layout)
        local i=0
        while IFS= read -r line; do
          [ -n "$line" ] || continue
          i=$((i + 1))
          { printf '\x3c\x01'; printf '%s' "$line"; } > "$dir/$name-$i"
        done < "$file"
        ;;
      *) cp "$file" "$dir/$name" ;;
    esac
  done
}

status=0
for target in $(cargo fuzz list); do
  seed "$target"
  log=$(mktemp)
  if cargo fuzz run "$target" --sanitizer none "fuzz/corpus/$target" -- \
      -max_total_time="$seconds" -max_len=4096 >"$log" 2>&1; then
    result=ok
  else
    result=CRASH
    status=1
    grep -E "panicked|ERROR|SUMMARY|Test unit written" "$log" | head -20
  fi
  runs=$(grep -Eo "Done [0-9]+ runs" "$log" | grep -Eo "[0-9]+" || echo "?")
  echo "fuzz $target: $result, $runs executions in ${seconds}s"
  rm -f "$log"
done
exit $status
