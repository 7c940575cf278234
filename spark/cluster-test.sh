#!/usr/bin/env bash
# Runs CorrectJob on a real Spark standalone cluster on loopback and checks what it wrote.
#
#   spark/cluster-test.sh [--rows N] [--no-build] [--measure]
#
# A master and two workers (1 core, 1 GB each) start as separate JVMs on 127.0.0.1 from Spark's
# own jars (the Maven classpath of spark/cluster/pom.xml, linked into a SPARK_HOME-shaped folder:
# no distribution is downloaded). The job jar (canon-spark-*-job.jar) is submitted through
# org.apache.spark.deploy.SparkSubmit, as spark-submit does, four times:
#   1. JSON Lines in, Parquet out        2. Parquet in, JSON Lines out
#   3. a broken dictionary: exit 2 with the dictionary's file:line on the driver, no stack trace
#   4. JSON Lines in again, one worker killed (with its executor) while tasks run: completes.
# Then ClusterCheck (test classes) checks every output row against the library's Corrector, that
# all outputs are identical, and, from the executors' logs, that every executor JVM built its
# corrector once per dictionary fingerprint. Everything started is stopped by process id in an
# EXIT trap (TERM, then KILL after 20 s), also when a step fails; at the end no process may
# mention the run folder (checked with ps).
#
# --rows N     input rows (default 100000); the build's StandaloneClusterIT passes a smaller N
# --no-build   use the jars and test classes already in spark/target (the build's own run)
# --measure    also run the job in local[2] on the same input and time the library alone, for
#              the README's throughput table (not in the build's run)
# Environment: CANON_MVN_OFFLINE=1 adds -o to the one Maven call that resolves the classpath;
# CANON_CLUSTER_RUN=DIR puts the run (data, logs, outputs, work folders) there instead of
# spark/target/cluster-run (absolute path; it is deleted first).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
rows=100000
build=1
measure=0
while (($#)); do
  case "$1" in
    --rows) rows="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --measure) measure=1; shift ;;
    *) echo "usage: $0 [--rows N] [--no-build] [--measure]" >&2; exit 2 ;;
  esac
done

run="${CANON_CLUSTER_RUN:-$here/target/cluster-run}"
data="$run/data"
logs="$run/logs"
started=()      # every process id this script started; the trap stops them and their children
t0=$SECONDS

say() { echo "[cluster-test +$((SECONDS - t0))s] $*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

# ---- stopping: by process id, with a timeout, whatever happened ----

descendants() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    echo "$child"
    descendants "$child"
  done
}

# A process is gone when ps no longer lists it or lists it as a zombie (exited, not yet reaped).
alive() {
  local state
  state="$(ps -o stat= -p "$1" 2>/dev/null || true)"
  [[ -n "$state" && "$state" != Z* ]]
}

stop_pids() {
  (($#)) || return 0
  kill -TERM "$@" 2>/dev/null || true
  local waited=0 pid any
  while ((waited < 40)); do
    any=0
    for pid in "$@"; do alive "$pid" && any=1; done
    ((any)) || break
    sleep 0.5
    waited=$((waited + 1))
  done
  for pid in "$@"; do
    if alive "$pid"; then
      say "process $pid did not stop in 20 s: KILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
}

# Every process whose command line names a path in the run folder: the daemons, executors and drivers
# (their classpath is under it). awk reads the folder from the environment, not its arguments,
# so it does not find itself.
leftovers() {
  ps -eo pid=,args= | RUN="$run/" awk 'index($0, ENVIRON["RUN"]) { print }'
}

on_exit() {
  local code=$?
  trap - EXIT INT TERM
  local all=() pid
  for pid in "${started[@]}"; do
    all+=("$pid")
    mapfile -t -O "${#all[@]}" all < <(descendants "$pid")
  done
  if ((${#all[@]})); then
    say "stopping ${#all[@]} processes: ${all[*]}"
    stop_pids "${all[@]}"
  fi
  wait 2>/dev/null || true
  local left
  left="$(leftovers)"
  if [[ -n "$left" ]]; then
    say "FAILED: processes left behind:"
    echo "$left" >&2
    code=1
  else
    say "no process left behind (ps)"
  fi
  if ((code == 0)); then
    say "PASSED in $((SECONDS - t0)) s ($rows rows)"
  else
    say "FAILED (exit $code); logs in $logs"
  fi
  exit "$code"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Waits until file $1 has at least $3 lines matching $2 (extended regex), for at most $4 s,
# failing early when process $5 (if given) has ended.
wait_for() {
  local file=$1 pattern=$2 count=$3 limit=$4 pid=${5:-}
  local deadline=$((SECONDS + limit)) seen
  while :; do
    seen="$(grep -cE -- "$pattern" "$file" 2>/dev/null || true)"
    ((${seen:-0} >= count)) && break
    if [[ -n "$pid" ]] && ! alive "$pid"; then
      fail "process $pid ended before '$pattern' appeared in $file"
    fi
    ((SECONDS < deadline)) || fail "no '$pattern' in $file after $limit s"
    sleep 0.5
  done
}

# ---- build and classpath ----

cd "$here"
mvn_flags=(-B -q)
[[ "${CANON_MVN_OFFLINE:-}" == 1 ]] && mvn_flags+=(-o)
if ((build)); then
  say "building the job jar and the test classes"
  (cd .. && mvn "${mvn_flags[@]}" -pl spark -am package -DskipTests)
fi
built_jar="$(ls "$here"/target/canon-spark-*-job.jar 2>/dev/null | head -n 1 || true)"
[[ -f "$built_jar" && -d "$here/target/test-classes" ]] || fail "no job jar or test classes in $here/target: build first"

rm -rf "$run"
mkdir -p "$data" "$logs" "$run/conf" "$run/work-1" "$run/work-2" "$run/spark-home/jars" "$run/app"
# The run's own copy, so a build during the run cannot change the jar under it.
cp "$built_jar" "$run/app/"
jar="$run/app/$(basename "$built_jar")"
mvn "${mvn_flags[@]}" -f "$here/cluster/pom.xml" dependency:build-classpath \
  -Dmdep.outputFile="$run/spark.classpath" >/dev/null
# A SPARK_HOME with the jars a distribution has in jars/: a worker puts $SPARK_HOME/jars/* on
# its executors' classpath.
{ tr ':' '\n' <"$run/spark.classpath"; echo; } | while read -r j; do [[ -z "$j" ]] || ln -s "$j" "$run/spark-home/jars/"; done
say "Spark's own classpath: $(ls "$run/spark-home/jars" | wc -l) jars (none of Canon's)"
ls "$run/spark-home/jars" | grep -qiE 'canon|hanlp|snakeyaml' && fail "Canon or its libraries on Spark's classpath"

export SPARK_HOME="$run/spark-home"
export SPARK_CONF_DIR="$run/conf"
export SPARK_LOCAL_IP=127.0.0.1
export SPARK_LOCAL_HOSTNAME=127.0.0.1
# What a distribution's bin/load-spark-env.sh sets; a worker's launcher needs it to find jars/.
export SPARK_SCALA_VERSION=2.13
unset SPARK_MASTER_HOST SPARK_MASTER_PORT SPARK_WORKER_DIR SPARK_CLASSPATH SPARK_DIST_CLASSPATH
spark_cp="$SPARK_HOME/jars/*"
# Spark 4 on Java 17: the JVM flags spark-submit's launcher would add, kept once in pom.xml.
read -r -a jvm_opts <<<"$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' "$here/pom.xml")"
checker_cp="$here/target/test-classes:$jar:$spark_cp"
checker() {
  java -Xmx1g "${jvm_opts[@]}" -Dlog4j2.configurationFile="$here/src/test/resources/log4j2.properties" \
    -cp "$checker_cp" dev.canon.spark.ClusterCheck "$@"
}

# ---- data ----

say "generating $rows rows (JSON Lines and Parquet)"
checker generate "$data" "$rows" >"$logs/generate.log" 2>&1 || { cat "$logs/generate.log" >&2; fail "generate"; }

# ---- the cluster ----

daemon() { # name class arguments...
  local name=$1 class=$2
  shift 2
  java -Xmx256m "${jvm_opts[@]}" -cp "$spark_cp" "$class" "$@" >"$logs/$name.log" 2>&1 &
  started+=($!)
  eval "${name//-/_}_pid=$!"
}

daemon master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0
wait_for "$logs/master.log" 'Starting Spark master at spark://' 1 120 "$master_pid"
master_url="$(grep -oE 'spark://127\.0\.0\.1:[0-9]+' "$logs/master.log" | head -n 1)"
[[ -n "$master_url" ]] || fail "the master is not at 127.0.0.1: $(grep 'Starting Spark master' "$logs/master.log")"
for i in 1 2; do
  daemon "worker-$i" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
    --cores 1 --memory 1g --work-dir "$run/work-$i" "$master_url"
done
wait_for "$logs/master.log" 'Registering worker' 2 120 "$master_pid"
say "master $master_url (pid $master_pid), workers pids $worker_1_pid $worker_2_pid"

if command -v ss >/dev/null; then
  pattern="$(IFS='|'; echo "${started[*]}")"
  bad="$(ss -Htlnp | grep -E "pid=($pattern)," | awk '$4 !~ /^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):/' || true)"
  [[ -z "$bad" ]] || fail "listening beyond 127.0.0.1: $bad"
  say "every listening socket of the cluster is on 127.0.0.1 ($(ss -Htlnp | grep -cE "pid=($pattern),") sockets)"
fi

# ---- the jobs ----

# Starts CorrectJob in the background (driver in this process tree, client mode): name, options.
# $submit_master is the cluster unless set otherwise.
submit() {
  local name=$1
  shift
  timeout --kill-after=15 900 \
    java -Xmx768m "${jvm_opts[@]}" -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit \
    --master "${submit_master:-$master_url}" --deploy-mode client --name "canon-$name" \
    --executor-memory 640m --executor-cores 1 --total-executor-cores 2 \
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
    --conf spark.ui.enabled=false \
    --conf spark.scheduler.minRegisteredResourcesRatio=1.0 \
    --conf spark.scheduler.maxRegisteredResourcesWaitingTime=120s \
    --conf spark.sql.files.maxPartitionBytes="$split" \
    --class dev.canon.spark.CorrectJob "$jar" "$@" >"$logs/$name.log" 2>&1 &
  job_pid=$!
  started+=("$job_pid")
}

finish() { # name expected-exit-code
  local code=0
  wait "$job_pid" || code=$?
  [[ "$code" == "$2" ]] || { tail -n 40 "$logs/$1.log" >&2; fail "job $1 exited $code, expected $2"; }
}

# The time of the job's last Spark job (the one that corrects and writes), from the driver's log.
rate() {
  local ms
  ms="$(grep -oE 'Job [0-9]+ finished: (parquet|json) at CorrectJob\.java:[0-9]+, took [0-9]+' "$logs/$1.log" \
    | tail -n 1 | grep -oE '[0-9]+$' || true)"
  if [[ -n "$ms" ]]; then
    say "job $1: correcting and writing $rows rows took $ms ms ($((rows * 1000 / (ms + 1))) rows/s), load average $(cut -d' ' -f1 /proc/loadavg)"
  fi
}

app_of() { grep -oE 'app ID app-[0-9-]+' "$logs/$1.log" | head -n 1 | cut -d' ' -f3; }

dict=(--dict "$data/dict/cluster-terms.yaml" --id-col id)
# About 8 input partitions for the JSON Lines file (Spark splits it by bytes).
split=$(( $(stat -c %s "$data/input.jsonl") / 8 + 1 ))

say "job 1: JSON Lines -> Parquet"
submit jsonl --input "$data/input.jsonl" --output "$run/out/jsonl-to-parquet" --output-format parquet "${dict[@]}"
finish jsonl 0
rate jsonl
say "job 2: Parquet -> JSON Lines"
submit parquet --input "$data/input-parquet" --input-format parquet \
  --output "$run/out/parquet-to-jsonl" --output-format jsonl "${dict[@]}"
finish parquet 0
rate parquet

say "job 3: a broken dictionary"
submit broken --input "$data/input.jsonl" --output "$run/out/broken" --dict "$data/broken/broken-terms.yaml"
finish broken 2
message="$(grep -E '^canon: ' "$logs/broken.log" || true)"
say "driver said: $message"
grep -qE "broken-terms\.yaml:5:[0-9]+" <<<"$message" || fail "the driver did not name broken-terms.yaml:5"
if grep -nE 'Serializ|^[[:space:]]+at [a-z]|Exception in thread' "$logs/broken.log"; then
  fail "a stack trace or serialization error in the driver's output"
fi
[[ ! -e "$run/out/broken" ]] || fail "the broken job wrote output"

say "job 4: JSON Lines -> Parquet, worker 2 killed while tasks run"
submit kill --input "$data/input.jsonl" --output "$run/out/killed-worker" --output-format parquet "${dict[@]}"
wait_for "$logs/kill.log" 'app ID app-' 1 180 "$job_pid"
kill_app="$(app_of kill)"
# Stage 0 is Spark's pass over the JSON to infer its schema; the correction is the stage after.
# Kill as soon as worker 2's executor starts a correction task: the task first builds the
# corrector, then corrects its rows, so it is surely still running.
deadline=$((SECONDS + 180))
until grep -qsE 'Running task [0-9.]+ in stage [1-9]' "$run/work-2/$kill_app"/*/stderr; do
  alive "$job_pid" || fail "the job ended before worker 2 ran a correction task"
  ((SECONDS < deadline)) || fail "worker 2 ran no correction task in 180 s"
  sleep 0.1
done
victims=("$worker_2_pid")
mapfile -t -O 1 victims < <(descendants "$worker_2_pid")
kill -KILL "${victims[@]}"
say "killed worker 2 and its executor (pids ${victims[*]}) while they ran a correction task"
finish kill 0
grep -qE 'Lost executor' "$logs/kill.log" || fail "the driver did not notice the lost executor"
# A task attempt numbered .1 or more is a task run again after its executor was lost.
rerun="$(grep -cE 'Starting task [0-9]+\.[1-9][0-9]* in stage' "$logs/kill.log" || true)"
((rerun >= 1)) || fail "no task ran again after the kill: it came too late"
say "the job completed on worker 1: $rerun task(s) lost with the executor and run again"
rate kill

# ---- checks ----

say "checking every row against the library"
checker verify "$data" "$run/out/jsonl-to-parquet:parquet" "$run/out/parquet-to-jsonl:jsonl" \
  "$run/out/killed-worker:parquet" 2>"$logs/verify.log" || { tail -n 20 "$logs/verify.log" >&2; fail "verify"; }
say "checking one corrector build per executor JVM and fingerprint"
checker builds "$(app_of jsonl)" 2 "$run/work-1" "$run/work-2"
checker builds "$(app_of parquet)" 2 "$run/work-1" "$run/work-2"
checker builds "$kill_app" 1 "$run/work-1" "$run/work-2"

if ((measure)); then
  say "measuring: the same job in local[2], then the library alone"
  submit_master='local[2]' submit local --input "$data/input.jsonl" --output "$run/out/local" \
    --output-format parquet "${dict[@]}"
  finish local 0
  rate local
  checker library "$data" 2>"$logs/library.log" || { tail -n 20 "$logs/library.log" >&2; fail "library timing"; }
fi
