#!/usr/bin/env bash
# Live delivery (SSE) benchmark: starts one server, runs the driver against it, stops the server.
#
#   bench/live-sse.sh <convene|plain|raw> <5000|1000> [extra driver options, e.g. --rate=200]
#
#   convene  the Convene application (bench profile) through LiveEvents/LiveStreams
#   plain    the same server, bare Spring MVC SseEmitter loop (/bench/plain/...)
#   raw      RawSseBroadcaster: JDK only, one selector thread (the physical limit)
#   5000     200 topics x 25 streams, 100 publishes/s;   1000   1 topic x 1,000 streams, 10 publishes/s
#
# Environment: SKIP_BUILD=1 (reuse target/), SERVER_HEAP (default 512m), RESULTS (Markdown rows,
# default target/bench/live-sse-results.md). Loopback only; ports 18080 (Spring) and 18081 (raw).
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?convene, plain or raw}
scenario=${2:?5000 or 1000}
shift 2
heap=${SERVER_HEAP:-512m}
out=target/bench
results=${RESULTS:-$out/live-sse-results.md}
mkdir -p "$out"

ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
echo "open files limit: $(ulimit -n)"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -q -Pbench test-compile
fi
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"

case "$scenario" in
  5000) shape=(--topics=200 --streams-per-topic=25 --rate=100) ;;
  1000) shape=(--topics=1 --streams-per-topic=1000 --rate=10) ;;
  *) echo "scenario is 5000 or 1000" >&2; exit 2 ;;
esac

label="$target-$scenario"
stamp=$(date +%H%M%S)
gclog="$out/gc-$label-$stamp.log"
jvm=(-Xms"$heap" -Xmx"$heap" -XX:+UseG1GC "-Xlog:gc:file=$gclog")
case "$target" in
  convene|plain)
    port=18080
    java "${jvm[@]}" -cp "$cp" org.convene.bench.LiveBenchServer --server.port=$port \
      --server.address=127.0.0.1 '--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1' \
      --logging.level.root=WARN --logging.level.org.convene=WARN \
    --convene.live.max-streams-per-person=100000 > "$out/server-$label-$stamp.log" 2>&1 &
    ;;
  raw)
    port=18081
    java "${jvm[@]}" -cp "$cp" org.convene.bench.RawSseBroadcaster $port > "$out/server-$label-$stamp.log" 2>&1 &
    ;;
  *) echo "target is convene, plain or raw" >&2; exit 2 ;;
esac
server=$!
stop_server() {
  kill "$server" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$server" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$server" 2>/dev/null || true  # e.g. a server out of memory that cannot shut down gracefully
}
trap stop_server EXIT

for _ in $(seq 1 120); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -m 2 "http://127.0.0.1:$port/bench/open-streams" || true)
  if [[ "$code" == 200 || ( "$target" == raw && "$code" == 404 ) ]]; then break; fi
  if ! kill -0 $server 2>/dev/null; then echo "server died:"; tail -40 "$out/server-$label-$stamp.log"; exit 1; fi
  sleep 0.5
done

paths=(--events-path=/bench/topics/{topic}/events --publish-path=/bench/topics/{topic}/publish)
[[ "$target" == plain ]] && paths=(--events-path=/bench/plain/topics/{topic}/events --publish-path=/bench/plain/topics/{topic}/publish)

# Memory outside the heap, sampled every 2 s while the driver runs: the process's resident size and
# (Spring servers) the NIO direct buffers in use, where a server may pool its connection buffers.
memlog="$out/mem-$label-$stamp.log"
( while kill -0 "$server" 2>/dev/null; do
    rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$server/status" 2>/dev/null || true)
    direct=$(curl -s -m 2 "http://127.0.0.1:$port/bench/memory" | sed -n 's/.*"direct":\([0-9]*\).*/\1/p' || true)
    echo "${rss:-0} ${direct:-0}" >> "$memlog"
    sleep 2
  done ) &
sampler=$!

gcstart=$(wc -l < "$gclog")
java -Xms1g -Xmx1g -cp "$cp" org.convene.bench.SseLoadDriver --label="$label" --base-url="http://127.0.0.1:$port" \
  "${paths[@]}" "${shape[@]}" --server-pid=$server --results="$results" "$@"

kill "$sampler" 2>/dev/null || true
awk '{ if ($1 > rss) rss = $1; if ($2 > direct) direct = $2 }
     END { printf "server memory while streams were open: resident (RSS) up to %d MB, NIO direct buffers up to %.1f MB\n", rss / 1024, direct / 1048576 }' "$memlog"

# Pauses of the server's collector from the driver's start to the end (start-up left out), from its GC log.
awk -v from="$gcstart" 'NR > from && /Pause/ && !/System.gc/ && !/Diagnostic Command/ { n++; ms = $NF; sub("ms", "", ms); if (ms + 0 > max) max = ms + 0;
       if (match($0, /->[0-9]+M/)) { a = substr($0, RSTART + 2, RLENGTH - 3) + 0; if (a > after) after = a } }
     END { printf "server GC: %d pauses, longest %.1f ms, most heap left after a collection %d MB (log %s)\n", n, max, after, FILENAME }' "$gclog"
