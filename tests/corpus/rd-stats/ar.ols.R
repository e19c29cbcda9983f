# rheap corpus: rd-stats/ar.ols.R
# source: the examples of help page ar.ols.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: ar.ols
### Title: Fit Autoregressive Models to Time Series by OLS
### Aliases: ar.ols
### Keywords: ts

### ** Examples

ar(lh, method = "burg")
ar.ols(lh)
ar.ols(lh, FALSE, 4) # fit ar(4)

ar.ols(ts.union(BJsales, BJsales.lead))

x <- diff(log(EuStockMarkets))
ar.ols(x, order.max = 6, demean = FALSE, intercept = TRUE)



