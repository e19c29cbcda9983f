# rheap corpus: rd-stats/spec.pgram.R
# source: the examples of help page spec.pgram.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 17 expression(s) (graphics: 13; uses pruned variable: 4)

### Name: spec.pgram
### Title: Estimate Spectral Density of a Time Series by a Smoothed
###   Periodogram
### Aliases: spec.pgram
### Keywords: ts

### ** Examples

#- pruned (graphics): require(graphics)

## Examples from Venables & Ripley
#- pruned (graphics): spectrum(ldeaths)
#- pruned (graphics): spectrum(ldeaths, spans = c(3,5))
#- pruned (graphics): spectrum(ldeaths, spans = c(5,7))
#- pruned (graphics): spectrum(mdeaths, spans = c(3,3))
#- pruned (graphics): spectrum(fdeaths, spans = c(3,3))

## bivariate example
#- pruned (graphics): mfdeaths.spc <- spec.pgram(ts.union(mdeaths, fdeaths), spans = c(3,3))
# plots marginal spectra: now plot coherency and phase
#- pruned (uses pruned mfdeaths.spc): plot(mfdeaths.spc, plot.type = "coherency")
#- pruned (uses pruned mfdeaths.spc): plot(mfdeaths.spc, plot.type = "phase")

## now impose a lack of alignment
mfdeaths.spc <- spec.pgram(ts.intersect(mdeaths, lag(fdeaths, 4)),
   spans = c(3,3), plot = FALSE)
#- pruned (graphics): plot(mfdeaths.spc, plot.type = "coherency")
#- pruned (graphics): plot(mfdeaths.spc, plot.type = "phase")

stocks.spc <- spectrum(EuStockMarkets, kernel("daniell", c(30,50)),
                       plot = FALSE)
#- pruned (graphics): plot(stocks.spc, plot.type = "marginal") # the default type
#- pruned (graphics): plot(stocks.spc, plot.type = "coherency")
#- pruned (graphics): plot(stocks.spc, plot.type = "phase")

#- pruned (graphics): sales.spc <- spectrum(ts.union(BJsales, BJsales.lead),
#-                       kernel("modified.daniell", c(5,7)))
#- pruned (uses pruned sales.spc): plot(sales.spc, plot.type = "coherency")
#- pruned (uses pruned sales.spc): plot(sales.spc, plot.type = "phase")



