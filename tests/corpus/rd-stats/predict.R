# rheap corpus: rd-stats/predict.R
# source: the examples of help page predict.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 3 expression(s) (system: 2; uses pruned variable: 1)

### Name: predict
### Title: Model Predictions
### Aliases: predict
### Keywords: methods

### ** Examples

## Don't show: 
#- pruned (system): old <- Sys.getlocale("LC_COLLATE")
       #- pruned (system): invisible(Sys.setlocale("LC_COLLATE", "C"))
## End(Don't show)
require(utils)

## All the "predict" methods found
## NB most of the methods in the standard packages are hidden.
## Output will depend on what namespaces are (or have been) loaded.
## IGNORE_RDIFF_BEGIN
for(fn in methods("predict"))
   try({
       f <- eval(substitute(getAnywhere(fn)$objs[[1]], list(fn = fn)))
       cat(fn, ":\n\t", deparse(args(f)), "\n")
       }, silent = TRUE)
## IGNORE_RDIFF_END
## Don't show: 
#- pruned (uses pruned old): invisible(Sys.setlocale("LC_COLLATE", old))
## End(Don't show)



