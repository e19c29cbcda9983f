# rheap corpus: rd-base/rm.R
# source: the examples of help page rm.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: remove
### Title: Remove Objects from a Specified Environment
### Aliases: rm remove
### Keywords: environment

### ** Examples

tmp <- 1:4
## work with tmp  and cleanup
rm(tmp)

## Not run: 
##D ## remove (almost) everything in the working environment.
##D ## You will get no warning, so don't do this unless you are really sure.
##D rm(list = ls())
## End(Not run)


