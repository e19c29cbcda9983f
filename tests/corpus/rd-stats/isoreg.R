# rheap corpus: rd-stats/isoreg.R
# source: the examples of help page isoreg.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 4 expression(s) (graphics: 3; uses pruned variable: 1)

### Name: isoreg
### Title: Isotonic / Monotone Regression
### Aliases: isoreg
### Keywords: regression smooth

### ** Examples

#- pruned (graphics): require(graphics)

(ir <- isoreg(c(1,0,4,3,3,5,4,2,0)))
#- pruned (graphics): plot(ir, plot.type = "row")

(ir3 <- isoreg(y3 <- c(1,0,4,3,3,5,4,2, 3))) # last "3", not "0"
(fi3 <- as.stepfun(ir3))
(ir4 <- isoreg(1:10, y4 <- c(5, 9, 1:2, 5:8, 3, 8)))
cat(sprintf("R^2 = %.2f\n",
            1 - sum(residuals(ir4)^2) / ((10-1)*var(y4))))

## If you are interested in the knots alone :
with(ir4, cbind(iKnots, yf[iKnots]))

## Example of unordered x[] with ties:
x <- sample((0:30)/8)
y <- exp(x)
x. <- round(x) # ties!
#- pruned (graphics): plot(m <- isoreg(x., y))
#- pruned (uses pruned m): stopifnot(all.equal(with(m, yf[iKnots]),
#-                     as.vector(tapply(y, x., mean))))



