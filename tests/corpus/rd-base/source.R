# rheap corpus: rd-base/source.R
# source: the examples of help page source.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 2 expression(s) (files: 1; uses pruned variable: 1)

### Name: source
### Title: Read R Code from a File, a Connection or Expressions
### Aliases: source withAutoprint
### Keywords: file programming connection

### ** Examples

someCond <- 7 > 6
## want an if-clause to behave "as top level" wrt auto-printing :
## (all should look "as if on top level", e.g. non-assignments should print:)
if(someCond) withAutoprint({
   x <- 1:12
   x-1
   (y <- (x-5)^2)
   z <- y
   z - 10
})

## If you want to source() a bunch of files, something like
## the following may be useful:
 #- pruned (files): sourceDir <- function(path, trace = TRUE, ...) {
#-     op <- options(); on.exit(options(op)) # to reset after each 
#-     for (nm in list.files(path, pattern = "[.][RrSsQq]$")) {
#-        if(trace) cat(nm,":")
#-        source(file.path(path, nm), ...)
#-        if(trace) cat("\n")
#-        options(op)
#-     }
#-  }

suppressWarnings( rm(x,y) ) # remove 'x' or 'y' from global env
withAutoprint({ x <- 1:2; cat("x=",x,"\n"); y <- x^2 })
## x and y now exist:
stopifnot(identical(x, 1:2), identical(y, x^2))

#- pruned (uses pruned sourceDir): withAutoprint({ formals(sourceDir); body(sourceDir) },
#-               max.deparse.length = 20, verbose = TRUE)



