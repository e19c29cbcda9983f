# rheap corpus: rd-stats/ARMAacf.R
# source: the examples of help page ARMAacf.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: ARMAacf
### Title: Compute Theoretical ACF for an ARMA Process
### Aliases: ARMAacf
### Keywords: ts

### ** Examples

ARMAacf(c(1.0, -0.25), 1.0, lag.max = 10)

## Example from Brockwell & Davis (1991, pp.92-4)
## answer: 2^(-n) * (32/3 + 8 * n) /(32/3)
n <- 1:10
a.n <- 2^(-n) * (32/3 + 8 * n) /(32/3)
(A.n <- ARMAacf(c(1.0, -0.25), 1.0, lag.max = 10))
stopifnot(all.equal(unname(A.n), c(1, a.n)))

ARMAacf(c(1.0, -0.25), 1.0, lag.max = 10, pacf = TRUE)
zapsmall(ARMAacf(c(1.0, -0.25), lag.max = 10, pacf = TRUE))

## Cov-Matrix of length-7 sub-sample of AR(1) example:
toeplitz(ARMAacf(0.8, lag.max = 7))



