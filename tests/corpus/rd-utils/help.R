# rheap corpus: rd-utils/help.R
# source: the examples of help page help.Rd of package utils (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 10 expression(s) (interactive: 10)

### Name: help
### Title: Documentation
### Aliases: help
### Keywords: documentation

### ** Examples

#- pruned (interactive): help()
#- pruned (interactive): help(help)              # the same

#- pruned (interactive): help(lapply)

#- pruned (interactive): help("for")             # or ?"for", but quotes/backticks are needed

## No test: 
#- pruned (interactive): try({# requires working TeX installation:
#-  help(dgamma, help_type = "pdf")
#-  ## -> nicely formatted pdf -- including math formula -- for help(dgamma):
#-  system2(getOption("pdfviewer"), "dgamma.pdf", wait = FALSE)
#- })
## End(No test)
## No test: 
#- pruned (interactive): help(package = "splines") # get help even when package is not loaded
## End(No test)

topi <- "women"
#- pruned (interactive): help(topi)

#- pruned (interactive): try(help("bs", try.all.packages = FALSE)) # reports not found (an error)
#- pruned (interactive): help("bs", try.all.packages = TRUE)       # reports can be found
                                          # in package 'splines'

## No test: 
## For programmatic use:
topic <- "family"; pkg_ref <- "stats"
#- pruned (interactive): help((topic), (pkg_ref))
## End(No test)


