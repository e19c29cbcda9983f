# rheap corpus: rd-stats/Beta.R
# source: the examples of help page Beta.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 11 expression(s) (graphics: 1; uses pruned variable: 10)

### Name: Beta
### Title: The Beta Distribution
### Aliases: Beta dbeta pbeta qbeta rbeta
### Keywords: distribution

### ** Examples

x <- seq(0, 1, length.out = 21)
dbeta(x, 1, 1)
pbeta(x, 1, 1)

## Visualization, including limit cases:
#- pruned (graphics): pl.beta <- function(a,b, asp = if(isLim) 1, ylim = if(isLim) c(0,1.1)) {
#-   if(isLim <- a == 0 || b == 0 || a == Inf || b == Inf) {
#-     eps <- 1e-10
#-     x <- c(0, eps, (1:7)/16, 1/2+c(-eps,0,eps), (9:15)/16, 1-eps, 1)
#-   } else {
#-     x <- seq(0, 1, length.out = 1025)
#-   }
#-   fx <- cbind(dbeta(x, a,b), pbeta(x, a,b), qbeta(x, a,b))
#-   f <- fx; f[fx == Inf] <- 1e100
#-   matplot(x, f, ylab="", type="l", ylim=ylim, asp=asp,
#-           main = sprintf("[dpq]beta(x, a=%g, b=%g)", a,b))
#-   abline(0,1,     col="gray", lty=3)
#-   abline(h = 0:1, col="gray", lty=3)
#-   legend("top", paste0(c("d","p","q"), "beta(x, a,b)"),
#-          col=1:3, lty=1:3, bty = "n")
#-   invisible(cbind(x, fx))
#- }
#- pruned (uses pruned pl.beta): pl.beta(3,1)

#- pruned (uses pruned pl.beta): pl.beta(2, 4)
#- pruned (uses pruned pl.beta): pl.beta(3, 7)
#- pruned (uses pruned pl.beta): pl.beta(3, 7, asp=1)

#- pruned (uses pruned pl.beta): pl.beta(0, 0)   ## point masses at  {0, 1}

#- pruned (uses pruned pl.beta): pl.beta(0, 2)   ## point mass at 0 ; the same as
#- pruned (uses pruned pl.beta): pl.beta(1, Inf)

#- pruned (uses pruned pl.beta): pl.beta(Inf, 2) ## point mass at 1 ; the same as
#- pruned (uses pruned pl.beta): pl.beta(3, 0)

#- pruned (uses pruned pl.beta): pl.beta(Inf, Inf)# point mass at 1/2



