# rheap corpus: rd-stats/plot.acf.R
# source: the examples of help page plot.acf.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 4 expression(s) (graphics: 4)

### Name: plot.acf
### Title: Plot Autocovariance and Autocorrelation Functions
### Aliases: plot.acf
### Keywords: hplot ts

### ** Examples

#- pruned (graphics): require(graphics)

z4  <- ts(matrix(rnorm(400), 100, 4), start = c(1961, 1), frequency = 12)
z7  <- ts(matrix(rnorm(700), 100, 7), start = c(1961, 1), frequency = 12)
#- pruned (graphics): acf(z4)
#- pruned (graphics): acf(z7, max.mfrow = 7)   # squeeze onto 1 page
#- pruned (graphics): acf(z7) # multi-page



