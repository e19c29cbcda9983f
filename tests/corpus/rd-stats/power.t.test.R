# rheap corpus: rd-stats/power.t.test.R
# source: the examples of help page power.t.test.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: power.t.test
### Title: Power calculations for one and two sample t tests
### Aliases: power.t.test
### Keywords: htest

### ** Examples

 power.t.test(n = 20, delta = 1)
 power.t.test(power = .90, delta = 1)
 power.t.test(power = .90, delta = 1, alternative = "one.sided")



