#!/bin/sh
# What a piece of code allocates, garbage included, in real R and in the simulator: the cells and
# Vcells in use when the next collection starts (`max used` after `gc(reset = TRUE)`, sampled at the
# start of the closing gc()), less the same for no code. Nothing may collect in between (keep the
# code below the triggers). From the project root, after
# `cargo build --release -p rheap-core --example run`:
#   sh tools/fuzz/alloc_probe.sh 'SETUP' 'CODE'
# prints `R N V`, `rheap N V` and their difference. SETUP runs before the reset (not counted).
set -e
setup=$1 code=$2
dir=$(mktemp -d)
probe() {
  printf '%s\ninvisible(gc(reset = TRUE))\n%s\n.m <- gc()\ncat(.m[1, 5], .m[2, 5], "\\n")\n' "$setup" "$1" > "$dir/p.R"
  Rscript --vanilla "$dir/p.R" 2>/dev/null | tail -1 > "$dir/r"
  ./target/release/examples/run "$dir/p.R" 2>/dev/null | tail -1 > "$dir/s"
  echo "$(cat "$dir/r") $(cat "$dir/s")"
}
base=$(probe 'invisible(NULL)')
full=$(probe "$code")
echo "$base $full" | awk '{rn=$5-$1; rv=$6-$2; sn=$7-$3; sv=$8-$4;
  printf "R      %8d N %10d V\nrheap  %8d N %10d V\ndiff   %+8d N %+10d V\n", rn, rv, sn, sv, sn-rn, sv-rv}'
rm -rf "$dir"
