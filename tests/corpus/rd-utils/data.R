# rheap corpus: rd-utils/data.R
# source: the examples of help page data.Rd of package utils (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 3 expression(s) (files: 2; interactive: 1)

### Name: data
### Title: Data Sets
### Aliases: data print.packageIQR
### Keywords: documentation datasets

### ** Examples

require(utils)
#- pruned (files): data()                         # list all available data sets
#- pruned (files): try(data(package = "rpart"), silent = TRUE) # list the data sets in the rpart package
data(USArrests, "VADeaths")    # load the data sets 'USArrests' and 'VADeaths'
## Not run: 
##D ## Alternatively
##D ds <- c("USArrests", "VADeaths"); data(list = ds)
## End(Not run)
#- pruned (interactive): help(USArrests)                # give information on data set 'USArrests'



