# rheap corpus: rd-stats/SSasympOff.R
# source: the examples of help page SSasympOff.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 19 expression(s) (graphics: 14; uses pruned variable: 5)

### Name: SSasympOff
### Title: Self-Starting Nls Asymptotic Regression Model with an Offset
### Aliases: SSasympOff
### Keywords: models

### ** Examples

CO2.Qn1 <- CO2[CO2$Plant == "Qn1", ]
SSasympOff(CO2.Qn1$conc, 32, -4, 43)  # response only
local({  Asym <- 32; lrc <- -4; c0 <- 43
  SSasympOff(CO2.Qn1$conc, Asym, lrc, c0) # response and gradient
})
getInitial(uptake ~ SSasympOff(conc, Asym, lrc, c0), data = CO2.Qn1)
## Initial values are in fact the converged values
fm1 <- nls(uptake ~ SSasympOff(conc, Asym, lrc, c0), data = CO2.Qn1)
summary(fm1)

## Visualize the SSasympOff()  model  parametrization :

  xx <- seq(0.25, 8,  by=1/16)
  yy <- 5 * (1 -  exp(-(xx - 3/4)*0.4))
  stopifnot( all.equal(yy, SSasympOff(xx, Asym = 5, lrc = log(0.4), c0 = 3/4)) )
  #- pruned (graphics): require(graphics)
  #- pruned (graphics): op <- par(mar = c(0, 0, 4.0, 0))
  #- pruned (graphics): plot(xx, yy, type = "l", axes = FALSE, ylim = c(-.5,6), xlim = c(-1, 8),
#-        xlab = "", ylab = "", lwd = 2,
#-        main = "Parameters in the SSasympOff model")
  #- pruned (graphics): mtext(quote(list(phi[1] == "Asym", phi[2] == "lrc", phi[3] == "c0")))
  #- pruned (graphics): usr <- par("usr")
  #- pruned (uses pruned usr): arrows(usr[1], 0, usr[2], 0, length = 0.1, angle = 25)
  #- pruned (uses pruned usr): arrows(0, usr[3], 0, usr[4], length = 0.1, angle = 25)
  #- pruned (uses pruned usr): text(usr[2] - 0.2, 0.1, "x", adj = c(1, 0))
  #- pruned (uses pruned usr): text(     -0.1, usr[4], "y", adj = c(1, 1))
  #- pruned (graphics): abline(h = 5, lty = 3)
  #- pruned (graphics): arrows(-0.8, c(2.1, 2.9),
#-          -0.8, c(0  , 5  ), length = 0.1, angle = 25)
  #- pruned (graphics): text  (-0.8, 2.5, quote(phi[1]))
  #- pruned (graphics): segments(3/4, -.2, 3/4, 1.6, lty = 2)
  #- pruned (graphics): text    (3/4,    c(-.3, 1.7), quote(phi[3]))
  #- pruned (graphics): arrows(c(1.1, 1.4), -.15,
#-          c(3/4, 7/4), -.15, length = 0.07, angle = 25)
  #- pruned (graphics): text    (3/4 + 1/2, -.15, quote(1))
  #- pruned (graphics): segments(c(3/4, 7/4, 7/4), c(0, 0, 2),   # 5 * exp(log(0.4)) = 2
#-            c(7/4, 7/4, 3/4), c(0, 2, 0),  lty = 2, lwd = 2)
  #- pruned (graphics): text(      7/4 +.1, 2./2, quote(phi[1]*e^phi[2]), adj = c(0, .5))
  #- pruned (uses pruned op): par(op)



