# rheap corpus: rd-stats/Hypergeometric.R
# source: the examples of help page Hypergeometric.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: Hypergeometric
### Title: The Hypergeometric Distribution
### Aliases: Hypergeometric dhyper phyper qhyper rhyper
### Keywords: distribution

### ** Examples

m <- 10; n <- 7; k <- 8
x <- 0:(k+1)
rbind(phyper(x, m, n, k), dhyper(x, m, n, k))
all(phyper(x, m, n, k) == cumsum(dhyper(x, m, n, k)))  # FALSE
## No test: 
## but error is very small:
signif(phyper(x, m, n, k) - cumsum(dhyper(x, m, n, k)), digits = 3)
## End(No test)


