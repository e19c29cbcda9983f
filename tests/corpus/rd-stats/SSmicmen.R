# rheap corpus: rd-stats/SSmicmen.R
# source: the examples of help page SSmicmen.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 15 expression(s) (graphics: 10; uses pruned variable: 5)

### Name: SSmicmen
### Title: Self-Starting Nls Michaelis-Menten Model
### Aliases: SSmicmen
### Keywords: models

### ** Examples

PurTrt <- Puromycin[ Puromycin$state == "treated", ]
SSmicmen(PurTrt$conc, 200, 0.05)  # response only
local({  Vm <- 200; K <- 0.05
  SSmicmen(PurTrt$conc, Vm, K)    # response _and_ gradient
})
print(getInitial(rate ~ SSmicmen(conc, Vm, K), data = PurTrt), digits = 3)
## Initial values are in fact the converged values
fm1 <- nls(rate ~ SSmicmen(conc, Vm, K), data = PurTrt)
summary(fm1)
## Alternative call using the subset argument
fm2 <- nls(rate ~ SSmicmen(conc, Vm, K), data = Puromycin,
           subset = state == "treated")
summary(fm2) # The same indeed:
stopifnot(all.equal(coef(summary(fm1)), coef(summary(fm2))))

## Visualize the SSmicmen()  Michaelis-Menton model parametrization :

  xx <- seq(0, 5, length.out = 101)
  yy <- 5 * xx/(1+xx)
  stopifnot(all.equal(yy, SSmicmen(xx, Vm = 5, K = 1)))
  #- pruned (graphics): require(graphics)
  #- pruned (graphics): op <- par(mar = c(0, 0, 3.5, 0))
  #- pruned (graphics): plot(xx, yy, type = "l", lwd = 2, ylim = c(-1/4,6), xlim = c(-1, 5),
#-        ann = FALSE, axes = FALSE, main = "Parameters in the SSmicmen model")
  #- pruned (graphics): mtext(quote(list(phi[1] == "Vm", phi[2] == "K")))
  #- pruned (graphics): usr <- par("usr")
  #- pruned (uses pruned usr): arrows(usr[1], 0, usr[2], 0, length = 0.1, angle = 25)
  #- pruned (uses pruned usr): arrows(0, usr[3], 0, usr[4], length = 0.1, angle = 25)
  #- pruned (uses pruned usr): text(usr[2] - 0.2, 0.1, "x", adj = c(1, 0))
  #- pruned (uses pruned usr): text(     -0.1, usr[4], "y", adj = c(1, 1))
  #- pruned (graphics): abline(h = 5, lty = 3)
  #- pruned (graphics): arrows(-0.8, c(2.1, 2.9),
#-          -0.8, c(0,   5  ),  length = 0.1, angle = 25)
  #- pruned (graphics): text(  -0.8,     2.5, quote(phi[1]))
  #- pruned (graphics): segments(1, 0, 1, 2.7, lty = 2, lwd = 0.75)
  #- pruned (graphics): text(1, 2.7, quote(phi[2]))
  #- pruned (uses pruned op): par(op)



