#!/bin/sh
# Differential fuzzing of whole workloads: random programs (tools/fuzz/workload_gen.R, one per
# seed) run in real R 4.2.2 with the workload recorder's protocol (record.R: fresh
# `Rscript --vanilla`, gc(reset = TRUE), gcinfo(TRUE), source(), gcinfo(FALSE), gc()) and in the
# simulator the same way (examples/workload.rs), compared program by program. From the project root:
#   sh tools/fuzz/workloads.sh FROM TO [DIR]
# DIR (default: a new temporary directory) keeps the programs, R's traces (pSEED.json) and the
# report (report.tsv); R traces already in DIR are reused. R runs at most 2 programs at once
# (JOBS=1 for one). A program whose R run failed has no trace and is left out of the figures.
set -e
from=$1 to=$2 dir=${3:-$(mktemp -d)}
jobs=${JOBS:-2}
root=$(pwd)
mkdir -p "$dir"
Rscript --vanilla tools/fuzz/workload_gen.R "$from" "$to" "$dir"
cargo build -q --release -p rheap-core --example workload
seq "$from" "$to" | while read -r s; do
  [ -f "$dir/p$s.json" ] || echo "$dir/p$s.R"
done | xargs -r -n 1 -P "$jobs" sh -c \
  'Rscript --vanilla "$0/tests/fixtures/public/workloads/record.R" --runs 1 "$1" >/dev/null 2>&1 || echo "R failed: $1" >&2' "$root"
seq "$from" "$to" | sed "s|.*|$dir/p&.R|" | xargs ./target/release/examples/workload > "$dir/report.tsv"
grep '^#' "$dir/report.tsv"
echo "# report: $dir/report.tsv"
