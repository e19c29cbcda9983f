# rheap corpus: rd-stats/NLSstAsymptotic.R
# source: the examples of help page NLSstAsymptotic.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: NLSstAsymptotic
### Title: Fit the Asymptotic Regression Model
### Aliases: NLSstAsymptotic NLSstAsymptotic.sortedXyData
### Keywords: manip

### ** Examples

Lob.329 <- Loblolly[ Loblolly$Seed == "329", ]
print(NLSstAsymptotic(sortedXyData(expression(age),
                                   expression(height),
                                   Lob.329)), digits = 3)



