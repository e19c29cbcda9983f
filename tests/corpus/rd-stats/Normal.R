# rheap corpus: rd-stats/Normal.R
# source: the examples of help page Normal.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 10 expression(s) (graphics: 10)

### Name: Normal
### Title: The Normal Distribution
### Aliases: Normal dnorm pnorm qnorm rnorm
### Keywords: distribution

### ** Examples

#- pruned (graphics): require(graphics)

dnorm(0) == 1/sqrt(2*pi)
dnorm(1) == exp(-1/2)/sqrt(2*pi)
dnorm(1) == 1/sqrt(2*pi*exp(1))

## Using "log = TRUE" for an extended range :
#- pruned (graphics): par(mfrow = c(2,1))
#- pruned (graphics): plot(function(x) dnorm(x, log = TRUE), -60, 50,
#-      main = "log { Normal density }")
#- pruned (graphics): curve(log(dnorm(x)), add = TRUE, col = "red", lwd = 2)
#- pruned (graphics): mtext("dnorm(x, log=TRUE)", adj = 0)
#- pruned (graphics): mtext("log(dnorm(x))", col = "red", adj = 1)

#- pruned (graphics): plot(function(x) pnorm(x, log.p = TRUE), -50, 10,
#-      main = "log { Normal Cumulative }")
#- pruned (graphics): curve(log(pnorm(x)), add = TRUE, col = "red", lwd = 2)
#- pruned (graphics): mtext("pnorm(x, log=TRUE)", adj = 0)
#- pruned (graphics): mtext("log(pnorm(x))", col = "red", adj = 1)

## if you want the so-called 'error function'
erf <- function(x) 2 * pnorm(x * sqrt(2)) - 1
## (see Abramowitz and Stegun 29.2.29)
## and the so-called 'complementary error function'
erfc <- function(x) 2 * pnorm(x * sqrt(2), lower = FALSE)
## and the inverses
erfinv <- function (x) qnorm((1 + x)/2)/sqrt(2)
erfcinv <- function (x) qnorm(x/2, lower = FALSE)/sqrt(2)



