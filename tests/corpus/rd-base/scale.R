# rheap corpus: rd-base/scale.R
# source: the examples of help page scale.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: scale
### Title: Scaling and Centering of Matrix-like Objects
### Aliases: scale scale.default
### Keywords: array

### ** Examples

require(stats)
x <- matrix(1:10, ncol = 2)
(centered.x <- scale(x, scale = FALSE))
cov(centered.scaled.x <- scale(x)) # all 1



