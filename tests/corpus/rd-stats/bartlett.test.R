# rheap corpus: rd-stats/bartlett.test.R
# source: the examples of help page bartlett.test.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 2 expression(s) (graphics: 2)

### Name: bartlett.test
### Title: Bartlett Test of Homogeneity of Variances
### Aliases: bartlett.test bartlett.test.default bartlett.test.formula
### Keywords: htest

### ** Examples

#- pruned (graphics): require(graphics)

#- pruned (graphics): plot(count ~ spray, data = InsectSprays)
bartlett.test(InsectSprays$count, InsectSprays$spray)
bartlett.test(count ~ spray, data = InsectSprays)



