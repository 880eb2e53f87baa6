#!/usr/bin/env bash
# Start-up to first request served: starts Convene on an H2 file database (by default a fresh, empty
# one each run, which Flyway migrates; DB=kept reuses one across the runs, as a restart does), polls GET /login every 20 ms, and reports the wall time from launching java to the
# first 200, the JVM's own "process running for" figure, and the server's CPU time (user + system,
# all threads) at that moment. Each run is stopped before the next one.
#
#   bench/startup.sh [packaged|classes|jar] [runs]     default: packaged 5
#
#   packaged   bin/convene: the extracted application with its ahead-of-time bean definitions and the
#              build's class-data-sharing archive (what a server runs)
#   classes    the JVM ./mvnw spring-boot:run starts: target/classes and the dependencies' jars,
#              -XX:TieredStopAtLevel=1 and -Dspring.aot.enabled=$AOT (Maven's own start not counted)
#   jar        java -jar target/convene-*.jar (the fat jar), with -Dspring.aot.enabled=$AOT
#
# Environment: SKIP_BUILD=1 (reuse target/), DB (fresh or kept; default fresh), AOT (jar mode; default true), JAVA_OPTS (more JVM flags,
# e.g. "-XX:TieredStopAtLevel=1", which ./mvnw spring-boot:run adds, or "-Xshare:off" to leave the
# archive out).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-packaged}
runs=${2:-5}
aot=${AOT:-true}
kept_db=$(mktemp -d "${TMPDIR:-/tmp}/convene-startup-kept.XXXXXX")
trap 'rm -rf "$kept_db"' EXIT
export JAVA_OPTS
port=18095
out=target/startup
mkdir -p "$out"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -q -DskipTests package
fi
case "$mode" in
  packaged) launch=(bin/convene) ;;
  classes)
    ./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$out/runtime-classpath.txt"
    launch=(java -XX:TieredStopAtLevel=1 -Dspring.aot.enabled="$aot" ${JAVA_OPTS:-}
      -cp "target/classes:$(cat "$out/runtime-classpath.txt")" org.convene.ConveneApplication) ;;
  jar) launch=(java -Dspring.aot.enabled="$aot" ${JAVA_OPTS:-} -jar "$(ls target/convene-*.jar | grep -v original | head -1)") ;;
  *) echo "mode is packaged, classes or jar" >&2; exit 2 ;;
esac

echo "java: $(java -version 2>&1 | head -1); AOT: $aot; database: ${DB:-fresh}; flags: ${JAVA_OPTS:-none}; mode: $mode; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
ticks=$(getconf CLK_TCK)
results=()
for run in $(seq 1 "$runs"); do
  if [[ "${DB:-fresh}" == kept ]]; then db=$kept_db; else db=$(mktemp -d "${TMPDIR:-/tmp}/convene-startup.XXXXXX"); fi
  start=$(date +%s%N)
  "${launch[@]}" --server.port=$port --server.address=127.0.0.1 \
    "--spring.datasource.url=jdbc:h2:file:$db/convene;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE" \
    > "$out/run-$run.log" 2>&1 &
  server=$!
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' -m 1 "http://127.0.0.1:$port/login" || true)" == 200 ]]; do
    kill -0 "$server" 2>/dev/null || { echo "server died:"; tail -20 "$out/run-$run.log"; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  read -r utime stime < <(awk '{print $14, $15}' "/proc/$server/stat")
  kill "$server"; wait "$server" 2>/dev/null || true
  [[ "$db" == "$kept_db" ]] || rm -rf "$db"
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
  cpu=$(awk -v u="$utime" -v s="$stime" -v t="$ticks" 'BEGIN { printf "%.1f", (u + s) / t }')
  started=$(grep -o 'Started ConveneApplication in [0-9.]* seconds (process running for [0-9.]*)' "$out/run-$run.log" \
    | sed 's/Started ConveneApplication in \([0-9.]*\) seconds (process running for \([0-9.]*\))/\1 s (JVM up \2 s)/')
  echo "run $run: first 200 after $wall s; started in $started; server CPU $cpu s"
  results+=("$wall")
done
printf '%s\n' "${results[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "median of %d runs: %s s (min %s, max %s)\n", NR, a[int((NR + 1) / 2)], a[1], a[NR] }'
