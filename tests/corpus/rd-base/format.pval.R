# rheap corpus: rd-base/format.pval.R
# source: the examples of help page format.pval.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: format.pval
### Title: Format P Values
### Aliases: format.pval
### Keywords: print

### ** Examples

format.pval(c(stats::runif(5), pi^-100, NA))
format.pval(c(0.1, 0.0001, 1e-27))



