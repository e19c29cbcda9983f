# rheap corpus: rd-stats/kernel.R
# source: the examples of help page kernel.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 9 expression(s) (graphics: 9)

### Name: kernel
### Title: Smoothing Kernel Objects
### Aliases: kernel bandwidth.kernel df.kernel is.tskernel plot.tskernel
### Keywords: ts

### ** Examples

#- pruned (graphics): require(graphics)

## Demonstrate a simple trading strategy for the
## financial time series German stock index DAX.
x <- EuStockMarkets[,1]
k1 <- kernel("daniell", 50)  # a long moving average
k2 <- kernel("daniell", 10)  # and a short one
#- pruned (graphics): plot(k1)
#- pruned (graphics): plot(k2)
x1 <- kernapply(x, k1)
x2 <- kernapply(x, k2)
#- pruned (graphics): plot(x)
#- pruned (graphics): lines(x1, col = "red")    # go long if the short crosses the long upwards
#- pruned (graphics): lines(x2, col = "green")  # and go short otherwise

## More interesting kernels
kd <- kernel("daniell", c(3, 3))
kd # note the unusual indexing
kd[-2:2]
#- pruned (graphics): plot(kernel("fejer", 100, r = 6))
#- pruned (graphics): plot(kernel("modified.daniell", c(7,5,3)))

# Reproduce example 10.4.3 from Brockwell and Davis (1991)
#- pruned (graphics): spectrum(sunspot.year, kernel = kernel("daniell", c(11,7,3)), log = "no")



