#!/bin/sh
# Record real R's GC trace of our own workloads (tests/workloads/NAME.R -> NAME.json) with the
# workload recorder's protocol (tests/fixtures/public/workloads/record.R: fresh Rscript --vanilla,
# gc(reset = TRUE), gcinfo(TRUE), source(), gcinfo(FALSE), gc(); three runs, checked stable).
#   sh tools/record_workloads.sh [tests/workloads/NAME.R ...]     (default: every workload)
set -e
[ $# -gt 0 ] || set -- tests/workloads/*.R
Rscript --vanilla tests/fixtures/public/workloads/record.R --runs 3 "$@"
