# rheap corpus: rd-stats/density.R
# source: the examples of help page density.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 20 expression(s) (graphics: 20)

### Name: density
### Title: Kernel Density Estimation
### Aliases: density density.default
### Keywords: distribution smooth

### ** Examples

#- pruned (graphics): require(graphics)

#- pruned (graphics): plot(density(c(-20, rep(0,98), 20)), xlim = c(-4, 4))  # IQR = 0

# The Old Faithful geyser data
d <- density(faithful$eruptions, bw = "sj")
d
#- pruned (graphics): plot(d)

#- pruned (graphics): plot(d, type = "n")
#- pruned (graphics): polygon(d, col = "wheat")

## Missing values:
x <- xx <- faithful$eruptions
x[i.out <- sample(length(x), 10)] <- NA
doR <- density(x, bw = 0.15, na.rm = TRUE)
#- pruned (graphics): lines(doR, col = "blue")
#- pruned (graphics): points(xx[i.out], rep(0.01, 10))

## Weighted observations:
fe <- sort(faithful$eruptions) # has quite a few non-unique values
## use 'counts / n' as weights:
dw <- density(unique(fe), weights = table(fe)/length(fe), bw = d$bw)
utils::str(dw) ## smaller n: only 126, but identical estimate:
stopifnot(all.equal(d[1:3], dw[1:3]))

## simulation from a density() fit:
# a kernel density fit is an equally-weighted mixture.
fit <- density(xx)
N <- 1e6
x.new <- rnorm(N, sample(xx, size = N, replace = TRUE), fit$bw)
#- pruned (graphics): plot(fit)
#- pruned (graphics): lines(density(x.new), col = "blue")


(kernels <- eval(formals(density.default)$kernel))

## show the kernels in the R parametrization
#- pruned (graphics): plot (density(0, bw = 1), xlab = "",
#-       main = "R's density() kernels with bw = 1")
#- pruned (graphics): for(i in 2:length(kernels))
#-    lines(density(0, bw = 1, kernel =  kernels[i]), col = i)
#- pruned (graphics): legend(1.5,.4, legend = kernels, col = seq(kernels),
#-        lty = 1, cex = .8, y.intersp = 1)

## show the kernels in the S parametrization
#- pruned (graphics): plot(density(0, from = -1.2, to = 1.2, width = 2, kernel = "gaussian"),
#-      type = "l", ylim = c(0, 1), xlab = "",
#-      main = "R's density() kernels with width = 1")
#- pruned (graphics): for(i in 2:length(kernels))
#-    lines(density(0, width = 2, kernel =  kernels[i]), col = i)
#- pruned (graphics): legend(0.6, 1.0, legend = kernels, col = seq(kernels), lty = 1)

##-------- Semi-advanced theoretic from here on -------------

(RKs <- cbind(sapply(kernels,
                     function(k) density(kernel = k, give.Rkern = TRUE))))
100*round(RKs["epanechnikov",]/RKs, 4) ## Efficiencies

bw <- bw.SJ(precip) ## sensible automatic choice
#- pruned (graphics): plot(density(precip, bw = bw),
#-      main = "same sd bandwidths, 7 different kernels")
#- pruned (graphics): for(i in 2:length(kernels))
#-    lines(density(precip, bw = bw, kernel = kernels[i]), col = i)

## Bandwidth Adjustment for "Exactly Equivalent Kernels"
h.f <- sapply(kernels, function(k)density(kernel = k, give.Rkern = TRUE))
(h.f <- (h.f["gaussian"] / h.f)^ .2)
## -> 1, 1.01, .995, 1.007,... close to 1 => adjustment barely visible..

#- pruned (graphics): plot(density(precip, bw = bw),
#-      main = "equivalent bandwidths, 7 different kernels")
#- pruned (graphics): for(i in 2:length(kernels))
#-    lines(density(precip, bw = bw, adjust = h.f[i], kernel = kernels[i]),
#-          col = i)
#- pruned (graphics): legend(55, 0.035, legend = kernels, col = seq(kernels), lty = 1)



