# rheap corpus: rd-stats/monthplot.R
# source: the examples of help page monthplot.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 9 expression(s) (graphics: 8; uses pruned variable: 1)

### Name: monthplot
### Title: Plot a Seasonal or other Subseries from a Time Series
### Aliases: monthplot monthplot.default monthplot.ts monthplot.stl
###   monthplot.StructTS
### Keywords: hplot ts

### ** Examples

#- pruned (graphics): require(graphics)

## The CO2 data
fit <- stl(log(co2), s.window = 20, t.window = 20)
#- pruned (graphics): plot(fit)
#- pruned (graphics): op <- par(mfrow = c(2,2))
#- pruned (graphics): monthplot(co2, ylab = "data", cex.axis = 0.8)
#- pruned (graphics): monthplot(fit, choice = "seasonal", cex.axis = 0.8)
#- pruned (graphics): monthplot(fit, choice = "trend", cex.axis = 0.8)
#- pruned (graphics): monthplot(fit, choice = "remainder", type = "h", cex.axis = 0.8)
#- pruned (uses pruned op): par(op)

## The CO2 data, grouped quarterly
quarter <- (cycle(co2) - 1) %/% 3
#- pruned (graphics): monthplot(co2, phase = quarter)

## see also JohnsonJohnson



