# rheap corpus: mass-book/ch12.R
# source: Venables & Ripley, MASS 4th ed., chapter script ch12.R (package MASS 7.3.58.2)
# licence: GPL-2 | GPL-3 (package MASS)
# pruned by tools/corpus/prune.R: 122 expression(s) (graphics: 8; package class: 1; package e1071: 1; package MASS: 12; package nnet: 1; package rpart: 1; package tree: 1; uses pruned variable: 97)

#-*- R -*-

## Script from Fourth Edition of `Modern Applied Statistics with S'

# Chapter 12   Classification

#- pruned (package MASS): library(MASS)
#- pruned (graphics): pdf(file="ch12.pdf", width=8, height=6, pointsize=9)
options(width=65, digits=5)
#- pruned (package class): library(class)
#- pruned (package nnet): library(nnet)


# 12.1  Discriminant Analysis

ir <- rbind(iris3[,,1], iris3[,,2], iris3[,,3])
ir.species <- factor(c(rep("s", 50), rep("c", 50), rep("v", 50)))

#- pruned (package MASS): (ir.lda <- lda(log(ir), ir.species))
#- pruned (uses pruned ir.lda): ir.ld <- predict(ir.lda, dimen = 2)$x
#- pruned (uses pruned ir.ld): eqscplot(ir.ld, type = "n", xlab = "first linear discriminant",
#-           ylab = "second linear discriminant")
#- pruned (uses pruned ir.ld): text(ir.ld, labels = as.character(ir.species[-143]),
#-       col = 3 + unclass(ir.species), cex = 0.8)

#- pruned (uses pruned ir.lda): plot(ir.lda, dimen = 1)
#- pruned (uses pruned ir.lda): plot(ir.lda, type = "density", dimen = 1)

#- pruned (package MASS): lcrabs <- log(crabs[, 4:8])
crabs.grp <- factor(c("B", "b", "O", "o")[rep(1:4, each = 50)])

#- pruned (uses pruned lcrabs): (dcrabs.lda <- lda(crabs$sex ~ FL + RW + CL + CW, lcrabs))
#- pruned (uses pruned dcrabs.lda): table(crabs$sex, predict(dcrabs.lda)$class)

#- pruned (uses pruned lcrabs): (dcrabs.lda4 <- lda(crabs.grp ~ FL + RW + CL + CW, lcrabs))
#- pruned (uses pruned dcrabs.lda4): dcrabs.pr4 <- predict(dcrabs.lda4, dimen = 2)
#- pruned (uses pruned dcrabs.pr4): dcrabs.pr2 <- dcrabs.pr4$post[, c("B", "O")] %*% c(1, 1)
#- pruned (uses pruned dcrabs.pr2): table(crabs$sex, dcrabs.pr2 > 0.5)

#- pruned (uses pruned dcrabs.pr4): cr.t <- dcrabs.pr4$x[, 1:2]
#- pruned (uses pruned cr.t): eqscplot(cr.t, type = "n", xlab = "First LD", ylab = "Second LD")
#- pruned (uses pruned cr.t): text(cr.t, labels = as.character(crabs.grp))
#- pruned (graphics): perp <- function(x, y) {
#-    m <- (x+y)/2
#-    s <- - (x[1] - y[1])/(x[2] - y[2])
#-    abline(c(m[2] - s*m[1], s))
#-    invisible()
#- }
#- pruned (uses pruned cr.t): cr.m <- lda(cr.t, crabs$sex)$means
#- pruned (uses pruned cr.m): points(cr.m, pch = 3, mkh = 0.3)
#- pruned (uses pruned perp): perp(cr.m[1, ], cr.m[2, ])

#- pruned (uses pruned cr.t): cr.lda <- lda(cr.t, crabs.grp)
x <- seq(-6, 6, 0.25)
y <- seq(-2, 2, 0.25)
Xcon <- matrix(c(rep(x,length(y)),
              rep(y, rep(length(x), length(y)))),,2)
#- pruned (uses pruned cr.lda): cr.pr <- predict(cr.lda, Xcon)$post[, c("B", "O")] %*% c(1,1)
#- pruned (uses pruned cr.pr): contour(x, y, matrix(cr.pr, length(x), length(y)),
#-        levels = 0.5, labex = 0, add = TRUE, lty=  3)

#- pruned (uses pruned lcrabs): for(i in c("O", "o",  "B", "b"))
#-  print(var(lcrabs[crabs.grp == i, ]))

#- pruned (package MASS): fgl.ld <- predict(lda(type ~ ., fgl), dimen = 2)$x
#- pruned (uses pruned fgl.ld): eqscplot(fgl.ld, type = "n", xlab = "LD1", ylab = "LD2")
# either
# for(i in seq(along = levels(fgl$type))) {
#    set <- fgl$type[-40] == levels(fgl$type)[i]
#    points(fgl.ld[set,], pch = 18, cex = 0.6, col = 2 + i)}
# key(text = list(levels(fgl$type), col = 3:8))
# or
#- pruned (uses pruned fgl.ld): text(fgl.ld, cex = 0.6,
#-      labels = c("F", "N", "V", "C", "T", "H")[fgl$type[-40]])

#- pruned (package MASS): fgl.rld <- predict(lda(type ~ ., fgl, method = "t"), dimen = 2)$x
#- pruned (uses pruned fgl.rld): eqscplot(fgl.rld, type = "n", xlab = "LD1", ylab = "LD2")
# either
# for(i in seq(along = levels(fgl$type))) {
#   set <- fgl$type[-40] == levels(fgl$type)[i]
#   points(fgl.rld[set,], pch = 18, cex = 0.6, col = 2 + i)}
# key(text = list(levels(fgl$type), col = 3:8))
# or
#- pruned (uses pruned fgl.rld): text(fgl.rld, cex = 0.6,
#-      labels = c("F", "N", "V", "C", "T", "H")[fgl$type[-40]])


# 12.2  Classification theory

#decrease len if you have little memory.
#- pruned (package MASS): predplot <- function(object, main="", len = 100, ...)
#- {
#-     plot(Cushings[,1], Cushings[,2], log="xy", type="n",
#-          xlab = "Tetrahydrocortisone", ylab = "Pregnanetriol", main = main)
#-     for(il in 1:4) {
#-         set <- Cushings$Type==levels(Cushings$Type)[il]
#-         text(Cushings[set, 1], Cushings[set, 2],
#-              labels=as.character(Cushings$Type[set]), col = 2 + il) }
#-     xp <- seq(0.6, 4.0, length=len)
#-     yp <- seq(-3.25, 2.45, length=len)
#-     cushT <- expand.grid(Tetrahydrocortisone = xp,
#-                          Pregnanetriol = yp)
#-     Z <- predict(object, cushT, ...); zp <- as.numeric(Z$class)
#-     zp <- Z$post[,3] - pmax(Z$post[,2], Z$post[,1])
#-     contour(exp(xp), exp(yp), matrix(zp, len),
#-             add = TRUE, levels = 0, labex = 0)
#-     zp <- Z$post[,1] - pmax(Z$post[,2], Z$post[,3])
#-     contour(exp(xp), exp(yp), matrix(zp, len),
#-             add = TRUE, levels = 0, labex = 0)
#-     invisible()
#- }

#- pruned (uses pruned il): cushplot <- function(xp, yp, Z)
#- {
#-     plot(Cushings[, 1], Cushings[, 2], log = "xy", type = "n",
#-          xlab = "Tetrahydrocortisone", ylab = "Pregnanetriol")
#-     for(il in 1:4) {
#-         set <- Cushings$Type==levels(Cushings$Type)[il]
#-         text(Cushings[set, 1], Cushings[set, 2],
#-              labels = as.character(Cushings$Type[set]), col = 2 + il) }
#-     zp <- Z[, 3] - pmax(Z[, 2], Z[, 1])
#-     contour(exp(xp), exp(yp), matrix(zp, np),
#-             add = TRUE, levels = 0, labex = 0)
#-     zp <- Z[, 1] - pmax(Z[, 2], Z[, 3])
#-     contour(exp(xp), exp(yp), matrix(zp, np),
#-             add = TRUE, levels = 0, labex = 0)
#-     invisible()
#- }

#- pruned (package MASS): cush <- log(as.matrix(Cushings[, -3]))
#- pruned (package MASS): tp <- Cushings$Type[1:21, drop = TRUE]
#- pruned (uses pruned cush): cush.lda <- lda(cush[1:21,], tp)
 #- pruned (uses pruned predplot): predplot(cush.lda, "LDA")
#- pruned (uses pruned cush): cush.qda <- qda(cush[1:21,], tp)
 #- pruned (uses pruned predplot): predplot(cush.qda, "QDA")
#- pruned (uses pruned predplot): predplot(cush.qda, "QDA (predictive)", method = "predictive")
#- pruned (uses pruned predplot): predplot(cush.qda, "QDA (debiased)", method = "debiased")

#- pruned (uses pruned tp): Cf <- data.frame(tp = tp,
#-   Tetrahydrocortisone = log(Cushings[1:21, 1]),
#-   Pregnanetriol = log(Cushings[1:21, 2]) )
#- pruned (uses pruned tp): cush.multinom <- multinom(tp ~ Tetrahydrocortisone
#-   + Pregnanetriol, Cf, maxit = 250)
xp <- seq(0.6, 4.0, length = 100); np <- length(xp)
yp <- seq(-3.25, 2.45, length = 100)
cushT <- expand.grid(Tetrahydrocortisone = xp,
                     Pregnanetriol = yp)
#- pruned (uses pruned cush.multinom): Z <- predict(cush.multinom, cushT, type = "probs")
#- pruned (uses pruned cushplot): cushplot(xp, yp, Z)

#- pruned (package tree): library(tree)
#- pruned (uses pruned tp): cush.tr <- tree(tp ~ Tetrahydrocortisone + Pregnanetriol, Cf)
#- pruned (uses pruned cush): plot(cush[, 1], cush[, 2], type = "n",
#-     xlab = "Tetrahydrocortisone", ylab = "Pregnanetriol")
#- pruned (uses pruned set): for(il in 1:4) {
#-  set <- Cushings$Type==levels(Cushings$Type)[il]
#-  text(cush[set, 1], cush[set, 2],
#-       labels = as.character(Cushings$Type[set]), col = 2 + il) }
#- pruned (graphics): par(cex = 1.5)
 #- pruned (uses pruned cush.tr): partition.tree(cush.tr, add = TRUE)
 #- pruned (graphics): par(cex = 1)


# 12.3  Non-parametric rules

#- pruned (uses pruned cush): Z <- knn(scale(cush[1:21, ], FALSE, c(3.4, 5.7)),
#-         scale(cushT, FALSE, c(3.4, 5.7)), tp)
#- pruned (uses pruned cushplot): cushplot(xp, yp, class.ind(Z))
#- pruned (uses pruned cush): Z <- knn(scale(cush[1:21, ], FALSE, c(3.4, 5.7)),
#-         scale(cushT, FALSE, c(3.4, 5.7)), tp, k = 3)
#- pruned (uses pruned cushplot): cushplot(xp, yp, class.ind(Z))


# 12.4  Neural networks

#- pruned (uses pruned il): pltnn <- function(main, ...) {
#-    plot(Cushings[,1], Cushings[,2], log="xy", type="n",
#-    xlab="Tetrahydrocortisone", ylab = "Pregnanetriol", main=main, ...)
#-    for(il in 1:4) {
#-        set <- Cushings$Type==levels(Cushings$Type)[il]
#-        text(Cushings[set, 1], Cushings[set, 2],
#-           as.character(Cushings$Type[set]), col = 2 + il) }
#- }

#- pruned (uses pruned cush): plt.bndry <- function(size=0, decay=0, ...)
#- {
#-    cush.nn <- nnet(cush, tpi, skip=TRUE, softmax=TRUE, size=size,
#-       decay=decay, maxit=1000)
#-    invisible(b1(predict(cush.nn, cushT), ...))
#- }

#- pruned (uses pruned zp): b1 <- function(Z, ...)
#- {
#-    zp <- Z[,3] - pmax(Z[,2], Z[,1])
#-    contour(exp(xp), exp(yp), matrix(zp, np),
#-       add=TRUE, levels=0, labex=0, ...)
#-    zp <- Z[,1] - pmax(Z[,3], Z[,2])
#-    contour(exp(xp), exp(yp), matrix(zp, np),
#-       add=TRUE, levels=0, labex=0, ...)
#- }

#- pruned (uses pruned cush): cush <- cush[1:21,]
 #- pruned (uses pruned tp): tpi <- class.ind(tp)
# functions pltnn and plt.bndry given in the scripts
#- pruned (graphics): par(mfrow = c(2, 2))
#- pruned (uses pruned pltnn): pltnn("Size = 2")
set.seed(1); 
#- pruned (uses pruned plt.bndry): plt.bndry(size = 2, col = 2)
set.seed(3); 
#- pruned (uses pruned plt.bndry): plt.bndry(size = 2, col = 3)
#- pruned (uses pruned plt.bndry): plt.bndry(size = 2, col = 4)

#- pruned (uses pruned pltnn): pltnn("Size = 2, lambda = 0.001")
set.seed(1); 
#- pruned (uses pruned plt.bndry): plt.bndry(size = 2, decay = 0.001, col = 2)
set.seed(2); 
#- pruned (uses pruned plt.bndry): plt.bndry(size = 2, decay = 0.001, col = 4)

#- pruned (uses pruned pltnn): pltnn("Size = 2, lambda = 0.01")
set.seed(1); 
#- pruned (uses pruned plt.bndry): plt.bndry(size = 2, decay = 0.01, col = 2)
set.seed(2); 
#- pruned (uses pruned plt.bndry): plt.bndry(size = 2, decay = 0.01, col = 4)

#- pruned (uses pruned pltnn): pltnn("Size = 5, 20  lambda = 0.01")
set.seed(2); 
#- pruned (uses pruned plt.bndry): plt.bndry(size = 5, decay = 0.01, col = 1)
set.seed(2); 
#- pruned (uses pruned plt.bndry): plt.bndry(size = 20, decay = 0.01, col = 2)

# functions pltnn and b1 are in the scripts
#- pruned (uses pruned pltnn): pltnn("Many local maxima")
#- pruned (uses pruned tpi): Z <- matrix(0, nrow(cushT), ncol(tpi))
#- pruned (uses pruned cush.nn): for(iter in 1:20) {
#-    set.seed(iter)
#-    cush.nn <- nnet(cush, tpi, skip = TRUE, softmax = TRUE, size = 3,
#-        decay = 0.01, maxit = 1000, trace = FALSE)
#-    Z <- Z + predict(cush.nn, cushT)
#-    cat("final value", format(round(cush.nn$value,3)), "\n")
#-    b1(predict(cush.nn, cushT), col = 2, lwd = 0.5)
#- }
#- pruned (uses pruned pltnn): pltnn("Averaged")
#- pruned (uses pruned b1): b1(Z, lwd = 3)


# 12.5  Support vector machines

#- pruned (package e1071): library(e1071)
#- pruned (uses pruned lcrabs): crabs.svm <- svm(crabs$sp ~ ., data = lcrabs, cost = 100, gamma = 1)
#- pruned (uses pruned crabs.svm): table(true = crabs$sp, predicted = predict(crabs.svm, lcrabs))

#- pruned (uses pruned lcrabs): svm(crabs$sp ~ ., data = lcrabs, cost = 100, gamma = 1, cross = 10)



# 12.6  Forensic glass example

set.seed(123)
# dump random partition from S-PLUS
rand <- c(9, 6, 7, 10, 8, 8, 2, 2, 10, 1, 5, 2, 3, 8, 6, 8, 2, 6, 4,
4, 6, 1, 3, 2, 5, 5, 5, 3, 1, 9, 10, 2, 8, 2, 1, 6, 2, 7, 7, 8, 4, 1,
9, 5, 5, 1, 4, 6, 8, 6, 5, 7, 9, 2, 1, 1, 10, 9, 7, 6, 4, 7, 4, 8, 9,
9, 1, 8, 9, 5, 3, 3, 4, 8, 8, 6, 6, 9, 3, 10, 3, 10, 6, 6, 5, 10, 10,
2, 10, 6, 1, 4, 7, 8, 9, 10, 7, 10, 8, 4, 6, 8, 9, 10, 1, 9, 10, 6, 8,
4, 10, 8, 2, 10, 2, 3, 10, 1, 5, 9, 4, 4, 8, 2, 7, 6, 4, 8, 10, 4, 8,
10, 6, 10, 4, 9, 4, 1, 6, 5, 3, 2, 4, 1, 3, 4, 8, 4, 3, 7, 2, 5, 4, 5,
10, 7, 4, 2, 6, 3, 2, 2, 8, 4, 10, 8, 10, 2, 10, 6, 5, 2, 3, 2, 6, 2,
7, 7, 8, 9, 7, 10, 8, 6, 7, 9, 7, 10, 3, 2, 7, 5, 6, 1, 3, 9, 7, 7, 1,
8, 7, 8, 8, 8, 10, 4, 5, 9, 4, 6, 9, 6, 10, 2)

con <- function(...)
{
    print(tab <- table(...))
    diag(tab) <- 0
    cat("error rate = ",
        round(100*sum(tab)/length(list(...)[[1]]), 2), "%\n")
    invisible()
}
#- pruned (uses pruned i): CVtest <- function(fitfn, predfn, ...)
#- {
#-     res <- fgl$type
#-     for (i in sort(unique(rand))) {
#-         cat("fold ", i, "\n", sep = "")
#-         learn <- fitfn(rand != i, ...)
#-         res[rand == i] <- predfn(learn, rand == i)
#-     }
#-     res
#- }
#- pruned (uses pruned CVtest): res.multinom <- CVtest(
#-   function(x, ...) multinom(type ~ ., fgl[x, ], ...),
#-   function(obj, x) predict(obj, fgl[x, ], type = "class"),
#-   maxit = 1000, trace = FALSE)

#- pruned (uses pruned res.multinom): con(true = fgl$type, predicted = res.multinom)

#- pruned (uses pruned CVtest): res.lda <- CVtest(
#-   function(x, ...) lda(type ~ ., fgl[x, ], ...),
#-   function(obj, x) predict(obj, fgl[x, ])$class )
#- pruned (uses pruned res.lda): con(true = fgl$type, predicted = res.lda)

#- pruned (package MASS): fgl0 <- fgl[ , -10] # drop type
#- pruned (uses pruned res): { res <- fgl$type
#-   for (i in sort(unique(rand))) {
#-       cat("fold ", i ,"\n", sep = "")
#-       sub <- rand == i
#-       res[sub] <- knn(fgl0[!sub, ], fgl0[sub, ], fgl$type[!sub],
#-                       k = 1)
#-   }
#-   res } -> res.knn1
#- pruned (uses pruned res.knn1): con(true = fgl$type, predicted = res.knn1)

#- pruned (uses pruned fgl0): res.lb <- knn(fgl0, fgl0, fgl$type, k = 3, prob = TRUE, use.all = FALSE)
#- pruned (uses pruned res.lb): table(attr(res.lb, "prob"))

#- pruned (package rpart): library(rpart)
#- pruned (uses pruned CVtest): res.rpart <- CVtest(
#-   function(x, ...) {
#-     tr <- rpart(type ~ ., fgl[x,], ...)
#-     cp <- tr$cptable
#-     r <- cp[, 4] + cp[, 5]
#-     rmin <- min(seq(along = r)[cp[, 4] < min(r)])
#-     cp0 <- cp[rmin, 1]
#-     cat("size chosen was", cp[rmin, 2] + 1, "\n")
#-     prune(tr, cp = 1.01*cp0)
#-   },
#-   function(obj, x)
#-     predict(obj, fgl[x, ], type = "class"),
#-   cp = 0.001
#- )
#- pruned (uses pruned res.rpart): con(true = fgl$type, predicted = res.rpart)

#- pruned (package MASS): fgl1 <- fgl
#- pruned (uses pruned fgl1): fgl1[1:9] <- lapply(fgl[, 1:9], function(x)
#-                {r <- range(x); (x - r[1])/diff(r)})

#- pruned (uses pruned res): CVnn2 <- function(formula, data,
#-                   size = rep(6,2), lambda = c(0.001, 0.01),
#-                   nreps = 1, nifold = 5, verbose = 99, ...)
#- {
#-     CVnn1 <- function(formula, data, nreps=1, ri, verbose,  ...)
#-     {
#-         truth <- data[,deparse(formula[[2]])]
#-         res <-  matrix(0, nrow(data), length(levels(truth)))
#-         if(verbose > 20) cat("  inner fold")
#-         for (i in sort(unique(ri))) {
#-             if(verbose > 20) cat(" ", i,  sep="")
#-             for(rep in 1:nreps) {
#-                 learn <- nnet(formula, data[ri !=i,], trace = FALSE, ...)
#-                 res[ri == i,] <- res[ri == i,] +
#-                     predict(learn, data[ri == i,])
#-             }
#-         }
#-         if(verbose > 20) cat("\n")
#-         sum(as.numeric(truth) != max.col(res/nreps))
#-     }
#-     truth <- data[,deparse(formula[[2]])]
#-     res <-  matrix(0, nrow(data), length(levels(truth)))
#-     choice <- numeric(length(lambda))
#-     for (i in sort(unique(rand))) {
#-         if(verbose > 0) cat("fold ", i,"\n", sep="")
#-         ri <- sample(nifold, sum(rand!=i), replace=TRUE)
#-         for(j in seq(along=lambda)) {
#-             if(verbose > 10)
#-                 cat("  size =", size[j], "decay =", lambda[j], "\n")
#-             choice[j] <- CVnn1(formula, data[rand != i,], nreps=nreps,
#-                                ri=ri, size=size[j], decay=lambda[j],
#-                                verbose=verbose, ...)
#-         }
#-         decay <- lambda[which.is.max(-choice)]
#-         csize <- size[which.is.max(-choice)]
#-         if(verbose > 5) cat("  #errors:", choice, "  ") #
#-         if(verbose > 1) cat("chosen size = ", csize,
#-                             " decay = ", decay, "\n", sep="")
#-         for(rep in 1:nreps) {
#-             learn <- nnet(formula, data[rand != i,], trace=FALSE,
#-                           size=csize, decay=decay, ...)
#-             res[rand == i,] <- res[rand == i,] +
#-                 predict(learn, data[rand == i,])
#-         }
#-     }
#-     factor(levels(truth)[max.col(res/nreps)], levels = levels(truth))
#- }

#- pruned (uses pruned CVnn2): if(FALSE) { # only run this if you have time to wait
#- res.nn2 <- CVnn2(type ~ ., fgl1, skip = TRUE, maxit = 500, nreps = 10)
#- con(true = fgl$type, predicted = res.nn2)
#- }

#- pruned (uses pruned CVtest): res.svm <- CVtest(
#-   function(x, ...) svm(type ~ ., fgl[x, ], ...),
#-   function(obj, x) predict(obj, fgl[x, ]),
#-   cost = 100, gamma = 1 )
#- pruned (uses pruned res.svm): con(true = fgl$type, predicted = res.svm)

#- pruned (package MASS): svm(type ~ ., data = fgl, cost = 100, gamma = 1, cross = 10)


#- pruned (uses pruned fgl0): cd0 <- lvqinit(fgl0, fgl$type, prior = rep(1, 6)/6, k = 3)
#- pruned (uses pruned fgl0): cd1 <- olvq1(fgl0, fgl$type, cd0)
#- pruned (uses pruned cd1): con(true = fgl$type, predicted = lvqtest(cd1, fgl0))

#- pruned (uses pruned res): CV.lvq <- function()
#- {
#-     res <- fgl$type
#-     for(i in sort(unique(rand))) {
#-         cat("doing fold", i, "\n")
#-         cd0 <- lvqinit(fgl0[rand != i,], fgl$type[rand != i],
#-                        prior = rep(1, 6)/6, k = 3)
#-         cd1 <- olvq1(fgl0[rand != i,], fgl$type[rand != i], cd0)
#-         cd1 <- lvq3(fgl0[rand != i,], fgl$type[rand != i],
#-                     cd1, niter = 10000)
#-         res[rand == i] <- lvqtest(cd1, fgl0[rand == i, ])
#-     }
#-     res
#- }
#- pruned (uses pruned CV.lvq): con(true = fgl$type, predicted = CV.lvq())


# 12.7  Calibration plots

#- pruned (uses pruned res): CVprobs <- function(fitfn, predfn, ...)
#- {
#-     res <- matrix(, 214, 6)
#-     for (i in sort(unique(rand))) {
#-         cat("fold ", i, "\n", sep = "")
#-         learn <- fitfn(rand != i, ...)
#-         res[rand == i, ] <- predfn(learn, rand == i)
#-     }
#-     res
#- }
#- pruned (uses pruned CVprobs): probs.multinom <- CVprobs(
#-   function(x, ...) multinom(type ~ ., fgl[x, ], ...),
#-   function(obj, x) predict(obj, fgl[x, ], type = "probs"),
#-   maxit = 1000, trace = FALSE)

#- pruned (package MASS): probs.yes <- as.vector(class.ind(fgl$type))
#- pruned (uses pruned probs.multinom): probs <- as.vector(probs.multinom)
#- pruned (graphics): par(pty = "s")
#- pruned (graphics): plot(c(0, 1), c(0, 1), type = "n", xlab = "predicted probability",
#-      ylab = "", xaxs = "i", yaxs = "i", las = 1)
#- pruned (uses pruned probs): rug(probs[probs.yes == 0], 0.02, side = 1, lwd = 0.5)
#- pruned (uses pruned probs): rug(probs[probs.yes == 1], 0.02, side = 3, lwd = 0.5)
#- pruned (graphics): abline(0, 1)
newp <- seq(0, 1, length = 100)
#- pruned (uses pruned probs.yes): lines(newp, predict(loess(probs.yes ~ probs, span = 1), newp))

# End of ch12
