# rheap corpus: rd-base/locales.R
# source: the examples of help page locales.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 8 expression(s) (system: 4; uses pruned variable: 4)

### Name: locales
### Title: Query or Set Aspects of the Locale
### Aliases: locales Sys.getlocale Sys.setlocale .LC.categories LC_ALL
###   LC_COLLATE LC_CTYPE LC_MONETARY LC_NUMERIC LC_TIME LC_MESSAGES
###   LC_PAPER LC_MEASUREMENT
### Keywords: utilities

### ** Examples

#- pruned (system): Sys.getlocale()
#- pruned (system): Sys.getlocale("LC_TIME")
## Not run: 
##D Sys.setlocale("LC_TIME", "de")     # Solaris: details are OS-dependent
##D Sys.setlocale("LC_TIME", "de_DE")  # Many Unix-alikes
##D Sys.setlocale("LC_TIME", "de_DE.UTF-8")  # Linux, macOS, other Unix-alikes
##D Sys.setlocale("LC_TIME", "de_DE.utf8")   # some Linux versions
##D Sys.setlocale("LC_TIME", "German.UTF-8") # Windows
## End(Not run)
#- pruned (system): Sys.getlocale("LC_PAPER")          # may or may not be set
.LC.categories # of length 9 on all platforms

## Not run: 
##D Sys.setlocale("LC_COLLATE", "C")   # turn off locale-specific sorting,
##D                                    # usually (but not on all platforms)
##D Sys.setenv("LANGUAGE" = "es") # set the language for error/warning messages
## End(Not run)
## No test: 
## some nice formatting; should work on most platforms:
 #- pruned (system): sys <- Sys.info()[["sysname"]]
 #- pruned (uses pruned sys): sep <- switch(sys,
#-                "Darwin"=, "SunOS" = "/",
#-                "Linux" =, "Windows" = ";")
 #- pruned (uses pruned sep): sg <- matrix(unlist(strsplit(strsplit(Sys.getlocale(), sep)[[1]], "=")), nrow=2)
 #- pruned (uses pruned sg): str(sloc <- setNames(sg[2,], sg[1,]))
 #- pruned (uses pruned sloc): print.Dlist(sloc) # nicely readable
## End(No test)



