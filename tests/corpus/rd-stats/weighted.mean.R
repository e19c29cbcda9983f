# rheap corpus: rd-stats/weighted.mean.R
# source: the examples of help page weighted.mean.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: weighted.mean
### Title: Weighted Arithmetic Mean
### Aliases: weighted.mean weighted.mean.default
### Keywords: univar

### ** Examples

## GPA from Siegel 1994
wt <- c(5,  5,  4,  1)/15
x <- c(3.7,3.3,3.5,2.8)
xm <- weighted.mean(x, wt)



