# rheap corpus: rd-stats/HoltWinters.R
# source: the examples of help page HoltWinters.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 6 expression(s) (graphics: 6)

### Name: HoltWinters
### Title: Holt-Winters Filtering
### Aliases: HoltWinters print.HoltWinters residuals.HoltWinters
### Keywords: ts

### ** Examples

## Don't show: 
od <- options(digits = 5)
## End(Don't show)
#- pruned (graphics): require(graphics)

## Seasonal Holt-Winters
(m <- HoltWinters(co2))
#- pruned (graphics): plot(m)
#- pruned (graphics): plot(fitted(m))

(m <- HoltWinters(AirPassengers, seasonal = "mult"))
#- pruned (graphics): plot(m)

## Non-Seasonal Holt-Winters
x <- uspop + rnorm(uspop, sd = 5)
m <- HoltWinters(x, gamma = FALSE)
#- pruned (graphics): plot(m)

## Exponential Smoothing
m2 <- HoltWinters(x, gamma = FALSE, beta = FALSE)
#- pruned (graphics): lines(fitted(m2)[,1], col = 3)
## Don't show: 
options(od)
## End(Don't show)



