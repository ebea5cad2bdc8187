#!/usr/bin/env bash
# Scale benchmark (issue 6): generates N spend rows (+ N/5 KPI rows, 5,000 initiatives) once under
# target/bench-data/, then times the DuckDB peer, the ingest and the whole job (-Xmx512m), each in
# its own JVM, and prints rows, wall time, rows/s, MB/s, peak heap, peak RSS and the ratio to DuckDB.
# Usage: bench/run.sh [N[,N...]] [--initiatives K] [--heap 512m] [--skip-job]   (default 1000000,10000000)
# Free the disk afterwards: rm -rf target/bench-data
set -eu
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$here"
./mvnw -q -B -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  com.portfolioreview.bench.ScaleBenchmark "$@"
