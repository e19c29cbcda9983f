# rheap corpus: rd-base/reg.finalizer.R
# source: the examples of help page reg.finalizer.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: reg.finalizer
### Title: Finalization of Objects
### Aliases: reg.finalizer finalizer
### Keywords: programming environment

### ** Examples

f <- function(e) print("cleaning....")
g <- function(x){ e <- environment(); reg.finalizer(e, f) }
g()
invisible(gc()) # trigger cleanup



