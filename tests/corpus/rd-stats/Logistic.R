# rheap corpus: rd-stats/Logistic.R
# source: the examples of help page Logistic.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: Logistic
### Title: The Logistic Distribution
### Aliases: Logistic dlogis plogis qlogis rlogis
### Keywords: distribution

### ** Examples

var(rlogis(4000, 0, scale = 5))  # approximately (+/- 3)
pi^2/3 * 5^2



