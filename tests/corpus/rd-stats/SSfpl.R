# rheap corpus: rd-stats/SSfpl.R
# source: the examples of help page SSfpl.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 20 expression(s) (graphics: 15; uses pruned variable: 5)

### Name: SSfpl
### Title: Self-Starting Nls Four-Parameter Logistic Model
### Aliases: SSfpl
### Keywords: models

### ** Examples

Chick.1 <- ChickWeight[ChickWeight$Chick == 1, ]
SSfpl(Chick.1$Time, 13, 368, 14, 6)  # response only
local({
  A <- 13; B <- 368; xmid <- 14; scal <- 6
  SSfpl(Chick.1$Time, A, B, xmid, scal) # response _and_ gradient
})
print(getInitial(weight ~ SSfpl(Time, A, B, xmid, scal), data = Chick.1),
      digits = 5)
## Initial values are in fact the converged values
fm1 <- nls(weight ~ SSfpl(Time, A, B, xmid, scal), data = Chick.1)
summary(fm1)

## Visualizing the  SSfpl()  parametrization
  xx <- seq(-0.5, 5, length.out = 101)
  yy <- 1 + 4 / (1 + exp((2-xx))) # == SSfpl(xx, *) :
  stopifnot( all.equal(yy, SSfpl(xx, A = 1, B = 5, xmid = 2, scal = 1)) )
  #- pruned (graphics): require(graphics)
  #- pruned (graphics): op <- par(mar = c(0, 0, 3.5, 0))
  #- pruned (graphics): plot(xx, yy, type = "l", axes = FALSE, ylim = c(0,6), xlim = c(-1, 5),
#-        xlab = "", ylab = "", lwd = 2,
#-        main = "Parameters in the SSfpl model")
  #- pruned (graphics): mtext(quote(list(phi[1] == "A", phi[2] == "B", phi[3] == "xmid", phi[4] == "scal")))
  #- pruned (graphics): usr <- par("usr")
  #- pruned (uses pruned usr): arrows(usr[1], 0, usr[2], 0, length = 0.1, angle = 25)
  #- pruned (uses pruned usr): arrows(0, usr[3], 0, usr[4], length = 0.1, angle = 25)
  #- pruned (uses pruned usr): text(usr[2] - 0.2, 0.1, "x", adj = c(1, 0))
  #- pruned (uses pruned usr): text(     -0.1, usr[4], "y", adj = c(1, 1))
  #- pruned (graphics): abline(h = c(1, 5), lty = 3)
  #- pruned (graphics): arrows(-0.8, c(2.1, 2.9),
#-          -0.8, c(0,   5  ), length = 0.1, angle = 25)
  #- pruned (graphics): text  (-0.8, 2.5, quote(phi[1]))
  #- pruned (graphics): arrows(-0.3, c(1/4, 3/4),
#-          -0.3, c(0,   1  ), length = 0.07, angle = 25)
  #- pruned (graphics): text  (-0.3, 0.5, quote(phi[2]))
  #- pruned (graphics): text(2, -.1, quote(phi[3]))
  #- pruned (graphics): segments(c(2,3,3), c(0,3,4), # SSfpl(x = xmid = 2) = 3
#-            c(2,3,2), c(3,4,3),    lty = 2, lwd = 0.75)
  #- pruned (graphics): arrows(c(2.3, 2.7), 3,
#-          c(2.0, 3  ), 3, length = 0.08, angle = 25)
  #- pruned (graphics): text(      2.5,     3, quote(phi[4]))
 #- pruned (graphics): text(3.1, 3.5, "1")
  #- pruned (uses pruned op): par(op)



