#!/usr/bin/env bash
# Scale benchmark (issue 6): generates N spend rows (+ N/5 KPI rows, 5,000 initiatives) once under
# target/bench-data/, then times the DuckDB peer, the ingest and the whole job (-Xmx512m), each in
# its own JVM, and prints rows, wall time, rows/s, MB/s, peak heap, peak RSS and the ratio to DuckDB.
# Usage: bench/run.sh [N[,N...]] [--initiatives K] [--kpi-rows M] [--heap 512m] [--skip-job]
#        (default 1000000,10000000; KPI rows N/5 unless --kpi-rows fixes them for every N)
# Free the disk afterwards: rm -rf target/bench-data
set -eu
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$here"
./mvnw -q -B -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
# a private copy of the classes: a build running meanwhile must not change them under the benchmark
rm -rf target/bench-classes && mkdir -p target/bench-classes
cp -r target/classes target/bench-classes/main && cp -r target/test-classes target/bench-classes/test
exec java -cp "target/bench-classes/test:target/bench-classes/main:$(cat target/bench-classpath.txt)" \
  com.portfolioreview.bench.ScaleBenchmark "$@"
