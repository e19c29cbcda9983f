# rheap corpus: rd-stats/acf2AR.R
# source: the examples of help page acf2AR.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: acf2AR
### Title: Compute an AR Process Exactly Fitting an ACF
### Aliases: acf2AR
### Keywords: ts

### ** Examples

(Acf <- ARMAacf(c(0.6, 0.3, -0.2)))
acf2AR(Acf)



