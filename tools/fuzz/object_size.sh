#!/bin/sh
# object.size() of random expressions in real R and in the simulator (one session running them
# all, which also exercises collections between them). Prints the count of equal results and
# every difference (R, rheap, expression). From the project root, after
# `cargo build --release -p rheap-core --example run`:
#   sh tools/fuzz/object_size.sh vectors|mixed SEED N
set -e
kind=$1 seed=$2 n=$3
dir=$(mktemp -d)
Rscript --vanilla "tools/fuzz/object_size_gen_$kind.R" "$seed" "$n" "$dir/exprs.txt"
Rscript --vanilla -e 'for (e in readLines(commandArgs(TRUE)[1])) cat(tryCatch(as.numeric(object.size(eval(parse(text = e)))), error = function(err) "ERR"), "\n", sep = "")' "$dir/exprs.txt" > "$dir/r.txt"
awk '{print "tryCatch(cat(object.size(" $0 "), \"\\n\", sep = \"\"), error = function(e) cat(\"ERR \", conditionMessage(e), \"\\n\", sep = \"\"))"}' "$dir/exprs.txt" > "$dir/sim.R"
./target/release/examples/run "$dir/sim.R" > "$dir/s.txt" 2> /dev/null || true
echo "$kind seed $seed: $(paste "$dir/r.txt" "$dir/s.txt" | awk -F'\t' '$1==$2' | wc -l) of $(wc -l < "$dir/r.txt") equal"
paste "$dir/r.txt" "$dir/s.txt" "$dir/exprs.txt" | awk -F'\t' '$1!=$2'
rm -rf "$dir"
