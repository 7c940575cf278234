#!/usr/bin/env bash
# Builds canon-realdata and prints the summary table of every real-data runner for one split
# (full dictionaries and names only), keeping each full report under target/realdata-reports/.
#   realdata/run-all.sh /path/to/realdata [dev|test|all] [extra RealdataMain options]
# The data is never part of the project; see realdata/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:?usage: realdata/run-all.sh /path/to/realdata [dev|test|all] [options]}
split=${2:-dev}
shift $(( $# >= 2 ? 2 : 1 ))
mvn -B -q -o -pl realdata -am package -DskipTests
java -cp realdata/target/canon-realdata.jar dev.canon.realdata.RealdataMain \
  --data "$data" --split "$split" --reports realdata/target/realdata-reports "$@"
