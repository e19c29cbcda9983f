# rheap corpus: rd-stats/plot.profile.nls.R
# source: the examples of help page plot.profile.nls.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 7 expression(s) (graphics: 6; uses pruned variable: 1)

### Name: plot.profile.nls
### Title: Plot a profile.nls Object
### Aliases: plot.profile.nls
### Keywords: nonlinear regression models

### ** Examples

#- pruned (graphics): require(graphics)

# obtain the fitted object
fm1 <- nls(demand ~ SSasympOrig(Time, A, lrc), data = BOD)
# get the profile for the fitted model
pr1 <- profile(fm1, alphamax = 0.05)
#- pruned (graphics): opar <- par(mfrow = c(2,2), oma = c(1.1, 0, 1.1, 0), las = 1)
#- pruned (graphics): plot(pr1, conf = c(95, 90, 80, 50)/100)
#- pruned (graphics): plot(pr1, conf = c(95, 90, 80, 50)/100, absVal = FALSE)
#- pruned (graphics): mtext("Confidence intervals based on the profile sum of squares",
#-       side = 3, outer = TRUE)
#- pruned (graphics): mtext("BOD data - confidence levels of 50%, 80%, 90% and 95%",
#-       side = 1, outer = TRUE)
#- pruned (uses pruned opar): par(opar)



