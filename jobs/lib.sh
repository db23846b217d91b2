# Shared by the scripts in jobs/: build the jar when needed, then run it with absolute folders.
jar="$root/target/bilaga1.jar"

# Builds target/bilaga1.jar when it is missing or older than pom.xml or anything under src/main.
ensure_jar() {
  if [[ ! -f "$jar" || -n "$(find "$root/pom.xml" "$root/src/main" -newer "$jar" -print -quit)" ]]; then
    echo "Building $jar ..." >&2
    (cd "$root" && mvn -B -q -DskipTests package) >&2
  fi
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
