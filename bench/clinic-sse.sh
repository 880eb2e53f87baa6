#!/usr/bin/env bash
# Live delivery through the clinic API, end to end: starts Convene (the real application, no bench
# profile, a fresh H2 file database), prepares clinics through the public API (ClinicLoadSetup), runs
# SseLoadDriver on GET /api/clinics/{id}/events and POST /api/clinics/{id}/contributions (QUESTION in
# Understanding, members' bearer tokens), prints the results and stops the server.
#
#   bench/clinic-sse.sh <5000|1000> [extra driver options, e.g. --duration=30]
#
#   5000   200 clinics x 25 streams, 100 contributions/s;   1000   1 clinic x 1,000 streams, 10 contributions/s
#
# Environment: SKIP_BUILD=1 (reuse target/), SERVER_HEAP (default 512m), MEMBERS (accounts that stream
# and post, default 25), RESULTS (Markdown rows, default target/bench/clinic-sse-results.md).
# Loopback only, port 18090. Independent of the servlet container: the server is started from
# target/classes with the project's own dependencies, whatever they are.
set -euo pipefail
cd "$(dirname "$0")/.."

scenario=${1:?5000 or 1000}
shift
heap=${SERVER_HEAP:-512m}
members=${MEMBERS:-25}
port=18090
out=target/bench
results=${RESULTS:-$out/clinic-sse-results.md}
mkdir -p "$out"

source bench/scenario.sh

label="clinic-$scenario"
stamp=$(date +%H%M%S)
gclog="$out/gc-$label-$stamp.log"
db=$(mktemp -d "${TMPDIR:-/tmp}/convene-clinic-bench.XXXXXX")
admin_email=bench-admin@example.org
admin_password=quiet-meadow-compass

if ss -ltn 2>/dev/null | grep -q "127.0.0.1:$port "; then
  echo "port $port is already in use (another run?)" >&2; exit 1
fi

CONVENE_ADMIN_EMAIL=$admin_email CONVENE_ADMIN_PASSWORD=$admin_password \
  java -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC ${SERVER_JVM_OPTS:-} "-Xlog:gc:file=$gclog" -cp "$server_cp" org.convene.ConveneApplication \
  --server.port=$port --server.address=127.0.0.1 \
  "--spring.datasource.url=jdbc:h2:file:$db/convene;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE" \
  --spring.datasource.username=sa --spring.datasource.password= \
  --logging.level.root=WARN --logging.level.org.convene=WARN \
    --convene.live.max-streams-per-person=100000 > "$out/server-$label-$stamp.log" 2>&1 &
server=$!
stop_server() {
  kill "$server" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$server" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$server" 2>/dev/null || true  # e.g. a server out of memory that cannot shut down gracefully
  rm -rf "$db"
}
trap stop_server EXIT

up=
for _ in $(seq 1 180); do
  # Up when our own process listens and answers an API call (401 without a token).
  code=$(curl -s -o /dev/null -w '%{http_code}' -m 2 "http://127.0.0.1:$port/api/me" || true)
  if [[ "$code" == 401 ]] && ss -ltnp 2>/dev/null | grep ":$port " | grep -q "pid=$server,"; then up=1; break; fi
  if ! kill -0 $server 2>/dev/null; then echo "server died:"; tail -40 "$out/server-$label-$stamp.log"; exit 1; fi
  sleep 0.5
done
[[ -n "$up" ]] || { echo "server did not answer in 90 s"; exit 1; }
sleep 2  # the administrator is created by an ApplicationRunner, just after the port opens

setup_dir="$out/clinic-$scenario-$stamp"
timeout 600 java -Xmx256m -cp "$bench_cp" org.convene.bench.ClinicLoadSetup --base-url=http://127.0.0.1:$port \
  --admin-email=$admin_email --admin-password=$admin_password --clinics=$clinics --members="$members" \
  --streams-per-clinic=$per --out="$setup_dir"

echo "load average before the driver: $(cut -d' ' -f1-3 /proc/loadavg)"
gcstart=$(wc -l < "$gclog")
timeout 600 java -Xms1g -Xmx1g -cp "$bench_cp" org.convene.bench.SseLoadDriver --label="$label" \
  --base-url="http://127.0.0.1:$port" \
  --events-path=/api/clinics/{topic}/events --publish-path=/api/clinics/{topic}/contributions \
  --topic-ids="$(cat "$setup_dir/topic-ids.txt")" --streams-per-topic=$per --rate=$rate --kind=QUESTION \
  --stream-auth-file="$setup_dir/stream-auth.txt" --publish-auth-file="$setup_dir/publish-auth.txt" \
  --server-pid=$server --results="$results" "$@"
echo "load average after the driver: $(cut -d' ' -f1-3 /proc/loadavg)"

# Pauses of the server's collector from the driver's start to the end (start-up and setup left out).
awk -v from="$gcstart" 'NR > from && /Pause/ && !/System.gc/ && !/Diagnostic Command/ { n++; ms = $NF; sub("ms", "", ms); if (ms + 0 > max) max = ms + 0;
       if (match($0, /->[0-9]+M/)) { a = substr($0, RSTART + 2, RLENGTH - 3) + 0; if (a > after) after = a } }
     END { printf "server GC: %d pauses, longest %.1f ms, most heap left after a collection %d MB (log %s)\n", n, max, after, FILENAME }' "$gclog"
grep -E 'ERROR|Exception' "$out/server-$label-$stamp.log" | sort | uniq -c | sort -rn | head -5 || true
