# rheap corpus: rd-stats/formula.nls.R
# source: the examples of help page formula.nls.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: formula.nls
### Title: Extract Model Formula from nls Object
### Aliases: formula.nls
### Keywords: models

### ** Examples

fm1 <- nls(circumference ~ A/(1+exp((B-age)/C)), Orange,
           start = list(A = 160, B = 700, C = 350))
formula(fm1)



