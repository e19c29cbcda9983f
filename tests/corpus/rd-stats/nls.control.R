# rheap corpus: rd-stats/nls.control.R
# source: the examples of help page nls.control.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: nls.control
### Title: Control the Iterations in nls
### Aliases: nls.control
### Keywords: nonlinear regression models

### ** Examples

nls.control(minFactor = 1/2048)



