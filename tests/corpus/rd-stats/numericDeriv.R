# rheap corpus: rd-stats/numericDeriv.R
# source: the examples of help page numericDeriv.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 5 expression(s) (graphics: 5)

### Name: numericDeriv
### Title: Evaluate Derivatives Numerically
### Aliases: numericDeriv
### Keywords: models

### ** Examples

myenv <- new.env()
myenv$mean <- 0.
myenv$sd   <- 1.
myenv$x    <- seq(-3., 3., length.out = 31)
nD <- numericDeriv(quote(pnorm(x, mean, sd)), c("mean", "sd"), myenv)
str(nD)

## Visualize :
#- pruned (graphics): require(graphics)
#- pruned (graphics): matplot(myenv$x, cbind(c(nD), attr(nD, "gradient")), type="l")
#- pruned (graphics): abline(h=0, lty=3)
## "gradient" is close to the true derivatives, you don't see any diff.:
#- pruned (graphics): curve( - dnorm(x), col=2, lty=3, lwd=2, add=TRUE)
#- pruned (graphics): curve(-x*dnorm(x), col=3, lty=3, lwd=2, add=TRUE)
##
## IGNORE_RDIFF_BEGIN
# shows 1.609e-8 on most platforms
all.equal(attr(nD,"gradient"),
          with(myenv, cbind(-dnorm(x), -x*dnorm(x))))
## IGNORE_RDIFF_END



