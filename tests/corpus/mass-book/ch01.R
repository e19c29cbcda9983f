# rheap corpus: mass-book/ch01.R
# source: Venables & Ripley, MASS 4th ed., chapter script ch01.R (package MASS 7.3.58.2)
# licence: GPL-2 | GPL-3 (package MASS)
# pruned by tools/corpus/prune.R: 34 expression(s) (detaches pruned attach(hills): 1; detaches pruned attach(michelson): 1; graphics: 9; package MASS: 11; uses pruned variable: 12)

#-*- R -*-

## Script from Fourth Edition of `Modern Applied Statistics with S'

options(width=65, digits=5, height=9999)
#- pruned (graphics): pdf(file="ch01.pdf", width=8, height=6, pointsize=9)

# Chapter 1   Introduction

# 1.1 A quick overview of S

2 + 3
sqrt(3/4)/(1/3 - 2/pi^2)

#- pruned (package MASS): library(MASS)
#- pruned (package MASS): mean(chem)
#- pruned (package MASS): m <- mean(chem)
 #- pruned (package MASS): v <- var(chem)/length(chem)
#- pruned (uses pruned m): m/sqrt(v)

std.dev <- function(x) sqrt(var(x))
t.test.p <- function(x, mu=0) {
    n <- length(x)
    t <- sqrt(n) * (mean(x) - mu) / std.dev(x)
    2 * (1 - pt(abs(t), n - 1))
}

t.stat <- function(x, mu = 0) {
   n <- length(x)
   t <- sqrt(n) * (mean(x) - mu) / std.dev(x)
   list(t = t, p = 2 * (1 - pt(abs(t), n - 1)))
}
z <- rnorm(300, 1, 2)  # generate 300 N(1, 4) variables.
t.stat(z)
unlist(t.stat(z, 1))  # test mu=1, compact result

# 1.4  An introductory session

x <- rnorm(1000)
y <- rnorm(1000)
#- pruned (package MASS): truehist(c(x,y+3), nbins=25)

# ?truehist

#- pruned (package MASS): contour(dd <- kde2d(x,y))
#- pruned (uses pruned dd): image(dd)

x <- seq(1, 20, 0.5)
x
w <- 1 + x/2
y <- x + w*rnorm(x)
dum <-  data.frame(x, y, w)
dum
rm(x, y, w)

fm <- lm(y ~ x,  data=dum)
summary(fm)
fm1 <- lm(y ~ x,  data = dum, weight = 1/w^2)
summary(fm1)

lrf <-  loess(y ~ x, dum)

attach(dum)
#- pruned (graphics): plot(x, y)
#- pruned (graphics): lines(spline(x, fitted(lrf)), col = 2)

#- pruned (graphics): abline(0, 1, lty = 3, col = 3)
#- pruned (graphics): abline(fm, col = 4)
#- pruned (graphics): abline(fm1, lty = 4, col = 5)

#- pruned (graphics): plot(fitted(fm), resid(fm), xlab = "Fitted Values", ylab = "Residuals")

#- pruned (graphics): qqnorm(resid(fm))
#- pruned (graphics): qqline(resid(fm))

detach()
rm(fm,fm1,lrf,dum)

#- pruned (package MASS): hills
# S: splom(~ hills)
#- pruned (package MASS): pairs(hills)

# S: if(interactive()) brush(hills)

#- pruned (package MASS): attach(hills)
#- pruned (uses pruned dist): plot(dist, time)
#- pruned (uses pruned dist): if(interactive()) identify(dist, time, row.names(hills))
#- pruned (uses pruned time): abline(lm(time ~ dist))
# library(lqs)
#- pruned (uses pruned time): abline(lqs(time ~ dist), lty=3, col=4)
#- pruned (detaches pruned attach(hills)): detach()

#- pruned (package MASS): if(interactive()){
#- plot(c(0,1), c(0,1), type="n")
#- xy <- locator(type = "p")
#- abline(lm(y ~ x, xy), col = 4)
#- abline(rlm(y ~ x, xy, method = "MM"), lty = 3, col = 3)
#- abline(lqs(y ~ x, xy), lty = 2, col = 2)
#- rm(xy)
#- }

#- pruned (package MASS): attach(michelson)
search()
#- pruned (uses pruned Expt): plot(Expt, Speed, main="Speed of Light Data", xlab="Experiment No.")
#- pruned (uses pruned Speed): fm <-  aov(Speed ~ Run + Expt)
#- pruned (uses pruned fm): summary(fm)
#- pruned (uses pruned fm): fm0 <- update(fm, . ~ . - Run)
#- pruned (uses pruned fm0): anova(fm0, fm)
#- pruned (detaches pruned attach(michelson)): detach()
#- pruned (uses pruned fm): rm(fm, fm0)

1 - pf(4.3781, 4, 76)
qf(0.95, 4, 76)

# End of ch01
