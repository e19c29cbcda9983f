# rheap corpus: rd-stats/Binomial.R
# source: the examples of help page Binomial.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 6 expression(s) (graphics: 6)

### Name: Binomial
### Title: The Binomial Distribution
### Aliases: Binomial dbinom pbinom qbinom rbinom
### Keywords: distribution

### ** Examples

#- pruned (graphics): require(graphics)
# Compute P(45 < X < 55) for X Binomial(100,0.5)
sum(dbinom(46:54, 100, 0.5))

## Using "log = TRUE" for an extended range :
n <- 2000
k <- seq(0, n, by = 20)
#- pruned (graphics): plot (k, dbinom(k, n, pi/10, log = TRUE), type = "l", ylab = "log density",
#-       main = "dbinom(*, log=TRUE) is better than  log(dbinom(*))")
#- pruned (graphics): lines(k, log(dbinom(k, n, pi/10)), col = "red", lwd = 2)
## extreme points are omitted since dbinom gives 0.
#- pruned (graphics): mtext("dbinom(k, log=TRUE)", adj = 0)
#- pruned (graphics): mtext("extended range", adj = 0, line = -1, font = 4)
#- pruned (graphics): mtext("log(dbinom(k))", col = "red", adj = 1)



