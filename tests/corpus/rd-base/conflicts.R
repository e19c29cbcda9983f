# rheap corpus: rd-base/conflicts.R
# source: the examples of help page conflicts.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: conflicts
### Title: Search for Masked Objects on the Search Path
### Aliases: conflicts
### Keywords: utilities

### ** Examples

lm <- 1:3
conflicts(, TRUE)
## gives something like
# $.GlobalEnv
# [1] "lm"
#
# $package:base
# [1] "lm"

## Remove things from your "workspace" that mask others:
remove(list = conflicts(detail = TRUE)$.GlobalEnv)



