# rheap corpus: rd-stats/print.power.htest.R
# source: the examples of help page print.power.htest.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: print.power.htest
### Title: Print Methods for Hypothesis Tests and Power Calculation Objects
### Aliases: print.htest print.power.htest
### Keywords: htest

### ** Examples

(ptt <- power.t.test(n = 20, delta = 1))
print(ptt, digits =  4) # using less digits than default
print(ptt, digits = 12) # using more  "       "     "



