# rheap corpus: rd-base/cumsum.R
# source: the examples of help page cumsum.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: cumsum
### Title: Cumulative Sums, Products, and Extremes
### Aliases: cumsum cumprod cummin cummax
### Keywords: arith

### ** Examples

cumsum(1:10)
cumprod(1:10)
cummin(c(3:1, 2:0, 4:2))
cummax(c(3:1, 2:0, 4:2))



