# rheap corpus: rd-stats/diffinv.R
# source: the examples of help page diffinv.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: diffinv
### Title: Discrete Integration: Inverse of Differencing
### Aliases: diffinv diffinv.default diffinv.ts
### Keywords: ts

### ** Examples

s <- 1:10
d <- diff(s)
diffinv(d, xi = 1)



