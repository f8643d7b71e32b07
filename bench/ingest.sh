#!/usr/bin/env bash
# End-to-end ingest benchmark of PIU Targeting (issue 6, "Benchmarks"; indexing rate of issue 5) on this machine.
# Figures and their interpretation: BENCHMARKS.md, section "Ingest end to end".
#
#   bench/ingest.sh all                 everything below in order (about 35 minutes plus the build)
#   bench/ingest.sh classpath           build once and write the bench classpath
#   bench/ingest.sh start               start the app jar on a fresh data dir (own Elasticsearch, heap 2g)
#   bench/ingest.sh setup               1,000,000-entry watchlist (timed: indexing rate) + 1,000 rules released
#   bench/ingest.sh flights [N]         N 500-passenger flights, PAXLST then PNRGOV, sequential (default 40)
#   bench/ingest.sh stages [N]          parse / screening / JSON assessment of a flight separately (default 15)
#   bench/ingest.sh iapi [N]            N single-passenger assessments (default 300), then N/3 onto known flights
#   bench/ingest.sh sustained RATE [S]  LoadDriver: RATE EDIFACT flights/s of 500 passengers for S s (default 600),
#                                       heap after full GC at start, every PIU_BENCH_HEAP_EVERY s (300)
#                                       and at the end; class histograms at start and end; jstat every 30 s
#   bench/ingest.sh stop                SIGTERM the app (it stops its Elasticsearch) and check nothing is left
#
# Measurements hold /tmp/piu-bench.lock and /tmp/piu-mvn.lock (no other benchmark, no Maven build meanwhile); each
# step holds them for less than ~15 minutes. Only loopback is used. Environment: PIU_BENCH_DIR (data dir, default
# /tmp/piu-ingest-bench), PIU_BENCH_PORT (default 18080), PIU_BENCH_XMX (app heap, default 4g), PIU_BENCH_ES_HEAP
# (default 2g).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

DIR=${PIU_BENCH_DIR:-/tmp/piu-ingest-bench}
PORT=${PIU_BENCH_PORT:-18080}
XMX=${PIU_BENCH_XMX:-4g}
ES_HEAP=${PIU_BENCH_ES_HEAP:-2g}
export PIU_DEMO_PASSWORD=${PIU_DEMO_PASSWORD:-bench-password-1}
export PIU_DEMO_API_KEY=${PIU_DEMO_API_KEY:-bench-api-key-0123456789abcdef}
BASE=http://127.0.0.1:$PORT
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
CPF=${PIU_BENCH_CLASSPATH_FILE:-sample-data/target/piu-ingest-bench.classpath}
LOCKED=(flock /tmp/piu-bench.lock flock /tmp/piu-mvn.lock)
# PIU_BENCH_MVN_LOCK=0: take only the bench lock (when the Maven lock is held by something that is not a build)
[ "${PIU_BENCH_MVN_LOCK:-1}" = 1 ] || LOCKED=(flock /tmp/piu-bench.lock)
mkdir -p "$DIR"

mvn() { JAVA_HOME=$JAVA_HOME ./mvnw -B "$@"; }
pid() { cat "$DIR/app.pid"; }
bench() { "${LOCKED[@]}" "$JAVA" -Xmx1g -cp "$(cat "$CPF")" org.piu.targeting.sample.bench.IngestBench "$@" \
            --base-url "$BASE" --api-key "$PIU_DEMO_API_KEY" --password "$PIU_DEMO_PASSWORD"; }
heap() { # label: heap after a full GC
  "$JAVA_HOME/bin/jcmd" "$(pid)" GC.run >/dev/null
  echo "heap after full GC ($1, $(date -u +%H:%M:%S)):"; "$JAVA_HOME/bin/jcmd" "$(pid)" GC.heap_info | sed -n '2,4p'
}

step=${1:-help}; shift || true
case "$step" in
  classpath)
    mvn -q -o install -DskipTests
    mvn -q -o -pl sample-data test-compile dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile=target/piu-ingest-bench.classpath.deps
    echo "$PWD/sample-data/target/test-classes:$PWD/sample-data/target/classes:$(cat sample-data/target/piu-ingest-bench.classpath.deps)" > "$CPF"
    ;;
  start)
    [ ! -f "$DIR/app.pid" ] || ! kill -0 "$(pid)" 2>/dev/null || { echo "already running: pid $(pid)"; exit 0; }
    # the application jar (no sample data); run a copy: a build that rewrites it must not pull classes from under
    # the running app
    cp "${PIU_BENCH_JAR:-rule-workbench/target/piu-targeting-exec.jar}" "$DIR/piu-targeting.jar"
    rm -rf "$DIR/data"   # a fresh installation every time: setup imports rules and a list from scratch
    nohup "$JAVA" -Xmx"$XMX" -XX:+UseG1GC -jar "$DIR/piu-targeting.jar" --piu.data-dir="$DIR/data" \
        --server.port="$PORT" --piu.elasticsearch.heap="$ES_HEAP" \
        --piu.api.max-request-bytes=200000000 > "$DIR/app.log" 2>&1 &
    echo $! > "$DIR/app.pid"
    for _ in $(seq 1 180); do
      if curl -sf -u "admin:$PIU_DEMO_PASSWORD" "$BASE/actuator/health" | grep -q '"status":"UP"'; then
        echo "app up: pid $(pid), $BASE"; exit 0; fi
      kill -0 "$(pid)" 2>/dev/null || { echo "the app exited: see $DIR/app.log"; tail -20 "$DIR/app.log"; exit 1; }
      sleep 2
    done
    echo "the app did not become healthy within 6 minutes: see $DIR/app.log"; exit 1
    ;;
  setup)
    bench setup "$@"
    heap "after setup"
    ;;
  flights)  bench flights --count "${1:-40}" --warmup 5 --first 0 --date 2026-11-22 ;;
  stages)   bench stages --count "${1:-15}" --first 100 --date 2026-12-10 --list bench-1m ;;
  iapi)
    n=${1:-300}
    bench iapi --count "$n" --warmup 50 --first 0 --date 2026-12-20
    # a p99 needs ~100 samples: each of these first sends the 500-passenger PAXLST of the flight
    bench iapi --count $((n / 3)) --warmup 5 --first 0 --date 2026-12-28 --onto-flight
    ;;
  sustained)
    rate=${1:?usage: bench/ingest.sh sustained RATE [SECONDS]}
    "${LOCKED[@]}" "$0" _sustained_locked "$rate" "${2:-600}"
    ;;
  _sustained_locked) # holds the locks (see sustained)
    rate=$1; secs=$2; every=${PIU_BENCH_HEAP_EVERY:-300}
    heap "start of sustained load"
    "$JAVA_HOME/bin/jcmd" "$(pid)" GC.class_histogram > "$DIR/histogram-start.txt"
    "$JAVA_HOME/bin/jstat" -gc "$(pid)" 30000 > "$DIR/jstat-sustained.txt" & jstat=$!
    top -b -d 30 -n $((secs / 30 + 1)) | grep -E '^top|^%Cpu| java' > "$DIR/top-sustained.txt" & topp=$!
    # heap after a full GC every $every s while the load runs: a plateau shows as flat samples, a leak as a slope
    ( for _ in $(seq 1 $((secs / every - 1))); do sleep "$every"; heap "during sustained load"; done ) \
        > "$DIR/heap-sustained.txt" 2>&1 & heapp=$!
    rc=0
    "$JAVA" -Xmx1g -cp "$(cat "$CPF")" org.piu.targeting.sample.load.LoadDriver --base-url "$BASE" \
        --api-key "$PIU_DEMO_API_KEY" --format edifact --passengers 500 --rate "$rate" --duration "$secs" \
        --reference-date 2027-01-05 --seed 11 || rc=$?
    kill "$jstat" "$topp" "$heapp" 2>/dev/null || true
    cat "$DIR/heap-sustained.txt"
    heap "end of sustained load"
    "$JAVA_HOME/bin/jcmd" "$(pid)" GC.class_histogram > "$DIR/histogram-end.txt"
    echo "jstat -gc every 30 s: $DIR/jstat-sustained.txt; top every 30 s: $DIR/top-sustained.txt;"
    echo "class histograms (after full GC) at start and end: $DIR/histogram-start.txt, $DIR/histogram-end.txt"
    exit $rc
    ;;
  stop)
    if [ -f "$DIR/app.pid" ] && kill -0 "$(pid)" 2>/dev/null; then
      kill -TERM "$(pid)"
      for _ in $(seq 1 60); do kill -0 "$(pid)" 2>/dev/null || break; sleep 1; done
    fi
    left=$(pgrep -f "org.elasticsearch.bootstrap.Elasticsearch.*$DIR" || true)
    if [ -n "$left" ]; then echo "Elasticsearch of $DIR still running: $left"; exit 1; fi
    echo "stopped; no Elasticsearch of $DIR left"
    ;;
  all)
    "$0" classpath; "$0" start; "$0" setup; "$0" flights; "$0" stages; "$0" iapi
    "$0" sustained "${PIU_BENCH_RATE:-0.1}"; "$0" stop
    ;;
  *) sed -n '2,17p' "$0"; exit 2 ;;
esac
