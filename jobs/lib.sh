# Shared by the scripts in jobs/: build the jar when needed, then run it with absolute folders.
jar="$root/target/bilaga1.jar"

# The jar: built by Maven only when asked (--build), or once on a fresh clone that has none yet and Maven at hand.
# A server's cron never runs Maven: with a jar present it runs that jar, and says so when the sources are newer.
# A build that fails, or a jar that is missing where Maven is not, ends the script with exit status 1.
ensure_jar() {
  local build="${1:-0}"
  if [[ "$build" == 1 ]]; then
    build_jar
  elif [[ ! -f "$jar" ]]; then
    if ! command -v mvn >/dev/null 2>&1; then
      echo "$jar is missing, and Maven (mvn) is not installed to build it: build it where Maven is" \
        "(mvn -B -DskipTests package) and copy it to target/, or install Maven and run again with --build" >&2
      exit 1
    fi
    echo "$jar is missing: building it once (mvn -B -q -DskipTests package) ..." >&2
    build_jar
  elif [[ -n "$(find "$root/pom.xml" "$root/src/main" -newer "$jar" -print -quit 2>/dev/null)" ]]; then
    echo "note: $jar is older than the sources; running it as it is (--build rebuilds it first)" >&2
  fi
}

build_jar() {
  local status=0
  (cd "$root" && mvn -B -q -DskipTests package) >&2 || status=$?
  if [[ $status -ne 0 ]]; then
    echo "building $jar failed (mvn exit status $status): see above" >&2
    exit 1
  fi
}

# Usage on stdout with exit 0 when asked for (--help), else on stderr with exit 2.
usage_and_exit() {
  if [[ "${1:-}" == help ]]; then echo "$USAGE"; exit 0; fi
  echo "$USAGE" >&2; exit 2
}

# The jar unpacked for class data sharing (target/cds/), with an archive of the classes a start-up loads: made once
# per build by a training run that starts the app on a scratch H2 database and exits when it is up. It halves the
# JVM's start-up work (measured: 11 CPU-seconds to 6 for `status`), which is most of a nightly run with nothing
# changed. Without it (a JDK that cannot write the archive) the scripts run the jar as it is.
cds="$root/target/cds"
cds_fresh() { [[ -f "$cds/app.jsa" && "$cds/app.jsa" -nt "$jar" ]]; }
ensure_cds() {
  if cds_fresh; then
    return 0
  fi
  rm -rf "$cds"
  local scratch; scratch="$(mktemp -d)"
  if java -Djarmode=tools -jar "$jar" extract --destination "$cds" >/dev/null 2>&1 \
      && java -XX:ArchiveClassesAtExit="$cds/app.jsa.tmp" -Dspring.context.exit=onRefresh -jar "$cds/bilaga1.jar" \
         status --bilaga1.data="$scratch" >/dev/null 2>&1 \
      && [[ -s "$cds/app.jsa.tmp" ]]; then
    mv "$cds/app.jsa.tmp" "$cds/app.jsa"
  else
    echo "(class data sharing archive not made: running the plain jar)" >&2
    rm -rf "$cds"
  fi
  rm -rf "$scratch"
}

# The java arguments that start the app: the CDS layout when there is one, else the jar.
app_launch() {
  if cds_fresh; then
    echo "-XX:SharedArchiveFile=$cds/app.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar $cds/bilaga1.jar"
  else
    echo "-jar $jar"
  fi
}

# run_app COMMAND ARGS... --input DIR --output DIR --data DIR
run_app() {
  local args=() input="" output="" data=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --input) input="$2"; shift 2 ;;
      --output) output="$2"; shift 2 ;;
      --data) data="$2"; shift 2 ;;
      *) args+=("$1"); shift ;;
    esac
  done
  mkdir -p "$output" "$data"
  ensure_cds
  # H2 refuses implicitly relative paths: hand the app absolute ones.
  # shellcheck disable=SC2046
  exec java ${JAVA_OPTS:-} $(app_launch) "${args[@]}" \
    --bilaga1.input="$(realpath -m "$input")" \
    --bilaga1.output="$(realpath -m "$output")" \
    --bilaga1.data="$(realpath -m "$data")"
}
