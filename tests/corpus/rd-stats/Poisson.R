# rheap corpus: rd-stats/Poisson.R
# source: the examples of help page Poisson.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 4 expression(s) (graphics: 4)

### Name: Poisson
### Title: The Poisson Distribution
### Aliases: Poisson dpois ppois qpois rpois
### Keywords: distribution

### ** Examples

#- pruned (graphics): require(graphics)

-log(dpois(0:7, lambda = 1) * gamma(1+ 0:7)) # == 1
Ni <- rpois(50, lambda = 4); table(factor(Ni, 0:max(Ni)))

1 - ppois(10*(15:25), lambda = 100)  # becomes 0 (cancellation)
    ppois(10*(15:25), lambda = 100, lower.tail = FALSE)  # no cancellation

#- pruned (graphics): par(mfrow = c(2, 1))
x <- seq(-0.01, 5, 0.01)
#- pruned (graphics): plot(x, ppois(x, 1), type = "s", ylab = "F(x)", main = "Poisson(1) CDF")
#- pruned (graphics): plot(x, pbinom(x, 100, 0.01), type = "s", ylab = "F(x)",
#-      main = "Binomial(100, 0.01) CDF")

## The (limit) case  lambda = 0 :
stopifnot(identical(dpois(0,0), 1),
	  identical(ppois(0,0), 1),
	  identical(qpois(1,0), 0))



