# rheap corpus: rd-stats/fivenum.R
# source: the examples of help page fivenum.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: fivenum
### Title: Tukey Five-Number Summaries
### Aliases: fivenum
### Keywords: univar robust distribution

### ** Examples

fivenum(c(rnorm(100), -1:1/0))



