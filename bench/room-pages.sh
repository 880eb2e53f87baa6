#!/usr/bin/env bash
# Room pages rendered under a steady load (DESIGN.md budget: p95 <= 25 ms at 200 requests/s): starts the
# packaged application (bin/convene, after ./mvnw package) with the demo on a fresh H2 file database,
# runs the demo's scheduled clinic to Understanding with CONTRIBUTIONS questions posted through the API
# (200 by default: a long clinic, not the demo's small one), signs in as the demo's convener through the
# sign-in form, and runs PageLoadDriver (open loop) on that live room, on the demo's held clinic's room,
# then on the report of the demo's current benchmarking round.
#
#   bench/room-pages.sh [rate] [extra driver options]     default rate 200; e.g. bench/room-pages.sh 20 --warmup=40
#   CHROMIUM=1 CONTRIBUTIONS=0 bench/room-pages.sh        instead: four Chromium pages, post -> text in the others' DOM
#
# Environment: SKIP_BUILD=1 (reuse target/), SERVER_HEAP (default 512m), CONTRIBUTIONS (default 200), JAVA_OPTS (more server JVM flags,
# e.g. -XX:TieredStopAtLevel=4 for the optimising JIT). Loopback only, port 18091.
set -euo pipefail
cd "$(dirname "$0")/.."

rate=${1:-200}
shift || true
port=18091
base="http://127.0.0.1:$port"
out=target/bench
mkdir -p "$out"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -q -DskipTests package
  ./mvnw -q -Pbench test-compile
fi
db=$(mktemp -d "${TMPDIR:-/tmp}/convene-pages.XXXXXX")
JAVA_OPTS="-Xmx${SERVER_HEAP:-512m} ${JAVA_OPTS:-}" bin/convene --server.port=$port --server.address=127.0.0.1 \
  --convene.demo=true "--spring.datasource.url=jdbc:h2:file:$db/convene;DB_CLOSE_ON_EXIT=FALSE" \
  --logging.level.root=WARN > "$out/room-pages-server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$db"' EXIT

for _ in $(seq 1 600); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' -m 1 "$base/login" || true)" == 200 ]] && break
  kill -0 $server 2>/dev/null || { echo "server died:"; tail -20 "$out/room-pages-server.log"; exit 1; }
  sleep 0.2
done
# The demo is seeded just after the port opens: wait until its convener can have a token.
token=
for _ in $(seq 1 120); do
  token=$(curl -s -u ana@demo.convene.test:practice-together -H 'Content-Type: application/json' -d '{"name":"bench"}' \
    "$base/api/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [[ -n "$token" ]] && break
  sleep 0.5
done
[[ -n "$token" ]] || { echo "the demo was not seeded"; exit 1; }
cases=$(curl -s -H "Authorization: Bearer $token" "$base/api/communities/1/cases")
clinic=$(python3 -c 'import json, sys; print(next(c["clinicId"] for c in json.load(sys.stdin) if c["status"] == "CLOSED"))' <<< "$cases")
# The demo's clinic later today is the one not started yet.
live=
for id in 1 2 3 4 5; do
  if curl -s -H "Authorization: Bearer $token" "$base/api/clinics/$id" | grep -q '"state":"NOT_STARTED"'; then live=$id; break; fi
done
[[ -n "$live" ]] || { echo "the demo has no clinic to run"; exit 1; }
round=2

token_of() {
  curl -s -u "$1@demo.convene.test:practice-together" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
    "$base/api/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}
ben=$(token_of ben)
curl -s -o /dev/null -X POST -H "Authorization: Bearer $ben" "$base/api/clinics/$live/start"
curl -s -o /dev/null -X POST -H "Authorization: Bearer $ben" "$base/api/clinics/$live/advance"
askers=()
for who in femi jonas hugo luis chloe; do askers+=("$(token_of $who)"); done
# One person may post a burst of 20 into a room, then one every two seconds: past the bursts, a 429 waits and tries again.
for i in $(seq 1 "${CONTRIBUTIONS:-200}"); do
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${askers[$((i % 5))]}" \
      -H 'Content-Type: application/json' \
      -d "{\"kind\":\"QUESTION\",\"text\":\"Question $i: how did the night shift know which alarms were still open at six, and who checked?\"}" \
      "$base/api/clinics/$live/contributions")" != 429 ]]; do
    sleep 1
  done
done
echo "clinic $live in Understanding with $(curl -s -H "Authorization: Bearer $token" "$base/api/clinics/$live" \
  | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["contributions"]))') contributions"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); server JVM flags: ${JAVA_OPTS:-none}"
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
if [[ "${CHROMIUM:-}" == 1 ]]; then
  # The same room in real Chromium, four people at once: post -> text in the other pages' DOM.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp "$cp" org.convene.bench.RoomChromiumLatency --base-url="$base" \
    --room="/communities/1/clinics/$live/room" --password=practice-together --posts="${POSTS:-20}" \
    --emails=chloe@demo.convene.test,femi@demo.convene.test,jonas@demo.convene.test,hugo@demo.convene.test
  exit 0
fi
for page in "/communities/1/clinics/$live/room" "/communities/1/clinics/$clinic/room" \
    "/communities/1/benchmarking/rounds/$round/report"; do
  java -cp "$cp" org.convene.bench.PageLoadDriver --base-url="$base" --email=ana@demo.convene.test \
    --password=practice-together --paths="$page" --rate="$rate" "$@"
done
