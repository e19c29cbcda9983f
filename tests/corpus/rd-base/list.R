# rheap corpus: rd-base/list.R
# source: the examples of help page list.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 2 expression(s) (graphics: 2)

### Name: list
### Title: Lists - Generic and Dotted Pairs
### Aliases: list pairlist alist as.list as.list.default as.list.data.frame
###   as.list.environment as.list.factor as.list.function as.pairlist
###   is.list is.pairlist
### Keywords: list manip

### ** Examples

#- pruned (graphics): require(graphics)

# create a plotting structure
pts <- list(x = cars[,1], y = cars[,2])
#- pruned (graphics): plot(pts)

is.pairlist(.Options)  # a user-level pairlist

## "pre-allocate" an empty list of length 5
vector("list", 5)

# Argument lists
f <- function() x
# Note the specification of a "..." argument:
formals(f) <- al <- alist(x = , y = 2+3, ... = )
f
al

## environment->list coercion

e1 <- new.env()
e1$a <- 10
e1$b <- 20
as.list(e1)



