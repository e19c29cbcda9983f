# rheap corpus: rd-base/proportions.R
# source: the examples of help page proportions.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: proportions
### Title: Express Table Entries as Fraction of Marginal Table
### Aliases: proportions prop.table
### Keywords: array

### ** Examples

m <- matrix(1:4, 2)
m
proportions(m, 1)

DF <- as.data.frame(UCBAdmissions)
tbl <- xtabs(Freq ~ Gender + Admit, DF)

proportions(tbl, "Gender")



