# rheap corpus: rd-stats/pairwise.prop.test.R
# source: the examples of help page pairwise.prop.test.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: pairwise.prop.test
### Title: Pairwise comparisons for proportions
### Aliases: pairwise.prop.test
### Keywords: htest

### ** Examples

smokers  <- c( 83, 90, 129, 70 )
patients <- c( 86, 93, 136, 82 )
pairwise.prop.test(smokers, patients)



