# rheap corpus: rd-stats/factor.scope.R
# source: the examples of help page factor.scope.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: factor.scope
### Title: Compute Allowed Changes in Adding to or Dropping from a Formula
### Aliases: add.scope drop.scope factor.scope
### Keywords: models

### ** Examples

add.scope( ~ a + b + c + a:b,  ~ (a + b + c)^3)
# [1] "a:c" "b:c"
drop.scope( ~ a + b + c + a:b)
# [1] "c"   "a:b"



