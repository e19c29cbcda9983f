# rheap corpus: rd-stats/shapiro.test.R
# source: the examples of help page shapiro.test.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: shapiro.test
### Title: Shapiro-Wilk Normality Test
### Aliases: shapiro.test
### Keywords: htest

### ** Examples

shapiro.test(rnorm(100, mean = 5, sd = 3))
shapiro.test(runif(100, min = 2, max = 4))



