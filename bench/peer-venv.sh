#!/usr/bin/env bash
# The whole-job peer's Python environment (bench/peer_xlsx.py): created once under
# target/bench-venv with python3 -m venv and pip, then used offline. DuckDB is pinned to the
# version of the benchmark's duckdb_jdbc (pom.xml, profile bench) so both peers run one engine;
# openpyxl is there to read a peer workbook back by hand.
# Prints the venv's python. Usage: bench/peer-venv.sh   (rm -rf target/bench-venv to rebuild it)
set -eu
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
venv="$here/target/bench-venv"
if ! "$venv/bin/python" -c 'import duckdb, xlsxwriter' 2>/dev/null; then
  command -v python3 >/dev/null || { echo "bench: python3 not found: install Python 3.9+ or run bench/run.sh with --skip-peer" >&2; exit 1; }
  rm -rf "$venv"
  python3 -m venv "$venv" >&2 \
    || { echo "bench: cannot create $venv (python3 -m venv): install python3-venv or run bench/run.sh with --skip-peer" >&2; exit 1; }
  "$venv/bin/pip" install --quiet --retries 1 --timeout 20 duckdb==1.5.6 xlsxwriter==3.2.9 openpyxl==3.1.5 >&2 \
    || { rm -rf "$venv"; echo "bench: pip could not install duckdb, xlsxwriter and openpyxl into $venv: check the package index pip uses, or run bench/run.sh with --skip-peer" >&2; exit 1; }
fi
echo "$venv/bin/python"
