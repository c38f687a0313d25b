#!/usr/bin/env bash
# exwire benchmarks: builds benchmarks/target/benchmarks.jar, then runs
#   1. JMH: every decode benchmark, the XChange-style baseline and the floor in ONE run, with -prof gc
#      (B/op), JSON to benchmarks/results/jmh.json, console to jmh.txt;
#   2. the CPU-time cross-check (io.exwire.benchmarks.CpuTimeCheck) of the same benchmarks, to cputime.json:
#      thread CPU ns/op, which time spent descheduled on a loaded shared machine does not inflate;
#   3. the loopback harness (io.exwire.benchmarks.harness.LoopbackHarness) against the testkit's Gate.io spot
#      simulator, to harness.json and harness.txt, and the cold start (io.exwire.benchmarks.harness.ColdStart: a
#      fresh client JVM initializing 100 symbols against a warm simulator, plain and with a JDK 25 AOT cache), to
#      coldstart.json;
#   4. benchmarks/results/summary.md (io.exwire.benchmarks.Summary): the table of docs/BENCHMARKS.md.
#
# Three profiles (times on 2 shared cores, the build included):
#   (default)  a short run, about 5 minutes: JMH one fork per benchmark (2 warm-up and 3 measurement iterations of
#              500 ms), a short harness (3 s per latency step, a ladder to 300k frames/s), 3 cold starts; no CPU-time
#              check (--cpu adds it, ~4.5 minutes). Every figure, one sample each; enough to see a regression.
#   --full     the run of record, about 20 minutes: JMH three forks per benchmark (2 + 3 iterations of 1 s: C2's
#              inlining differs between JVMs, and the figure is the median of the forks), the CPU-time check, the
#              full harness (10 s per latency step, a ladder to 800k) and 5 cold starts. docs/BENCHMARKS.md quotes it.
#   --quick    a pipeline check, about 4 minutes: everything once, iterations too short for figures.
#
#   benchmarks/run.sh [--full | --quick] [--cpu] [--no-build] [--skip-jmh] [--skip-cpu] [--skip-harness]
#                     [--jmh-args "..."] [--harness-args "..."] [--include REGEX] [--profile REGEX]
#
# --include: JMH benchmark regex (default: all). Extra JMH / harness arguments are appended.
# --profile REGEX: only profile those JMH benchmarks with async-profiler 4.0 (tools.profiler:async-profiler from Maven
# Central, fetched once; itimer sampling, which needs no perf_events) into benchmarks/results/profiles/, then stop.
#
# The JDK: JAVA_HOME if >= 21, else `java` on PATH if >= 21, else the newest JDK >= 21 under /usr/lib/jvm (the JVM
# that runs the benchmarks and Maven; maven-toolchains picks the compiler JDK itself). `mvn exec:java` is not used:
# it does not honour toolchains.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RESULTS="$ROOT/benchmarks/results"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
MIN_JAVA=21

GIVEN="$*"
BUILD=1 JMH=1 CPU="" HARNESS=1 MODE=short INCLUDE="" JMH_EXTRA="" HARNESS_EXTRA="" PROFILE=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) MODE=quick ;;
        --full) MODE=full ;;
        --cpu) CPU=1 ;;
        --no-build) BUILD=0 ;;
        --skip-jmh) JMH=0 ;;
        --skip-cpu) CPU=0 ;;
        --skip-harness) HARNESS=0 ;;
        --include) INCLUDE="$2"; shift ;;
        --jmh-args) JMH_EXTRA="$2"; shift ;;
        --harness-args) HARNESS_EXTRA="$2"; shift ;;
        --profile) PROFILE="$2"; shift ;;
        -h|--help) sed -n '2,31p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

java_major() {
    local version
    version="$("$1" -version 2>&1 | awk -F'"' '/ version "/ { print $2; exit }')" || return 0
    version="${version#1.}"
    echo "${version%%[!0-9]*}"
}

is_recent_java() {
    local major
    [[ -x "$1" ]] || return 1
    major="$(java_major "$1")"
    [[ -n "$major" && "$major" -ge "$MIN_JAVA" ]]
}

find_java() {
    if [[ -n "${JAVA_HOME:-}" ]] && is_recent_java "$JAVA_HOME/bin/java"; then
        echo "$JAVA_HOME/bin/java"; return
    fi
    if command -v java >/dev/null && is_recent_java "$(command -v java)"; then
        command -v java; return
    fi
    local best="" best_major=0 candidate major
    for candidate in /usr/lib/jvm/*/bin/java; do
        is_recent_java "$candidate" || continue
        major="$(java_major "$candidate")"
        if [[ "$major" -gt "$best_major" ]]; then best="$candidate"; best_major="$major"; fi
    done
    [[ -n "$best" ]] || { echo "run.sh: no JDK >= $MIN_JAVA found (set JAVA_HOME)" >&2; exit 1; }
    echo "$best"
}

JAVA="$(find_java)"
JDK_HOME="$(cd "$(dirname "$JAVA")/.." && pwd)"
mkdir -p "$RESULTS"
say() { echo "[run.sh] $*" >&2; }

if [[ $BUILD -eq 1 ]]; then
    say "building benchmarks.jar (mvn -o -q -pl benchmarks -am install -Dmaven.test.skip=true, JAVA_HOME=$JDK_HOME)"
    (cd "$ROOT" && JAVA_HOME="$JDK_HOME" mvn -o -q -pl benchmarks -am install -Dmaven.test.skip=true)
fi
[[ -f "$JAR" ]] || { echo "run.sh: $JAR missing; run without --no-build" >&2; exit 1; }


case "$MODE" in
    full)
        JMH_ARGS=(-f 3 -wi 2 -w 1s -i 3 -r 1s)
        HARNESS_ARGS=()
        COLD_ARGS=(--runs 5)
        CPU="${CPU:-1}" ;;
    quick)
        JMH_ARGS=(-f 1 -wi 1 -w 200ms -i 2 -r 200ms)
        HARNESS_ARGS=(--seconds 2 --warmup 1 --ladder 10000,50000 --ladder-seconds 1 --init-repeats 1
                      --reconnect-repeats 1)
        COLD_ARGS=(--runs 1)
        CPU="${CPU:-0}" ;;
    *)
        JMH_ARGS=(-f 1 -wi 2 -w 500ms -i 3 -r 500ms)
        HARNESS_ARGS=(--seconds 3 --warmup 1 --ladder 10000,25000,50000,100000,150000,200000,300000 --ladder-seconds 2
                      --init-repeats 2 --reconnect-repeats 2)
        COLD_ARGS=(--runs 3)
        CPU="${CPU:-0}" ;;
esac

# a fixed, pre-touched heap: without it the allocating benchmarks (baseline, floor) spend whole iterations in page
# faults while the young generation grows on a fresh VM (seen: floor 127 ns in one iteration, 4,962 ns in the next)
JMH_ARGS+=(-jvmArgsAppend "-Xms2g -Xmx2g -XX:+AlwaysPreTouch")

if [[ -n "$PROFILE" ]]; then
    AP_VERSION=4.0
    AP_JAR="${MAVEN_REPO:-$HOME/.m2/repository}/tools/profiler/async-profiler/$AP_VERSION/async-profiler-$AP_VERSION.jar"
    if [[ ! -f "$AP_JAR" ]]; then
        say "fetching tools.profiler:async-profiler:$AP_VERSION"
        JAVA_HOME="$JDK_HOME" mvn -q dependency:get -Dartifact="tools.profiler:async-profiler:$AP_VERSION" >&2
    fi
    AP_DIR="$ROOT/benchmarks/target/async-profiler"
    mkdir -p "$AP_DIR" "$RESULTS/profiles"
    (cd "$AP_DIR" && unzip -o -q "$AP_JAR" 'linux-x64/*')
    say "profiling $PROFILE into $RESULTS/profiles"
    "$JAVA" --enable-native-access=ALL-UNNAMED -jar "$JAR" "$PROFILE" "${JMH_ARGS[@]}" \
        -prof "async:libPath=$AP_DIR/linux-x64/libasyncProfiler.so;event=itimer;output=text;traces=8;flat=25;dir=$RESULTS/profiles" \
        2>&1 | grep -v '^WARNING: ' | tee "$RESULTS/profiles/profile.txt"
    exit 0
fi

{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "profile: $MODE (benchmarks/run.sh${GIVEN:+ $GIVEN})"
    echo "commit: $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo n/a) (working tree may differ)"
    echo "cpu: $(nproc) x $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)"
    echo "jdk: $("$JAVA" -version 2>&1 | head -1)"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
} > "$RESULTS/machine.txt"

if [[ $JMH -eq 1 ]]; then
    say "JMH: ${JMH_ARGS[*]} -prof gc ${INCLUDE:+(include $INCLUDE)}"
    # shellcheck disable=SC2086
    "$JAVA" -jar "$JAR" ${INCLUDE:+"$INCLUDE"} "${JMH_ARGS[@]}" -prof gc -rf json -rff "$RESULTS/jmh.json" $JMH_EXTRA \
        2>&1 | grep -v '^WARNING: ' | tee "$RESULTS/jmh.txt"
fi

# a cross-check of an earlier run must not appear next to this run's figures
rm -f "$RESULTS/cputime.json" "$RESULTS/cputime.txt"
if [[ $CPU -eq 1 ]]; then
    say "CPU-time cross-check (one JVM per benchmark)"
    for b in GateioDecodeBenchmark.spotBookTicker GateioDecodeBenchmark.spotTrades \
             GateioDecodeBenchmark.spotOrderBookUpdate20 GateioDecodeBenchmark.spotOrderBookUpdate20DecodeOnly \
             GateioDecodeBenchmark.futuresTrades MexcDecodeBenchmark.spotAggreDepth20 MexcDecodeBenchmark.spotAggreDeals \
             MexcDecodeBenchmark.futuresDepth20 MexcDecodeBenchmark.futuresDepth20DecodeOnly MexcDecodeBenchmark.futuresDeals \
             BaselineXChangeStyleBenchmark.spotBookTicker \
             BaselineXChangeStyleBenchmark.spotTrades BaselineXChangeStyleBenchmark.spotOrderBookUpdate20 \
             FloorBenchmark.gateioSpotBookTicker FloorBenchmark.gateioSpotTrades FloorBenchmark.gateioSpotOrderBookUpdate20 \
             FloorBenchmark.gateioFuturesTrades FloorBenchmark.mexcFuturesDepth20 FloorBenchmark.mexcFuturesDeals \
             PrototypeDecodeBenchmark.spotBookTicker \
             PrototypeDecodeBenchmark.spotOrderBookUpdate20 PrototypeDecodeBenchmark.spotOrderBookUpdate20DecodeOnly \
             GateioMixedStreamBenchmark.spotMixed; do
        if [[ -n "$INCLUDE" ]] && ! [[ "$b" =~ $INCLUDE ]]; then continue; fi
        "$JAVA" -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp "$JAR" io.exwire.benchmarks.CpuTimeCheck --json "$RESULTS/cputime.json" "$b" 2>&1 \
            | grep -v '^WARNING: ' | tee -a "$RESULTS/cputime.txt"
    done
fi

if [[ $HARNESS -eq 1 ]]; then
    say "loopback harness ${HARNESS_ARGS[*]} $HARNESS_EXTRA"
    # shellcheck disable=SC2086
    "$JAVA" -Xmx1g -XX:+EnableDynamicAgentLoading -Djdk.attach.allowAttachSelf=true -cp "$JAR" \
        io.exwire.benchmarks.harness.LoopbackHarness --out "$RESULTS/harness.json" "${HARNESS_ARGS[@]}" \
        $HARNESS_EXTRA 2>&1 | grep -E '^\[harness\]|Exception|Error' | tee "$RESULTS/harness.txt" || true
    say "cold start ${COLD_ARGS[*]}"
    "$JAVA" -Xmx1g -cp "$JAR" io.exwire.benchmarks.harness.ColdStart --out "$RESULTS/coldstart.json" "${COLD_ARGS[@]}" \
        2>&1 | grep -E '^\[coldstart\]|Exception|Error' || true
fi

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)" >> "$RESULTS/machine.txt"

if [[ -f "$RESULTS/jmh.json" ]]; then
    {
        echo "## Latest results"
        echo
        sed 's/^/    /' "$RESULTS/machine.txt"
        echo
        "$JAVA" -cp "$JAR" io.exwire.benchmarks.Summary "$RESULTS/jmh.json" "$RESULTS/harness.json" \
            "$RESULTS/cputime.json" "$RESULTS/coldstart.json"
    } > "$RESULTS/summary.md"
    say "summary: $RESULTS/summary.md"
    cat "$RESULTS/summary.md"
fi
