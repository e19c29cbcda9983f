# rheap corpus: rd-stats/model.tables.R
# source: the examples of help page model.tables.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: model.tables
### Title: Compute Tables of Results from an Aov Model Fit
### Aliases: model.tables model.tables.aov model.tables.aovlist
### Keywords: models

### ** Examples
## No test: 
options(contrasts = c("contr.helmert", "contr.treatment"))
npk.aov <- aov(yield ~ block + N*P*K, npk)
model.tables(npk.aov, "means", se = TRUE)

## as a test, not particularly sensible statistically
npk.aovE <- aov(yield ~  N*P*K + Error(block), npk)
model.tables(npk.aovE, se = TRUE)
model.tables(npk.aovE, "means")
## End(No test)


