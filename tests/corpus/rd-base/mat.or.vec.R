# rheap corpus: rd-base/mat.or.vec.R
# source: the examples of help page mat.or.vec.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: mat.or.vec
### Title: Create a Matrix or a Vector
### Aliases: mat.or.vec
### Keywords: array

### ** Examples

mat.or.vec(3, 1)
mat.or.vec(3, 2)



