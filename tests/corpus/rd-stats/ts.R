# rheap corpus: rd-stats/ts.R
# source: the examples of help page ts.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 5 expression(s) (graphics: 5)

### Name: ts
### Title: Time-Series Objects
### Aliases: ts as.ts as.ts.default is.ts Ops.ts cbind.ts is.mts [.ts t.ts
### Keywords: ts

### ** Examples

#- pruned (graphics): require(graphics)

ts(1:10, frequency = 4, start = c(1959, 2)) # 2nd Quarter of 1959
print( ts(1:10, frequency = 7, start = c(12, 2)), calendar = TRUE)
# print.ts(.)
## Using July 1954 as start date:
gnp <- ts(cumsum(1 + round(rnorm(100), 2)),
          start = c(1954, 7), frequency = 12)
#- pruned (graphics): plot(gnp) # using 'plot.ts' for time-series plot

## Multivariate
z <- ts(matrix(rnorm(300), 100, 3), start = c(1961, 1), frequency = 12)
class(z)
head(z) # as "matrix"
#- pruned (graphics): plot(z)
#- pruned (graphics): plot(z, plot.type = "single", lty = 1:3)

## A phase plot:
#- pruned (graphics): plot(nhtemp, lag(nhtemp, 1), cex = .8, col = "blue",
#-      main = "Lag plot of New Haven temperatures")



