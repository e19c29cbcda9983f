# rheap corpus: rd-base/drop.R
# source: the examples of help page drop.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: drop
### Title: Drop Redundant Extent Information
### Aliases: drop
### Keywords: array

### ** Examples

dim(drop(array(1:12, dim = c(1,3,1,1,2,1,2)))) # = 3 2 2
drop(1:3 %*% 2:4)  # scalar product



