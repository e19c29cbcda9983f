# rheap corpus: rd-base/scan.R
# source: the examples of help page scan.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 7 expression(s) (files: 7)

### Name: scan
### Title: Read Data Values
### Aliases: scan
### Keywords: file connection

### ** Examples

#- pruned (files): cat("TITLE extra line", "2 3 5 7", "11 13 17", file = "ex.data", sep = "\n")
#- pruned (files): pp <- scan("ex.data", skip = 1, quiet = TRUE)
#- pruned (files): scan("ex.data", skip = 1)
#- pruned (files): scan("ex.data", skip = 1, nlines = 1) # only 1 line after the skipped one
#- pruned (files): scan("ex.data", what = list("","","")) # flush is F -> read "7"
#- pruned (files): scan("ex.data", what = list("","",""), flush = TRUE)
#- pruned (files): unlink("ex.data") # tidy up

## "inline" usage
scan(text = "1 2 3")




