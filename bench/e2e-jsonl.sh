#!/usr/bin/env bash
# End-to-end throughput of the command line on JSON Lines (not a test; about a minute):
# builds the CLI and benchmark jars if missing, writes (once, deterministically) a ~100 MB JSON
# Lines file of transcripts (bench's Corpus documents, {"id":..,"text":..}), corrects it with
#   bin/canon correct --input-format jsonl --format jsonl --threads 2 --quiet
# with the bundled dictionaries, and prints MB/s (input bytes / wall time, JVM start included)
# and the peak resident set. Options: E2E_MB (default 100), E2E_THREADS (2), CANON_JAVA_OPTS
# (default -Xmx256m).
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${E2E_MB:-100}
threads=${E2E_THREADS:-2}
export CANON_JAVA_OPTS=${CANON_JAVA_OPTS:--Xmx256m}
if [ ! -f cli/target/canon.jar ]; then
  mvn -B -q -pl cli -am package -DskipTests >&2
fi
if [ ! -f bench/target/benchmarks.jar ]; then
  mvn -B -q -pl bench -am package -DskipTests >&2
fi
in=bench/target/e2e-${mb}mb.jsonl
out=bench/target/e2e-${mb}mb.out.jsonl
if [ ! -f "$in" ]; then
  java -cp bench/target/benchmarks.jar dev.canon.bench.JsonlCorpus "$in" "$mb" 2> >(grep -v "^WARNING" >&2) >&2
fi
bytes=$(stat -c %s "$in")
lines=$(wc -l < "$in")
stats=$(mktemp)
trap 'rm -f "$stats"' EXIT
start=$(date +%s.%N)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v -o "$stats" bin/canon correct --input-format jsonl --format jsonl --threads "$threads" --quiet "$in" -o "$out"
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$stats")
else
  # no GNU time: sample the JVM's VmHWM (peak resident set) from /proc while it runs
  bin/canon correct --input-format jsonl --format jsonl --threads "$threads" --quiet "$in" -o "$out" &
  pid=$!
  rss_kb=0
  while kill -0 "$pid" 2>/dev/null; do
    hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    [ "${hwm:-0}" -gt "$rss_kb" ] && rss_kb=$hwm
    sleep 0.2
  done
  wait "$pid"
fi
end=$(date +%s.%N)
out_lines=$(wc -l < "$out")
awk -v b="$bytes" -v s="$start" -v e="$end" -v r="$rss_kb" -v l="$lines" -v o="$out_lines" -v t="$threads" -v j="$CANON_JAVA_OPTS" 'BEGIN {
  printf "e2e-jsonl: %d lines in, %d out, %.1f MB, %d threads, %s: %.1f s, %.2f MB/s, peak RSS %.0f MB\n",
    l, o, b / 1e6, t, j, e - s, b / 1e6 / (e - s), r / 1024 }'
