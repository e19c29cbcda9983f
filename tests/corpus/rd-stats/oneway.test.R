# rheap corpus: rd-stats/oneway.test.R
# source: the examples of help page oneway.test.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: oneway.test
### Title: Test for Equal Means in a One-Way Layout
### Aliases: oneway.test
### Keywords: htest

### ** Examples

## Not assuming equal variances
oneway.test(extra ~ group, data = sleep)
## Assuming equal variances
oneway.test(extra ~ group, data = sleep, var.equal = TRUE)
## which gives the same result as
anova(lm(extra ~ group, data = sleep))



