# rheap corpus: rd-stats/predict.nls.R
# source: the examples of help page predict.nls.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 5 expression(s) (graphics: 4; uses pruned variable: 1)

### Name: predict.nls
### Title: Predicting from Nonlinear Least Squares Fits
### Aliases: predict.nls
### Keywords: nonlinear regression models

### ** Examples

## Don't show: 
od <- options(digits = 5)
## End(Don't show)
#- pruned (graphics): require(graphics)

fm <- nls(demand ~ SSasympOrig(Time, A, lrc), data = BOD)
predict(fm)              # fitted values at observed times
## Form data plot and smooth line for the predictions
#- pruned (graphics): opar <- par(las = 1)
#- pruned (graphics): plot(demand ~ Time, data = BOD, col = 4,
#-      main = "BOD data and fitted first-order curve",
#-      xlim = c(0,7), ylim = c(0, 20) )
tt <- seq(0, 8, length.out = 101)
#- pruned (graphics): lines(tt, predict(fm, list(Time = tt)))
#- pruned (uses pruned opar): par(opar)
## Don't show: 
options(od)
## End(Don't show)



