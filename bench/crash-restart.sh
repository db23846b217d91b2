#!/usr/bin/env bash
# Crash-restart bench (issue 7): kill -9 a rebuild at random moments and check that rerunning it ends exactly as an
# uninterrupted rebuild of the same inputs.
#
#   bench/crash-restart.sh [TRIALS] [--from-jvm-start] [--input DIR] [--year N]   (default: 5 trials, input/, 2024)
#
# Uses target/bilaga1.jar and builds nothing: run `mvn -B -DskipTests package` first (or ./jobs/rebuild, which
# builds it when needed). Runs on the embedded H2 warehouse, one fresh data folder per trial under a temporary
# folder (SPRING_DATASOURCE_* are ignored). JAVA_OPTS is passed to java; SEED=n makes the kill moments repeatable;
# KEEP=1 keeps the temporary folder.
#
# First an uninterrupted `rebuild N` gives the reference `Published cells: SHA-256` and tables CSV. Then, per trial,
# a rebuild with --bilaga1.chunk-size=10 (many small commits) gets a real `kill -9` after a random 0.5-6 s, counted
# from the moment the run begins (its "Rebuild N from" log line: the JVM's start-up alone takes 3-8 s, and a kill
# there tests little) or, with --from-jvm-start, from the JVM's start. It is rerun without the kill until it exits
# 0 (at most 5 times), and its checksum and tables CSV must equal the reference's. One line per trial; exit status
# 1 when any trial differs or never completed, else 0.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/target/bilaga1.jar"

usage() { echo "usage: $0 [TRIALS] [--from-jvm-start] [--input DIR] [--year N]" >&2; exit 2; }
trials=5; input="$root/input"; year=2024; from_run_start=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --from-jvm-start) from_run_start=0; shift ;;
    --input) [[ $# -ge 2 ]] || usage; input="$2"; shift 2 ;;
    --year)  [[ $# -ge 2 && "$2" =~ ^[0-9]{4}$ ]] || usage; year="$2"; shift 2 ;;
    [0-9]*)  [[ "$1" =~ ^[1-9][0-9]*$ ]] || usage; trials="$1"; shift ;;
    *) usage ;;
  esac
done

if [[ ! -f "$jar" ]]; then
  echo "No $jar: build it first with  (cd $root && mvn -B -DskipTests package)" >&2
  exit 2
fi
if [[ -n "$(find "$root/pom.xml" "$root/src/main" -newer "$jar" -print -quit)" ]]; then
  echo "WARNING: $jar is older than the sources; rebuild it with  mvn -B -DskipTests package" >&2
fi
input="$(realpath "$input")"
[[ -n "${SEED:-}" ]] && RANDOM="$SEED"
unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD

work="$(mktemp -d "${TMPDIR:-/tmp}/bilaga1-crash-bench.XXXXXX")"
child=""
cleanup() {
  if [[ -n "$child" ]] && kill -0 "$child" 2>/dev/null; then kill -9 "$child" 2>/dev/null || true; fi
  if [[ "${KEEP:-0}" == 1 ]]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

# "${rebuild[@]}" --bilaga1.output=DIR/out --bilaga1.data=DIR/data: the java process itself (no subshell between, so
# that $! of a background run is the JVM that kill -9 hits)
# shellcheck disable=SC2206
rebuild=(java ${JAVA_OPTS:-} -jar "$jar" rebuild "$year" --bilaga1.input="$input")
cells() { sed -n 's/^Published cells: SHA-256 \([0-9a-f]\{64\}\)$/\1/p' "$1" | head -1; }
now_ms() { date +%s%3N; }

# The reference: an uninterrupted rebuild
ref="$work/reference"; mkdir -p "$ref"
start=$(now_ms)
if ! "${rebuild[@]}" --bilaga1.output="$ref/out" --bilaga1.data="$ref/data" > "$ref/run.log" 2> "$ref/run.err"; then
  echo "the uninterrupted rebuild failed; see $ref" >&2
  tail -20 "$ref/run.err" >&2
  KEEP=1
  exit 1
fi
ref_cells="$(cells "$ref/run.log")"
ref_csv="$ref/out/bilaga1-$year-tabeller.csv"
printf 'reference: uninterrupted rebuild %s in %.1f s, published cells %s\n' "$year" \
  "$(( $(now_ms) - start ))e-3" "$ref_cells"

failures=0
for ((t = 1; t <= trials; t++)); do
  dir="$work/trial-$t"; mkdir -p "$dir"
  delay_ms=$(( 500 + RANDOM % 5501 ))
  "${rebuild[@]}" --bilaga1.output="$dir/out" --bilaga1.data="$dir/data" --bilaga1.chunk-size=10 \
    > "$dir/killed.log" 2> "$dir/killed.err" &
  child=$!
  delay="$(printf '%d.%03d' $(( delay_ms / 1000 )) $(( delay_ms % 1000 )))"
  since="s after the JVM started"
  if (( from_run_start )); then
    since="s after the run began"
    for ((w = 0; w < 1200; w++)); do
      grep -q "Rebuild $year from" "$dir/killed.log" 2>/dev/null && break
      kill -0 "$child" 2>/dev/null || break
      sleep 0.1
    done
  fi
  sleep "$delay"
  kill -9 "$child" 2>/dev/null || true  # (a child that has ended is a zombie until waited for: its status tells)
  set +e; { wait "$child"; } 2> /dev/null; status=$?; set -e
  child=""
  if [[ $status -eq 137 ]]; then
    killed="kill -9 $delay $since"
  else
    killed="finished (exit $status) before the kill, $delay $since"
  fi

  # rerun without the kill until it completes
  reruns=0; rerun_status=1
  while (( reruns < 5 )); do
    reruns=$(( reruns + 1 ))
    set +e
    "${rebuild[@]}" --bilaga1.output="$dir/out" --bilaga1.data="$dir/data" --bilaga1.chunk-size=10 \
      > "$dir/rerun-$reruns.log" 2> "$dir/rerun-$reruns.err"
    rerun_status=$?
    set -e
    [[ $rerun_status -eq 0 ]] && break
  done
  log="$dir/rerun-$reruns.log"
  how="$(sed -n 's/^  Note: restarting körning \([0-9]*\), which stopped at \([^;]*\);.*/restarted körning \1 at \2/p' "$log" | head -1)"
  if [[ -z "$how" ]]; then
    if grep -q 'was left STARTED' "$log"; then how="recovered, started over"
    elif [[ "$killed" == kill* ]]; then how="nothing to recover (killed before the run began)"
    else how="nothing to recover"; fi
  fi
  got="$(cells "$log")"
  if [[ $rerun_status -ne 0 ]]; then
    verdict="FAIL: no rerun completed (last exit $rerun_status)"; failures=$(( failures + 1 ))
  elif [[ "$got" != "$ref_cells" ]]; then
    verdict="FAIL: published cells ${got:-none} differ from the reference"; failures=$(( failures + 1 ))
  elif ! cmp -s "$ref_csv" "$dir/out/bilaga1-$year-tabeller.csv"; then
    verdict="FAIL: tables CSV differs from the reference"; failures=$(( failures + 1 ))
  else
    verdict="OK (cells ${got:0:12}…, tables CSV identical)"
  fi
  printf 'trial %d/%d: %s; rerun %d× → exit %d, %s: %s\n' "$t" "$trials" "$killed" "$reruns" "$rerun_status" "$how" "$verdict"
done

if (( failures > 0 )); then
  echo "$failures of $trials trials differ from the uninterrupted rebuild" >&2
  KEEP=1
  exit 1
fi
echo "all $trials trials ended as the uninterrupted rebuild"
