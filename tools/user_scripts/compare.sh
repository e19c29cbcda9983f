#!/bin/sh
# compare.sh [RUN_BINARY] -- the user-style scripts here (written by the team in the shape of
# everyday R code: simulations with replicate/aggregate, text with table/sprintf, data frames,
# lm, closures and memoisation, growing vectors, S3 classes, conditions, dates, matrices,
# factors, loops, lists, tests, strings) run by Rscript --vanilla and by the simulator: prints,
# per script, whether the whole output (stdout and stderr) is identical and the simulator's first
# error. Not part of the public corpus (those are written by others); a quick check of what a
# new user meets first.
#   cargo build --release -p rheap-core --example run && sh tools/user_scripts/compare.sh
bin=${1:-target/release/examples/run}
dir=$(dirname "$0")
tmp=$(mktemp -d)
same=0; total=0
for f in "$dir"/[0-9]*.R; do
  b=$(basename "$f" .R)
  Rscript --vanilla "$f" > "$tmp/$b.r" 2>&1
  timeout 120 "$bin" "$f" > "$tmp/$b.s" 2>&1
  total=$((total + 1))
  if cmp -s "$tmp/$b.r" "$tmp/$b.s"; then same=$((same + 1)); echo "$b: identical"
  else echo "$b: differs $(grep -m1 'Error' "$tmp/$b.s" | cut -c1-100)"; fi
done
echo "identical output: $same of $total"
rm -rf "$tmp"
