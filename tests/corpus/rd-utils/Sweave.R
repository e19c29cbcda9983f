# rheap corpus: rd-utils/Sweave.R
# source: the examples of help page Sweave.Rd of package utils (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 7 expression(s) (files: 4; uses pruned variable: 3)

### Name: Sweave
### Title: Automatic Generation of Reports
### Aliases: Sweave Stangle SweaveSyntaxLatex SweaveSyntaxNoweb
### Keywords: utilities

### ** Examples

#- pruned (files): testfile <- system.file("Sweave", "Sweave-test-1.Rnw", package = "utils")
## Don't show: 
#- pruned (files): oldwd <- setwd(tempdir()) # so we will write only to a temp directory
## End(Don't show)

## enforce par(ask = FALSE)
options(device.ask.default = FALSE)

## create a LaTeX file - in the current working directory, getwd():
#- pruned (uses pruned testfile): Sweave(testfile)

## This can be compiled to PDF by
## tools::texi2pdf("Sweave-test-1.tex")

## or outside R by
##
## 	R CMD texi2pdf Sweave-test-1.tex
## on Unix-alikes which sets the appropriate TEXINPUTS path.
##
## On Windows,
##      Rcmd texify --pdf Sweave-test-1.tex
## if MiKTeX is available.

## create an R source file from the code chunks
#- pruned (uses pruned testfile): Stangle(testfile)
## which can be sourced, e.g.
#- pruned (files): source("Sweave-test-1.R")

## Don't show: 
#- pruned (files): if(!interactive()) unlink("Sweave-test-1*")
#- pruned (uses pruned oldwd): setwd(oldwd)
## End(Don't show)



