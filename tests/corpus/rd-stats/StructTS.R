# rheap corpus: rd-stats/StructTS.R
# source: the examples of help page StructTS.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 6 expression(s) (graphics: 6)

### Name: StructTS
### Title: Fit Structural Time Series
### Aliases: StructTS print.StructTS predict.StructTS
### Keywords: ts

### ** Examples

## see also JohnsonJohnson, Nile and AirPassengers
#- pruned (graphics): require(graphics)

trees <- window(treering, start = 0)
(fit <- StructTS(trees, type = "level"))
#- pruned (graphics): plot(trees)
#- pruned (graphics): lines(fitted(fit), col = "green")
tsdiag(fit)

(fit <- StructTS(log10(UKgas), type = "BSM"))
#- pruned (graphics): par(mfrow = c(4, 1)) # to give appropriate aspect ratio for next plot.
#- pruned (graphics): plot(log10(UKgas))
#- pruned (graphics): plot(cbind(fitted(fit), resids=resid(fit)), main = "UK gas consumption")

## keep some parameters fixed; trace optimizer:
StructTS(log10(UKgas), type = "BSM", fixed = c(0.1,0.001,NA,NA),
         optim.control = list(trace = TRUE))



