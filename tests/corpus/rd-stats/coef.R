# rheap corpus: rd-stats/coef.R
# source: the examples of help page coef.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: coef
### Title: Extract Model Coefficients
### Aliases: coef coefficients coef.default coef.aov
### Keywords: regression models

### ** Examples

x <- 1:5; coef(lm(c(1:3, 7, 6) ~ x))



