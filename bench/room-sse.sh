#!/usr/bin/env bash
# Contribution posted -> on every participant's screen, page-faithful: RoomLoadDriver signs accounts in
# through the sign-in form, loads each viewer's room page, holds the stream the page names, beats as the
# page does and swaps every pushed fragment into that viewer's DOM as htmx and clinic.js do.
#
#   bench/room-sse.sh <1000|5000> [driver options]        Convene (the real application, fresh H2 file database)
#   bench/room-sse.sh raw <1000|5000> [driver options]    the bare broadcaster (RawSseBroadcaster, room mode)
#
#   1000   1 clinic x 1,000 viewers, 10 contributions/s;   5000   200 clinics x 25 viewers, 100 contributions/s
#   The server runs as shipped but for one setting: the driver's 25 accounts stand for thousands of people (in the
#   5000 scenario each holds a stream in 200 rooms), so the cap on streams per person is lifted.
#
# Environment: SKIP_BUILD=1 (reuse target/), SERVER_HEAP (default 512m), DRIVER_HEAP (default 4g: every
# viewer keeps its page's DOM), MEMBERS (accounts, default 25), JFR=1 (record the server with JFR over the
# measured window, into target/bench/<label>-<time>.jfr), SERVER_JVM_OPTS (added to the server's JVM),
# RESULTS (Markdown rows, default target/bench/room-sse-results.md). Loopback only: port 18090 (Convene),
# 18081 (raw). Hold the shared build lock for the whole run: flock /tmp/convene-build.lock bench/room-sse.sh 1000
set -euo pipefail
cd "$(dirname "$0")/.."

target=convene
if [[ "${1:-}" == raw ]]; then target=raw; shift; fi
scenario=${1:?1000 or 5000}
shift
heap=${SERVER_HEAP:-512m}
members=${MEMBERS:-25}
out=target/bench
results=${RESULTS:-$out/room-sse-results.md}
mkdir -p "$out"

source bench/scenario.sh

label="room-$target-$scenario"
stamp=$(date +%H%M%S)
gclog="$out/gc-$label-$stamp.log"
setup_dir="$out/$label-$stamp"
mkdir -p "$setup_dir"
jvm=(-Xms"$heap" -Xmx"$heap" -XX:+UseG1GC ${SERVER_JVM_OPTS:-} "-Xlog:gc:file=$gclog")

if [[ "$target" == convene ]]; then
  port=18090
  db=$(mktemp -d "${TMPDIR:-/tmp}/convene-room-bench.XXXXXX")
  admin_email=bench-admin@example.org
  admin_password=quiet-meadow-compass
  # The server gets main classes only (no test classes, no bench endpoints): the application as shipped.
  CONVENE_ADMIN_EMAIL=$admin_email CONVENE_ADMIN_PASSWORD=$admin_password \
    java "${jvm[@]}" -cp "target/classes:$deps" org.convene.ConveneApplication \
    --server.port=$port --server.address=127.0.0.1 \
    "--spring.datasource.url=jdbc:h2:file:$db/convene;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE" \
    --spring.datasource.username=sa --spring.datasource.password= \
    --logging.level.root=WARN --logging.level.org.convene=WARN \
    --convene.live.max-streams-per-person=100000 > "$out/server-$label-$stamp.log" 2>&1 &
  up_path=/api/me; up_code=401
else
  port=18081
  db=
  java "${jvm[@]}" -cp "$bench_cp" org.convene.bench.RawSseBroadcaster $port --room=src/bench/room \
    > "$out/server-$label-$stamp.log" 2>&1 &
  up_path=/login; up_code=200
fi
server=$!
stop_server() {
  kill "$server" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$server" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$server" 2>/dev/null || true  # e.g. a server out of memory that cannot shut down gracefully
  [[ -n "$db" ]] && rm -rf "$db"
  return 0
}
trap stop_server EXIT

up=
for _ in $(seq 1 180); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -m 2 "http://127.0.0.1:$port$up_path" || true)
  if [[ "$code" == "$up_code" ]] && ss -ltnp 2>/dev/null | grep ":$port " | grep -q "pid=$server,"; then up=1; break; fi
  if ! kill -0 $server 2>/dev/null; then echo "server died:"; tail -40 "$out/server-$label-$stamp.log"; exit 1; fi
  sleep 0.5
done
[[ -n "$up" ]] || { echo "server did not answer in 90 s"; exit 1; }

if [[ "$target" == convene ]]; then
  sleep 2  # the administrator is created by an ApplicationRunner, just after the port opens
  timeout 600 java -Xmx256m -cp "$bench_cp" org.convene.bench.ClinicLoadSetup --base-url=http://127.0.0.1:$port \
    --admin-email=$admin_email --admin-password=$admin_password --clinics=$clinics --members="$members" \
    --streams-per-clinic=$per --out="$setup_dir"
else
  # The bare broadcaster signs anyone in and serves any room: the same layout of rooms and accounts.
  for c in $(seq 1 $clinics); do echo "/communities/1/clinics/$c/room"; done > "$setup_dir/room-paths.txt"
  for m in $(seq 1 "$members"); do printf 'raw-%d@example.org\traw-password\n' "$m"; done > "$setup_dir/accounts.txt"
fi

echo "load average before the driver: $(cut -d' ' -f1-3 /proc/loadavg)"
gcstart=$(wc -l < "$gclog")
jfr=()
[[ "${JFR:-}" == 1 ]] && jfr=(--server-jfr="$out/$label-$stamp.jfr")
timeout 900 java -Xms"${DRIVER_HEAP:-4g}" -Xmx"${DRIVER_HEAP:-4g}" -cp "$bench_cp" \
  org.convene.bench.RoomLoadDriver --label="$label" --base-url="http://127.0.0.1:$port" \
  --room-paths-file="$setup_dir/room-paths.txt" --accounts-file="$setup_dir/accounts.txt" \
  --streams-per-topic=$per --rate=$rate --kind=QUESTION --server-pid=$server --results="$results" "${jfr[@]}" "$@"
echo "load average after the driver: $(cut -d' ' -f1-3 /proc/loadavg)"

# Pauses of the server's collector from the driver's start to the end (start-up and setup left out).
awk -v from="$gcstart" 'NR > from && /Pause/ && !/System.gc/ && !/Diagnostic Command/ { n++; ms = $NF; sub("ms", "", ms); if (ms + 0 > max) max = ms + 0;
       if (match($0, /->[0-9]+M/)) { a = substr($0, RSTART + 2, RLENGTH - 3) + 0; if (a > after) after = a } }
     END { printf "server GC: %d pauses, longest %.1f ms, most heap left after a collection %d MB (log %s)\n", n, max, after, FILENAME }' "$gclog"
grep -E 'ERROR|Exception' "$out/server-$label-$stamp.log" | sort | uniq -c | sort -rn | head -5 || true
