# rheap corpus: mass-book/ch04.R
# source: Venables & Ripley, MASS 4th ed., chapter script ch04.R (package MASS 7.3.58.2)
# licence: GPL-2 | GPL-3 (package MASS)
# pruned by tools/corpus/prune.R: 83 expression(s) (detaches pruned attach(wtloss): 1; graphics: 17; package lattice: 6; package MASS: 11; uses pruned variable: 48)

#-*- R -*-

## Script from Fourth Edition of `Modern Applied Statistics with S'

# Chapter 4   Graphical Output

#- pruned (package MASS): library(MASS)
#- pruned (package lattice): library(lattice)
#- pruned (graphics): pdf(file="ch04.pdf", width=8, height=6, pointsize=9)
options(width=65, digits=5)


# 4.2  Basic plotting functions

lung.deaths <- aggregate(ts.union(mdeaths, fdeaths), 1)
#- pruned (graphics): barplot(t(lung.deaths), names = dimnames(lung.deaths)[[1]],
#-         main = "UK deaths from lung disease")
#- pruned (graphics): if(interactive())
#-     legend(locator(1), c("Males", "Females"), fill = c(2, 3))
#- pruned (graphics): loc <- barplot(t(lung.deaths), names = dimnames(lung.deaths)[[1]],
#-                angle = c(45, 135), density = 10, col = 1)
total <- rowSums(lung.deaths)
#- pruned (uses pruned loc): text(loc, total + par("cxy")[2], total, cex = 0.7, xpd = TRUE)

# S: if(interactive()) brush(hills)

#- pruned (package MASS): topo.loess <- loess(z ~ x * y, topo, degree = 2, span = 0.25)
topo.mar <- list(x = seq(0, 6.5, 0.2), y=seq(0, 6.5, 0.2))
#- pruned (uses pruned topo.loess): topo.lo <- predict(topo.loess, expand.grid(topo.mar))
#- pruned (graphics): par(pty = "s")       # square plot
#- pruned (uses pruned topo.lo): contour(topo.mar$x, topo.mar$y, topo.lo, xlab = "", ylab = "",
#-   levels = seq(700,1000,25), cex = 0.7)
#- pruned (package MASS): points(topo$x, topo$y)
#- pruned (graphics): par(pty =  "m")
#- pruned (uses pruned topo.lo): topo.lo1 <- cbind(expand.grid(x=topo.mar$x, y=topo.mar$y),
#-                   z=as.vector(topo.lo))
#- pruned (uses pruned topo.lo1): contourplot(z ~ x * y, topo.lo1, aspect = 1,
#-   at = seq(700, 1000, 25), xlab = "", ylab = "",
#-   panel = function(x, y, subscripts, ...) {
#-      panel.levelplot(x, y, subscripts, ...)
#-      panel.xyplot(topo$x,topo$y, cex = 0.5)
#-   }
#- )

# see help(Skye)
# ternary(Skye/100, ord = c(1, 3, 2))


# 4.3  Enhancing plots

#- pruned (package MASS): attach(wtloss)
#- pruned (graphics): oldpar <- par(no.readonly = TRUE)
# alter margin 4; others are default
#- pruned (graphics): par(mar = c(5.1, 4.1, 4.1, 4.1))
#- pruned (uses pruned Days): plot(Days, Weight, type = "p", ylab = "Weight (kg)")
#- pruned (uses pruned Weight): Wt.lbs <- pretty(range(Weight*2.205))
#- pruned (uses pruned Wt.lbs): axis(side = 4, at = Wt.lbs/2.205, lab = Wt.lbs, las = 0)
#- pruned (graphics): mtext("Weight (lb)", side = 4, line = 3)
#- pruned (detaches pruned attach(wtloss)): detach()
#- pruned (uses pruned oldpar): par(oldpar)

x <- 0:100
plik <- function(lambda)
  sum(dpois(x, lambda) * 2 * ( (lambda - x) +
      x * log(pmax(1, x)/lambda)))
lambda <- c(1e-8, 0.05, seq(0.1, 5, 0.1))
#- pruned (graphics): plot(lambda, sapply(lambda, plik), type = "l", ylim = c(0, 1.4),
#-      xlab = expression(lambda),
#-      ylab = expression(paste(E[lambda], "(deviance)")))
#- pruned (graphics): abline(h = 1, lty = 3)


# 4.4  Fine control of graphics

## in R just use swiss
# swiss <- data.frame(Fertility = swiss.fertility, swiss.x)
attach(swiss)
#- pruned (graphics): qqnorm(Infant.Mortality)
#- pruned (graphics): qqline(Infant.Mortality)

samp <- cbind(Infant.Mortality, matrix(rnorm(47*19), 47, 19))
samp <- apply(scale(samp), 2, sort)
rs <- samp[, 1]
xs <- qqnorm(rs, plot = FALSE)$x
env <- t(apply(samp[, -1], 1, range))

#- pruned (graphics): matplot(xs, cbind(rs, env), type = "pnn",
#-         pch = 4, mkh = 0.06, axes = FALSE, xlab = "", ylab = "")

#- pruned (graphics): xyul <- par("usr")
#- pruned (uses pruned xyul): smidge <- min(diff(c(xyul[1], xs, xyul[2])))/2
#- pruned (uses pruned smidge): segments(xs - smidge, env[, 1], xs + smidge, env[, 1])
#- pruned (uses pruned smidge): segments(xs - smidge, env[, 2], xs + smidge, env[, 2])

#- pruned (uses pruned xyul): xul <- trunc(10*xyul[1:2])/10
#- pruned (uses pruned xul): axis(1, at=seq(xul[1], xul[2], by=0.1), labels = FALSE, tck=0.01)
#- pruned (uses pruned xyul): xi <- trunc(xyul[1:2])
#- pruned (uses pruned xi): axis(1, at = seq(xi[1], xi[2], by = 0.5), tck = 0.02)
#- pruned (uses pruned xyul): yul <- trunc(5*xyul[3:4])/5
#- pruned (uses pruned yul): axis(2, at=seq(yul[1], yul[2], by=0.2), labels = FALSE, tck=0.01)
#- pruned (uses pruned xyul): yi <- trunc(xyul[3:4])
#- pruned (uses pruned yi): axis(2, at = yi[1]:yi[2], tck = 0.02)

#- pruned (graphics): box(bty = "l")          # lower case "L"
# ps.options()$fonts
# R cannot change font family in a plot.
#- pruned (graphics): mtext("Quantiles of Standard Normal", side=1, line=2.5, font=3)
#- pruned (uses pruned yul): mtext(expression(R[i]), side = 2, line = 2, at = yul[2])
detach()


# 4.5  Trellis graphics

#- pruned (package MASS): xyplot(time ~ dist, data = hills,
#-   panel = function(x, y, ...) {
#-      panel.xyplot(x, y, ...)
#-      panel.lmline(x, y, type = "l")
#-      panel.abline(lqs(y ~ x), lty = 3)
#- #     identify(x, y, row.names(hills))
#-   }
#- )

## note: don't use separate title() call
#- pruned (package MASS): bwplot(Expt ~ Speed, data = michelson, ylab = "Experiment No.",
#-        main = "Speed of Light Data")

#- pruned (package lattice): splom(~ swiss, aspect = "fill",
#-   panel = function(x, y, ...) {
#-      panel.xyplot(x, y, ...); panel.loess(x, y, ...)
#-   }
#- )

#- pruned (package lattice): sps <- trellis.par.get("superpose.symbol")
#- pruned (uses pruned sps): sps$pch <- 1:7
#- pruned (uses pruned sps): trellis.par.set("superpose.symbol", sps)
#- pruned (uses pruned sps): xyplot(Time ~ Viscosity, data = stormer, groups = Wt,
#-    panel = panel.superpose, type = "b",
#-    key = list(columns = 3,
#-        text = list(paste(c("Weight:   ", "", ""),
#-                          unique(stormer$Wt), "gms")),
#-        points = Rows(sps, 1:3)
#-        )
#- )
#- pruned (uses pruned sps): rm(sps)

topo.plt <- expand.grid(topo.mar)
#- pruned (uses pruned topo.loess): topo.plt$pred <- as.vector(predict(topo.loess, topo.plt))
#- pruned (uses pruned topo.plt): levelplot(pred ~ x * y, topo.plt, aspect = 1,
#-   at = seq(690, 960, 10), xlab = "", ylab = "",
#-   panel = function(x, y, subscripts, ...) {
#-      panel.levelplot(x, y, subscripts, ...)
#-      panel.xyplot(topo$x,topo$y, cex = 0.5, col = 1)
#-   }
#- )

#- pruned (uses pruned topo.plt): wireframe(pred ~ x * y, topo.plt, aspect = c(1, 0.5),
#-           drape = TRUE, screen = list(z = -150, x = -60),
#-           colorkey = list(space="right", height=0.6))


#- pruned (package MASS): lcrabs.pc <- predict(princomp(log(crabs[,4:8])))
crabs.grp <- c("B", "b", "O", "o")[rep(1:4, each = 50)]
#- pruned (uses pruned lcrabs.pc): splom(~ lcrabs.pc[, 1:3], groups = crabs.grp,
#-    panel = panel.superpose,
#-    key = list(text = list(c("Blue male", "Blue female",
#-                             "Orange Male", "Orange female")),
#-        points = Rows(trellis.par.get("superpose.symbol"), 1:4),
#-        columns = 4)
#-   )

#- pruned (package MASS): sex <- crabs$sex
#- pruned (uses pruned sex): levels(sex) <- c("Female", "Male")
#- pruned (package MASS): sp <- crabs$sp
#- pruned (uses pruned sp): levels(sp) <- c("Blue", "Orange")
#- pruned (uses pruned lcrabs.pc): splom(~ lcrabs.pc[, 1:3] | sp*sex, cex = 0.5, pscales = 0)

#- pruned (package MASS): Quine <- quine
#- pruned (uses pruned Quine): levels(Quine$Eth) <- c("Aboriginal", "Non-aboriginal")
#- pruned (uses pruned Quine): levels(Quine$Sex) <- c("Female", "Male")
#- pruned (uses pruned Quine): levels(Quine$Age) <- c("primary", "first form",
#-                       "second form", "third form")
#- pruned (uses pruned Quine): levels(Quine$Lrn) <- c("Average learner", "Slow learner")
#- pruned (uses pruned Days): bwplot(Age ~ Days | Sex*Lrn*Eth, data = Quine)

#- pruned (uses pruned Days): bwplot(Age ~ Days | Sex*Lrn*Eth, data = Quine, layout = c(4, 2),
#-       strip = function(...) strip.default(..., style = 1))

#- pruned (uses pruned Days): stripplot(Age ~ Days | Sex*Lrn*Eth, data = Quine,
#-          jitter = TRUE, layout = c(4, 2))

#- pruned (uses pruned Days): stripplot(Age ~ Days | Eth*Sex, data = Quine,
#-    groups = Lrn, jitter = TRUE,
#-    panel = function(x, y, subscripts, jitter.data = FALSE, ...) {
#-        if(jitter.data)  y <- jitter(as.numeric(y))
#-        panel.superpose(x, y, subscripts, ...)
#-    },
#-    xlab = "Days of absence",
#-    between = list(y = 1), par.strip.text = list(cex = 0.7),
#-    key = list(columns = 2, text = list(levels(Quine$Lrn)),
#-        points = Rows(trellis.par.get("superpose.symbol"), 1:2)
#-        ),
#-    strip = function(...)
#-         strip.default(..., strip.names = c(TRUE, TRUE), style = 1)
#- )

#- pruned (package MASS): fgl0 <- fgl[ ,-10] # omit type.
#- pruned (uses pruned fgl0): fgl.df <- data.frame(type = rep(fgl$type, 9),
#-   y = as.vector(as.matrix(fgl0)),
#-   meas = factor(rep(1:9, each = 214), labels = names(fgl0)))
#- pruned (uses pruned y): stripplot(type ~ y | meas, data = fgl.df,
#-   scales = list(x = "free"), xlab = "", cex = 0.5,
#-   strip = function(...) strip.default(style = 1, ...))

#- pruned (uses pruned y): if(FALSE) { # no data supplied
#- xyplot(ratio ~ scant | subject, data = A5,
#-       xlab = "scan interval (years)",
#-       ylab = "ventricle/brain volume normalized to 1 at start",
#-       subscripts = TRUE, ID = A5$ID,
#-       strip = function(factor, ...)
#-          strip.default(..., factor.levels = labs, style = 1),
#-       layout = c(8, 5, 1),
#-       skip = c(rep(FALSE, 37), rep(TRUE, 1), rep(FALSE, 1)),
#-       panel = function(x, y, subscripts, ID) {
#-           panel.xyplot(x, y, type = "b", cex = 0.5)
#-           which <- unique(ID[subscripts])
#-           panel.xyplot(c(0, 1.5), pr3[names(pr3) == which],
#-                        type = "l", lty = 3)
#-           if(which == 303 || which == 341) points(1.4, 1.3)
#-       })
#- }

#- pruned (package lattice): Cath <- equal.count(swiss$Catholic, number = 6, overlap = 0.25)
#- pruned (uses pruned Cath): xyplot(Fertility ~ Education | Cath, data = swiss,
#-   span = 1, layout = c(6, 1), aspect = 1,
#-   panel = function(x, y, span) {
#-      panel.xyplot(x, y); panel.loess(x, y, span)
#-   }
#- )

#- pruned (package lattice): Cath2 <- equal.count(swiss$Catholic, number = 2, overlap = 0)
#- pruned (package lattice): Agr <- equal.count(swiss$Agric, number = 3, overlap = 0.25)
#- pruned (uses pruned Agr): xyplot(Fertility ~ Education | Agr * Cath2, data = swiss,
#-   span = 1, aspect = "xy",
#-   panel = function(x, y, span) {
#-      panel.xyplot(x, y); panel.loess(x, y, span)
#-   }
#- )

#- pruned (uses pruned Cath): Cath
#- pruned (uses pruned Cath): levels(Cath)
#- pruned (uses pruned Cath): plot(Cath, aspect = 0.3)

# End of ch04
