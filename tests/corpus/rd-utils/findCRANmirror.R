# rheap corpus: rd-utils/findCRANmirror.R
# source: the examples of help page findCRANmirror.Rd of package utils (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 3 expression(s) (system: 2; uses pruned variable: 1)

### Name: findCRANmirror
### Title: Find CRAN Mirror Preference
### Aliases: findCRANmirror
### Keywords: utilities

### ** Examples

## Don't show: 
#- pruned (system): old <- Sys.getenv("R_CRAN_WEB", NA_character_)
## End(Don't show)
c(findCRANmirror("src"), findCRANmirror("web"))

#- pruned (system): Sys.setenv(R_CRAN_WEB = "https://cloud.r-project.org")
c(findCRANmirror("src"), findCRANmirror("web"))
## Don't show: 
#- pruned (uses pruned old): if(is.na(old)) Sys.setenv(R_CRAN_WEB = old) else Sys.unsetenv("R_CRAN_WEB")
## End(Don't show)



