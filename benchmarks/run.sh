#!/usr/bin/env bash
# Runs the benchmarks of issue 9 and prints their Markdown table (docs/benchmarks.md explains it).
#
#   benchmarks/run.sh          the full run: every parameter, about 8 minutes on 2 cores
#   benchmarks/run.sh quick    a smoke run: typical children, 1,000 alliances, short iterations, about 2 minutes
#
# Builds benchmarks/target/benchmarks.jar first when it is missing or older than a source (mvn package of this
# module and the modules it measures; never install). Writes benchmarks/results/: the JMH JSON (jmh-*.json),
# JMH's own output (jmh-*.log) and the table (results.md). PostgreSQL: WA_POSTGRES_URL, default
# jdbc:postgresql://127.0.0.1:5432/test?user=postgres; each trial makes its own schema and drops it.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
profile="${1:-full}"
jar="$here/target/benchmarks.jar"
out="$here/results"
java="${JAVA:-java}"

case "$profile" in
  full)
    main_opts=(-wi 1 -w 1s -i 2 -r 1s)
    main_params=()
    keyset_opts=(-wi 1 -w 1s -i 2 -r 500ms)
    keyset_params=()
    ;;
  quick)
    main_opts=(-wi 1 -w 500ms -i 1 -r 500ms)
    main_params=(-p children=typical)
    keyset_opts=(-wi 1 -w 500ms -i 1 -r 500ms)
    keyset_params=(-p alliances=1000)
    ;;
  *)
    echo "usage: $0 [quick]" >&2
    exit 2
    ;;
esac

newer="$(find "$root/pom.xml" "$root"/core "$root"/storage-memory "$root"/storage-jdbc "$here/pom.xml" "$here/src" \
  -path '*/target' -prune -o -type f -newer "$jar" -print -quit 2>/dev/null || true)"
if [[ ! -f "$jar" || -n "$newer" ]]; then
  echo "building $jar"
  (cd "$root" && mvn -B -q --no-transfer-progress ${MAVEN_ARGS:-} -DskipTests package -pl benchmarks -am)
fi

mkdir -p "$out"
started=$(date +%s)

# JMH: one fork per benchmark and parameter set; the store's and the pool's logs go to SLF4J at WARN.
jmh() {
  local name="$1"; shift
  echo "== JMH $name: $*"
  set +e +o pipefail
  "$java" -jar "$jar" -f 1 -foe true -rf json -rff "$out/jmh-$name.json" \
    -jvmArgsAppend "-Dorg.jboss.logging.provider=slf4j" "$@" 2>&1 \
    | tee "$out/jmh-$name.log" | grep --line-buffered -E '^# (Benchmark|Parameters):|ERROR|Exception'
  local rc=${PIPESTATUS[0]}
  set -e -o pipefail
  if [[ $rc -ne 0 ]]; then
    echo "JMH $name failed: see $out/jmh-$name.log" >&2
    exit 1
  fi
}

jmh main "${main_opts[@]}" "${main_params[@]}" 'MemoryStoreBenchmark|ValidationBenchmark|JdbcStoreBenchmark'
jmh keyset "${keyset_opts[@]}" "${keyset_params[@]}" 'KeysetPageBenchmark'

# Cold start, measured here rather than by JMH: whole processes from the same jar, one untimed run of each
# first (file cache), then the median of 5.
time_ms() {
  local t0 t1
  t0=$(date +%s%N)
  "$java" -cp "$jar" "$@" >/dev/null
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}
echo "== cold start: 5 processes of each"
cold=(); bare=()
time_ms -Dorg.jboss.logging.provider=slf4j dk.welfarealliance.benchmarks.ColdStart >/dev/null
time_ms dk.welfarealliance.benchmarks.BareStart >/dev/null
for _ in 1 2 3 4 5; do
  cold+=("$(time_ms -Dorg.jboss.logging.provider=slf4j dk.welfarealliance.benchmarks.ColdStart)")
  bare+=("$(time_ms dk.welfarealliance.benchmarks.BareStart)")
done

echo "== results ($profile, $(( $(date +%s) - started )) s), also in $out/results.md"
"$java" -cp "$jar" dk.welfarealliance.benchmarks.ResultsTable \
  "--cold-start=$(IFS=,; echo "${cold[*]}")" "--bare-start=$(IFS=,; echo "${bare[*]}")" \
  "$out/results.md" "$out/jmh-main.json" "$out/jmh-keyset.json"
