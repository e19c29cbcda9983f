# rheap corpus: rd-stats/median.R
# source: the examples of help page median.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: median
### Title: Median Value
### Aliases: median median.default
### Keywords: univar robust

### ** Examples

median(1:4)                # = 2.5 [even number]
median(c(1:3, 100, 1000))  # = 3 [odd, robust]



