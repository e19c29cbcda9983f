#!/bin/sh
# What one iteration of a loop body allocates, garbage included, in real R and in the simulator:
# tools/fuzz/alloc_probe.sh for 1000 and 2000 iterations, the difference divided by 1000.
#   sh tools/fuzz/per_iteration.sh 'SETUP' 'BODY'      (BODY may use the loop variable i)
set -e
one() { sh tools/fuzz/alloc_probe.sh "$1" "for (i in 1:$2) $3" | awk '/^R /{rn=$2; rv=$4} /^rheap/{sn=$2; sv=$4} END{print rn, rv, sn, sv}'; }
a=$(one "$1" 1000 "$2"); b=$(one "$1" 2000 "$2")
echo "$a $b" | awk -v c="$2" '{printf "%-44s R %7.3f N %8.3f V   rheap %7.3f N %8.3f V\n", c, ($5-$1)/1000, ($6-$2)/1000, ($7-$3)/1000, ($8-$4)/1000}'
