#!/usr/bin/env bash
# Scale benchmark (issues 6 and 13): generates N spend rows (+ N/5 KPI rows, or a restated-history
# KPI export; 5,000 initiatives) once under target/bench-data/, then times, each as its own
# process: DuckDB aggregating the spend and KPI files, the ingest as a library call, the
# whole-job peer (bench/peer_xlsx.py: DuckDB + XlsxWriter writing the Monthly Spend and KPI
# sheets of the portfolio and of each business unit) and the whole job (-Xmx512m) with its own
# step times. Prints rows, wall time, rows/s, MB/s, peak heap, peak RSS, the ratios to DuckDB and
# to the peer, every check against the generator's exact figures, and issue 13's targets.
# Usage: bench/run.sh [N[,N...]] [--initiatives K] [--kpi-rows M | --restated-kpi-rows R] [--cloud-rows C]
#                     [--heap 512m] [--skip-job] [--skip-peer]
#        (default 1000000,10000000; KPI rows N/5 unless --kpi-rows or --restated-kpi-rows fixes them for every N)
# The peer's Python environment is made once under target/bench-venv (bench/peer-venv.sh).
# Free the disk afterwards: rm -rf target/bench-data
set -eu
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$here"
BENCH_PYTHON=""
case " $* " in
  *" --skip-peer "*) ;;
  *) BENCH_PYTHON="$(bench/peer-venv.sh)" ;;
esac
export BENCH_PYTHON
./mvnw -q -B -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
# a private copy of the classes: a build running meanwhile must not change them under the benchmark
rm -rf target/bench-classes && mkdir -p target/bench-classes
cp -r target/classes target/bench-classes/main && cp -r target/test-classes target/bench-classes/test
exec java -cp "target/bench-classes/test:target/bench-classes/main:$(cat target/bench-classpath.txt)" \
  com.portfolioreview.bench.ScaleBenchmark "$@"
