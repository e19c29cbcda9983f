# rheap corpus: rd-stats/fligner.test.R
# source: the examples of help page fligner.test.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 2 expression(s) (graphics: 2)

### Name: fligner.test
### Title: Fligner-Killeen Test of Homogeneity of Variances
### Aliases: fligner.test fligner.test.default fligner.test.formula
### Keywords: htest

### ** Examples

#- pruned (graphics): require(graphics)

#- pruned (graphics): plot(count ~ spray, data = InsectSprays)
fligner.test(InsectSprays$count, InsectSprays$spray)
fligner.test(count ~ spray, data = InsectSprays)
## Compare this to bartlett.test()



