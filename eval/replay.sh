#!/usr/bin/env bash
# Replays transcripts as live ASR streams (partials growing word by word, last words revised)
# through StreamingCorrector and prints flicker, latency to stable and equality with batch
# correction, one table per file. Arguments are those of dev.canon.eval.ReplayMain, e.g.
#   eval/replay.sh examples/golden/seed/input.txt
#   eval/replay.sh talk.srt --seed 2 --revise 0.5
# Builds cli/target/canon.jar (which holds canon-eval) unless it is newer than the sources.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/cli/target/canon.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root"/{core,formats,dictionaries,eval,cli}/src -newer "$jar" -type f -print -quit)" ]; then
  (cd "$root" && mvn -B -q -pl cli -am package -DskipTests >&2)
fi
exec java -cp "$jar" dev.canon.eval.ReplayMain "$@"
