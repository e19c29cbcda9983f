# rheap corpus: rd-base/polyroot.R
# source: the examples of help page polyroot.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: polyroot
### Title: Find Zeros of a Real or Complex Polynomial
### Aliases: polyroot
### Keywords: math

### ** Examples

polyroot(c(1, 2, 1))
round(polyroot(choose(8, 0:8)), 11) # guess what!
for (n1 in 1:4) print(polyroot(1:n1), digits = 4)
polyroot(c(1, 2, 1, 0, 0)) # same as the first



