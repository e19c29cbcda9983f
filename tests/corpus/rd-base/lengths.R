# rheap corpus: rd-base/lengths.R
# source: the examples of help page lengths.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 2 expression(s) (timing: 1; uses pruned variable: 1)

### Name: lengths
### Title: Lengths of List or Vector Elements
### Aliases: lengths
### Keywords: attribute

### ** Examples

require(stats)
## summarize by month
l <- split(airquality$Ozone, airquality$Month)
avgOz <- lapply(l, mean, na.rm=TRUE)
## merge result
airquality$avgOz <- rep(unlist(avgOz, use.names=FALSE), lengths(l))
## but this is safer and cleaner, but can be slower
airquality$avgOz <- unsplit(avgOz, airquality$Month)

## should always be true, except when a length does not fit in 32 bits
stopifnot(identical(lengths(l), vapply(l, length, integer(1L))))

## empty lists are not a problem
x <- list()
stopifnot(identical(lengths(x), integer()))

## nor are "list-like" expressions:
lengths(expression(u, v, 1+ 0:9))

## and we should dispatch to length methods
f <- c(rep(1, 3), rep(2, 6), 3)
#- pruned (timing): dates <- split(as.POSIXlt(Sys.time() + 1:10), f)
#- pruned (uses pruned dates): stopifnot(identical(lengths(dates), vapply(dates, length, integer(1L))))



