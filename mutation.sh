#!/usr/bin/env bash
# Mutation testing (PIT) of every library module, then its figures per module and per package.
#
#   ./mutation.sh                 every library module (about 65 minutes on 2 cores; core alone about 20)
#   ./mutation.sh -pl core -am    one module (Maven arguments are passed on)
#
# Runs `mvn -Pmutation verify`: the "mutation" profile of the root pom runs PIT after each module's tests
# (the normal tests are skipped there; PIT runs them itself), with a fixed QuickTheories seed so that two runs on
# the same code give the same figures. Reports: <module>/target/pit-reports/index.html (and mutations.xml).
# Mutation score = killed / all mutants; test strength = killed / mutants some test reaches.
set -euo pipefail
cd "$(dirname "$0")"

# The figures are printed even when a module misses its threshold (-Dpit.mutationThreshold=N,
# -Dpit.testStrengthThreshold=N); the script then exits with Maven's status.
status=0
mvn -B --no-transfer-progress -Pmutation verify "$@" || status=$?

# One line per module, then per package, from each module's mutations.xml.
summarise() {
  awk '
    match($0, /status=.[A-Z_]+./) {
      status = substr($0, RSTART + 8, RLENGTH - 9)
      if (match($0, /<mutatedClass>[^<]+<\/mutatedClass>/)) {
        cls = substr($0, RSTART + 14, RLENGTH - 29)
        pkg = cls; sub(/\.[^.]+$/, "", pkg)
        all[pkg]++; total++
        if (status == "KILLED" || status == "TIMED_OUT" || status == "MEMORY_ERROR") { killed[pkg]++; k++ }
        if (status == "NO_COVERAGE") { uncovered[pkg]++; u++ }
      }
    }
    function line(name, n, kill, unc,    covered, strength) {
      covered = n - unc
      strength = 0
      if (covered > 0) strength = 100 * kill / covered
      return sprintf("  %-48s %5d mutants  score %5.1f %%  strength %5.1f %%", name, n, 100 * kill / n, strength)
    }
    END {
      if (total == 0) { print "  (no mutants)"; exit }
      print line("all", total, k, u)
      for (p in all) print line(p, all[p], killed[p] + 0, uncovered[p] + 0) | "sort"
    }' "$1"
}

echo
echo "Mutation testing: score = killed / all, strength = killed / covered"
for report in */target/pit-reports/mutations.xml; do
  echo "${report%%/*}"
  summarise "$report"
done
exit "$status"
