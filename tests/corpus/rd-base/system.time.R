# rheap corpus: rd-base/system.time.R
# source: the examples of help page system.time.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: system.time
### Title: CPU Time Used
### Aliases: system.time
### Keywords: utilities

### ** Examples

require(stats)
## No test: 
system.time(for(i in 1:100) mad(runif(1000)))
## End(No test)
## Not run: 
##D exT <- function(n = 10000) {
##D   # Purpose: Test if system.time works ok;   n: loop size
##D   system.time(for(i in 1:n) x <- mean(rt(1000, df = 4)))
##D }
##D #-- Try to interrupt one of the following (using Ctrl-C / Escape):
##D exT()                 #- about 4 secs on a 2.5GHz Xeon
##D system.time(exT())    #~ +/- same
## End(Not run)


