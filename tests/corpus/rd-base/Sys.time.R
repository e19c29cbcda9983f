# rheap corpus: rd-base/Sys.time.R
# source: the examples of help page Sys.time.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 4 expression(s) (timing: 4)

### Name: Sys.time
### Title: Get Current Date and Time
### Aliases: Sys.time Sys.Date
### Keywords: utilities chron

### ** Examples
## No test: 
#- pruned (timing): Sys.time()
## print with possibly greater accuracy:
op <- options(digits.secs = 6)
#- pruned (timing): Sys.time()
options(op)

## locale-specific version of date()
#- pruned (timing): format(Sys.time(), "%a %b %d %X %Y")

#- pruned (timing): Sys.Date()
## End(No test)


