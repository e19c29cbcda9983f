#!/bin/sh
# record_output.sh -- real R's output for each script in tests/fixtures/r-output/
#   sh tools/calibrate/record_output.sh
# Each `NAME.R` is run by `Rscript --vanilla`; its stdout is saved as `NAME.out`, its stderr
# (warnings, messages) as `NAME.err`.
set -e
for f in tests/fixtures/r-output/*.R; do
  Rscript --vanilla "$f" > "${f%.R}.out" 2> "${f%.R}.err"
done
