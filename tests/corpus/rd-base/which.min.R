# rheap corpus: rd-base/which.min.R
# source: the examples of help page which.min.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: which.min
### Title: Where is the Min() or Max() or first TRUE or FALSE ?
### Aliases: which.min which.max
### Keywords: utilities

### ** Examples

x <- c(1:4, 0:5, 11)
which.min(x)
which.max(x)

## it *does* work with NA's present, by discarding them:
presidents[1:30]
range(presidents, na.rm = TRUE)
which.min(presidents) # 28
which.max(presidents) #  2

## Find the first occurrence, i.e. the first TRUE, if there is at least one:
x <- rpois(10000, lambda = 10); x[sample.int(50, 20)] <- NA
## where is the first value >= 20 ?
which.max(x >= 20)

## Also works for lists (which can be coerced to numeric vectors):
which.min(list(A = 7, pi = pi)) ##  ->  c(pi = 2L)
## Don't show: 
stopifnot(identical(which.min(list(A = 7, pi = pi)), c(pi = 2L)))
## End(Don't show)



