#!/usr/bin/env bash
# Quick benchmark: builds the benchmark jar, runs short JMH runs (under 3 minutes on 2 cores),
# prints one table and, last, one summary line:
#   ratio@100k=<x> build100k_s=<s> heap_per_entity_bytes=<b> threads2_speedup=<t> scale100k_vs_1k=<r>
# For the full suite: java -jar bench/target/benchmarks.jar (all of CorrectBench and BuildBench).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl bench -am package -DskipTests >&2
java -Xmx4g -Dcanon.bench.root="$PWD" -cp bench/target/benchmarks.jar dev.canon.bench.Quick 2> >(grep -v "^WARNING" >&2) \
  | grep -E '^\||^ratio@' 
