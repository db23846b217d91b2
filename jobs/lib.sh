# Shared by the scripts in jobs/: build the jar when needed, then run it with absolute folders.
jar="$root/target/bilaga1.jar"

# Builds target/bilaga1.jar when it is missing or older than pom.xml or anything under src/main.
ensure_jar() {
  if [[ ! -f "$jar" || -n "$(find "$root/pom.xml" "$root/src/main" -newer "$jar" -print -quit)" ]]; then
    echo "Building $jar ..." >&2
    (cd "$root" && mvn -B -q -DskipTests package) >&2
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
  # H2 refuses implicitly relative paths: hand the app absolute ones.
  exec java ${JAVA_OPTS:-} -jar "$jar" "${args[@]}" \
    --bilaga1.input="$(realpath -m "$input")" \
    --bilaga1.output="$(realpath -m "$output")" \
    --bilaga1.data="$(realpath -m "$data")"
}
