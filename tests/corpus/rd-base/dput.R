# rheap corpus: rd-base/dput.R
# source: the examples of help page dput.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 11 expression(s) (files: 1; uses pruned variable: 10)

### Name: dput
### Title: Write an Object to a File or Recreate it
### Aliases: dput dget
### Keywords: file programming connection

### ** Examples

#- pruned (files): fil <- tempfile()
## Write an ASCII version of the 'base' function mean() to our temp file, ..
#- pruned (uses pruned fil): dput(base::mean, fil)
## ... read it back into 'bar' and confirm it is the same
#- pruned (uses pruned fil): bar <- dget(fil)
#- pruned (uses pruned bar): stopifnot(all.equal(bar, base::mean, check.environment = FALSE))

## Create a function with comments
baz <- function(x) {
  # Subtract from one
  1-x
}
## and display it
dput(baz)
## and now display the saved source
dput(baz, control = "useSource")

## Numeric values:
xx <- pi^(1:3)
dput(xx)
dput(xx, control = "digits17")
dput(xx, control = "hexNumeric")
#- pruned (uses pruned fil): dput(xx, fil)
 #- pruned (uses pruned fil): dget(fil) - xx # slight rounding on all platforms
#- pruned (uses pruned fil): dput(xx, fil, control = "digits17")
#- pruned (uses pruned fil): dget(fil) - xx # slight rounding on some platforms
#- pruned (uses pruned fil): dput(xx, fil, control = "hexNumeric")
 #- pruned (uses pruned fil): dget(fil) - xx
#- pruned (uses pruned fil): unlink(fil)

xn <- setNames(xx, paste0("pi^",1:3))
dput(xn) # nicer, now "niceNames" being part of default 'control'
dput(xn, control = "S_compat") # no names
## explicitly asking for output as in R < 3.5.0:
dput(xn, control = c("keepNA", "keepInteger", "showAttributes"))



