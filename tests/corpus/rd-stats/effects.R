# rheap corpus: rd-stats/effects.R
# source: the examples of help page effects.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: effects
### Title: Effects from Fitted Model
### Aliases: effects effects.lm effects.glm
### Keywords: models regression

### ** Examples

y <- c(1:3, 7, 5)
x <- c(1:3, 6:7)
( ee <- effects(lm(y ~ x)) )
c( round(ee - effects(lm(y+10 ~ I(x-3.8))), 3) )
# just the first is different



