# rheap corpus: rd-stats/stl.R
# source: the examples of help page stl.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 11 expression(s) (graphics: 9; uses pruned variable: 2)

### Name: stl
### Title: Seasonal Decomposition of Time Series by Loess
### Aliases: stl
### Keywords: ts

### ** Examples

#- pruned (graphics): require(graphics)

#- pruned (graphics): plot(stl(nottem, "per"))
#- pruned (graphics): plot(stl(nottem, s.window = 7, t.window = 50, t.jump = 1))

#- pruned (graphics): plot(stllc <- stl(log(co2), s.window = 21))
#- pruned (uses pruned stllc): summary(stllc)
## linear trend, strict period.
#- pruned (graphics): plot(stl(log(co2), s.window = "per", t.window = 1000))

## Two STL plotted side by side :
        stmd <- stl(mdeaths, s.window = "per") # non-robust
summary(stmR <- stl(mdeaths, s.window = "per", robust = TRUE))
#- pruned (graphics): op <- par(mar = c(0, 4, 0, 3), oma = c(5, 0, 4, 0), mfcol = c(4, 2))
#- pruned (graphics): plot(stmd, set.pars = NULL, labels  =  NULL,
#-      main = "stl(mdeaths, s.w = \"per\",  robust = FALSE / TRUE )")
#- pruned (graphics): plot(stmR, set.pars = NULL)
# mark the 'outliers' :
(iO <- which(stmR $ weights  < 1e-8)) # 10 were considered outliers
sts <- stmR$time.series
#- pruned (graphics): points(time(sts)[iO], 0.8* sts[,"remainder"][iO], pch = 4, col = "red")
#- pruned (uses pruned op): par(op)   # reset



