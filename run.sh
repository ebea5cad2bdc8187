#!/usr/bin/env bash
# Portfolio Review: runs the monthly review. Usage: ./run.sh [--period YYYY-MM] [--input DIR]
# [--output DIR] [--data DIR] [--config FILE] [--rerun]. Exit codes: see README.md.
# Works from any directory and with cron's minimal environment (no JAVA_HOME, PATH=/usr/bin:/bin);
# builds the jar when missing or stale. PORTFOLIO_REVIEW_JAR=/path/to/portfolio-review.jar runs an
# installed jar instead and never builds (production hosts need no Maven and no JDK compiler).
set -u
# Paths on the command line are relative to the current directory, so it must exist (Java would
# fail later, blaming itself). cron's environment may lack HOME and PWD: neither is required.
if ! pwd -P >/dev/null 2>&1; then
  echo "portfolio-review: the current directory${PWD:+ $PWD} no longer exists; cd to an existing directory and run again" >&2
  exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
jar="${PORTFOLIO_REVIEW_JAR:-$here/target/portfolio-review.jar}"

# The Java major version of $1 (17, 21, ...), empty when it does not run.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}

# An explicit JAVA_HOME is obeyed (and refused when too old); otherwise the first Java 17+ found
# on PATH or in the usual install locations.
find_java() {
  if [ -n "${JAVA_HOME:-}" ]; then
    if [ ! -x "$JAVA_HOME/bin/java" ]; then
      echo "portfolio-review: JAVA_HOME=$JAVA_HOME has no bin/java; point it at a JDK 17 or newer, or unset it" >&2
      return 1
    fi
    major="$(java_major "$JAVA_HOME/bin/java")"
    if [ -z "$major" ] || [ "$major" -lt 17 ]; then
      echo "portfolio-review: JAVA_HOME=$JAVA_HOME is Java ${major:-?}; Java 17 or newer is needed" >&2
      return 1
    fi
    echo "$JAVA_HOME/bin/java"
    return 0
  fi
  seen=""
  for candidate in "$(command -v java 2>/dev/null)" /usr/lib/jvm/*/bin/java /usr/local/opt/openjdk*/bin/java \
      /opt/java/*/bin/java /opt/jdk*/bin/java /usr/java/*/bin/java "${HOME:+$HOME/.sdkman/candidates/java/current/bin/java}"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    major="$(java_major "$candidate")"
    if [ -n "$major" ] && [ "$major" -ge 17 ]; then
      echo "$candidate"
      return 0
    fi
    seen="$seen $candidate (Java ${major:-?})"
  done
  echo "portfolio-review: no Java 17 or newer found${seen:+ (found only:$seen)}; install a JDK 17 or newer, or set JAVA_HOME" >&2
  return 1
}
java_bin="$(find_java)" || exit 2
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$java_bin")")")}"

if [ -n "${PORTFOLIO_REVIEW_JAR:-}" ]; then
  if [ ! -r "$jar" ]; then
    echo "portfolio-review: PORTFOLIO_REVIEW_JAR=$jar is not a readable file" >&2
    exit 2
  fi
else
  stale=0
  if [ ! -f "$jar" ]; then
    stale=1
  elif [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]; then
    stale=1
  fi
  if [ "$stale" = 1 ]; then
    echo "portfolio-review: building the program (first run or sources changed)..."
    if ! (cd "$here" && ./mvnw -q -B -DskipTests package >"$here/target-build.log" 2>&1); then
      echo "portfolio-review: build failed, see $here/target-build.log" >&2
      exit 1
    fi
    rm -f "$here/target-build.log"
  fi
fi

# The JVM's defaults (JAVA_OPTS comes after them, so it overrides). Parallel GC and transparent huge
# pages: 1.6-2x faster on large exports. PerMethodTrapLimit=0: the JIT compiles the rare branches
# of the row scan at once instead of recompiling it each time a rare row first turns up (the 10 M-row
# ingest 12 % faster). AlwaysPreTouch: the heap's pages are mapped once at start, not on first use
# inside each young collection (page faults are dear on virtual machines; 10 M-row job 2-8 % faster).
# FreqInlineSize=100 and InlineSmallCode=1000 (defaults 325 and 2500): the JIT inlines less into each
# method it compiles; a run compiles as it goes, and on two cores a quarter of its CPU went to the
# compiler (10 M-row ingest 6.6 -> 5.9 s, job 7 % faster; docs/performance.md).
# The scale benchmark (bench/run.sh) reads this line and runs with the same.
JVM_DEFAULTS="-XX:+UseParallelGC -XX:+UseTransparentHugePages -XX:PerMethodTrapLimit=0 -XX:+AlwaysPreTouch -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000"
# shellcheck disable=SC2086
exec "$java_bin" $JVM_DEFAULTS ${JAVA_OPTS:-} \
  -Dportfolio.review.home="$here" -jar "$jar" "$@"
