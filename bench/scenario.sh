# Sourced by bench/clinic-sse.sh and bench/room-sse.sh with $scenario set: the two live scenarios of the
# budget, an open-files limit that holds 5,000 streams, the bench build, and the classpaths.
case "$scenario" in
  5000) clinics=200; per=25; rate=100 ;;
  1000) clinics=1; per=1000; rate=10 ;;
  *) echo "scenario is 5000 or 1000" >&2; exit 2 ;;
esac

ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
echo "open files limit: $(ulimit -n); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -q -Pbench test-compile
fi
deps=$(cat target/bench-classpath.txt)
# A Convene server gets main classes only (no test classes, no bench endpoints); set-up and drivers get both.
server_cp="target/classes:$deps"
bench_cp="target/classes:target/test-classes:$deps"
