# rheap corpus: rd-stats/SSweibull.R
# source: the examples of help page SSweibull.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 5 expression(s) (graphics: 3; uses pruned variable: 2)

### Name: SSweibull
### Title: Self-Starting Nls Weibull Growth Curve Model
### Aliases: SSweibull
### Keywords: models

### ** Examples

Chick.6 <- subset(ChickWeight, (Chick == 6) & (Time > 0))
SSweibull(Chick.6$Time, 160, 115, -5.5, 2.5)   # response only
local({ Asym <- 160; Drop <- 115; lrc <- -5.5; pwr <- 2.5
  SSweibull(Chick.6$Time, Asym, Drop, lrc, pwr) # response _and_ gradient
})
## IGNORE_RDIFF_BEGIN
getInitial(weight ~ SSweibull(Time, Asym, Drop, lrc, pwr), data = Chick.6)
## IGNORE_RDIFF_END
## Initial values are in fact the converged values
fm1 <- nls(weight ~ SSweibull(Time, Asym, Drop, lrc, pwr), data = Chick.6)
summary(fm1)
## Data and Fit:
#- pruned (graphics): plot(weight ~ Time, Chick.6, xlim = c(0, 21), main = "SSweibull() fit to Chick.6")
#- pruned (graphics): ux <- par("usr")[1:2]
 #- pruned (uses pruned ux): x <- seq(ux[1], ux[2], length.out=250)
#- pruned (uses pruned x): lines(x, do.call(SSweibull, c(list(x=x), coef(fm1))), col = "red", lwd=2)
As <- coef(fm1)[["Asym"]]; 
#- pruned (graphics): abline(v = 0, h = c(As, As - coef(fm1)[["Drop"]]), lty = 3)



