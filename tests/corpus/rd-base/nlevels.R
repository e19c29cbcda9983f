# rheap corpus: rd-base/nlevels.R
# source: the examples of help page nlevels.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: nlevels
### Title: The Number of Levels of a Factor
### Aliases: nlevels
### Keywords: category

### ** Examples

nlevels(gl(3, 7)) # = 3



