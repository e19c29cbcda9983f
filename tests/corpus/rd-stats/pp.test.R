# rheap corpus: rd-stats/pp.test.R
# source: the examples of help page pp.test.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: PP.test
### Title: Phillips-Perron Test for Unit Roots
### Aliases: PP.test
### Keywords: ts

### ** Examples

x <- rnorm(1000)
PP.test(x)
y <- cumsum(x) # has unit root
PP.test(y)



