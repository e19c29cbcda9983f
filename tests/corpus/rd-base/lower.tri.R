# rheap corpus: rd-base/lower.tri.R
# source: the examples of help page lower.tri.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: lower.tri
### Title: Lower and Upper Triangular Part of a Matrix
### Aliases: lower.tri upper.tri
### Keywords: array

### ** Examples

(m2 <- matrix(1:20, 4, 5))
lower.tri(m2)
m2[lower.tri(m2)] <- NA
m2



