# rheap corpus: rd-stats/Chisquare.R
# source: the examples of help page Chisquare.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 6 expression(s) (graphics: 5; uses pruned variable: 1)

### Name: Chisquare
### Title: The (non-central) Chi-Squared Distribution
### Aliases: Chisquare dchisq pchisq qchisq rchisq
### Keywords: distribution

### ** Examples

#- pruned (graphics): require(graphics)

dchisq(1, df = 1:3)
pchisq(1, df =  3)
pchisq(1, df =  3, ncp = 0:4)  # includes the above

x <- 1:10
## Chi-squared(df = 2) is a special exponential distribution
all.equal(dchisq(x, df = 2), dexp(x, 1/2))
all.equal(pchisq(x, df = 2), pexp(x, 1/2))

## non-central RNG -- df = 0 with ncp > 0:  Z0 has point mass at 0!
Z0 <- rchisq(100, df = 0, ncp = 2.)
#- pruned (graphics): graphics::stem(Z0)

## No test: 
## visual testing
## do P-P plots for 1000 points at various degrees of freedom
L <- 1.2; n <- 1000; pp <- ppoints(n)
#- pruned (graphics): op <- par(mfrow = c(3,3), mar = c(3,3,1,1)+.1, mgp = c(1.5,.6,0),
#-           oma = c(0,0,3,0))
#- pruned (graphics): for(df in 2^(4*rnorm(9))) {
#-   plot(pp, sort(pchisq(rr <- rchisq(n, df = df, ncp = L), df = df, ncp = L)),
#-        ylab = "pchisq(rchisq(.),.)", pch = ".")
#-   mtext(paste("df = ", formatC(df, digits = 4)), line =  -2, adj = 0.05)
#-   abline(0, 1, col = 2)
#- }
#- pruned (graphics): mtext(expression("P-P plots : Noncentral  "*
#-                  chi^2 *"(n=1000, df=X, ncp= 1.2)"),
#-       cex = 1.5, font = 2, outer = TRUE)
#- pruned (uses pruned op): par(op)
## End(No test)

## "analytical" test
lam <- seq(0, 100, by = .25)
p00 <- pchisq(0,      df = 0, ncp = lam)
p.0 <- pchisq(1e-300, df = 0, ncp = lam)
stopifnot(all.equal(p00, exp(-lam/2)),
          all.equal(p.0, exp(-lam/2)))



