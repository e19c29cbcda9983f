# rheap corpus: rd-stats/plot.ts.R
# source: the examples of help page plot.ts.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 10 expression(s) (graphics: 10)

### Name: plot.ts
### Title: Plotting Time-Series Objects
### Aliases: plot.ts lines.ts
### Keywords: hplot ts

### ** Examples

#- pruned (graphics): require(graphics)

## Multivariate
z <- ts(matrix(rt(200 * 8, df = 3), 200, 8),
        start = c(1961, 1), frequency = 12)
#- pruned (graphics): plot(z, yax.flip = TRUE)
#- pruned (graphics): plot(z, axes = FALSE, ann = FALSE, frame.plot = TRUE,
#-      mar.multi = c(0,0,0,0), oma.multi = c(1,1,5,1))
#- pruned (graphics): title("plot(ts(..), axes=FALSE, ann=FALSE, frame.plot=TRUE, mar..., oma...)")

z <- window(z[,1:3], end = c(1969,12))
#- pruned (graphics): plot(z, type = "b")    # multiple
#- pruned (graphics): plot(z, plot.type = "single", lty = 1:3, col = 4:2)

## A phase plot:
#- pruned (graphics): plot(nhtemp, lag(nhtemp, 1), cex = .8, col = "blue",
#-      main = "Lag plot of New Haven temperatures")

## xy.lines and xy.labels are FALSE for large series:
#- pruned (graphics): plot(lag(sunspots, 1), sunspots, pch = ".")

SMI <- EuStockMarkets[, "SMI"]
#- pruned (graphics): plot(lag(SMI,  1), SMI, pch = ".")
#- pruned (graphics): plot(lag(SMI, 20), SMI, pch = ".", log = "xy",
#-      main = "4 weeks lagged SMI stocks -- log scale", xy.lines =  TRUE)



