# rheap corpus: rd-stats/na.contiguous.R
# source: the examples of help page na.contiguous.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: na.contiguous
### Title: Find Longest Contiguous Stretch of non-NAs
### Aliases: na.contiguous na.contiguous.default
### Keywords: ts

### ** Examples

na.contiguous(presidents)



