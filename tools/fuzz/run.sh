#!/usr/bin/env bash
# The fuzz campaign: random and mutated R programs (seeded by the test scripts, the workloads and the
# public corpus) and random bytes through the parser, the evaluator and every entry point of a
# session, batches of cases in child processes (src/rust/core/examples/fuzz.rs).
#   tools/fuzz/run.sh [CASES] [SEED]      default 100000 cases, seed 1
# Prints the figures (crashes, hangs, escaped panics and heap invariant violations among them, cases
# over 2 GB of host memory); exit status 1 if there were any.
set -euo pipefail
cd "$(dirname "$0")/../.."
cases=${1:-100000}
seed=${2:-1}
cargo build --release -q -p rheap-core --example fuzz
exec target/release/examples/fuzz --cases "$cases" --seed "$seed" --batch 500 --timeout 120 \
  --seeds src/rust/core/tests/scripts --seeds tests/workloads --seeds tests/corpus
