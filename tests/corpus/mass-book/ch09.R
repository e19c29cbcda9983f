# rheap corpus: mass-book/ch09.R
# source: Venables & Ripley, MASS 4th ed., chapter script ch09.R (package MASS 7.3.58.2)
# licence: GPL-2 | GPL-3 (package MASS)
# pruned by tools/corpus/prune.R: 59 expression(s) (graphics: 4; package MASS: 7; package rpart: 1; package tree: 1; uses pruned variable: 46)

#-*- R -*-

## Script from Fourth Edition of `Modern Applied Statistics with S'

# Chapter 9   Tree-based Methods

#- pruned (package MASS): library(MASS)
#- pruned (graphics): pdf(file="ch09.pdf", width=8, height=6, pointsize=9)
options(digits=5)

#- pruned (package rpart): library(rpart)

# Figure 9.3
#- pruned (package MASS): shuttle.rp <- rpart(use ~ ., data=shuttle, minbucket=0, xval = 0,
#-                     maxsurrogate = 0, cp = 0, subset = 1:253)
#- pruned (uses pruned shuttle.rp): post(shuttle.rp, horizontal = FALSE, height=10, width=8, title = "",
#-      pointsize = 8, pretty = 0)


# 9.3   Implementation in rpart

set.seed(123)
#- pruned (package MASS): cpus.rp <- rpart(log10(perf) ~ ., cpus[ , 2:8], cp = 1e-3)
#- pruned (uses pruned cpus.rp): cpus.rp
#- pruned (uses pruned cpus.rp): print(cpus.rp, cp = 0.01) # default pruning

#- pruned (uses pruned cpus.rp): plot(cpus.rp, uniform = TRUE)
#- pruned (uses pruned cpus.rp): text(cpus.rp, digits = 3)

#- pruned (uses pruned cpus.rp): printcp(cpus.rp)
#- pruned (uses pruned cpus.rp): plotcp(cpus.rp)

#- pruned (uses pruned cpus.rp): cpus.rp1 <- prune(cpus.rp, cp = 0.006)
#- pruned (uses pruned cpus.rp1): print(cpus.rp1, digits = 3)
#- pruned (uses pruned cpus.rp1): plot(cpus.rp1, branch = 0.4, uniform = TRUE)
#- pruned (uses pruned cpus.rp1): text(cpus.rp1, digits = 3)

# for figure 9.2
#- pruned (uses pruned cpus.rp): cpus.rp2 <- prune(cpus.rp, cp = 0.03)
#- pruned (uses pruned cpus.rp2): post(cpus.rp2, horizontal = FALSE, title = "", digits=4, pointsize=18)


set.seed(123)
#- pruned (package MASS): fgl.rp <- rpart(type ~ ., fgl, cp = 0.001)
#- pruned (uses pruned fgl.rp): plotcp(fgl.rp)
#- pruned (uses pruned fgl.rp): printcp(fgl.rp)

#- pruned (uses pruned fgl.rp): fgl.rp2 <- prune(fgl.rp, cp = 0.02)
#- pruned (uses pruned fgl.rp2): plot(fgl.rp2, uniform = TRUE)
#- pruned (uses pruned fgl.rp2): text(fgl.rp2, use.n = TRUE)
#- pruned (uses pruned fgl.rp2): fgl.rp2

#- pruned (uses pruned fgl.rp2): summary(fgl.rp2)

set.seed(123)
#- pruned (package MASS): fgl.rp3 <- rpart(type ~ ., fgl, cp = 0.001,
#-                  parms = list(split="information"))
#- pruned (uses pruned fgl.rp3): plotcp(fgl.rp3)
#- pruned (uses pruned fgl.rp3): printcp(fgl.rp3)

#- pruned (uses pruned fgl.rp3): fgl.rp4 <- prune(fgl.rp3, cp = 0.03)
#- pruned (uses pruned fgl.rp4): plot(fgl.rp4, uniform = TRUE)
 #- pruned (uses pruned fgl.rp4): text(fgl.rp4, use.n = TRUE)

#- pruned (uses pruned cpus.rp): plot(cpus.rp, branch = 0.6, compress = TRUE, uniform = TRUE)
#- pruned (uses pruned cpus.rp): text(cpus.rp, digits = 3, all = TRUE, use.n = TRUE)


# 9.3   Implementation in tree

#- pruned (package tree): library(tree)
## the stopping criteria differ slightly between R and S-PLUS
#- pruned (package MASS): cpus.ltr <- tree(log10(perf) ~ ., data = cpus[, 2:8], mindev = 0.005)
#- pruned (uses pruned cpus.ltr): summary(cpus.ltr)

#- pruned (uses pruned cpus.ltr): cpus.ltr
#- pruned (uses pruned cpus.ltr): plot(cpus.ltr, type="u")
  #- pruned (uses pruned cpus.ltr): text(cpus.ltr)

#- pruned (graphics): par(mfrow = c(1, 2), pty = "s")
set.seed(321)
#- pruned (uses pruned cpus.ltr): plot(cv.tree(cpus.ltr, , prune.tree))
#- pruned (uses pruned cpus.ltr): cpus.ltr1 <- prune.tree(cpus.ltr, best = 10)
#- pruned (uses pruned cpus.ltr1): plot(cpus.ltr1, type = "u")
#- pruned (uses pruned cpus.ltr1): text(cpus.ltr1, digits = 3)
#- pruned (graphics): par(mfrow = c(1, 1), pty = "m")

#- pruned (package MASS): fgl.tr <- tree(type ~ ., fgl)
#- pruned (uses pruned fgl.tr): summary(fgl.tr)
#- pruned (uses pruned fgl.tr): plot(fgl.tr)
#- pruned (uses pruned fgl.tr): text(fgl.tr, all = TRUE, cex = 0.5)

#- pruned (graphics): par(mfrow = c(1, 2), pty = "s")
set.seed(123)
#- pruned (uses pruned fgl.tr): fgl.cv <- cv.tree(fgl.tr,, prune.misclass)
#- pruned (uses pruned fgl.cv): for(i in 2:5)  fgl.cv$dev <- fgl.cv$dev +
#-     cv.tree(fgl.tr,, prune.misclass)$dev
#- pruned (uses pruned fgl.cv): fgl.cv$dev <- fgl.cv$dev/5
#- pruned (uses pruned fgl.cv): fgl.cv
#- pruned (uses pruned fgl.cv): plot(fgl.cv)

#- pruned (uses pruned fgl.tr): fgl.tr1 <- prune.misclass(fgl.tr, best = 9)
#- pruned (uses pruned fgl.tr1): plot(fgl.tr1, type = "u")
#- pruned (uses pruned fgl.tr1): text(fgl.tr1, all = TRUE)

# End of ch09
