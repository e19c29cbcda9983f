# rheap corpus: rd-base/det.R
# source: the examples of help page det.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: det
### Title: Calculate the Determinant of a Matrix
### Aliases: det determinant determinant.matrix
### Keywords: array

### ** Examples

(x <- matrix(1:4, ncol = 2))
unlist(determinant(x))
det(x)

det(print(cbind(1, 1:3, c(2,0,1))))



