# rheap corpus: rd-base/Last.value.R
# source: the examples of help page Last.value.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 2 expression(s) (package splines: 2)

### Name: Last.value
### Title: Value of Last Evaluated Expression
### Aliases: .Last.value
### Keywords: programming

### ** Examples

## These will not work correctly from example(),
## but they will in make check or if pasted in,
## as example() does not run them at the top level
gamma(1:15)          # think of some intensive calculation...
fac14 <- .Last.value # keep them

#- pruned (package splines): library("splines") # returns invisibly
.Last.value    # shows what library(.) above returned
## Don't show: 
#- pruned (package splines): detach("package:splines")
## End(Don't show)



