# rheap corpus: rd-stats/cpgram.R
# source: the examples of help page cpgram.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 5 expression(s) (graphics: 5)

### Name: cpgram
### Title: Plot Cumulative Periodogram
### Aliases: cpgram
### Keywords: ts hplot

### ** Examples

#- pruned (graphics): require(graphics)

#- pruned (graphics): par(pty = "s", mfrow = c(1,2))
#- pruned (graphics): cpgram(lh)
lh.ar <- ar(lh, order.max = 9)
#- pruned (graphics): cpgram(lh.ar$resid, main = "AR(3) fit to lh")

#- pruned (graphics): cpgram(ldeaths)



