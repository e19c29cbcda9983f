# rheap corpus: rd-stats/mahalanobis.R
# source: the examples of help page mahalanobis.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 5 expression(s) (graphics: 5)

### Name: mahalanobis
### Title: Mahalanobis Distance
### Aliases: mahalanobis
### Keywords: multivariate

### ** Examples

#- pruned (graphics): require(graphics)

ma <- cbind(1:6, 1:3)
(S <-  var(ma))
mahalanobis(c(0, 0), 1:2, S)

x <- matrix(rnorm(100*3), ncol = 3)
stopifnot(mahalanobis(x, 0, diag(ncol(x))) == rowSums(x*x))
        ##- Here, D^2 = usual squared Euclidean distances

Sx <- cov(x)
D2 <- mahalanobis(x, colMeans(x), Sx)
#- pruned (graphics): plot(density(D2, bw = 0.5),
#-      main="Squared Mahalanobis distances, n=100, p=3")
 #- pruned (graphics): rug(D2)
#- pruned (graphics): qqplot(qchisq(ppoints(100), df = 3), D2,
#-        main = expression("Q-Q plot of Mahalanobis" * ~D^2 *
#-                          " vs. quantiles of" * ~ chi[3]^2))
#- pruned (graphics): abline(0, 1, col = 'gray')



