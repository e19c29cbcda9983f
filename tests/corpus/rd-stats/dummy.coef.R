# rheap corpus: rd-stats/dummy.coef.R
# source: the examples of help page dummy.coef.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: dummy.coef
### Title: Extract Coefficients in Original Coding
### Aliases: dummy.coef dummy.coef.lm dummy.coef.aovlist
### Keywords: models

### ** Examples

options(contrasts = c("contr.helmert", "contr.poly"))
## From Venables and Ripley (2002) p.165.
npk.aov <- aov(yield ~ block + N*P*K, npk)
dummy.coef(npk.aov)

npk.aovE <- aov(yield ~  N*P*K + Error(block), npk)
dummy.coef(npk.aovE)



