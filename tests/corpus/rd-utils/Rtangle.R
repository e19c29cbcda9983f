# rheap corpus: rd-utils/Rtangle.R
# source: the examples of help page Rtangle.Rd of package utils (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 10 expression(s) (files: 7; uses pruned variable: 3)

### Name: Rtangle
### Title: R Driver for Stangle
### Aliases: Rtangle RtangleSetup
### Keywords: utilities

### ** Examples

nmRnw <- "example-1.Rnw"
#- pruned (files): exfile <- system.file("Sweave", nmRnw, package = "utils")
## Create R source file
#- pruned (uses pruned exfile): Stangle(exfile)
nmR <- sub("Rnw$", "R", nmRnw) # the (default) R output file name
#- pruned (files): if(interactive()) file.show("example-1.R")
## Don't show: 
#- pruned (files): file.rename("example-1.R", "example-1_def.R")
## End(Don't show)
## Smaller R source file with custom annotation:
my.Ann <- function(options, chunk, output) {
  cat("### chunk #", options$chunknr, ": ",
      if(!is.null(ol <- options$label)) ol else .RtangleCodeLabel(chunk),
      if(!options$eval) " (eval = FALSE)", "\n",
      file = output, sep = "")
}
#- pruned (uses pruned exfile): Stangle(exfile, annotate = my.Ann)
#- pruned (files): if(interactive()) file.show("example-1.R")
## Don't show: 
#- pruned (files): file.rename("example-1.R", "example-1_myA.R")
## End(Don't show)
#- pruned (uses pruned exfile): Stangle(exfile, annotate = my.Ann, drop.evalFALSE=TRUE)
#- pruned (files): if(interactive()) file.show("example-1.R")
## Don't show: 
#- pruned (files): file.rename("example-1.R", "example-1_myA-noF.R")
## End(Don't show)



