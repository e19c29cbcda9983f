# rheap corpus: rd-stats/filter.R
# source: the examples of help page filter.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: filter
### Title: Linear Filtering on a Time Series
### Aliases: filter
### Keywords: ts

### ** Examples

x <- 1:100
filter(x, rep(1, 3))
filter(x, rep(1, 3), sides = 1)
filter(x, rep(1, 3), sides = 1, circular = TRUE)

filter(presidents, rep(1, 3))



