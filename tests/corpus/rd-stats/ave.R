# rheap corpus: rd-stats/ave.R
# source: the examples of help page ave.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 5 expression(s) (graphics: 5)

### Name: ave
### Title: Group Averages Over Level Combinations of Factors
### Aliases: ave
### Keywords: univar

### ** Examples

#- pruned (graphics): require(graphics)

ave(1:3)  # no grouping -> grand mean

attach(warpbreaks)
ave(breaks, wool)
ave(breaks, tension)
ave(breaks, tension, FUN = function(x) mean(x, trim = 0.1))
#- pruned (graphics): plot(breaks, main =
#-      "ave( Warpbreaks )  for   wool  x  tension  combinations")
#- pruned (graphics): lines(ave(breaks, wool, tension              ), type = "s", col = "blue")
#- pruned (graphics): lines(ave(breaks, wool, tension, FUN = median), type = "s", col = "green")
#- pruned (graphics): legend(40, 70, c("mean", "median"), lty = 1,
#-       col = c("blue","green"), bg = "gray90")
detach()



