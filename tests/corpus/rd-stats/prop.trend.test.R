# rheap corpus: rd-stats/prop.trend.test.R
# source: the examples of help page prop.trend.test.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: prop.trend.test
### Title: Test for trend in proportions
### Aliases: prop.trend.test
### Keywords: htest

### ** Examples

smokers  <- c( 83, 90, 129, 70 )
patients <- c( 86, 93, 136, 82 )
prop.test(smokers, patients)
prop.trend.test(smokers, patients)
prop.trend.test(smokers, patients, c(0,0,0,1))



