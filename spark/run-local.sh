#!/usr/bin/env bash
# Runs canon-spark in local[2] without a Spark installation, on the module's Maven classpath.
#   spark/run-local.sh job --input in.jsonl --output out [more CorrectJob options]
#   spark/run-local.sh benchmark [lines] [rounds]      (see README.md, "Throughput")
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
case "${1:-}" in
  job) main=dev.canon.spark.CorrectJob ;;
  benchmark) main=dev.canon.spark.ThroughputBenchmark ;;
  *) echo "usage: $0 job|benchmark [arguments]" >&2; exit 2 ;;
esac
shift
# Relative paths in the arguments stay relative to where the script was called from.
caller="$PWD"
(cd "$here/.." && mvn -B -q -pl spark -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/local.cp -Dmdep.includeScope=test)
# The same JVM flags as the tests (Spark 4 on Java 17), kept once in the module's pom.xml.
opts="$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' "$here/pom.xml")"
cp="$here/target/test-classes:$here/target/classes:$(cat "$here/target/local.cp")"
# The benchmark reads the seed transcript relative to the module, as the tests do.
[ "$main" = dev.canon.spark.ThroughputBenchmark ] && cd "$here" || cd "$caller"
# shellcheck disable=SC2086
SPARK_LOCAL_IP=127.0.0.1 exec java -Xmx4g $opts -Dspark.master='local[2]' -Dspark.ui.enabled=false \
  -Dlog4j2.configurationFile="$here/src/test/resources/log4j2.properties" \
  -cp "$cp" "$main" "$@"
