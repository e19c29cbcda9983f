# rheap corpus: rd-stats/time.R
# source: the examples of help page time.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 2 expression(s) (graphics: 2)

### Name: time
### Title: Sampling Times of Time Series
### Aliases: time cycle frequency deltat time.default
### Keywords: ts

### ** Examples

#- pruned (graphics): require(graphics)

cycle(presidents)
# a simple series plot
#- pruned (graphics): plot(as.vector(time(presidents)), as.vector(presidents), type = "l")



