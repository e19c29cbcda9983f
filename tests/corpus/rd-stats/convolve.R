# rheap corpus: rd-stats/convolve.R
# source: the examples of help page convolve.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 4 expression(s) (graphics: 4)

### Name: convolve
### Title: Convolution of Sequences via FFT
### Aliases: convolve
### Keywords: math dplot

### ** Examples

#- pruned (graphics): require(graphics)

x <- c(0,0,0,100,0,0,0)
y <- c(0,0,1, 2 ,1,0,0)/4
zapsmall(convolve(x, y))         #  *NOT* what you first thought.
zapsmall(convolve(x, y[3:5], type = "f")) # rather
x <- rnorm(50)
y <- rnorm(50)
# Circular convolution *has* this symmetry:
all.equal(convolve(x, y, conj = FALSE), rev(convolve(rev(y),x)))

n <- length(x <- -20:24)
y <- (x-10)^2/1000 + rnorm(x)/8

Han <- function(y) # Hanning
       convolve(y, c(1,2,1)/4, type = "filter")

#- pruned (graphics): plot(x, y, main = "Using  convolve(.) for Hanning filters")
#- pruned (graphics): lines(x[-c(1  , n)      ], Han(y), col = "red")
#- pruned (graphics): lines(x[-c(1:2, (n-1):n)], Han(Han(y)), lwd = 2, col = "dark blue")



