# rheap corpus: rd-base/plot.R
# source: the examples of help page plot.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 7 expression(s) (graphics: 6; uses pruned variable: 1)

### Name: plot
### Title: Generic X-Y Plotting
### Aliases: plot
### Keywords: hplot

### ** Examples

require(stats) # for lowess, rpois, rnorm
#- pruned (graphics): require(graphics) # for plot methods
#- pruned (graphics): plot(cars)
#- pruned (graphics): lines(lowess(cars))

#- pruned (graphics): plot(sin, -pi, 2*pi) # see ?plot.function

## Discrete Distribution Plot:
#- pruned (graphics): plot(table(rpois(100, 5)), type = "h", col = "red", lwd = 10,
#-      main = "rpois(100, lambda = 5)")

## Simple quantiles/ECDF, see ecdf() {library(stats)} for a better one:
#- pruned (graphics): plot(x <- sort(rnorm(47)), type = "s", main = "plot(x, type = \"s\")")
#- pruned (uses pruned x): points(x, cex = .5, col = "dark red")



