# rheap corpus: rd-stats/Cauchy.R
# source: the examples of help page Cauchy.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: Cauchy
### Title: The Cauchy Distribution
### Aliases: Cauchy dcauchy pcauchy qcauchy rcauchy
### Keywords: distribution

### ** Examples

dcauchy(-1:4)



